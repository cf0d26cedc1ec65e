// The analytics index: read from graph files as ReadGraphJson reads them,
// and the filters every analytics command takes.
#include <doctest/doctest.h>

#include "analytics_util.h"

namespace tahaluf::testing {
namespace {

// A stable text dump: actors, then ties with their evidence.
std::string Dump(const TieIndex& index) {
  std::string out;
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    const IndexNode& n = index.node(v);
    out += "node " + std::string(n.id) + " '" + std::string(n.name) + "' " + std::string(n.kind);
    for (std::string_view a : index.aliases(v)) out += " ~" + std::string(a);
    out += "\n";
  }
  for (uint32_t t = 0; t < index.num_ties(); ++t) {
    const Tie& tie = index.tie(t);
    out += "tie " + std::string(index.node(tie.source).id) + " " + std::string(tie.relation->name) +
           " " + std::string(index.node(tie.target).id) + ":";
    for (const IndexEvidence& e : index.evidence(t)) {
      out += " [" + std::string(e.doc) + "@" + std::to_string(e.start) + " " + std::string(e.date) +
             (e.hedged ? " hedged" : "") + " '" + std::string(e.text) + "']";
    }
    out += "\n";
  }
  return out;
}

std::string DumpOfReadGraphJson(const std::string& json) {
  AllianceGraph g;
  Status s = ReadGraphJson(json, "x", &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return Dump(TieIndex::FromGraph(g));
}

std::string DumpOfIndex(const std::string& json) {
  TieIndex index;
  Status s = IndexGraphJson(json, "x", &index);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return Dump(index);
}

TEST_CASE("tie_index: a graph file indexes as its AllianceGraph does") {
  TestGraph t({"EGY visit LBY x2 2024-01-02", "LBY meet EGY 2023-05-01", "TUR support LBY hedged",
               "EGY condemn TUR 2022"});
  CHECK(Dump(t.index()) == Dump(TieIndex::FromGraph(t.graph())));
  CHECK(t.index().num_nodes() == 3);
  CHECK(t.index().num_ties() == 4);
  CHECK(t.index().num_evidence() == 5);
}

TEST_CASE("tie_index: duplicates, unsorted input and symmetric facts merge as ReadGraphJson does") {
  const std::string json = R"({"version":1,"edges":[
    {"source":"TUR","target":"EGY","relation":"meet","evidence":[
      {"doc":"b","start":5,"end":9,"text":"second","date":"2020-01-01"},
      {"doc":"a","start":1,"end":4,"text":"first"}]},
    {"source":"EGY","target":"TUR","relation":"meet","evidence":[
      {"doc":"a","start":1,"end":4,"text":"first again"},
      {"doc":"c","start":0,"end":3,"text":"third","hedged":true}]},
    {"source":"EGY","target":"LBY","relation":"visit","extra":[1,{"x":null}],"evidence":[
      {"doc":"d","start":0,"end":3,"text":"visit"}]}],
    "format":"tahaluf-graph",
    "nodes":[{"id":"TUR","name":"","aliases":["Türkiye","Turkey"]},
             {"id":"EGY","name":"Egypt","kind":"state"},
             {"id":"TUR","name":"Turkey","kind":"state","aliases":["Turkey","TR"]},
             {"id":"LBY"}]})";
  CHECK(DumpOfIndex(json) == DumpOfReadGraphJson(json));
  TieIndex index;
  REQUIRE(IndexGraphJson(json, "x", &index).ok());
  // TUR's empty name became its id in the first entry (as ParseNode does).
  CHECK(index.node(*index.Find("TUR")).name == "TUR");
  CHECK(index.num_ties() == 2);
}

