#include "view.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "tahaluf/utf8.h"

namespace tahaluf::extract {
namespace {

// By mention: not a nisba adjective, a plain one (it only describes), or
// one on its noun (an institution, an act, a stance) that names its state.
enum NisbaUse : char { kNotNisba, kPlainNisba, kNisbaOnNoun };

}  // namespace

Prep PrepOfWord(const WordClasses& words, std::string_view w) {
  // In the order asked: a word of two classes is the first's.
  static constexpr WordClass kClasses[] = {
      WordClass::kPrepTo, WordClass::kPrepWith, WordClass::kPrepFrom,    WordClass::kPrepIn, WordClass::kPrepBy,
      WordClass::kPrepOf, WordClass::kPrepFor,  WordClass::kPrepAgainst, WordClass::kPrepOn, WordClass::kPrepBetween,
  };
  static constexpr Prep kPreps[] = {
      Prep::kTo, Prep::kWith, Prep::kFrom, Prep::kIn, Prep::kBy, Prep::kOf, Prep::kFor, Prep::kAgainst, Prep::kOn, Prep::kBetween,
  };
  static_assert(std::size(kClasses) == std::size(kPreps));
  const size_t i = words.FirstOf(kClasses, w);
  return i < std::size(kPreps) ? kPreps[i] : Prep::kNone;
}

namespace {

// `w` without a conjunction joined to it when what remains is a preposition
// ("ومع", "وفي").
std::string_view WithoutConj(const WordClasses& words, std::string_view w, bool* stripped = nullptr) {
  const size_t c = words.PrefixLength(WordClass::kCliticConj, w);
  if (c == 0 || c >= w.size() || PrepOfWord(words, w.substr(c)) == Prep::kNone) return w;
  if (stripped) *stripped = true;
  return w.substr(c);
}

}  // namespace

bool WordMatches(std::string_view cue_tok, const Token& t) { return TokenForms(t).Matches(cue_tok); }

TokenForms::TokenForms(const Token& t) : t_(t) {
  if (t.is_word && t.is_arabic) n_ = ArabicStems(t, forms_);
}

bool TokenForms::Matches(std::string_view cue_tok) const {
  if (!t_.is_word) return cue_tok == t_.text;
  if (!t_.is_arabic) return TokenMatches(cue_tok, t_.text);
  return std::any_of(forms_, forms_ + n_, [&](std::string_view f) { return TokenMatches(cue_tok, f); });
}

SentenceView::SentenceView(const Document& d, uint32_t i, SentenceSpan sp, const TokenizedSentence& tokens,
                           std::vector<Mention> ms, const Lexicon& lex, const Grammar& grammar,
                           const DocumentContext& ctx)
    : doc(d), index(i), span(sp), s(tokens), toks(s.tokens), mentions(std::move(ms)),
      words(grammar.words), lexicon(lex) {
  paragraph_start = span.begin == doc.body_begin || (span.begin > 0 && doc.text[span.begin - 1] == '\n');
  clause_break_.assign(toks.size(), -1);
  words_before.resize(toks.size() + 1);
  for (size_t j = 0; j < toks.size(); ++j) words_before[j + 1] = words_before[j] + toks[j].is_word;
  RefineMentions(ctx);
  covering_.assign(toks.size(), -1);
  for (size_t k = mentions.size(); k-- > 0;) {
    for (uint32_t t = mentions[k].first; t <= mentions[k].last && t < toks.size(); ++t) {
      covering_[t] = static_cast<int32_t>(k);
    }
  }
  kinds.reserve(mentions.size());
  for (const Mention& m : mentions) kinds.push_back(ctx.ActorAt(lexicon, m.actor).kind);
  FindArgs();
  FindCues(grammar.cues);
  FindRelatives();
  if (!hits.empty()) IndexMentionEnds();
}

uint32_t SentenceView::TokenGap(uint32_t a, uint32_t b) const {
  if (b <= a + 1) return 0;
  return words_before[std::min<size_t>(b, toks.size())] - words_before[std::min<size_t>(a + 1, toks.size())];
}

bool SentenceView::IsClauseBreak(uint32_t i) const {
  int8_t& known = clause_break_[i];
  if (known < 0) known = ClauseBreakAt(i);
  return known != 0;
}

bool SentenceView::SameClause(uint32_t a, uint32_t b) const {
  for (uint32_t j = a + 1; j < b; ++j) {
    if (IsClauseBreak(j)) return false;
  }
  return true;
}

bool SentenceView::IsParticiple(const CueHit& h) const {
  const Token& t = toks[h.first];
  std::string_view word = std::string_view(t.text).substr(t.is_arabic ? h.proclitic.size() : 0);
  if (t.is_arabic) {
    bool opens = false;
    for (const std::string& p : words.Words(WordClass::kParticiplePrefix)) opens |= word.starts_with(p);
    if (!opens) return false;
  }
  return words.HasSuffix(WordClass::kParticipleSuffix, word);
}

bool SentenceView::InsideMention(uint32_t i) const { return MentionCovering(i) >= 0; }

int SentenceView::MentionCovering(uint32_t i) const {
  if (i < covering_.size()) return covering_[i];
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (mentions[k].first <= i && i <= mentions[k].last) return static_cast<int>(k);
  }
  return -1;
}

