#include "tahaluf/query.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <limits>
#include <queue>
#include <set>

#include "tahaluf/lexicon.h"
#include "tahaluf/normalize.h"

namespace tahaluf {
namespace {

// Folded key: tokens without the Arabic article, joined by spaces.
std::string Key(std::string_view name) {
  std::string out;
  for (const std::string& t : NameTokens(name)) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// The folded-name search shared by both ResolveActor overloads: `names_of(k,
// fn)` calls fn on every name of candidate k (id, names, aliases), in id
// order; `label(k)` is how a suggestion shows it.
template <typename NamesOf, typename Label>
NameMatch ResolveFolded(size_t count, std::string_view name, NamesOf names_of, Label label) {
  NameMatch result;
  std::string want = Key(name);
  std::vector<std::pair<size_t, std::string>> scored;
  for (size_t k = 0; k < count; ++k) {
    size_t best = std::numeric_limits<size_t>::max();
    bool found = false;
    names_of(k, [&](std::string_view s) {
      if (found) return;
      std::string key = Key(s);
      if (key.empty()) return;
      if (key == want) {
        found = true;
        return;
      }
      best = std::min(best, EditDistance(key, want));
    });
    if (found) {
      result.vertex = k;
      return result;
    }
    scored.push_back({best, label(k)});
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t limit = std::max<size_t>(3, want.size() / 2);
  for (const auto& [d, text] : scored) {
    if (result.suggestions.size() >= 5 || d > limit) break;
    result.suggestions.push_back(text);
  }
  return result;
}

}  // namespace

NameMatch ResolveActor(const AllianceGraph& graph, std::string_view name) {
  if (auto v = graph.FindNode(name)) {
    NameMatch result;
    result.vertex = v;
    return result;
  }
  const Graph& g = graph.graph();
  std::vector<Vertex> sorted = graph.SortedNodes();
  NameMatch m = ResolveFolded(
      sorted.size(), name,
      [&](size_t k, auto&& fn) {
        const NodeInfo& n = g[sorted[k]];
        fn(n.id);
        fn(n.name);
        fn(n.name_ar);
        for (const std::string& a : n.aliases) fn(a);
      },
      [&](size_t k) { return g[sorted[k]].name + " (" + g[sorted[k]].id + ")"; });
  if (m.vertex) m.vertex = sorted[*m.vertex];
  return m;
}

NameMatch ResolveActor(const TieIndex& index, std::string_view name) {
  NameMatch result;
  if (auto v = index.Find(name)) {
    result.vertex = *v;
    return result;
  }
  // A name or alias written exactly as stored needs no folding.
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    const IndexNode& n = index.node(v);
    bool hit = n.name == name || n.name_ar == name;
    for (std::string_view a : index.aliases(v)) hit = hit || a == name;
    if (hit) {
      result.vertex = v;
      return result;
    }
  }
  return ResolveFolded(
      index.num_nodes(), name,
      [&](size_t k, auto&& fn) {
        const IndexNode& n = index.node(static_cast<uint32_t>(k));
        fn(n.id);
        fn(n.name);
        fn(n.name_ar);
        for (std::string_view a : index.aliases(static_cast<uint32_t>(k))) fn(a);
      },
      [&](size_t k) {
        const IndexNode& n = index.node(static_cast<uint32_t>(k));
        return std::string(n.name) + " (" + std::string(n.id) + ")";
      });
}

std::vector<Path> ShortestPaths(const AllianceGraph& graph, Vertex a, Vertex b, size_t max_paths) {
  const Graph& g = graph.graph();
  std::vector<Path> out;
  if (a == b) {
    out.push_back({});
    return out;
  }
  const size_t n = boost::num_vertices(g);
  const size_t kUnseen = std::numeric_limits<size_t>::max();
  std::vector<size_t> dist(n, kUnseen);
  // Neighbours in a stable order: by the neighbour's id, then relation.
  auto neighbours = [&](Vertex v) {
    std::vector<Hop> hops;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      hops.push_back({v, boost::target(*it, g), *it, true});
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      hops.push_back({v, boost::source(*it, g), *it, false});
    std::sort(hops.begin(), hops.end(), [&](const Hop& x, const Hop& y) {
      return std::make_tuple(std::string_view(g[x.to].id), g[x.edge].relation->name, !x.forward) <
             std::make_tuple(std::string_view(g[y.to].id), g[y.edge].relation->name, !y.forward);
    });
    return hops;
  };
  auto bfs = [&](Vertex from, std::vector<size_t>* d, Vertex stop_at, size_t max_depth) {
    std::deque<Vertex> queue{from};
    (*d)[from] = 0;
    while (!queue.empty()) {
      Vertex v = queue.front();
      queue.pop_front();
      if (v == stop_at || (*d)[v] >= max_depth) continue;
      for (const Hop& h : neighbours(v)) {
        if ((*d)[h.to] == kUnseen) {
          (*d)[h.to] = (*d)[v] + 1;
          queue.push_back(h.to);
        }
      }
    }
  };
  bfs(a, &dist, b, kUnseen);
  if (dist[b] == kUnseen) return out;
  // Distances to b, only as deep as the path: a hop is on a shortest path
  // when dist(a, v) + dist(v, b) is the shortest length.
  std::vector<size_t> to_b(n, kUnseen);
  bfs(b, &to_b, n, dist[b]);
  // Enumerate shortest paths depth-first along dist-increasing hops.
  Path current;
  std::vector<Path>* sink = &out;
  std::function<void(Vertex)> walk = [&](Vertex v) {
    if (sink->size() >= max_paths) return;
    if (v == b) {
      sink->push_back(current);
      return;
    }
    for (const Hop& h : neighbours(v)) {
      if (dist[h.to] != dist[v] + 1 || to_b[h.to] == kUnseen ||
          dist[h.to] + to_b[h.to] != dist[b]) continue;
      current.push_back(h);
      walk(h.to);
      current.pop_back();
      if (sink->size() >= max_paths) return;
    }
  };
  walk(a);
  return out;
}

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
constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

// A per-actor array that clears in constant time: a value counts only when
// its stamp is the current one. Queries then cost what they visit, not the
// number of actors.
template <typename T>
class Stamped {
 public:
  Stamped(size_t n, T blank) : slots_(n, Slot{blank, 0}), blank_(blank) {}
  void Clear() {
    if (++now_ == 0) {
      for (Slot& s : slots_) s.stamp = 0;
      now_ = 1;
    }
  }
  T operator[](uint32_t v) const { return slots_[v].stamp == now_ ? slots_[v].value : blank_; }
  void Set(uint32_t v, T x) { slots_[v] = Slot{x, now_}; }

