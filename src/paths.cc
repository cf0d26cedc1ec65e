#include "tahaluf/paths.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <set>
#include <span>
#include <tuple>

namespace tahaluf {

std::vector<uint32_t> TiesBetween(const TieIndex& index, const ActiveTies& active, uint32_t u,
                                  uint32_t v) {
  auto arcs = index.arcs(u);
  auto it = std::lower_bound(arcs.begin(), arcs.end(), v,
                             [](const Arc& a, uint32_t x) { return a.neighbor < x; });
  std::vector<uint32_t> out;
  for (; it != arcs.end() && it->neighbor == v; ++it) {
    if (active.on(it->tie)) out.push_back(it->tie);
  }
  std::stable_sort(out.begin(), out.end(), [&](uint32_t x, uint32_t y) {
    return active.support(x) > active.support(y);
  });
  return out;
}

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

// Per-actor slots that clear in constant time: a slot counts only when its
// stamp is the current one, and reads as a blank Slot{} otherwise. Queries
// then cost what they visit, not the number of actors. All that a search
// keeps about one actor shares a slot, so a visit is one cache miss.
template <typename Slot>
class Stamped {
 public:
  explicit Stamped(size_t n) : entries_(n) {}
  void Clear() {
    if (++now_ == 0) {
      for (Entry& e : entries_) e.stamp = 0;
      now_ = 1;
    }
  }
  const Slot& operator[](uint32_t v) const {
    return entries_[v].stamp == now_ ? entries_[v].slot : kBlank;
  }
  // v's slot to write to (blank first if it was not set since Clear).
  Slot& Set(uint32_t v) {
    Entry& e = entries_[v];
    if (e.stamp != now_) {
      e.slot = Slot{};
      e.stamp = now_;
    }
    return e.slot;
  }

 private:
  struct Entry {
    Slot slot;
    uint32_t stamp = 0;
  };
  static constexpr Slot kBlank{};
  std::vector<Entry> entries_;
  uint32_t now_ = 1;
};

// Breadth-first search, side 0 from a and side 1 from b: hops from that
// end (-1: not reached), and whether a shortest path goes on from the
// actor to b (-1: not known yet).
struct LevelSlot {
  int32_t hops[2] = {-1, -1};
  int8_t reaches = -1;
};

// Few actors on a level, compared with an actor's neighbours: looking each
// of them up (a binary search) is cheaper than reading every neighbour.
constexpr size_t kProbeRatio = 16;

// How many neighbours ahead a search asks for distances to be fetched.
constexpr uint32_t kPrefetch = 12;

// Hop costs of ties with less support than this are looked up, not divided.
constexpr uint32_t kCostTable = 64;

// Dijkstra's queue of (distance, actor), smallest first, ties by actor:
// the order std::priority_queue with std::greater gives pairs. Dijkstra
// only pushes past what it last popped, so it can be a radix heap: an
// entry sits in the bucket of the highest bit where its key (the
// distance's bits, which order as the distances do when not negative,
// then the actor) differs from the last minimum, a push is an append, and
// only the bucket that holds the next minimum is ever sorted out. Most
// entries of a search are never popped and never moved.
class RadixQueue {
 public:
  struct Entry {
    double distance;
    uint32_t actor;
  };

