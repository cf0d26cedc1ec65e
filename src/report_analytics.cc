#include "tahaluf/report_analytics.h"

#include <algorithm>
#include <string>

#include "tahaluf/blocs.h"
#include "tahaluf/centrality.h"
#include "tahaluf/tie_index.h"

namespace tahaluf {

ReportAnalytics ReportAnalyticsFor(const AllianceGraph& graph, size_t max_brokers) {
  // The analytics stage: signed Louvain blocs and Brandes betweenness over
  // the same tie index the blocs / brokers commands use.
  TieIndex index = TieIndex::FromGraph(graph);
  ActiveTies active(index, TieFilter());
  Blocs blocs = FindBlocs(index, active);
  CentralityOptions options;
  options.sample = index.num_nodes() > 2000 ? 500 : 0;
  Centrality centrality = ComputeCentrality(index, active, options);
  ReportAnalytics a;
  a.blocs_method =
      "Signed communities (Louvain): cooperative ties hold a bloc together, hostile ties set "
      "blocs apart.";
  for (const auto& members : blocs.members) {
    if (members.size() < 2) continue;
    ReportBloc bloc;
    bloc.label = "Bloc " + std::to_string(a.blocs.size() + 1);
    for (uint32_t v : members) bloc.members.emplace_back(index.node(v).id);
    std::sort(bloc.members.begin(), bloc.members.end());
    a.blocs.push_back(std::move(bloc));
  }
  a.brokers_method = centrality.sampled
                         ? "Betweenness centrality (Brandes), estimated from a sample of sources."
                         : "Betweenness centrality (Brandes): how often an actor lies on the "
                           "shortest ties between two others.";
  a.broker_score_name = "betweenness";
  for (const Broker& b : TopBrokers(index, active, centrality, blocs, max_brokers)) {
    a.brokers.push_back({std::string(index.node(b.actor).id), b.betweenness});
  }
  return a;
}

}  // namespace tahaluf
