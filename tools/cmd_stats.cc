// tahaluf stats: what a graph holds, by kind, relation, polarity, language, document.
#include "analytics_cli.h"
#include "tahaluf/analytics_json.h"
#include "tahaluf/graph_stats.h"

namespace tahaluf::cli {
namespace {

int RunStats(const Args& args) {
  if (args.positional.size() != 1) {
    Report("stats: usage: tahaluf stats GRAPH [options]");
    return kExitUsage;
  }
  TieFilter filter;
  size_t top = 10;
  if (!ParseFilter(args, &filter) || !ParseCount(args, "--top", 10, &top)) return kExitUsage;
  LoadedGraph graph;
  if (!graph.Load(args.positional[0])) return kExitBadInput;
  const TieIndex& index = graph.index();
  ActiveTies active(index, filter);
  GraphStats s = ComputeStats(index, active, top);
  const char* polarity[3] = {"cooperative", "hostile", "neutral"};
  std::string out;
  if (args.Has("--json")) {
    out = StatsJson(s);
  } else {
    out = std::to_string(s.actors) + " actors (" + std::to_string(s.actors_with_ties) + " with ties), " +
          std::to_string(s.ties) + " ties, " + std::to_string(s.evidence) + " pieces of evidence from " +
          std::to_string(s.documents) + " documents";
    if (!s.first_date.empty()) out += ", dated " + s.first_date + " to " + s.last_date;
    out += "; " + std::to_string(s.hedged) + " hedged, " + std::to_string(s.undated) + " undated.\n";
    std::vector<std::vector<std::string>> kinds = {{"kind", "actors"}};
    for (const auto& [k, n] : s.actors_by_kind) kinds.push_back({k.empty() ? "(none)" : k, std::to_string(n)});
    out += "\n" + Table(kinds);
    std::vector<std::vector<std::string>> pol = {{"polarity", "ties", "evidence"}};
    for (int p = 0; p < 3; ++p) {
      pol.push_back({polarity[p], std::to_string(s.ties_by_polarity[p]), std::to_string(s.evidence_by_polarity[p])});
    }
    out += "\n" + Table(pol);
    std::vector<std::vector<std::string>> rel = {{"relation", "polarity", "ties", "evidence"}};
    for (const RelationCount& r : s.by_relation) {
      rel.push_back({std::string(r.relation->name), std::string(PolaritySign(r.relation->polarity)),
                     std::to_string(r.ties), std::to_string(r.evidence)});
    }
    out += "\n" + Table(rel);
    std::vector<std::vector<std::string>> lang = {{"language", "evidence"}};
    for (const auto& [k, n] : s.evidence_by_language) lang.push_back({k, std::to_string(n)});
    out += "\n" + Table(lang);
    if (!s.top_documents.empty()) {
      std::vector<std::vector<std::string>> docs = {{"document", "evidence"}};
      for (const auto& [d, n] : s.top_documents) docs.push_back({d, std::to_string(n)});
      out += "\n" + Table(docs);
    }
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return kExitOk;
}

std::vector<Flag> StatsFlags() {
  std::vector<Flag> flags = {OutputFlag(),
                             {"--top", true, "list the N documents with the most evidence (default 10)"},
                             {"--json", false, "print JSON instead of text"}};
  for (const Flag& f : FilterFlags()) flags.push_back(f);
  return flags;
}

TAHALUF_COMMAND(Command{"stats", "stats GRAPH.json [options]",
                        "Counts by actor kind, relation, polarity, language and document.",
                        StatsFlags(), RunStats});

}  // namespace
}  // namespace tahaluf::cli
