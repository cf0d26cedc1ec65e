// Focus: cuts out of an AllianceGraph the part an analyst
// asked about, for a diagram or a report: the neighbourhood of an actor, the
// shortest paths between two, chosen relations or polarities, a date
// window, well-attested ties only, the most connected actors. The result is
// a new AllianceGraph holding the kept actors, relations and evidence,
// unchanged.
//
// The filters apply in this order, each to what the previous ones left:
//   1. evidence: `since` / `until` keep evidence whose date falls in the
//      window ("2024", "2024-03", "2024-03-05"; a partial date stands for
//      the year or month it names and is kept when that overlaps the
//      window; undated evidence is dropped once a window is set);
//   2. relations: `relations`, `polarities`, then `min_evidence` (counted
//      after step 1);
//   3. structure: `path` (every tie between consecutive actors on the
//      shortest paths, ties in either direction), then `around` (actors
//      within `depth` ties of any of them), then `top` (the N actors with the
//      most partners, ties between them only).
// Once any filter is set, actors left without a tie are dropped, except the
// actors named in `around` and `path`.
//
// Usage:
//   tahaluf::FocusOptions f;
//   f.around = {"Haftar"};  f.depth = 2;
//   f.polarities = {tahaluf::Polarity::kHostile};
//   tahaluf::AllianceGraph part;
//   tahaluf::Status s = tahaluf::Focus(graph, f, &part);
#ifndef TAHALUF_FOCUS_H_
#define TAHALUF_FOCUS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tahaluf/graph.h"
#include "tahaluf/relations.h"
#include "tahaluf/status.h"

namespace tahaluf {

struct FocusOptions {
  std::vector<std::string> around;  // actor names (any language, id or alias)
  size_t depth = 1;
  std::optional<std::pair<std::string, std::string>> path;
  size_t max_paths = 20;  // shortest paths drawn for `path`
  std::vector<std::string> relations;  // relation names; empty: all
  std::vector<Polarity> polarities;    // empty: all
  std::string since, until;            // ISO date prefixes; empty: open
  size_t min_evidence = 0;
  size_t top = 0;  // 0: all

  // True when any filter is set.
  bool Active() const;
  // One line saying what was asked, for captions: "around Haftar (depth 2),
  // hostile, since 2024". Empty when nothing is set.
  std::string Describe() const;
};

// Writes the focused part of `in` to `*out` (replacing what it held).
// Errors, with `out` left unchanged:
//   kNotFound  an actor in `around` / `path` is not in the graph (the
//              closest names are in the message), or there is no path
//              between the two actors after the other filters;
//   kUsage     an unknown relation name, or a date that is not YYYY,
//              YYYY-MM or YYYY-MM-DD, or since later than until.
Status Focus(const AllianceGraph& in, const FocusOptions& options, AllianceGraph* out);

}  // namespace tahaluf

#endif  // TAHALUF_FOCUS_H_
