// Word classes (data/words.tsv): loading, validation and matching.
#include <doctest/doctest.h>

#include "tahaluf/words.h"
#include "test_util.h"

namespace tahaluf::testing {
namespace {

// The tokens of a sentence, kept alive with the text they point into.
struct Sentence {
  std::string text;
  TokenizedSentence ts;
  explicit Sentence(std::string t) : text(std::move(t)) {
    ts = Tokenize(text, SentenceSpan{0, static_cast<uint32_t>(text.size())});
  }
};

WordClasses Load(const std::string& rows, std::vector<Status>* problems) {
  WordClasses w;
  w.Add("lang\tclass\tword\n" + rows, "words.tsv", problems);
  return w;
}

TEST_CASE("words: rows load folded, phrases and single words alike") {
  std::vector<Status> problems;
  WordClasses w = Load(
      "ar\tprep.to\tإلى\n"
      "en\tday.last_week\tlast week\n"
      "ar\tday.last_week\tالأسبوع الماضي\n"
      "ar\tplace_noun\tمدينة\n"
      "ar\tbare_army\tالجيش\n",
      &problems);
  REQUIRE(problems.empty());
  CHECK(w.size() == 5);
  CHECK(w.Is(WordClass::kPrepTo, "الي"));  // folded as the text is
  CHECK_FALSE(w.Is(WordClass::kPrepFrom, "الي"));

  Sentence s("ذهب الأسبوع الماضي إلى المدينة، وبالمدينة والجيش last week");
  const std::vector<Token>& t = s.ts.tokens;
  // ذهب الاسبوع الماضي الي المدينه ، وبالمدينه والجيش last week
  REQUIRE(t.size() == 10);
  CHECK(w.MatchAt(WordClass::kLastWeek, t, 1) == 2);
  CHECK(w.MatchAt(WordClass::kLastWeek, t, 2) == 0);
  CHECK(w.MatchAt(WordClass::kLastWeek, t, 8) == 2);
  CHECK(w.Is(WordClass::kPrepTo, t[3]));
  // stem_bare: proclitics and the article are stripped.
  CHECK(w.Is(WordClass::kPlaceNoun, t[4]));
  CHECK(w.Is(WordClass::kPlaceNoun, t[6]));
  // stem: proclitics stripped, the article kept.
  CHECK(w.Is(WordClass::kBareArmy, t[7]));
  CHECK_FALSE(w.Is(WordClass::kBareArmy, t[0]));
}

TEST_CASE("words: bad rows are reported with their line and skipped") {
  std::vector<Status> problems;
  WordClasses w = Load(
      "ar\tprep.to\tإلى\n"
      "fr\tprep.to\tà\n"
      "en\tprepositions\tto\n"
      "en\tprep.to\t\n",
      &problems);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].line() == 3);
  CHECK(problems[0].message().find("lang must be 'ar' or 'en'") != std::string::npos);
  CHECK(problems[1].line() == 4);
  CHECK(problems[1].message().find("unknown word class 'prepositions'") != std::string::npos);
  // A near miss names the closest few classes, not all of them.
  CHECK(problems[1].message().find("did you mean 'prep.to'") != std::string::npos);
  CHECK(problems[1].message().find("relative") == std::string::npos);
  CHECK(problems[2].line() == 5);
  CHECK(w.size() == 1);
}

TEST_CASE("words: rows of classes in any order each land in their own class") {
  // The reader tries the last row's class first: rows that switch classes,
  // switch back, or name no class after a good row must not inherit it.
  std::vector<Status> problems;
  WordClasses w = Load(
      "en\tprep.to\tto\n"
      "en\tprep.from\tfrom\n"
      "en\tprep.to\ttowards\n"
      "en\tprep.tox\tinto\n"
      "en\tprep.from\tout of\n",
      &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line() == 5);  // (the header is line 1)
  CHECK(w.size() == 4);
  CHECK(w.Is(WordClass::kPrepTo, "to"));
  CHECK(w.Is(WordClass::kPrepTo, "towards"));
  CHECK(w.Is(WordClass::kPrepFrom, "from"));
  CHECK_FALSE(w.Is(WordClass::kPrepTo, "from"));
  CHECK_FALSE(w.Is(WordClass::kPrepFrom, "towards"));
  CHECK_FALSE(w.Is(WordClass::kPrepTo, "into"));
}

TEST_CASE("words: the shipped file loads clean and fills every class it names") {
  std::string content;
  REQUIRE(ReadFile(DataPath("words.tsv"), &content).ok());
  std::vector<Status> problems;
  WordClasses w;
  w.Add(content, "words.tsv", &problems);
  for (const Status& p : problems) MESSAGE(p.ToString());
  CHECK(problems.empty());
  for (size_t c = 0; c < static_cast<size_t>(WordClass::kCount); ++c) {
    CAPTURE(WordClassName(static_cast<WordClass>(c)));
    CHECK_FALSE(w.Words(static_cast<WordClass>(c)).empty());
  }
}

TEST_CASE("words: a class name far from every class lists them all") {
  CHECK(WordClassSuggestion("relativ").find("did you mean 'relative'") != std::string::npos);
  const std::string far = WordClassSuggestion("zzzqqq");
  CHECK(far.find("known: prep.to") != std::string::npos);
  CHECK(far.find("relative") != std::string::npos);
}

}  // namespace
}  // namespace tahaluf::testing
