// Analytics: alliance blocs. Groups of actors held together by
// cooperative ties and set apart by hostile ones: signed community
// detection on the actor pairs (pair_graph.h), weighting each pair by its
// cooperative and its hostile evidence.
//
// The method is Louvain's (local moves, then blocs merged into single
// actors, repeated) maximising signed modularity (Gómez, Jensen & Arenas,
// Phys. Rev. E 80, 2009):
//   Q = 1/(2w+ + 2w-) * sum_ij [ (A+ij - k+i k+j / 2w+) - (A-ij - k-i k-j / 2w-) ] d(ci, cj)
// so a bloc gains from cooperative ties inside it and from hostile ties
// leaving it. Actors are visited in id order and ties are broken towards
// the bloc seen first, so the result is the same on every run.
//
// Neutral relations (leads, member_of, child_of) carry no sign and are not
// used; actors with no signed tie belong to no bloc.
//
// Usage:
//   tahaluf::ActiveTies active(index, filter);
//   tahaluf::Blocs blocs = tahaluf::FindBlocs(index, active);
//   for (const auto& members : blocs.members) ...
//   for (const tahaluf::BlocLink& link : blocs.links) ...  // the ties across blocs
#ifndef TAHALUF_BLOCS_H_
#define TAHALUF_BLOCS_H_

#include <cstdint>
#include <vector>

#include "tahaluf/tie_index.h"

namespace tahaluf {

struct BlocOptions {
  // Above 1 favours more, smaller blocs; below 1 fewer, larger ones.
  double resolution = 1.0;
};

// The ties between two blocs.
struct BlocLink {
  uint32_t a, b;                    // bloc numbers, a < b
  size_t cooperative_ties = 0, hostile_ties = 0;
  size_t cooperative_evidence = 0, hostile_evidence = 0;
  std::vector<uint32_t> ties;       // the signed ties, most evidence first, then tie order
};

struct Blocs {
  static constexpr int32_t kNoBloc = -1;
  std::vector<int32_t> bloc_of;                 // per actor; kNoBloc without signed ties
  std::vector<std::vector<uint32_t>> members;   // per bloc, actors in id order; blocs by
                                                // size (largest first), then first member
  std::vector<BlocLink> links;                  // pairs of blocs with ties, by (a, b)
  // Signed ties (not pairs) that agree with the partition: cooperative
  // inside a bloc, hostile across; and those that do not.
  size_t cooperative_inside = 0, hostile_across = 0;
  size_t hostile_inside = 0, cooperative_across = 0;
  double modularity = 0;
  // Evidence on disagreeing ties over all signed evidence (0 = a perfect
  // split into blocs).
  double frustration = 0;
};

Blocs FindBlocs(const TieIndex& index, const ActiveTies& active, const BlocOptions& options = {});

// The links between blocs in the order to show them: most evidence across
// them first, then by (a, b).
std::vector<const BlocLink*> LinksByEvidence(const Blocs& blocs);

}  // namespace tahaluf

#endif  // TAHALUF_BLOCS_H_