  void Clear() {
    for (uint32_t b = 0; b < kBuckets; ++b) buckets_[b].clear();
    used_[0] = used_[1] = 0;
    last_bits_ = 0;
    last_actor_ = 0;
    size_ = 0;
  }
  bool empty() const { return size_ == 0; }
  // Calls fn(actor) for the entries not popped.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const std::vector<Entry>& bucket : buckets_) {
      for (const Entry& e : bucket) fn(e.actor);
    }
  }
  // distance >= Top().distance (or any, when empty since Clear).
  void Push(double distance, uint32_t actor) {
    const uint32_t b = Bucket(Bits(distance), actor);
    // Field by field: an Entry built on the stack and copied whole would
    // wait for its two halves to be stored first.
    Entry& e = buckets_[b].emplace_back();
    e.distance = distance;
    e.actor = actor;
    used_[b >> 6] |= uint64_t{1} << (b & 63);
    ++size_;
  }
  // The smallest entry; the queue is not empty.
  const Entry& Top() {
    if (buckets_[0].empty()) Refill();
    return buckets_[0].back();
  }
  Entry Pop() {
    const Entry top = Top();
    buckets_[0].pop_back();
    if (buckets_[0].empty()) used_[0] &= ~uint64_t{1};
    --size_;
    return top;
  }

 private:
  // Bucket 0 holds the key equal to the last minimum; bucket 1 + i those
  // whose highest differing bit is bit i of the actor, 33 + i bit i of
  // the distance.
  static constexpr uint32_t kBuckets = 1 + 32 + 64;

  static uint64_t Bits(double d) { return std::bit_cast<uint64_t>(d); }
  uint32_t Bucket(uint64_t bits, uint32_t actor) const {
    if (const uint64_t x = bits ^ last_bits_) return 33 + 63 - std::countl_zero(x);
    if (const uint32_t y = actor ^ last_actor_) return 1 + 31 - std::countl_zero(y);
    return 0;
  }
  // Moves the smallest entry into bucket 0: the lowest non-empty bucket's
  // minimum becomes the last minimum, and the rest of that bucket falls
  // into lower buckets.
  void Refill() {
    const uint32_t b = used_[0] ? static_cast<uint32_t>(std::countr_zero(used_[0]))
                                : 64 + static_cast<uint32_t>(std::countr_zero(used_[1]));
    std::vector<Entry>& from = buckets_[b];
    const Entry* min = &from[0];
    for (const Entry& e : from) {
      if (e.distance < min->distance || (e.distance == min->distance && e.actor < min->actor)) {
        min = &e;
      }
    }
    last_bits_ = Bits(min->distance);
    last_actor_ = min->actor;
    used_[b >> 6] &= ~(uint64_t{1} << (b & 63));
    for (const Entry& e : from) {
      const uint32_t to = Bucket(Bits(e.distance), e.actor);
      buckets_[to].push_back(e);
      used_[to >> 6] |= uint64_t{1} << (to & 63);
    }
    from.clear();
  }

  std::vector<Entry> buckets_[kBuckets];
  uint64_t used_[2] = {0, 0};  // which buckets hold entries
  uint64_t last_bits_ = 0;
  uint32_t last_actor_ = 0;
  size_t size_ = 0;
};

}  // namespace

// Searches over the active ties of one index; scratch arrays are kept
// between searches (Yen's algorithm runs many, the CLI may repeat).
//
// The searches do not walk the index's arcs but a compact copy made once
// per PathFinder: per actor, its neighbours over active ties in id order,
// each with the support of a tie to it. Of the ties between two actors (in
// the index's order) only the records are kept: the first, and each one
// with more support than all before it, so the last is the best-attested.
// Those are the ties that could lower a Dijkstra distance; the others
// could only have been skipped, so every search makes exactly the moves
// it made over all the arcs (the same heap entries included) and gives the
// same answer, while a hub's list shrinks to about one entry per neighbour
// and filtered-out ties cost nothing.
class PathSearch {
 public:
  PathSearch(const TieIndex& index, const ActiveTies& active)
      : n_(index.num_nodes()), level_(n_), dist_(n_, {kInfinity, kInfinity}), settled_(n_, 0),
        on_path_(n_, 0) {
    set_weighted(false);
    offsets_.resize(n_ + 1);
    neighbor_.reserve(2 * active.num_on());
    support_.reserve(2 * active.num_on());
    for (uint32_t v = 0; v < n_; ++v) {
      offsets_[v] = static_cast<uint32_t>(neighbor_.size());
      auto arcs = index.arcs(v);
      auto support = active.arc_support(v);
      uint32_t last = kNone, best = 0;
      for (size_t i = 0; i < arcs.size(); ++i) {
        if (support[i] == 0) continue;
        if (arcs[i].neighbor != last) {
          last = arcs[i].neighbor;
          best = 0;
        }
        if (support[i] <= best) continue;
        best = support[i];
        neighbor_.push_back(last);
        support_.push_back(best);
      }
    }
    offsets_[n_] = static_cast<uint32_t>(neighbor_.size());
  }

