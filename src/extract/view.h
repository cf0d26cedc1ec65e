// Internal to extraction (public contract: tahaluf/extract.h). A sentence as
// the argument finders see it: its tokens, the actor mentions refined in
// context (a nisba on an institution, "the Sudanese army"), what governs
// each mention (a preposition, a conjunction), the cues found in it, and
// the relative clauses that hold their own actors.
#ifndef TAHALUF_SRC_EXTRACT_VIEW_H_
#define TAHALUF_SRC_EXTRACT_VIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/constructions.h"
#include "tahaluf/cues.h"
#include "tahaluf/document.h"
#include "tahaluf/grammar.h"
#include "tahaluf/lexicon.h"
#include "tahaluf/recognize.h"
#include "tahaluf/segment.h"

namespace tahaluf::extract {

// What governs a mention and joins it to the one before.
struct Arg {
  Prep prep = Prep::kNone;
  bool conj = false;        // joined to the previous mention by and / و / a comma
  bool comma_only = false;  // ... by a comma alone (a list only if and / و follows)
  bool weak = false;        // a demonym modifying something else
  bool modifier = false;    // "Sudan's RSF": Sudan only qualifies RSF
  bool hyphened = false;    // "the US-brokered framework": modifies the word after its hyphen, and is an
                            // argument only of a cue there
  bool leader = false;      // right after "بقيادة", "headed by": who leads, no other cue's object
  bool cue_object = false;  // right after a cue's own preposition ("arrived in Cairo"): that cue's
                            // object, no later verb's subject
  bool other_side = false;  // joined after "من جهة" / "on the one hand": the first of a list's other side
};

struct CueHit {
  const Cue* cue = nullptr;
  uint32_t first = 0, last = 0;  // tokens
  // The proclitics on the cue's first word before the form the cue matched
  // ("و" of "والتقى", "ل" of "لزيارة"); empty in English.
  std::string_view proclitic;
  // A cue split by its verb-first clause's subject ("استدعت الخارجية
  // العراقية السفير"): the hit is the verb alone, so the subject after it
  // is found as in any verb-first clause; [rest_first, rest_last] are the
  // cue's other words (0, 0 when the cue is whole).
  uint32_t rest_first = 0, rest_last = 0;
};

// The Arabic definite article, which proclitics may precede (وال، بال).
inline constexpr std::string_view kArabicArticle = "ال";

// Whether an Arabic or English cue word `cue_tok` (folded; a trailing '*'
// matches any ending) matches the folded word `word`.
inline bool TokenMatches(std::string_view cue_tok, std::string_view word) {
  if (!cue_tok.empty() && cue_tok.back() == '*') return word.starts_with(cue_tok.substr(0, cue_tok.size() - 1));
  return word == cue_tok;
}
// ... the token, or any of its proclitic-stripped forms.
bool WordMatches(std::string_view cue_tok, const Token& t);
// WordMatches for one token and many cue words, its forms worked out once.
class TokenForms {
 public:
  explicit TokenForms(const Token& t);
  bool Matches(std::string_view cue_tok) const;

 private:
  const Token& t_;
  std::string_view forms_[6];
  int n_ = 0;
};

// A day or a time word ("on Sunday", "اليوم", "أمس").
bool IsDayWord(const WordClasses& words, std::string_view w);

// The preposition a word is (data/words.tsv's prep classes), or kNone.
Prep PrepOfWord(const WordClasses& words, std::string_view w);

// An actor as written, without the conjunction or preposition joined to
// its first word ("وطرابلس" is written "طرابلس"); the article stays.
std::string MentionSurface(const Document& doc, const TokenizedSentence& s, const Mention& m);

class SentenceView {
 public:
  // Builds the view of sentence `index` (its tokens and recognised
  // mentions; mention actors index the lexicon, then ctx.discovered).
  SentenceView(const Document& doc, uint32_t index, SentenceSpan span, const TokenizedSentence& tokens,
               std::vector<Mention> mentions, const Lexicon& lexicon, const Grammar& grammar,
               const DocumentContext& ctx);

