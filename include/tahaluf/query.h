// Stage 7: query. Answers "how is A tied to B?" on an AllianceGraph: the
// shortest paths between two actors over ties in either direction (breadth-
// first search over Boost.Graph), each hop with its relation, direction and
// the evidence behind it. Actors are named in either language, case- and
// diacritic-insensitively, by id, name or alias; an unknown name gets the
// closest known names back.
//
// Usage:
//   tahaluf::NameMatch m = tahaluf::ResolveActor(graph, "حفتر");
//   if (!m.vertex) { for (auto& s : m.suggestions) ...; }
//   std::vector<tahaluf::Path> paths = tahaluf::ShortestPaths(graph, *a, *b, 5);
#ifndef TAHALUF_QUERY_H_
#define TAHALUF_QUERY_H_

#include <optional>
#include <string>
#include <vector>

#include "tahaluf/graph.h"

namespace tahaluf {

struct NameMatch {
  std::optional<Vertex> vertex;
  std::vector<std::string> suggestions;  // "Name (ID)", closest first
};

// Finds the actor called `name`: exact id, then any name or alias after
// folding (case, diacritics, alef/yeh/ta-marbuta forms, the Arabic article).
NameMatch ResolveActor(const AllianceGraph& graph, std::string_view name);

struct Hop {
  Vertex from, to;
  Edge edge;
  bool forward;  // true when the edge's subject is `from`
};

using Path = std::vector<Hop>;

// Up to `max_paths` shortest paths from `a` to `b`, in a stable order.
// Empty when there is no path; a single empty path when a == b.
std::vector<Path> ShortestPaths(const AllianceGraph& graph, Vertex a, Vertex b,
                                size_t max_paths);

}  // namespace tahaluf

#endif  // TAHALUF_QUERY_H_
