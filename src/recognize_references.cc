#include "tahaluf/recognize.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "tahaluf/names.h"
#include "tahaluf/normalize.h"

#include "recognize_internal.h"

namespace tahaluf {

using namespace recognize_internal;

// References resolved to the actors named before them: pronouns on head
// nouns, the two countries, the army, the kingdom; then what the document
// remembers of this sentence.
void Recognizer::ResolveReferences(const TokenizedSentence& s, DocumentContext* ctx,
                             std::vector<Mention>* mentions) const {
  const std::vector<Token>& toks = s.tokens;
  const size_t n = toks.size();
  std::vector<Mention>& out = *mentions;
  // (Built again before each pass below that asks it, and after a mention
  // is changed in place: the passes add, widen and merge mentions.)
  MentionCover cover;
  auto mention_at = [&](size_t tok) { return cover.At(out, tok); };
  // The classes a member of which starts at some token: a pass below whose
  // words start nowhere in the sentence is passed over (most sentences
  // have none of them).
  const WordClassSet may = words_.MayStartIn(toks, 0, n);
  auto may_start = [&](WordClass c) { return may.Test(static_cast<size_t>(c)); };
  // A possessive pronoun on a head noun: "حكومته" (his government),
  // "قواته", "his forces": the org the last person named leads.
  {
    std::vector<Mention> pronouns;
    // (Every form of a word is a suffix of it, and longer than the pronoun:
    // a word that ends in none of them has no form that does.)
    auto suffixed = [&](std::string_view word) {
      for (WordClass sc : {WordClass::kPronounSuffix, WordClass::kPronounSuffixAmbiguous}) {
        for (const std::string& suffix : words_.Words(sc)) {
          if (EndsWith(word, suffix)) return true;
        }
      }
      return false;
    };
    cover.Build(out, n);
    for (size_t i = 0; i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      Head head = Head::kNone;
      size_t first = i, last = i;
      size_t proclitic = 0;  // "لبلاده": the preposition is the mention's
      if (toks[i].is_arabic) {
        std::string_view forms[6];
        const int nf = suffixed(toks[i].text) ? ArabicStems(toks[i], forms) : 0;
        for (int k = 0; k < nf && head == Head::kNone; ++k) {
          std::string_view f = forms[k];
          proclitic = toks[i].text.size() - f.size();
          for (WordClass sc : {WordClass::kPronounSuffix, WordClass::kPronounSuffixAmbiguous}) {
            for (const std::string& suffix : words_.Words(sc)) {
              if (head != Head::kNone || f.size() <= suffix.size() + 4 || !EndsWith(f, suffix)) continue;
              std::string base(f.substr(0, f.size() - suffix.size()));
              // ة is written ت before a suffix: حكومته -> حكومة (folded ه).
              if (EndsWith(base, "ت")) head = HeadNoun(words_, base.substr(0, base.size() - 2) + "ه");
              if (head == Head::kNone) head = HeadNoun(words_, base);
            }
          }
        }
      } else if (words_.IsAsWritten(WordClass::kPossessive, toks[i]) && i + 1 < n) {
        head = HeadNoun(words_, toks[i + 1].text);
        last = i + 1;
      }
      if (head == Head::kNone) continue;
      ActorIndex person = ctx->last_person;
      for (const Mention& m : out) {
        if (m.last < first && ctx->ActorAt(lexicon_, m.actor).kind == ActorKind::kPerson) person = m.actor;
      }
      if (person == kNoActor) continue;
      // "أن بلاده وافقت", "his country": the person's state.
      ActorIndex org = head == Head::kCountry ? lexicon_.FindById(ctx->ActorAt(lexicon_, person).country)
                                              : LedOrg(person, head == Head::kGovernment, ctx->date);
      if (org == kNoActor) continue;
      Mention m;
      m.actor = org;
      m.type = MentionType::kHeadNoun;
      m.first = static_cast<uint32_t>(first);
      m.last = static_cast<uint32_t>(last);
      m.begin = s.OriginalBegin(first);
      m.end = s.OriginalEnd(last);
      if (head != Head::kNone && first == last) m.proclitic_bytes = static_cast<uint8_t>(proclitic);
      pronouns.push_back(m);
      i = last;
    }
    MergeMentions(&out, pronouns);
  }

  // Head nouns: "حكومة حفتر", "قوات حفتر", "Haftar's forces".
  for (Mention& m : out) {
    if (ctx->ActorAt(lexicon_, m.actor).kind != ActorKind::kPerson) continue;
    Head head = Head::kNone;
    uint32_t new_first = m.first, new_last = m.last;
    if (m.first > 0 && toks[m.first - 1].is_word) {
      std::string_view forms[6];
      int nf = toks[m.first - 1].is_arabic ? ArabicStems(toks[m.first - 1], forms) : 1;
      if (!toks[m.first - 1].is_arabic) forms[0] = toks[m.first - 1].text;
      for (int k = 0; k < nf && head == Head::kNone; ++k) head = HeadNoun(words_, forms[k]);
      if (head != Head::kNone) new_first = m.first - 1;
    }
    if (head == Head::kNone && m.last + 2 < n && words_.IsAsWritten(WordClass::kPossessiveClitic, toks[m.last + 1])) {
      head = HeadNoun(words_, toks[m.last + 2].text);
      if (head != Head::kNone) new_last = m.last + 2;
    }
    // "the Trump administration", "the Netanyahu government": an English
    // name before the noun.
    if (head == Head::kNone && m.last + 1 < n && !toks[m.last].is_arabic && toks[m.last + 1].is_word &&
        HeadNoun(words_, toks[m.last + 1].text) == Head::kGovernment) {
      head = Head::kGovernment;
      new_last = m.last + 1;
    }
    if (head == Head::kNone || head == Head::kCountry) continue;
    ActorIndex org = LedOrg(m.actor, head == Head::kGovernment, ctx->date);
    if (org != kNoActor) {
      m.owner = m.actor;
      m.actor = org;
      m.type = MentionType::kHeadNoun;
      m.first = new_first;
      m.last = new_last;
      m.begin = s.OriginalBegin(m.first);
      m.end = s.OriginalEnd(m.last);
    }
  }

  // "جدة السعودية", "إعلان بكين", "the Beijing Declaration": a state named
  // right after one of its cities, a city naming an event or a document.
  for (size_t k = 0; k < out.size(); ++k) {
    Mention& m = out[k];
    const Actor& a = ctx->ActorAt(lexicon_, m.actor);
    if (a.kind == ActorKind::kState && k > 0 && out[k - 1].last + 1 == m.first) {
      const Actor& before = ctx->ActorAt(lexicon_, out[k - 1].actor);
      m.qualifier |= before.kind == ActorKind::kCity && before.country == a.id;
    }
    if (a.kind != ActorKind::kCity && m.type != MentionType::kCapital) continue;
    if (toks[m.first].is_arabic) {
      // (Nothing joined to the name but its article: "اتفاق الرياض", not
      // "اتفاق مع الرياض" nor "اتفاق والرياض".)
      const bool bare = m.proclitic_bytes == 0 ||
                        (m.proclitic_bytes == kArabicArticle.size() && toks[m.first].text.substr(0, kArabicArticle.size()) == kArabicArticle);
      m.qualifier |= m.first > 0 && bare && words_.Is(WordClass::kEventNoun, toks[m.first - 1]);
    } else {
      m.qualifier |= m.last + 1 < n && words_.Is(WordClass::kEventNoun, toks[m.last + 1]);
    }
  }

  // "البلدين", "الجانبان", "the two countries": the pair named just before.
  if (may_start(WordClass::kPairStates) || may_start(WordClass::kPairPersons) || may_start(WordClass::kPairSides)) {
    std::vector<Mention> pairs;
    cover.Build(out, n);
    for (size_t i = 0; i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      bool states_only = false, persons_only = false, found = false;
      size_t last = i;
      if (size_t len = words_.MatchAt(WordClass::kPairStates, toks, i)) {
        found = states_only = true;
        last = i + len - 1;
      } else if (size_t len3 = words_.MatchAt(WordClass::kPairPersons, toks, i)) {
        found = persons_only = true;  // "the two leaders", "الزعيمان"
        last = i + len3 - 1;
      } else if (size_t len2 = words_.MatchAt(WordClass::kPairSides, toks, i)) {
        found = true;
        last = i + len2 - 1;
      }
      if (!found) continue;
      // The two most recent distinct actors of the right kind, before here.
      std::vector<ActorIndex> pool = ctx->recent;
      // (A capital named as the place of it, "في العاصمة الخرطوم", is no side.)
      auto place = [&](const Mention& m) {
        return !states_only && m.type == MentionType::kCapital && m.first > 0 &&
               (words_.IsAsWritten(WordClass::kPrepIn, toks[m.first - 1]) || words_.Is(WordClass::kPlaceNoun, toks[m.first - 1]));
      };
      for (const Mention& m : out) {
        if (m.last < i && !m.qualifier && m.type != MentionType::kDemonym && !place(m)) {
          // "Qatar's emir" names Qatar too ("Egypt hosted Qatar's emir. The
          // two countries ...").
          if (m.title_org != kNoActor) pool.push_back(m.title_org);
          pool.push_back(m.actor);
        }
      }
      std::vector<ActorIndex> pair;
      // "The two sides" right after a meeting (this sentence or the one
      // before) are its two parties. ("The two countries" stay the
      // article's main pair: "قطيعة بين البلدين" after a visit elsewhere.)
      if (!states_only && ctx->met_a != kNoActor && ctx->met_sentence + 1 >= ctx->sentence) {
        const ActorIndex a = ctx->met_a, b = ctx->met_b;
        const bool persons = ctx->ActorAt(lexicon_, a).kind == ActorKind::kPerson &&
                             ctx->ActorAt(lexicon_, b).kind == ActorKind::kPerson;
        if (a != b && (!persons_only || persons)) pair = {a, b};
      }
      if (states_only) {
        // "The two countries" are the article's two main states so far:
        // the two named most often among the recent mentions (the later
        // named first on a tie), not merely the last two ("Egypt and
        // Turkey ... Sudan ... the two countries" means Egypt and Turkey).
        std::vector<std::pair<ActorIndex, std::pair<int, size_t>>> counts;  // actor, (count, last)
        // (A person the lexicon places in a state counts for it: "Crown
        // Prince Mohammed bin Salman ended a visit to Pakistan after the two
        // countries signed ...".)
        for (size_t p = 0; p < pool.size(); ++p) {
          const Actor& who = ctx->ActorAt(lexicon_, pool[p]);
          const ActorIndex state = who.kind == ActorKind::kState ? pool[p]
                                   : who.kind == ActorKind::kPerson && !who.discovered && !who.country.empty()
                                       ? lexicon_.FindById(who.country)
                                       : kNoActor;
          if (state == kNoActor) continue;
          auto it = std::find_if(counts.begin(), counts.end(),
                                 [&](const auto& c) { return c.first == state; });
          if (it == counts.end()) counts.push_back({state, {1, p}});
          else it->second = {it->second.first + 1, p};
        }
        std::stable_sort(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        // The pair in order of their last mention, as the recency rule gives.
        for (size_t c = 0; c < counts.size() && c < 2; ++c) pair.push_back(counts[c].first);
        if (pair.size() == 2 && counts[0].second.second < counts[1].second.second) {
          std::swap(pair[0], pair[1]);
        }
      }
      // "The two sides" are two parties: the two most recent actors that
      // are not one side. Actors of one state are one side (a Saudi prince
      // and Saudi Arabia, Pakistan's premier and its army) unless one is a
      // force or party outside the state's institutions (Sudan's army and
      // the RSF, Fatah and Hamas) that the other does not lead or serve.
      auto same_side = [&](ActorIndex a, ActorIndex b) {
        const Actor& x = ctx->ActorAt(lexicon_, a);
        const Actor& y = ctx->ActorAt(lexicon_, b);
        const std::string& sx = x.StateId();
        const std::string& sy = y.StateId();
        if (sx.empty() || sx != sy) return false;
        auto outside = [](ActorKind k) { return k == ActorKind::kArmedGroup || k == ActorKind::kParty; };
        if (!outside(x.kind) && !outside(y.kind)) return true;
        // A person and the body they lead or serve in (Hemedti and the RSF).
        for (auto [person, body] : {std::pair{a, b}, std::pair{b, a}}) {
          if (ctx->ActorAt(lexicon_, person).kind != ActorKind::kPerson || person >= lexicon_.size()) continue;
          for (const Role* r : lexicon_.RolesOf(person, ctx->date)) {
            if (r->org == body) return true;
          }
        }
        return false;
      };
      // "the two sides" said again in the next sentence are the same two.
      if (!states_only && !persons_only && pair.empty() && ctx->sides_a != kNoActor &&
          ctx->sides_sentence + 1 >= ctx->sentence) {
        pair = {ctx->sides_a, ctx->sides_b};
      }
      const bool from_meeting = !pair.empty();
      for (auto it = pool.rbegin(); !states_only && !from_meeting && it != pool.rend() && pair.size() < 2; ++it) {
        ActorKind k = ctx->ActorAt(lexicon_, *it).kind;
        if (k == ActorKind::kCity || (persons_only && k != ActorKind::kPerson)) continue;
        if (std::find(pair.begin(), pair.end(), *it) != pair.end()) continue;
        if (pair.size() == 1 && same_side(pair[0], *it)) continue;
        pair.push_back(*it);
      }
      if (pair.size() != 2) continue;
      if (!states_only && !persons_only) {
        ctx->sides_a = pair[0];
        ctx->sides_b = pair[1];
        ctx->sides_sentence = ctx->sentence;
      }
      for (int side = 1; side >= 0; --side) {
        Mention m;
        m.actor = pair[side];
        m.type = MentionType::kShort;
        m.first = static_cast<uint32_t>(i);
        m.last = static_cast<uint32_t>(last);
        m.begin = s.OriginalBegin(i);
        m.end = s.OriginalEnd(last);
        if (toks[i].is_arabic) {
          std::string_view forms[6];
          int nf = ArabicStems(toks[i], forms);
          m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - forms[nf - 1].size());
          std::string_view stem = forms[nf - 1];
          if (StripArabicArticle(stem) != stem) {
            m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - StripArabicArticle(stem).size());
          }
        }
        pairs.push_back(m);
      }
      i = last;
    }
    MergeMentions(&out, pairs);
  }