  void set_weighted(bool weighted) {
    weighted_ = weighted;
    for (uint32_t s = 1; s < kCostTable; ++s) cost_of_[s] = Cost(s, weighted);
  }

  // A hop over a tie of this support: 1, or 1 / support when weighted.
  static double Cost(uint32_t support, bool weighted) {
    return weighted ? 1.0 / static_cast<double>(support) : 1.0;
  }
  double Cost(uint32_t support) const {
    return support < kCostTable ? cost_of_[support] : Cost(support, weighted_);
  }

  // v's neighbours over active ties, in id order (one may repeat, with
  // growing support).
  std::span<const uint32_t> Neighbours(uint32_t v) const {
    return std::span<const uint32_t>(neighbor_).subspan(offsets_[v], offsets_[v + 1] - offsets_[v]);
  }

  // The cost of the hop u-v: its cheapest active tie; infinity when none.
  double HopCost(uint32_t u, uint32_t v) const {
    auto list = Neighbours(u);
    auto it = std::upper_bound(list.begin(), list.end(), v);
    if (it == list.begin() || *(it - 1) != v) return kInfinity;
    return Cost(support_[offsets_[u] + static_cast<size_t>(it - list.begin()) - 1]);
  }

  double PathCost(const std::vector<uint32_t>& actors) const {
    double c = 0;
    for (size_t k = 0; k + 1 < actors.size(); ++k) c += HopCost(actors[k], actors[k + 1]);
    return c;
  }

  // Every shortest path (fewest hops) from a to b in id order, up to
  // max_paths. Bidirectional BFS, level by level from the side whose
  // frontier has fewer neighbours to read, stopping at the first actor both
  // searches reach (as networkx's bidirectional search does); then a walk
  // of the paths that uses only the levels both searches completed:
  //   positions 0..fc by distance from a (levels 0..fc complete),
  //   positions fc+1..D by distance to b (levels 0..bc complete),
  // with fc + bc + 1 = D. The level being expanded when the searches met is
  // the one cut short, and the walk never reads it. The answer does not
  // depend on where the searches met: it is the first max_paths of all
  // shortest paths in the order of their actors' ids.
  std::vector<std::vector<uint32_t>> AllShortest(uint32_t a, uint32_t b, size_t max_paths,
                                                 size_t max_hops) {
    std::vector<std::vector<uint32_t>> out;
    level_.Clear();
    level_.Set(a).hops[0] = 0;
    level_.Set(b).hops[1] = 0;
    size_t volume[2] = {Neighbours(a).size(), Neighbours(b).size()};
    int32_t depth[2] = {0, 0};
    for (int side = 0; side < 2; ++side) {
      levels_[side].assign(1, side == 0 ? a : b);
      level_begin_[side].assign({0, 1});
    }
    bool met = false, met_forward = false;
    while (!met) {
      if (level_begin_[0][depth[0]] == levels_[0].size() ||
          level_begin_[1][depth[1]] == levels_[1].size()) {
        return out;  // a frontier ran empty: no path
      }
      if (max_hops != 0 && static_cast<size_t>(depth[0] + depth[1]) >= max_hops) return out;
      const int side = volume[0] <= volume[1] ? 0 : 1;
      const int32_t level = depth[side] + 1;
      std::vector<uint32_t>& list = levels_[side];
      const size_t begin = level_begin_[side][depth[side]], end = list.size();
      size_t next_volume = 0;
      for (size_t f = begin; f < end && !met; ++f) {
        for (uint32_t w : Neighbours(list[f])) {
          if (level_[w].hops[side] != -1) continue;
          LevelSlot& slot = level_.Set(w);
          slot.hops[side] = level;
          list.push_back(w);
          next_volume += offsets_[w + 1] - offsets_[w];
          if (slot.hops[1 - side] != -1) {
            met = true;
            met_forward = side == 0;
            break;
          }
        }
      }
      depth[side] = level;
      level_begin_[side].push_back(list.size());
      volume[side] = next_volume;
    }
    walk_ = {&out, b, max_paths, met_forward ? depth[0] - 1 : depth[0],
             met_forward ? depth[1] : depth[1] - 1};
    current_.assign(1, a);
    if (Reaches(a)) Walk(a, 0);
    return out;
  }

