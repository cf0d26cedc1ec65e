// The language knowledge extraction runs on, as data: word classes
// (data/words.tsv), relation cues (data/cues.tsv) and the constructions
// that find a cue's arguments (data/constructions.tsv). Loaded once, shared
// by every Extractor; read-only after loading.
//
// Usage:
//   tahaluf::Grammar g;
//   g.words.Add(words_tsv, "data/words.tsv", &problems);
//   g.cues.Add(cues_tsv, "data/cues.tsv", &problems);
//   g.constructions.Add(constructions_tsv, "data/constructions.tsv", &problems);
//   tahaluf::Extractor ex(lexicon, g);
#ifndef TAHALUF_GRAMMAR_H_
#define TAHALUF_GRAMMAR_H_

#include "tahaluf/constructions.h"
#include "tahaluf/cues.h"
#include "tahaluf/words.h"

namespace tahaluf {

struct Grammar {
  WordClasses words;
  CueLexicon cues;
  Constructions constructions;
};

}  // namespace tahaluf

#endif  // TAHALUF_GRAMMAR_H_