std::string MentionSurface(const Document& doc, const TokenizedSentence& s, const Mention& m) {
  std::string_view text = std::string_view(doc.text).substr(m.begin, m.end - m.begin);
  const Token& first = s.tokens[m.first];
  if (m.proclitic_bytes == 0 || !first.is_arabic) return std::string(text);
  std::string_view prefix = first.text.substr(0, std::min<size_t>(m.proclitic_bytes, first.text.size()));
  if (prefix.size() >= kArabicArticle.size() &&
      prefix.substr(prefix.size() - kArabicArticle.size()) == kArabicArticle) {
    prefix.remove_suffix(kArabicArticle.size());
  }
  // As many letters of the written text as the folded prefix has, each
  // with the diacritics (U+064B..U+0652) written on it.
  size_t letters = 0, at = 0;
  for (size_t i = 0; i < prefix.size();) {
    DecodeUtf8(prefix, &i);
    ++letters;
  }
  for (; letters > 0 && at < text.size(); --letters) {
    DecodeUtf8(text, &at);
    for (size_t next = at; next < text.size();) {
      const char32_t c = DecodeUtf8(text, &next);
      if (c < 0x064B || c > 0x0652) break;
      at = next;
    }
  }
  return std::string(text.substr(at));
}

void SentenceView::RefineMentions(const DocumentContext& ctx) {
  auto kind_of = [&](ActorIndex a) { return ctx.ActorAt(lexicon, a).kind; };
  args.assign(mentions.size(), Arg{});
  std::vector<char> nisba(mentions.size(), kNotNisba);
  for (size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    // A nisba adjective names its state as an actor only on an
    // institution: "الحكومة الباكستانية", "Pakistani officials", "مصادر
    // باكستانية", whose noun then joins the mention; elsewhere ("وزيرا
    // الخارجية التركيان", "الشرق الليبي") it only describes.
    if (m.type == MentionType::kDemonym) {
      bool institution = false;
      const Token& first = toks[m.first];
      // A dual adjective (التركيان) agrees with two persons, never with an
      // institution.
      std::string_view last_word = toks[m.last].text;
      const bool dual = words.HasSuffix(WordClass::kDualSuffix, last_word);
      if (first.is_arabic && !dual) {
        // The noun before the adjective: "الحكومة الباكستانية".
        // (Two nouns deep: "وزارة الخارجية العراقية".)
        auto free_before = [&] {
          return m.first > 0 && toks[m.first - 1].is_word && (k == 0 || mentions[k - 1].last < m.first - 1);
        };
        for (int depth = 0; depth < 2 && free_before(); ++depth) {
          std::string_view forms[6];
          int nf = ArabicStems(toks[m.first - 1], forms);
          bool took = false;
          for (int j = 0; j < nf && !took; ++j) {
            if (words.Is(WordClass::kInstitution, StripArabicArticle(forms[j]))) {
              institution = took = true;
              m.first -= 1;
              m.begin = s.OriginalBegin(m.first);
              m.proclitic_bytes = static_cast<uint8_t>(toks[m.first].text.size() - forms[j].size());
            }
          }
          if (!took) break;
        }
      } else if (m.last + 1 < toks.size() && (k + 1 == mentions.size() || mentions[k + 1].first > m.last + 1)) {
        institution = words.IsAsWritten(WordClass::kInstitution, toks[m.last + 1]);
        if (institution) {
          m.last += 1;
          m.end = s.OriginalEnd(m.last);
        }
      }
      // "الغارات الإسرائيلية على لبنان", "Israeli strikes on Lebanon", "the
      // French position": on an act or a stance noun the adjective names
      // its author; the noun stays a cue. On sovereignty ("Moroccan
      // sovereignty") it names the owner; on an envoy ("السفير التركي",
      // "the Canadian envoy") the state behind him.
      bool author = false;
      if (!institution && !dual) {
        if (first.is_arabic) {
          auto noun_at = [&](uint32_t at) {
            std::string_view forms[6];
            int nf = ArabicStems(toks[at], forms);
            bool is = false;
            for (int j = 0; j < nf && !is; ++j) {
              const std::string_view bare = StripArabicArticle(forms[j]);
              is = words.Is(WordClass::kActNoun, bare) || words.Is(WordClass::kStanceNoun, bare) ||
                   words.Is(WordClass::kArmsNoun, bare) || words.Is(WordClass::kSovereignty, bare) ||
                   words.Is(WordClass::kEnvoy, bare);
            }
            return is;
          };
          // (Or one adjective between: "العمليات العسكرية الإسرائيلية".)
          const Token* adjective = m.first > 1 && !InsideMention(m.first - 1) ? &toks[m.first - 1] : nullptr;
          author = m.first > 0 && toks[m.first - 1].is_word && noun_at(m.first - 1);
          author |= adjective != nullptr && adjective->is_arabic && StripArabicArticle(adjective->text) != adjective->text &&
                    toks[m.first - 2].is_word && noun_at(m.first - 2);
        } else if (m.last + 1 < toks.size()) {
          author = words.IsAsWritten(WordClass::kActNoun, toks[m.last + 1]) ||
                   words.IsAsWritten(WordClass::kStanceNoun, toks[m.last + 1]) ||
                   words.IsAsWritten(WordClass::kArmsNoun, toks[m.last + 1]) ||  // "downed an Iranian drone"
                   words.IsAsWritten(WordClass::kSovereignty, toks[m.last + 1]) ||
                   words.IsAsWritten(WordClass::kEnvoy, toks[m.last + 1]);  // "the Canadian envoy"
          // ... with one word between: "a Russian Su-24 bomber", "Israeli air strikes".
          author |= m.last + 2 < toks.size() && toks[m.last + 1].is_word &&
                    (words.IsAsWritten(WordClass::kArmsNoun, toks[m.last + 2]) ||
                     words.IsAsWritten(WordClass::kActNoun, toks[m.last + 2]));
        }
      }
      // "Saudi-brokered talks", "Emirati-backed forces": an adjective before
      // a hyphened participle names its agent.
      author |= !first.is_arabic && m.last + 2 < toks.size() && toks[m.last + 1].text == "-" && toks[m.last + 2].is_word;
      args[k].weak = !institution && !author;
      // "قائد البحرية الباكستانية الأدميرال فلان": the adjective belongs to
      // the title of the person right after it.
      if (k + 1 < mentions.size() && kind_of(mentions[k + 1].actor) == ActorKind::kPerson &&
          mentions[k + 1].first <= m.last + 3) {
        bool punct = false;
        for (uint32_t j = m.last + 1; j < mentions[k + 1].first; ++j) punct |= !toks[j].is_word;
        if (!punct) args[k].weak = true;
      }
      if (!m.qualifier) nisba[k] = args[k].weak ? (dual ? kNotNisba : kPlainNisba) : kNisbaOnNoun;
    }
    if (m.qualifier) args[k].weak = true;
    // "..., praised his role - White House": a source after a spaced dash
    // that ends the sentence only attributes it.
    size_t end = m.last + 1;
    while (end < toks.size() && !toks[end].is_word) ++end;
    if (end == toks.size() && m.first >= 2 && toks[m.first - 1].text == "-" && toks[m.first - 2].end < toks[m.first - 1].begin)
      args[k].weak = true;
    // "the Warsaw meeting", "the Sochi summit": a place naming a gathering
    // only qualifies it.
    if (!toks[m.first].is_arabic && m.last + 1 < toks.size() &&
        (kind_of(m.actor) == ActorKind::kCity || m.type == MentionType::kCapital) &&
        (words.IsAsWritten(WordClass::kGathering, toks[m.last + 1]) ||
         words.IsAsWritten(WordClass::kVenueNoun, toks[m.last + 1]))) {
      args[k].weak = true;
    }
    // "a U.S. military surveillance drone": a weapon of the state's, whose
    // use is the state's act; "the largest U.S. military installation": a
    // place of the state's, no actor here.
    if (kind_of(m.actor) == ActorKind::kMilitary && !toks[m.first].is_arabic && m.actor < lexicon.size()) {
      auto is_at = [&](size_t j, WordClass c) { return j < toks.size() && words.IsAsWritten(c, toks[j]); };
      auto thing_at = [&](WordClass c) {
        return is_at(m.last + 1, c) || (m.last + 1 < toks.size() && toks[m.last + 1].is_word && is_at(m.last + 2, c));
      };
      const bool arms = thing_at(WordClass::kArmsNoun);
      if (arms || thing_at(WordClass::kPlaceNoun) || thing_at(WordClass::kVenueNoun)) {
        const ActorIndex state = lexicon.FindState(lexicon.actor(m.actor).country);
        if (state != kNoActor) {
          m.actor = state;
          args[k].weak = !arms;
        }
      }
    }
    // "الجيش السوداني", "Sudanese army", "Sudan's armed forces": the
    // state's army when the lexicon knows exactly one.
    auto army_word = [&](std::string_view w) { return words.Is(WordClass::kArmyNoun, w); };
    if (kind_of(m.actor) == ActorKind::kState && m.actor < lexicon.size()) {
      bool army = false;
      if (m.type == MentionType::kDemonym && !args[k].weak) {
        if (toks[m.first].is_arabic) {
          std::string_view forms[6];
          int nf = ArabicStems(toks[m.first], forms);
          for (int j = 0; j < nf && !army; ++j) army = army_word(StripArabicArticle(forms[j]));
        } else {
          army = army_word(toks[m.last].text);
        }
      } else if (m.type != MentionType::kDemonym && m.last + 2 < toks.size() && words.IsAsWritten(WordClass::kPossessiveClitic, toks[m.last + 1]) &&
                 (k + 1 == mentions.size() || mentions[k + 1].first > m.last + 3)) {
        uint32_t w = m.last + 2;
        if (words.IsAsWritten(WordClass::kArmed, toks[w]) && w + 1 < toks.size() && army_word(toks[w + 1].text)) ++w;
        if (army_word(toks[w].text)) {
          army = true;
          m.last = w;
          m.end = s.OriginalEnd(w);
        }
      }
      ActorIndex military = army ? lexicon.MilitaryOf(m.actor) : kNoActor;
      if (military != kNoActor) {
        m.actor = military;
        m.type = MentionType::kHeadNoun;
      }
    }
  }
  ShareNisbaNouns(ctx, &nisba);
}