  const Document& doc;
  const uint32_t index;
  const SentenceSpan span;
  const TokenizedSentence& s;  // (the caller's: it outlives the view)
  const std::vector<Token>& toks;
  std::vector<Mention> mentions;
  std::vector<Arg> args;              // one per mention
  std::vector<ActorKind> kinds;       // one per mention
  std::vector<CueHit> hits;           // by position, none inside another
  // Relative clauses: [pronoun, end) token ranges, from "which" / "الذي"
  // to the comma that closes them (or the clause's end).
  std::vector<std::pair<uint32_t, uint32_t>> relatives;
  // Delegation clauses: [cue, end) from "يترأسه", "ويضم" to the comma after
  // the last member (a comma followed by no و).
  std::vector<std::pair<uint32_t, uint32_t>> delegations;
  // Asides: [word, end) from "بحسب", "according to" (a claim's source),
  // "بوساطة", "brokered by" (a mediator) or "بحضور" (those present) to the
  // comma, clause break or أن / that after the actors they name: no
  // argument of another cue.
  std::vector<std::pair<uint32_t, uint32_t>> asides;
  // Parentheticals between spaced dashes: [dash, dash] ("Iran and the six
  // powers - the United States, Russia, ... - aim to conclude"): what they
  // hold describes what stands before them, no argument of a cue outside.
  std::vector<std::pair<uint32_t, uint32_t>> parentheticals;
  // The sentence starts a paragraph.
  bool paragraph_start = false;
  // Word tokens in toks[0, i), for i up to toks.size(): TokenGap in one step.
  std::vector<uint32_t> words_before;
  // (token, mention index) sorted, for the mentions' last tokens and their
  // first: the mentions ending or starting at a token, in index order.
  // Made once the cues are found, when there are any (for the matcher).
  std::vector<std::pair<uint32_t, uint32_t>> ends_at, starts_at;

  // Word tokens strictly between tokens a and b.
  uint32_t TokenGap(uint32_t a, uint32_t b) const;
  // No clause break strictly between tokens a and b.
  bool SameClause(uint32_t a, uint32_t b) const;
  bool InsideMention(uint32_t i) const;
  // The lowest-numbered mention that token i is part of, or -1.
  int MentionCovering(uint32_t i) const;
  // The cue's first word is a participle: English "accusing"; Arabic
  // "متهما", "منددة" (م, the stem, an ending).
  bool IsParticiple(const CueHit& h) const;
  bool IsClauseBreak(uint32_t i) const;
  // Token i is a bracket round at most three Arabic words, before a comma
  // and past a dateline's first words: an acronym or a gloss ("رابطة دول
  // شرق إفريقيا (إيغاد)،"), part of the phrase before it, no clause break.
  bool InShortParenthesis(uint32_t i) const;
  // The first token after person mention `p` past the rest of their name
  // the mention stopped short of ("bin Hamad Al-Thani", "بن عبدالعزيز")
  // and, in Arabic, a title in apposition up to its comma ("وزير الدفاع،");
  // never past `next`.
  uint32_t PersonTailEnd(const Mention& p, uint32_t next) const;
  // "، أمس الاثنين،" (yesterday, Monday): a time between two commas, which
  // ends no clause. The token past its second comma when `comma` opens
  // one, else 0; whether `comma` closes one.
  uint32_t TimeAsideEnd(uint32_t comma) const;
  bool ClosesTimeAside(uint32_t comma) const;
  // Token i starts a clause of its own after a comma ("، وقد ...").
  bool OpensClause(uint32_t i) const;
  std::string Surface(const Mention& m) const { return MentionSurface(doc, s, m); }
  // Whether mention k can be an argument of `rel`: not a modifier, and a
  // place only of relations that take one (visit, attack).
  // `in_ok`: an actor after "in" / في may be one (a row asks for it:
  // "يشارك في التحالف").
  bool Usable(size_t k, const RelationInfo* rel, bool in_ok = false) const;
  // k and the usable mentions coordinated with it after it (a list is
  // joined by and / و; commas join it only before the last and), or before
  // it.
  std::vector<size_t> GroupRight(size_t k, const RelationInfo* rel) const;
  std::vector<size_t> GroupLeft(size_t k, const RelationInfo* rel) const;
  // The first and one-past-last token a cue's arguments are sought in: its
  // clause, up to 18 words back and `right_words` on (", and" with no actor
  // after it opens another clause).
  std::pair<uint32_t, uint32_t> Window(const CueHit& h, uint32_t right_words = 26) const;

  const WordClasses& words;
  const Lexicon& lexicon;

 private:
  void RefineMentions(const DocumentContext& ctx);
  void ShareNisbaNouns(const DocumentContext& ctx, std::vector<char>* nisba);
  void FindArgs();
  void FindCues(const CueLexicon& cues);
  void FindRelatives();
  void IndexMentionEnds();

  // By token: the lowest-numbered mention it is part of, or -1; filled
  // once the mentions are refined (before that the mentions are scanned).
  std::vector<int32_t> covering_;
  // By token: IsClauseBreak's answer (-1: not asked yet). The matcher and
  // the windows of all the sentence's cues ask it of the same tokens again
  // and again; it depends on the tokens alone.
  mutable std::vector<int8_t> clause_break_;
  bool ClauseBreakAt(uint32_t i) const;
};

}  // namespace tahaluf::extract

#endif  // TAHALUF_SRC_EXTRACT_VIEW_H_