TEST_CASE("tie_index: a large file read by two threads gives the same index") {
  // Past the size where the edges are split between two threads.
  AllianceGraph g;
  const std::string filler(180, 'x');
  for (int k = 0; k < 24000; ++k) {
    NodeInfo s = TestGraph::Node("S" + std::to_string(k % 997));
    NodeInfo o = TestGraph::Node("O" + std::to_string(k % 1009));
    for (int copy = 0; copy < 2; ++copy) {
      Evidence e;
      e.doc = "doc" + std::to_string(k) + "-" + std::to_string(copy);
      e.text = "\"quoted\" }, {\"source\": " + filler;
      e.date = "2020-01-0" + std::to_string(1 + copy);
      g.AddFact(s, &Relations()[static_cast<size_t>(k) % 20], o, e);
    }
  }
  const std::string json = GraphJson(g);
  REQUIRE(json.size() > (8u << 20));
  TieIndex index;
  Status s = IndexGraphJson(json, "big", &index);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(Dump(index) == Dump(TieIndex::FromGraph(g)));
  // A syntax error past the middle is still found, at the same offset.
  std::string broken = json;
  size_t at = broken.find("\"relation\"", broken.size() * 3 / 4);
  REQUIRE(at != std::string::npos);
  broken[at] = '?';
  s = IndexGraphJson(broken, "big", &index);
  CHECK_FALSE(s.ok());
  CHECK(s.offset() == at);
}

TEST_CASE("tie_index: JSON escapes are decoded") {
  const std::string json = R"({"format":"tahaluf-graph","nodes":[{"id":"A\u0042","name":"caf\u00e9 \"x\""},
    {"id":"C","name":"\ud83d\ude00\n\t\\/"}],"edges":[{"source":"AB","target":"C","relation":"meet",
    "evidence":[{"doc":"d","text":"say \"hi\""}]}]})";
  TieIndex index;
  Status s = IndexGraphJson(json, "x", &index);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(index.Find("AB").has_value());
  CHECK(index.node(*index.Find("AB")).name == "café \"x\"");
  CHECK(index.node(*index.Find("C")).name == "\xF0\x9F\x98\x80\n\t\\/");
  CHECK(index.evidence(0)[0].text == "say \"hi\"");
  CHECK(DumpOfIndex(json) == DumpOfReadGraphJson(json));
}

TEST_CASE("tie_index: errors name the problem and leave the index unchanged") {
  struct Row {
    const char* json;
    const char* message;
  };
  const std::vector<Row> rows = {
      {"", "empty"},
      {"{\"format\":\"tahaluf-graph\",", "expected"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[],\"edges\":[]} x", "followed"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[\"a\u0001\"],\"edges\":[]}", "control character"},
      {"[1,2]", "not a tahaluf graph"},
      {"{\"format\":\"other\",\"nodes\":[],\"edges\":[]}", "not a tahaluf graph"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":{},\"edges\":[]}", "must be arrays"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"name\":\"x\"}],\"edges\":[]}", "node #0 has no \"id\""},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"}],\"edges\":[{\"source\":\"A\",\"target\":\"B\","
       "\"relation\":\"meet\",\"evidence\":[{}]}]}",
       "edge #0 names a node that is not in \"nodes\": 'B'"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"}],\"edges\":[{\"source\":\"A\",\"target\":\"A\","
       "\"relation\":\"hug\",\"evidence\":[{}]}]}",
       "edge #0 has an unknown relation 'hug'"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"}],\"edges\":[{\"source\":\"A\",\"target\":\"A\","
       "\"relation\":\"meet\",\"evidence\":[]}]}",
       "edge #0 has no evidence"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"}],\"edges\":[7]}", "edge #0 is not an object"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.json);
    TestGraph keep({"A meet B"});
    TieIndex index = TieIndex::FromGraph(keep.graph());
    Status s = IndexGraphJson(row.json, "bad.json", &index);
    CHECK_FALSE(s.ok());
    CHECK(s.code() == ErrorCode::kGraph);
    CHECK(s.source() == "bad.json");
    CHECK_MESSAGE(s.message().find(row.message) != std::string::npos, s.message());
    CHECK(index.num_ties() == 1);
    // ReadGraphJson refuses the same files.
    AllianceGraph g;
    CHECK_FALSE(ReadGraphJson(row.json, "bad.json", &g).ok());
  }
  // Syntax errors carry the byte offset.
  TieIndex index;
  Status s = IndexGraphJson("{\"format\": tahaluf}", "bad.json", &index);
  CHECK(s.offset() == 11);
}

