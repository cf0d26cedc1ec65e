// Stage 4: extract relations. Finds relation cues (verbs, nouns and fixed
// phrases from data/cues.tsv, in Arabic and English) in each sentence and
// assigns their subject and object among the recognised actor mentions:
//
//  - Arabic verb-first and subject-first clauses (التقى خليفة بمنير /
//    الجزائر تتهم الإمارات), nominal forms (زيارة حفتر إلى باكستان),
//    passives (المدعومة من أبوظبي, backed by), English SVO;
//  - coordinated actors (كل من الإمارات والسعودية, X and Y) give one triple
//    per actor; "between X and Y" gives the pair;
//  - actors after a locative preposition (في, in, at) are places, only
//    arguments of visit and attack; a meeting in a place makes the visitor
//    from elsewhere visit it; a reception (استقبل, received) is a meeting
//    and a visit;
//  - a person's roles at the document date (roles.tsv) and roles named by a
//    title in the text give leads / member_of triples; kinship phrases
//    (نجل, son of) give child_of.
// A claim under negation (لم, لن, نفى, did not, denied) is marked negated;
// one under a hedge (reportedly, تقارير, محتملة, officials said) hedged; the
// speaker of a reported claim (قالت مصادر باكستانية, officials said) and the
// day a relative date (يوم الاثنين, last week) points to are kept with it.
//
// Usage:
//   tahaluf::Grammar grammar;           // data/words.tsv, data/cues.tsv
//   grammar.cues.Add(cues_tsv, "data/cues.tsv", &problems);
//   tahaluf::Extractor ex(lexicon, grammar);
//   tahaluf::Extraction r = ex.Extract(doc);
//   for (const tahaluf::Triple& t : r.triples) ...
#ifndef TAHALUF_EXTRACT_H_
#define TAHALUF_EXTRACT_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "tahaluf/document.h"
#include "tahaluf/grammar.h"
#include "tahaluf/lexicon.h"
#include "tahaluf/recognize.h"
#include "tahaluf/relations.h"
#include "tahaluf/segment.h"
#include "tahaluf/triple.h"

namespace tahaluf {

struct SentenceMentions {
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;
  std::vector<Mention> mentions;
};

// How one relation cue was read: which construction decided its arguments
// (empty when none matched), for explaining the output.
struct CueDecision {
  uint32_t sentence = 0;
  uint32_t cue_begin = 0, cue_end = 0;  // the cue's byte span in doc.text
  const RelationInfo* relation = nullptr;
  std::string construction;
  uint32_t triples = 0;  // triples it gave
};

struct Extraction {
  std::vector<Triple> triples;            // in sentence order, de-duplicated
  std::vector<SentenceMentions> mentions; // every sentence with mentions
  std::vector<CueDecision> decisions;     // every relation cue, in order
  size_t sentences = 0;                   // sentences in the document
  // Persons the document introduced by a title whom the lexicon does not
  // know; actor indices from lexicon.size() on refer to them.
  std::vector<Actor> discovered;

  const Actor& ActorAt(const Lexicon& lexicon, ActorIndex i) const {
    return i < lexicon.size() ? lexicon.actor(i) : discovered[i - lexicon.size()];
  }
};

class Extractor {
 public:
  Extractor(const Lexicon& lexicon, const Grammar& grammar);
  // Extracts from one document. Pure: the same document gives the same
  // result, in the same order.
  Extraction Extract(const Document& doc) const;

 private:
  const Lexicon& lexicon_;
  const Grammar& grammar_;
  Recognizer recognizer_;
  Segmenter segmenter_;
  // What every document asks of the lexicon, picked from it once: the
  // titles of an office that leads (head of state, commander, ...), that a
  // person's apposition is checked against (by the lexicon's index in
  // titles(), found by their first word; those whose first word ends in
  // '*', a prefix, listed); the roles of a state leading a body, and of a
  // body belonging to another (roles.tsv order).
  std::vector<bool> leading_title_;
  std::vector<const Title*> leading_prefix_titles_;
  std::vector<const Role*> lead_state_roles_, body_roles_;
};

// Resolves a relative date in a sentence's tokens against the document's
// date (yyyymmdd): weekdays (يوم الاثنين, on Monday) to the last such day on
// or before it, أمس / yesterday, اليوم / today, الأسبوع الماضي / last week
// (seven days before). Returns an ISO date, or "" when there is none.
std::string ResolveRelativeDate(const std::vector<Token>& tokens, int32_t document_date,
                                const WordClasses& words);

}  // namespace tahaluf

#endif  // TAHALUF_EXTRACT_H_
