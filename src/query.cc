#include "tahaluf/query.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/pending/queue.hpp>

#include <algorithm>
#include <functional>
#include <string_view>
#include <tuple>

namespace tahaluf {

std::vector<size_t> HopsFrom(size_t num_actors, const std::vector<std::pair<Vertex, Vertex>>& ties,
                             const std::vector<Vertex>& sources) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(num_actors);
  for (const auto& [s, t] : ties) boost::add_edge(s, t, u);
  std::vector<size_t> hops(num_actors, kUnreached);
  std::vector<Vertex> starts = sources;
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  for (Vertex s : starts) hops[s] = 0;
  boost::queue<Vertex> queue;
  std::vector<boost::default_color_type> colour(num_actors);
  boost::breadth_first_search(
      u, starts.begin(), starts.end(), queue,
      boost::make_bfs_visitor(boost::record_distances(hops.data(), boost::on_tree_edge())),
      boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, u)));
  return hops;
}

std::vector<Path> ShortestPaths(const AllianceGraph& graph, Vertex a, Vertex b, size_t max_paths) {
  const Graph& g = graph.graph();
  std::vector<Path> out;
  if (a == b) {
    out.push_back({});
    return out;
  }
  const size_t n = boost::num_vertices(g);
  std::vector<std::pair<Vertex, Vertex>> ties;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    ties.emplace_back(boost::source(*it, g), boost::target(*it, g));
  }
  const std::vector<size_t> dist = HopsFrom(n, ties, {a});
  if (dist[b] == kUnreached) return out;
  // A hop is on a shortest path when dist(a, v) + dist(v, b) is the
  // shortest length.
  const std::vector<size_t> to_b = HopsFrom(n, ties, {b});
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
      if (dist[h.to] != dist[v] + 1 || to_b[h.to] == kUnreached ||
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
