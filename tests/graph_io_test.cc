// Graph I/O: triple lines and graph files read into either graph model and
// written back; the stager; the evidence writer; errors.
#include <doctest/doctest.h>

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <functional>

#include "analytics_util.h"
#include "tahaluf/graph_io.h"

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

std::string TripleLine(const std::string& doc, const std::string& s, const std::string& rel,
                   const std::string& o, const std::string& extra = "",
                   const std::string& s_name = "", const std::string& text = "t") {
  return R"({"doc":")" + doc + R"(","sentence":2,"subject":{"id":")" + s + R"(","name":")" + s_name +
         R"(","name_ar":"","kind":"state","surface":"S )" + s + R"(","aliases":["a)" + s +
         R"("]},"relation":")" + rel + R"(","object":{"id":")" + o + R"(","name":"","kind":"","surface":"O )" +
         o + R"(","aliases":[]},"polarity":"+","negated":false,"hedged":false,"date":"2024-01-02","lang":"en",)" +
         extra + R"("evidence":{"text":")" + text + R"(","start":3,"end":9}})";
}

const std::vector<std::string> kLines = {
    TripleLine("d1", "EGY", "visit", "LBY"),
    TripleLine("d1", "LBY", "meet", "EGY", "", "Libya"),            // symmetric, stored EGY-LBY
    TripleLine("d2", "EGY", "meet", "LBY", "", "Egypt", "second"),
    TripleLine("d2", "EGY", "meet", "LBY", "", "", "same key, later"),  // first piece kept
    TripleLine("d3", "TUR", "support", "LBY", R"("hedged":true,)", "", R"(said \"so\" \u00e9 \/)"),
    TripleLine("d4", "TUR", "condemn", "EGY", R"("negated":true,)"),  // left out
    "",
    "{not json",
    TripleLine("d5", "TUR", "hug", "EGY"),
    R"({"doc":"d6","subject":{"name":"x"},"relation":"meet","object":{"id":"EGY"}})",
    "[1,2]\r",
    TripleLine("d7", "QAT", "mediate", "TUR") + "\r",
};

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// Triple lines read both ways: into an AllianceGraph, and staged into a
// TieIndex; the graph files each writes, and the errors each gives (every
// error given both ways the same).
struct BothWays {
  std::string from_graph, from_index;
  std::vector<Status> errors;
  size_t ties = 0;
};
BothWays ReadBothWays(const std::string& content, const std::string& source) {
  BothWays out;
  AllianceGraph g;
  ReadTripleLines(content, source, &g, &out.errors);
  TieIndexStager stager;
  std::vector<Status> staged_errors;
  stager.AddTripleLines(content, source, &staged_errors);
  TieIndex index;
  REQUIRE(stager.Finish(&index).ok());
  REQUIRE(staged_errors.size() == out.errors.size());
  for (size_t k = 0; k < staged_errors.size(); ++k) {
    CHECK(staged_errors[k].ToString() == out.errors[k].ToString());
  }
  out.from_graph = GraphJson(g);
  out.from_index = GraphJson(index);
  out.ties = index.num_ties();
  CHECK(out.ties == g.num_edges());
  return out;
}

TEST_CASE("graph_io: triple lines staged give GraphJson's bytes") {
  const BothWays read = ReadBothWays(Joined(kLines), "t.jsonl");
  CHECK(read.from_index == read.from_graph);
  for (const Status& e : read.errors) {
    CHECK(e.code() == ErrorCode::kSyntax);
    CHECK(e.source() == "t.jsonl");
  }
  CHECK(read.errors.size() == 4);
}