  // The cheapest path from s to t avoiding the actors in `blocked` and the
  // ties from `spur` to the actors in `spur_blocked`: bidirectional
  // Dijkstra. Empty when there is none, or (a search cut short) when every
  // such path costs more than `budget`.
  std::vector<uint32_t> Cheapest(uint32_t s, uint32_t t, std::span<const uint32_t> blocked,
                                 uint32_t spur, const std::vector<uint32_t>& spur_blocked,
                                 double budget) {
    if (s == t) return {s};
    for (int side = 0; side < 2; ++side) queue_[side].Clear();
    // A blocked actor's distances are NaN: no comparison with them holds,
    // so it is never reached nor met, at no cost in the loop below.
    for (uint32_t v : blocked) dist_[v] = {kNaN, kNaN};
    dist_[s][0] = 0;
    dist_[t][1] = 0;
    queue_[0].Push(0, s);
    queue_[1].Push(0, t);
    double best = kInfinity;
    uint32_t meet_v = kNone, meet_w = kNone;
    int meet_side = 0;
    auto pair_blocked = [&](uint32_t u, uint32_t w) {
      if (u != spur && w != spur) return false;
      const uint32_t other = u == spur ? w : u;
      return std::find(spur_blocked.begin(), spur_blocked.end(), other) != spur_blocked.end();
    };
    while (!queue_[0].empty() && !queue_[1].empty()) {
      // No path not met yet costs less than `reach`.
      const double top[2] = {queue_[0].Top().distance, queue_[1].Top().distance};
      const double reach = top[0] + top[1];
      if (reach >= best) break;
      if (reach > budget) {
        meet_v = kNone;  // best > reach > budget as well
        break;
      }
      const int side = top[0] <= top[1] ? 0 : 1;
      const auto [d, v] = queue_[side].Pop();
      popped_.push_back(v);
      const uint8_t settled_bit = static_cast<uint8_t>(1 << side);
      if ((settled_[v] & settled_bit) || d > dist_[v][side]) continue;
      settled_[v] |= settled_bit;
      const uint32_t end = offsets_[v + 1];
      for (uint32_t e = offsets_[v]; e < end; ++e) {
        // Reading a neighbour's distances is a cache miss; so is the
        // branch on them a mispredicted jump: asking ahead overlaps them.
        if (e + kPrefetch < end) __builtin_prefetch(&dist_[neighbor_[e + kPrefetch]]);
        const uint32_t w = neighbor_[e];
        if (pair_blocked(v, w)) continue;
        const double nd = d + Cost(support_[e]);
        std::array<double, 2>& at_w = dist_[w];
        if (nd < at_w[side]) {
          at_w[side] = nd;
          queue_[side].Push(nd, w);
        }
        const double through = nd + at_w[1 - side];
        if (through < best) {
          best = through;
          meet_v = v;
          meet_w = w;
          meet_side = side;
        }
      }
    }
    std::vector<uint32_t> path;
    if (meet_v != kNone) {
      // s ... x (forward parents), y ... t (backward parents).
      const uint32_t x = meet_side == 0 ? meet_v : meet_w;
      const uint32_t y = meet_side == 0 ? meet_w : meet_v;
      for (uint32_t v = x; v != kNone; v = Parent(v, 0, spur, spur_blocked)) path.push_back(v);
      std::reverse(path.begin(), path.end());
      for (uint32_t v = y; v != kNone; v = Parent(v, 1, spur, spur_blocked)) path.push_back(v);
    }
    // Blank again what the search wrote: an actor given a distance is in
    // a queue or was popped from one (no list of them is kept as they are
    // reached, a store less for every push).
    for (uint32_t v : blocked) dist_[v] = {kInfinity, kInfinity};
    for (int side = 0; side < 2; ++side) {
      queue_[side].ForEach([&](uint32_t v) { dist_[v] = {kInfinity, kInfinity}; });
    }
    for (uint32_t v : popped_) {
      dist_[v] = {kInfinity, kInfinity};
      settled_[v] = 0;
    }
    popped_.clear();
    return path;
  }

