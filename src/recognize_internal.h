// Internal to the recogniser (src/recognize*.cc): the small word tests its
// passes share. Not a public header.
#ifndef TAHALUF_SRC_RECOGNIZE_INTERNAL_H_
#define TAHALUF_SRC_RECOGNIZE_INTERNAL_H_

#include <unicode/translit.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tahaluf/recognize.h"
#include "tahaluf/segment.h"
#include "tahaluf/text.h"
#include "tahaluf/words.h"

namespace tahaluf::recognize_internal {

// The kind an English organisation's last word gives it, if any.
inline std::optional<ActorKind> OrgHead(const WordClasses& words, std::string_view w) {
  if (words.Is(WordClass::kOrgHeadOrganisation, w)) return ActorKind::kOrganisation;
  if (words.Is(WordClass::kOrgHeadParty, w)) return ActorKind::kParty;
  if (words.Is(WordClass::kOrgHeadArmedGroup, w)) return ActorKind::kArmedGroup;
  return std::nullopt;
}

// The state an actor counts for: a state itself, anyone else their country.
inline ActorIndex StateOf(const Lexicon& lexicon, const Actor& a, ActorIndex index) {
  if (a.kind == ActorKind::kState) return index;
  return a.country.empty() ? kNoActor : lexicon.FindById(a.country);
}

// Name words too common to stand for a person on their own.
inline bool IsNameParticle(const WordClasses& words, std::string_view w) {
  if (words.Is(WordClass::kNameParticle, w)) return true;
  size_t letters = 0;
  for (char c : w) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return letters < 3;
}

// Head nouns that, before a person's name, stand for the org the person
// leads: government -> government/state, forces/army -> military/group.
enum class Head { kNone, kGovernment, kForces, kCountry };

inline Head HeadNoun(const WordClasses& words, std::string_view stem) {
  if (words.Is(WordClass::kHeadGovernment, stem)) return Head::kGovernment;
  if (words.Is(WordClass::kHeadForces, stem)) return Head::kForces;
  if (words.Is(WordClass::kHeadCountry, stem)) return Head::kCountry;
  return Head::kNone;
}

// The Arabic definite article, and the article after the preposition ل (لل).
inline constexpr std::string_view kArabicArticle = "ال";
inline constexpr std::string_view kArabicLamArticle = "لل";

// Whether token j, a given name as folded, was written as one: "علي" with
// a dotted yeh is the name Ali; folding joins it to "على", a preposition
// that stops a name.
inline bool WrittenAsGivenName(const WordClasses& words, const TokenizedSentence& s, size_t j) {
  const Token& t = s.tokens[j];
  if (!t.is_arabic || !words.Is(WordClass::kGivenName, t)) return false;
  const std::string_view w = std::string_view(s.original).substr(s.OriginalBegin(j), s.OriginalEnd(j) - s.OriginalBegin(j));
  return w.size() < 2 || w.substr(w.size() - 2) != "ى";
}

// A mention of `actor` on token i alone.
inline Mention OneTokenMention(const TokenizedSentence& s, ActorIndex actor, MentionType type, size_t i) {
  Mention m;
  m.actor = actor;
  m.type = type;
  m.first = m.last = static_cast<uint32_t>(i);
  m.begin = s.OriginalBegin(i);
  m.end = s.OriginalEnd(i);
  return m;
}

// A mention of `actor` on tokens first..last, an Arabic first word's
// proclitics outside it ("والدول الأربع").
inline Mention PhraseMention(const TokenizedSentence& s, ActorIndex actor, MentionType type, size_t first,
                             size_t last) {
  Mention m = OneTokenMention(s, actor, type, first);
  m.last = static_cast<uint32_t>(last);
  m.end = s.OriginalEnd(last);
  if (s.tokens[first].is_arabic) {
    std::string_view forms[6];
    const int nf = ArabicStems(s.tokens[first], forms);
    if (nf > 0) m.proclitic_bytes = static_cast<uint8_t>(s.tokens[first].text.size() - forms[nf - 1].size());
  }
  return m;
}

// Adds `found` to the sentence's mentions, keeping them in text order (the
// ones already there first among equals).
inline void MergeMentions(std::vector<Mention>* out, const std::vector<Mention>& found) {
  if (found.empty()) return;
  out->insert(out->end(), found.begin(), found.end());
  std::stable_sort(out->begin(), out->end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

inline bool IsConnector(std::string_view t) {
  return t == "-" || t == "." || t == "'";
}

inline int Rank(NameType t) {
  return t == NameType::kName ? 3 : t == NameType::kCapital ? 2 : 1;
}

inline MentionType ToMentionType(NameType t) {
  return t == NameType::kName ? MentionType::kName
         : t == NameType::kCapital ? MentionType::kCapital
                                   : MentionType::kDemonym;
}


// The token a name's next word stands at, from token k on: past
// connectors (- . ') and a possessive; n (toks.size()) when there is none.
inline size_t NextNameToken(const std::vector<Token>& toks, size_t k) {
  const size_t n = toks.size();
  // ("U.S.-led coalition": an abbreviation's period and a hyphen.)
  size_t j = k;
  while (j < n && j < k + 2 && !toks[j].is_word && IsConnector(toks[j].text)) ++j;
  if (j > k && j < n && toks[j].is_word) k = j;
  // ("Tigray People's Liberation Front": a name's tokens leave out its
  // possessive, NameTokens.)
  if (k + 1 < n && toks[k].is_word && toks[k].text == "'s") ++k;
  return k >= n || !toks[k].is_word ? n : k;
}

// A token as a name's word reads it (an Arabic one without its article).
inline std::string_view NameWordOf(const Token& t) { return t.is_arabic ? StripArabicArticle(t.text) : t.text; }

// MatchFrom's first step from token i, taken once for all the names (or
// titles) whose first word token i is: most of them fail there.
class SecondWord {
 public:
  SecondWord(const std::vector<Token>& toks, size_t i)
      : n_(toks.size()), at_(NextNameToken(toks, i + 1)), word_(at_ < n_ ? NameWordOf(toks[at_]) : std::string_view()) {}
  // False when MatchFrom(toks, i, name) fails at the name's second word.
  // (The last bytes first, without a call: words as long, Arabic ones
  // above all, mostly differ there.)
  bool MayMatch(const std::vector<std::string>& name) const {
    return name.size() < 2 || (at_ < n_ && word_.size() == name[1].size() &&
                               (word_.empty() || word_.back() == name[1].back()) && word_ == name[1]);
  }

 private:
  size_t n_, at_;
  std::string_view word_;
};

// Matches the tokens after `i` against the words of `name` after its first
// (which token i matched), across connectors (- . '); returns the last token
// matched, or -1.
inline long MatchFrom(const std::vector<Token>& toks, size_t i,
                      const std::vector<std::string>& name) {
  size_t k = i + 1;
  for (size_t w = 1; w < name.size(); ++w) {
    k = NextNameToken(toks, k);
    if (k >= toks.size() || NameWordOf(toks[k]) != name[w]) return -1;
    ++k;
  }
  return static_cast<long>(k - 1);
}

// The mention that covers token `tok`, or null.
inline const Mention* MentionAt(const std::vector<Mention>& mentions, size_t tok) {
  for (const Mention& m : mentions) {
    if (m.first <= tok && tok <= m.last) return &m;
  }
  return nullptr;
}
inline Mention* MentionAt(std::vector<Mention>& mentions, size_t tok) {
  return const_cast<Mention*>(MentionAt(std::as_const(mentions), tok));
}

// MentionAt's answers for a sentence's tokens, worked out at once: for each
// token, the first mention (in vector order) that covers it. Valid until a
// mention is added, removed or moved: whoever changes them builds it again.
class MentionCover {
 public:
  MentionCover() = default;
  MentionCover(const std::vector<Mention>& mentions, size_t tokens) { Build(mentions, tokens); }
  void Build(const std::vector<Mention>& mentions, size_t tokens) {
    first_.assign(tokens, -1);
    for (size_t k = mentions.size(); k-- > 0;) {
      for (size_t t = mentions[k].first; t <= mentions[k].last && t < tokens; ++t) first_[t] = static_cast<int32_t>(k);
    }
  }
  // MentionAt(mentions, tok) for the mentions it was built from.
  Mention* At(std::vector<Mention>& mentions, size_t tok) const {
    if (tok >= first_.size()) return MentionAt(mentions, tok);
    return first_[tok] < 0 ? nullptr : &mentions[static_cast<size_t>(first_[tok])];
  }

 private:
  std::vector<int32_t> first_;
};

// ICU's "Arabic-Latin; Latin-ASCII; Title" (Arabic names in Latin
// letters), made from ICU's rules without setting up ICU's registry of
// transliterators (recognize_transliterate.cc); null if ICU cannot make it.
std::unique_ptr<icu::Transliterator> MakeArabicToLatin();

}  // namespace tahaluf::recognize_internal

namespace tahaluf {

// What the recogniser keeps beside its knowledge: the transliterator and the
// kingdoms and shortened names' bodies it has worked out. The transliterator
// is made when a name is first transliterated (most documents discover no
// Arabic name).
struct Recognizer::Icu {
  std::unique_ptr<icu::Transliterator> to_latin;
  bool to_latin_tried = false;  // made, or failed to be: not tried again
  std::vector<int8_t> kingdom;  // by actor: IsKingdom's answer, -1 not yet asked
  // By actor: a body whose Arabic name has three words or more, which
  // ResolveShortenedNames may find shortened; -1 not yet asked.
  std::vector<int8_t> shortens;
};

}  // namespace tahaluf

#endif  // TAHALUF_SRC_RECOGNIZE_INTERNAL_H_
