// Spans of a sentence whose actors belong to no other cue: delegations,
// relative clauses, asides and parentheticals (SentenceView::FindRelatives);
// clause breaks (ClauseBreakAt) and brackets round an acronym, which are
// none (InShortParenthesis); the rest of a person's name and their title
// after a mention (PersonTailEnd); a time between commas, which ends no
// clause (TimeAsideEnd), and the day words it is made of (IsDayWord).
#include <algorithm>
#include <cctype>

#include "view.h"

namespace tahaluf::extract {

bool IsDayWord(const WordClasses& words, std::string_view w) {
  static constexpr WordClass kDays[] = {
      WordClass::kWeekdayMon, WordClass::kWeekdayTue, WordClass::kWeekdayWed, WordClass::kWeekdayThu,
      WordClass::kWeekdayFri, WordClass::kWeekdaySat, WordClass::kWeekdaySun, WordClass::kYesterday,
      WordClass::kToday,
  };
  return words.FirstOf(kDays, w) < std::size(kDays);  // (one look-up of the word)
}

void SentenceView::FindRelatives() {
  for (const CueHit& h : hits) {
    if (h.cue->frame != Frame::kDelegation || (!delegations.empty() && delegations.back().second > h.first)) continue;
    uint32_t end = h.last + 1;
    for (; end < toks.size() && !IsClauseBreak(end); ++end) {
      if (!words.IsAsWritten(WordClass::kComma, toks[end]) || end + 1 >= toks.size()) continue;
      const Token& next = toks[end + 1];
      const bool goes_on = (next.is_arabic && words.PrefixLength(WordClass::kCliticConj, next.text) > 0) ||
                           words.IsAsWritten(WordClass::kAndWord, next) ||
                           std::any_of(hits.begin(), hits.end(), [&](const CueHit& o) {
                             return o.first == end + 1 && o.cue->frame == Frame::kDelegation;
                           });
      if (!goes_on) break;
    }
    delegations.push_back({h.first, end});
  }
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (!words.IsAsWritten(WordClass::kRelative, toks[i])) continue;
    uint32_t end = i + 1;
    while (end < toks.size() && !IsClauseBreak(end)) {
      if (words.IsAsWritten(WordClass::kComma, toks[end])) {
        const uint32_t past = TimeAsideEnd(end);
        if (past == 0) break;
        end = past;
        continue;
      }
      ++end;
    }
    relatives.push_back({i, end});
  }
  for (uint32_t i = 0; i < toks.size(); ++i) {
    const size_t n = words.MatchAt(WordClass::kAside, toks, i);
    if (n == 0) continue;
    uint32_t end = i + static_cast<uint32_t>(n), plain = 0;
    while (end < toks.size() && plain <= 8 && !words.IsAsWritten(WordClass::kComma, toks[end]) && !IsClauseBreak(end) &&
           !words.IsAsWritten(WordClass::kSpeakerStop, toks[end])) {
      plain += toks[end].is_word;
      ++end;
    }
    asides.push_back({i, end});
  }
  // "Ali Shamkhani, the secretary of Iran's Supreme National Security
  // Council, met ...": an apposition after a person, from its article to
  // the next comma, says who the person is; what it names is no argument
  // of a cue outside it.
  for (size_t k = 0; k < mentions.size(); ++k) {
    const uint32_t comma = mentions[k].last + 1;
    if (kinds[k] != ActorKind::kPerson || comma + 2 >= toks.size() || toks[comma + 1].is_arabic ||
        !words.IsAsWritten(WordClass::kComma, toks[comma]) || !words.IsAsWritten(WordClass::kArticle, toks[comma + 1])) {
      continue;
    }
    uint32_t end = comma + 2, plain = 0;
    while (end < toks.size() && plain <= 12 && !words.IsAsWritten(WordClass::kComma, toks[end]) && !IsClauseBreak(end)) {
      plain += toks[end].is_word;
      ++end;
    }
    if (end < toks.size() && words.IsAsWritten(WordClass::kComma, toks[end])) asides.push_back({comma + 1, end});
  }
  // A dash with a space on each side, after the dateline's ("CAIRO (AP) -",
  // "القاهرة -": within the first four tokens or after a parenthesis).
  auto spaced_dash = [&](uint32_t i) {
    return toks[i].text == "-" && i >= 4 && i + 1 < toks.size() && toks[i - 1].text != ")" &&
           s.OriginalEnd(i - 1) < s.OriginalBegin(i) && s.OriginalEnd(i) < s.OriginalBegin(i + 1);
  };
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (!spaced_dash(i)) continue;
    uint32_t j = i + 1, plain = 0;
    while (j < toks.size() && plain <= 20 && !spaced_dash(j) && !IsClauseBreak(j)) plain += toks[j++].is_word;
    if (j < toks.size() && spaced_dash(j) && j > i + 1) {
      parentheticals.push_back({i, j});
      i = j;
    }
  }
}

void SentenceView::IndexMentionEnds() {
  ends_at.reserve(mentions.size());
  starts_at.reserve(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    ends_at.emplace_back(mentions[k].last, static_cast<uint32_t>(k));
    starts_at.emplace_back(mentions[k].first, static_cast<uint32_t>(k));
  }
  std::sort(ends_at.begin(), ends_at.end());
  std::sort(starts_at.begin(), starts_at.end());
}

