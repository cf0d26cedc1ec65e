// The query stage on the editable graph: "how is A tied to B?" and "who is
// near A?" over an AllianceGraph, ties taken in either direction. Both are
// breadth-first searches by Boost.Graph (breadth_first_search with a
// distance recorder) over the actors and their ties; focus.h uses them to
// cut a diagram to a path or a neighbourhood. The analytics commands ask
// the same questions of the read-only index, with filters and more kinds
// of path (paths.h).
//
// Usage:
//   tahaluf::NameMatch a = tahaluf::ResolveActor(graph, "حفتر");  // resolve.h
//   std::vector<tahaluf::Path> paths = tahaluf::ShortestPaths(graph, *a.vertex, *b.vertex, 5);
//   for (const tahaluf::Hop& h : paths[0]) { const tahaluf::EdgeInfo& e = graph.graph()[h.edge]; }
//   std::vector<size_t> hops = tahaluf::HopsFrom(graph.num_nodes(), ties, {*a.vertex});
#ifndef TAHALUF_QUERY_H_
#define TAHALUF_QUERY_H_

#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

#include "tahaluf/graph.h"

namespace tahaluf {

struct Hop {
  Vertex from, to;
  Edge edge;
  bool forward;  // true when the edge's subject is `from`
};

using Path = std::vector<Hop>;

// Up to `max_paths` shortest paths from `a` to `b`, in a stable order (at
// each actor, its neighbours by id, then relation, subject side first).
// Empty when there is no path; a single empty path when a == b.
std::vector<Path> ShortestPaths(const AllianceGraph& graph, Vertex a, Vertex b,
                                size_t max_paths);

constexpr size_t kUnreached = std::numeric_limits<size_t>::max();

// For each of `num_actors` actors, the fewest ties from any of `sources`
// to it over `ties` (pairs of actors, either direction), or kUnreached.
std::vector<size_t> HopsFrom(size_t num_actors, const std::vector<std::pair<Vertex, Vertex>>& ties,
                             const std::vector<Vertex>& sources);

}  // namespace tahaluf

#endif  // TAHALUF_QUERY_H_
