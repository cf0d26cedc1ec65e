// tahaluf neighbors: an actor's ego network, with a summary per relation.
#include "analytics_cli.h"
#include "tahaluf/analytics_json.h"
#include "tahaluf/neighbors.h"

namespace tahaluf::cli {
namespace {

int RunNeighbors(const Args& args) {
  if (args.positional.size() != 2) {
    Report("neighbors: usage: tahaluf neighbors GRAPH ACTOR [options]");
    return kExitUsage;
  }
  TieFilter filter;
  size_t depth = 1, top = 50;
  if (!ParseFilter(args, &filter) || !ParseCount(args, "--depth", 1, &depth) ||
      !ParseCount(args, "--top", 50, &top)) {
    return kExitUsage;
  }
  if (!NamesAnActor("neighbors: ACTOR", args.positional[1])) return kExitUsage;
  LoadedGraph graph;
  if (!graph.Load(args.positional[0])) return kExitBadInput;
  const TieIndex& index = graph.index();
  uint32_t center;
  if (!ResolveOrReport(graph, args.positional[1], &center)) return kExitBadInput;
  ActiveTies active(index, filter);
  EgoNetwork ego = Neighborhood(index, active, center, depth);
  std::string out;
  if (args.Has("--json")) {
    out = NeighborhoodJson(index, active, ego, top);
  } else {
    out = "Ego network of " + ActorLabel(index, center) + " to depth " + std::to_string(depth) +
          ": " + std::to_string(ego.members.size()) + " actor" +
          (ego.members.size() == 1 ? "" : "s");
    if (!ego.per_depth.empty()) {
      out += " (";
      for (size_t d = 0; d < ego.per_depth.size(); ++d) {
        out += (d ? ", " : "") + std::to_string(ego.per_depth[d]) + " at depth " + std::to_string(d + 1);
      }
      out += ")";
    }
    out += ", " + std::to_string(ego.ties) + " ties among them.\n";
    if (!ego.by_relation.empty()) {
      std::vector<std::vector<std::string>> rows = {
          {"relation", "polarity", "ties", "evidence", "with centre", "centre as subject"}};
      for (const RelationSummary& r : ego.by_relation) {
        rows.push_back({std::string(r.relation->name), std::string(PolarityName(r.relation->polarity)),
                        std::to_string(r.ties), std::to_string(r.evidence),
                        std::to_string(r.center_ties), std::to_string(r.center_subject)});
      }
      out += "\n" + Table(rows);
    }
    if (!ego.members.empty()) {
      std::vector<std::vector<std::string>> rows = {{"depth", "actor", "via", "tie", "evidence", "also"}};
      for (size_t k = 0; k < ego.members.size() && k < top; ++k) {
        const EgoMember& m = ego.members[k];
        std::string also;
        for (size_t t = 1; t < m.ties.size(); ++t) {
          also += (t > 1 ? ", " : "") + RelationFrom(index, m.ties[t], m.via);
        }
        rows.push_back({std::to_string(m.depth), ActorLabel(index, m.actor),
                        std::string(index.node(m.via).name), RelationFrom(index, m.ties[0], m.via),
                        std::to_string(active.support(m.ties[0])), also});
      }
      out += "\n" + Table(rows);
      if (ego.members.size() > top) {
        out += "(" + std::to_string(ego.members.size() - top) + " more; --top N shows more)\n";
      }
    }
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return kExitOk;
}

std::vector<Flag> NeighborFlags() {
  std::vector<Flag> flags = {OutputFlag(),
                             {"--depth", true, "hops from the actor (default 1)"},
                             {"--top", true, "list at most N actors (default 50)"},
                             {"--json", false, "print JSON instead of text"}};
  for (const Flag& f : FilterFlags()) flags.push_back(f);
  return flags;
}

TAHALUF_COMMAND(Command{"neighbors", "neighbors GRAPH.json ACTOR [options]",
                        "An actor's ego network to some depth, with a summary per relation.",
                        NeighborFlags(), RunNeighbors});

}  // namespace
}  // namespace tahaluf::cli
