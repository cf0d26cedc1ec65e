// Where the article places its actors: a headline's person in a place
// abroad, a meeting's place and who visited it, the place a traveller came
// from.
#include <string_view>

#include "document.h"

namespace tahaluf::extract {

bool DocumentExtraction::IsPlace(const SentenceView& v, size_t k) const {
  // A city, or a state named by its capital or as where one went.
  return v.kinds[k] == ActorKind::kCity || v.mentions[k].type == MentionType::kCapital ||
         (v.kinds[k] == ActorKind::kState && (v.args[k].prep == Prep::kTo || v.args[k].prep == Prep::kIn));
}

void DocumentExtraction::HeadlineVisit(const SentenceView& v, const SentenceState& st) {
  // The article's first line, a headline (no stop at its end), opening
  // with a person, then "in" / "في" and a place abroad (or a comma and
  // another person).
  // (A headline may trail off in two stops: "أمير قطر في دمشق..".)
  const size_t n = v.toks.size();
  const bool stop = n > 0 && v.toks[n - 1].text == "." && !(n > 1 && v.toks[n - 2].text == ".");
  if (v.index != 0 || v.mentions.size() < 2 || n == 0 || stop) return;
  const Mention& who = v.mentions[0];
  const Mention& where = v.mentions[1];
  // ("Pompeo, in Cairo, slams ...": the place between commas.)
  const bool commas = !v.toks[0].is_arabic && where.first == who.last + 3 && where.last + 1 < n &&
                      v.words.IsAsWritten(WordClass::kComma, v.toks[who.last + 1]) &&
                      v.words.IsAsWritten(WordClass::kPrepIn, v.toks[who.last + 2]) &&
                      v.words.IsAsWritten(WordClass::kComma, v.toks[where.last + 1]);
  const uint32_t in_at = commas ? who.last + 2 : who.last + 1;
  if (who.first != 0 || v.kinds[0] != ActorKind::kPerson || (where.first != who.last + 2 && !commas)) return;
  // "Putin, Erdogan agree ...": an English headline's comma between two
  // persons who open it joins them; they met.
  if (!v.toks[0].is_arabic && v.kinds[1] == ActorKind::kPerson && where.actor != who.actor &&
      v.words.IsAsWritten(WordClass::kComma, v.toks[who.last + 1]) &&
      (v.mentions.size() == 2 || v.mentions[2].first > where.last + 1)) {
    Emit(v, st, who.actor, FindRelation("meet"), where.actor, false, v.Surface(who), v.Surface(where),
         v.s.OriginalBegin(who.first), v.s.OriginalEnd(where.last), "headline");
    return;
  }
  if (!v.words.IsAsWritten(WordClass::kPrepIn, v.toks[in_at])) return;
  const Actor& person = ActorAt(who.actor);
  const Actor& place = ActorAt(where.actor);
  if (place.kind != ActorKind::kState && place.kind != ActorKind::kCity) return;
  const std::string& country = place.StateId();
  if (person.country.empty() || country.empty() || person.country == country) return;
  Emit(v, st, who.actor, FindRelation("visit"), where.actor, false, v.Surface(who), v.Surface(where),
       v.s.OriginalBegin(who.first), v.s.OriginalEnd(where.last), "headline");
}

void DocumentExtraction::CameFrom(const SentenceView& v, const SentenceState& st, const CueHit& h,
                                  const std::vector<ActorIndex>& subj, const std::vector<size_t>& subj_mentions) {
  const RelationInfo* visit = FindRelation("visit");
  for (size_t k = 0; k < v.mentions.size(); ++k) {
    const Mention& m = v.mentions[k];
    if (m.first <= h.last || v.args[k].prep != Prep::kFrom) continue;
    if (!IsPlace(v, k) && v.kinds[k] != ActorKind::kState) continue;
    // Right after the cue or after where the traveller went ("وصل إلى
    // الدوحة قادما من الرياض").
    const uint32_t before = k > 0 && v.mentions[k - 1].first > h.last ? v.mentions[k - 1].last : h.last;
    if (!v.SameClause(h.last, m.first) || v.TokenGap(before, m.first) > 3) continue;
    for (ActorIndex p : subj) {
      if (ActorAt(p).kind != ActorKind::kPerson) continue;
      std::string surface = ActorAt(p).name_en;
      for (size_t j : subj_mentions) {
        if (v.mentions[j].actor == p) surface = v.Surface(v.mentions[j]);
      }
      Emit(v, st, p, visit, m.actor, false, surface, v.Surface(m), v.s.OriginalBegin(h.first), v.s.OriginalEnd(m.last),
           "came-from");
    }
  }
}

void DocumentExtraction::MeetingPlace(const SentenceView& v, const SentenceState& st, const CueHit& h,
                                      const std::vector<ActorIndex>& subj, const std::vector<ActorIndex>& obj,
                                      const std::vector<size_t>& subj_mentions, bool attendance) {
  // A meeting held in a place: who came from elsewhere visited it. (A
  // call, "telephoned", "اتصالا هاتفيا", brings no one anywhere.)
  for (uint32_t j = h.first; j <= h.last + 1 && j < v.toks.size(); ++j) {
    if (v.toks[j].is_word && v.words.Is(WordClass::kRemoteWord, v.toks[j])) return;
  }
  const RelationInfo* visit = FindRelation("visit");
  const uint32_t cb = v.s.OriginalBegin(h.first), ce = v.s.OriginalEnd(h.last);
  auto surf = [&](ActorIndex a) {
    for (size_t k : subj_mentions) {
      if (v.mentions[k].actor == a) return v.Surface(v.mentions[k]);
    }
    for (const Mention& m : v.mentions) {
      if (m.actor == a) return v.Surface(m);
    }
    return ActorAt(a).name_en;
  };
  bool placed = false;
  auto visit_place = [&](ActorIndex where, const std::string& where_surface, const char* how) {
    const Actor& place = ActorAt(where);
    if (place.kind != ActorKind::kState && place.kind != ActorKind::kCity) return;
    std::string place_country = place.StateId();
    std::vector<ActorIndex> hosts, guests;
    // (Where a clause of where / حيث tells of the meeting, only its subject
    // is known to have come there: whom they met may have come too.)
    const bool where_clause = std::string_view(how) == "where-place";
    for (const auto* side : {&subj, &obj}) {
      if (where_clause && side == &obj) continue;
      for (ActorIndex p : *side) {
        const Actor& who = ActorAt(p);
        // (One who heads a body of many states there, as the Arab League's
        // secretary-general in Cairo, hosts nobody for his own state.)
        if (who.country == place_country && who.kind == ActorKind::kPerson && !LeadsIntergovernmental(p)) {
          hosts.push_back(p);
        }
        if (who.country.empty() || who.country == place_country || who.kind != ActorKind::kPerson) continue;
        guests.push_back(p);
        Emit(v, st, p, visit, where, false, surf(p), where_surface, cb, ce, how);
      }
    }
    // Whom the guests met at home hosted them (where the text places the
    // meeting: a dateline is where the story was filed).
    if (std::string_view(how) == "dateline" || where_clause) return;
    for (ActorIndex h : hosts) {
      for (ActorIndex g : guests) Emit(v, st, h, FindRelation("host"), g, false, surf(h), surf(g), cb, ce, how);
    }
  };
  // Mentions around the cue: its clause on the left, up to 40 words on.
  const auto [lo, hi] = v.Window(h, 40);
  for (size_t k = 0; k < v.mentions.size(); ++k) {
    const Mention& m = v.mentions[k];
    // (Or inside the cue: "was received in Athens by".)
    const bool around = (m.first >= lo && m.last < h.first) || (m.first > h.last && m.last < hi) ||
                        (m.first > h.first && m.last < h.last);
    if (!around || v.args[k].prep != Prep::kIn) continue;
    // A city or a capital places a meeting; "the situation in Libya" does
    // not. (A state does right after the cue or whom it met: "held talks
    // with Museveni in Uganda", below.)
    const bool state = v.kinds[k] == ActorKind::kState && m.type != MentionType::kDemonym &&
                       m.type != MentionType::kCapital && !v.toks[m.first].is_arabic;
    if (v.kinds[k] != ActorKind::kCity && m.type != MentionType::kCapital && !state) continue;
    // "met Abiy in Addis Ababa, a day after holding talks with Ruto": a
    // place before a subordinator is another event's, as is one after it
    // ("met Abiy, a day after holding talks with Museveni in Kampala").
    const uint32_t gap_first = m.last < h.first ? m.last + 1 : h.last + 1;
    const uint32_t gap_end = m.last < h.first ? h.first : m.first;
    bool other_event = false;
    for (uint32_t j = gap_first; j < gap_end && !other_event; ++j) {
      other_event = v.words.IsAsWritten(WordClass::kSubordinator, v.toks[j]);
    }
    if (other_event) continue;
    // "discussed the war in Gaza", "بحث الأوضاع في غزة": a place after a noun
    // it qualifies is no venue; one after the cue, an actor or a day is.
    // The word before the preposition ("في مدينة بنغازي", "in the eastern
    // Libyan city of Benghazi" look back to في / in).
    uint32_t prep = m.first;
    for (uint32_t j = m.first; j > 0 && m.first - j < 7;) {
      --j;
      std::string_view t = v.toks[j].text;
      const size_t conj = v.toks[j].is_arabic ? v.words.PrefixLength(WordClass::kCliticConj, t) : 0;
      if (v.words.Is(WordClass::kPrepIn, t) || (conj > 0 && v.words.Is(WordClass::kPrepIn, t.substr(conj)))) {
        prep = j;
        break;
      }
    }
    if (prep < m.first && prep >= 1 && prep > h.last + 1) {
      const uint32_t before = prep - 1;
      const Token& w = v.toks[before];
      const bool venue = before <= h.last || v.InsideMention(before) || !w.is_word || IsDayWord(v.words, w.text) ||
                         v.words.Is(WordClass::kPlaceNoun, w) || v.words.Is(WordClass::kVenueNoun, w);
      if (!venue) continue;
      if (state && !(before <= h.last || v.InsideMention(before))) continue;
    } else if (state && prep != h.last + 1) {
      continue;  // (a state only right after the cue: "met in Uganda")
    }
    placed = true;
    visit_place(m.actor, v.Surface(m), "meeting-place");
  }
  // "sent Tahnoun to Tehran, where he held talks with Raisi": a meeting in
  // a clause of where / حيث was held in the place named before its comma.
  for (uint32_t j = h.first; !placed && j-- > 0 && h.first - j <= 10;) {
    if (!v.words.IsAsWritten(WordClass::kPlaceRelative, v.toks[j])) {
      if (v.IsClauseBreak(j)) break;
      continue;
    }
    if (j < 2 || !v.words.IsAsWritten(WordClass::kComma, v.toks[j - 1])) break;
    for (size_t k = 0; k < v.mentions.size(); ++k) {
      const Mention& m = v.mentions[k];
      if (m.last + 2 != j || m.type == MentionType::kDemonym || !(IsPlace(v, k) || v.kinds[k] == ActorKind::kState)) {
        continue;
      }
      placed = true;
      visit_place(m.actor, v.Surface(m), "where-place");
    }
    break;
  }
  // No place named: the article's dateline ("RIYADH (Agency) -"), unless
  // the sentence takes someone elsewhere ("flew to Doha, where he met ...",
  // "arrived in Ankara").
  for (size_t k = 0; k < v.mentions.size() && !placed; ++k) {
    if (v.args[k].prep != Prep::kIn && v.args[k].prep != Prep::kTo) continue;
    if (v.mentions[k].actor == dateline_) continue;  // the dateline itself
    // ("Trump flies to Israel for talks with Netanyahu": a state gone to.)
    placed = v.kinds[k] == ActorKind::kCity || v.mentions[k].type == MentionType::kCapital ||
             (v.kinds[k] == ActorKind::kState && v.args[k].prep == Prep::kTo);
  }
  if (attendance) {
    if (!placed && gathering_place_ != kNoActor) visit_place(gathering_place_, gathering_place_surface_, "gathering-place");
    return;
  }
  // (The lead only: later paragraphs tell of other times and places, as
  // does a pluperfect in it: "وكان تيلرسون قد دعا، خلال مؤتمر صحفي ...".)
  auto pluperfect = [&] {
    for (uint32_t j = 0; j < h.first; ++j) {
      if (!v.words.Is(WordClass::kPastAux, v.toks[j])) continue;
      for (uint32_t k = j + 1; k < h.first && k <= j + 4; ++k) {
        if (v.words.IsAsWritten(WordClass::kPluperfect, v.toks[k])) return true;
      }
    }
    return false;
  };
  if (!placed && dateline_ != kNoActor && v.index <= dateline_sentence_ + 2 && !pluperfect()) {
    visit_place(dateline_, dateline_surface_, "dateline");
  }
}

}  // namespace tahaluf::extract
