#include "tahaluf/query.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <limits>

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

}  // namespace

NameMatch ResolveActor(const AllianceGraph& graph, std::string_view name) {
  NameMatch result;
  if (auto v = graph.FindNode(name)) {
    result.vertex = v;
    return result;
  }
  const Graph& g = graph.graph();
  std::string want = Key(name);
  std::vector<std::pair<size_t, std::string>> scored;
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    size_t best = std::numeric_limits<size_t>::max();
    std::vector<const std::string*> names{&n.id, &n.name, &n.name_ar};
    for (const std::string& a : n.aliases) names.push_back(&a);
    for (const std::string* s : names) {
      std::string k = Key(*s);
      if (k.empty()) continue;
      if (k == want) {
        result.vertex = v;
        return result;
      }
      best = std::min(best, EditDistance(k, want));
    }
    scored.push_back({best, n.name + " (" + n.id + ")"});
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t limit = std::max<size_t>(3, want.size() / 2);
  for (const auto& [d, label] : scored) {
    if (result.suggestions.size() >= 5 || d > limit) break;
    result.suggestions.push_back(label);
  }
  return result;
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

}  // namespace tahaluf