TEST_CASE("graph_io: graph files and triples staged together merge as AllianceGraph does") {
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

TEST_CASE("graph_io: a large triple file staged by two threads") {
  std::vector<std::string> lines;
  for (int k = 0; k < 30000; ++k) {
    lines.push_back(TripleLine("d" + std::to_string(k % 7000), "A" + std::to_string(k % 313), k % 2 ? "meet" : "visit",
                           "B" + std::to_string(k % 331), "", k % 5 ? "" : "Named", std::string(150, 'y')));
    if (k == 10 || k == 22222) lines.push_back("{broken");
  }
  const std::string content = Joined(lines);
  REQUIRE(content.size() > (8u << 20));
  const BothWays read = ReadBothWays(content, "big.jsonl");
  CHECK(read.from_index == read.from_graph);
  REQUIRE(read.errors.size() == 2);
  CHECK(read.errors[0].line() == 12);
  CHECK(read.errors[1].line() == 22225);
}

TEST_CASE("graph_io: enough ties for two threads in every step, duplicates merged") {
  // Past the size where ties are resolved and evidence merged by two
  // threads; facts repeat (with other documents) so evidence merges.
  std::vector<std::string> lines;
  for (int k = 0; k < 70000; ++k) {
    const int f = k % 30011;
    lines.push_back(TripleLine("d" + std::to_string(k % 9000), "A" + std::to_string(f % 401),
                           f % 3 ? "meet" : "support", "B" + std::to_string(f % 499), "",
                           k % 7 ? "" : "Named", "line " + std::to_string(k % 50000)));
  }
  const BothWays read = ReadBothWays(Joined(lines), "many.jsonl");
  CHECK(read.errors.empty());
  CHECK(read.from_index == read.from_graph);
}

TEST_CASE("graph_io: an empty graph") {
  TieIndexStager stager;
  TieIndex index;
  REQUIRE(stager.Finish(&index).ok());
  CHECK(GraphJson(index) == GraphJson(AllianceGraph()));
}

TEST_CASE("graph_io: a graph file indexes as its AllianceGraph does") {
  TestGraph t({"EGY visit LBY x2 2024-01-02", "LBY meet EGY 2023-05-01", "TUR support LBY hedged",
               "EGY condemn TUR 2022"});
  CHECK(Dump(t.index()) == Dump(TieIndex::FromGraph(t.graph())));
  CHECK(t.index().num_nodes() == 3);
  CHECK(t.index().num_ties() == 4);
  CHECK(t.index().num_evidence() == 5);
}

TEST_CASE("graph_io: duplicate facts, unsorted input and symmetric facts merge as ReadGraphJson does") {
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
    "nodes":[{"id":"TUR","name":"","aliases":["Türkiye","Turkey","TR"]},
             {"id":"EGY","name":"Egypt","kind":"state"},
             {"id":"LBY"}]})";
  CHECK(DumpOfIndex(json) == DumpOfReadGraphJson(json));
  TieIndex index;
  REQUIRE(IndexGraphJson(json, "x", &index).ok());
  // TUR's empty name became its id (as ParseNode does).
  CHECK(index.node(*index.Find("TUR")).name == "TUR");
  CHECK(index.num_ties() == 2);
}

