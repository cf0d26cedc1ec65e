// Analytics: an actor's relations over time. Every piece of
// evidence on the actor's ties that passes the filter, ordered by the date
// of the evidence (undated evidence last), and a summary per year or month
// of how many cooperative, hostile and neutral pieces there were.
//
// Usage:
//   std::vector<tahaluf::TimelineEntry> t = tahaluf::Timeline(index, active, actor);
//   auto periods = tahaluf::SummarizeTimeline(index, t, tahaluf::Granularity::kYear);
#ifndef TAHALUF_TIMELINE_H_
#define TAHALUF_TIMELINE_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "tahaluf/tie_index.h"

namespace tahaluf {

struct TimelineEntry {
  Day day;                 // kUndated when the evidence has no date
  uint32_t tie;
  uint32_t evidence;       // position in the tie's evidence
  uint32_t counterpart;    // the other actor
  bool subject;            // the actor is the tie's subject
};

// Sorted by day (undated last), then counterpart id, relation name, and
// the evidence's order on its tie.
std::vector<TimelineEntry> Timeline(const TieIndex& index, const ActiveTies& active,
                                    uint32_t actor);

enum class Granularity { kYear, kMonth };

struct TimelinePeriod {
  std::string period;                 // "2023", "2023-04", or "undated"
  std::array<size_t, 3> by_polarity{};  // cooperative, hostile, neutral evidence
  size_t counterparts = 0;            // distinct other actors
};

// Periods in order (undated last), only those with evidence.
std::vector<TimelinePeriod> SummarizeTimeline(const TieIndex& index,
                                              const std::vector<TimelineEntry>& entries,
                                              Granularity granularity);

}  // namespace tahaluf

#endif  // TAHALUF_TIMELINE_H_
