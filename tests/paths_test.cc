// Paths between actors on the index: shortest, k shortest, all simple,
// weighted, with filters.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>

#include "analytics_util.h"
#include "tahaluf/paths.h"

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

TEST_CASE("paths: every shortest path, in id order") {
  TestGraph t(kDiamond);
  PathOptions o;
  CHECK(Paths(t, "A", "D", o) == Lines{"A B D", "A C D"});
  o.max_paths = 1;
  CHECK(Paths(t, "A", "D", o) == Lines{"A B D"});
  CHECK(Paths(t, "D", "A", PathOptions{}) == Lines{"D B A", "D C A"});
  CHECK(Paths(t, "A", "B", PathOptions{}) == Lines{"A B"});
}

TEST_CASE("paths: no path, self path, and filters that remove every tie") {
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

TEST_CASE("paths: filters choose the way") {
  TestGraph t(kDiamond);
  TieFilter meet;
  meet.relations = {FindRelation("meet")};
  CHECK(Paths(t, "A", "D", PathOptions{}, meet) == Lines{"A E F D"});
  TieFilter strong;
  strong.min_evidence = 2;
  CHECK(Paths(t, "B", "D", PathOptions{}, strong) == Lines{"B D"});
  CHECK(Paths(t, "A", "D", PathOptions{}, strong).empty());
}

TEST_CASE("paths: k shortest simple paths, shortest first") {
  TestGraph t(kDiamond);
  PathOptions o;
  o.mode = PathMode::kKShortest;
  o.max_paths = 3;
  CHECK(Paths(t, "A", "D", o) == Lines{"A B D", "A C D", "A E F D"});
  o.max_paths = 10;  // only three exist
  CHECK(Paths(t, "A", "D", o).size() == 3);
}

TEST_CASE("paths: all simple paths up to a number of hops") {
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

TEST_CASE("paths: weighted, well-attested ties count as shorter") {
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

TEST_CASE("paths: one PathFinder answers many queries as fresh searches do") {
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

TEST_CASE("paths: a hop names its best-attested tie and lists the others") {
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

TEST_CASE("paths: the quote prefers unhedged, then recent evidence in the window") {
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

TEST_CASE("paths: weighted hops take the best-attested of parallel ties, whatever their order") {
  // Between A and B the weaker ties come first in the index's order (by
  // relation name) and the strongest last; between B and D the reverse.
  TestGraph t({"A condemn B", "A meet B x2", "A visit B x4", "B visit D", "B meet D x4",
               "A support C x2", "C support D x2"});
  ActiveTies active(t.index(), {});
  PathOptions w;
  w.weighted = true;
  w.mode = PathMode::kKShortest;
  auto paths = FindPaths(t.index(), active, t.Id("A"), t.Id("D"), w);
  REQUIRE(paths.size() == 2);
  CHECK(Ids(t.index(), paths[0].actors) == "A B D");
  CHECK(paths[0].cost == 0.5);  // 1/4 + 1/4
  CHECK(t.index().tie(paths[0].hops[0].tie).relation->name == "visit");
  CHECK(t.index().tie(paths[0].hops[1].tie).relation->name == "meet");
  CHECK(Ids(t.index(), paths[1].actors) == "A C D");
  CHECK(paths[1].cost == 1.0);
}

TEST_CASE("paths: a hub on the way is looked through, not read whole") {
  // A and B meet only through hubs H1 and H2, each with many other
  // neighbours; the shortest paths come in id order either way round.
  Lines facts = {"A meet H1", "A meet H2", "B meet H1", "B meet H2", "A meet C", "C meet D",
                 "D meet B"};
  for (int k = 0; k < 80; ++k) {
    facts.push_back("H1 meet L" + std::to_string(k));
    facts.push_back("H2 meet L" + std::to_string(k));
  }
  TestGraph t(facts);
  CHECK(Paths(t, "A", "B", PathOptions{}) == Lines{"A H1 B", "A H2 B"});
  CHECK(Paths(t, "B", "A", PathOptions{}) == Lines{"B H1 A", "B H2 A"});
  CHECK(Paths(t, "L3", "L7", PathOptions{}) == Lines{"L3 H1 L7", "L3 H2 L7"});
  CHECK(Paths(t, "C", "L5", PathOptions{}) == Lines{"C A H1 L5", "C A H2 L5"});
  PathOptions one;
  one.max_paths = 1;
  CHECK(Paths(t, "L5", "C", one) == Lines{"L5 H1 A C"});
}

// Every simple path from a to b over the active ties, by brute force, with
// its cost summed from a as FindPaths sums it.
void AllSimplePaths(const TieIndex& index, const ActiveTies& active, uint32_t b, bool weighted,
                    std::vector<uint32_t>* current, double cost,
                    std::vector<std::pair<double, std::vector<uint32_t>>>* out) {
  const uint32_t v = current->back();
  if (v == b) {
    out->push_back({cost, *current});
    return;
  }
  uint32_t last = std::numeric_limits<uint32_t>::max();
  for (const Arc& arc : index.arcs(v)) {
    const uint32_t w = arc.neighbor;
    if (w == last || std::find(current->begin(), current->end(), w) != current->end()) continue;
    uint32_t best = 0;
    for (uint32_t tie : TiesBetween(index, active, v, w)) {
      best = std::max(best, active.support(tie));
    }
    if (best == 0) continue;
    last = w;
    current->push_back(w);
    AllSimplePaths(index, active, b, weighted, current, cost + (weighted ? 1.0 / best : 1.0), out);
    current->pop_back();
  }
}

TEST_CASE("paths: random multigraphs agree with brute force") {
  const std::vector<std::string> relations = {"condemn", "meet", "support", "visit"};
  uint32_t seed = 12345;
  auto next = [&](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  for (int round = 0; round < 40; ++round) {
    Lines facts;
    const uint32_t actors = 5 + next(4);
    const uint32_t ties = actors + next(3 * actors);
    for (uint32_t k = 0; k < ties; ++k) {
      const uint32_t s = next(actors), o = next(actors);
      if (s == o) continue;
      facts.push_back(std::string(1, char('A' + s)) + " " + relations[next(4)] + " " +
                      std::string(1, char('A' + o)) + " x" + std::to_string(1 + next(3)));
    }
    if (facts.empty()) continue;
    TestGraph t(facts);
    const TieIndex& index = t.index();
    TieFilter strong;
    strong.min_evidence = 2;
    for (const TieFilter& filter : {TieFilter{}, strong}) {
      ActiveTies active(index, filter);
      PathFinder finder(index, active);
      for (uint32_t a = 0; a < index.num_nodes(); ++a) {
        for (uint32_t b = 0; b < index.num_nodes(); ++b) {
          if (a == b) continue;
          for (bool weighted : {false, true}) {
            std::vector<uint32_t> start{a};
            std::vector<std::pair<double, std::vector<uint32_t>>> all;
            AllSimplePaths(index, active, b, weighted, &start, 0, &all);
            std::sort(all.begin(), all.end());
            INFO("graph " << round << ", " << Ids(index, {a, b}) << ", weighted " << weighted);
            // The k shortest: the k smallest costs, each a distinct simple path.
            PathOptions k;
            k.mode = PathMode::kKShortest;
            k.max_paths = 4;
            k.weighted = weighted;
            std::vector<ActorPath> got = finder.Find(a, b, k);
            REQUIRE(got.size() == std::min<size_t>(4, all.size()));
            for (size_t i = 0; i < got.size(); ++i) {
              // Equal costs summed in another order may differ in the last bit.
              CHECK(got[i].cost == doctest::Approx(all[i].first).epsilon(1e-12));
              auto same = [&](const auto& p) { return p.second == got[i].actors; };
              auto it = std::find_if(all.begin(), all.end(), same);
              REQUIRE(it != all.end());
              CHECK(it->first == got[i].cost);
              for (size_t j = 0; j < i; ++j) CHECK(got[j].actors != got[i].actors);
            }
            if (weighted) continue;
            // Every shortest path, and every simple path of up to 3 hops, in
            // id order.
            std::vector<std::string> shortest, simple;
            for (const auto& [cost, actors] : all) {
              if (cost == all.front().first) shortest.push_back(Ids(index, actors));
            }
            std::stable_sort(all.begin(), all.end(), [](const auto& x, const auto& y) {
              return x.second.size() < y.second.size();
            });
            for (const auto& [cost, actors] : all) {
              if (actors.size() <= 4) simple.push_back(Ids(index, actors));
            }
            PathOptions s;
            s.max_paths = 100;
            std::vector<std::string> got_shortest, got_simple;
            for (const ActorPath& p : finder.Find(a, b, s)) {
              got_shortest.push_back(Ids(index, p.actors));
            }
            CHECK(got_shortest == shortest);
            s.mode = PathMode::kAllSimple;
            s.max_hops = 3;
            for (const ActorPath& p : finder.Find(a, b, s)) {
              got_simple.push_back(Ids(index, p.actors));
            }
            CHECK(got_simple == simple);
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace tahaluf::testing
