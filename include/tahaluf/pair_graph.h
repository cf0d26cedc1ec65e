// Analytics: the actor-pair view of an alliance graph that blocs,
// balance and brokers share. One undirected entry per pair of actors with
// at least one active tie, carrying how much cooperative, hostile and
// neutral evidence (passing the filter) ties them, whatever the relations
// and directions. Self-ties are left out.
//
// A pair's sign is the sign of (cooperative - hostile evidence): +1 allies,
// -1 enemies, 0 when neither dominates or only neutral ties join them.
//
// Usage:
//   tahaluf::PairGraph pairs(index, active);
//   for (const tahaluf::Pair& p : pairs.neighbors(v)) if (p.sign() < 0) ...
#ifndef TAHALUF_PAIR_GRAPH_H_
#define TAHALUF_PAIR_GRAPH_H_

#include <cstdint>
#include <span>
#include <vector>

#include "tahaluf/tie_index.h"

namespace tahaluf {

struct Pair {
  uint32_t neighbor;
  uint32_t cooperative = 0, hostile = 0, neutral = 0;  // evidence passing the filter
  int sign() const { return cooperative > hostile ? 1 : hostile > cooperative ? -1 : 0; }
};

class PairGraph {
 public:
  PairGraph(const TieIndex& index, const ActiveTies& active);
  size_t num_nodes() const { return offsets_.size() - 1; }
  size_t num_pairs() const { return pairs_.size() / 2; }
  // v's pairs by neighbour id.
  std::span<const Pair> neighbors(uint32_t v) const {
    return std::span<const Pair>(pairs_).subspan(offsets_[v], offsets_[v + 1] - offsets_[v]);
  }
  // The pair u-v, or null.
  const Pair* Find(uint32_t u, uint32_t v) const;

 private:
  std::vector<uint32_t> offsets_;
  std::vector<Pair> pairs_;
};

}  // namespace tahaluf

#endif  // TAHALUF_PAIR_GRAPH_H_