 private:
  struct Slot {
    T value;
    uint32_t stamp;
  };
  std::vector<Slot> slots_;  // value and stamp side by side: one cache line
  uint32_t now_ = 1;
  T blank_;
};

}  // namespace

// Searches over the active ties of one index; scratch arrays are kept
// between searches (Yen's algorithm runs many, the CLI may repeat).
class PathSearch {
 public:
  PathSearch(const TieIndex& index, const ActiveTies& active)
      : index_(index), active_(active), n_(index.num_nodes()), df_(n_, -1), db_(n_, -1),
        reach_(n_, -1), dist_{{n_, kInfinity}, {n_, kInfinity}}, parent_{{n_, kNone}, {n_, kNone}},
        settled_{{n_, 0}, {n_, 0}}, to_b_(n_, -1), blocked_(n_, 0), on_path_(n_, 0) {}

  void set_weighted(bool weighted) { weighted_ = weighted; }

  double ArcCost(const Arc& arc) const {
    return weighted_ ? 1.0 / static_cast<double>(active_.support(arc.tie)) : 1.0;
  }

  // The cost of the hop u-v: its cheapest active tie; infinity when none.
  double HopCost(uint32_t u, uint32_t v) const {
    double best = kInfinity;
    auto arcs = index_.arcs(u);
    auto it = std::lower_bound(arcs.begin(), arcs.end(), v,
                               [](const Arc& a, uint32_t x) { return a.neighbor < x; });
    for (; it != arcs.end() && it->neighbor == v; ++it) {
      if (active_.on(it->tie)) best = std::min(best, ArcCost(*it));
    }
    return best;
  }

