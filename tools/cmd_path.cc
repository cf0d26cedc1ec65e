// tahaluf path: paths between two actors, each hop with its evidence.
#include <chrono>

#include "analytics_cli.h"
#include "tahaluf/analytics_json.h"
#include "tahaluf/paths.h"

namespace tahaluf::cli {
namespace {

std::string PathsText(const TieIndex& index, const ActiveTies& active, uint32_t a, uint32_t b,
                      const std::vector<ActorPath>& paths, bool weighted) {
  std::string out;
  if (paths.empty()) {
    out = "No path between " + ActorLabel(index, a) + " and " + ActorLabel(index, b);
    if (!active.filter().empty()) {
      out += " over the ties the filters leave (" + std::to_string(active.num_on()) + " of " +
             std::to_string(index.num_ties()) + ")";
    }
    return out + ".\n";
  }
  for (size_t i = 0; i < paths.size(); ++i) {
    const ActorPath& p = paths[i];
    out += "Path " + std::to_string(i + 1) + " (" + std::to_string(p.hops.size()) + " hop" +
           (p.hops.size() == 1 ? "" : "s");
    if (weighted) out += ", cost " + FormatNumber(p.cost);
    out += "): ";
    for (size_t k = 0; k < p.actors.size(); ++k) {
      out += (k ? " - " : "") + std::string(index.node(p.actors[k]).name);
    }
    out += "\n";
    for (const PathHop& h : p.hops) {
      const uint32_t n = active.support(h.tie);
      out += "  " + TieText(index, h.tie) + "  [" + std::to_string(n) + " evidence]";
      if (!h.other_ties.empty()) {
        out += "  also:";
        for (uint32_t o : h.other_ties) {
          out += " " + std::string(index.tie(o).relation->name) + " (" +
                 std::to_string(active.support(o)) + ")";
        }
      }
      out += "\n";
      if (const IndexEvidence* q = QuoteFor(index, active, h.tie)) out += QuoteText(*q, "    ");
    }
  }
  return out;
}

int RunPath(const Args& args) {
  if (args.positional.size() != 3) {
    Report("path: usage: tahaluf path GRAPH FROM TO [options] (see tahaluf path --help)");
    return kExitUsage;
  }
  TieFilter filter;
  PathOptions options;
  size_t k = 0, all_simple = 0, repeat = 0;
  if (!ParseFilter(args, &filter) || !ParseCount(args, "--max", 3, &options.max_paths) ||
      !ParseCount(args, "--k", 0, &k) || !ParseCount(args, "--all-simple", 0, &all_simple) ||
      !ParseCount(args, "--max-hops", 0, &options.max_hops) ||
      !ParseCount(args, "--repeat", 0, &repeat)) {
    return kExitUsage;
  }
  if (args.Has("--k") && args.Has("--all-simple")) {
    Report("path: --k and --all-simple exclude each other");
    return kExitUsage;
  }
  if ((args.Has("--k") && k == 0) || (args.Has("--all-simple") && all_simple == 0)) {
    Report("path: --k and --all-simple take a number of at least 1");
    return kExitUsage;
  }
  if (args.Has("--k")) {
    options.mode = PathMode::kKShortest;
    options.max_paths = k;
  } else if (args.Has("--all-simple")) {
    options.mode = PathMode::kAllSimple;
    options.max_hops = all_simple;
    if (!args.Has("--max")) options.max_paths = 100;
  }
  options.weighted = args.Has("--weighted");

  auto load_started = std::chrono::steady_clock::now();
  if (!NamesAnActor("path: FROM", args.positional[1]) || !NamesAnActor("path: TO", args.positional[2])) {
    return kExitUsage;
  }
  LoadedGraph graph;
  if (!graph.Load(args.positional[0])) return kExitBadInput;
  double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_started).count();
  const TieIndex& index = graph.index();
  uint32_t ends[2];
  for (int side = 0; side < 2; ++side) {
    if (!ResolveOrReport(graph, args.positional[1 + side], &ends[side])) return kExitBadInput;
  }
  // The filter is applied once (like a networkx subgraph view); --repeat
  // then times the query alone, on the loaded graph.
  auto filter_started = std::chrono::steady_clock::now();
  ActiveTies active(index, filter);
  double filter_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - filter_started).count();
  PathFinder finder(index, active);
  auto started = std::chrono::steady_clock::now();
  std::vector<ActorPath> paths;
  for (size_t round = 0; round < std::max<size_t>(1, repeat); ++round) {
    paths = finder.Find(ends[0], ends[1], options);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::string out;
  if (args.Has("--json")) {
    const PathTimings timings{repeat, seconds, load_seconds, filter_seconds};
    out = PathsJson(index, active, ends[0], ends[1], paths, options.weighted,
                    repeat ? &timings : nullptr);
  } else {
    out = PathsText(index, active, ends[0], ends[1], paths, options.weighted);
    if (repeat) {
      out += "(" + std::to_string(repeat) + " runs of the query: " + FormatNumber(seconds * 1e3 / static_cast<double>(repeat), 3) +
             " ms each)\n";
    }
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return kExitOk;
}

std::vector<Flag> PathFlags() {
  std::vector<Flag> flags = {
      OutputFlag(),
      {"--max", true, "at most N paths (default 3; 100 with --all-simple)"},
      {"--k", true, "the K shortest simple paths, not only the shortest (Yen)"},
      {"--all-simple", true, "every simple path of at most N hops, fewest hops first"},
      {"--max-hops", true, "leave out paths longer than N hops"},
      {"--weighted", false, "a hop costs 1/evidence: well-attested ties count as shorter"},
      {"--json", false, "print JSON instead of text"},
      {"--repeat", true, "(benchmarking) run the query N times; report its time and the load's"},
  };
  for (const Flag& f : FilterFlags()) flags.push_back(f);
  return flags;
}

TAHALUF_COMMAND(Command{
    "path", "path GRAPH.json FROM TO [options]",
    "Paths between two actors (named in Arabic or English), each hop with its evidence.",
    PathFlags(), RunPath});

}  // namespace
}  // namespace tahaluf::cli
