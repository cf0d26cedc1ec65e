// Paths between actors: shortest, k shortest, all simple, weighted, with
// filters; and finding actors by name on the index.
#include <doctest/doctest.h>

#include "analytics_util.h"
#include "tahaluf/query.h"

namespace tahaluf::testing {
namespace {

// Paths as "A B C" lines.
std::vector<std::string> Paths(TestGraph& t, const std::string& a, const std::string& b,
                               const PathOptions& options, const TieFilter& filter = {}) {
  ActiveTies active(t.index(), filter);
  std::vector<std::string> out;
  for (const ActorPath& p : FindPaths(t.index(), active, t.Id(a), t.Id(b), options)) {
    out.push_back(Ids(t.index(), p.actors));
    REQUIRE(p.hops.size() + 1 == p.actors.size());
  }
  return out;
}

using Lines = std::vector<std::string>;

// A diamond A-B-D, A-C-D, a longer way A-E-F-D, and an island X-Y.
const Lines kDiamond = {"A meet B", "C visit A", "B support D x3", "C meet D", "A meet E",
                        "E meet F", "F meet D", "X meet Y"};

TEST_CASE("query: every shortest path, in id order") {
  TestGraph t(kDiamond);
  PathOptions o;
  CHECK(Paths(t, "A", "D", o) == Lines{"A B D", "A C D"});
  o.max_paths = 1;
  CHECK(Paths(t, "A", "D", o) == Lines{"A B D"});
  CHECK(Paths(t, "D", "A", PathOptions{}) == Lines{"D B A", "D C A"});
  CHECK(Paths(t, "A", "B", PathOptions{}) == Lines{"A B"});
}

TEST_CASE("query: no path, self path, and filters that remove every tie") {
  TestGraph t(kDiamond);
  CHECK(Paths(t, "A", "X", PathOptions{}).empty());
  CHECK(Paths(t, "A", "A", PathOptions{}) == Lines{"A"});
  TieFilter hostile;
  hostile.polarity = Polarity::kHostile;
  CHECK(Paths(t, "A", "D", PathOptions{}, hostile).empty());
  CHECK(Paths(t, "A", "A", PathOptions{}, hostile) == Lines{"A"});
  PathOptions k;
  k.mode = PathMode::kKShortest;
  CHECK(Paths(t, "A", "D", k, hostile).empty());
  PathOptions all;
  all.mode = PathMode::kAllSimple;
  all.max_hops = 5;
  CHECK(Paths(t, "A", "D", all, hostile).empty());
  PathOptions short_hops;
  short_hops.max_hops = 1;
  CHECK(Paths(t, "A", "D", short_hops).empty());
}

TEST_CASE("query: filters choose the way") {
  TestGraph t(kDiamond);
  TieFilter meet;
  meet.relations = {FindRelation("meet")};
  CHECK(Paths(t, "A", "D", PathOptions{}, meet) == Lines{"A E F D"});
  TieFilter strong;
  strong.min_evidence = 2;
  CHECK(Paths(t, "B", "D", PathOptions{}, strong) == Lines{"B D"});
  CHECK(Paths(t, "A", "D", PathOptions{}, strong).empty());
}

TEST_CASE("query: k shortest simple paths, shortest first") {
  TestGraph t(kDiamond);
  PathOptions o;
  o.mode = PathMode::kKShortest;
  o.max_paths = 3;
  CHECK(Paths(t, "A", "D", o) == Lines{"A B D", "A C D", "A E F D"});
  o.max_paths = 10;  // only three exist
  CHECK(Paths(t, "A", "D", o).size() == 3);
}

TEST_CASE("query: all simple paths up to a number of hops") {
  // K4: from A to D there are 1 path of 1 hop, 2 of 2, 2 of 3.
  TestGraph t({"A meet B", "A meet C", "A meet D", "B meet C", "B meet D", "C meet D"});
  PathOptions o;
  o.mode = PathMode::kAllSimple;
  o.max_paths = 100;
  o.max_hops = 3;
  CHECK(Paths(t, "A", "D", o) == Lines{"A D", "A B D", "A C D", "A B C D", "A C B D"});
  o.max_hops = 2;
  CHECK(Paths(t, "A", "D", o).size() == 3);
  o.max_paths = 2;
  CHECK(Paths(t, "A", "D", o) == Lines{"A D", "A B D"});
}

TEST_CASE("query: weighted, well-attested ties count as shorter") {
  TestGraph t({"A condemn D", "A meet B x5", "B meet D x5", "A meet C x2", "C meet D x2"});
  CHECK(Paths(t, "A", "D", PathOptions{}) == Lines{"A D"});
  PathOptions w;
  w.weighted = true;
  ActiveTies active(t.index(), {});
  auto paths = FindPaths(t.index(), active, t.Id("A"), t.Id("D"), w);
  REQUIRE(paths.size() == 1);
  CHECK(Ids(t.index(), paths[0].actors) == "A B D");
  CHECK(paths[0].cost == doctest::Approx(0.4));
  w.mode = PathMode::kKShortest;
  w.max_paths = 3;
  // A C D and A D both cost 1: by ids, A C D first.
  CHECK(Paths(t, "A", "D", w) == Lines{"A B D", "A C D", "A D"});
}

TEST_CASE("query: one PathFinder answers many queries as fresh searches do") {
  TestGraph t(kDiamond);
  ActiveTies active(t.index(), {});
  PathFinder finder(t.index(), active);
  const Lines actors = {"A", "B", "C", "D", "E", "F", "X", "Y"};
  for (int round = 0; round < 2; ++round) {
    for (PathMode mode : {PathMode::kShortest, PathMode::kKShortest, PathMode::kAllSimple}) {
      for (bool weighted : {false, true}) {
        PathOptions o;
        o.mode = mode;
        o.weighted = weighted;
        o.max_paths = 4;
        if (mode == PathMode::kAllSimple) o.max_hops = 4;
        for (const std::string& a : actors) {
          for (const std::string& b : actors) {
            auto reused = finder.Find(t.Id(a), t.Id(b), o);
            auto fresh = FindPaths(t.index(), active, t.Id(a), t.Id(b), o);
            REQUIRE(reused.size() == fresh.size());
            for (size_t k = 0; k < reused.size(); ++k) CHECK(reused[k].actors == fresh[k].actors);
          }
        }
      }
    }
  }
}

TEST_CASE("query: a hop names its best-attested tie and lists the others") {
  TestGraph t({"A visit B x2", "B condemn A x3", "A meet B"});
  ActiveTies active(t.index(), {});
  auto paths = FindPaths(t.index(), active, t.Id("A"), t.Id("B"), PathOptions{});
  REQUIRE(paths.size() == 1);
  REQUIRE(paths[0].hops.size() == 1);
  const PathHop& h = paths[0].hops[0];
  CHECK(t.index().tie(h.tie).relation->name == "condemn");
  CHECK_FALSE(h.forward);  // B is the subject
  REQUIRE(h.other_ties.size() == 2);
  CHECK(t.index().tie(h.other_ties[0]).relation->name == "visit");
  CHECK(t.index().tie(h.other_ties[1]).relation->name == "meet");
  const IndexEvidence* q = QuoteFor(t.index(), active, h.tie);
  REQUIRE(q != nullptr);
  CHECK(q->text == "B condemn A");
}

TEST_CASE("query: the quote prefers unhedged, then recent evidence in the window") {
  TestGraph t({"A meet B 2020-01-01", "A meet B 2022-01-01 hedged", "A meet B 2021-01-01"});
  ActiveTies active(t.index(), {});
  const IndexEvidence* q = QuoteFor(t.index(), active, 0);
  REQUIRE(q != nullptr);
  CHECK(q->date == "2021-01-01");
  TieFilter f;
  f.until = *ParseDay("2020", true);
  ActiveTies early(t.index(), f);
  CHECK(QuoteFor(t.index(), early, 0)->date == "2020-01-01");
}

TEST_CASE("query: actors are found on the index by id, name, alias or folded name") {
  AllianceGraph g;
  NodeInfo haftar{"HAFTAR", "Khalifa Haftar", "خليفة حفتر", "person", "", {"Haftar", "حفتر"}};
  NodeInfo sisi{"SISI", "Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "person", "", {"Sisi"}};
  Evidence e;
  e.doc = "d";
  g.AddFact(haftar, FindRelation("meet"), sisi, e);
  TieIndex index = TieIndex::FromGraph(g);
  auto found = [&](const std::string& name) {
    NameMatch m = ResolveActor(index, name);
    return m.vertex ? std::string(index.node(static_cast<uint32_t>(*m.vertex)).id) : "";
  };
  CHECK(found("SISI") == "SISI");
  CHECK(found("Khalifa Haftar") == "HAFTAR");
  CHECK(found("حفتر") == "HAFTAR");
  CHECK(found("khalifa  HAFTAR") == "HAFTAR");
  CHECK(found("عبد الفتاح السيسى") == "SISI");
  NameMatch m = ResolveActor(index, "Hafter");
  CHECK_FALSE(m.vertex.has_value());
  REQUIRE_FALSE(m.suggestions.empty());
  CHECK(m.suggestions[0] == "Khalifa Haftar (HAFTAR)");
  // The AllianceGraph overload agrees.
  NameMatch g_match = ResolveActor(g, "khalifa haftar");
  REQUIRE(g_match.vertex.has_value());
  CHECK(g.graph()[*g_match.vertex].id == "HAFTAR");
}

TEST_CASE("query: ShortestPaths on an AllianceGraph still answers") {
  TestGraph t(kDiamond);
  const AllianceGraph& g = t.graph();
  auto paths = ShortestPaths(g, *g.FindNode("A"), *g.FindNode("D"), 5);
  CHECK(paths.size() == 2);
  CHECK(ShortestPaths(g, *g.FindNode("A"), *g.FindNode("X"), 5).empty());
  CHECK(ShortestPaths(g, *g.FindNode("A"), *g.FindNode("A"), 5).size() == 1);
}

}  // namespace
}  // namespace tahaluf::testing