bool SentenceView::ClauseBreakAt(uint32_t i) const {
  if (words.IsAsWritten(WordClass::kClauseBreak, toks[i])) return !InShortParenthesis(i);
  // "since Trump urged ...", "until the army withdrew": a conjunction opens
  // a clause before a name, a determiner or a pronoun ("since 2015", "since
  // last year" are dates).
  if (!words.IsAsWritten(WordClass::kClauseOpener, toks[i]) || i + 1 >= toks.size() || !toks[i + 1].is_word) {
    return false;
  }
  const Token& next = toks[i + 1];
  if (words.IsAsWritten(WordClass::kPersonPronoun, next)) return true;
  if (words.IsAsWritten(WordClass::kDeterminer, next)) {  // ("since the 1970s")
    return i + 2 < toks.size() && toks[i + 2].is_word && !(toks[i + 2].text[0] >= '0' && toks[i + 2].text[0] <= '9');
  }
  const char c = s.original[s.OriginalBegin(i + 1)];
  return !next.is_arabic && c >= 'A' && c <= 'Z' && !words.IsAsWritten(WordClass::kNotName, next);
}

bool SentenceView::InShortParenthesis(uint32_t i) const {
  const std::string_view t = toks[i].text;
  if (t != "(" && t != ")") return false;
  const int dir = t == "(" ? 1 : -1;
  const std::string_view close = t == "(" ? ")" : "(";
  uint32_t plain = 0;
  for (long j = static_cast<long>(i) + dir; j >= 0 && j < static_cast<long>(toks.size()); j += dir) {
    if (toks[static_cast<size_t>(j)].text == close) {
      // (Followed by a comma, and not in a dateline's first words: "دمشق، 26
      // تشرين الأول (أكتوبر) 2015 - استقبل", "البحر الميت (الأردن)، 29
      // آذار" do end there.)
      const size_t open = dir > 0 ? i : static_cast<size_t>(j), after = dir > 0 ? static_cast<size_t>(j) + 1 : i + 1;
      return plain > 0 && open >= 4 && after < toks.size() && words.IsAsWritten(WordClass::kComma, toks[after]);
    }
    if (toks[static_cast<size_t>(j)].text == t || plain == 3) return false;
    if (toks[static_cast<size_t>(j)].is_word && !toks[static_cast<size_t>(j)].is_arabic) return false;
    plain += toks[static_cast<size_t>(j)].is_word;
  }
  return false;
}

uint32_t SentenceView::PersonTailEnd(const Mention& p, uint32_t next) const {
  uint32_t from = p.last + 1;
  if (from >= next) return from;
  // "Qatar's Emir Tamim bin Hamad Al-Thani and ...": the rest of a
  // person's name the mention stopped short of, led by a particle.
  if (!toks[from].is_arabic) {
    if (!words.Is(WordClass::kNameParticle, toks[from])) return from;
    while (from < next && !toks[from].is_arabic &&
           (toks[from].text == "-" || words.Is(WordClass::kNameParticle, toks[from]) ||
            (toks[from].is_word && std::isupper(static_cast<unsigned char>(s.original[s.OriginalBegin(from)]))))) {
      ++from;
    }
    return from;
  }
  // "اجتماعاً ضم الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، ووزير
  // الدفاع السوري ...": the rest of an Arabic name (بن X), then a title in
  // apposition with at most two words more (its nisba, its portfolio), up
  // to the comma.
  while (from + 1 < next && words.IsAsWritten(WordClass::kLineage, toks[from]) && toks[from + 1].is_arabic &&
         !InsideMention(from + 1)) {
    from += 2;
  }
  if (from >= next || from >= toks.size()) return from;
  // The titles that start with one of the word's forms (title words are
  // word tokens, never a prefix ending in '*': matching one is equality).
  std::string_view forms[6] = {toks[from].text};
  const int nf = toks[from].is_word && toks[from].is_arabic ? ArabicStems(toks[from], forms) : 1;
  uint32_t title_words = 0;
  for (int f = 0; f < nf; ++f) {
    const std::vector<uint32_t>* starting = lexicon.TitlesStartingWith(forms[f]);
    if (starting == nullptr) continue;
    for (uint32_t ti : *starting) {
      const Title& t = lexicon.titles()[ti];
      if (from + t.tokens.size() > next) continue;
      uint32_t i = 1;
      while (i < t.tokens.size() && WordMatches(t.tokens[i], toks[from + i])) ++i;
      if (i == t.tokens.size()) title_words = std::max<uint32_t>(title_words, i);
    }
  }
  if (title_words == 0) return from;
  uint32_t j = from + title_words;
  while (j < next && j < from + title_words + 2 && toks[j].is_word && toks[j].is_arabic && !InsideMention(j) &&
         !IsClauseBreak(j)) {
    ++j;
  }
  return j < next && words.IsAsWritten(WordClass::kComma, toks[j]) ? j : from;
}

uint32_t SentenceView::TimeAsideEnd(uint32_t comma) const {
  uint32_t j = comma + 1;
  for (; j < toks.size() && j <= comma + 3 && toks[j].is_word; ++j) {
    const Token& t = toks[j];
    const bool time = (t.text[0] >= '0' && t.text[0] <= '9') || words.IsAsWritten(WordClass::kTimeNoun, t) ||
                      IsDayWord(words, t.text);
    if (!time) return 0;
  }
  return j > comma + 1 && j < toks.size() && words.IsAsWritten(WordClass::kComma, toks[j]) ? j + 1 : 0;
}

bool SentenceView::ClosesTimeAside(uint32_t comma) const {
  for (uint32_t p = comma; p > 0 && comma - p < 4;) {
    --p;
    if (words.IsAsWritten(WordClass::kComma, toks[p])) return TimeAsideEnd(p) == comma + 1;
  }
  return false;
}

}  // namespace tahaluf::extract
