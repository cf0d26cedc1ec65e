// tahaluf export: a graph file as DOT, JSON or a rendered picture.
#include <iostream>

#include "cli.h"
#include "tahaluf/export.h"
#include "tahaluf/serialize.h"

namespace tahaluf::cli {
namespace {

int RunExport(const Args& args) {
  if (args.positional.size() != 1) {
    Report("export: name one graph file");
    return kExitUsage;
  }
  std::string format = args.Get("--format", "dot");
  std::string labels = args.Get("--labels", "en");
  if (labels != "en" && labels != "ar") {
    Report("--labels must be 'en' or 'ar'");
    return kExitUsage;
  }
  if (format != "dot" && format != "json" && format != "svg" && format != "png" && format != "pdf") {
    Report("--format must be one of dot, json, svg, png, pdf");
    return kExitUsage;
  }
  AllianceGraph graph;
  if (!LoadGraph(args.positional[0], &graph)) return kExitBadInput;
  DotOptions opt;
  opt.labels = labels == "ar" ? LabelLanguage::kArabic : LabelLanguage::kEnglish;
  opt.layout = args.Get("--layout");
  std::string out;
  Status s;
  if (format == "json") out = GraphJson(graph);
  else if (format == "dot") s = WriteDot(graph, opt, &out);
  else s = Render(graph, opt, format, &out);
  if (!s.ok()) {
    Report(s);
    return kExitBadInput;
  }
  return WriteOutput(args, out) ? kExitOk : kExitBadInput;
}

TAHALUF_COMMAND(Command{
    "export", "export GRAPH.json --format dot|json|svg|png|pdf [-o PATH]",
    "Write a graph as DOT (cgraph) or JSON, or render it to SVG, PNG or PDF (gvc, cairo).",
    {OutputFlag(),
     {"--format", true, "dot (default), json, svg, png or pdf"},
     {"--labels", true, "label language: en (default) or ar"},
     {"--layout", true, "Graphviz layout engine (default: dot, sfdp for large graphs)"}},
    RunExport});

}  // namespace
}  // namespace tahaluf::cli
