#include "tahaluf/balance.h"

#include <algorithm>
#include <queue>

#include "tahaluf/pair_graph.h"
#include "tahaluf/paths.h"

namespace tahaluf {
namespace {

uint32_t Strength(const Pair& p) {
  return p.cooperative > p.hostile ? p.cooperative - p.hostile : p.hostile - p.cooperative;
}

}  // namespace

BalanceReport FindUnbalancedTriads(const TieIndex& index, const ActiveTies& active, bool weak,
                                   size_t max_listed) {
  BalanceReport report;
  PairGraph pairs(index, active);
  const size_t n = pairs.num_nodes();
  // Signed pairs only; rank actors by (signed degree, id).
  std::vector<uint32_t> degree(n, 0);
  for (uint32_t v = 0; v < n; ++v) {
    for (const Pair& p : pairs.neighbors(v)) degree[v] += p.sign() != 0;
  }
  auto before = [&](uint32_t u, uint32_t v) {
    return degree[u] != degree[v] ? degree[u] < degree[v] : u < v;
  };
  // Out-pairs: towards higher-ranked actors.
  std::vector<uint32_t> offsets{0};
  struct Out {
    uint32_t to;
    int8_t sign;
    uint32_t strength;
  };
  std::vector<Out> out;
  for (uint32_t v = 0; v < n; ++v) {
    for (const Pair& p : pairs.neighbors(v)) {
      if (p.sign() != 0 && before(v, p.neighbor)) {
        out.push_back({p.neighbor, static_cast<int8_t>(p.sign()), Strength(p)});
      }
    }
    offsets.push_back(static_cast<uint32_t>(out.size()));
  }
  // Keeps the max_listed first triads in listing order: ++- before ---,
  // best attested first, then by ids.
  auto listed_before = [](const Triad& x, const Triad& y) {
    return std::make_tuple(x.hostile_pairs(), -static_cast<int64_t>(x.weakest), x.a, x.b, x.c) <
           std::make_tuple(y.hostile_pairs(), -static_cast<int64_t>(y.weakest), y.a, y.b, y.c);
  };
  std::priority_queue<Triad, std::vector<Triad>, decltype(listed_before)> keep(listed_before);
  std::vector<int8_t> mark(n, 0);
  std::vector<uint32_t> mark_strength(n, 0);
  for (uint32_t u = 0; u < n; ++u) {
    for (uint32_t e = offsets[u]; e < offsets[u + 1]; ++e) {
      mark[out[e].to] = out[e].sign;
      mark_strength[out[e].to] = out[e].strength;
    }
    for (uint32_t e = offsets[u]; e < offsets[u + 1]; ++e) {
      const uint32_t v = out[e].to;
      for (uint32_t f = offsets[v]; f < offsets[v + 1]; ++f) {
        const uint32_t w = out[f].to;
        if (mark[w] == 0) continue;
        // Signs: u-v, v-w, u-w.
        const int hostile = (out[e].sign < 0) + (out[f].sign < 0) + (mark[w] < 0);
        ++report.triangles[hostile];
        const bool unbalanced = hostile == 1 || (hostile == 3 && !weak);
        if (!unbalanced) continue;
        ++report.unbalanced_total;
        if (max_listed == 0) continue;
        // The three signs are in hand (u-v, v-w, u-w): no search of the
        // pairs, which a damaged index could make come back empty.
        auto sign = [&](uint32_t x, uint32_t y) -> int8_t {
          auto is = [&](uint32_t a, uint32_t b) { return (x == a && y == b) || (x == b && y == a); };
          return is(u, v) ? out[e].sign : is(v, w) ? out[f].sign : mark[w];
        };
        uint32_t ids[3] = {u, v, w};
        std::sort(ids, ids + 3);
        Triad t{ids[0], ids[1], ids[2], sign(ids[0], ids[1]), sign(ids[0], ids[2]),
                sign(ids[1], ids[2]),
                std::min({out[e].strength, out[f].strength, mark_strength[w]})};
        if (keep.size() < max_listed) {
          keep.push(t);
        } else if (listed_before(t, keep.top())) {
          keep.pop();
          keep.push(t);
        }
      }
    }
    for (uint32_t e = offsets[u]; e < offsets[u + 1]; ++e) mark[out[e].to] = 0;
  }
  while (!keep.empty()) {
    report.unbalanced.push_back(keep.top());
    keep.pop();
  }
  std::reverse(report.unbalanced.begin(), report.unbalanced.end());
  size_t total = report.triangles[0] + report.triangles[1] + report.triangles[2] + report.triangles[3];
  if (total > 0) {
    report.balance_ratio =
        1.0 - static_cast<double>(report.unbalanced_total) / static_cast<double>(total);
  }
  return report;
}

std::string_view TriadKind(const Triad& triad) {
  return triad.hostile_pairs() == 1 ? "the ally of my ally is my enemy" : "three mutual enemies";
}

std::optional<uint32_t> SignedTieBetween(const TieIndex& index, const ActiveTies& active,
                                         uint32_t u, uint32_t v, int sign) {
  const Polarity want = sign > 0 ? Polarity::kCooperative : Polarity::kHostile;
  for (uint32_t t : TiesBetween(index, active, u, v)) {
    if (index.tie(t).relation->polarity == want) return t;
  }
  return std::nullopt;
}

}  // namespace tahaluf
