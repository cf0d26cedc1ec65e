#include "tahaluf/centrality.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <numeric>
#include <random>

#include "tahaluf/pair_graph.h"

namespace tahaluf {
namespace {

using PairCsr = boost::compressed_sparse_row_graph<boost::directedS>;

// Brandes from the given sources only (unweighted): the dependency of
// every source on every actor, summed.
void SampledBrandes(const PairGraph& pairs, const std::vector<uint32_t>& sources,
                    std::vector<double>* score) {
  const size_t n = pairs.num_nodes();
  std::vector<int32_t> dist(n, -1);
  std::vector<double> sigma(n, 0), delta(n, 0);
  std::vector<uint32_t> order;
  order.reserve(n);
  for (uint32_t s : sources) {
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    order.push_back(s);
    for (size_t head = 0; head < order.size(); ++head) {
      uint32_t v = order[head];
      for (const Pair& p : pairs.neighbors(v)) {
        uint32_t w = p.neighbor;
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (size_t k = order.size(); k-- > 0;) {
      uint32_t w = order[k];
      for (const Pair& p : pairs.neighbors(w)) {
        uint32_t v = p.neighbor;
        if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      if (w != s) (*score)[w] += delta[w];
    }
    for (uint32_t v : order) {
      dist[v] = -1;
      sigma[v] = delta[v] = 0;
    }
  }
}

}  // namespace

Centrality ComputeCentrality(const TieIndex& index, const ActiveTies& active,
                             const CentralityOptions& options) {
  Centrality out;
  PairGraph pairs(index, active);
  const size_t n = pairs.num_nodes();
  out.degree.resize(n);
  for (uint32_t v = 0; v < n; ++v) out.degree[v] = static_cast<uint32_t>(pairs.neighbors(v).size());
  out.betweenness.assign(n, 0.0);
  if (n == 0) return out;
  if (options.sample == 0 || options.sample >= n) {
    // Boost's Brandes on the pairs as a directed CSR graph with both arcs:
    // each unordered pair of actors is then counted twice.
    std::vector<std::pair<uint32_t, uint32_t>> arcs;
    arcs.reserve(pairs.num_pairs() * 2);
    for (uint32_t v = 0; v < n; ++v) {
      for (const Pair& p : pairs.neighbors(v)) arcs.emplace_back(v, p.neighbor);
    }
    PairCsr g(boost::edges_are_sorted, arcs.begin(), arcs.end(), n);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(out.betweenness.begin(),
                                                                   boost::get(boost::vertex_index, g))));
    for (double& b : out.betweenness) b /= 2;
    out.sources = n;
    return out;
  }
  std::vector<uint32_t> all(n);
  std::iota(all.begin(), all.end(), 0);
  std::mt19937_64 rng(20240607);
  // A partial Fisher-Yates shuffle: the same sources on every run.
  for (size_t k = 0; k < options.sample; ++k) {
    std::uniform_int_distribution<size_t> pick(k, n - 1);
    std::swap(all[k], all[pick(rng)]);
  }
  all.resize(options.sample);
  std::sort(all.begin(), all.end());
  SampledBrandes(pairs, all, &out.betweenness);
  // Each source counts its pairs once from its side; scale to all sources
  // and halve for unordered pairs.
  const double scale = static_cast<double>(n) / static_cast<double>(options.sample) / 2;
  for (double& b : out.betweenness) b *= scale;
  out.sampled = true;
  out.sources = options.sample;
  return out;
}

std::vector<Broker> TopBrokers(const TieIndex& index, const ActiveTies& active,
                               const Centrality& centrality, const Blocs& blocs, size_t k) {
  std::vector<uint32_t> order;
  for (uint32_t v = 0; v < centrality.degree.size(); ++v) {
    if (centrality.degree[v] > 0) order.push_back(v);
  }
  auto better = [&](uint32_t a, uint32_t b) {
    if (centrality.betweenness[a] != centrality.betweenness[b]) {
      return centrality.betweenness[a] > centrality.betweenness[b];
    }
    if (centrality.degree[a] != centrality.degree[b]) return centrality.degree[a] > centrality.degree[b];
    return a < b;
  };
  if (order.size() > k) {
    std::partial_sort(order.begin(), order.begin() + static_cast<long>(k), order.end(), better);
    order.resize(k);
  } else {
    std::sort(order.begin(), order.end(), better);
  }
  std::vector<Broker> out;
  for (uint32_t v : order) {
    Broker b{v, centrality.degree[v], centrality.betweenness[v],
             v < blocs.bloc_of.size() ? blocs.bloc_of[v] : Blocs::kNoBloc, 0};
    std::vector<int32_t> reached;
    for (const Arc& arc : index.arcs(v)) {
      if (!active.on(arc.tie) || arc.neighbor >= blocs.bloc_of.size()) continue;
      int32_t other = blocs.bloc_of[arc.neighbor];
      if (other != Blocs::kNoBloc && other != b.bloc) reached.push_back(other);
    }
    std::sort(reached.begin(), reached.end());
    b.blocs_reached =
        static_cast<uint32_t>(std::unique(reached.begin(), reached.end()) - reached.begin());
    out.push_back(b);
  }
  return out;
}

}  // namespace tahaluf