// Nisba adjectives joined by "and" or a comma share the noun the last of
// them (English) or the first (Arabic) stands on: "Saudi and Omani
// delegations", "Egyptian, Jordanian and Iraqi officials", "US and Israeli
// strikes", "الوفدان السعودي والعماني": each names its state. `nisba` says,
// by mention, what RefineMentions found.
void SentenceView::ShareNisbaNouns(const DocumentContext& ctx, std::vector<char>* nisba_of) {
  std::vector<char>& nisba = *nisba_of;
  // The last of them may stand before one office in the plural: "the
  // Turkish and Syrian defence ministers" (one holder each).
  // (Unless their holders are named after a comma: "his Iranian and
  // Turkish counterparts, Hassan Rouhani and Recep Tayyip Erdogan".)
  auto before_offices = [&](const Mention& last) {
    size_t j = last.last + 1;
    while (j < toks.size() && words.IsAsWritten(WordClass::kPortfolio, toks[j])) ++j;
    if (j >= toks.size() || !words.IsAsWritten(WordClass::kOfficePlural, toks[j])) return false;
    if (j + 2 < toks.size() && words.IsAsWritten(WordClass::kComma, toks[j + 1])) {
      for (const Mention& p : mentions) {
        if (p.first == j + 2 && ctx.ActorAt(lexicon, p.actor).kind == ActorKind::kPerson) return false;
      }
    }
    return true;
  };
  for (size_t k = mentions.size(); k-- > 1;) {
    const Mention& m = mentions[k - 1];
    if (nisba[k - 1] != kPlainNisba || toks[m.first].is_arabic || mentions[k].first != m.last + 2) continue;
    if (nisba[k] == kPlainNisba && !toks[mentions[k].first].is_arabic && before_offices(mentions[k])) {
      args[k].weak = false;
      nisba[k] = kNisbaOnNoun;
    }
    if (nisba[k] != kNisbaOnNoun) continue;
    const Token& between = toks[m.last + 1];
    if (words.IsAsWritten(WordClass::kAnd, between) || words.IsAsWritten(WordClass::kComma, between)) {
      args[k - 1].weak = false;
      nisba[k - 1] = kNisbaOnNoun;
    }
  }
  for (size_t k = 1; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    // (The first may read as the state's name: الحكومتان السعودية.)
    const bool state_before = nisba[k - 1] == kNisbaOnNoun ||
                              (!args[k - 1].weak && ctx.ActorAt(lexicon, mentions[k - 1].actor).kind == ActorKind::kState);
    if (nisba[k] != kPlainNisba || !state_before || !toks[m.first].is_arabic ||
        mentions[k - 1].last + 1 != m.first || words.PrefixLength(WordClass::kCliticConj, toks[m.first].text) == 0) {
      continue;
    }
    args[k].weak = false;
    nisba[k] = kNisbaOnNoun;
  }
}

