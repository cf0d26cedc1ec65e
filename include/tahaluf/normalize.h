// The normalise stage: text folded for matching, with a byte map back to
// the original.
//
// Matching needs one spelling per word: Unicode NFKC with case folding
// (ICU's nfkc_cf, which also drops bidi marks and other ignorables), Arabic
// diacritics and tatweel removed, alef forms (أ إ آ ٱ) folded to ا, ى and ئ to ي,
// ة to ه, Arabic-Indic digits to ASCII, typographic quotes and dashes to
// ASCII. These are the same foldings the evaluation scorer applies to names.
//
// Like sentencepiece's Normalizer, the result carries for every byte of the
// normalised text the byte offset in the original it came from, so a match
// found in normalised text is reported as a span of what the user gave.
//
// Usage:
//   const tahaluf::Normalizer& n = tahaluf::Normalizer::Get();
//   tahaluf::NormalizedText nt = n.Normalize("الإمارات", /*base=*/0);
//   // nt.text == "الامارات"; nt.OriginalBegin(i) maps byte i back.
//   std::string key = n.Fold("Khalīfa  Ḥaftar");  // "khalifa haftar"
#ifndef TAHALUF_NORMALIZE_H_
#define TAHALUF_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tahaluf {

struct NormalizedText {
  std::string text;
  // offsets[i] is the original byte offset of normalised byte i;
  // offsets[text.size()] is the end of the normalised range in the original.
  std::vector<uint32_t> offsets;

  uint32_t OriginalBegin(size_t i) const { return offsets[i]; }
  // Original end offset of a normalised range ending (exclusive) at i.
  uint32_t OriginalEnd(size_t i) const { return offsets[i]; }
};

class Normalizer {
 public:
  // The process-wide instance (ICU's normaliser data is immutable).
  static const Normalizer& Get();

  // Normalises valid UTF-8 `original`; offsets are `base` + offset in it.
  // Invalid sequences (callers validate first) are passed over.
  NormalizedText Normalize(std::string_view original, uint32_t base = 0) const;
  // The same into `out`, whose buffers are reused: what is there is
  // replaced (names at load, some 20,000, take no allocation each).
  void Normalize(std::string_view original, uint32_t base, NormalizedText* out) const;

  // Normalises `original` for use as a key: folded as above, punctuation
  // other than letters and digits turned into single spaces, trimmed.
  std::string Fold(std::string_view original) const;

 private:
  Normalizer();
  const void* nfkc_cf_;  // icu::Normalizer2*, owned by ICU
};

}  // namespace tahaluf

#endif  // TAHALUF_NORMALIZE_H_
