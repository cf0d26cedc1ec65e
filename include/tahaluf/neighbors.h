// Analytics: an actor's ego network. Every actor within `depth`
// hops over the ties a filter leaves on (either direction), each with the
// actor it was reached through and the ties between them, and a summary of
// the ties inside the ego network per relation.
//
// Breadth-first, one level at a time, each level expanded in id order, so
// an actor is reached through the neighbour with the smallest id among
// those one level closer.
//
// Usage:
//   tahaluf::ActiveTies active(index, filter);
//   tahaluf::EgoNetwork ego = tahaluf::Neighborhood(index, active, actor, 2);
//   for (const tahaluf::EgoMember& m : ego.members) ...
#ifndef TAHALUF_NEIGHBORS_H_
#define TAHALUF_NEIGHBORS_H_

#include <cstdint>
#include <vector>

#include "tahaluf/tie_index.h"

namespace tahaluf {

struct EgoMember {
  uint32_t actor;
  uint32_t depth;              // 1 = a direct neighbour
  uint32_t via;                // the actor one level closer it was reached through
  std::vector<uint32_t> ties;  // active ties between `via` and `actor`, best first
};

struct RelationSummary {
  const RelationInfo* relation;
  size_t ties = 0;          // active ties of this relation inside the ego network
  size_t evidence = 0;      // their evidence that passes the filter
  size_t center_ties = 0;   // of which the centre is subject or object
  size_t center_subject = 0;  // of which the centre is the subject
};

struct EgoNetwork {
  uint32_t center = 0;
  size_t depth = 0;
  std::vector<EgoMember> members;          // by depth, then id
  std::vector<size_t> per_depth;           // members at depth 1, 2, ...
  std::vector<RelationSummary> by_relation;  // relations present, in inventory order
  size_t ties = 0;                         // active ties inside the ego network
};

// The ego network of `center` to `depth` hops (0 gives no members).
EgoNetwork Neighborhood(const TieIndex& index, const ActiveTies& active, uint32_t center,
                        size_t depth);

}  // namespace tahaluf

#endif  // TAHALUF_NEIGHBORS_H_