void SentenceView::FindArgs() {
  auto prep_of = [&](std::string_view w) { return PrepOfWord(words, w); };
  auto quote = [](const Token& t) {
    return !t.is_word && (t.text == "\"" || t.text == "«" || t.text == "»" || t.text == "“" || t.text == "”");
  };
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    Arg& a = args[k];
    const Token& first = toks[m.first];
    if (first.is_arabic && m.proclitic_bytes > 0) {
      std::string_view procl = first.text.substr(0, m.proclitic_bytes);
      // The article is no preposition: "وال", "بال" -> "و", "ب".
      if (procl.size() >= kArabicArticle.size() &&
          procl.substr(procl.size() - kArabicArticle.size()) == kArabicArticle) {
        procl.remove_suffix(kArabicArticle.size());
      }
      if (size_t c = words.PrefixLength(WordClass::kCliticConj, procl)) {
        a.conj = true;
        procl.remove_prefix(c);
      }
      // ("وقعا بالقاهرة": ب on a city is in it.)
      const bool city = m.type == MentionType::kCapital || kinds[k] == ActorKind::kCity;
      if (words.PrefixLength(WordClass::kCliticWith, procl)) a.prep = city ? Prep::kIn : Prep::kWith;
      else if (words.PrefixLength(WordClass::kCliticTo, procl)) a.prep = Prep::kTo;
      else if (words.PrefixLength(WordClass::kCliticOf, procl)) a.prep = Prep::kOf;
    }
    // "The UAE, along with Saudi Arabia, ...": a phrase that joins a list
    // ("along with", "as well as", "إلى جانب") is no preposition.
    bool joined_by_phrase = false;
    for (uint32_t back = 2; back <= 3 && back <= m.first && !joined_by_phrase; ++back) {
      joined_by_phrase = words.MatchAt(WordClass::kAnd, toks, m.first - back) == back;
    }
    if (joined_by_phrase) a.conj = true;
    // "لتنظيم "داعش"", "بحركة «حماس»": a quoted name after the head noun of
    // a body takes the preposition joined to that noun.
    if (a.prep == Prep::kNone && m.first > 1 && quote(toks[m.first - 1]) && toks[m.first - 2].is_arabic &&
        words.Is(WordClass::kOrgHeadArabic, toks[m.first - 2])) {
      std::string_view bare = WithoutConj(words, toks[m.first - 2].text);
      if (words.PrefixLength(WordClass::kCliticWith, bare)) a.prep = Prep::kWith;
      else if (words.PrefixLength(WordClass::kCliticTo, bare)) a.prep = Prep::kTo;
    }
    if (a.prep == Prep::kNone && m.first > 0 && !joined_by_phrase) {
      const Token& prev = toks[m.first - 1];
      if (prev.is_word) {
        bool stripped = false;
        std::string_view pw = prev.is_arabic ? WithoutConj(words, prev.text, &stripped) : prev.text;
        a.conj |= stripped;
        a.prep = prep_of(pw);
        // "كل من X وY" (both X and Y): a list, not a preposition; the list
        // takes the preposition before it ("مع كل من").
        if (a.prep == Prep::kFrom && m.first > 1 && words.IsAsWritten(WordClass::kListOpener, toks[m.first - 2])) {
          a.prep = Prep::kNone;
          if (m.first > 2 && toks[m.first - 3].is_word) a.prep = prep_of(WithoutConj(words, toks[m.first - 3].text));
        }
        // "في مدينة بنغازي", "بمدينة بنغازي": a place noun between.
        if (a.prep == Prep::kNone && prev.is_arabic && words.Is(WordClass::kPlaceNoun, prev)) {
          std::string_view forms[6];
          int nf = ArabicStems(prev, forms);
          if (nf > 1 && words.PrefixLength(WordClass::kCliticWith, prev.text)) a.prep = Prep::kIn;
          if (m.first > 1 && toks[m.first - 2].is_word &&
              prep_of(WithoutConj(words, toks[m.first - 2].text)) == Prep::kIn) {
            a.prep = Prep::kIn;
          }
        }
        // "in the eastern Libyan city of Benghazi".
        if (a.prep == Prep::kOf && m.first > 1 && words.Is(WordClass::kPlaceNoun, toks[m.first - 2])) {
          for (uint32_t j = m.first - 2, steps = 0; j > 0 && steps < 5; --j, ++steps) {
            if (prep_of(toks[j - 1].text) == Prep::kIn) {
              a.prep = Prep::kIn;
              break;
            }
          }
        }
        if (a.prep == Prep::kNone && m.first > 1 && (words.IsAsWritten(WordClass::kArticle, toks[m.first - 1]) ||
                                                     words.IsAsWritten(WordClass::kPossessive, toks[m.first - 1]))) {
          a.prep = prep_of(toks[m.first - 2].text);
        }
        // "sent weapons to its ally Hezbollah": a noun of standing with a
        // determiner before the name passes the preposition on to it.
        if (a.prep == Prep::kNone && m.first > 2 && !prev.is_arabic &&
            words.IsAsWritten(WordClass::kStandingNoun, prev) &&
            words.IsAsWritten(WordClass::kDeterminer, toks[m.first - 2]) && toks[m.first - 3].is_word) {
          a.prep = prep_of(toks[m.first - 3].text);
        }
        // "مع قادة المجلس العسكري", "with leaders of the junta": the actor
        // stands for the people the noun before it names, and takes the
        // preposition that governs them.
        long head = static_cast<long>(m.first) - 1;  // Arabic: the noun right before
        // "على جنوب لبنان", "on southern Lebanon": a part of the place
        // takes the preposition that governs it.
        if (words.Is(WordClass::kPartOf, prev) && (a.prep == Prep::kNone || a.prep == Prep::kOf)) {
          a.prep = Prep::kNone;
          if (prev.is_arabic) {
            std::string_view bare = WithoutConj(words, prev.text);
            if (words.PrefixLength(WordClass::kCliticWith, bare)) a.prep = Prep::kWith;
            if (words.PrefixLength(WordClass::kCliticTo, bare)) a.prep = Prep::kTo;
          }
          uint32_t before = m.first - 1;
          if (before > 0 && !prev.is_arabic && words.IsAsWritten(WordClass::kArticle, toks[before - 1])) --before;
          if (a.prep == Prep::kNone && before > 0 && toks[before - 1].is_word) {
            a.prep = prep_of(prev.is_arabic ? WithoutConj(words, toks[before - 1].text) : toks[before - 1].text);
          }
          head = -1;
        }
        if (!prev.is_arabic) {
          head = -1;
          if (a.prep == Prep::kOf || a.prep == Prep::kFrom) {  // "leaders of (the) X", "officials from X"
            long of = static_cast<long>(m.first) - 1;
            if (of > 0 && words.IsAsWritten(WordClass::kArticle, toks[of])) --of;
            head = of - 1;
          }
        } else if (a.prep == Prep::kFrom && m.proclitic_bytes == 0) {
          head = static_cast<long>(m.first) - 2;  // "وفد من حركة حماس"
        }
        if (head >= 0 && (a.prep == Prep::kNone || a.prep == Prep::kOf || a.prep == Prep::kFrom) &&
            words.Is(WordClass::kRepresentative, toks[head])) {
          const Token& noun = toks[head];
          Prep governing = Prep::kNone;
          if (noun.is_arabic) {  // a proclitic on the noun: "بقادة", "لممثلي"
            std::string_view bare = WithoutConj(words, noun.text);
            if (words.PrefixLength(WordClass::kCliticWith, bare)) governing = Prep::kWith;
            if (words.PrefixLength(WordClass::kCliticTo, bare)) governing = Prep::kTo;
          }
          if (governing == Prep::kNone && head > 0 && toks[head - 1].is_word) {
            governing = prep_of(noun.is_arabic ? WithoutConj(words, toks[head - 1].text) : toks[head - 1].text);
          }
          if (governing != Prep::kNone && governing != Prep::kOf) a.prep = governing;
          // "Officials from the two countries signed ...": the noun is the
          // clause's subject, and the actor with it.
          else if ((!noun.is_arabic || a.prep == Prep::kFrom) && governing == Prep::kNone) a.prep = Prep::kNone;
        }
      }
    }
    if (k > 0 && mentions[k - 1].first == m.first && mentions[k - 1].last == m.last) {
      a.conj = true;  // the second of a pair ("البلدين", "the two sides")
      a.prep = args[k - 1].prep;
    } else if (k > 0 && mentions[k - 1].last + 1 == m.first && mentions[k - 1].type == MentionType::kDemonym &&
               !toks[m.first].is_arabic) {
      // "Erdogan and Russian President Putin": the adjective right before
      // an actor is part of it; the list runs through it.
      a.conj = args[k - 1].conj;
      a.comma_only = args[k - 1].comma_only;
      if (a.prep == Prep::kNone) a.prep = args[k - 1].prep;
    } else if (k > 0 && mentions[k - 1].last + 2 == m.first && args[k - 1].modifier) {
      // "meetings with Egypt's president, Qatar's emir and Bahrain's king":
      // what a state possesses stands in the list where the state does.
      a.conj = args[k - 1].conj;
      a.comma_only = args[k - 1].comma_only;
    } else if (k > 0) {
      // Joined to the previous mention by and / و / a comma only.
      const Mention& p = mentions[k - 1];
      auto joiner = [&](uint32_t j) {
        const Token& t = toks[j];
        if (words.IsAsWritten(WordClass::kAnd, t) || words.IsAsWritten(WordClass::kArticle, t) ||
            words.IsAsWritten(WordClass::kBoth, t) || words.IsAsWritten(WordClass::kPossessive, t) ||
            words.IsAsWritten(WordClass::kQuoteMark, t)) {
          return true;  // "Safadi and his Iraqi counterpart Hussein"
        }
        // Inside a joining phrase ("along with").
        for (uint32_t from = j >= 3 ? j - 3 : 0; from <= j; ++from) {
          if (words.MatchAt(WordClass::kAnd, toks, from) > j - from) return true;
        }
        // "talks with A and with B", "مع A ومع B": the list's preposition
        // said again after its "and".
        if (args[k - 1].prep != Prep::kNone && toks[j].is_word) {
          bool stripped = false;
          const std::string_view bare = toks[j].is_arabic ? WithoutConj(words, t.text, &stripped) : t.text;
          const bool after_and =
              stripped || (j > 0 && !toks[j].is_arabic && words.IsAsWritten(WordClass::kAndWord, toks[j - 1]));
          return after_and && prep_of(bare) == args[k - 1].prep;
        }
        return false;
      };
      // Past the rest of a person's name and a title in apposition.
      uint32_t from = kinds[k - 1] == ActorKind::kPerson ? PersonTailEnd(p, m.first) : p.last + 1;
      // "التقى عون في قصر بعبدا، ثم بري في عين التينة": where each person
      // of a list was met stands after them, up to the comma.
      if (kinds[k - 1] == ActorKind::kPerson && kinds[k] == ActorKind::kPerson && from < m.first &&
          prep_of(WithoutConj(words, toks[from].text)) == Prep::kIn) {
        auto city = [&](uint32_t j) {  // inside a city's mention ("في عين التينة")
          for (size_t x = 0; x < k; ++x) {
            if (mentions[x].first <= j && j <= mentions[x].last) return kinds[x] == ActorKind::kCity;
          }
          return false;
        };
        uint32_t j = from + 1;
        while (j < m.first && j < from + 6 && !words.IsAsWritten(WordClass::kComma, toks[j]) &&
               (!InsideMention(j) || city(j))) {
          ++j;
        }
        if (j < m.first && words.IsAsWritten(WordClass::kComma, toks[j])) from = j;
      }
      bool only_and = true;
      for (uint32_t j = from; j < m.first; ++j) only_and &= joiner(j);
      if (only_and && (m.first > from || a.conj)) {
        bool word_and = a.conj;  // a و proclitic
        for (uint32_t j = from; j < m.first; ++j) {
          const Token& t = toks[j];
          word_and |= !words.IsAsWritten(WordClass::kComma, t) && !words.IsAsWritten(WordClass::kArticle, t) &&
                      !words.IsAsWritten(WordClass::kBoth, t) && !words.IsAsWritten(WordClass::kPossessive, t) &&
                      !words.IsAsWritten(WordClass::kQuoteMark, t);
        }
        a.conj = true;
        a.comma_only = !word_and;
        for (uint32_t j = p.last + 1; j < m.first && !a.other_side; ++j) {
          a.other_side = words.MatchAt(WordClass::kOneSide, toks, j) > 0;
        }
      } else if (!only_and) {
        a.conj = false;
      }
    }
    // "in the Oman-mediated talks", "with the UAE-backed RSF": an actor in
    // a hyphenated modifier is not what the preposition governs.
    if (m.last + 2 < toks.size() && toks[m.last + 1].text == "-" && toks[m.last + 2].is_word &&
        !InsideMention(m.last + 2)) {
      a.prep = Prep::kNone;
      a.hyphened = !toks[m.first].is_arabic;
    }
    // "objected to Turkey's ties with Hamas": a preposition before a
    // possessor governs what it possesses, not the possessor; its forces
    // are its side ("shipped arms to Assad's forces").
    if (m.last + 1 < toks.size() && words.IsAsWritten(WordClass::kPossessiveClitic, toks[m.last + 1]) &&
        !(m.last + 2 < toks.size() && words.IsAsWritten(WordClass::kArmyNoun, toks[m.last + 2]))) {
      a.prep = Prep::kNone;
    }
    // "between Arab states and Israel": the second of a "between" pair
    // whose first is no actor is governed by it too.
    if (a.prep == Prep::kNone && m.first >= 2 && !toks[m.first].is_arabic &&
        words.IsAsWritten(WordClass::kAndWord, toks[m.first - 1])) {
      for (uint32_t j = m.first - 1, seen = 0; j-- > 0 && seen < 4;) {
        if (!toks[j].is_word || InsideMention(j) || IsClauseBreak(j)) break;
        if (words.IsAsWritten(WordClass::kPrepBetween, toks[j])) {
          a.prep = Prep::kBetween;
          break;
        }
        ++seen;
      }
    }
    // "stood with the kingdom, and Bahrain and the Palestinian Authority
    // voiced support": ", and" before a pair joined by a bare "and" opens a
    // clause with that pair for its subject; a list runs "A, B, and C".
    if (a.conj && k > 0 && k + 1 < mentions.size() && !toks[m.first].is_arabic && !args[k - 1].conj) {
      bool comma = false, and_word = false;
      for (uint32_t j = mentions[k - 1].last + 1; j < m.first; ++j) {
        comma |= words.IsAsWritten(WordClass::kComma, toks[j]);
        and_word |= words.IsAsWritten(WordClass::kAndWord, toks[j]);
      }
      const Mention& n = mentions[k + 1];
      bool bare_and = n.first > m.last + 1;
      for (uint32_t j = m.last + 1; j < n.first && bare_and; ++j) {
        bare_and = words.IsAsWritten(WordClass::kAndWord, toks[j]) || words.IsAsWritten(WordClass::kArticle, toks[j]);
      }
      if (comma && and_word && bare_and) {
        a.conj = false;
        a.comma_only = false;
      }
    }
    // "Qatar lashed out at Egypt, and Russia hit out at Turkey": two are
    // listed with a bare "and"; ", and" right after a lone actor opens a clause.
    if (a.conj && k > 0 && !toks[m.first].is_arabic && !args[k - 1].conj && m.first == mentions[k - 1].last + 3 &&
        words.IsAsWritten(WordClass::kComma, toks[m.first - 2]) && words.IsAsWritten(WordClass::kAndWord, toks[m.first - 1])) {
      a.conj = false;
      a.comma_only = false;
    }
    // "between Moscow and Washington, and the UAE has brokered ...": a list
    // has one "and"; ", and" after a pair joined by one opens a clause.
    if (a.conj && k > 0 && !toks[m.first].is_arabic && args[k - 1].conj && !args[k - 1].comma_only) {
      bool comma = false, and_word = false;
      for (uint32_t j = mentions[k - 1].last + 1; j < m.first; ++j) {
        comma |= words.IsAsWritten(WordClass::kComma, toks[j]);
        and_word |= words.IsAsWritten(WordClass::kAndWord, toks[j]);
      }
      if (comma && and_word) {
        a.conj = false;
        a.comma_only = false;
      }
    }
    // "in Gaza and Lebanon", "to Egypt and Sudan": the list shares the
    // preposition of its first actor; "between Israel and Hamas" too, but
    // for a last one in apposition ("بين تونس والجزائر، الداعم ...").
    const size_t after = m.last + 2;
    const bool apposed = after < toks.size() && words.IsAsWritten(WordClass::kComma, toks[m.last + 1]) &&
                         (StripArabicArticle(toks[after].text) != toks[after].text ||
                          words.IsAsWritten(WordClass::kArticle, toks[after]) ||
                          words.IsAsWritten(WordClass::kRelative, toks[after]));
    if (a.conj && !a.comma_only && a.prep == Prep::kNone && k > 0 &&
        !(args[k - 1].prep == Prep::kBetween && apposed)) {
      a.prep = args[k - 1].prep;
    }
    // English possessive modifier: "Sudan's RSF", "Pakistan's army".
    if (k + 1 < mentions.size() && m.last + 2 == mentions[k + 1].first && words.IsAsWritten(WordClass::kPossessiveClitic, toks[m.last + 1]) &&
        kinds[k] == ActorKind::kState) {
      a.modifier = true;
    }
  }
}

