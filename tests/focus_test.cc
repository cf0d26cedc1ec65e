#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tahaluf/focus.h"
#include "test_graphs.h"

namespace tahaluf {
namespace {

using testing::BuildTrickyGraph;

// "ARE HAFTAR | ARE-support->HAFTAR:3 ...": actors, then relations with
// their evidence counts, sorted.
std::string Dump(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  std::string out;
  for (Vertex v : graph.SortedNodes()) out += (out.empty() ? "" : " ") + g[v].id;
  out += " |";
  for (Edge e : graph.SortedEdges()) {
    out += " " + g[boost::source(e, g)].id + "-" + std::string(g[e].relation->name) + "->" +
           g[boost::target(e, g)].id + ":" + std::to_string(g[e].evidence.size());
  }
  return out;
}

struct FocusRow {
  std::string what;
  FocusOptions options;
  std::string want;
};

FocusOptions Around(std::vector<std::string> names, size_t depth) {
  FocusOptions f;
  f.around = std::move(names);
  f.depth = depth;
  return f;
}

TEST_CASE("focus: each filter keeps what it says") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  FocusOptions path;
  path.path = std::make_pair("HAFTAR", "Iran");
  FocusOptions rel;
  rel.relations = {"clash", "leads"};
  FocusOptions hostile;
  hostile.polarities = {Polarity::kHostile};
  FocusOptions window;
  window.since = "2024-03";
  window.until = "2024-06";
  FocusOptions strong;
  strong.min_evidence = 2;
  FocusOptions top;
  top.top = 2;
  FocusOptions coop_top;
  coop_top.polarities = {Polarity::kCooperative};
  coop_top.top = 3;
  FocusOptions around_hostile = Around({"LNA"}, 1);
  around_hostile.polarities = {Polarity::kHostile};

  const FocusRow rows[] = {
      {"nothing asked: the whole graph", FocusOptions(),
       "ARE GCC HAFTAR IRN LNA Q\"X RSF SAU | ARE-defense_pact->SAU:2 ARE-supply_arms->RSF:1 "
       "ARE-support->HAFTAR:3 HAFTAR-leads->LNA:1 IRN-strained_ties->SAU:1 IRN-threaten->SAU:1 "
       "IRN-visit->ARE:1 LNA-clash->RSF:1 Q\"X-condemn->SAU:1 SAU-accuse->IRN:1 "
       "SAU-member_of->GCC:1"},
      {"around, depth 1", Around({"HAFTAR"}, 1),
       "ARE HAFTAR LNA | ARE-support->HAFTAR:3 HAFTAR-leads->LNA:1"},
      {"around, named in Arabic", Around({"خليفة حفتر"}, 1),
       "ARE HAFTAR LNA | ARE-support->HAFTAR:3 HAFTAR-leads->LNA:1"},
      {"around, depth 2", Around({"HAFTAR"}, 2),
       "ARE HAFTAR IRN LNA RSF SAU | ARE-defense_pact->SAU:2 ARE-supply_arms->RSF:1 "
       "ARE-support->HAFTAR:3 HAFTAR-leads->LNA:1 IRN-strained_ties->SAU:1 IRN-threaten->SAU:1 "
       "IRN-visit->ARE:1 LNA-clash->RSF:1 SAU-accuse->IRN:1"},
      {"around two actors", Around({"GCC", "Q\"X"}, 1),
       "GCC Q\"X SAU | Q\"X-condemn->SAU:1 SAU-member_of->GCC:1"},
      {"shortest path, ties in either direction", path,
       "ARE HAFTAR IRN | ARE-support->HAFTAR:3 IRN-visit->ARE:1"},
      {"relations", rel, "HAFTAR LNA RSF | HAFTAR-leads->LNA:1 LNA-clash->RSF:1"},
      {"hostile only", hostile,
       "IRN LNA Q\"X RSF SAU | IRN-strained_ties->SAU:1 IRN-threaten->SAU:1 LNA-clash->RSF:1 "
       "Q\"X-condemn->SAU:1 SAU-accuse->IRN:1"},
      {"date window keeps the evidence inside it, a year overlapping it too", window,
       "ARE GCC HAFTAR IRN Q\"X RSF SAU | ARE-supply_arms->RSF:1 ARE-support->HAFTAR:1 "
       "IRN-strained_ties->SAU:1 IRN-threaten->SAU:1 Q\"X-condemn->SAU:1 SAU-member_of->GCC:1"},
      {"at least two pieces of evidence", strong,
       "ARE HAFTAR SAU | ARE-defense_pact->SAU:2 ARE-support->HAFTAR:3"},
      {"top 2 by partners, ties broken by id", top, "ARE SAU | ARE-defense_pact->SAU:2"},
      {"top counts partners after the polarity filter", coop_top,
       "ARE HAFTAR IRN | ARE-support->HAFTAR:3 IRN-visit->ARE:1"},
      {"an actor named keeps its place without ties", around_hostile, "LNA RSF | LNA-clash->RSF:1"},
  };
  for (const FocusRow& row : rows) {
    CAPTURE(row.what);
    AllianceGraph out;
    Status s = Focus(graph, row.options, &out);
    REQUIRE(s.ok());
    CHECK(Dump(out) == row.want);
  }
}

TEST_CASE("focus: the evidence kept is the evidence given") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  FocusOptions f;
  f.around = {"Q\"X"};
  AllianceGraph out;
  REQUIRE(Focus(graph, f, &out).ok());
  auto odd = out.FindNode("Q\"X");
  REQUIRE(odd);
  CHECK(out.graph()[*odd].name == "He said \"hi\"\nnext, <b>&amp;</b> \\n");
  Edge e = out.SortedEdges().front();
  CHECK(out.graph()[e].evidence.front().text ==
        "Tab\there, \u200fbidi\u200e marks, <tags> & a\\backslash.");
}

