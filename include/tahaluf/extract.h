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
//   tahaluf::CueLexicon cues;
//   cues.Add(cues_tsv, "data/cues.tsv", &problems);
//   tahaluf::Extractor ex(lexicon, cues);
//   tahaluf::Extraction r = ex.Extract(doc);
//   for (const tahaluf::Triple& t : r.triples) ...
#ifndef TAHALUF_EXTRACT_H_
#define TAHALUF_EXTRACT_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "tahaluf/document.h"
#include "tahaluf/lexicon.h"
#include "tahaluf/recognize.h"
#include "tahaluf/relations.h"
#include "tahaluf/segment.h"
#include "tahaluf/triple.h"

namespace tahaluf {

// How a cue's arguments are found (cues.tsv `frame` column).
enum class Frame : uint8_t {
  kVerb,     // finite verb: agent and patient around it
  kNoun,     // event noun / masdar: زيارة X إلى Y, X's visit to Y
  kPassive,  // agent after من / by, patient before
  kSym,      // a symmetric state: the pair around it, or between X and Y
  kSupply,   // something supplied: supplier before, recipient after to/إلى
  kHost,     // a reception: host meets guest, guest visits host's state
  kKin,      // "نجل X", "son of X": the child before, the parent after
  kKinPron,  // "نجله X", "his son X": X is the child of the person before
  kHedge,    // not a relation: marks claims in the sentence hedged
  kNegation, // not a relation: negates the cue it precedes
  kSpeech,   // not a relation: a verb of saying; its subject is the source
  kDenial,   // not a relation: a verb of denial (نفى, denied) negates every
             // cue after it in the sentence
  kCoop,     // a generic cooperation noun (التعاون, cooperation): a relation
             // only with a field word near it, which says which (kDomain)
  kDomain,   // not a relation by itself: a field (الدفاع, energy) that makes
             // a nearby cooperation noun security or economic cooperation
  kEscort,   // "رافق X في زيارته A وB", "X, accompanied by A": the companions
             // made X's latest visit too
};

struct Cue {
  std::string lang;                 // "ar" or "en"
  std::vector<std::string> tokens;  // folded; trailing '*' = prefix
  const RelationInfo* relation = nullptr;  // null for hedge / negation
  Frame frame = Frame::kVerb;
  uint32_t line = 0;
};

class CueLexicon {
 public:
  // Parses cues.tsv (`lang relation cue frame`); bad rows go to problems.
  void Add(std::string_view content, std::string_view source,
           std::vector<Status>* problems);
  size_t size() const { return cues_.size(); }
  const std::vector<Cue>& cues() const { return cues_; }
  // Cues whose first token may match a word starting with `key` (the
  // word's first two code points).
  const std::vector<uint32_t>* Bucket(std::string_view key) const;

 private:
  std::vector<Cue> cues_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
};

struct SentenceMentions {
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;
  std::vector<Mention> mentions;
};

struct Extraction {
  std::vector<Triple> triples;            // in sentence order, de-duplicated
  std::vector<SentenceMentions> mentions; // every sentence with mentions
  // Persons the document introduced by a title whom the lexicon does not
  // know; actor indices from lexicon.size() on refer to them.
  std::vector<Actor> discovered;

  const Actor& ActorAt(const Lexicon& lexicon, ActorIndex i) const {
    return i < lexicon.size() ? lexicon.actor(i) : discovered[i - lexicon.size()];
  }
};

class Extractor {
 public:
  Extractor(const Lexicon& lexicon, const CueLexicon& cues);
  // Extracts from one document. Pure: the same document gives the same
  // result, in the same order.
  Extraction Extract(const Document& doc) const;

 private:
  const Lexicon& lexicon_;
  const CueLexicon& cues_;
  Recognizer recognizer_;
  Segmenter segmenter_;
};

// Resolves a relative date in a sentence's tokens against the document's
// date (yyyymmdd): weekdays (يوم الاثنين, on Monday) to the last such day on
// or before it, أمس / yesterday, اليوم / today, الأسبوع الماضي / last week
// (seven days before). Returns an ISO date, or "" when there is none.
std::string ResolveRelativeDate(const std::vector<Token>& tokens, int32_t document_date);

}  // namespace tahaluf

#endif  // TAHALUF_EXTRACT_H_
