#include "tahaluf/normalize.h"

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

// Appends `c` folded (FoldCodePoint) in UTF-8, and the original offset
// `at` for each byte appended.
void Emit(char32_t c, uint32_t at, NormalizedText* out) {
  c = FoldCodePoint(c);
  if (c == 0) return;
  AppendUtf8(c, &out->text);
  out->offsets.resize(out->text.size(), at);
}

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
        for (size_t k = 0; k < n; ++k) Emit(cps[k], 0, &t);
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
  out.text.reserve(original.size());
  out.offsets.reserve(original.size() + 1);
  const icu::Normalizer2* nfkc = Nfkc(nfkc_cf_);
  const SmallCodePoints* known = nfkc == nullptr ? nullptr : &Known(nfkc);
  // (Byte by byte: a letter is two bytes, and append and resize were calls
  // for every letter of the text.)
  auto put = [&out](const SmallCodePoints::Folded& f, uint32_t at) {
    for (uint8_t k = 0; k < f.size; ++k) {
      out.text.push_back(f.bytes[k]);
      out.offsets.push_back(at);
    }
  };
  size_t i = 0;
  while (i < original.size()) {
    unsigned char b = static_cast<unsigned char>(original[i]);
    uint32_t at = base + static_cast<uint32_t>(i);
    if (b < 0x80) {  // ASCII fast path: no ICU call, no allocation
      if (b != 0) {
        out.text.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
        out.offsets.push_back(at);
      }
      ++i;
      continue;
    }
    size_t start = i;
    char32_t c = DecodeUtf8(original, &i);
    if (c == 0xFFFD && i == start + 1) continue;  // invalid byte: skip
    const bool small = c < SmallCodePoints::kEnd;
    if (nfkc != nullptr && small && known->inert[c]) {
      put(known->inert_out[c], at);
      continue;
    }
    if (nfkc == nullptr || (!small && nfkc->isInert(c))) {
      Emit(c, at, &out);
      continue;
    }
    // Gather the run up to the next normalisation boundary, normalise it
    // as a whole, and map all its output to the run's first byte.
    size_t end = i;
    while (end < original.size()) {
      size_t next = end;
      char32_t d = DecodeUtf8(original, &next);
      if (d < SmallCodePoints::kEnd ? known->boundary_before[d] : nfkc->hasBoundaryBefore(d)) break;
      end = next;
    }
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
      Emit(static_cast<char32_t>(d), at, &out);
      k += U16_LENGTH(d);
    }
    i = end;
  }
  out.offsets.push_back(base + static_cast<uint32_t>(original.size()));
  return out;
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
