// Constructions: how a relation cue's subject and object are found in its
// sentence, as data (data/constructions.tsv). A linguist adds a
// construction with a row and a test sentence, no C++.
//
// A row is `name lang frames pattern action`. For every relation cue in a
// sentence, the rows whose language and frame fit are tried in file order;
// the first whose pattern matches decides the cue's arguments. A pattern
// is a sequence of elements around exactly one CUE, matched outwards from
// the cue (the nearest candidates first) within the cue's clause:
//
//   CUE[attrs]        the cue itself
//   S[attrs] O[attrs] the subject and the object: an actor mention, with
//                     the list it heads ("Egypt, Saudi Arabia and the UAE")
//   A[attrs]          any actor mention, not an argument; !A a token that
//                     is no part of one
//   OTHER[attrs]      another cue in the sentence ("accused X of backing Y")
//   @class            a word of a class of data/words.tsv ("@relative");
//                     several classes with |; a proclitic's class, a word
//                     written with it ("@clitic.with": بالتورط)
//   "text"            a token as written (folded): "-", "'s"
//   ~  ~N  ~N-        a gap of words (at most N; at least N) that crosses
//                     no actor that could be an argument
//   ~~ ~~N            a gap that may cross actors
// An element may end with ? (optional) or {m,n} (m to n times, words
// only). Attributes, comma-separated: for S, O and A `prep=none|to|...`
// (the preposition governing the list's first actor; `prep!=in` excludes;
// a row naming `in` may take an actor after in / في, elsewhere a place),
// `kind=state|city|...` (`kind!=`), `word=CLASS` (the mention's first
// word is of a class of words.tsv), `list` (two or more; `list=3`, three
// or more), `far` (the farthest candidate first), `foreign` (on O: no pair
// of two actors of one state); for CUE and OTHER `relation=`, `frame=`,
// `symmetric`, `hostile`, `word=CLASS` (the cue's first word is of a
// class), `clitic=conj|with|to|of|none` (the proclitic on the cue word),
// `imperfect`, `pronoun`, `pronoun.ambiguous`, `prefix`, `alone` (no
// bare actor before the cue in its clause), `subject_near` (a
// bare actor at most two words before it), `person_after` (a person among
// the actors after it), `participle` (an English -ing form), `split` (a
// cue whose words its subject stands between: "وقوف المملكة إلى جانب"),
// `opens` (the cue is the sentence's first word), `after_break` (the
// word right before the cue ends the clause before, a clause_break of
// words.tsv: "حيث التقى", where he met); each flag may be negated with !.
//
// Actions: `author` (the subject with the author of the act the
// document last reported, within two sentences, or further back where
// every act it reported had that one author, a body, and no other denied
// one: "condemned the strikes"), `place` (the subject with the place
// named last before the cue, in its sentence or the one before: "زارها",
// visited it),
// `pronoun` (the subject with the person named last before the cue in
// its sentence, the one a pronoun on the cue stands for: "حيث استقبله
// الأسد", where Assad received him), `referent` (the subject with the
// actor named last before the cue in its sentence, whatever governs it,
// other than the sentence's subject: the one an object pronoun on a
// coordinated verb stands for, "قطع علاقاته مع إيران ويتهمها", broke with
// Iran and accuses it), `pair`
// (each subject with each object; with S optional and unmatched, the
// sentence's subject so far, else the actor the sentence opens with, else
// the previous sentence's),
// `pairs` (every pair of S's list), `sides` (the two actors of the cue's
// clause, where it names two and no more, places aside: cooperation no
// row found arguments for, "Bilateral trade doubled, Egypt's minister
// told Putin"; with an S, the S and each of the clause's two other
// actors: "بعد وساطة قطرية", a mediator and the two sides), `stop` (no
// relation; try no further
// rows), `limit` (not an argument pattern: wherever it matches, the cue's
// arguments are sought only before its last element, or, when all its
// elements stand before the cue, only after its first; for the rows after
// it in the file: a row before a limit sees the cue's whole clause).
//
// Usage:
//   tahaluf::Constructions c;
//   c.Add(tsv, "data/constructions.tsv", &problems);
//   for (const tahaluf::Construction& k : c.all()) ...
#ifndef TAHALUF_CONSTRUCTIONS_H_
#define TAHALUF_CONSTRUCTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/cues.h"
#include "tahaluf/lexicon.h"
#include "tahaluf/relations.h"
#include "tahaluf/status.h"
#include "tahaluf/words.h"

