// The report stage: the HTML report. One self-contained HTML file an analyst
// can open offline and pass around: no network access, no external script,
// style sheet or font (a Content-Security-Policy forbids any), only inline
// CSS and a small inline script. It holds
//   - the diagram as inline SVG (rendered by the caller through Render, so
//     its focus and labels are the caller's choice); selecting an actor or
//     a relation in it shows the evidence behind it and filters the table;
//   - a sortable, filterable table of every relation with its evidence
//     sentences (Arabic sentences right-to-left), polarity, CAMEO and dates;
//   - the blocs and brokers the caller gives (ReportAnalytics; the
//     analytics stage computes them: report_analytics.h);
//   - the documents cited, with the number of relations each supports.
// The same graph and inputs give the same bytes (nothing time-dependent).
//
// Self-test: opened as report.html#selftest the page checks itself after
// loading (diagram elements drawn with a size, table rows, a click on the
// first relation and actor showing evidence, sorting, filtering) and writes
// the findings as JSON into <pre id="selftest-result">; see
// tools/check_report.py, which drives headless Chromium.
//
// Usage:
//   std::string svg;
//   tahaluf::Render(diagram_graph, dot_options, "svg", &svg);
//   tahaluf::ReportOptions opt;  opt.diagram_svg = svg;
//   tahaluf::ReportAnalytics analytics = tahaluf::ReportAnalyticsFor(graph);  // report_analytics.h
//   std::string html = tahaluf::HtmlReport(graph, analytics, opt);
#ifndef TAHALUF_REPORT_H_
#define TAHALUF_REPORT_H_

#include <string>
#include <vector>

#include "tahaluf/export.h"
#include "tahaluf/graph.h"

namespace tahaluf {

// A group of actors that side together.
struct ReportBloc {
  std::string label;                // "Bloc 1"
  std::vector<std::string> members; // actor ids, sorted
};

// An actor that ties others together, with the score it was ranked by.
struct ReportBroker {
  std::string id;
  double score = 0;
};

struct ReportAnalytics {
  std::string blocs_method;    // one sentence shown above the blocs
  std::vector<ReportBloc> blocs;
  std::string brokers_method;  // one sentence shown above the brokers
  std::string broker_score_name;  // column heading: "partners", "betweenness"
  std::vector<ReportBroker> brokers;
};

struct ReportOptions {
  std::string title = "Alliance report";
  std::string diagram_svg;   // Render(..., "svg") output; empty: no diagram
  std::string diagram_note;  // shown under the diagram ("Top 60 of 812 actors")
  LabelLanguage labels = LabelLanguage::kEnglish;  // names shown first
};

// The report as one HTML document.
std::string HtmlReport(const AllianceGraph& graph, const ReportAnalytics& analytics,
                       const ReportOptions& options);

// The <svg> element of Graphviz's SVG output, without the XML prologue and
// doctype, with a width of 100% so it scales to the page; empty when `svg`
// holds no <svg> element.
std::string InlineSvg(const std::string& svg);

}  // namespace tahaluf

#endif  // TAHALUF_REPORT_H_
