// Names to actors: which actor a name someone typed means, in either graph
// model. Actors are named in either language, case- and
// diacritic-insensitively, by id, name or alias (NameKey, names.h); an
// unknown name gets the closest known names back for the message.
//
// Usage:
//   tahaluf::NameMatch m = tahaluf::ResolveActor(graph, "حفتر");
//   if (!m.vertex) { for (const std::string& s : m.suggestions) ...; }
#ifndef TAHALUF_RESOLVE_H_
#define TAHALUF_RESOLVE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/graph.h"
#include "tahaluf/tie_index.h"

namespace tahaluf {

struct NameMatch {
  std::optional<Vertex> vertex;          // for a TieIndex: the actor number
  std::vector<std::string> suggestions;  // "Name (ID)", closest first
};

// Finds the actor called `name`: exact id, then any name or alias after
// folding (case, diacritics, alef/yeh/ta-marbuta forms, the Arabic
// article). Unknown: up to five suggestions, the closest by edit distance
// first, none further than half the name's length (or 3). A name with
// nothing to match once folded ("", spaces, punctuation) matches no actor
// and gets no suggestions, whatever empty field an actor has.
NameMatch ResolveActor(const AllianceGraph& graph, std::string_view name);

// The same search on a TieIndex. Exact id, exact name or alias and folded
// name are tried in that order, so the common cases cost no folding of the
// whole index.
NameMatch ResolveActor(const TieIndex& index, std::string_view name);

}  // namespace tahaluf

#endif  // TAHALUF_RESOLVE_H_