TEST_CASE("graph_io: a large file read by two threads gives the same index") {
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

TEST_CASE("graph_io: JSON escapes are decoded") {
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

TEST_CASE("graph_io: errors in graph files and triple lines name the problem and change nothing") {
  struct Row {
    std::string json;
    std::string message;
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
      // Hostile input (issue 11): what the reader cannot keep is refused.
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"},{\"id\":\"A\",\"name\":\"B\"}],\"edges\":[]}",
       "node #1: id 'A' is node #0's too"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\\u0000B\"}],\"edges\":[]}",
       "node #0: its id holds a control character"},
      {"{\"format\":\"tahaluf-graph\",\"version\":99,\"nodes\":[],\"edges\":[]}",
       "graph file version 99: this tahaluf reads version 1"},
      {"{\"format\":\"tahaluf-graph\",\"version\":\"1\",\"nodes\":[],\"edges\":[]}",
       "\"version\" must be the number 1"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"}],\"edges\":[{\"source\":\"A\",\"target\":\"A\","
       "\"relation\":\"meet\",\"evidence\":[{\"start\":-1}]}]}",
       "edge #0: evidence's \"sentence\", \"start\" and \"end\" must be whole numbers"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"}],\"edges\":[{\"source\":\"A\",\"target\":\"A\","
       "\"relation\":\"meet\",\"evidence\":[{\"sentence\":4294967296}]}]}",
       "must be whole numbers from 0 to 4294967295"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\",\"name\":\"\xC3\x28\"}],\"edges\":[]}",
       "not JSON: invalid UTF-8 in a string"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\",\"name\":\"x\\udc00\"}],\"edges\":[]}",
       "not JSON: a \\u escape of half a surrogate pair"},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\",\"name\":\"\\ud800x\"}],\"edges\":[]}",
       "not JSON: a \\u escape of half a surrogate pair"},
      {"{\"format\":\"tahaluf-graph\",\"x\":" + std::string(101, '[') + std::string(101, ']') +
           ",\"nodes\":[],\"edges\":[]}",
       "not JSON: nested deeper than 100 levels"},
      {"{\"format\":\"tahaluf-graph\",\"x\":" + std::string(1000000, '['), "not JSON: nested deeper than 100 levels"},
  };
  for (const Row& row : rows) {
    const std::string json = row.json.substr(0, 200);
    CAPTURE(json);
    TestGraph keep({"A meet B"});
    TieIndex index = TieIndex::FromGraph(keep.graph());
    Status s = IndexGraphJson(row.json, "bad.json", &index);
    CHECK_FALSE(s.ok());
    CHECK(s.code() == ErrorCode::kGraph);
    CHECK(s.source() == "bad.json");
    CHECK_MESSAGE(s.message().find(row.message) != std::string::npos, s.message());
    CHECK(index.num_ties() == 1);
    // ReadGraphJson refuses the same files with the same message, and the
    // graph it was to read into is unchanged.
    AllianceGraph g = keep.graph();
    Status into_graph = ReadGraphJson(row.json, "bad.json", &g);
    CHECK(into_graph.ToString() == s.ToString());
    CHECK(GraphJson(g) == GraphJson(keep.graph()));
    // So does the stager, which keeps nothing of the file.
    TieIndexStager stager;
    CHECK(stager.AddGraphJson(row.json, "bad.json").ToString() == s.ToString());
  }
  // Syntax errors carry the byte offset; so do the errors of meaning that
  // one place is to blame for.
  TieIndex index;
  Status s = IndexGraphJson("{\"format\": tahaluf}", "bad.json", &index);
  CHECK(s.offset() == 11);
  CHECK(s.ToString() == "bad.json: byte 11: not JSON: expected a value");
  const std::vector<std::pair<std::string, size_t>> placed = {
      {"{\"format\":\"tahaluf-graph\",\"version\":99,\"nodes\":[],\"edges\":[]}", 36},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"},{\"id\":\"A\"}],\"edges\":[]}", 46},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\",\"name\":\"ab\xFF\"}],\"edges\":[]}", 55},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\",\"name\":\"a\\udc00\"}],\"edges\":[]}", 54},
      {"{\"x\":" + std::string(150, '['), 104},
      {"{\"format\":\"tahaluf-graph\",\"nodes\":[{\"id\":\"A\"}],\"edges\":[{\"source\":\"A\",\"target\":\"A\","
       "\"relation\":\"meet\",\"evidence\":[{\"start\":1.5}]}]}", 122},
  };
  for (const auto& [json, offset] : placed) {
    const std::string shown = json.substr(0, 200);
    CAPTURE(shown);
    CHECK(IndexGraphJson(json, "bad.json", &index).offset() == offset);
  }

  // Triple lines: each bad line is named by its number and skipped.
  struct LineRow {
    std::string line;
    std::string message;
  };
  const std::vector<LineRow> lines = {
      {"{not json", "not JSON: expected a member name (column 2); line skipped"},
      {"[1,2]", "not a JSON object; line skipped"},
      {"{} {}", "not JSON: the document root must not be followed by other values (column 4); line skipped"},
      {R"({"subject":{"name":"x"},"relation":"meet","object":{"id":"B"}})",
       "a triple needs \"subject\" and \"object\" objects with an \"id\"; line skipped"},
      {R"({"subject":{"id":"A"},"relation":"hug","object":{"id":"B"}})",
       "unknown relation 'hug'; line skipped"},
      {R"({"subject":{"id":"A"},"object":{"id":"B"}})", "unknown relation ''; line skipped"},
      // Hostile input (issue 11).
      {std::string(1000000, '['), "not JSON: nested deeper than 100 levels (column 101); line skipped"},
      {R"({"subject":{"id":"A","name":"\udc00"},"relation":"meet","object":{"id":"B"}})",
       "not JSON: a \\u escape of half a surrogate pair (not UTF-8) (column 30); line skipped"},
      {"{\"subject\":{\"id\":\"A\",\"name\":\"\xED\xB0\x80\"},\"relation\":\"meet\",\"object\":{\"id\":\"B\"}}",
       "not JSON: invalid UTF-8 in a string (column 30); line skipped"},
      {R"({"subject":{"id":"A\u0000"},"relation":"meet","object":{"id":"B"}})",
       "a subject or object id holds a control character; line skipped"},
      {R"({"subject":{"id":"A"},"relation":"meet","object":{"id":"B"},"sentence":-1})",
       "\"sentence\", \"start\", \"end\", \"cue_start\" and \"cue_end\" must be whole numbers from 0 "
       "to 4294967295 (column 72); line skipped"},
      {R"({"subject":{"id":"A"},"relation":"meet","object":{"id":"B"},"evidence":{"start":99999999999}})",
       "\"sentence\", \"start\", \"end\", \"cue_start\" and \"cue_end\" must be whole numbers from 0 "
       "to 4294967295 (column 81); line skipped"},
  };
  std::string content = R"({"subject":{"id":"A"},"relation":"meet","object":{"id":"B"}})" "\n\n";
  for (const LineRow& r : lines) content += r.line + "\n";
  AllianceGraph g;
  std::vector<Status> errors;
  ReadTripleLines(content, "t.jsonl", &g, &errors);
  TieIndexStager stager;
  std::vector<Status> staged_errors;
  stager.AddTripleLines(content, "t.jsonl", &staged_errors);
  REQUIRE(errors.size() == lines.size());
  REQUIRE(staged_errors.size() == lines.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string line = lines[k].line.substr(0, 200);
    CAPTURE(line);
    CHECK(errors[k].ToString() == "t.jsonl:" + std::to_string(k + 3) + ": " + lines[k].message);
    CHECK(staged_errors[k].ToString() == errors[k].ToString());
    Triple t;
    Status one = ParseTripleLine(lines[k].line, &t);
    CHECK(one.code() == ErrorCode::kSyntax);
    CHECK(one.message() + "; line skipped" == lines[k].message);
  }
  CHECK(g.num_edges() == 1);
}

