#include "tahaluf/timeline.h"

#include <algorithm>
#include <cstdio>

namespace tahaluf {

std::vector<TimelineEntry> Timeline(const TieIndex& index, const ActiveTies& active,
                                    uint32_t actor) {
  std::vector<TimelineEntry> out;
  for (const Arc& arc : index.arcs(actor)) {
    if (!active.on(arc.tie)) continue;
    auto evidence = index.evidence(arc.tie);
    for (uint32_t k = 0; k < evidence.size(); ++k) {
      if (active.Passes(evidence[k])) {
        out.push_back({evidence[k].day, arc.tie, k, arc.neighbor, arc.forward});
      }
    }
  }
  // Arcs are already by counterpart, then relation name: a stable sort by
  // day keeps that order within a day.
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    const Day x = a.day == kUndated ? INT32_MAX : a.day;
    const Day y = b.day == kUndated ? INT32_MAX : b.day;
    return x < y;
  });
  return out;
}

std::vector<TimelinePeriod> SummarizeTimeline(const TieIndex& index,
                                              const std::vector<TimelineEntry>& entries,
                                              Granularity granularity) {
  std::vector<TimelinePeriod> out;
  std::vector<uint32_t> counterparts;
  auto close = [&] {
    if (out.empty()) return;
    std::sort(counterparts.begin(), counterparts.end());
    out.back().counterparts =
        static_cast<size_t>(std::unique(counterparts.begin(), counterparts.end()) - counterparts.begin());
    counterparts.clear();
  };
  for (const TimelineEntry& e : entries) {
    std::string period = "undated";
    if (e.day != kUndated) {
      char buf[16];
      const int year = e.day / 10000, month = e.day / 100 % 100;
      if (granularity == Granularity::kMonth && month >= 1 && month <= 12) {
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      } else {
        std::snprintf(buf, sizeof buf, "%04d", year);
      }
      period = buf;
    }
    if (out.empty() || out.back().period != period) {
      close();
      out.push_back({period});
    }
    ++out.back().by_polarity[static_cast<size_t>(index.tie(e.tie).relation->polarity)];
    counterparts.push_back(e.counterpart);
  }
  close();
  return out;
}

}  // namespace tahaluf