bool SentenceView::Usable(size_t k, const RelationInfo* rel, bool in_ok) const {
  const Arg& a = args[k];
  if (a.weak || a.modifier) return false;
  const bool place_ok = rel->name == "visit" || rel->name == "attack";
  if (a.prep == Prep::kIn && !place_ok && !in_ok) return false;
  if (kinds[k] == ActorKind::kCity && !place_ok) return false;
  return true;
}

namespace {
bool Single(const RelationInfo* rel) {
  return rel->name == "leads" || rel->name == "member_of" || rel->name == "child_of";
}
}  // namespace

std::vector<size_t> SentenceView::GroupRight(size_t k, const RelationInfo* rel) const {
  std::vector<size_t> g{k};
  if (Single(rel)) return g;
  size_t keep = 1;
  for (size_t j = k + 1; j < mentions.size() && args[j].conj; ++j) {
    if (Usable(j, rel)) g.push_back(j);
    if (!args[j].comma_only) keep = g.size();
  }
  g.resize(keep);
  return g;
}

std::vector<size_t> SentenceView::GroupLeft(size_t k, const RelationInfo* rel) const {
  std::vector<size_t> g{k};
  // States join a body together ("مصر والأردن والسودان تشارك في التحالف",
  // "Egypt and Jordan are members of the League"); no other list shares a
  // membership or an office.
  const bool states = rel->name == "member_of" && kinds[k] == ActorKind::kState;
  if (Single(rel) && !states) return g;
  bool and_seen = false;
  for (size_t j = k; j > 0 && args[j].conj; --j) {
    and_seen |= !args[j].comma_only;
    if (!and_seen) break;
    if (states && kinds[j - 1] != ActorKind::kState) break;
    if (Usable(j - 1, rel)) g.insert(g.begin(), j - 1);
  }
  return g;
}

