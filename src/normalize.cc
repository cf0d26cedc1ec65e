#include "tahaluf/normalize.h"

#include <algorithm>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "tahaluf/utf8.h"

namespace tahaluf {
namespace {

const icu::Normalizer2* Nfkc(const void* p) {
  return static_cast<const icu::Normalizer2*>(p);
}

// Folds one already NFKC-casefolded code point for matching; returns 0 to
// drop it.
char32_t FoldCodePoint(char32_t c) {
  if (c < 0x80) return c;
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // alef
    case 0x0649: return 0x064A;  // alef maqsura -> yeh
    case 0x0626: return 0x064A;  // yeh with hamza -> yeh (فائز / فايز)
    case 0x0629: return 0x0647;  // ta marbuta -> heh
    case 0x06CC: return 0x064A;  // Farsi yeh
    case 0x06A9: return 0x0643;  // keheh -> kaf
    case 0x0640: return 0;       // tatweel
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2212:
      return '-';
    case 0x00A0: case 0x2007: case 0x202F: return ' ';
    default: break;
  }
  if ((c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
      c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED)) {
    return 0;  // Arabic diacritics and Quranic marks
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);  // Arabic-Indic
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);  // Persian
  return c;
}

// Normalize's output, written into buffers grown ahead of it: a push_back a
// byte reloaded the string's size and end after every byte it wrote.
class Writer {
 public:
  Writer(NormalizedText* out, size_t expect) : out_(out) { Grow(expect); }
  // Room for `more` bytes past those written.
  void Room(size_t more) {
    if (n_ + more > cap_) Grow(std::max(cap_ * 2, n_ + more));
  }
  char* text() { return out_->text.data(); }
  uint32_t* offsets() { return out_->offsets.data(); }
  size_t size() const { return n_; }
  void Advance(size_t k) { n_ += k; }
  // `k` bytes from original offset `at` (after Room(k)).
  void Put(const char* bytes, size_t k, uint32_t at) {
    std::memcpy(text() + n_, bytes, k);
    std::fill_n(offsets() + n_, k, at);
    n_ += k;
  }
  // `c` folded (FoldCodePoint) in UTF-8, each byte from original offset `at`.
  void Emit(char32_t c, uint32_t at) {
    c = FoldCodePoint(c);
    if (c == 0) return;
    std::string utf8;
    AppendUtf8(c, &utf8);
    Room(utf8.size());
    Put(utf8.data(), utf8.size(), at);
  }
  // Cuts the buffers to what was written; `end` closes the offsets.
  void Finish(uint32_t end) {
    out_->text.resize(n_);
    out_->offsets.resize(n_ + 1);
    out_->offsets[n_] = end;
  }

 private:
  void Grow(size_t cap) {
    cap_ = cap;
    out_->text.resize(cap);
    out_->offsets.resize(cap + 1);
  }

  NormalizedText* out_;
  size_t n_ = 0, cap_ = 0;
};

// What Normalize asks ICU about a code point below U+0800 (Latin, Greek,
// Cyrillic, Arabic: nearly every character of the news), asked once. Most
// Arabic letters are not inert (ا, و, ي may compose with a hamza after
// them), so without this every letter cost a UnicodeString and a call to
// normalize.
struct SmallCodePoints {
  static constexpr char32_t kEnd = 0x800;
  static constexpr size_t kLongest = 4;
  bool inert[kEnd];
  bool boundary_before[kEnd];
  // The code point normalised alone (a run of one), when that is at most
  // kLongest code points; alone_size > kLongest: ask ICU.
  char32_t alone[kEnd][kLongest];
  uint8_t alone_size[kEnd];
  // What Normalize writes for a code point: the folded UTF-8 of the code
  // point itself (when inert) or of `alone` (when a run of one).
  struct Folded {
    uint8_t size = 0;
    char bytes[4 * kLongest];
  };
  Folded inert_out[kEnd], alone_out[kEnd];

  explicit SmallCodePoints(const icu::Normalizer2* nfkc) {
    for (char32_t c = 0; c < kEnd; ++c) {
      const UChar32 u = static_cast<UChar32>(c);
      inert[c] = nfkc->isInert(u);
      boundary_before[c] = nfkc->hasBoundaryBefore(u);
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString run(u);
      icu::UnicodeString normal = nfkc->normalize(run, status);
      if (U_FAILURE(status)) normal = run;
      alone_size[c] = 0;
      for (int32_t k = 0; k < normal.length();) {
        const UChar32 d = normal.char32At(k);
        if (alone_size[c] < kLongest) alone[c][alone_size[c]] = static_cast<char32_t>(d);
        ++alone_size[c];
        k += U16_LENGTH(d);
      }
      auto fold = [](const char32_t* cps, size_t n, Folded* f) {
        NormalizedText t;
        Writer w(&t, 4 * n);
        for (size_t k = 0; k < n; ++k) w.Emit(cps[k], 0);
        w.Finish(0);
        f->size = static_cast<uint8_t>(t.text.size());
        std::memcpy(f->bytes, t.text.data(), t.text.size());
      };
      fold(&c, 1, &inert_out[c]);
      if (alone_size[c] <= kLongest) fold(alone[c], alone_size[c], &alone_out[c]);
    }
  }
};

// (The one Normalizer's one ICU instance.)
const SmallCodePoints& Known(const icu::Normalizer2* nfkc) {
  static const SmallCodePoints known(nfkc);
  return known;
}

}  // namespace

Normalizer::Normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) nfkc_cf_ = nullptr;  // ASCII folding still works
}

const Normalizer& Normalizer::Get() {
  static const Normalizer instance;
  return instance;
}

NormalizedText Normalizer::Normalize(std::string_view original,
                                     uint32_t base) const {
  NormalizedText out;
  Normalize(original, base, &out);
  return out;
}