  // Yen's k shortest simple paths, with Lawler's refinement: a path's
  // spurs start where it left the path it was spun from, since the spurs
  // before that were tried when that path was taken.
  //
  // A spur's search stops early once every path it could still find costs
  // more than the need-th cheapest candidate (need: the paths still to
  // find). Those need candidates would all be taken before it, so it never
  // would be, and the paths found are Yen's. A path's spurs are tried from
  // its end, where searches are short, so that the long searches near its
  // start have such a limit; which candidates a round leaves does not
  // depend on the order.
  std::vector<std::vector<uint32_t>> KShortest(uint32_t a, uint32_t b, size_t k) {
    std::vector<std::vector<uint32_t>> found;
    std::vector<uint32_t> first = Cheapest(a, b, {}, kNone, {}, kInfinity);
    if (first.empty()) return found;
    found.push_back(first);
    std::vector<size_t> deviation{0};
    // (cost, path, where it deviates): cheapest first, ties by path.
    using Candidate = std::tuple<double, std::vector<uint32_t>, size_t>;
    std::set<Candidate> candidates;
    std::set<std::vector<uint32_t>> seen{first};
    std::vector<double> root_cost;
    while (found.size() < k) {
      const std::vector<uint32_t> previous = found.back();
      const size_t need = k - found.size();
      root_cost.assign(1, 0.0);  // of previous[0..i], summed as PathCost does
      for (size_t i = 0; i + 1 < previous.size(); ++i) {
        root_cost.push_back(root_cost.back() + HopCost(previous[i], previous[i + 1]));
      }
      for (size_t i = previous.size() - 1; i-- > deviation.back();) {
        const uint32_t spur = previous[i];
        std::vector<uint32_t> spur_blocked;
        for (const std::vector<uint32_t>& p : found) {
          if (p.size() > i + 1 &&
              std::equal(previous.begin(), previous.begin() + static_cast<long>(i) + 1, p.begin())) {
            spur_blocked.push_back(p[i + 1]);
          }
        }
        double budget = kInfinity;
        if (candidates.size() >= need) {
          const double limit = std::get<0>(*std::next(candidates.begin(), need - 1));
          // The margin covers sums of the same costs in another order.
          budget = limit + 1e-9 * std::max(1.0, limit) - root_cost[i];
        }
        std::vector<uint32_t> tail = Cheapest(spur, b, std::span(previous).first(i), spur,
                                              spur_blocked, budget);
        if (tail.empty()) continue;
        std::vector<uint32_t> path(previous.begin(), previous.begin() + static_cast<long>(i));
        path.insert(path.end(), tail.begin(), tail.end());
        if (seen.insert(path).second) candidates.insert({PathCost(path), path, i});
      }
      if (candidates.empty()) break;
      found.push_back(std::get<1>(*candidates.begin()));
      deviation.push_back(std::get<2>(*candidates.begin()));
      candidates.erase(candidates.begin());
    }
    return found;
  }