TEST_CASE("graph_io: a triple line reads back as the triple written") {
  Triple t;
  t.subject_actor = std::make_shared<const NodeInfo>(
      NodeInfo{"HAFTAR", "Khalifa Haftar", "خليفة حفتر", "person", "Q379153", {"Haftar", "حفتر"}});
  t.object_actor = std::make_shared<const NodeInfo>(NodeInfo{"PAK", "Pakistan", "باكستان", "state", "", {}});
  t.relation = FindRelation("visit");
  t.hedged = true;
  t.doc = "02_ar";
  t.date = "2025-07-19";
  t.lang = "ar";
  t.sentence = 2;
  t.begin = 454;
  t.end = 892;
  t.text = "زار \"حفتر\" باكستان\n\tثم عاد \\ ";
  t.cue_begin = 460;
  t.cue_end = 468;
  t.subject_surface = "حفتر";
  t.object_surface = "باكستان";
  t.derivation = "cue";
  t.speaker = "مصادر";
  t.event_date = "2025-07-14";
  t.construction = "verb_subject_object";
  struct Row {
    std::string what;
    std::function<void(Triple*)> change;
  };
  const std::vector<Row> rows = {
      {"every field", [](Triple*) {}},
      {"no cue, speaker, event date or construction, negated",
       [](Triple* x) {
         x->cue_begin = x->cue_end = 0;
         x->speaker.clear();
         x->event_date.clear();
         x->construction.clear();
         x->negated = true;
       }},
      {"a symmetric relation, control characters", [](Triple* x) {
         x->relation = FindRelation("meet");
         x->text = std::string("a\x01b\x1f") + "\r";
       }},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    Triple want = t;
    r.change(&want);
    const std::string line = TripleJson(want);
    Triple got;
    REQUIRE(ParseTripleLine(line, &got).ok());
    CHECK(TripleJson(got) == line);
    CHECK(got.subject_actor->aliases == want.subject_actor->aliases);
    CHECK(got.text == want.text);
    CHECK(got.relation == want.relation);
    CHECK(got.negated == want.negated);
    CHECK(got.cue_end == want.cue_end);
    CHECK(got.construction == want.construction);
  }
  // The line is what extract prints: the scorer's keys, in order.
  CHECK(TripleJson(t).rfind(R"({"doc":"02_ar","sentence":2,"subject":{"id":"HAFTAR",)", 0) == 0);
}

