// tahaluf blocs: alliance blocs (signed communities) and the ties across them.
#include <algorithm>

#include "analytics_cli.h"
#include "tahaluf/analytics_json.h"
#include "tahaluf/blocs.h"

namespace tahaluf::cli {
namespace {

// Signed evidence per actor: how to rank a bloc's members for display.
std::vector<size_t> SignedWeight(const TieIndex& index, const ActiveTies& active) {
  std::vector<size_t> weight(index.num_nodes(), 0);
  for (uint32_t t = 0; t < index.num_ties(); ++t) {
    const Tie& tie = index.tie(t);
    if (!active.on(t) || tie.relation->polarity == Polarity::kNeutral) continue;
    weight[tie.source] += active.support(t);
    weight[tie.target] += active.support(t);
  }
  return weight;
}

std::vector<uint32_t> Leading(const std::vector<uint32_t>& members, const std::vector<size_t>& weight,
                              size_t n) {
  std::vector<uint32_t> out = members;
  std::stable_sort(out.begin(), out.end(), [&](uint32_t a, uint32_t b) { return weight[a] > weight[b]; });
  if (out.size() > n) out.resize(n);
  return out;
}

int RunBlocs(const Args& args) {
  if (args.positional.size() != 1) {
    Report("blocs: usage: tahaluf blocs GRAPH [options]");
    return kExitUsage;
  }
  TieFilter filter;
  size_t top = 10, shown_members = 8, shown_ties = 3;
  BlocOptions options;
  if (!ParseFilter(args, &filter) || !ParseCount(args, "--top", 10, &top) ||
      !ParseCount(args, "--members", 8, &shown_members) || !ParseCount(args, "--ties", 3, &shown_ties)) {
    return kExitUsage;
  }
  if (args.Has("--resolution")) {
    try {
      size_t used = 0;
      options.resolution = std::stod(args.Get("--resolution"), &used);
      if (used != args.Get("--resolution").size() || !(options.resolution > 0)) throw 0;
    } catch (...) {
      Report("--resolution takes a positive number, not '" + args.Get("--resolution") + "'");
      return kExitUsage;
    }
  }
  LoadedGraph graph;
  if (!graph.Load(args.positional[0])) return kExitBadInput;
  const TieIndex& index = graph.index();
  ActiveTies active(index, filter);
  Blocs blocs = FindBlocs(index, active, options);
  std::vector<size_t> weight = SignedWeight(index, active);
  const std::vector<const BlocLink*> links = LinksByEvidence(blocs);
  size_t actors = 0;
  for (const auto& m : blocs.members) actors += m.size();
  std::string out;
  if (args.Has("--json")) {
    out = BlocsJson(index, active, blocs, top, shown_ties);
  } else {
    out = std::to_string(blocs.members.size()) + " bloc" + (blocs.members.size() == 1 ? "" : "s") +
          " over " + std::to_string(actors) + " actors with signed ties; modularity " +
          FormatNumber(blocs.modularity, 3) + ", frustration " + FormatNumber(blocs.frustration, 3) + ".\n";
    out += "Ties that fit the split: " + std::to_string(blocs.cooperative_inside) +
           " cooperative inside blocs, " + std::to_string(blocs.hostile_across) +
           " hostile across; that do not: " + std::to_string(blocs.hostile_inside) +
           " hostile inside, " + std::to_string(blocs.cooperative_across) + " cooperative across.\n";
    if (!blocs.members.empty()) {
      std::vector<std::vector<std::string>> rows = {{"bloc", "actors", "leading members"}};
      for (size_t b = 0; b < blocs.members.size() && b < top; ++b) {
        std::string lead;
        for (uint32_t v : Leading(blocs.members[b], weight, shown_members)) {
          lead += (lead.empty() ? "" : ", ") + std::string(index.node(v).name);
        }
        if (blocs.members[b].size() > shown_members) lead += ", ...";
        rows.push_back({std::to_string(b + 1), std::to_string(blocs.members[b].size()), lead});
      }
      out += "\n" + Table(rows);
      if (blocs.members.size() > top) {
        out += "(" + std::to_string(blocs.members.size() - top) + " more blocs; --top N shows more)\n";
      }
    }
    if (!links.empty()) out += "\nTies across blocs:\n";
    for (size_t k = 0; k < links.size() && k < top; ++k) {
      const BlocLink& l = *links[k];
      out += "  Bloc " + std::to_string(l.a + 1) + " - Bloc " + std::to_string(l.b + 1) + ": " +
             std::to_string(l.hostile_ties) + " hostile (" + std::to_string(l.hostile_evidence) +
             " evidence), " + std::to_string(l.cooperative_ties) + " cooperative (" +
             std::to_string(l.cooperative_evidence) + " evidence)\n";
      for (size_t t = 0; t < l.ties.size() && t < shown_ties; ++t) {
        out += "    " + TieText(index, l.ties[t]) + "  [" + std::to_string(active.support(l.ties[t])) + "]\n";
        if (const IndexEvidence* q = QuoteFor(index, active, l.ties[t])) out += QuoteText(*q, "      ");
      }
    }
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return kExitOk;
}

std::vector<Flag> BlocFlags() {
  std::vector<Flag> flags = {OutputFlag(),
                             {"--top", true, "show N blocs and N links between blocs (default 10)"},
                             {"--members", true, "leading members shown per bloc (default 8)"},
                             {"--ties", true, "ties shown per link between blocs (default 3)"},
                             {"--resolution", true, "above 1: more, smaller blocs (default 1)"},
                             {"--json", false, "print JSON instead of text"}};
  for (const Flag& f : FilterFlags()) flags.push_back(f);
  return flags;
}

TAHALUF_COMMAND(Command{"blocs", "blocs GRAPH.json [options]",
                        "Alliance blocs: actors held together by cooperative ties, set apart by hostile ones.",
                        BlocFlags(), RunBlocs});

}  // namespace
}  // namespace tahaluf::cli
