// Queries on the editable graph: shortest paths and hops from actors, by
// Boost.Graph's breadth-first search.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analytics_util.h"
#include "tahaluf/query.h"

namespace tahaluf::testing {
namespace {

// The hops of every path as "A-B-D" lines.
std::vector<std::string> PathLines(const AllianceGraph& g, const std::string& a,
                                   const std::string& b, size_t max_paths) {
  std::vector<std::string> out;
  for (const Path& p : ShortestPaths(g, *g.FindNode(a), *g.FindNode(b), max_paths)) {
    std::string line = a;
    for (const Hop& h : p) line += "-" + g.graph()[h.to].id;
    out.push_back(line);
  }
  return out;
}

TEST_CASE("query: ShortestPaths lists every shortest path in id order") {
  struct Row {
    std::string a, b;
    size_t max_paths;
    std::vector<std::string> paths;
  };
  // A diamond A-B-D, A-C-D, a longer way A-E-F-D, and an island X-Y.
  TestGraph t({"A meet B", "C visit A", "B support D x3", "C meet D", "A meet E", "E meet F",
               "F meet D", "X meet Y"});
  const Row rows[] = {
      {"A", "D", 5, {"A-B-D", "A-C-D"}},
      {"A", "D", 1, {"A-B-D"}},
      {"D", "A", 5, {"D-B-A", "D-C-A"}},
      {"A", "F", 5, {"A-E-F"}},
      {"A", "X", 5, {}},
      {"A", "A", 5, {"A"}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.a);
    CAPTURE(r.b);
    CHECK(PathLines(t.graph(), r.a, r.b, r.max_paths) == r.paths);
  }
  // A hop says which way its tie goes.
  const AllianceGraph& g = t.graph();
  Path via_c = ShortestPaths(g, *g.FindNode("A"), *g.FindNode("C"), 1).at(0);
  REQUIRE(via_c.size() == 1);
  CHECK_FALSE(via_c[0].forward);  // C visits A
  CHECK(g.graph()[via_c[0].edge].relation->name == "visit");
}

TEST_CASE("query: HopsFrom counts ties from the nearest source, either direction") {
  // 0 - 1 - 2 - 3, and 4 alone; 5 -> 4 is not a tie asked about.
  const std::vector<std::pair<Vertex, Vertex>> ties = {{1, 0}, {1, 2}, {3, 2}};
  struct Row {
    std::vector<Vertex> sources;
    std::vector<size_t> hops;
  };
  const Row rows[] = {
      {{0}, {0, 1, 2, 3, kUnreached, kUnreached}},
      {{3}, {3, 2, 1, 0, kUnreached, kUnreached}},
      {{0, 3}, {0, 1, 1, 0, kUnreached, kUnreached}},
      {{4, 4}, {kUnreached, kUnreached, kUnreached, kUnreached, 0, kUnreached}},
      {{}, std::vector<size_t>(6, kUnreached)},
  };
  for (const Row& r : rows) {
    CHECK(HopsFrom(6, ties, r.sources) == r.hops);
  }
}

}  // namespace
}  // namespace tahaluf::testing
