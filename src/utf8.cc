#include "tahaluf/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace tahaluf {

char32_t DecodeUtf8Multibyte(std::string_view text, size_t* i) {
  int32_t pos = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos, static_cast<int32_t>(text.size()), c);
  *i = static_cast<size_t>(pos);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

size_t FindInvalidUtf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    const unsigned char b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      // Eight ASCII bytes at a time: index files check their strings with this.
      uint64_t word;
      if (i + sizeof word <= bytes.size() &&
          (std::memcpy(&word, bytes.data() + i, sizeof word), (word & 0x8080808080808080ull) == 0)) {
        i += sizeof word;
      } else {
        ++i;
      }
      continue;
    }
    // Two bytes, an Arabic letter most often: well-formed as DecodeUtf8
    // reads them, and none is U+FFFD (a lead byte and a continuation byte,
    // told without making the code point).
    if (b >= 0xC2 && b < 0xE0 && i + 1 < bytes.size() && (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    const size_t start = i;
    // U+FFFD itself is valid (EF BF BD); anything else decoded so is not.
    if (DecodeUtf8(bytes, &i) == 0xFFFD && bytes.substr(start, i - start) != "\xEF\xBF\xBD") {
      return start;
    }
  }
  return std::string_view::npos;
}

size_t CountCodePoints(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++n) DecodeUtf8(text, &i);
  return n;
}

bool WritesWithMarks(std::string_view text, std::string_view written) {
  std::u32string used;
  for (size_t i = 0; i < written.size();) {
    const char32_t c = DecodeUtf8(written, &i);
    if (IsArabicMark(c) && used.find(c) == std::u32string::npos) used.push_back(c);
  }
  std::string kept;
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const char32_t c = DecodeUtf8(text, &i);
    if (IsArabicMark(c) && used.find(c) == std::u32string::npos) continue;
    kept.append(text.substr(at, i - at));
  }
  return kept.find(written) != std::string::npos;
}

}  // namespace tahaluf
