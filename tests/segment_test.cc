// Segmentation: sentences from lines and ICU, tokens, Arabic proclitics.
#include <doctest/doctest.h>

#include "tahaluf/segment.h"

#include <algorithm>

namespace tahaluf {
namespace {

std::vector<std::string> SentenceTexts(std::string_view text) {
  Segmenter seg;
  std::vector<std::string> out;
  for (SentenceSpan s : seg.Sentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST_CASE("segment: lines, ICU sentence breaks and list markers") {
  auto s = SentenceTexts(
      "Headline without a stop\n\n• First bullet. Second sentence.\n- التقى السيسي بحفتر. ثم غادر؟ نعم\n");
  REQUIRE(s.size() == 6);
  CHECK(s[0] == "Headline without a stop");
  CHECK(s[1] == "First bullet.");
  CHECK(s[2] == "Second sentence.");
  CHECK(s[3] == "التقى السيسي بحفتر.");
  CHECK(s[4] == "ثم غادر؟");
  CHECK(s[5] == "نعم");
}

TEST_CASE("segment: abbreviations do not end an English sentence") {
  auto s = SentenceTexts("Mr. Sharif met the U.S. envoy. Then he left.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Mr. Sharif met the U.S. envoy.");
}

TEST_CASE("segment: a break after an abbreviation of the knowledge files is none") {
  const std::string text = "He met Lt. Gen. Abdel Fattah al-Burhan. The U.N. Security Council met on Jan. 28. Then he left.";
  Segmenter plain;
  CHECK(plain.Sentences(text).size() > 3);  // ICU alone breaks after "Gen." and "U.N."
  Segmenter seg;
  seg.KeepAfter({"Lt.", "GEN.", "u.n."});  // compared without case
  std::vector<std::string> s;
  for (SentenceSpan sp : seg.Sentences(text)) s.emplace_back(text.substr(sp.begin, sp.end - sp.begin));
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "He met Lt. Gen. Abdel Fattah al-Burhan.");
  CHECK(s[1] == "The U.N. Security Council met on Jan. 28.");
}

TEST_CASE("segment: byte spans hold past characters of two UTF-16 units and past bad bytes") {
  // ICU reads a well-formed line as UTF-16; the spans it gives are mapped
  // back to bytes (an emoji is four bytes and two units).
  auto s = SentenceTexts("Egypt \xF0\x9F\x87\xAA\xF0\x9F\x87\xAC met Sudan. \xF0\x9F\x98\x80 Then it left.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Egypt \xF0\x9F\x87\xAA\xF0\x9F\x87\xAC met Sudan.");
  CHECK(s[1] == "\xF0\x9F\x98\x80 Then it left.");
  // A line with a byte that is no UTF-8 is read through ICU's UTF-8 text.
  auto bad = SentenceTexts("Egypt \xFF met Sudan. Then it left.\nقال \xEF\xBF\xBD ذلك. ثم غادر.");
  REQUIRE(bad.size() == 4);
  CHECK(bad[0] == "Egypt \xFF met Sudan.");
  CHECK(bad[1] == "Then it left.");
  CHECK(bad[2] == "قال \xEF\xBF\xBD ذلك.");
  CHECK(bad[3] == "ثم غادر.");
}

TEST_CASE("segment: tokens keep punctuation apart and split the possessive") {
  std::string text = "Pakistan's army, and Egypt.";
  TokenizedSentence ts = Tokenize(text, {0, static_cast<uint32_t>(text.size())});
  std::vector<std::string> toks;
  for (const Token& t : ts.tokens) toks.emplace_back(t.text);
  CHECK(toks == std::vector<std::string>{"pakistan", "'s", "army", ",", "and", "egypt", "."});
  CHECK(ts.OriginalBegin(5) == text.find("Egypt"));
}

TEST_CASE("segment: Arabic proclitics are offered stripped") {
  auto stems = [](std::string_view w) {
    std::string_view out[6];
    int n = ArabicStems(w, out);
    return std::vector<std::string>(out, out + n);
  };
  auto has = [](const std::vector<std::string>& v, const char* s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  CHECK(has(stems("لباكستان"), "باكستان"));
  CHECK(has(stems("والسعوديه"), "السعوديه"));
  CHECK(has(stems("والسعوديه"), "سعوديه"));
  CHECK(has(stems("للامارات"), "امارات"));
  CHECK(has(stems("بالمشير"), "مشير"));
  CHECK(has(stems("وبمنير"), "منير"));
  // A word that starts with a clitic letter keeps its full form too.
  CHECK(stems("باكستان").front() == "باكستان");
  // Never a stem shorter than two letters.
  for (const std::string& s : stems("وبه")) CHECK(s.size() >= 4);
}

}  // namespace
}  // namespace tahaluf