bool SentenceView::OpensClause(uint32_t i) const {
  // "، وقد أدانت ..." : after a comma, an Arabic word with و or ف on it
  // that names no actor starts a new clause.
  if (i == 0 || !toks[i].is_arabic || !words.IsAsWritten(WordClass::kComma, toks[i - 1]) || InsideMention(i)) {
    return false;
  }
  // The conjunction joined to a word of its own (وقد، فهو), not the first
  // letter of one (في).
  // "، وهي السعودية ومصر": a list naming the group before (namely), no
  // clause; nor "، وهي خطوة نددت بها طهران", the step the clause before took.
  if (words.IsAsWritten(WordClass::kNamely, toks[i]) &&
      (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.first == i + 1; }) ||
       (i + 1 < toks.size() && words.Is(WordClass::kStanceNoun, toks[i + 1])))) {
    return false;
  }
  const size_t c = words.PrefixLength(WordClass::kCliticConj, toks[i].text);
  size_t letters = 0;
  for (size_t at = c; at < toks[i].text.size(); ++letters) DecodeUtf8(toks[i].text, &at);
  return c > 0 && letters >= 2;
}

std::pair<uint32_t, uint32_t> SentenceView::Window(const CueHit& h, uint32_t right_words) const {
  // Up to 18 words back and 26 on, within the clause.
  // A relative clause closed before the cue counts for nothing ("Abdul
  // Mahdi, who travelled with a delegation of fifty officials ..., met").
  auto in_closed_relative = [&](uint32_t i) {
    return std::any_of(relatives.begin(), relatives.end(),
                       [&](const auto& r) { return r.first <= i && i < r.second && r.second < h.first; });
  };
  long j = static_cast<long>(h.first) - 1;
  // "قال السيسي إن مصر لن تقبل الوساطة، متهما حفتر": an adverbial right
  // after a comma reaches past the complement clause to the main one.
  // So does one after a subordinator ("..., a day after holding talks").
  const bool adverbial = h.first > 0 && IsParticiple(h) &&
                         (words.IsAsWritten(WordClass::kComma, toks[h.first - 1]) ||
                          words.IsAsWritten(WordClass::kSubordinator, toks[h.first - 1]));
  // (An adverbial's subject is the main clause's, however long the clause
  // between: "أعلنت الخارجية السودانية اعتراضها على ...، متهمة نيروبي".)
  const uint32_t back_words = adverbial ? 40 : 18;
  // (A responsibility said to be borne is the speaker's claim: "قال الأردن
  // إن إسرائيل تتحمل المسؤولية" reaches past إن to the one who said it.)
  const bool reported = words.Is(WordClass::kBearVerb, toks[h.first]);
  // So does a predicate after "and" ("briefed President X Y Z ..., and spoke").
  const bool coordinated = !toks[h.first].is_arabic && h.first > 1 &&
                           (words.IsAsWritten(WordClass::kAndWord, toks[h.first - 1]) ||
                            words.IsAsWritten(WordClass::kAndWord, toks[h.first - 2]));
  for (uint32_t w = 0; j >= 0 && w < back_words; --j) {
    const uint32_t at = static_cast<uint32_t>(j);
    const bool complement = words.IsAsWritten(WordClass::kComplementizer, toks[at]);
    if ((IsClauseBreak(at) || (complement && !adverbial && !reported)) && !InsideMention(at)) break;
    // ", and its warplanes bombed ...": ", and" with no actor after it opens
    // a clause the cue is in (as it closes one on the right, below).
    if (!adverbial && at + 2 < h.first && words.IsAsWritten(WordClass::kComma, toks[at]) &&
        words.IsAsWritten(WordClass::kAndWord, toks[at + 1]) && !toks[at + 1].is_arabic) {
      // (A determiner opens a new subject; a verb after "and" shares the
      // clause's: "The RSF are loyal to X, and had been embroiled in ...".)
      size_t next = at + 2;
      const bool determiner = words.IsAsWritten(WordClass::kDeterminer, toks[next]) ||
                              words.IsAsWritten(WordClass::kPossessive, toks[next]);
      if (words.IsAsWritten(WordClass::kArticle, toks[next])) ++next;
      if (determiner &&
          !std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.first == next; })) {
        break;
      }
    }
    // (For those, an actor's name, its titles with it, counts as one word.)
    const bool inner = (adverbial || coordinated) && std::any_of(mentions.begin(), mentions.end(),
                                                [&](const Mention& m) { return m.first <= at && at < m.last; });
    if (toks[j].is_word && !in_closed_relative(static_cast<uint32_t>(j)) && !inner) ++w;
  }
  const uint32_t lo = static_cast<uint32_t>(j + 1);
  uint32_t hi = h.last + 1;
  auto in_delegation = [&](uint32_t i) {
    return std::any_of(delegations.begin(), delegations.end(),
                       [&](const auto& d) { return d.first > h.last && d.first <= i && i < d.second; });
  };
  for (uint32_t w = 0; hi < toks.size() && w < right_words; ++hi) {
    if (IsClauseBreak(hi) && !InsideMention(hi)) break;
    if (in_delegation(hi)) continue;  // a delegation's list counts for nothing here
    // ("signed a deal a week after Trump accused ...": another event's.)
    if (!toks[hi].is_arabic && words.IsAsWritten(WordClass::kSubordinator, toks[hi])) break;
    if (hi + 1 < toks.size() && OpensClause(hi + 1)) break;  // "، وهي ..."
    if (words.IsAsWritten(WordClass::kComma, toks[hi]) && hi + 1 < toks.size() &&
        words.IsAsWritten(WordClass::kAndWord, toks[hi + 1])) {
      // ", and" starts a new clause unless an actor follows it.
      size_t next = hi + 2;
      if (next < toks.size() && words.IsAsWritten(WordClass::kArticle, toks[next])) ++next;
      // (An actor that says something opens one too: ", and the RDIF said".)
      bool actor_next = false;
      for (const Mention& m : mentions) {
        actor_next |= m.first == next && !(m.last + 1 < toks.size() &&
                                            words.IsAsWritten(WordClass::kReportingVerb, toks[m.last + 1]));
      }
      if (!actor_next) break;
    }
    if (toks[hi].is_word) ++w;
  }
  return {lo, hi};
}

}  // namespace tahaluf::extract
