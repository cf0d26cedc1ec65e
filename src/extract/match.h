// Internal to extraction: matches the constructions of
// data/constructions.tsv (tahaluf/constructions.h) around a cue.
#ifndef TAHALUF_SRC_EXTRACT_MATCH_H_
#define TAHALUF_SRC_EXTRACT_MATCH_H_

#include <vector>

#include "tahaluf/constructions.h"
#include "view.h"

namespace tahaluf::extract {

struct Arguments {
  const Construction* row = nullptr;  // the construction that matched
  std::vector<size_t> subject;        // mention indices (a list)
  std::vector<size_t> object;
  bool subject_written = false;       // S matched (else carried, if optional)
};

// Tries the constructions in order for cue hit `h` whose relation is `rel`
// and frame `frame` (after a cooperation noun took its field's relation);
// returns the first match, or one with row == nullptr.
Arguments FindArguments(const SentenceView& view, const CueHit& h, const RelationInfo* rel, Frame frame,
                        const Constructions& rows);

}  // namespace tahaluf::extract

#endif  // TAHALUF_SRC_EXTRACT_MATCH_H_
