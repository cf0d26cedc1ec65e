// Analytics: structural balance. In a balanced alliance system
// "the friend of my friend is my friend" and "the enemy of my enemy is my
// friend"; a triangle of actors whose three pairs are each allied (+) or
// hostile (-) (pair_graph.h: the sign of cooperative minus hostile
// evidence) breaks balance when it has an odd number of hostile pairs:
//   ++-  the ally of my ally is my enemy
//   ---  three mutual enemies (allowed by Davis's weak balance, so left
//        out with `weak`)
// Pairs with no sign (neutral ties only, or as much cooperative as hostile
// evidence) make no triangle.
//
// Triangles are found by orienting each pair from the lower- to the
// higher-degree actor (O(m^1.5)), so every triangle is seen once.
//
// Usage:
//   tahaluf::BalanceReport r = tahaluf::FindUnbalancedTriads(index, active, false, 20);
//   r.triangles[1]  // how many ++- triangles
//   for (const tahaluf::Triad& t : r.unbalanced) ...
#ifndef TAHALUF_BALANCE_H_
#define TAHALUF_BALANCE_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "tahaluf/tie_index.h"

namespace tahaluf {

struct Triad {
  uint32_t a, b, c;            // actors, a < b < c
  int8_t ab, ac, bc;           // pair signs, +1 or -1
  // How well attested the triad is: over its three pairs, the smallest
  // margin of cooperative over hostile evidence (or the reverse).
  uint32_t weakest;
  int hostile_pairs() const { return (ab < 0) + (ac < 0) + (bc < 0); }
};

struct BalanceReport {
  // Triangles by number of hostile pairs: +++, ++-, +--, ---.
  std::array<size_t, 4> triangles{};
  size_t unbalanced_total = 0;  // ++- (and --- unless weak)
  // Up to max_listed unbalanced triads: ++- before ---, then best attested
  // first (the largest `weakest`), then by actor ids.
  std::vector<Triad> unbalanced;
  // Balanced triangles over all triangles (1 when there are none).
  double balance_ratio = 1;
};

BalanceReport FindUnbalancedTriads(const TieIndex& index, const ActiveTies& active, bool weak,
                                   size_t max_listed);

// What an unbalanced triad is, in words: "the ally of my ally is my enemy"
// (++-) or "three mutual enemies" (---).
std::string_view TriadKind(const Triad& triad);

// The tie that stands for a pair's sign (+1 or -1) in a triad: the best
// attested active tie between u and v of that polarity, if any.
std::optional<uint32_t> SignedTieBetween(const TieIndex& index, const ActiveTies& active,
                                         uint32_t u, uint32_t v, int sign);

}  // namespace tahaluf

#endif  // TAHALUF_BALANCE_H_