  // A bare "the army" ("الجيش", "القوات المسلحة", "the armed forces"):
  // the army of the state the article is about, when one state clearly
  // leads the count of those named so far.
  if (may_start(WordClass::kBareArmy)) {
    // (Worked out at the first bare army: most sentences have none.)
    std::optional<ActorIndex> main_army;
    auto army = [&] {
      if (main_army) return *main_army;
      ActorIndex main_state = kNoActor;
      int best = 0, second = 0;
      for (const auto& [state, count] : ctx->state_mentions) {
        if (count > best || (count == best && state < main_state)) {
          second = best;
          best = count;
          main_state = state;
        } else if (count > second) {
          second = count;
        }
      }
      main_army = best >= 2 && best > second ? lexicon_.MilitaryOf(main_state) : kNoActor;
      return *main_army;
    };
    std::vector<Mention> armies;
    cover.Build(out, n);
    for (size_t i = 0; i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      size_t last = i;
      bool bare = false;
      // English needs "the" before it: "the army", "the armed forces".
      if (toks[i].is_arabic || (i > 0 && words_.IsAsWritten(WordClass::kArticle, toks[i - 1]) &&
                                mention_at(i - 1) == nullptr)) {
        if (size_t len = words_.MatchAt(WordClass::kBareArmy, toks, i)) {
          bare = true;
          last = i + len - 1;
        }
      }
      // "الجيش السوداني", "the army of Sudan", "الجيش الوطني الليبي": named,
      // not bare (a following adjective or actor makes it someone's).
      if (!bare || last + 1 >= n) continue;
      // An Arabic definite noun takes no genitive, so an actor named after
      // "الجيش" is another clause part, unless it is an adjective (a nisba).
      const Token& next = toks[last + 1];
      const Mention* next_mention = mention_at(last + 1);
      if (words_.IsAsWritten(WordClass::kPrepOf, next) ||
          (next_mention != nullptr && (!next.is_arabic || next_mention->type == MentionType::kDemonym)) ||
          (next_mention == nullptr && next.is_arabic &&
           next.text.substr(0, kArabicArticle.size()) == kArabicArticle)) {  // an adjective
        continue;
      }
      // "القتال بين الجيش وقوات الدعم السريع", "between the army and the
      // RSF": the army of the state its partner in the pair belongs to.
      const Mention* partner = nullptr;
      if (next.is_arabic && next_mention != nullptr && words_.PrefixLength(WordClass::kCliticConj, next.text) > 0) {
        partner = next_mention;
      } else if (!next.is_arabic && words_.IsAsWritten(WordClass::kAndWord, next)) {
        size_t j = last + 2;
        if (j < n && words_.IsAsWritten(WordClass::kArticle, toks[j])) ++j;
        if (j < n) partner = mention_at(j);
      }
      ActorIndex own = army();
      if (partner != nullptr) {
        const Actor& p = ctx->ActorAt(lexicon_, partner->actor);
        const ActorIndex state = p.kind == ActorKind::kState || p.country.empty() ? kNoActor : lexicon_.FindById(p.country);
        const ActorIndex military = state == kNoActor ? kNoActor : lexicon_.MilitaryOf(state);
        if (military != kNoActor && military != partner->actor) own = military;
      }
      if (own == kNoActor) continue;
      Mention m;
      m.actor = own;
      m.type = MentionType::kHeadNoun;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(last);
      m.begin = s.OriginalBegin(i);
      m.end = s.OriginalEnd(last);
      armies.push_back(m);
      i = last;
    }
    MergeMentions(&out, armies);
  }