  // Hops to b, up to max_depth, over active ties (-1: farther or never).
  void DistancesTo(uint32_t b, size_t max_depth) {
    level_.Clear();
    level_.Set(b).hops[1] = 0;
    std::vector<uint32_t> frontier{b}, next;
    for (size_t depth = 0; depth < max_depth && !frontier.empty(); ++depth) {
      next.clear();
      for (uint32_t v : frontier) {
        for (uint32_t w : Neighbours(v)) {
          if (level_[w].hops[1] != -1) continue;
          level_.Set(w).hops[1] = static_cast<int32_t>(depth + 1);
          next.push_back(w);
        }
      }
      frontier.swap(next);
    }
  }
  int32_t to_b(uint32_t v) const { return level_[v].hops[1]; }

  // Simple paths of exactly `hops` hops from a to b (DistancesTo(b) first),
  // in id order, appended to `out` until it holds max_paths.
  void SimplePaths(uint32_t a, uint32_t b, size_t hops, size_t max_paths,
                   std::vector<std::vector<uint32_t>>* out) {
    walk_ = {out, b, max_paths, 0, 0};
    current_.assign(1, a);
    on_path_[a] = 1;
    WalkSimple(a, hops);
    on_path_[a] = 0;
  }

 private:
  // What the recursive walks share.
  struct WalkState {
    std::vector<std::vector<uint32_t>>* out;
    uint32_t b;
    size_t max_paths;
    int32_t fc, bc;  // AllShortest: the last complete level of each side
  };

  // After a search, the actor before w on its way from `side`'s end (kNone
  // for the end itself). Dijkstra set it when it first gave w its final
  // distance: the first actor settled (in order of distance, then id)
  // whose tie to w gives that distance. Finding it again here costs a
  // few lists at the end instead of a store at every improvement.
  uint32_t Parent(uint32_t w, int side, uint32_t spur, const std::vector<uint32_t>& spur_blocked) {
    const double want = dist_[w][side];
    if (want == 0) return kNone;
    uint32_t parent = kNone;
    double parent_dist = kInfinity;
    const uint8_t settled_bit = static_cast<uint8_t>(1 << side);
    for (uint32_t e = offsets_[w]; e < offsets_[w + 1]; ++e) {
      const uint32_t u = neighbor_[e];
      if (!(settled_[u] & settled_bit)) continue;
      if ((u == spur || w == spur) &&
          std::find(spur_blocked.begin(), spur_blocked.end(), u == spur ? w : u) !=
              spur_blocked.end()) {
        continue;
      }
      // The ties from u to w are the ones from w to u: the cheapest is the
      // last entry for u.
      if (e + 1 < offsets_[w + 1] && neighbor_[e + 1] == u) continue;
      const double d = dist_[u][side];
      if (d + Cost(support_[e]) == want && (d < parent_dist || (d == parent_dist && u < parent))) {
        parent = u;
        parent_dist = d;
      }
    }
    return parent;
  }

  // Calls fn(w) for the neighbours w of v that are on level `level` of
  // `side`'s search, in id order, until fn returns false. When that level
  // holds few actors, each is looked up among v's neighbours instead of
  // reading them all (a hub on a path has tens of thousands).
  template <typename Fn>
  void ForEachNeighbourOn(uint32_t v, int side, int32_t level, Fn&& fn) {
    auto list = Neighbours(v);
    const std::vector<uint32_t>& on_level = levels_[side];
    const size_t level_begin = level_begin_[side][static_cast<size_t>(level)];
    const size_t level_end = level_begin_[side][static_cast<size_t>(level) + 1];
    if ((level_end - level_begin) * kProbeRatio < list.size()) {
      // probe_ is a stack: nested calls push above this call's hits and
      // pop them again before returning.
      const size_t start = probe_.size();
      for (size_t k = level_begin; k < level_end; ++k) {
        if (std::binary_search(list.begin(), list.end(), on_level[k])) {
          probe_.push_back(on_level[k]);
        }
      }
      const size_t end = probe_.size();
      std::sort(probe_.begin() + static_cast<long>(start), probe_.end());
      for (size_t k = start; k < end; ++k) {
        if (!fn(probe_[k])) break;
      }
      probe_.resize(start);
      return;
    }
    uint32_t last = kNone;
    for (uint32_t w : list) {
      if (w == last) continue;
      last = w;
      if (level_[w].hops[side] == level && !fn(w)) return;
    }
  }

