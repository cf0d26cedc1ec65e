// The editable alliance graph: actors merged by id, one edge per fact,
// evidence sorted and unique, triples added as they are.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tahaluf/graph.h"

namespace tahaluf {
namespace {

// A stable dump: "node ID NAME/NAME_AR kind [wikidata] ~alias..." lines, then
// "edge S relation T: doc@start[h] ..." lines, in the writers' order.
std::string Dump(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  std::string out;
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    out += "node " + n.id + " " + n.name + "/" + n.name_ar + " " + n.kind;
    if (!n.wikidata.empty()) out += " " + n.wikidata;
    for (const std::string& a : n.aliases) out += " ~" + a;
    out += "\n";
  }
  for (Edge e : graph.SortedEdges()) {
    out += "edge " + g[boost::source(e, g)].id + " " + std::string(g[e].relation->name) + " " +
           g[boost::target(e, g)].id + ":";
    for (const Evidence& ev : g[e].evidence) {
      out += " " + ev.doc + "@" + std::to_string(ev.start) + (ev.hedged ? "h" : "");
    }
    out += "\n";
  }
  return out;
}

NodeInfo Node(std::string id, std::string name = "", std::string name_ar = "",
              std::vector<std::string> aliases = {}) {
  NodeInfo n;
  n.id = std::move(id);
  n.name = std::move(name);
  n.name_ar = std::move(name_ar);
  n.kind = "state";
  n.aliases = std::move(aliases);
  return n;
}

Evidence Ev(std::string doc, uint32_t start, bool hedged = false) {
  Evidence e;
  e.doc = std::move(doc);
  e.start = start;
  e.end = start + 5;
  e.hedged = hedged;
  return e;
}

TEST_CASE("graph: an actor met again keeps its first names and gains aliases") {
  struct Row {
    std::string what;
    std::vector<NodeInfo> nodes;
    std::string dump;
  };
  const std::vector<Row> rows = {
      {"one", {Node("EGY", "Egypt", "مصر", {"Misr", "Egypt"})}, "node EGY Egypt/مصر state ~Egypt ~Misr\n"},
      {"empty names filled later",
       {Node("EGY", "", "", {"b"}), Node("EGY", "Egypt", "مصر", {"a", "b"})},
       "node EGY Egypt/مصر state ~a ~b\n"},
      {"first name kept",
       {Node("EGY", "Egypt"), Node("EGY", "Arab Republic of Egypt")},
       "node EGY Egypt/ state\n"},
      {"in id order", {Node("TUR"), Node("EGY"), Node("LBY")},
       "node EGY / state\nnode LBY / state\nnode TUR / state\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    AllianceGraph g;
    for (const NodeInfo& n : r.nodes) g.AddNode(n);
    CHECK(Dump(g) == r.dump);
  }
}

TEST_CASE("graph: one edge per fact, symmetric facts once, evidence sorted and unique") {
  struct Fact {
    std::string s, relation, o;
    Evidence evidence;
  };
  struct Row {
    std::string what;
    std::vector<Fact> facts;
    std::string edges;
  };
  const std::vector<Row> rows = {
      {"a fact twice, two pieces of evidence",
       {{"EGY", "visit", "LBY", Ev("b", 1)}, {"EGY", "visit", "LBY", Ev("a", 9)}},
       "edge EGY visit LBY: a@9 b@1\n"},
      {"the same piece twice is one; the first kept",
       {{"EGY", "visit", "LBY", Ev("a", 1, true)}, {"EGY", "visit", "LBY", Ev("a", 1, false)}},
       "edge EGY visit LBY: a@1h\n"},
      {"a symmetric fact either way round is one, smaller id first",
       {{"TUR", "meet", "EGY", Ev("a", 1)}, {"EGY", "meet", "TUR", Ev("b", 1)}},
       "edge EGY meet TUR: a@1 b@1\n"},
      {"a directed fact either way round is two",
       {{"TUR", "condemn", "EGY", Ev("a", 1)}, {"EGY", "condemn", "TUR", Ev("a", 1)}},
       "edge EGY condemn TUR: a@1\nedge TUR condemn EGY: a@1\n"},
      {"two relations between a pair are two edges, by relation name",
       {{"EGY", "visit", "LBY", Ev("a", 1)}, {"EGY", "support", "LBY", Ev("a", 1)}},
       "edge EGY support LBY: a@1\nedge EGY visit LBY: a@1\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    AllianceGraph g;
    for (const Fact& f : r.facts) g.AddFact(Node(f.s), FindRelation(f.relation), Node(f.o), f.evidence);
    const std::string dump = Dump(g);
    CHECK(dump.substr(dump.find("edge")) == r.edges);
  }
}

TEST_CASE("graph: a triple adds its fact with its sentence; a negated one adds nothing") {
  Triple t;
  t.subject_actor = std::make_shared<const NodeInfo>(Node("TUR", "Turkey"));
  t.object_actor = std::make_shared<const NodeInfo>(Node("EGY", "Egypt"));
  t.relation = FindRelation("meet");
  t.doc = "d";
  t.date = "2024-03-05";
  t.lang = "en";
  t.sentence = 4;
  t.begin = 100;
  t.end = 140;
  t.text = "Turkey met Egypt.";
  t.hedged = true;
  t.subject_surface = "Turkey";
  t.object_surface = "Egypt";
  t.speaker = "officials";
  t.event_date = "2024-03-04";
  AllianceGraph g;
  g.AddTriple(t);
  Triple negated = t;
  negated.negated = true;
  negated.doc = "other";
  g.AddTriple(negated);
  REQUIRE(g.num_edges() == 1);
  const Edge e = g.SortedEdges()[0];
  const Evidence& ev = g.graph()[e].evidence.at(0);
  CHECK(g.graph()[e].evidence.size() == 1);
  CHECK(g.graph()[boost::source(e, g.graph())].id == "EGY");  // symmetric: smaller id first
  CHECK(ev.doc == "d");
  CHECK(ev.sentence == 4);
  CHECK(ev.start == 100);
  CHECK(ev.end == 140);
  CHECK(ev.text == t.text);
  CHECK(ev.date == t.date);
  CHECK(ev.lang == "en");
  CHECK(ev.hedged);
  CHECK(ev.subject_surface == "Turkey");
  CHECK(ev.object_surface == "Egypt");
  CHECK(ev.speaker == "officials");
  CHECK(ev.event_date == "2024-03-04");
}

TEST_CASE("graph: merging gives the same graph in any order; copies keep their own index") {
  AllianceGraph a, b, c;
  a.AddFact(Node("A", "Alpha"), FindRelation("meet"), Node("B"), Ev("d1", 1));
  b.AddFact(Node("A", "Other", "ألفا", {"x"}), FindRelation("meet"), Node("B"), Ev("d2", 1));
  c.AddFact(Node("C"), FindRelation("support"), Node("A"), Ev("d3", 1));
  AllianceGraph forward, backward;
  for (const AllianceGraph* g : {&a, &b, &c}) forward.Merge(*g);
  for (const AllianceGraph* g : {&a, &c, &b}) backward.Merge(*g);
  CHECK(Dump(forward) == Dump(backward));
  CHECK(Dump(forward) ==
        "node A Alpha/ألفا state ~x\nnode B / state\nnode C / state\n"
        "edge A meet B: d1@1 d2@1\nedge C support A: d3@1\n");
  AllianceGraph copy = forward;
  copy.AddFact(Node("A"), FindRelation("meet"), Node("B"), Ev("d4", 1));
  CHECK(copy.num_edges() == 2);  // found through the copy's own index
  CHECK(forward.graph()[forward.SortedEdges()[0]].evidence.size() == 2);
  AllianceGraph moved = std::move(copy);
  moved.AddFact(Node("A"), FindRelation("meet"), Node("B"), Ev("d5", 1));
  CHECK(moved.num_edges() == 2);
  CHECK(moved.FindNode("C").has_value());
  CHECK_FALSE(moved.FindNode("D").has_value());
}

TEST_CASE("graph: an edge's summary: evidence, documents, dates, hedged") {
  struct Row {
    std::vector<std::pair<std::string, std::string>> evidence;  // doc, date
    bool hedged;
    std::string first, last;
    size_t documents;
  };
  const std::vector<Row> rows = {
      {{{"a", "2024-03-05"}, {"b", "2023"}, {"a", ""}}, false, "2023", "2024-03-05", 2},
      {{{"a", ""}}, true, "", "", 1},
  };
  for (const Row& r : rows) {
    AllianceGraph g;
    uint32_t start = 0;
    for (const auto& [doc, date] : r.evidence) {
      Evidence e = Ev(doc, start++, r.hedged);
      e.date = date;
      g.AddFact(Node("A"), FindRelation("visit"), Node("B"), e);
    }
    const EdgeSummary s = SummarizeEdge(g.graph()[g.SortedEdges()[0]]);
    CHECK(s.evidence_count == r.evidence.size());
    CHECK(s.hedged == r.hedged);
    CHECK(s.first_date == r.first);
    CHECK(s.last_date == r.last);
    CHECK(s.documents.size() == r.documents);
  }
}

}  // namespace
}  // namespace tahaluf
