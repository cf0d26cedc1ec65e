// Merging graph files: one graph, the same whatever the order, and a bad
// file left out whole.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analytics_util.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/merge.h"

namespace tahaluf::testing {
namespace {

TEST_CASE("merge: the same graph whatever the order of the files") {
  AllianceGraph g1, g2, g3;
  Evidence e;
  e.doc = "d1";
  NodeInfo x1{"X", "Alpha", "", "state", "", {"a"}};
  NodeInfo x2{"X", "Beta", "بيتا", "", "Q1", {"b"}};
  NodeInfo y{"Y", "Y", "", "state", "", {}};
  g1.AddFact(x1, FindRelation("meet"), y, e);
  Evidence e2 = e;
  e2.text = "same key, other text";
  g2.AddFact(x2, FindRelation("meet"), y, e2);
  e.doc = "d3";
  g3.AddFact(y, FindRelation("condemn"), x2, e);
  std::string j1 = GraphJson(g1), j2 = GraphJson(g2), j3 = GraphJson(g3);
  std::vector<Status> errors;
  std::string forward = MergeGraphFiles({{"1", j1}, {"2", j2}, {"3", j3}}, &errors);
  std::string backward = MergeGraphFiles({{"3", j3}, {"2", j2}, {"1", j1}}, &errors);
  std::string middle = MergeGraphFiles({{"2", j2}, {"1", j1}, {"3", j3}}, &errors);
  CHECK(errors.empty());
  CHECK(forward == backward);
  CHECK(forward == middle);
  // The bytes GraphJson writes for the AllianceGraph merged in content order.
  std::vector<std::string> by_content = {j1, j2, j3};
  std::sort(by_content.begin(), by_content.end());
  AllianceGraph merged;
  for (const std::string& j : by_content) REQUIRE(ReadGraphJson(j, "x", &merged).ok());
  CHECK(forward == GraphJson(merged));
  TieIndex index;
  REQUIRE(IndexGraphJson(forward, "merged", &index).ok());
  CHECK(index.num_ties() == 2);
  CHECK(index.aliases(*index.Find("X")).size() == 2);
}


TEST_CASE("merge: repeated, empty and single files") {
  const std::string a = GraphJson(TestGraph({"A meet B", "B support C x2"}).graph());
  const std::string b = GraphJson(TestGraph({"C condemn A 2024-01-01"}).graph());
  const std::string empty = GraphJson(AllianceGraph());
  struct Row {
    std::string what;
    std::vector<GraphSource> files;
    std::string want;
  };
  const std::vector<Row> rows = {
      {"no file", {}, empty},
      {"one file", {{"a", a}}, a},
      {"a file twice", {{"a", a}, {"again", a}}, a},
      {"with an empty graph", {{"a", a}, {"e", empty}}, a},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    std::vector<Status> errors;
    CHECK(MergeGraphFiles(r.files, &errors) == r.want);
    CHECK(errors.empty());
  }
  std::vector<Status> errors;
  AllianceGraph both;
  REQUIRE(ReadGraphJson(a, "a", &both).ok());
  REQUIRE(ReadGraphJson(b, "b", &both).ok());
  CHECK(MergeGraphFiles({{"b", b}, {"a", a}}, &errors) == GraphJson(both));
}

TEST_CASE("merge: a file that is no graph is reported and left out whole") {
  const std::string good = GraphJson(TestGraph({"A meet B"}).graph());
  struct Row {
    std::string content;
    std::string error;
  };
  const std::vector<Row> rows = {
      {"{", "bad.json: byte 1: not JSON: expected a member name"},
      {"{\"format\":\"other\",\"nodes\":[],\"edges\":[]}",
       "bad.json: not a tahaluf graph (expected \"format\": \"tahaluf-graph\")"},
      // Its first edge is good, its second names an actor it lacks: none of
      // it is merged, and the rest is (an empty result once overwrote a
      // merge here).
      {R"({"format":"tahaluf-graph","nodes":[{"id":"A"},{"id":"C"}],"edges":[
         {"source":"A","target":"C","relation":"meet","evidence":[{"doc":"x"}]},
         {"source":"A","target":"Z","relation":"meet","evidence":[{"doc":"x"}]}]})",
       "bad.json: edge #1 names a node that is not in \"nodes\": 'Z'"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.content);
    std::vector<Status> errors;
    const std::string merged = MergeGraphFiles({{"bad.json", r.content}, {"good.json", good}}, &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code() == ErrorCode::kGraph);
    CHECK(errors[0].ToString() == r.error);
    CHECK(merged == good);
  }
}

}  // namespace
}  // namespace tahaluf::testing
