// Normalisation: one spelling per word, and a byte map back to the original.
#include <doctest/doctest.h>

#include "tahaluf/normalize.h"

namespace tahaluf {
namespace {

TEST_CASE("normalize: folds Arabic letter variants, diacritics and tatweel") {
  const Normalizer& n = Normalizer::Get();
  struct Row { const char* in; const char* out; } rows[] = {
      {"الإمارات", "الامارات"},
      {"أنقرة", "انقره"},
      {"مُصْطَفَى", "مصطفي"},
      {"الـــسعودية", "السعوديه"},
      {"آل سعود", "ال سعود"},
      {"٢٠٢٥", "2025"},
      {"فائز", "فايز"},
      {"Khalifa HAFTAR", "khalifa haftar"},
      {"Pakistan’s", "pakistan's"},
      {"Türkiye", "türkiye"},
      {"\xEF\xBB\xBB", "\xD9\x84\xD8\xA7"},  // presentation form ﻻ -> لا
  };
  for (const Row& r : rows) {
    CAPTURE(r.in);
    CHECK(n.Normalize(r.in).text == r.out);
  }
}

TEST_CASE("normalize: drops bidi marks and keeps a byte map to the original") {
  std::string original = "\xE2\x80\x8F" "مصر و Egypt";  // RLM first
  NormalizedText nt = Normalizer::Get().Normalize(original, 100);
  CHECK(nt.text == "مصر و egypt");
  REQUIRE(nt.offsets.size() == nt.text.size() + 1);
  // "مصر" starts after the 3-byte RLM.
  CHECK(nt.OriginalBegin(0) == 103);
  size_t e = nt.text.find("egypt");
  CHECK(original.substr(nt.OriginalBegin(e) - 100, 5) == "Egypt");
  CHECK(nt.offsets.back() == 100 + original.size());
}

TEST_CASE("normalize: Fold makes name keys") {
  const Normalizer& n = Normalizer::Get();
  CHECK(n.Fold("  Abdel-Fattah   al-Burhan ") == "abdel fattah al burhan");
  CHECK(n.Fold("U.S.") == "u s");
  CHECK(n.Fold("عبد الفتاح البرهان") == "عبد الفتاح البرهان");
}

}  // namespace
}  // namespace tahaluf
