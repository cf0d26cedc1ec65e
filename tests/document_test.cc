// Reading: front matter, JSON Lines, UTF-8 checks, language by script.
#include <doctest/doctest.h>

#include "tahaluf/document.h"

namespace tahaluf {
namespace {

TEST_CASE("document: front matter fields and body offset") {
  Document d;
  std::string text = "---\nsource: https://example.org/a\ndate: 2025-12-22\ntitle: \"T\"\n---\nالنص هنا.";
  REQUIRE(ParseTextDocument("dir/07_ar_x.txt", text, &d).ok());
  CHECK(d.id == "07_ar_x");
  CHECK(d.date == "2025-12-22");
  CHECK(d.source == "https://example.org/a");
  CHECK(d.title == "T");
  CHECK(d.lang == "ar");
  CHECK(d.text.substr(d.body_begin) == "النص هنا.");
}

TEST_CASE("document: language by script unless given") {
  CHECK(DetectLanguage("Pakistan and Saudi Arabia, الرياض") == "en");
  CHECK(DetectLanguage("وقعت السعودية وباكستان اتفاقية SMDA") == "ar");
}

TEST_CASE("document: errors name the input and the place") {
  Document d;
  Status s = ParseTextDocument("a.txt", std::string("ok \xC3\x28 bad"), &d);
  CHECK(s.code() == ErrorCode::kEncoding);
  CHECK(s.offset() == 3);
  CHECK(s.ToString() == "a.txt: byte 3: invalid UTF-8; the document is skipped");
  s = ParseTextDocument("b.txt", " \n\t\n", &d);
  CHECK(s.code() == ErrorCode::kEmpty);
  s = ParseTextDocument("c.txt", "---\ndate: 22/12/2025\n---\ntext", &d);
  CHECK(s.code() == ErrorCode::kSyntax);
  CHECK(s.line() == 2);
  s = ParseTextDocument("d.txt", "---\ndate: 2025-01-01\ntitle: no end", &d);
  CHECK(s.code() == ErrorCode::kSyntax);
  CHECK(s.message().find("never closed") != std::string::npos);
}

TEST_CASE("document: JSON Lines keep good lines and number bad ones") {
  std::vector<Document> docs;
  std::vector<Status> errors;
  ParseJsonLines("in.jsonl",
                 "{\"id\":\"a\",\"text\":\"Egypt backs the army.\",\"date\":\"2024-05-01\"}\n"
                 "\n"
                 "not json\n"
                 "{\"id\":\"c\"}\n"
                 "{\"id\":7,\"text\":\"رقم\"}\n",
                 &docs, &errors);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].id == "a");
  CHECK(docs[0].date == "2024-05-01");
  CHECK(docs[0].lang == "en");
  CHECK(docs[1].id == "7");
  CHECK(docs[1].lang == "ar");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].line() == 3);
  CHECK(errors[1].line() == 4);
  CHECK(errors[0].source() == "in.jsonl");
}

TEST_CASE("document: hostile JSON Lines are refused line by line, with line and byte offset") {
  const std::string good = "{\"id\":\"g\",\"text\":\"Egypt backs the army.\"}\n";
  struct Row {
    std::string line;
    std::string shown;  // the Status, the line being line 2
  };
  const std::vector<Row> rows = {
      // Deep nesting: RapidJSON reads iteratively, and no more than 100 levels.
      {std::string(1000000, '['), "in.jsonl:2: byte 142: nested deeper than 100 levels (column 101); "
                                  "the line is skipped"},
      {[] {
         std::string deep;
         for (int k = 0; k < 200; ++k) deep += "{\"a\":";
         return deep;
       }(),
       "in.jsonl:2: byte 542: nested deeper than 100 levels (column 501); the line is skipped"},
      {"{\"id\":\"x\",\"text\":\"t\",\"deep\":" + std::string(99, '[') + std::string(99, ']') + "}",
       ""},
      // A \u escape of half a surrogate pair decodes to no UTF-8.
      {R"({"id":"x","text":"a \udc00 b"})",
       "in.jsonl:2: byte 62: a \\u escape of half a surrogate pair makes invalid UTF-8; the line is "
       "skipped"},
      {R"({"id":"x","text":"ok","title":"\udfff"})",
       "in.jsonl:2: byte 73: a \\u escape of half a surrogate pair makes invalid UTF-8; the line is "
       "skipped"},
      {R"({"id":"x","text":"a \ud800 b"})",
       "in.jsonl:2: not JSON (The surrogate pair in string is invalid. at column 21); the line is skipped"},
      {R"({"id":"x","text":"a \ud83d\ude00 b"})", ""},
      {R"({"id":"x\u0000y","text":"t"})", "in.jsonl:2: \"id\" holds a control character; skipped"},
      {R"({"id":"x","text":"t","date":"2024-02-31"})",
       "in.jsonl:2: \"date\" is not ISO (yyyy-mm-dd): 2024-02-31; skipped"},
  };
  for (const Row& r : rows) {
    const std::string shown_line = r.line.substr(0, 80);
    CAPTURE(shown_line);
    std::vector<Document> docs;
    std::vector<Status> errors;
    ParseJsonLines("in.jsonl", good + r.line + "\n" + good, &docs, &errors);
    if (r.shown.empty()) {
      CHECK(errors.empty());
      CHECK(docs.size() == 3);
      continue;
    }
    // The good lines around it are read all the same.
    CHECK(docs.size() == 2);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].ToString() == r.shown);
  }
}

TEST_CASE("document: a document made from fields is checked as a JSON line is") {
  Document ok;
  ok.id = "n1";
  ok.text = "الإمارات تدعم قوات الدعم السريع";
  REQUIRE(CheckDocument(&ok).ok());
  CHECK(ok.lang == "ar");
  struct Row {
    std::string id, text, date, lang;
    ErrorCode code;
    size_t offset;
    std::string shown;
  };
  const Row rows[] = {
      {"", "text", "", "", ErrorCode::kSyntax, Status::kNoPosition, "doc 3: \"id\" is empty"},
      {"n2", "ok \xC3\x28 bad", "", "", ErrorCode::kEncoding, 3,
       "doc 3: byte 3: invalid UTF-8 in \"text\""},
      {"n3", " \n ", "", "", ErrorCode::kEmpty, Status::kNoPosition, "doc 3: \"text\" is empty"},
      {"n4", "text", "22/12/2025", "", ErrorCode::kSyntax, Status::kNoPosition,
       "doc 3: \"date\" is not ISO (yyyy-mm-dd): 22/12/2025"},
      {"n5", "text", "", "fr", ErrorCode::kSyntax, Status::kNoPosition,
       "doc 3: \"lang\" must be \"ar\" or \"en\""},
  };
  for (const Row& r : rows) {
    Document d;
    d.origin = "doc 3";
    d.id = r.id;
    d.text = r.text;
    d.date = r.date;
    d.lang = r.lang;
    Status s = CheckDocument(&d);
    CHECK(s.code() == r.code);
    CHECK(s.offset() == r.offset);
    CHECK(s.ToString() == r.shown);
  }
  // With no origin the id names the document.
  Document unnamed;
  unnamed.id = "n6";
  unnamed.text = "x";
  unnamed.lang = "de";
  CHECK(CheckDocument(&unnamed).source() == "n6");
}

}  // namespace
}  // namespace tahaluf
