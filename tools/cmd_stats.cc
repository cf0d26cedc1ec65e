// tahaluf stats: what a graph holds, by kind, relation, polarity, language, document.
#include "analytics_cli.h"
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
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("actors"); w.Uint64(s.actors);
    w.Key("actors_with_ties"); w.Uint64(s.actors_with_ties);
    w.Key("ties"); w.Uint64(s.ties);
    w.Key("evidence"); w.Uint64(s.evidence);
    w.Key("hedged"); w.Uint64(s.hedged);
    w.Key("undated"); w.Uint64(s.undated);
    w.Key("first_date"); JsonString(w, s.first_date);
    w.Key("last_date"); JsonString(w, s.last_date);
    w.Key("documents"); w.Uint64(s.documents);
    w.Key("actors_by_kind");
    w.StartObject();
    for (const auto& [k, n] : s.actors_by_kind) { JsonString(w, k.empty() ? "(none)" : k); w.Uint64(n); }
    w.EndObject();
    w.Key("by_relation");
    w.StartArray();
    for (const RelationCount& r : s.by_relation) {
      w.StartObject();
      w.Key("relation"); JsonString(w, r.relation->name);
      w.Key("polarity"); JsonString(w, PolarityName(r.relation->polarity));
      w.Key("ties"); w.Uint64(r.ties);
      w.Key("evidence"); w.Uint64(r.evidence);
      w.EndObject();
    }
    w.EndArray();
    w.Key("by_polarity");
    w.StartObject();
    for (int p = 0; p < 3; ++p) {
      w.Key(polarity[p]);
      w.StartObject();
      w.Key("ties"); w.Uint64(s.ties_by_polarity[p]);
      w.Key("evidence"); w.Uint64(s.evidence_by_polarity[p]);
      w.EndObject();
    }
    w.EndObject();
    w.Key("evidence_by_language");
    w.StartObject();
    for (const auto& [k, n] : s.evidence_by_language) { JsonString(w, k); w.Uint64(n); }
    w.EndObject();
    w.Key("top_documents");
    w.StartArray();
    for (const auto& [d, n] : s.top_documents) {
      w.StartObject();
      w.Key("doc"); JsonString(w, d);
      w.Key("evidence"); w.Uint64(n);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out = JsonText(buf);
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
