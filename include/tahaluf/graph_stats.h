// Analytics: what a graph holds. Actors by kind; ties and
// evidence by relation, polarity, language and document; dated range,
// hedged and undated evidence. Counts honour a filter (ties it leaves on,
// evidence that passes), so "stats --since 2020" describes that window.
//
// Usage:
//   tahaluf::GraphStats s = tahaluf::ComputeStats(index, active, 10);
//   s.ties_by_polarity[0]  // cooperative ties
#ifndef TAHALUF_GRAPH_STATS_H_
#define TAHALUF_GRAPH_STATS_H_

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "tahaluf/tie_index.h"

namespace tahaluf {

struct RelationCount {
  const RelationInfo* relation;
  size_t ties = 0, evidence = 0;
};

struct GraphStats {
  size_t actors = 0;           // all actors in the graph
  size_t actors_with_ties = 0; // with at least one active tie
  size_t ties = 0;             // active ties
  size_t evidence = 0;         // evidence passing the filter on active ties
  size_t hedged = 0, undated = 0;
  std::string first_date, last_date;  // "" when no evidence is dated
  size_t documents = 0;        // distinct documents among that evidence
  std::vector<std::pair<std::string, size_t>> actors_by_kind;  // by kind name
  std::vector<RelationCount> by_relation;         // relations with ties, inventory order
  std::array<size_t, 3> ties_by_polarity{};       // cooperative, hostile, neutral
  std::array<size_t, 3> evidence_by_polarity{};
  std::vector<std::pair<std::string, size_t>> evidence_by_language;  // by language code
  // The documents with the most evidence, most first, then by name.
  std::vector<std::pair<std::string, size_t>> top_documents;
};

GraphStats ComputeStats(const TieIndex& index, const ActiveTies& active, size_t top_documents);

}  // namespace tahaluf

#endif  // TAHALUF_GRAPH_STATS_H_
