// tahaluf report: one self-contained HTML page with the diagram, the
// relations and their evidence, blocs, brokers and documents.
#include <chrono>
#include <iostream>

#include "cli.h"
#include "focus_flags.h"
#include "progress.h"
#include "tahaluf/export.h"
#include "tahaluf/focus.h"
#include "tahaluf/report.h"
#include "tahaluf/report_analytics.h"

namespace tahaluf::cli {
namespace {

// Graphs larger than this get a diagram of their most connected actors
// (the table still lists every relation).
constexpr size_t kDiagramActors = 150;
constexpr size_t kDefaultDiagramTop = 80;

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int RunReport(const Args& args) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> positional = args.positional;
  FocusOptions focus;
  DotOptions dot;
  if (!ParseFocusFlags(args, &positional, &focus, &dot)) return kExitUsage;
  if (positional.size() != 1) {
    Report("report: name one graph file: tahaluf report GRAPH -o report.html");
    return kExitUsage;
  }
  size_t diagram_top = kDefaultDiagramTop;
  if (!ParseCount(args, "--diagram-top", kDefaultDiagramTop, &diagram_top)) return kExitUsage;
  const bool quiet = args.Has("--quiet");
  Progress progress("report", 0, quiet);
  progress.Step("reading " + positional[0]);
  AllianceGraph graph, part;
  if (int rc = LoadFocused(positional[0], focus, &graph, &part); rc != kExitOk) return rc;
  Status s;
  ReportOptions opt;
  opt.title = args.Get("--title", "Alliance report: " + BaseName(positional[0]));
  opt.labels = dot.labels;
  if (focus.Active()) opt.diagram_note = "Focus: " + focus.Describe() + ".";

  // The diagram: the whole (focused) graph when it is small enough to read,
  // else its most connected actors.
  FocusOptions diagram_focus;
  bool cut = diagram_top > 0 && part.num_nodes() > kDiagramActors;
  if (cut) diagram_focus.top = diagram_top;
  AllianceGraph diagram;
  s = Focus(part, diagram_focus, &diagram);
  if (!s.ok()) {
    progress.Finish();
    Report(s);
    return kExitBadInput;
  }
  if (cut) {
    std::string note = "The diagram shows the ties among the " + std::to_string(diagram_top) +
                       " most connected of " + std::to_string(part.num_nodes()) + " actors (" +
                       std::to_string(diagram.num_nodes()) +
                       " of them tied to each other; --diagram-top); the table lists every "
                       "relation.";
    opt.diagram_note += (opt.diagram_note.empty() ? "" : " ") + note;
    dot.caption = "Top " + std::to_string(diagram.num_nodes()) + " of " +
                  std::to_string(part.num_nodes()) + " actors";
  }
  progress.Step("drawing " + std::to_string(diagram.num_nodes()) + " actors");
  std::vector<std::string> warnings;
  s = Render(diagram, dot, "svg", &opt.diagram_svg, &warnings);
  if (!quiet) {
    for (const std::string& w : warnings) Report("graphviz: " + w);
  }
  if (!s.ok()) {
    progress.Finish();
    Report(s);
    return s.code() == ErrorCode::kUsage ? kExitUsage : kExitBadInput;
  }
  progress.Step("writing the report");
  // Blocs and brokers: the analytics stage computes them (report_analytics.h).
  std::string html = HtmlReport(part, ReportAnalyticsFor(part), opt);
  progress.Finish();
  if (!WriteOutput(args, html)) return kExitBadInput;
  if (!quiet) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.1f", secs);
    std::cerr << "tahaluf: report of " << part.num_nodes() << " actors, " << part.num_edges()
              << " relations (" << html.size() / 1024 << " KiB) in " << took << " s\n";
  }
  return kExitOk;
}

std::vector<Flag> ReportFlags() {
  std::vector<Flag> flags = {
      OutputFlag(),
      {"--title", true, "page title (default: 'Alliance report: GRAPH')"},
      {"--diagram-top", true,
       "graphs over 150 actors: draw the N most connected (default 80; 0 draws all)"},
      QuietFlag()};
  for (Flag& f : FocusFlags()) flags.push_back(std::move(f));
  return flags;
}

TAHALUF_COMMAND(Command{
    "report", "report GRAPH.json -o report.html [focus options]",
    "Write one self-contained HTML page: the diagram, every relation with its evidence "
    "(sortable, filterable), blocs, brokers and documents.",
    ReportFlags(), RunReport});

}  // namespace
}  // namespace tahaluf::cli
