// The language knowledge extraction runs on, as data: word classes
// (data/words.tsv) and relation cues (data/cues.tsv). Loaded once, shared by
// every Extractor; read-only after loading.
//
// Usage:
//   tahaluf::Grammar g;
//   g.words.Add(words_tsv, "data/words.tsv", &problems);
//   g.cues.Add(cues_tsv, "data/cues.tsv", &problems);
//   tahaluf::Extractor ex(lexicon, g);
#ifndef TAHALUF_GRAMMAR_H_
#define TAHALUF_GRAMMAR_H_

#include "tahaluf/cues.h"
#include "tahaluf/words.h"

namespace tahaluf {

struct Grammar {
  WordClasses words;
  CueLexicon cues;
};

}  // namespace tahaluf

#endif  // TAHALUF_GRAMMAR_H_
