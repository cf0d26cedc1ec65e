#include "tahaluf/pair_graph.h"

#include <algorithm>

namespace tahaluf {

PairGraph::PairGraph(const TieIndex& index, const ActiveTies& active) {
  offsets_.reserve(index.num_nodes() + 1);
  offsets_.push_back(0);
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    auto arcs = index.arcs(v);
    for (size_t k = 0; k < arcs.size();) {
      Pair p{arcs[k].neighbor};
      size_t j = k;
      for (; j < arcs.size() && arcs[j].neighbor == p.neighbor; ++j) {
        const uint32_t s = active.support(arcs[j].tie);
        switch (index.tie(arcs[j].tie).relation->polarity) {
          case Polarity::kCooperative: p.cooperative += s; break;
          case Polarity::kHostile: p.hostile += s; break;
          case Polarity::kNeutral: p.neutral += s; break;
        }
      }
      if (p.neighbor != v && p.cooperative + p.hostile + p.neutral > 0) pairs_.push_back(p);
      k = j;
    }
    offsets_.push_back(static_cast<uint32_t>(pairs_.size()));
  }
}

const Pair* PairGraph::Find(uint32_t u, uint32_t v) const {
  auto n = neighbors(u);
  auto it = std::lower_bound(n.begin(), n.end(), v,
                             [](const Pair& p, uint32_t x) { return p.neighbor < x; });
  return it != n.end() && it->neighbor == v ? &*it : nullptr;
}

}  // namespace tahaluf
