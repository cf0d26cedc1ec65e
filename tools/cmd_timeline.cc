// tahaluf timeline: an actor's relations over time, by date of evidence.
#include "analytics_cli.h"
#include "tahaluf/analytics_json.h"
#include "tahaluf/timeline.h"

namespace tahaluf::cli {
namespace {

int RunTimeline(const Args& args) {
  if (args.positional.size() != 2) {
    Report("timeline: usage: tahaluf timeline GRAPH ACTOR [options]");
    return kExitUsage;
  }
  TieFilter filter;
  size_t max_rows = 0;
  if (!ParseFilter(args, &filter) || !ParseCount(args, "--max", 0, &max_rows)) return kExitUsage;
  std::optional<Granularity> by;
  if (args.Has("--by")) {
    std::string g = args.Get("--by");
    if (g == "year") {
      by = Granularity::kYear;
    } else if (g == "month") {
      by = Granularity::kMonth;
    } else {
      Report("--by takes 'year' or 'month', not '" + g + "'");
      return kExitUsage;
    }
  }
  if (!NamesAnActor("timeline: ACTOR", args.positional[1])) return kExitUsage;
  LoadedGraph graph;
  if (!graph.Load(args.positional[0])) return kExitBadInput;
  const TieIndex& index = graph.index();
  uint32_t actor;
  if (!ResolveOrReport(graph, args.positional[1], &actor)) return kExitBadInput;
  ActiveTies active(index, filter);
  std::vector<TimelineEntry> entries = Timeline(index, active, actor);
  std::vector<TimelinePeriod> periods;
  if (by) periods = SummarizeTimeline(index, entries, *by);
  const size_t shown = max_rows ? std::min(max_rows, entries.size()) : entries.size();
  std::string out;
  if (args.Has("--json")) {
    out = TimelineJson(index, actor, entries, by ? &periods : nullptr, max_rows);
  } else if (by) {
    out = "Relations of " + ActorLabel(index, actor) + " by " + args.Get("--by") + ":\n\n";
    std::vector<std::vector<std::string>> rows = {{"period", "cooperative", "hostile", "neutral", "actors"}};
    for (const TimelinePeriod& p : periods) {
      rows.push_back({p.period, std::to_string(p.by_polarity[0]), std::to_string(p.by_polarity[1]),
                      std::to_string(p.by_polarity[2]), std::to_string(p.counterparts)});
    }
    out += Table(rows);
  } else {
    out = "Relations of " + ActorLabel(index, actor) + " over time: " + std::to_string(entries.size()) +
          " piece" + (entries.size() == 1 ? "" : "s") + " of evidence.\n\n";
    std::vector<std::vector<std::string>> rows = {{"date", "relation", "with", "polarity", "document", "sentence"}};
    for (size_t k = 0; k < shown; ++k) {
      const TimelineEntry& e = entries[k];
      const IndexEvidence& ev = index.evidence(e.tie)[e.evidence];
      rows.push_back({ev.date.empty() ? "undated" : std::string(ev.date), RelationFrom(index, e.tie, actor),
                      ActorLabel(index, e.counterpart),
                      std::string(PolaritySign(index.tie(e.tie).relation->polarity)), std::string(ev.doc),
                      "\"" + std::string(ev.text) + "\"" + (ev.hedged ? " (hedged)" : "")});
    }
    out += Table(rows);
    if (shown < entries.size()) out += "(" + std::to_string(entries.size() - shown) + " more)\n";
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return kExitOk;
}

std::vector<Flag> TimelineFlags() {
  std::vector<Flag> flags = {OutputFlag(),
                             {"--by", true, "'year' or 'month': counts per period instead of each piece"},
                             {"--max", true, "list at most N pieces of evidence"},
                             {"--json", false, "print JSON instead of text"}};
  for (const Flag& f : FilterFlags()) flags.push_back(f);
  return flags;
}

TAHALUF_COMMAND(Command{"timeline", "timeline GRAPH.json ACTOR [options]",
                        "An actor's relations over time, by date of evidence.", TimelineFlags(),
                        RunTimeline});

}  // namespace
}  // namespace tahaluf::cli