void Normalizer::Normalize(std::string_view original, uint32_t base,
                           NormalizedText* out) const {
  Writer w(out, original.size());
  const icu::Normalizer2* nfkc = Nfkc(nfkc_cf_);
  const SmallCodePoints* known = nfkc == nullptr ? nullptr : &Known(nfkc);
  auto put = [&w](const SmallCodePoints::Folded& f, uint32_t at) {
    w.Room(f.size);
    // (Two bytes, an Arabic letter, copied as such: most of what an Arabic
    // text writes here.)
    if (f.size == 2) {
      w.Put(f.bytes, 2, at);
    } else {
      w.Put(f.bytes, f.size, at);
    }
  };
  // Whether a character from original[at] on starts a normalisation
  // boundary (the end of the text does).
  auto boundary_at = [&](size_t at) -> bool {
    if (at >= original.size()) return true;
    const char32_t d = DecodeUtf8(original, &at);
    return d < SmallCodePoints::kEnd ? known->boundary_before[d] : nfkc->hasBoundaryBefore(d);
  };
  size_t i = 0;
  while (i < original.size()) {
    // ASCII, and two-byte characters (Arabic letters) written from the
    // tables: inert, or alone before a boundary. Each writes no more bytes
    // than it reads, so room for the rest of the text is room for all of
    // them; and the buffers are held here, not reloaded through the Writer
    // after every byte written (a char written may be anything's byte, for
    // all the compiler knows). The rest goes the general way below.
    if (known != nullptr) {
      w.Room(original.size() - i);
      char* text = w.text() + w.size();
      uint32_t* offsets = w.offsets() + w.size();
      size_t k = 0;
      while (i < original.size()) {
        const unsigned char a = static_cast<unsigned char>(original[i]);
        if (a < 0x80) {
          if (a != 0) {
            text[k] = static_cast<char>(a >= 'A' && a <= 'Z' ? a + 32 : a);
            offsets[k] = base + static_cast<uint32_t>(i);
            ++k;
          }
          ++i;
          continue;
        }
        if (a < 0xC2 || a >= 0xE0 || i + 1 >= original.size()) break;
        const unsigned char t = static_cast<unsigned char>(original[i + 1]);
        if ((t & 0xC0) != 0x80) break;
        const char32_t c = (char32_t{a & 0x1Fu} << 6) | (t & 0x3Fu);
        const SmallCodePoints::Folded* f = &known->inert_out[c];
        if (!known->inert[c]) {
          if (known->alone_size[c] > SmallCodePoints::kLongest || !boundary_at(i + 2)) break;
          f = &known->alone_out[c];
        }
        if (f->size > 2) break;
        // (Two bytes copied whatever the size: room holds them, and what
        // lies past the written is written again or cut.)
        std::memcpy(text + k, f->bytes, 2);
        offsets[k] = offsets[k + 1] = base + static_cast<uint32_t>(i);
        k += f->size;
        i += 2;
      }
      w.Advance(k);
      if (i >= original.size()) break;
    }
    unsigned char b = static_cast<unsigned char>(original[i]);
    if (b < 0x80) {  // ASCII fast path: no ICU call, a run at once
      size_t end = i + 1;
      while (end < original.size() && static_cast<unsigned char>(original[end]) < 0x80) ++end;
      w.Room(end - i);
      char* text = w.text() + w.size();
      uint32_t* offsets = w.offsets() + w.size();
      size_t k = 0;
      for (; i < end; ++i) {
        const unsigned char a = static_cast<unsigned char>(original[i]);
        if (a == 0) continue;
        text[k] = static_cast<char>(a >= 'A' && a <= 'Z' ? a + 32 : a);
        offsets[k] = base + static_cast<uint32_t>(i);
        ++k;
      }
      w.Advance(k);
      continue;
    }
    uint32_t at = base + static_cast<uint32_t>(i);
    size_t start = i;
    char32_t c = DecodeUtf8(original, &i);
    if (c == 0xFFFD && i == start + 1) continue;  // invalid byte: skip
    const bool small = c < SmallCodePoints::kEnd;
    if (nfkc != nullptr && small && known->inert[c]) {
      put(known->inert_out[c], at);
      continue;
    }
    if (nfkc == nullptr || (!small && nfkc->isInert(c))) {
      w.Emit(c, at);
      continue;
    }
    // Gather the run up to the next normalisation boundary, normalise it
    // as a whole, and map all its output to the run's first byte.
    size_t end = i;
    while (!boundary_at(end)) DecodeUtf8(original, &end);
    if (small && end == i && known->alone_size[c] <= SmallCodePoints::kLongest) {
      put(known->alone_out[c], at);
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString run = icu::UnicodeString::fromUTF8(
        icu::StringPiece(original.data() + start,
                         static_cast<int32_t>(end - start)));
    icu::UnicodeString normal = nfkc->normalize(run, status);
    if (U_FAILURE(status)) normal = run;
    for (int32_t k = 0; k < normal.length();) {
      UChar32 d = normal.char32At(k);
      w.Emit(static_cast<char32_t>(d), at);
      k += U16_LENGTH(d);
    }
    i = end;
  }
  w.Finish(base + static_cast<uint32_t>(original.size()));
}

std::string Normalizer::Fold(std::string_view original) const {
  NormalizedText nt = Normalize(original);
  std::string out;
  out.reserve(nt.text.size());
  bool space = false;
  size_t i = 0;
  while (i < nt.text.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(nt.text, &i);
    bool keep = u_isalnum(static_cast<UChar32>(c)) ||
                u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
    if (!keep) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.append(nt.text, start, i - start);
  }
  return out;
}

}  // namespace tahaluf
