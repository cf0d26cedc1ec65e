// Cues in a sentence: the relation cues found among its tokens, longest
// first, none inside an actor's name (SentenceView::FindCues).
#include <algorithm>
#include <cctype>
#include <tuple>

#include "tahaluf/relations.h"
#include "view.h"

namespace tahaluf::extract {

void SentenceView::FindCues(const CueLexicon& cues) {
  // Cues, longest first; none inside an actor's name.
  std::vector<CueHit> found;
  // The mention each token is inside (-1: none), for every token at once:
  // a long sentence costs its length.
  std::vector<int32_t> owner(toks.size(), -1);
  for (size_t k = 0; k < mentions.size(); ++k) {
    for (size_t t = mentions[k].first; t <= mentions[k].last && t < toks.size(); ++t) owner[t] = static_cast<int32_t>(k);
  }
  auto inside = [&](size_t t) { return owner[t] >= 0; };
  // In an arms deal, a nisba adjective may stand between the cue's words,
  // or be one mention with its last noun: "buy Turkish drones" (the seller,
  // for Cue to take).
  auto adjective = [&](size_t t) { return owner[t] >= 0 && mentions[static_cast<size_t>(owner[t])].type == MentionType::kDemonym; };
  auto past_participle = [&](std::string_view w) { return words.HasSuffix(WordClass::kPastParticipleSuffix, w); };
  const RelationInfo* const arms_deal = FindRelation("arms_deal");
  std::vector<uint32_t> candidates;  // the cues a word may start
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].is_word || inside(i)) continue;
    // A day or a season is no cue: "الجمعة" (Friday) folds to "جمعه" (he
    // gathered him).
    if (toks[i].is_arabic && words.IsAsWritten(WordClass::kTimeNoun, toks[i])) continue;
    std::string_view stems[CueLexicon::kMaxForms];
    int ns = toks[i].is_arabic ? ArabicStems(toks[i], stems) : 1;
    if (!toks[i].is_arabic) stems[0] = toks[i].text;
    const CueLexicon::Forms forms_of_word(stems, ns);
    for (int k = 0; k < ns; ++k) {
      cues.Matching(forms_of_word, k, &candidates);
      for (uint32_t ci : candidates) {
        const Cue& cue = cues.cues()[ci];
        // An English hedge is written in lower case past the sentence's
        // first word: "ALGIERS, May 3" and "in May" name a month.
        if (cue.frame == Frame::kHedge && !toks[i].is_arabic && i > 0 &&
            std::isupper(static_cast<unsigned char>(s.original[s.OriginalBegin(i)]))) {
          continue;
        }
        // Later words of a relation cue may come a few words on ("fired
        // around 180 ballistic missiles at", "severed diplomatic, trade and
        // transport ties"): up to four plain words (no actor) in all, and
        // the commas of a list of them. Hedges, negations and verbs of
        // saying match as written.
        // (Asked of a cue of more than one word only: the others have none.)
        const uint32_t kCueGap = cue.tokens.size() > 1 && cue.relation != nullptr &&
                                         !words.Is(WordClass::kVerbOpener, std::string_view(cue.tokens[0]))
                                     ? 4
                                     : 0;
        // The cue's words from token `from` on (the first of them at or
        // after it); the index of the last, or 0.
        constexpr uint32_t kNo = UINT32_MAX;
        const bool arms = cue.relation != nullptr && cue.relation == arms_deal;
        // An English noun's preposition follows it ("commander of" is not
        // "commander also enjoys the support of", "support of" not "support
        // amid fears of"): English puts adjectives before the noun. (A
        // verb's may come after an adverb: "travelled on to", "spoke by
        // phone this week with", "backed militarily by".) A passive cue
        // whose first word is no participle ("support of") is a noun.
        // (One look-up of the word for all the prepositions' classes.)
        auto english_prep = [&](std::string_view w) { return PrepOfWord(words, w) != Prep::kNone; };
        // A hyphenated adjective with a nisba before the noun ("struck a
        // Turkish-mediated deal"): the nisba, its hyphen and the participle.
        auto compound = [&](uint32_t t) {
          if (adjective(t)) return t + 2 < toks.size() && toks[t + 1].text == "-" && toks[t + 2].is_word;
          return t >= 1 && t + 1 < toks.size() && toks[t].text == "-" && adjective(t - 1) && toks[t + 1].is_word;
        };
        const bool english_noun = cue.lang == "en" && (cue.frame == Frame::kNoun ||
                                                       (cue.frame == Frame::kPassive && !past_participle(cue.tokens[0])));
        // A participle's agent follows it, or an adverb: "backed the
        // decision by X" is an active verb with its object.
        const bool english_passive = cue.lang == "en" && cue.frame == Frame::kPassive && !english_noun;
        auto object_word = [&](uint32_t t) {
          return english_passive && (words.IsAsWritten(WordClass::kArticle, toks[t]) ||
                                     words.IsAsWritten(WordClass::kDeterminer, toks[t]));
        };
        // ("speaking during a visit to Japan": an English gap ends at a
        // word that opens another event, "during", "after", "while".)
        auto event_opener = [&](uint32_t t) {
          return !toks[t].is_arabic && (words.IsAsWritten(WordClass::kDuring, toks[t]) ||
                                        words.IsAsWritten(WordClass::kSubordinator, toks[t]));
        };
        auto rest_from = [&](uint32_t from) -> uint32_t {
          uint32_t j = from - 1, skipped = 0;
          for (size_t w = 1; w < cue.tokens.size(); ++w) {
            ++j;
            const uint32_t gap = english_noun && english_prep(cue.tokens[w]) ? 0 : kCueGap;
            // ("was received in Athens by": a participle's place before its agent.)
            if (english_passive && w == 1 && j + 1 < toks.size() && words.IsAsWritten(WordClass::kPrepIn, toks[j]) &&
                inside(j + 1) && mentions[static_cast<size_t>(owner[j + 1])].first == j + 1) {
              j = mentions[static_cast<size_t>(owner[j + 1])].last + 1;
            }
            while (j < toks.size() && skipped < gap && (!inside(j) || (arms && adjective(j)) || compound(j)) &&
                   !object_word(j) && !event_opener(j) &&
                   (toks[j].is_word || compound(j) ||
                    (words.IsAsWritten(WordClass::kComma, toks[j]) && j + 1 < toks.size() &&
                                        toks[j + 1].is_word && !words.IsAsWritten(WordClass::kAndWord, toks[j + 1]))) &&
                   !WordMatches(cue.tokens[w], toks[j])) {
              skipped += toks[j].is_word;
              ++j;
            }
            // ("Turkish drones" may be one mention, the adjective with its noun.)
            if (j >= toks.size() || (inside(j) && !(arms && adjective(j))) || !WordMatches(cue.tokens[w], toks[j])) {
              return kNo;
            }
            // ("stands accused by": a participle skipped over takes the
            // "by" as its agent's.)
            if (!toks[j].is_arabic && j > from && past_participle(toks[j - 1].text) &&
                words.IsAsWritten(WordClass::kPrepBy, toks[j]) && !WordMatches(cue.tokens[w - 1], toks[j - 1])) {
              return kNo;
            }
          }
          return j;
        };
        uint32_t j = cue.tokens.size() == 1 ? i : rest_from(i + 1);
        bool ok = j != kNo;
        CueHit split{&cue, i, i, {}};
        // (So may a masdar's genitive: "وقوف المملكة إلى جانب مصر".)
        const bool masdar = cue.frame == Frame::kNoun && cue.lang == "ar" && cue.tokens.size() > 1 &&
                            cue.tokens[0].back() != '*';
        if (!ok && cue.relation != nullptr &&
            ((cue.verb_family && (cue.frame == Frame::kVerb || cue.frame == Frame::kSym || cue.frame == Frame::kSupply ||
                                  cue.frame == Frame::kPassive || cue.frame == Frame::kAttend)) ||
             masdar)) {
          // A verb-first clause: the subject (actors with no preposition,
          // a few plain words, commas) between the verb and its noun.
          uint32_t k = i + 1, plain = 0;
          bool subject = false;
          while (k < toks.size() && k - i <= 16) {
            if (inside(k)) {
              const size_t m = static_cast<size_t>(owner[k]);
              if (args[m].prep != Prep::kNone) break;
              subject = true;
              k = mentions[m].last + 1;
            } else if (words.IsAsWritten(WordClass::kComma, toks[k])) {
              ++k;
            } else if (toks[k].is_word && !IsClauseBreak(k) && subject && WordMatches(cue.tokens[1], toks[k])) {
              break;
            } else if (toks[k].is_word && !IsClauseBreak(k) && plain < 4) {
              ++plain;
              ++k;
            } else {
              break;
            }
          }
          if (subject && k < toks.size() && WordMatches(cue.tokens[1], toks[k]) && (j = rest_from(k)) != kNo) {
            ok = true;
            split.rest_first = k;
            split.rest_last = j;
          }
        }
        if (!ok) continue;
        CueHit h = split.rest_last != 0 ? split : CueHit{&cue, i, j, {}};
        if (toks[i].is_arabic) {
          std::string_view forms[6];
          const int n = ArabicStems(toks[i], forms);
          for (int f = 0; f < n; ++f) {
            if (TokenMatches(cue.tokens[0], forms[f])) {
              h.proclitic = toks[i].text.substr(0, toks[i].text.size() - forms[f].size());
              break;
            }
          }
        }
        found.push_back(h);
      }
    }
  }
  // Keep hits not inside a longer one (a split cue reaches to its last word).
  auto end_of = [](const CueHit& h) { return h.rest_last != 0 ? h.rest_last : h.last; };
  std::sort(found.begin(), found.end(), [&](const CueHit& a, const CueHit& b) {
    return std::make_tuple(end_of(a) - a.first, b.first) > std::make_tuple(end_of(b) - b.first, a.first);
  });
  // (A split cue's words are its verb and its rest, not the subject between.)
  auto overlaps = [](const CueHit& a, uint32_t from, uint32_t to) {
    return (a.first <= to && from <= a.last) || (a.rest_last != 0 && a.rest_first <= to && from <= a.rest_last);
  };
  for (const CueHit& h : found) {
    bool covered = false;
    for (const CueHit& k : hits) {
      const bool meet = overlaps(k, h.first, h.last) || (h.rest_last != 0 && overlaps(k, h.rest_first, h.rest_last));
      if (meet && (end_of(k) - k.first > end_of(h) - h.first)) covered = true;
    }
    if (!covered) hits.push_back(h);
  }
  std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) {
    return std::tie(a.first, a.cue->line) < std::tie(b.first, b.cue->line);
  });
  // Whether an Arabic word both a verb and a noun of one relation follows
  // another verb cue's clause with no conjunction or punctuation between
  // ("دانت قطر توغل القوات الروسية": the masdar is the verb's object, not a
  // second verb).
  auto object_of_verb = [&](const CueHit& h) {
    if (!h.proclitic.empty() || (h.cue->frame != Frame::kVerb && h.cue->frame != Frame::kNoun)) return false;
    for (const CueHit& o : hits) {
      if (o.first >= h.first || end_of(o) >= h.first || h.first - end_of(o) > 8 || o.cue->frame != Frame::kVerb ||
          o.cue->relation == h.cue->relation) {
        continue;
      }
      bool plain = true;
      for (uint32_t j = end_of(o) + 1; j < h.first && plain; ++j) plain = toks[j].is_word && !IsClauseBreak(j);
      if (plain) return true;
    }
    return false;
  };
  // A word both a verb and a noun of one relation is the noun after a
  // determiner in English ("the visit", "Haftar's visits", "a planned
  // visit"), with the article or a preposition joined to it in Arabic
  // ("الدعم", "لدعم", "بزيارة": دعم, a perfect verb, is also a masdar), or
  // after another verb cue's clause (above); the verb otherwise.
  auto noun_here = [&](const CueHit& h) {
    const uint32_t i = h.first;
    if (toks[i].is_arabic) {
      std::string_view p = h.proclitic;
      if (p.size() >= kArabicArticle.size() && p.substr(p.size() - kArabicArticle.size()) == kArabicArticle) {
        return true;
      }
      p.remove_prefix(words.PrefixLength(WordClass::kCliticConj, p));
      return words.PrefixLength(WordClass::kCliticWith, p) > 0 || words.PrefixLength(WordClass::kCliticTo, p) > 0 ||
             object_of_verb(h);
    }
    auto det = [&](uint32_t j) { return words.IsAsWritten(WordClass::kPossessiveClitic, toks[j]) || words.IsAsWritten(WordClass::kDeterminer, toks[j]); };
    if (i >= 1 && det(i - 1)) return true;
    return i >= 2 && det(i - 2) && toks[i - 1].is_word && !InsideMention(i - 1) &&
           !words.IsAsWritten(WordClass::kAuxiliary, toks[i - 1]);
  };
  std::vector<CueHit> resolved;
  for (const CueHit& h : hits) {
    bool drop = false;
    for (const CueHit& o : hits) {
      if (&o == &h || o.first != h.first || o.last != h.last || o.cue->relation != h.cue->relation) {
        continue;
      }
      const bool h_noun = h.cue->frame == Frame::kNoun, o_noun = o.cue->frame == Frame::kNoun;
      if (h_noun != o_noun) drop |= h_noun != noun_here(h);
    }
    if (!drop) resolved.push_back(h);
  }
  hits = std::move(resolved);
  // A cue that ends in its own preposition ("fired missiles at", "opened
  // fire on") governs the actor right after it: that preposition marks the
  // cue's object, not a place ("at Israel" is no venue here).
  for (const CueHit& h : hits) {
    // (So does a verb's "by": "has long stood by Hamas" names no agent.)
    const Prep last = h.cue->tokens.size() < 2 ? Prep::kNone : PrepOfWord(words, toks[end_of(h)].text);
    if (last != Prep::kIn && !(last == Prep::kBy && h.cue->frame == Frame::kVerb)) continue;
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].first == end_of(h) + 1) {
        args[k].prep = Prep::kNone;
        args[k].cue_object = true;
      }
    }
  }
  // "وأيدت الحكومة برئاسة عبد الله الثني الضربات", "a government headed by
  // X": the one a leadership passive names leads; no other cue's object.
  for (const CueHit& h : hits) {
    if (h.cue->frame != Frame::kPassive || h.cue->relation == nullptr || h.cue->relation != FindRelation("leads")) continue;
    // ("استقبل الأسد وفدا برلمانيا عربيا برئاسة الحلبوسي": the head of a
    // delegation received stands for it, the guest.)
    bool delegation = false;
    for (uint32_t j = h.first; j > 0 && h.first - j < 4 && !delegation;) delegation = words.Is(WordClass::kDelegation, toks[--j]);
    if (delegation) continue;
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].first == h.last + 1) args[k].leader = true;
    }
  }
}

}  // namespace tahaluf::extract