TEST_CASE("focus: the result may replace its input") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  REQUIRE(Focus(graph, Around({"HAFTAR"}, 1), &graph).ok());
  CHECK(Dump(graph) == "ARE HAFTAR LNA | ARE-support->HAFTAR:3 HAFTAR-leads->LNA:1");
  REQUIRE(Focus(graph, FocusOptions(), &graph).ok());
  CHECK(graph.num_nodes() == 3);
}

TEST_CASE("focus: describes what was asked") {
  FocusOptions f;
  CHECK(f.Describe().empty());
  CHECK_FALSE(f.Active());
  f.around = {"Haftar"};
  f.depth = 2;
  f.polarities = {Polarity::kHostile};
  f.since = "2024";
  f.top = 10;
  CHECK(f.Active());
  CHECK(f.Describe() == "around Haftar (depth 2); hostile; since 2024; top 10 most connected");
}

TEST_CASE("focus: errors name the input and leave the output alone") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  AllianceGraph out;
  REQUIRE(Focus(graph, Around({"GCC"}, 1), &out).ok());
  const std::string before = Dump(out);

  struct ErrorRow {
    std::string what;
    FocusOptions options;
    ErrorCode code;
    std::string message_part;
  };
  FocusOptions unknown_rel;
  unknown_rel.relations = {"visit", "alliance"};
  FocusOptions bad_date;
  bad_date.since = "March 2024";
  FocusOptions bad_day;
  bad_day.until = "2024-02-30";
  FocusOptions backwards;
  backwards.since = "2024-05";
  backwards.until = "2024-01";
  FocusOptions no_path;
  no_path.relations = {"leads"};
  no_path.path = std::make_pair("HAFTAR", "SAU");
  FocusOptions unknown_path;
  unknown_path.path = std::make_pair("HAFTAR", "Atlantis");
  const ErrorRow rows[] = {
      {"unknown actor, with the closest name", Around({"HAFTR"}, 1), ErrorCode::kNotFound,
       "no actor called 'HAFTR' in the graph; closest: Khalifa Haftar (HAFTAR)"},
      {"unknown actor in a path", unknown_path, ErrorCode::kNotFound, "'Atlantis'"},
      {"unknown relation", unknown_rel, ErrorCode::kUsage, "unknown relation 'alliance' (known: visit,"},
      {"not a date", bad_date, ErrorCode::kUsage, "--since 'March 2024' is not a date"},
      {"no such day", bad_day, ErrorCode::kUsage, "--until '2024-02-30' is not a date"},
      {"window backwards", backwards, ErrorCode::kUsage, "--since 2024-05 is later than --until 2024-01"},
      {"no path under the filters", no_path, ErrorCode::kNotFound,
       "no path between Khalifa Haftar and Saudi Arabia with the filters asked"},
  };
  for (const ErrorRow& row : rows) {
    CAPTURE(row.what);
    Status s = Focus(graph, row.options, &out);
    CHECK(s.code() == row.code);
    CAPTURE(s.message());
    CHECK(s.message().find(row.message_part) != std::string::npos);
    CHECK(Dump(out) == before);
  }
}

}  // namespace
}  // namespace tahaluf
