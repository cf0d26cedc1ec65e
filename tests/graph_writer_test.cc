// Building a graph file without an AllianceGraph: staged triple lines and
// graph files, written back byte for byte as GraphJson writes them.
#include <doctest/doctest.h>

#include "analytics_util.h"
#include "tahaluf/graph_io.h"

namespace tahaluf::testing {
namespace {

std::string Triple(const std::string& doc, const std::string& s, const std::string& rel,
                   const std::string& o, const std::string& extra = "",
                   const std::string& s_name = "", const std::string& text = "t") {
  return R"({"doc":")" + doc + R"(","sentence":2,"subject":{"id":")" + s + R"(","name":")" + s_name +
         R"(","name_ar":"","kind":"state","surface":"S )" + s + R"(","aliases":["a)" + s +
         R"("]},"relation":")" + rel + R"(","object":{"id":")" + o + R"(","name":"","kind":"","surface":"O )" +
         o + R"(","aliases":[]},"polarity":"+","negated":false,"hedged":false,"date":"2024-01-02","lang":"en",)" +
         extra + R"("evidence":{"text":")" + text + R"(","start":3,"end":9}})";
}

const std::vector<std::string> kLines = {
    Triple("d1", "EGY", "visit", "LBY"),
    Triple("d1", "LBY", "meet", "EGY", "", "Libya"),            // symmetric, stored EGY-LBY
    Triple("d2", "EGY", "meet", "LBY", "", "Egypt", "second"),
    Triple("d2", "EGY", "meet", "LBY", "", "", "same key, later"),  // first piece kept
    Triple("d3", "TUR", "support", "LBY", R"("hedged":true,)", "", R"(said \"so\" \u00e9 \/)"),
    Triple("d4", "TUR", "condemn", "EGY", R"("negated":true,)"),  // left out
    "",
    "{not json",
    Triple("d5", "TUR", "hug", "EGY"),
    R"({"doc":"d6","subject":{"name":"x"},"relation":"meet","object":{"id":"EGY"}})",
    "[1,2]\r",
    Triple("d7", "QAT", "mediate", "TUR") + "\r",
};

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

TEST_CASE("graph_writer: triple lines staged give GraphJson's bytes") {
  const std::string content = Joined(kLines);
  AllianceGraph g;
  std::vector<Status> want_errors;
  ReadTripleLines(content, "t.jsonl", &g, &want_errors);
  TieIndexStager stager;
  std::vector<Status> errors;
  stager.AddTripleLines(content, "t.jsonl", &errors);
  TieIndex index;
  REQUIRE(stager.Finish(&index).ok());
  CHECK(GraphJson(index) == GraphJson(g));
  REQUIRE(errors.size() == want_errors.size());
  for (size_t k = 0; k < errors.size(); ++k) {
    CHECK(errors[k].line() == want_errors[k].line());
    CHECK(errors[k].code() == ErrorCode::kSyntax);
    CHECK(errors[k].source() == "t.jsonl");
  }
  CHECK(errors.size() == 4);
}

TEST_CASE("graph_writer: graph files and triples staged together merge as AllianceGraph does") {
  TestGraph a({"EGY visit LBY x2 2024-01-02", "TUR condemn EGY", "QAT meet TUR hedged"});
  const std::string file = GraphJson(a.graph());
  const std::string triples = Joined(kLines);
  AllianceGraph g;
  REQUIRE(ReadGraphJson(file, "a.json", &g).ok());
  std::vector<Status> ignored;
  ReadTripleLines(triples, "t.jsonl", &g, &ignored);
  TieIndexStager stager;
  REQUIRE(stager.AddGraphJson(file, "a.json").ok());
  CHECK_FALSE(stager.AddGraphJson("{\"format\":\"tahaluf-graph\"}", "bad.json").ok());
  std::vector<Status> errors;
  stager.AddTripleLines(triples, "t.jsonl", &errors);
  TieIndex index;
  REQUIRE(stager.Finish(&index).ok());
  const std::string written = GraphJson(index);
  CHECK(written == GraphJson(g));
  // Written in pieces, it reads back.
  TieIndex back;
  REQUIRE(IndexGraphJson(written, "back", &back).ok());
  CHECK(back.num_ties() == index.num_ties());
}

TEST_CASE("graph_writer: a large triple file staged by two threads") {
  std::vector<std::string> lines;
  for (int k = 0; k < 30000; ++k) {
    lines.push_back(Triple("d" + std::to_string(k % 7000), "A" + std::to_string(k % 313), k % 2 ? "meet" : "visit",
                           "B" + std::to_string(k % 331), "", k % 5 ? "" : "Named", std::string(150, 'y')));
    if (k == 10 || k == 22222) lines.push_back("{broken");
  }
  const std::string content = Joined(lines);
  REQUIRE(content.size() > (8u << 20));
  AllianceGraph g;
  std::vector<Status> want_errors;
  ReadTripleLines(content, "big.jsonl", &g, &want_errors);
  TieIndexStager stager;
  std::vector<Status> errors;
  stager.AddTripleLines(content, "big.jsonl", &errors);
  TieIndex index;
  REQUIRE(stager.Finish(&index).ok());
  CHECK(GraphJson(index) == GraphJson(g));
  REQUIRE(errors.size() == 2);
  REQUIRE(want_errors.size() == 2);
  CHECK(errors[0].line() == want_errors[0].line());
  CHECK(errors[1].line() == want_errors[1].line());
  CHECK(errors[1].line() == 22225);
}

TEST_CASE("graph_writer: enough ties for two threads in every step, duplicates merged") {
  // Past the size where ties are resolved and evidence merged by two
  // threads; facts repeat (with other documents) so evidence merges.
  std::vector<std::string> lines;
  for (int k = 0; k < 70000; ++k) {
    const int f = k % 30011;
    lines.push_back(Triple("d" + std::to_string(k % 9000), "A" + std::to_string(f % 401),
                           f % 3 ? "meet" : "support", "B" + std::to_string(f % 499), "",
                           k % 7 ? "" : "Named", "line " + std::to_string(k % 50000)));
  }
  const std::string content = Joined(lines);
  AllianceGraph g;
  std::vector<Status> want_errors;
  ReadTripleLines(content, "many.jsonl", &g, &want_errors);
  TieIndexStager stager;
  std::vector<Status> errors;
  stager.AddTripleLines(content, "many.jsonl", &errors);
  TieIndex index;
  REQUIRE(stager.Finish(&index).ok());
  CHECK(errors.empty());
  CHECK(index.num_ties() == g.num_edges());
  CHECK(GraphJson(index) == GraphJson(g));
}

TEST_CASE("graph_writer: an empty graph") {
  TieIndexStager stager;
  TieIndex index;
  REQUIRE(stager.Finish(&index).ok());
  CHECK(GraphJson(index) == GraphJson(AllianceGraph()));
}

}  // namespace
}  // namespace tahaluf::testing
