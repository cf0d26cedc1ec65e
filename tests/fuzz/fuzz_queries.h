// Every analytics question asked of an index, as the commands ask them,
// for the fuzz targets whose inputs become an index: none may crash, and
// every answer is valid UTF-8 JSON text.
#ifndef TAHALUF_TESTS_FUZZ_FUZZ_QUERIES_H_
#define TAHALUF_TESTS_FUZZ_FUZZ_QUERIES_H_

#include <algorithm>
#include <string>

#include "fuzz_check.h"
#include "tahaluf/analytics_json.h"
#include "tahaluf/balance.h"
#include "tahaluf/blocs.h"
#include "tahaluf/centrality.h"
#include "tahaluf/graph_stats.h"
#include "tahaluf/neighbors.h"
#include "tahaluf/paths.h"
#include "tahaluf/tie_index.h"
#include "tahaluf/timeline.h"
#include "tahaluf/utf8.h"

namespace tahaluf::fuzz {

inline void AskEverything(const TieIndex& index, const TieFilter& filter = TieFilter()) {
  const ActiveTies active(index, filter);
  auto valid = [](const std::string& json) { FUZZ_CHECK(FindInvalidUtf8(json) == std::string::npos); };
  // Paths between the first few actors, in every mode.
  const uint32_t n = static_cast<uint32_t>(std::min<size_t>(index.num_nodes(), 6));
  PathFinder finder(index, active);
  for (uint32_t a = 0; a < n; ++a) {
    for (uint32_t b = 0; b < n; ++b) {
      for (PathMode mode : {PathMode::kShortest, PathMode::kKShortest, PathMode::kAllSimple}) {
        PathOptions options;
        options.mode = mode;
        options.max_hops = mode == PathMode::kAllSimple ? 3 : 0;
        options.weighted = (a + b) % 2 == 1;
        const std::vector<ActorPath> paths = finder.Find(a, b, options);
        for (const ActorPath& p : paths) {
          FUZZ_CHECK(!p.actors.empty() && p.actors.front() == a && p.actors.back() == b);
          FUZZ_CHECK(p.hops.size() + 1 == p.actors.size());
        }
        valid(PathsJson(index, active, a, b, paths, options.weighted));
      }
    }
    valid(NeighborhoodJson(index, active, Neighborhood(index, active, a, 2), 50));
    const std::vector<TimelineEntry> entries = Timeline(index, active, a);
    const std::vector<TimelinePeriod> periods = SummarizeTimeline(index, entries, Granularity::kMonth);
    valid(TimelineJson(index, a, entries, &periods, 20));
  }
  valid(BalanceJson(index, active, FindUnbalancedTriads(index, active, false, 10), false));
  const Blocs blocs = FindBlocs(index, active);
  valid(BlocsJson(index, active, blocs, 10, 3));
  const Centrality centrality = ComputeCentrality(index, active, CentralityOptions());
  valid(BrokersJson(index, centrality, blocs, TopBrokers(index, active, centrality, blocs, 10)));
  valid(StatsJson(ComputeStats(index, active, 10)));
}

}  // namespace tahaluf::fuzz

#endif  // TAHALUF_TESTS_FUZZ_FUZZ_QUERIES_H_