TEST_CASE("graph_io: AppendTripleLines writes TripleJson's lines, a shared record once") {
  const auto haftar = std::make_shared<const NodeInfo>(
      NodeInfo{"HAFTAR", "Khalifa \"Haftar\"", "خليفة حفتر", "person", "Q379153", {"Haftar", "a\tb", "حفتر"}});
  const auto pak = std::make_shared<const NodeInfo>(NodeInfo{"PAK", "Pakistan", "باكستان", "state", "", {}});
  std::vector<Triple> triples(4);
  for (Triple& t : triples) {
    t.relation = FindRelation("visit");
    t.doc = "d";
    t.text = "text";
  }
  triples[0].subject_actor = haftar, triples[0].object_actor = pak;
  triples[0].subject_surface = "حفتر", triples[0].object_surface = "باكستان";
  triples[1].subject_actor = pak, triples[1].object_actor = haftar;  // the same records the other way round
  triples[1].subject_surface = "the \"state\"\n", triples[1].object_surface = "";
  triples[2].subject_actor = haftar, triples[2].object_actor = haftar;
  triples[2].subject_surface = "\\", triples[2].object_surface = "Haftar";
  // triples[3]: no records (read as empty ones).
  std::string want = "earlier\n";
  for (const Triple& t : triples) want += TripleJson(t) + "\n";
  std::string got = "earlier\n";
  AppendTripleLines(triples, &got);
  CHECK(got == want);
  CHECK(want.find(R"("object":{"id":"HAFTAR","name":"Khalifa \"Haftar\"","name_ar":"خليفة حفتر","kind":"person",)"
                  R"("wikidata":"Q379153","surface":"","aliases":["Haftar","a\tb","حفتر"]})") != std::string::npos);
  CHECK(want.find(R"("subject":{"id":"","name":"","name_ar":"","kind":"","surface":"","aliases":[]})") !=
        std::string::npos);
}

TEST_CASE("graph_io: graph files have RapidJSON PrettyWriter's layout and escaping") {
  // Every JSON reader reads the file the same: written again by RapidJSON
  // from its own parse, it is the same bytes.
  AllianceGraph g;
  NodeInfo a{"A", "Q\"uote \\ back/slash", "عربي\u200f", "state", "Q1", {"z", "\x01\x1f\x7f", "é"}};
  NodeInfo b{"B", "Tab\tNew\nline\rCR\b\f", "", "", "", {}};
  Evidence e;
  e.doc = "d";
  e.text = "\"quoted\" </script> \u2028 \xF0\x9F\x98\x80";
  e.date = "2024-02";
  e.speaker = "s";
  g.AddFact(a, FindRelation("support"), b, e);
  e.doc = "d2";
  e.hedged = true;
  e.event_date = "2024-02-03";
  g.AddFact(b, FindRelation("meet"), a, e);
  const std::string json = GraphJson(g);
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  REQUIRE_FALSE(d.HasParseError());
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 1);
  d.Accept(writer);
  CHECK(json == std::string(buffer.GetString(), buffer.GetSize()) + "\n");
  // And it reads back as the same graph, in either model.
  AllianceGraph back;
  REQUIRE(ReadGraphJson(json, "g.json", &back).ok());
  CHECK(GraphJson(back) == json);
  TieIndex index;
  REQUIRE(IndexGraphJson(json, "g.json", &index).ok());
  CHECK(GraphJson(index) == json);
}

TEST_CASE("graph_io: evidence as JSON, whole or as a quote, from either model") {
  Evidence e;
  e.doc = "d";
  e.sentence = 3;
  e.start = 10;
  e.end = 20;
  e.text = "t";
  e.date = "2024";
  e.lang = "en";
  e.subject_surface = "S";
  e.object_surface = "O";
  e.event_date = "2023-12-31";
  IndexEvidence view;
  view.doc = e.doc;
  view.sentence = e.sentence;
  view.start = e.start;
  view.end = e.end;
  view.text = e.text;
  view.date = e.date;
  view.lang = e.lang;
  view.subject_surface = e.subject_surface;
  view.object_surface = e.object_surface;
  view.event_date = e.event_date;
  struct Row {
    EvidenceFields fields;
    std::string json;
  };
  const Row rows[] = {
      {EvidenceFields::kAll,
       R"({"doc":"d","sentence":3,"start":10,"end":20,"text":"t","date":"2024","lang":"en","hedged":false,)"
       R"("subject_surface":"S","object_surface":"O","event_date":"2023-12-31"})"},
      {EvidenceFields::kQuote,
       R"({"doc":"d","sentence":3,"start":10,"end":20,"text":"t","date":"2024","lang":"en","hedged":false})"},
  };
  for (const Row& r : rows) {
    rapidjson::StringBuffer from_graph, from_index;
    rapidjson::Writer<rapidjson::StringBuffer> w1(from_graph), w2(from_index);
    WriteEvidenceJson(w1, e, r.fields);
    WriteEvidenceJson(w2, view, r.fields);
    CHECK(std::string(from_graph.GetString()) == r.json);
    CHECK(std::string(from_index.GetString()) == r.json);
  }
}

}  // namespace
}  // namespace tahaluf::testing
