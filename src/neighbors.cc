#include "tahaluf/neighbors.h"

#include <algorithm>

#include "tahaluf/paths.h"

namespace tahaluf {

EgoNetwork Neighborhood(const TieIndex& index, const ActiveTies& active, uint32_t center,
                        size_t depth) {
  EgoNetwork ego;
  ego.center = center;
  ego.depth = depth;
  // Level by level by hand, not Boost's breadth_first_search: an ego
  // network asks more than which actors are reachable. Each member keeps
  // the actor one level closer it was reached through, the one with the
  // smallest id, so every level is expanded in id order.
  const uint32_t kUnseen = UINT32_MAX;
  std::vector<uint32_t> level(index.num_nodes(), kUnseen);
  level[center] = 0;
  std::vector<uint32_t> frontier{center}, next;
  for (size_t d = 1; d <= depth && !frontier.empty(); ++d) {
    next.clear();
    std::sort(frontier.begin(), frontier.end());
    for (uint32_t v : frontier) {
      for (const Arc& arc : index.arcs(v)) {
        if (!active.on(arc.tie) || level[arc.neighbor] != kUnseen) continue;
        level[arc.neighbor] = static_cast<uint32_t>(d);
        next.push_back(arc.neighbor);
        ego.members.push_back({arc.neighbor, static_cast<uint32_t>(d), v,
                               TiesBetween(index, active, v, arc.neighbor)});
      }
    }
    if (!next.empty()) ego.per_depth.push_back(next.size());
    frontier.swap(next);
  }
  std::sort(ego.members.begin(), ego.members.end(), [](const EgoMember& a, const EgoMember& b) {
    return std::make_pair(a.depth, a.actor) < std::make_pair(b.depth, b.actor);
  });
  // Ties inside the ego network: both ends reached (each counted from its
  // subject's side).
  std::vector<RelationSummary> summary;
  for (const RelationInfo& r : Relations()) summary.push_back({&r});
  auto count = [&](uint32_t v) {
    for (const Arc& arc : index.arcs(v)) {
      if (!arc.forward || !active.on(arc.tie) || level[arc.neighbor] == kUnseen) continue;
      const Tie& t = index.tie(arc.tie);
      RelationSummary& s = summary[static_cast<size_t>(t.relation - Relations().data())];
      ++s.ties;
      ++ego.ties;
      s.evidence += active.support(arc.tie);
      if (t.source == center || t.target == center) ++s.center_ties;
      if (t.source == center) ++s.center_subject;
    }
  };
  count(center);
  for (const EgoMember& m : ego.members) count(m.actor);
  for (const RelationSummary& s : summary) {
    if (s.ties) ego.by_relation.push_back(s);
  }
  return ego;
}

}  // namespace tahaluf
