// Analytics: who holds the alliance system together. Degree (how
// many actors an actor has active ties with) and betweenness (on how many
// shortest paths between other actors it lies; Brandes's algorithm, run by
// Boost.Graph on the actor pairs as an undirected, unweighted graph), and
// the brokers: the actors with the highest betweenness, with the blocs
// (blocs.h) their ties reach.
//
// Betweenness is not normalised and counts each unordered pair of actors
// once, as networkx's betweenness_centrality(G, normalized=False) does on an
// undirected graph. On large graphs an estimate from `sample` source actors
// (picked by a fixed pseudo-random sequence, so runs agree) scaled by
// n / sample replaces the exact count, as in Brandes & Pich (2007).
//
// Usage:
//   tahaluf::Centrality c = tahaluf::ComputeCentrality(index, active, {});
//   tahaluf::Blocs blocs = tahaluf::FindBlocs(index, active);
//   for (const tahaluf::Broker& b : tahaluf::TopBrokers(index, active, c, blocs, 10)) ...
#ifndef TAHALUF_CENTRALITY_H_
#define TAHALUF_CENTRALITY_H_

#include <cstdint>
#include <vector>

#include "tahaluf/blocs.h"
#include "tahaluf/tie_index.h"

namespace tahaluf {

struct CentralityOptions {
  // 0: exact (every actor a source). Otherwise this many sources, when
  // fewer than the actors.
  size_t sample = 0;
};

struct Centrality {
  std::vector<uint32_t> degree;      // distinct actors tied to, per actor
  std::vector<double> betweenness;   // per actor
  bool sampled = false;
  size_t sources = 0;                // source actors used
};

Centrality ComputeCentrality(const TieIndex& index, const ActiveTies& active,
                             const CentralityOptions& options);

struct Broker {
  uint32_t actor;
  uint32_t degree;
  double betweenness;
  int32_t bloc;              // Blocs::kNoBloc when none
  uint32_t blocs_reached;    // other blocs among its tied actors
};

// The `k` actors with the highest betweenness (then degree, then id) that
// have at least one tie.
std::vector<Broker> TopBrokers(const TieIndex& index, const ActiveTies& active,
                               const Centrality& centrality, const Blocs& blocs, size_t k);

}  // namespace tahaluf

#endif  // TAHALUF_CENTRALITY_H_