  double PathCost(const std::vector<uint32_t>& actors) const {
    double c = 0;
    for (size_t k = 0; k + 1 < actors.size(); ++k) c += HopCost(actors[k], actors[k + 1]);
    return c;
  }

  // Every shortest path (fewest hops) from a to b in id order, up to
  // max_paths. Bidirectional BFS, level by level from the smaller
  // frontier, stopping at the first actor both searches reach (as
  // networkx's bidirectional search does); then a walk of the paths that
  // uses only the levels both searches completed:
  //   positions 0..fc by distance from a (levels 0..fc complete),
  //   positions fc+1..D by distance to b (levels 0..bc complete),
  // with fc + bc + 1 = D. The level being expanded when the searches met is
  // the one cut short, and the walk never reads it.
  std::vector<std::vector<uint32_t>> AllShortest(uint32_t a, uint32_t b, size_t max_paths,
                                                 size_t max_hops) {
    std::vector<std::vector<uint32_t>> out;
    df_.Clear();
    db_.Clear();
    df_.Set(a, 0);
    db_.Set(b, 0);
    std::vector<uint32_t> ff{a}, fb{b}, next;
    int depth_f = 0, depth_b = 0;
    bool met = false, met_forward = false;
    while (!ff.empty() && !fb.empty() && !met) {
      if (max_hops != 0 && static_cast<size_t>(depth_f + depth_b) >= max_hops) return out;
      // Expand the side whose frontier has fewer ties to walk (hubs make
      // a small frontier expensive).
      size_t volume_f = 0, volume_b = 0;
      for (uint32_t v : ff) volume_f += index_.arcs(v).size();
      for (uint32_t v : fb) volume_b += index_.arcs(v).size();
      const bool forward = volume_f <= volume_b;
      std::vector<uint32_t>& frontier = forward ? ff : fb;
      Stamped<int32_t>& d = forward ? df_ : db_;
      const Stamped<int32_t>& other = forward ? db_ : df_;
      const int32_t level = (forward ? depth_f : depth_b) + 1;
      next.clear();
      for (size_t f = 0; f < frontier.size() && !met; ++f) {
        const uint32_t v = frontier[f];
        auto arcs = index_.arcs(v);
        auto support = active_.arc_support(v);
        for (size_t i = 0; i < arcs.size(); ++i) {
          const uint32_t w = arcs[i].neighbor;
          if (support[i] == 0 || d[w] != -1) continue;
          d.Set(w, level);
          next.push_back(w);
          if (other[w] != -1) {
            met = true;
            met_forward = forward;
            break;
          }
        }
      }
      (forward ? depth_f : depth_b) = level;
      frontier.swap(next);
    }
    if (!met) return out;
    const int32_t fc = met_forward ? depth_f - 1 : depth_f;
    const int32_t bc = met_forward ? depth_b : depth_b - 1;
    reach_.Clear();
    std::vector<uint32_t> current{a};
    // Whether v (at distance df(v) <= fc from a) starts a shortest path on.
    std::function<bool(uint32_t)> reaches = [&](uint32_t v) -> bool {
      if (reach_[v] != -1) return reach_[v] == 1;
      bool ok = false;
      auto arcs = index_.arcs(v);
      auto support = active_.arc_support(v);
      for (size_t i = 0; i < arcs.size() && !ok; ++i) {
        if (support[i] == 0) continue;
        const uint32_t w = arcs[i].neighbor;
        ok = df_[v] == fc ? db_[w] == bc : df_[w] == df_[v] + 1 && reaches(w);
      }
      reach_.Set(v, ok ? 1 : 0);
      return ok;
    };
    std::function<void(uint32_t, int32_t)> walk = [&](uint32_t v, int32_t position) {
      if (out.size() >= max_paths) return;
      if (v == b) {
        out.push_back(current);
        return;
      }
      uint32_t last = kNone;
      auto arcs = index_.arcs(v);
      auto support = active_.arc_support(v);
      for (size_t i = 0; i < arcs.size(); ++i) {
        const uint32_t w = arcs[i].neighbor;
        if (w == last || support[i] == 0) continue;
        bool step;
        if (position < fc) {
          step = df_[w] == position + 1 && reaches(w);
        } else if (position == fc) {
          step = db_[w] == bc;
        } else {
          step = db_[w] != -1 && db_[w] == db_[v] - 1;
        }
        if (!step) continue;
        last = w;
        current.push_back(w);
        walk(w, position + 1);
        current.pop_back();
        if (out.size() >= max_paths) return;
      }
    };
    if (reaches(a)) walk(a, 0);
    return out;
  }

