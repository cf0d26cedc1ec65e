// tahaluf brokers: degree and betweenness; the actors that connect blocs.
#include <chrono>

#include "analytics_cli.h"
#include "tahaluf/analytics_json.h"
#include "tahaluf/blocs.h"
#include "tahaluf/centrality.h"

namespace tahaluf::cli {
namespace {

int RunBrokers(const Args& args) {
  if (args.positional.size() != 1) {
    Report("brokers: usage: tahaluf brokers GRAPH [options]");
    return kExitUsage;
  }
  TieFilter filter;
  size_t top = 10;
  CentralityOptions options;
  if (!ParseFilter(args, &filter) || !ParseCount(args, "--top", 10, &top) ||
      !ParseCount(args, "--sample", 0, &options.sample)) {
    return kExitUsage;
  }
  if (args.Has("--sample") && options.sample == 0) {
    Report("--sample takes a number of at least 1");
    return kExitUsage;
  }
  LoadedGraph graph;
  if (!graph.Load(args.positional[0])) return kExitBadInput;
  const TieIndex& index = graph.index();
  ActiveTies active(index, filter);
  auto started = std::chrono::steady_clock::now();
  Centrality c = ComputeCentrality(index, active, options);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  Blocs blocs = FindBlocs(index, active);
  std::vector<Broker> brokers = TopBrokers(index, active, c, blocs, top);
  std::string out;
  if (args.Has("--json")) {
    out = BrokersJson(index, c, blocs, brokers, args.Has("--timing") ? &seconds : nullptr);
  } else {
    out = "Brokers by betweenness";
    out += c.sampled ? " (estimated from " + std::to_string(c.sources) + " source actors)" : " (exact)";
    out += "; blocs as `tahaluf blocs` finds them (" + std::to_string(blocs.members.size()) + ").\n\n";
    std::vector<std::vector<std::string>> rows = {
        {"rank", "actor", "betweenness", "degree", "bloc", "other blocs reached"}};
    for (size_t k = 0; k < brokers.size(); ++k) {
      const Broker& b = brokers[k];
      rows.push_back({std::to_string(k + 1), ActorLabel(index, b.actor), FormatNumber(b.betweenness, 2),
                      std::to_string(b.degree), b.bloc == Blocs::kNoBloc ? "-" : std::to_string(b.bloc + 1),
                      std::to_string(b.blocs_reached)});
    }
    out += Table(rows);
    if (args.Has("--timing")) out += "(betweenness: " + FormatNumber(seconds, 3) + " s)\n";
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return kExitOk;
}

std::vector<Flag> BrokerFlags() {
  std::vector<Flag> flags = {OutputFlag(),
                             {"--top", true, "list the N best brokers (default 10)"},
                             {"--sample", true, "estimate betweenness from N source actors (large graphs)"},
                             {"--json", false, "print JSON instead of text"},
                             {"--timing", false, "(benchmarking) report the time betweenness took"}};
  for (const Flag& f : FilterFlags()) flags.push_back(f);
  return flags;
}

TAHALUF_COMMAND(Command{"brokers", "brokers GRAPH.json [options]",
                        "Degree and betweenness centrality: the actors that connect blocs.",
                        BrokerFlags(), RunBrokers});

}  // namespace
}  // namespace tahaluf::cli
