// Ground floor: UTF-8. Every stage reads and writes UTF-8; this is the one
// place that decodes and encodes code points, finds invalid bytes and tells
// Arabic letters from the rest.
//
// Usage:
//   for (size_t i = 0; i < text.size();) {
//     char32_t c = tahaluf::DecodeUtf8(text, &i);
//     if (tahaluf::IsArabicLetter(c)) ...
//   }
//   size_t bad = tahaluf::FindInvalidUtf8(bytes);  // npos when valid
#ifndef TAHALUF_UTF8_H_
#define TAHALUF_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tahaluf {

// Decodes one code point at text[*i] and advances *i past it; an invalid
// sequence gives U+FFFD and advances one byte. (Inline for one and two
// bytes, ASCII and the Arabic block: every stage decodes every character,
// and a call each was 4 % of extraction's instructions.)
char32_t DecodeUtf8Multibyte(std::string_view text, size_t* i);  // the rest
inline char32_t DecodeUtf8(std::string_view text, size_t* i) {
  const size_t at = *i;
  if (at < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) {
      *i = at + 1;
      return b;
    }
    if (b >= 0xC2 && b < 0xE0 && at + 1 < text.size()) {
      const unsigned char t = static_cast<unsigned char>(text[at + 1]);
      if ((t & 0xC0) == 0x80) {
        *i = at + 2;
        return (char32_t{b & 0x1Fu} << 6) | (t & 0x3Fu);
      }
    }
  }
  return DecodeUtf8Multibyte(text, i);
}

// Appends the UTF-8 bytes of `c`.
void AppendUtf8(char32_t c, std::string* out);

// The offset of the first byte that does not start a valid UTF-8 sequence,
// or npos when `bytes` is valid (U+FFFD written as EF BF BD is valid).
size_t FindInvalidUtf8(std::string_view bytes);

// The number of code points of valid UTF-8 text.
size_t CountCodePoints(std::string_view text);

// True for Arabic letters (the U+0600 block's letters and its supplements).
inline bool IsArabicLetter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 ||
         (c >= 0x06FA && c <= 0x06FC) || (c >= 0x0750 && c <= 0x077F);
}

// True for Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef).
inline bool IsArabicMark(char32_t c) { return (c >= 0x064B && c <= 0x0652) || c == 0x0670; }

// True when `text` contains `written` with `written`'s Arabic diacritics,
// once the marks `written` never uses are dropped from `text` ("بعَمّان"
// writes "عمّان"; "عمان" does not).
bool WritesWithMarks(std::string_view text, std::string_view written);

}  // namespace tahaluf

#endif  // TAHALUF_UTF8_H_
