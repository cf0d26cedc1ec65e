// tahaluf render: a graph file drawn as SVG, PNG or PDF, whole or focused
// (--around, --path, --top, ...), in-process through Graphviz.
#include <chrono>
#include <iostream>

#include "cli.h"
#include "focus_flags.h"
#include "progress.h"
#include "tahaluf/export.h"
#include "tahaluf/focus.h"

namespace tahaluf::cli {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Above this many actors an unfocused diagram is hard to read; say so.
constexpr size_t kReadableActors = 400;

int RunRender(const Args& args) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> positional = args.positional;
  FocusOptions focus;
  DotOptions dot;
  if (!ParseFocusFlags(args, &positional, &focus, &dot)) return kExitUsage;
  if (positional.size() != 1) {
    Report("render: name one graph file: tahaluf render GRAPH -o OUT.svg|png|pdf");
    return kExitUsage;
  }
  std::string output = args.Get("--output", "-");
  std::string format = args.Get("--format");
  if (format.empty()) {
    for (const char* ext : {"svg", "png", "pdf"}) {
      if (EndsWith(output, std::string(".") + ext)) format = ext;
    }
  }
  if (format.empty()) {
    Report("render: say which format with --format svg|png|pdf, or name the output OUT.svg, "
           "OUT.png or OUT.pdf");
    return kExitUsage;
  }
  if (format != "svg" && format != "png" && format != "pdf") {
    Report("render: --format must be svg, png or pdf");
    return kExitUsage;
  }
  const bool quiet = args.Has("--quiet");
  Progress progress("render", 0, quiet);
  progress.Step("reading " + positional[0] + " and choosing actors");
  AllianceGraph graph, part;
  if (int rc = LoadFocused(positional[0], focus, &graph, &part); rc != kExitOk) return rc;
  Status s;
  if (focus.Active()) {
    dot.caption = focus.Describe() + ": " + std::to_string(part.num_nodes()) + " of " +
                  std::to_string(graph.num_nodes()) + " actors, " +
                  std::to_string(part.num_edges()) + " of " + std::to_string(graph.num_edges()) +
                  " relations";
  }
  std::string layout = dot.layout.empty() ? ChooseLayout(part) : dot.layout;
  progress.Step("laying out and drawing " + std::to_string(part.num_nodes()) + " actors, " +
                std::to_string(part.num_edges()) + " relations with " + layout);
  std::string out;
  std::vector<std::string> warnings;
  s = Render(part, dot, format, &out, &warnings);
  progress.Finish();
  if (!quiet) {
    for (const std::string& w : warnings) Report("graphviz: " + w);
  }
  if (!s.ok()) {
    Report(s);
    return s.code() == ErrorCode::kUsage ? kExitUsage : kExitBadInput;
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  if (!quiet) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.1f", secs);
    std::cerr << "tahaluf: rendered " << part.num_nodes() << " actors, " << part.num_edges()
              << " relations with " << layout << " as " << format << " (" << out.size() / 1024
              << " KiB) in " << took << " s\n";
    if (!focus.Active() && part.num_nodes() > kReadableActors) {
      std::cerr << "tahaluf: " << part.num_nodes()
                << " actors are hard to read in one picture; try --top 100, --around ACTOR or "
                   "--min-evidence 2\n";
    }
  }
  return kExitOk;
}

std::vector<Flag> RenderFlags() {
  std::vector<Flag> flags = {OutputFlag(),
                             {"--format", true, "svg, png or pdf (default: from the -o name)"},
                             QuietFlag()};
  for (Flag& f : FocusFlags()) flags.push_back(std::move(f));
  return flags;
}

TAHALUF_COMMAND(Command{
    "render", "render GRAPH.json -o OUT.svg|png|pdf [--around A --depth N | --path A B] [options]",
    "Draw a graph, or the part of it asked for, as SVG, PNG or PDF (Graphviz, cairo; Arabic "
    "shaped right-to-left).",
    RenderFlags(), RunRender});

}  // namespace
}  // namespace tahaluf::cli