  // Whether a shortest path goes on from v, at distance <= fc from a.
  bool Reaches(uint32_t v) {
    const int8_t known = level_[v].reaches;
    if (known != -1) return known == 1;
    const int32_t p = level_[v].hops[0];
    bool ok = false;
    if (p == walk_.fc) {
      ForEachNeighbourOn(v, 1, walk_.bc, [&](uint32_t) { return !(ok = true); });
    } else {
      ForEachNeighbourOn(v, 0, p + 1, [&](uint32_t w) { return !(ok = Reaches(w)); });
    }
    level_.Set(v).reaches = ok ? 1 : 0;
    return ok;
  }

  // AllShortest's walk: current_ ends at v, `position` hops from a.
  void Walk(uint32_t v, int32_t position) {
    if (walk_.out->size() >= walk_.max_paths) return;
    if (v == walk_.b) {
      walk_.out->push_back(current_);
      return;
    }
    const bool before = position < walk_.fc;
    const int side = before ? 0 : 1;
    const int32_t level = before                    ? position + 1
                          : position == walk_.fc    ? walk_.bc
                                                    : level_[v].hops[1] - 1;
    ForEachNeighbourOn(v, side, level, [&](uint32_t w) {
      if (before && !Reaches(w)) return true;
      current_.push_back(w);
      Walk(w, position + 1);
      current_.pop_back();
      return walk_.out->size() < walk_.max_paths;
    });
  }

  // SimplePaths' walk: current_ ends at v, `left` hops to go.
  void WalkSimple(uint32_t v, size_t left) {
    std::vector<std::vector<uint32_t>>* out = walk_.out;
    if (out->size() >= walk_.max_paths) return;
    if (left == 0) {
      if (v == walk_.b) out->push_back(current_);
      return;
    }
    uint32_t last = kNone;
    for (uint32_t w : Neighbours(v)) {
      if (w == last || on_path_[w]) continue;
      last = w;
      const int32_t d = level_[w].hops[1];
      if (d < 0 || static_cast<size_t>(d) > left - 1) continue;
      if (w == walk_.b && left != 1) continue;
      on_path_[w] = 1;
      current_.push_back(w);
      WalkSimple(w, left - 1);
      current_.pop_back();
      on_path_[w] = 0;
      if (out->size() >= walk_.max_paths) return;
    }
  }

  const size_t n_;
  bool weighted_ = false;
  double cost_of_[kCostTable] = {};
  // The compact neighbour lists: actor v's are [offsets_[v], offsets_[v + 1]).
  std::vector<uint32_t> offsets_, neighbor_, support_;
  Stamped<LevelSlot> level_;
  // AllShortest: the actors each side reached, level by level (level L of
  // side s is levels_[s][level_begin_[s][L] .. level_begin_[s][L + 1])).
  std::vector<uint32_t> levels_[2];
  std::vector<size_t> level_begin_[2];
  std::vector<uint32_t> probe_;
  WalkState walk_{};
  std::vector<uint32_t> current_;
  // Cheapest: per actor, the distance from each end (side 0 from s, 1
  // from t; read for every neighbour, so 16 bytes an actor and nothing
  // else) and which sides settled it. A search blanks what it wrote before
  // it returns.
  std::vector<std::array<double, 2>> dist_;
  std::vector<uint8_t> settled_;
  std::vector<uint32_t> popped_;  // the actors a search took from its queues
  RadixQueue queue_[2];
  std::vector<char> on_path_;  // all zero between searches
};