namespace tahaluf {

// The preposition that governs an actor mention: the word before it, or
// the proclitic on its first word.
enum class Prep : uint8_t {
  kNone, kTo, kWith, kFrom, kIn, kBy, kOf, kFor, kAgainst, kOn, kBetween,
};
std::string_view PrepName(Prep p);  // "none", "to", ...

// A flag of a cue (CUE and OTHER attributes).
enum class CueFlag : uint8_t {
  kSymmetric, kHostile, kImperfect, kPronoun, kPronounAmbiguous, kPrefix,
  kAlone, kSubjectNear, kPersonAfter, kParticiple, kSplit, kOpens, kAfterBreak, kCount,
};

struct Element {
  enum class Kind : uint8_t { kCue, kSubject, kObject, kActor, kNotActor, kOther, kWord, kLiteral, kGap };
  Kind kind = Kind::kGap;
  uint8_t min = 1, max = 1;  // repetitions (words, literals); optional: min 0
  // kGap: words skipped, and whether argument-like actors may be crossed.
  uint16_t gap_min = 0, gap_max = 0xFFFF;
  bool cross_actors = false;
  // kWord / kLiteral.
  std::vector<WordClass> classes;  // kWord; for actors, `word=`: the mention's first word's classes
  std::string literal;
  // kSubject / kObject / kActor: allowed preps and actor kinds (bit sets;
  // 0 = any).
  uint32_t preps = 0;
  uint32_t kinds = 0;
  uint8_t list = 0;  // a list of at least this many (`list`: 2); 0: any
  bool far = false;   // farthest candidate first
  bool foreign = false;  // O: paired only with a subject of another state
  bool in_ok = false;  // `prep=` names in: an actor after in / في is an argument (not a place)
  // kCue / kOther.
  std::vector<const RelationInfo*> relations;  // empty = any
  bool relations_negated = false;
  uint32_t frames = 0;  // bit set of Frame, 0 = any
  int8_t clitic = -1;   // -1 any; else a WordClass clitic, or kNoClitic
  bool clitic_negated = false;
  uint16_t flags_on = 0, flags_off = 0;  // CueFlag bits
};

// The clitic value of `clitic=none`.
constexpr int8_t kNoClitic = 127;

// A pattern with its optional actors and cues either there or left out
// (with the gap that led to them): the forms tried, fullest first.
struct PatternForm {
  std::vector<Element> elements;
  size_t cue = 0;  // index of the CUE element
  // The classes each word element that must match once or more may take,
  // before the cue and after it: a sentence with no word of one of these
  // sets on that side of its cue cannot match the form.
  std::vector<WordClassSet> words_before, words_after;
  // Whether an S, O or A stands before the cue, and after it: a form with
  // one there cannot match where no actor is.
  bool actor_before = false, actor_after = false;
};

struct Construction {
  enum class Action : uint8_t { kPair, kPairs, kStop, kLimit, kAuthor, kPlace, kPronoun, kReferent, kSides };
  std::string name;
  std::string lang;     // "ar", "en" or "*"
  uint32_t frames = 0;  // bit set of Frame the cue may have, 0 = any
  std::vector<Element> elements;  // as written
  size_t cue = 0;       // index of the CUE element
  std::vector<PatternForm> forms;
  Action action = Action::kPair;
  uint32_t line = 0;
  std::string pattern;  // as written, for messages and `lexicon check`
};

class Constructions {
 public:
  // Parses constructions.tsv; a bad row goes to `problems` (with the file,
  // line and the element at fault) and is skipped.
  void Add(std::string_view content, std::string_view source,
           std::vector<Status>* problems);
  const std::vector<Construction>& all() const { return rows_; }
  size_t size() const { return rows_.size(); }
  // The indices of the rows a cue of Arabic or English in `frame` with
  // relation `rel` may take, in file order: those of its language (or
  // "*") whose frames hold `frame` (or name none) and whose CUE's
  // `relation=` admits `rel`. A cue tries these, not every row.
  const std::vector<uint32_t>& RowsFor(bool arabic, Frame frame, const RelationInfo* rel) const;

 private:
  // Fills rows_for_ from rows_.
  void IndexRows();

  std::vector<Construction> rows_;
  static constexpr size_t kFrameBits = 32;  // Construction::frames
  // [arabic][frame][relation]: a relation by its place in Relations(),
  // after them no relation (null), then one the table does not hold.
  std::vector<std::vector<uint32_t>> rows_for_[2][kFrameBits];
};

}  // namespace tahaluf

#endif  // TAHALUF_CONSTRUCTIONS_H_
