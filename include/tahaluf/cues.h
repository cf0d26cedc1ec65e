// Relation cues: the words and phrases that signal a relation (data/cues.tsv),
// each with the frame that says how its arguments are found, and the cue
// words that are not relations (hedges, negations, verbs of saying and of
// denial, cooperation nouns and their fields, companions of a visit).
//
// Usage:
//   tahaluf::CueLexicon cues;
//   std::vector<tahaluf::Status> problems;
//   cues.Add(cues_tsv, "data/cues.tsv", &problems);
//   std::vector<uint32_t> found;
//   const tahaluf::CueLexicon::Forms word(forms, n);  // a word's n forms (ArabicStems)
//   for (int k = 0; k < word.n; ++k) {
//     cues.Matching(word, k, &found);
//     for (uint32_t i : found) { const tahaluf::Cue& c = cues.cues()[i]; ... }
//   }
#ifndef TAHALUF_CUES_H_
#define TAHALUF_CUES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tahaluf/relations.h"
#include "tahaluf/status.h"
#include "tahaluf/text.h"

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
  kDelegation,  // "وفد سوري، يترأسه X، ويضم Y": the members named after the cue
                // went where the delegation went
  kEscort,   // "رافق X في زيارته A وB", "X, accompanied by A": the companions
             // made X's latest visit too
  kAttend,   // "بمشاركة X وY", "attended by X": the persons who attended a
             // gathering visited where the text says it was held
};

struct Cue {
  std::string lang;                 // "ar" or "en"
  std::vector<std::string> tokens;  // folded; trailing '*' = prefix
  const RelationInfo* relation = nullptr;  // null for hedge / negation
  Frame frame = Frame::kVerb;
  uint32_t line = 0;
  // The first word is a form of an Arabic verb family (perfect/imperfect):
  // in a verb-first clause its subject may stand between it and the rest
  // ("فرضت الولايات المتحدة عقوبات على").
  bool verb_family = false;
};

class CueLexicon {
 public:
  // Parses cues.tsv (`lang relation cue frame`); bad rows go to problems.
  void Add(std::string_view content, std::string_view source,
           std::vector<Status>* problems);
  size_t size() const { return cues_.size(); }
  const std::vector<Cue>& cues() const { return cues_; }
  // The most forms Matching takes: a word's, as ArabicStems gives them.
  static constexpr int kMaxForms = 6;
  // Into `out`, in file order, the cues whose first token matches one of
  // the n forms of a word (n <= kMaxForms: is one of them or, when it ends
  // in '*', a prefix of one) and starts with the first two code points of
  // forms[k]; none when an earlier form starts with those too (its call
  // gave them). Asked for k = 0 .. n - 1, it gives each such cue once, in
  // the order the extractor has always met them: the order that decides
  // between hits that tie.
  // (A word's forms with the key of each, worked out once for all its k.
  // The forms are the caller's, which must outlive this; a key is a
  // form's first bytes, kept as their count: nothing here is made or
  // cleared a word at a time but the counts.)
  struct Forms {
    Forms(const std::string_view* forms, int n);
    std::string_view key(int j) const { return form[j].substr(0, key_size[j]); }
    const std::string_view* form;
    uint8_t key_size[kMaxForms];
    int n = 0;
  };
  void Matching(const Forms& forms, int k, std::vector<uint32_t>* out) const;

 private:
  std::vector<Cue> cues_;
  // Cues by their first token, when it is a whole word; those whose first
  // token ends in '*' by its first two code points (a word's forms are
  // looked up, not compared with every cue that shares their first
  // letters).
  TextMap<std::unordered_map<std::string, std::vector<uint32_t>>> by_first_;
  TextMap<std::unordered_map<std::string, std::vector<uint32_t>>> prefixes_by_key_;
};

// The frame named `name` in cues.tsv ("verb", "noun", ...), if any.
std::optional<Frame> ParseFrame(std::string_view name);

}  // namespace tahaluf

#endif  // TAHALUF_CUES_H_
