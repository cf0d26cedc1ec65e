// Why the index's path search is not Boost's: times a PathFinder (paths.h)
// and Boost's breadth_first_search over a compressed_sparse_row_graph of the
// same active ties, on the same random pairs, and checks they agree on the
// path lengths. Built with -DTAHALUF_BENCHMARK=ON.
//
// Usage: tahaluf_path_search_benchmark GRAPH.json   (e.g. bench_graph.py --workdir DIR)
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/visitors.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "tahaluf/files.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/paths.h"

int main(int argc, char** argv) {
  using namespace tahaluf;
  using Clock = std::chrono::steady_clock;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s GRAPH.json\n", argv[0]);
    return 2;
  }
  std::string bytes;
  TieIndex index;
  Status s = ReadFile(argv[1], &bytes);
  if (s.ok()) s = IndexGraphJson(bytes, argv[1], &index);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  ActiveTies active(index, TieFilter());
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    for (const Arc& a : index.arcs(v)) {
      if (active.on(a.tie)) arcs.emplace_back(v, a.neighbor);
    }
  }
  using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
  const Csr g(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), index.num_nodes());
  std::mt19937 rng(7);
  std::uniform_int_distribution<uint32_t> pick(0, static_cast<uint32_t>(index.num_nodes() - 1));
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  while (pairs.size() < 20) {
    const uint32_t a = pick(rng), b = pick(rng);
    if (!index.arcs(a).empty() && !index.arcs(b).empty()) pairs.emplace_back(a, b);
  }
  PathFinder finder(index, active);
  const PathOptions shortest;
  constexpr int kRounds = 50;
  const auto t0 = Clock::now();
  std::vector<size_t> lengths;
  for (int round = 0; round < kRounds; ++round) {
    for (const auto& [a, b] : pairs) {
      std::vector<ActorPath> paths = finder.Find(a, b, shortest);
      if (round == 0) lengths.push_back(paths.empty() ? SIZE_MAX : paths[0].hops.size());
    }
  }
  const auto t1 = Clock::now();
  std::vector<uint32_t> dist(index.num_nodes());
  std::vector<boost::default_color_type> colour(index.num_nodes());
  size_t agree = 0;
  for (size_t k = 0; k < pairs.size(); ++k) {
    const auto [a, b] = pairs[k];
    std::fill(dist.begin(), dist.end(), UINT32_MAX);
    dist[a] = 0;
    boost::breadth_first_search(
        g, a,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(dist.data(), boost::on_tree_edge())))
            .color_map(boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g))));
    agree += (dist[b] == UINT32_MAX ? SIZE_MAX : dist[b]) == lengths[k];
  }
  const auto t2 = Clock::now();
  std::printf("%zu actors, %zu active arcs, %zu pairs\n", index.num_nodes(), arcs.size(), pairs.size());
  std::printf("PathFinder, shortest paths:         %.4f ms per query\n",
              std::chrono::duration<double, std::milli>(t1 - t0).count() / (kRounds * pairs.size()));
  std::printf("Boost breadth_first_search (CSR):   %.4f ms per query\n",
              std::chrono::duration<double, std::milli>(t2 - t1).count() / pairs.size());
  std::printf("path lengths agree on %zu of %zu pairs\n", agree, pairs.size());
  return agree == pairs.size() ? 0 : 1;
}
