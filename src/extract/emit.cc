// What a cue's arguments become: triples, de-duplicated, with the
// sentence's hedge, speaker and date; the companions of a visit; and the
// generic agreement a specific one makes redundant.
#include <algorithm>

#include "document.h"

namespace tahaluf::extract {

void DocumentExtraction::Emit(const SentenceView& v, const SentenceState& st, ActorIndex sub,
                              const RelationInfo* rel, ActorIndex obj, bool neg, const std::string& sub_surface,
                              const std::string& obj_surface, uint32_t cb, uint32_t ce, const char* how) {
  if (sub == kNoActor || obj == kNoActor || sub == obj) return;
  // A visit to a city from abroad is a visit to its state ("Tamim arrived
  // in AlUla"): the alliance graph links actors; the city stays in the
  // evidence as the object as written.
  // So is an attack from abroad on a city or site ("the United States
  // bombed Natanz" is an attack on Iran).
  if ((rel->name == "visit" || rel->name == "attack") && ActorAt(obj).kind == ActorKind::kCity &&
      !ActorAt(obj).country.empty() &&
      ActorAt(sub).country != ActorAt(obj).country && ActorAt(sub).id != ActorAt(obj).country) {
    const ActorIndex state = lexicon_.FindById(ActorAt(obj).country);
    if (state != kNoActor) obj = state;
  }
  if (sub == obj) return;
  const ActorKind sk = ActorAt(sub).kind, ok = ActorAt(obj).kind;
  // Places do not act; only visits and attacks have a place as object.
  if (sk == ActorKind::kCity) return;
  if (ok == ActorKind::kCity && rel->name != "visit" && rel->name != "attack") return;
  if ((rel->name == "leads" || rel->name == "member_of") && (ok == ActorKind::kPerson || ok == ActorKind::kCity)) {
    return;
  }
  // A state belongs to bodies, not to another state ("China joined Russia
  // in vetoing").
  if (rel->name == "member_of" && sk == ActorKind::kState && ok == ActorKind::kState) return;
  if (rel->name == "child_of" && (sk != ActorKind::kPerson || ok != ActorKind::kPerson)) return;
  // A person and their own state are one side: no meeting, visit, pact or
  // quarrel between them ("السيسي" and "مصر" in "وبحث البلدان").
  // So are a state and its own army, government or ministry ("Saudi
  // Arabia will acquire drones for the kingdom's armed forces"). (An
  // army's offensive on its own capital is against a rival government,
  // which the state does not stand for.)
  auto institution = [](ActorKind k) {
    return k == ActorKind::kPerson || k == ActorKind::kMilitary || k == ActorKind::kGovernment ||
           k == ActorKind::kMinistry;
  };
  if (rel->name != "leads" && rel->name != "member_of" &&
      ((institution(sk) && ok == ActorKind::kState && ActorAt(sub).country == ActorAt(obj).id) ||
       (institution(ok) && sk == ActorKind::kState && ActorAt(obj).country == ActorAt(sub).id))) {
    return;
  }
  // "بين الدول الثلاث", "the three countries have sponsored the talks": a
  // group of states named as one ("الدول الأربع", three or more mentions on
  // the same words) acts as one side; it ties none of its members to another.
  if (rel->symmetric) {
    auto group_only = [&](ActorIndex a) -> long {
      long span = -1;
      for (const Mention& m : v.mentions) {
        if (m.actor != a) continue;
        const auto shared = std::count_if(v.mentions.begin(), v.mentions.end(), [&](const Mention& x) {
          return x.first == m.first && x.last == m.last;
        });
        if (shared < 3 || (span >= 0 && span != m.first)) return -1;
        span = m.first;
      }
      return span;
    };
    const long group = group_only(sub);
    if (group >= 0 && group == group_only(obj)) return;
  }
  auto key = std::make_tuple(sub, rel, obj, neg);
  if (rel->symmetric && sub > obj) key = std::make_tuple(obj, rel, sub, neg);
  if (!seen_.insert(key).second) {
    // Same fact again: a new piece of evidence only in a new sentence.
    // Triples are made sentence by sentence: those of v's sentence are the
    // ones since it began.
    const size_t from = v.index == sentence_ ? sentence_triples_ : 0;
    for (size_t k = from; k < result_.triples.size(); ++k) {
      const Triple& t = result_.triples[k];
      if (t.sentence == v.index && t.relation == rel &&
          ((t.subject == sub && t.object == obj) || (rel->symmetric && t.subject == obj && t.object == sub))) {
        return;
      }
    }
  }
  if (rel->name == "attack") {
    // (An attack one denies raises a second author: "نفى أي صلة له بالهجوم".)
    one_attacker_ &= sub == last_attacker_ || (!neg && last_attacker_ == kNoActor);
    if (!neg) {
      last_attacker_ = sub;
      last_attack_sentence_ = v.index;
    }
  }
  Triple t;
  t.subject = sub;
  t.object = obj;
  t.relation = rel;
  t.negated = neg;
  t.hedged = st.hedged;
  t.sentence = v.index;
  t.begin = v.span.begin;
  t.end = v.span.end;
  t.cue_begin = cb;
  t.cue_end = ce;
  t.subject_surface = sub_surface;
  t.object_surface = obj_surface;
  t.derivation = how;
  t.construction = construction_;
  t.speaker = st.speaker;
  t.event_date = st.event_date;
  if (rel->name == "visit" && !neg && ActorAt(obj).kind != ActorKind::kPerson) {
    last_visit_[sub] = {obj, t.object_surface};
  }
  if (rel->name == "meet" && !neg) {
    ctx_.met_a = sub;
    ctx_.met_b = obj;
    ctx_.met_sentence = v.index;
  }
  result_.triples.push_back(std::move(t));
}

void DocumentExtraction::Escort(const SentenceView& v, const CueHit& h, const RelationInfo* rel, bool neg,
                                SentenceState* st) {
  // "ورافق خليفة في الزيارة نجله صدام وأسامة حماد": the one escorted is
  // named right after an Arabic cue, or is the clause's subject ("Haftar
  // visited Moscow, accompanied by ..."); the others named after the cue
  // went along, to where that one last went.
  // A delegation's members ("وفد سوري، يترأسه X، ويضم Y"): the persons its
  // span names, after the delegation (the clause's subject).
  const bool delegation = h.cue->frame == Frame::kDelegation;
  const bool arabic = v.toks[h.first].is_arabic;
  auto [lo, hi] = v.Window(h);
  for (const auto& [from, to] : v.delegations) {
    if (from <= h.first && h.first < to) hi = to;
  }
  std::vector<size_t> after = Usables(v, rel, h.last + 1, hi);
  if (delegation) {
    std::erase_if(after, [&](size_t k) { return v.kinds[k] != ActorKind::kPerson; });
  }
  ActorIndex principal = kNoActor;
  size_t first_companion = 0;
  if (delegation) {
    for (size_t k : Usables(v, rel, lo, h.first)) {
      if (v.args[k].prep == Prep::kNone) principal = v.mentions[k].actor;  // the nearest: "وفد سوري"
    }
  } else if (arabic && !after.empty() && v.TokenGap(h.last, v.mentions[after[0]].first) <= 1) {
    principal = v.mentions[after[0]].actor;
    first_companion = 1;
  } else if (!arabic && st->subjects.empty()) {
    for (size_t k : Usables(v, rel, lo, h.first)) {
      if (v.args[k].prep == Prep::kNone && principal == kNoActor) principal = v.mentions[k].actor;
    }
  }
  if (principal == kNoActor && !st->subjects.empty()) principal = st->subjects.front();
  if (principal == kNoActor && last_subject_sentence_ + 1 >= v.index && !last_subjects_.empty()) {
    principal = last_subjects_.front();
  }
  ActorIndex destination = kNoActor;
  std::string destination_surface;
  // The principal's last visit (Emit keeps it).
  if (auto it = last_visit_.find(principal); it != last_visit_.end()) {
    destination = it->second.first;
    destination_surface = it->second.second;
  }
  if (destination == kNoActor) return;
  const uint32_t cb = v.s.OriginalBegin(h.first), ce = v.s.OriginalEnd(h.last);
  for (size_t c = first_companion; c < after.size(); ++c) {
    const ActorIndex who = v.mentions[after[c]].actor;
    if (who == principal || who == destination || ActorAt(who).kind == ActorKind::kState) continue;
    Emit(v, *st, who, rel, destination, neg, v.Surface(v.mentions[after[c]]), destination_surface, cb, ce,
         "companion");
  }
}

void DocumentExtraction::Attend(const SentenceView& v, const CueHit& h, bool neg, const SentenceState& st) {
  // "وشارك في المؤتمر كل من الرئيس الفرنسي ... والعاهل الأردني ...",
  // "the summit, attended by Erdogan and Sisi": the persons the cue's
  // clause names came to where the gathering was held (a city the
  // sentence names, or the one an earlier sentence held it in; never the
  // dateline alone).
  if (neg) return;
  const auto [lo, hi] = v.Window(h, 80);  // a list of leaders runs long
  std::vector<ActorIndex> persons;
  std::vector<size_t> mentions;
  // Those named after the cue ("attended by X", "بمشاركة X", "شارك في القمة
  // X"); with none, those before it ("X and Y took part in the summit").
  for (const bool after : {true, false}) {
    for (size_t k : after ? Usables(v, h.cue->relation, h.last + 1, hi) : Usables(v, h.cue->relation, lo, h.first)) {
      if (v.kinds[k] != ActorKind::kPerson) continue;
      persons.push_back(v.mentions[k].actor);
      mentions.push_back(k);
    }
    if (!persons.empty()) break;
  }
  if (!persons.empty()) MeetingPlace(v, st, h, persons, {}, mentions, /*attendance=*/true);
}

void DocumentExtraction::GatheringPlace(const SentenceView& v) {
  // The first place the article holds a gathering in is its gathering's
  // place (a later "... في غزة، داعيا إلى عقد مؤتمر" names another): a
  // place in the clause of a gathering word, at most ten words from it
  // ("القمة العربية الإسلامية التي عقدت في الرياض", "انطلقت في العاصمة بغداد
  // أعمال مؤتمر", "a summit of Muslim leaders in Malaysia"; not "the Saudi
  // embassy in Islamabad" further on), or a city naming it ("the Kuala
  // Lumpur Summit", "قمة القاهرة للسلام").
  if (gathering_place_ != kNoActor) return;
  std::vector<uint32_t> gatherings;
  for (uint32_t j = 0; j < v.toks.size(); ++j) {
    if (v.toks[j].is_word && v.words.Is(WordClass::kGathering, v.toks[j])) gatherings.push_back(j);
  }
  for (size_t k = 0; k < v.mentions.size() && !gatherings.empty(); ++k) {
    const Mention& m = v.mentions[k];
    const bool city = v.kinds[k] == ActorKind::kCity || m.type == MentionType::kCapital;
    const bool state = v.kinds[k] == ActorKind::kState && m.type != MentionType::kDemonym;
    bool named = false;
    if (v.args[k].prep == Prep::kIn && (city || state)) {
      named = std::any_of(gatherings.begin(), gatherings.end(), [&](uint32_t g) {
        const uint32_t a = std::min(g, m.first), b = std::max(g, m.first);
        return v.TokenGap(a, b) <= 10 && v.SameClause(a, b);
      });
    } else if (v.args[k].prep == Prep::kNone && city) {
      named = v.toks[m.first].is_arabic
                  ? m.first > 0 && v.words.Is(WordClass::kGathering, v.toks[m.first - 1])
                  : m.last + 1 < v.toks.size() && v.words.Is(WordClass::kGathering, v.toks[m.last + 1]);
    }
    if (!named) continue;
    gathering_place_ = m.actor;
    gathering_place_surface_ = v.Surface(m);
    return;
  }
}

void DocumentExtraction::DropRedundant(size_t from) {
  // A specific agreement (arms deal, defence pact) between a pair makes the
  // generic "signed an agreement" between them redundant.
  auto specific = [](const Triple& t) {
    return t.relation->name == "arms_deal" || t.relation->name == "defense_pact" ||
           t.relation->name == "economic_cooperation";
  };
  std::vector<Triple>& ts = result_.triples;
  for (size_t i = from; i < ts.size();) {
    bool redundant = false;
    if (ts[i].relation->name == "sign_agreement") {
      for (size_t j = from; j < ts.size(); ++j) {
        redundant |= specific(ts[j]) && ((ts[j].subject == ts[i].subject && ts[j].object == ts[i].object) ||
                                         (ts[j].subject == ts[i].object && ts[j].object == ts[i].subject));
      }
    }
    if (redundant) {
      ts.erase(ts.begin() + static_cast<long>(i));
    } else {
      ++i;
    }
  }
}

}  // namespace tahaluf::extract