PathFinder::PathFinder(const TieIndex& index, const ActiveTies& active)
    : index_(index), active_(active), search_(std::make_unique<PathSearch>(index, active)) {}

PathFinder::~PathFinder() = default;

std::vector<ActorPath> PathFinder::Find(uint32_t a, uint32_t b, const PathOptions& options) {
  const TieIndex& index = index_;
  const ActiveTies& active = active_;
  std::vector<ActorPath> out;
  if (a >= index.num_nodes() || b >= index.num_nodes() || options.max_paths == 0) return out;
  if (a == b) {
    ActorPath p;
    p.actors = {a};
    out.push_back(p);
    return out;
  }
  PathSearch& search = *search_;
  search.set_weighted(options.weighted);
  std::vector<std::vector<uint32_t>> found;
  switch (options.mode) {
    case PathMode::kShortest:
      if (!options.weighted) {
        found = search.AllShortest(a, b, options.max_paths, options.max_hops);
      } else {
        // Ties in cost are rare with weights; the k cheapest paths, kept
        // while they cost no more than the cheapest.
        found = search.KShortest(a, b, options.max_paths);
        if (!found.empty()) {
          const double best = search.PathCost(found.front());
          std::erase_if(found, [&](const std::vector<uint32_t>& p) {
            return search.PathCost(p) > best + 1e-9 * std::max(1.0, best);
          });
        }
      }
      break;
    case PathMode::kKShortest:
      found = search.KShortest(a, b, options.max_paths);
      break;
    case PathMode::kAllSimple: {
      if (options.max_hops == 0) return out;
      search.DistancesTo(b, options.max_hops);
      if (search.to_b(a) < 0) return out;
      for (size_t hops = static_cast<size_t>(search.to_b(a));
           hops <= options.max_hops && found.size() < options.max_paths; ++hops) {
        search.SimplePaths(a, b, hops, options.max_paths, &found);
      }
      break;
    }
  }
  for (const std::vector<uint32_t>& actors : found) {
    if (options.max_hops != 0 && actors.size() - 1 > options.max_hops) continue;
    ActorPath p;
    p.actors = actors;
    bool whole = true;
    for (size_t k = 0; k + 1 < actors.size(); ++k) {
      std::vector<uint32_t> ties = TiesBetween(index, active, actors[k], actors[k + 1]);
      // The search walked a tie here, so there is one, in an index that
      // keeps its promises (tie_index_file.h checks a loaded one); a path
      // without it is left out rather than read past an empty list.
      whole = !ties.empty();
      if (!whole) break;
      PathHop h;
      h.from = actors[k];
      h.to = actors[k + 1];
      h.tie = ties.front();
      h.forward = index.tie(h.tie).source == h.from;
      h.other_ties.assign(ties.begin() + 1, ties.end());
      h.cost = search.HopCost(h.from, h.to);
      p.cost += h.cost;
      p.hops.push_back(std::move(h));
    }
    if (whole) out.push_back(std::move(p));
  }
  std::stable_sort(out.begin(), out.end(), [&](const ActorPath& x, const ActorPath& y) {
    if (options.mode == PathMode::kAllSimple && x.hops.size() != y.hops.size()) {
      return x.hops.size() < y.hops.size();
    }
    if (x.cost != y.cost) return x.cost < y.cost;
    return x.actors < y.actors;
  });
  return out;
}

std::vector<ActorPath> FindPaths(const TieIndex& index, const ActiveTies& active, uint32_t a,
                                 uint32_t b, const PathOptions& options) {
  return PathFinder(index, active).Find(a, b, options);
}

}  // namespace tahaluf
