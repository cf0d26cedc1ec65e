// The query stage on the read-only index: paths between two actors over
// the ties a filter leaves on (tie_index.h: relations, polarity, dates,
// evidence per tie), for the `path` and `neighbors` commands. It answers
// more than ShortestPaths on the editable graph (query.h): all shortest
// paths (bidirectional breadth-first search), the k shortest simple paths
// (Yen's algorithm over bidirectional Dijkstra), or every simple path up to
// a number of hops; optionally weighted so that a tie with more evidence
// counts as shorter (a hop costs 1 / the evidence that passes the filter,
// for the best-attested tie between the two actors).
//
// The searches are written here rather than taken from Boost.Graph,
// because a query must cost what it visits, not the size of the graph.
// benchmark/path_search_benchmark.cc on the graph of tools/bench_graph.py
// (99,636 actors, 1.9M active arcs), 20 random pairs, this 2-core machine:
// Boost's breadth_first_search over a compressed_sparse_row_graph of the
// same ties takes 6.3-11 ms per query (it walks the whole component, and
// its colour and distance maps are set for every actor), a PathFinder
// (below) 0.004 ms, for the same path lengths.
//
// A path is a sequence of actors; between two consecutive actors there may
// be several ties (a visit and a defence pact): the hop names the best
// attested one (most evidence passing, then relation name) and lists the
// others, so paths that differ only in which tie they use are one path.
//
// Usage:
//   tahaluf::ActiveTies active(index, filter);
//   tahaluf::PathOptions o;
//   o.mode = tahaluf::PathMode::kKShortest;
//   o.max_paths = 3;
//   o.weighted = true;
//   for (const tahaluf::ActorPath& p : tahaluf::FindPaths(index, active, a, b, o)) ...
#ifndef TAHALUF_PATHS_H_
#define TAHALUF_PATHS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "tahaluf/tie_index.h"

namespace tahaluf {

enum class PathMode {
  kShortest,    // every shortest path (fewest hops, or least cost), up to max_paths
  kKShortest,   // the max_paths shortest simple paths, shortest first (Yen)
  kAllSimple,   // every simple path of at most max_hops hops, fewest hops first
};

struct PathOptions {
  PathMode mode = PathMode::kShortest;
  size_t max_paths = 3;
  // kAllSimple: the longest path to list (required, >= 1). Other modes:
  // paths longer than this are not returned (0: no limit).
  size_t max_hops = 0;
  // A hop costs 1 / (evidence passing the filter) of its best tie instead
  // of 1.
  bool weighted = false;
};

struct PathHop {
  uint32_t from, to;
  uint32_t tie;       // the best-attested active tie between from and to
  bool forward;       // true when `from` is the tie's subject
  std::vector<uint32_t> other_ties;  // further active ties, best first
  double cost;        // 1, or 1 / support(tie) when weighted
};

struct ActorPath {
  std::vector<uint32_t> actors;  // from a to b
  std::vector<PathHop> hops;     // actors.size() - 1 of them
  double cost = 0;               // hops, or the sum of hop costs
};

// Paths from `a` to `b` over the ties `active` leaves on, sorted by cost,
// then by the actors' ids along the path. Empty when there is no path (or
// the filter leaves no tie); one path of no hops when a == b.
std::vector<ActorPath> FindPaths(const TieIndex& index, const ActiveTies& active, uint32_t a,
                                 uint32_t b, const PathOptions& options);

class PathSearch;

// Answers many path queries on one index and filter, keeping its scratch
// memory between them, so a query costs what it visits rather than the
// size of the graph. Same answers as FindPaths. Construction reads every
// arc once, to keep the active ties as one list of neighbours per actor
// (parallel ties folded together), some 10 ms for two million arcs: make
// one PathFinder per filter, not one per query.
class PathFinder {
 public:
  PathFinder(const TieIndex& index, const ActiveTies& active);
  ~PathFinder();
  PathFinder(const PathFinder&) = delete;
  PathFinder& operator=(const PathFinder&) = delete;
  std::vector<ActorPath> Find(uint32_t a, uint32_t b, const PathOptions& options);

 private:
  const TieIndex& index_;
  const ActiveTies& active_;
  std::unique_ptr<PathSearch> search_;
};

// The active ties between actors u and v, best first (most support, then
// relation name, subject side first).
std::vector<uint32_t> TiesBetween(const TieIndex& index, const ActiveTies& active, uint32_t u,
                                  uint32_t v);

}  // namespace tahaluf

#endif  // TAHALUF_PATHS_H_