TEST_CASE("tie_index: filters count the evidence that passes") {
  TestGraph t({"A meet B x3 2020-06-01", "A meet B x1", "A condemn C x2 2022-01-01",
               "B support C 2021-03-03 hedged", "C leads D"});
  const TieIndex& index = t.index();
  auto support = [&](const TieFilter& f, const std::string& s, const std::string& rel,
                     const std::string& o) {
    ActiveTies active(index, f);
    for (uint32_t k = 0; k < index.num_ties(); ++k) {
      const Tie& tie = index.tie(k);
      if (index.node(tie.source).id == s && tie.relation->name == rel && index.node(tie.target).id == o) {
        return active.support(k);
      }
    }
    FAIL("no such tie");
    return 0u;
  };
  TieFilter all;
  CHECK(support(all, "A", "meet", "B") == 4);
  TieFilter coop;
  coop.polarity = Polarity::kCooperative;
  CHECK(support(coop, "A", "condemn", "C") == 0);
  CHECK(support(coop, "B", "support", "C") == 1);
  TieFilter since;
  since.since = *ParseDay("2021", false);
  CHECK(support(since, "A", "meet", "B") == 0);  // undated evidence is out of any window
  CHECK(support(since, "A", "condemn", "C") == 2);
  TieFilter until;
  until.until = *ParseDay("2020-06", true);
  CHECK(support(until, "A", "meet", "B") == 3);
  TieFilter min;
  min.min_evidence = 3;
  CHECK(support(min, "A", "meet", "B") == 4);
  CHECK(support(min, "A", "condemn", "C") == 0);
  TieFilter unhedged;
  unhedged.skip_hedged = true;
  CHECK(support(unhedged, "B", "support", "C") == 0);
  TieFilter rel;
  rel.relations = {FindRelation("leads")};
  CHECK(support(rel, "C", "leads", "D") == 1);
  CHECK(support(rel, "A", "meet", "B") == 0);
  ActiveTies none(index, [] {
    TieFilter f;
    f.since = *ParseDay("2030", false);
    return f;
  }());
  CHECK(none.num_on() == 0);
}

TEST_CASE("tie_index: --as-of keeps the latest polarity between two actors") {
  TestGraph t({"QAT meet SAU 2016-05-01", "SAU sanction QAT 2017-06-05", "QAT meet SAU 2021-01-05",
               "QAT visit UAE 2018-01-01", "UAE accuse QAT 2019-01-01"});
  const TieIndex& index = t.index();
  auto on = [&](const std::string& day, const std::string& s, const std::string& rel,
                const std::string& o) {
    TieFilter f;
    f.as_of = *ParseDay(day, true);
    ActiveTies active(index, f);
    for (uint32_t k = 0; k < index.num_ties(); ++k) {
      const Tie& tie = index.tie(k);
      if (index.node(tie.source).id == s && tie.relation->name == rel && index.node(tie.target).id == o) {
        return active.support(k);
      }
    }
    return 0u;
  };
  CHECK(on("2016-12-31", "QAT", "meet", "SAU") == 1);
  CHECK(on("2018-01-01", "QAT", "meet", "SAU") == 0);  // the 2017 sanction came later
  CHECK(on("2018-01-01", "SAU", "sanction", "QAT") == 1);
  CHECK(on("2021-12-31", "SAU", "sanction", "QAT") == 0);  // reconciled in 2021
  CHECK(on("2021-12-31", "QAT", "meet", "SAU") == 2);
  CHECK(on("2021-12-31", "QAT", "visit", "UAE") == 0);
  CHECK(on("2021-12-31", "UAE", "accuse", "QAT") == 1);
}

}  // namespace
}  // namespace tahaluf::testing