  // The cheapest path from s to t avoiding blocked_ actors and the ties
  // from `spur` to the actors in `spur_blocked`: bidirectional Dijkstra.
  // Empty when there is none.
  std::vector<uint32_t> Cheapest(uint32_t s, uint32_t t, uint32_t spur,
                                 const std::vector<uint32_t>& spur_blocked) {
    if (s == t) return {s};
    for (int side = 0; side < 2; ++side) {
      dist_[side].Clear();
      parent_[side].Clear();
      settled_[side].Clear();
    }
    using Item = std::pair<double, uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap[2];
    dist_[0].Set(s, 0);
    dist_[1].Set(t, 0);
    heap[0].push({0, s});
    heap[1].push({0, t});
    double best = kInfinity;
    uint32_t meet_v = kNone, meet_w = kNone;
    int meet_side = 0;
    auto pair_blocked = [&](uint32_t u, uint32_t w) {
      if (u != spur && w != spur) return false;
      const uint32_t other = u == spur ? w : u;
      return std::find(spur_blocked.begin(), spur_blocked.end(), other) != spur_blocked.end();
    };
    while (!heap[0].empty() && !heap[1].empty()) {
      if (heap[0].top().first + heap[1].top().first >= best) break;
      const int side = heap[0].top().first <= heap[1].top().first ? 0 : 1;
      auto [d, v] = heap[side].top();
      heap[side].pop();
      if (settled_[side][v] || d > dist_[side][v]) continue;
      settled_[side].Set(v, 1);
      auto arcs = index_.arcs(v);
      auto support = active_.arc_support(v);
      for (size_t i = 0; i < arcs.size(); ++i) {
        const uint32_t w = arcs[i].neighbor;
        if (support[i] == 0 || blocked_[w] || pair_blocked(v, w)) continue;
        const double nd = d + (weighted_ ? 1.0 / static_cast<double>(support[i]) : 1.0);
        if (nd < dist_[side][w]) {
          dist_[side].Set(w, nd);
          parent_[side].Set(w, v);
          heap[side].push({nd, w});
        }
        const double through = nd + dist_[1 - side][w];
        if (through < best) {
          best = through;
          meet_v = v;
          meet_w = w;
          meet_side = side;
        }
      }
    }
    if (meet_v == kNone) return {};
    // s ... x (forward parents), y ... t (backward parents).
    const uint32_t x = meet_side == 0 ? meet_v : meet_w;
    const uint32_t y = meet_side == 0 ? meet_w : meet_v;
    std::vector<uint32_t> path;
    for (uint32_t v = x; v != kNone; v = parent_[0][v]) path.push_back(v);
    std::reverse(path.begin(), path.end());
    for (uint32_t v = y; v != kNone; v = parent_[1][v]) path.push_back(v);
    return path;
  }