  // "المملكة", "the Kingdom": the kingdom the article names most so far.
  if (may_start(WordClass::kTheKingdom)) {
    // (Worked out at the first "the kingdom": most sentences have none.)
    std::optional<ActorIndex> most_named;
    auto kingdom = [&] {
      if (most_named) return *most_named;
      ActorIndex named = kNoActor;
      int best = 0;
      for (const auto& [state, count] : ctx->state_mentions) {
        if (count <= best || !IsKingdom(state)) continue;
        best = count;
        named = state;
      }
      most_named = named;
      return named;
    };
    // With none named before this sentence, a kingdom's body named before
    // it in the sentence names it ("أعلنت وزارة الخارجية السعودية وقوف
    // المملكة إلى جانب مصر").
    auto kingdom_before = [&](size_t tok) {
      ActorIndex nearest = kNoActor;
      for (const Mention& m : out) {
        if (m.last >= tok) continue;
        const ActorIndex state = StateOf(lexicon_, ctx->ActorAt(lexicon_, m.actor), m.actor);
        if (state != kNoActor && IsKingdom(state)) nearest = state;
      }
      return nearest;
    };
    std::vector<Mention> found;
    cover.Build(out, n);
    for (size_t i = 0; i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      const size_t len = words_.MatchAt(WordClass::kTheKingdom, toks, i);
      if (len == 0) continue;
      const ActorIndex named = kingdom() != kNoActor ? kingdom() : kingdom_before(i);
      if (named == kNoActor) continue;
      // "المملكة المتحدة", "المملكة الأردنية": named, not bare. ("المملكة
      // والإمارات": a list goes on with و.)
      const size_t next = i + len;
      const bool listed = next < n && toks[next].is_arabic && words_.PrefixLength(WordClass::kCliticConj, toks[next].text) > 0;
      // ("زار العبادي المملكة الشهر الماضي": a word of time names none.)
      const bool time = next < n && words_.IsAsWritten(WordClass::kTimeNoun, toks[next]);
      if (next < n && !listed && !time &&
          (mention_at(next) != nullptr || (toks[next].is_arabic && StripArabicArticle(toks[next].text) != toks[next].text))) {
        continue;
      }
      Mention m;
      m.actor = named;
      m.type = MentionType::kShort;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(next - 1);
      m.begin = s.OriginalBegin(m.first);
      m.end = s.OriginalEnd(m.last);
      std::string_view forms[6];
      const int nf = toks[i].is_arabic ? ArabicStems(toks[i], forms) : 0;
      if (nf > 0) m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - forms[nf - 1].size());
      found.push_back(m);
      i = next - 1;
    }
    MergeMentions(&out, found);
  }

  // "the coalition", "الجبهة", "the council": a body's head noun alone is
  // the body of that head named last (in this sentence or the ones before):
  // "the Saudi-led coalition ... The coalition has been fighting".
  if (may_start(WordClass::kBodyHead) || may_start(WordClass::kLedBodyHead) || may_start(WordClass::kMemberStates)) {
    std::vector<Mention> found;
    cover.Build(out, n);
    // A body, neither a person, a state nor a city; an international one
    // (of no state) when asked: only those have member states.
    auto is_body = [&](ActorIndex a, bool international) {
      const Actor& x = ctx->ActorAt(lexicon_, a);
      return x.kind != ActorKind::kPerson && x.kind != ActorKind::kState && x.kind != ActorKind::kCity &&
             (!international || x.country.empty());
    };
    // "دول مجلس التعاون", "لدول الاتحاد الأوروبي": the noun of member states
    // before an international body's name is part of that body's mention.
    for (Mention& m : out) {
      if (m.first == 0 || m.qualifier || !is_body(m.actor, true)) continue;
      const size_t p = m.first - 1;
      if (!toks[p].is_arabic || mention_at(p) != nullptr || !words_.Is(WordClass::kMemberStates, toks[p])) continue;
      const Mention wide = PhraseMention(s, m.actor, m.type, p, m.last);
      m.first = wide.first, m.begin = wide.begin, m.proclitic_bytes = wide.proclitic_bytes;
    }
    cover.Build(out, n);
    for (size_t i = 0; i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      // "دول المجلس", "لدول الحلف": after the noun of member states any
      // definite noun is the head of an international body's name.
      const bool states_of = i > 0 && toks[i].is_arabic && mention_at(i - 1) == nullptr &&
                             words_.Is(WordClass::kMemberStates, toks[i - 1]);
      const bool head_noun = states_of || words_.Is(WordClass::kBodyHead, toks[i]);
      if (!head_noun && !words_.Is(WordClass::kLedBodyHead, toks[i])) continue;
      std::string_view forms[6];
      const int nf = toks[i].is_arabic ? ArabicStems(toks[i], forms) : 0;
      // (The mention spans the noun of member states, its proclitics outside.)
      auto add = [&](ActorIndex body) {
        if (states_of) {
          found.push_back(PhraseMention(s, body, MentionType::kHeadNoun, i - 1, i));
          return;
        }
        Mention m = OneTokenMention(s, body, MentionType::kHeadNoun, i);
        if (nf > 0) m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - forms[nf - 1].size());
        found.push_back(m);
      };
      // "التحالف الذي تقوده الرياض", "the coalition led by Saudi Arabia",
      // "تشارك في التحالف": the coalition the state after "led by" leads, or
      // the one a verb of taking part names.
      const std::string head(toks[i].is_arabic && nf > 0 ? StripArabicArticle(forms[nf - 1]) : toks[i].text);
      if (ActorIndex led = CoalitionBody(s, *ctx, out, i, head); led != kNoActor) {
        add(led);
        continue;
      }
      if (!head_noun) continue;
      // Definite and alone: "the coalition" / "التحالف", not "a coalition",
      // "التحالف الدولي" (an adjective names another) or "coalition forces".
      bool definite = !toks[i].is_arabic && i > 0 && words_.IsAsWritten(WordClass::kArticle, toks[i - 1]);
      for (int k = 0; k < nf && !definite; ++k) definite = StripArabicArticle(forms[k]) != forms[k];
      if (!definite) continue;
      if (i + 1 < n && toks[i + 1].is_word && (mention_at(i + 1) != nullptr || (toks[i + 1].is_arabic &&
          StripArabicArticle(toks[i + 1].text) != toks[i + 1].text) || words_.IsAsWritten(WordClass::kPrepOf, toks[i + 1]))) {
        continue;
      }
      // (Member states are an international body's: no state owns it.)
      auto named = [&](ActorIndex a) { return is_body(a, states_of) && NameHolds(*ctx, a, head); };
      ActorIndex body = kNoActor;
      for (auto it = out.rbegin(); it != out.rend() && body == kNoActor; ++it) {
        if (it->last < i && named(it->actor)) body = it->actor;
      }
      for (auto it = ctx->bodies.rbegin(); it != ctx->bodies.rend() && body == kNoActor; ++it) {
        if (named(*it)) body = *it;
      }
      if (body != kNoActor) add(body);
    }
    MergeMentions(&out, found);
  }

  // "rebels", "the armed opposition", "فصائل المعارضة", "البرلمان": with no
  // state named with them, that body of the state the document names most
  // ("البرلمان"), or of the most-named state that has one ("Turkey and
  // Qatar backed the rebels" in an article about them and Syria).
  for (const StateBody& body : state_bodies_) {
    if (!may_start(body.phrase)) continue;
    // (The state is looked up only once a phrase is found.)
    ActorIndex here = kNoActor;
    bool found_here = false;
    auto body_here = [&] {
      if (found_here) return here;
      found_here = true;
      ActorIndex state = kNoActor;
      int most = 0;
      for (const auto& [a, count] : ctx->state_mentions) {
        if (body.any_state && !body.of.contains(lexicon_.actor(a).id)) continue;
        if (count > most || (count == most && a < state)) state = a, most = count;
      }
      auto it = state == kNoActor ? body.of.end() : body.of.find(lexicon_.actor(state).id);
      if (it != body.of.end()) here = it->second;
      return here;
    };
    std::vector<Mention> found;
    cover.Build(out, n);
    for (size_t i = 0; i < n; ++i) {
      const size_t len = mention_at(i) == nullptr ? words_.MatchAt(body.phrase, toks, i) : 0;
      if (len == 0) continue;
      const size_t last = i + len - 1;
      // (Not a modifier: "opposition-held areas"; "المعارضة السورية" is named.)
      const Mention* next = last + 1 < n ? mention_at(last + 1) : nullptr;
      const bool modifier =
          last + 1 < n && (toks[last + 1].text == "-" || (next != nullptr && next->type == MentionType::kDemonym));
      if (!modifier && body_here() == kNoActor) break;
      if (!modifier) {
        Mention m = OneTokenMention(s, here, MentionType::kHeadNoun, i);
        m.last = static_cast<uint32_t>(last);
        m.end = s.OriginalEnd(last);
        std::string_view forms[6];
        const int nf = toks[i].is_arabic ? ArabicStems(toks[i], forms) : 0;
        if (nf > 0) m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - forms[nf - 1].size());
        found.push_back(m);
      }
      i = last;
    }
    MergeMentions(&out, found);
  }

  // "نظيره السوري", "his Syrian counterpart": the one who holds, in the
  // state the nisba names, the office of the person named last before it
  // (the office written with them, or the one the roles give at the date).
  cover.Build(out, n);
  for (size_t i = 0, until = may_start(WordClass::kCounterpart) ? n : 0; i < until; ++i) {
    if (!toks[i].is_word || mention_at(i) != nullptr || !words_.Is(WordClass::kCounterpart, toks[i])) continue;
    const size_t at = toks[i].is_arabic ? i + 1 : i - 1;
    if (i == 0 || at >= n) continue;
    Mention* nisba = mention_at(at);
    if (nisba == nullptr || nisba->type != MentionType::kDemonym || nisba->first != at || nisba->last != at) continue;
    // (A name after it, or after a comma, is the counterpart: "نظيره السوري
    // فيصل المقداد", "his Saudi counterpart, Faisal bin Farhan". A
    // list of nisbas, "Russian, Saudi and Turkish counterparts", is left as
    // the states.)
    const size_t after = std::max(i, at) + 1;
    if (after < n && (mention_at(after) != nullptr ||
                      (after + 1 < n && words_.IsAsWritten(WordClass::kComma, toks[after]) && mention_at(after + 1) != nullptr))) {
      continue;
    }
    if (!toks[i].is_arabic && at > 0 &&
        (words_.IsAsWritten(WordClass::kComma, toks[at - 1]) || words_.IsAsWritten(WordClass::kAnd, toks[at - 1]))) {
      continue;
    }
    const ActorIndex state = nisba->actor;
    const Mention* before = nullptr;
    for (const Mention& m : out) {
      if (m.last < std::min(i, at) && ctx->ActorAt(lexicon_, m.actor).kind == ActorKind::kPerson) before = &m;
    }
    if (before == nullptr || before->actor >= lexicon_.size()) continue;
    std::vector<std::string> offices;
    if (!before->title_position.empty()) offices.push_back(before->title_position);
    for (const Role* r : lexicon_.RolesOf(before->actor, ctx->date)) {
      if (!r->position.empty() && lexicon_.actor(r->org).kind == ActorKind::kState) offices.push_back(r->position);
    }
    ActorIndex holder = kNoActor;
    std::string office;
    for (size_t k = 0; k < offices.size() && holder == kNoActor; ++k) {
      holder = HolderOf(offices[k], state, ctx->date);
      office = offices[k];
    }
    if (holder == kNoActor || holder == before->actor) continue;
    nisba->actor = holder;
    nisba->type = MentionType::kTitle;
    nisba->title_position = office;
    nisba->title_org = state;
    std::string_view forms[6];
    const int nf = toks[i].is_arabic ? ArabicStems(toks[i], forms) : 0;
    nisba->proclitic_bytes = nf > 0 ? static_cast<uint8_t>(toks[i].text.size() - forms[nf - 1].size()) : 0;
    nisba->first = static_cast<uint32_t>(std::min(i, at));
    nisba->last = static_cast<uint32_t>(std::max(i, at));
    nisba->begin = s.OriginalBegin(nisba->first);
    nisba->end = s.OriginalEnd(nisba->last);
    cover.Build(out, n);  // (the nisba's mention now covers the counterpart's word too)
  }

  // "He met Sisi", "Sisi received him": the person named last, in this
  // sentence or before it.
  {
    std::vector<Mention> found;
    auto add = [&](ActorIndex actor, size_t i) { found.push_back(OneTokenMention(s, actor, MentionType::kPronoun, i)); };
    cover.Build(out, n);
    for (size_t i = 0; i < n; ++i) {
      if (mention_at(i) != nullptr) continue;
      if (toks[i].is_arabic) {
        // "متهما إياه بـ", "متهمة إياها": the person or body named last
        // before it in its sentence.
        if (!words_.IsAsWritten(WordClass::kPronounDetached, toks[i])) continue;
        for (auto m = out.rbegin(); m != out.rend(); ++m) {
          const ActorKind k = ctx->ActorAt(lexicon_, m->actor).kind;
          if (m->last < i && k != ActorKind::kCity && !m->qualifier && m->type != MentionType::kDemonym) {
            add(m->actor, i);
            break;
          }
        }
        continue;
      }
      // "companies that it said had supplied ...": the one who says is no
      // argument of what is said.
      if (i + 1 < n && words_.IsAsWritten(WordClass::kReportingVerb, toks[i + 1])) continue;
      if (words_.IsAsWritten(WordClass::kPronounNonPerson, toks[i])) {
        // "severed ties with Qatar, accusing it of ...": an object (a
        // determiner or a preposition after it) is the state or body named
        // last before it in its sentence; a subject ("France said it
        // backed ...") the first. None: a thing, or "it said".
        bool object = false;
        if (i + 1 < n) {
          for (WordClass c : {WordClass::kDeterminer, WordClass::kPrepOf, WordClass::kPrepTo, WordClass::kPrepWith,
                              WordClass::kPrepFor, WordClass::kPrepFrom, WordClass::kPrepOn, WordClass::kPrepAgainst}) {
            object |= words_.IsAsWritten(c, toks[i + 1]);
          }
        }
        // (An object is not its own verb's subject: "Egypt condemned it".)
        std::vector<const Mention*> bodies;
        for (const Mention& m : out) {
          const ActorKind k = ctx->ActorAt(lexicon_, m.actor).kind;
          if (m.last < i && k != ActorKind::kPerson && k != ActorKind::kCity && !m.qualifier &&
              m.type != MentionType::kDemonym) {
            bodies.push_back(&m);
          }
        }
        if (object && !bodies.empty() && bodies.back()->last + 2 >= i) bodies.pop_back();
        // "It" opening a sentence is the body the sentence before opened
        // with ("It is ..." is mostly no one; "it said", above, a source).
        if (bodies.empty() && !object && ctx->lead_body != kNoActor && i + 1 < n &&
            !words_.IsAsWritten(WordClass::kCopula, toks[i + 1]) &&
            std::none_of(toks.begin(), toks.begin() + static_cast<long>(i), [](const Token& t) { return t.is_word; })) {
          add(ctx->lead_body, i);
          continue;
        }
        if (bodies.empty()) continue;
        add(object ? bodies.back()->actor : bodies.front()->actor, i);
        continue;
      }
      if (!words_.IsAsWritten(WordClass::kPersonPronoun, toks[i])) continue;
      // An object pronoun is not its own clause's subject ("Sisi received
      // him"): it stands for the person of an earlier sentence.
      const bool object = words_.IsAsWritten(WordClass::kPersonPronounObject, toks[i]);
      // (With two persons named before it, "Sisi met Haftar and told him",
      // the nearer is the object's.)
      std::vector<ActorIndex> named;  // persons of this sentence before it
      bool relative_subject = false;  // the last of them heads a relative clause holding the pronoun
      // The last of them is governed by an English preposition ("the main
      // backer of Assad, while Riyadh arms rebels fighting to topple him"):
      // no subject, so the object pronoun may stand for them.
      bool governed_person = false;
      for (const Mention& m : out) {
        if (m.last >= i || ctx->ActorAt(lexicon_, m.actor).kind != ActorKind::kPerson) continue;
        if (named.empty() || named.back() != m.actor) named.push_back(m.actor);
        governed_person = false;
        if (m.first > 0 && !toks[m.first].is_arabic) {
          size_t b = m.first - 1;
          if (b > 0 && words_.IsAsWritten(WordClass::kArticle, toks[b])) --b;
          for (WordClass c : {WordClass::kPrepOf, WordClass::kPrepTo, WordClass::kPrepWith, WordClass::kPrepFor,
                              WordClass::kPrepOn, WordClass::kPrepAgainst, WordClass::kPrepBy, WordClass::kPrepFrom}) {
            governed_person |= words_.IsAsWritten(c, toks[b]);
          }
        }
        // "King Salman, who later hosted him": the relative's head is the
        // subject of the pronoun's clause, so not its object.
        size_t r = m.last + 1;
        if (r < i && words_.IsAsWritten(WordClass::kComma, toks[r])) ++r;
        relative_subject = r < i && (words_.IsAsWritten(WordClass::kRelative, toks[r]));
      }
      // A subject pronoun in a sentence that named persons before it is the
      // sentence's first ("Erdogan, who backed rebels against Assad, said
      // he ..."), an object pronoun the nearest.
      ActorIndex person = named.empty() ? (object ? ctx->last_person : ctx->lead_person)
                          : object        ? named.back()
                                          : named.front();
      if (object && relative_subject) {
        // (The one before the relative's head, in this sentence or before.)
        const ActorIndex head = named.back();
        named.pop_back();
        person = !named.empty() ? named.back() : ctx->last_person != head ? ctx->last_person : kNoActor;
      } else if (object && named.size() == 1 && !governed_person) {
        person = ctx->last_person == named[0] ? kNoActor : ctx->last_person;
      }
      if (person != kNoActor) add(person, i);
    }
    MergeMentions(&out, found);
  }

  // "بالعاهل الأردني الملك عبد الله الثاني": an office resolved to its holder
  // right before the holder's name is one mention of them.
  for (size_t k = 0; k + 1 < out.size();) {
    Mention& a = out[k];
    const Mention& b = out[k + 1];
    // (An office after the name, "شهباز شريف رئيس وزراء باكستان", stays an
    // apposition of its own.)
    if (a.actor == b.actor && a.last + 1 == b.first && b.type != MentionType::kTitle &&
        ctx->ActorAt(lexicon_, a.actor).kind == ActorKind::kPerson) {
      a.last = b.last;
      a.end = b.end;
      if (a.type == MentionType::kTitle) a.type = b.type;
      out.erase(out.begin() + static_cast<long>(k + 1));
    } else {
      ++k;
    }
  }

  // "King Khalid International Airport", "Sheikh Zayed Grand Mosque",
  // "مطار رفيق الحريري الدولي": a place named after a person is no mention
  // of them (English names it first, Arabic after the place's noun).
  std::erase_if(out, [&](const Mention& m) {
    if (ctx->ActorAt(lexicon_, m.actor).kind != ActorKind::kPerson) return false;
    if (!toks[m.first].is_arabic) {
      for (size_t j = m.last + 1; j < n && j <= m.last + 3 && toks[j].is_word && !toks[j].is_arabic; ++j) {
        if (words_.IsAsWritten(WordClass::kNamedPlace, toks[j])) return true;
        if (!std::isupper(static_cast<unsigned char>(s.original[s.OriginalBegin(j)]))) return false;
      }
      return false;
    }
    // (One word of the name may stand before the mention: "مطار رفيق الحريري".)
    for (size_t back = 1; back <= 2 && back <= m.first; ++back) {
      const Token& t = toks[m.first - back];
      if (!t.is_word || !t.is_arabic) return false;
      // (The place's noun heads the name, so has no article: "بالمطار
      // الرئيس X" is the airport, then the president.)
      std::string_view forms[6];
      const int nf = ArabicStems(t, forms);
      bool head = false;
      for (int k = 0; k < nf; ++k) {
        if (StripArabicArticle(forms[k]) != forms[k]) return false;
        head |= words_.Is(WordClass::kNamedPlace, forms[k]);
      }
      if (head) return true;
    }
    return false;
  });

  Remember(s, out, ctx);
}

}  // namespace tahaluf
