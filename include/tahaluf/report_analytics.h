// The analytics a report shows, computed for it: the blocs and the brokers
// of a graph (ReportAnalytics, report.h), from the same analytics stage
// the blocs and brokers commands use (blocs.h, centrality.h), so that the
// report itself only lays out what it is given.
//
// Usage:
//   tahaluf::ReportAnalytics a = tahaluf::ReportAnalyticsFor(graph);
//   std::string html = tahaluf::HtmlReport(graph, a, options);
#ifndef TAHALUF_REPORT_ANALYTICS_H_
#define TAHALUF_REPORT_ANALYTICS_H_

#include <cstddef>

#include "tahaluf/graph.h"
#include "tahaluf/report.h"

namespace tahaluf {

// Signed Louvain blocs of two actors or more (blocs.h), and the
// `max_brokers` actors with the highest Brandes betweenness (centrality.h;
// estimated from 500 sources on graphs of more than 2,000 actors), with
// the sentences the report shows above them.
ReportAnalytics ReportAnalyticsFor(const AllianceGraph& graph, size_t max_brokers = 15);

}  // namespace tahaluf

#endif  // TAHALUF_REPORT_ANALYTICS_H_