  // Yen's k shortest simple paths, with Lawler's refinement: a path's
  // spurs start where it left the path it was spun from, since the spurs
  // before that were tried when that path was taken.
  std::vector<std::vector<uint32_t>> KShortest(uint32_t a, uint32_t b, size_t k) {
    std::vector<std::vector<uint32_t>> found;
    std::vector<uint32_t> first = Cheapest(a, b, kNone, {});
    if (first.empty()) return found;
    found.push_back(first);
    std::vector<size_t> deviation{0};
    // (cost, path, where it deviates): cheapest first, ties by path.
    using Candidate = std::tuple<double, std::vector<uint32_t>, size_t>;
    std::set<Candidate> candidates;
    std::set<std::vector<uint32_t>> seen{first};
    while (found.size() < k) {
      const std::vector<uint32_t> previous = found.back();
      for (size_t i = deviation.back(); i + 1 < previous.size(); ++i) {
        const uint32_t spur = previous[i];
        std::vector<uint32_t> root(previous.begin(), previous.begin() + static_cast<long>(i) + 1);
        std::vector<uint32_t> spur_blocked;
        for (const std::vector<uint32_t>& p : found) {
          if (p.size() > i + 1 && std::equal(root.begin(), root.end(), p.begin())) {
            spur_blocked.push_back(p[i + 1]);
          }
        }
        for (size_t r = 0; r < i; ++r) blocked_[root[r]] = 1;
        std::vector<uint32_t> tail = Cheapest(spur, b, spur, spur_blocked);
        for (size_t r = 0; r < i; ++r) blocked_[root[r]] = 0;
        if (tail.empty()) continue;
        std::vector<uint32_t> path = root;
        path.insert(path.end(), tail.begin() + 1, tail.end());
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
    to_b_.Clear();
    to_b_.Set(b, 0);
    std::vector<uint32_t> frontier{b}, next;
    for (size_t depth = 0; depth < max_depth && !frontier.empty(); ++depth) {
      next.clear();
      for (uint32_t v : frontier) {
        auto arcs = index_.arcs(v);
        auto support = active_.arc_support(v);
        for (size_t i = 0; i < arcs.size(); ++i) {
          if (support[i] == 0 || to_b_[arcs[i].neighbor] != -1) continue;
          to_b_.Set(arcs[i].neighbor, static_cast<int32_t>(depth + 1));
          next.push_back(arcs[i].neighbor);
        }
      }
      frontier.swap(next);
    }
  }
  int32_t to_b(uint32_t v) const { return to_b_[v]; }

  // Simple paths of exactly `hops` hops from a to b (DistancesTo(b) first),
  // in id order, appended to `out` until it holds max_paths.
  void SimplePaths(uint32_t a, uint32_t b, size_t hops, size_t max_paths,
                   std::vector<std::vector<uint32_t>>* out) {
    std::vector<uint32_t> current{a};
    on_path_[a] = 1;
    std::function<void(uint32_t, size_t)> walk = [&](uint32_t v, size_t left) {
      if (out->size() >= max_paths) return;
      if (left == 0) {
        if (v == b) out->push_back(current);
        return;
      }
      uint32_t last = kNone;
      for (const Arc& arc : index_.arcs(v)) {
        const uint32_t w = arc.neighbor;
        if (w == last || on_path_[w] || !active_.on(arc.tie)) continue;
        last = w;
        const int32_t d = to_b_[w];
        if (d < 0 || static_cast<size_t>(d) > left - 1) continue;
        if (w == b && left != 1) continue;
        on_path_[w] = 1;
        current.push_back(w);
        walk(w, left - 1);
        current.pop_back();
        on_path_[w] = 0;
        if (out->size() >= max_paths) return;
      }
    };
    walk(a, hops);
    on_path_[a] = 0;
  }

 private:
  const TieIndex& index_;
  const ActiveTies& active_;
  const size_t n_;
  bool weighted_ = false;
  Stamped<int32_t> df_, db_;
  Stamped<int8_t> reach_;
  Stamped<double> dist_[2];
  Stamped<uint32_t> parent_[2];
  Stamped<char> settled_[2];
  Stamped<int32_t> to_b_;
  std::vector<char> blocked_, on_path_;  // all zero between searches
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
    for (size_t k = 0; k + 1 < actors.size(); ++k) {
      std::vector<uint32_t> ties = TiesBetween(index, active, actors[k], actors[k + 1]);
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
    out.push_back(std::move(p));
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
