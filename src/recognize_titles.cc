#include "tahaluf/recognize.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "tahaluf/names.h"
#include "tahaluf/normalize.h"

#include "recognize_internal.h"

namespace tahaluf {

using namespace recognize_internal;

// Titles folded into the persons after them, or standing for their holders.
void Recognizer::FoldTitles(const TokenizedSentence& s, DocumentContext* ctx,
                             std::vector<Mention>* mentions) const {
  const std::vector<Token>& toks = s.tokens;
  const size_t n = toks.size();
  std::vector<Mention>& out = *mentions;
  auto match_from = [&](size_t i, const std::vector<std::string>& name) {
    return MatchFrom(toks, i, name);
  };

  // Titles: "رئيس الوزراء الباكستاني [شهباز شريف]", "Pakistan's prime
  // minister", "Pakistani Prime Minister Shehbaz Sharif", "prime minister of
  // Pakistan", "قائد الجيش الباكستاني المشير عاصم منير". A title (with the
  // org it is of, and any rank words) before a person becomes part of that
  // person's mention; with no known person after it, the title stands for
  // the holder of the office at the document's date, or introduces a person
  // the lexicon does not know.
  MentionCover cover(out, n);  // (built again when a mention is widened in place)
  auto mention_at = [&](size_t tok) { return cover.At(out, tok); };
  auto kind_of = [&](const Mention* m) { return ctx->ActorAt(lexicon_, m->actor).kind; };
  auto is_org = [&](const Mention* m) {
    if (m == nullptr) return false;
    ActorKind k = kind_of(m);
    return k != ActorKind::kPerson && k != ActorKind::kCity;
  };
  // The longest title starting at token i: {title, last token} or null.
  auto title_at = [&](size_t i) -> std::pair<const Title*, long> {
    if (i >= n || !toks[i].is_word || mention_at(i) != nullptr) return {nullptr, -1};
    std::string_view forms[6];
    int nf = toks[i].is_arabic ? ArabicStems(toks[i], forms) : 1;
    if (!toks[i].is_arabic) forms[0] = toks[i].text;
    const Title* best = nullptr;
    long best_last = -1;
    // (Whether the word is written with the article: its bare form, found
    // among the forms too, is no reading without it. Worked out with the
    // second word, when a title starts here: most words start none.)
    bool definite = false;
    std::optional<SecondWord> second;  // (read when a title starts here)
    for (int k = 0; k < nf; ++k) {
      std::string_view f = toks[i].is_arabic ? StripArabicArticle(forms[k]) : forms[k];
      const std::vector<uint32_t>* first = lexicon_.TitlesStartingWith(f);
      if (first == nullptr) continue;
      if (!second) {
        second.emplace(toks, i);
        for (int d = 0; d < nf && toks[i].is_arabic; ++d) definite |= StripArabicArticle(forms[d]) != forms[d];
      }
      for (uint32_t ti : *first) {
        const Title& t = lexicon_.titles()[ti];
        if (!second->MayMatch(t.tokens)) continue;  // (no match: it changes nothing)
        long last = match_from(i, t.tokens);
        bool inside = false;
        for (long j = static_cast<long>(i); j <= last && !inside; ++j) inside = mention_at(j) != nullptr;
        // Of two rows as long, the one written as the word is (with or
        // without the article) wins: الأمير محمد, أمير قطر.
        const bool better_form = last == best_last && best != nullptr && best->definite != definite &&
                                 t.definite == definite;
        if ((last > best_last || better_form) && !inside) {
          best_last = last;
          best = &t;
        }
      }
    }
    // "Gen. Khalifa Haftar", "Lt. Gen. X": the period of an abbreviated
    // title inside a sentence is part of it (a sentence's own stop is its
    // last token).
    if (best != nullptr && !toks[i].is_arabic && static_cast<size_t>(best_last) + 2 < n &&
        toks[static_cast<size_t>(best_last) + 1].text == ".") {
      ++best_last;
    }
    return {best, best_last};
  };
  std::vector<Mention> added;
  // A title standing for `actor` over tokens first..last.
  auto add_title = [&](ActorIndex actor, size_t first, size_t last, const std::string& position,
                       ActorIndex org) {
    Mention m;
    m.actor = actor;
    m.type = MentionType::kTitle;
    m.first = static_cast<uint32_t>(first);
    m.last = static_cast<uint32_t>(last);
    m.begin = s.OriginalBegin(m.first);
    m.end = s.OriginalEnd(m.last);
    m.title_position = position;
    m.title_org = org;
    added.push_back(m);
  };
  std::vector<std::pair<uint32_t, uint32_t>> absorbed;  // org mentions folded into titles
  // "سفيرها", "مبعوثها": an envoy's title with a possessive pronoun on it;
  // the pronoun stands for the state named last before it ("طلبت بغداد من
  // الرياض استبدال سفيرها").
  auto possessed_envoy = [&](size_t i) -> const Title* {
    if (!toks[i].is_arabic || !toks[i].is_word || mention_at(i) != nullptr) return nullptr;
    std::string_view w = toks[i].text;
    for (const std::string& suffix : words_.Words(WordClass::kPronounSuffix)) {
      if (!EndsWith(w, suffix) || w.size() <= suffix.size() + 4) continue;
      const std::vector<uint32_t>* first = lexicon_.TitlesStartingWith(w.substr(0, w.size() - suffix.size()));
      if (first == nullptr) continue;
      for (uint32_t ti : *first) {
        const Title& t = lexicon_.titles()[ti];
        if (t.tokens.size() == 1 && t.position == "envoy") return &t;
      }
    }
    return nullptr;
  };
  // The office of one who heads a body of a state, not the state.
  static const Title kMemberOfBody{{}, "member", false};
  for (size_t i = 0; i < n; ++i) {
    auto [title, title_last] = title_at(i);
    ActorIndex org = kNoActor;
    if (title == nullptr && (title = possessed_envoy(i)) != nullptr) {
      title_last = static_cast<long>(i);
      for (size_t j = i; j-- > 0 && org == kNoActor;) {
        if (const Mention* m = mention_at(j); m != nullptr && kind_of(m) == ActorKind::kState) org = m->actor;
      }
    }
    if (title == nullptr) continue;
    const size_t absorbed_before = absorbed.size();
    size_t span_first = i;
    size_t after = static_cast<size_t>(title_last) + 1;
    // The org after the title (Arabic genitive or adjective, "of X").
    size_t probe = after;
    auto is_quote = [&](size_t j) {
      return j < n && !toks[j].is_word &&
             (toks[j].text == "\"" || toks[j].text == "«" || toks[j].text == "»");
    };
    auto is_article = [&](size_t j) { return words_.IsAsWritten(WordClass::kArticle, toks[j]); };
    // "القيادي في حركة فتح عزام الأحمد": a member is one in a body.
    const bool member_in = title->position == "member" && probe < n && words_.IsAsWritten(WordClass::kPrepIn, toks[probe]);
    if (probe < n && (words_.IsAsWritten(WordClass::kPrepOf, toks[probe]) || is_article(probe) || member_in)) ++probe;
    if (probe < n && is_article(probe)) ++probe;
    while (is_quote(probe)) ++probe;
    // "وزير الإعلام اللبناني": a portfolio (up to two definite nouns)
    // between the office and its state.
    // "وزير التجارة والاستثمار السعودي": two nouns joined by و.
    if (probe < n && toks[probe].is_arabic && mention_at(probe) == nullptr) {
      for (size_t skip = probe, k = 0; k < 3 && skip < n; ++k, ++skip) {
        std::string_view w = toks[skip].text;
        if (k > 0) w.remove_prefix(words_.PrefixLength(WordClass::kCliticConj, w));
        if (!toks[skip].is_word || mention_at(skip) != nullptr || StripArabicArticle(w) == w) {
          break;
        }
        Mention* m = skip + 1 < n ? mention_at(skip + 1) : nullptr;
        if (is_org(m) && m->first == skip + 1 && m->type == MentionType::kDemonym) {
          probe = skip + 1;
          // "رئيس المجلس الأعلى للأمن السوداني": a body's head, with the
          // body's name between, is a member of the state, not its leader.
          if (title->position == "leader" && kind_of(m) == ActorKind::kState) title = &kMemberOfBody;
          break;
        }
      }
    }
    // ("prime minister of the U.N.-backed GNA": an actor in a hyphened
    // modifier is not what the office is of.)
    auto hyphened = [&](const Mention* m) {
      return !toks[m->first].is_arabic && m->last + 2 < n && toks[m->last + 1].text == "-" && toks[m->last + 2].is_word;
    };
    if (Mention* m = probe < n ? mention_at(probe) : nullptr; is_org(m) && m->first == probe && !hyphened(m)) {
      org = m->actor;
      absorbed.push_back({m->first, m->last});
      after = m->last + 1;
      // "The commander of Sudan's paramilitary Rapid Support Forces": the
      // office is of what the state's possessive names (up to two
      // lower-case words before it), not of the state.
      if (!toks[probe].is_arabic && after + 1 < n && words_.IsAsWritten(WordClass::kPossessiveClitic, toks[after])) {
        size_t j = after + 1;
        while (j < n && j <= after + 3 && toks[j].is_word && mention_at(j) == nullptr &&
               std::islower(static_cast<unsigned char>(s.original[s.OriginalBegin(j)]))) {
          ++j;
        }
        if (Mention* owned = j < n ? mention_at(j) : nullptr; is_org(owned) && owned->first == j) {
          org = owned->actor;
          absorbed.push_back({owned->first, owned->last});
          after = owned->last + 1;
        } else if (HeadsState(title->position) && after + 1 < n && toks[after + 1].is_word &&
                   mention_at(after + 1) == nullptr) {
          // "head of Eritrea's intelligence service": the office heads a
          // body of the state the lexicon does not know; its holder is a
          // member of the state, not its head.
          title = &kMemberOfBody;
        }
      }
      while (is_quote(after)) ++after;
      // "رئيس «حكومة الوفاق» الليبية، فائز السراج": an adjective and a
      // comma may stand between the office and its holder.
      if (Mention* adj = after < n ? mention_at(after) : nullptr;
          adj != nullptr && adj->first == after && adj->type == MentionType::kDemonym) {
        absorbed.push_back({adj->first, adj->last});
        after = adj->last + 1;
      }
      if (after + 1 < n && words_.IsAsWritten(WordClass::kComma, toks[after])) {
        Mention* p = mention_at(after + 1);
        if (p != nullptr && p->first == after + 1 && kind_of(p) == ActorKind::kPerson) ++after;
        // "نائب وزير الخارجية السعودي، المهندس وليد الخريجي": or a rank
        // or an honorific before the name.
        else if (p == nullptr && title_at(after + 1).first != nullptr &&
                 (title_at(after + 1).first->position == "rank" ||
                  title_at(after + 1).first->position == "honorific")) {
          ++after;
        }
      }
    } else if (i > 0 && !toks[i].is_arabic) {
      // English: "Pakistani Prime Minister", "Pakistan's prime minister",
      // "Lebanese Information Minister" (a portfolio between).
      size_t before = i - 1;
      if (words_.IsAsWritten(WordClass::kPossessiveClitic, toks[before]) && before > 0) --before;
      for (size_t k = 0; k < 2 && before > 0 && mention_at(before) == nullptr && toks[before].is_word &&
                         std::isupper(static_cast<unsigned char>(s.original[s.OriginalBegin(before)]));
           ++k) {
        if (is_org(mention_at(before - 1)) && mention_at(before - 1)->type == MentionType::kDemonym) {
          --before;
          break;
        }
        --before;
      }
      // "Iran's Foreign Ministry spokesman", "Syria's security chief",
      // "Israel's Culture and Sports Minister": a portfolio (capitalised or
      // not, up to four words) between the possessive and the office.
      if (mention_at(before) == nullptr) {
        for (size_t back = 1; back <= 5 && back < i; ++back) {
          const size_t p = i - back;
          if (words_.IsAsWritten(WordClass::kPossessiveClitic, toks[p])) {
            if (Mention* m = mention_at(p - 1); is_org(m) && m->last == p - 1) before = p - 1;
            break;
          }
          if (!toks[p].is_word || toks[p].is_arabic || mention_at(p) != nullptr) break;
        }
      }
      if (Mention* m = mention_at(before); is_org(m) && m->last == before) {
        org = m->actor;
        absorbed.push_back({m->first, m->last});
        span_first = m->first;
      }
    }
    // "رئيس تيار المردة سليمان فرنجية": a body the lexicon does not know,
    // named after the office by a head word (تيار، حزب، حركة).
    if (org == kNoActor && toks[i].is_arabic && probe < n && mention_at(probe) == nullptr &&
        words_.Is(WordClass::kOrgHeadArabic, toks[probe])) {
      size_t last = probe;
      while (last + 1 < n && last < probe + 2 && toks[last + 1].is_arabic && mention_at(last + 1) == nullptr &&
             StripArabicArticle(toks[last + 1].text) != toks[last + 1].text) {
        ++last;
      }
      if (last > probe) {
        const uint32_t b = s.OriginalBegin(probe), e = s.OriginalEnd(last);
        Mention body;
        body.actor = Discover(std::string(s.original.substr(b, e - b)), true,
                              words_.Is(WordClass::kOrgHeadParty, toks[probe]) ? ActorKind::kParty
                                                                              : ActorKind::kOrganisation,
                              "", ctx);
        body.first = static_cast<uint32_t>(probe);
        body.last = static_cast<uint32_t>(last);
        body.begin = b;
        body.end = e;
        added.push_back(body);
        org = body.actor;
        after = last + 1;
      }
    }
    if (org == kNoActor && title->position != "rank" && title->position != "honorific") {
      org = SideOf(s, *ctx, out, i);
    }
    // "سفير العراق لدى طهران نصير عبد المحسن", "ambassador to Yemen X": the
    // posting between the office and the name.
    // Offices posted somewhere (envoys, commanders) only: "الرئيس الروسي
    // إلى دمشق قادما" is a president on his way.
    // (Where a posting was passed over, what follows is its holder's name:
    // "السفيرة السويدية لدى بغداد جيسيكا سفاردستروم".)
    size_t posted_at = n;
    const bool posted = title->position == "envoy" || title->position == "commander" ||
                        title->position == "deputy_commander";
    if (posted && after + 1 < n && !toks[after].is_arabic == !toks[i].is_arabic) {
      const bool posting = words_.IsAsWritten(WordClass::kPrepIn, toks[after]) ||
                           words_.IsAsWritten(WordClass::kPrepWith, toks[after]) ||
                           words_.IsAsWritten(WordClass::kPrepTo, toks[after]);
      Mention* place = mention_at(after + 1);
      // Only when a name follows it: "minister in Riyadh" alone is a place.
      size_t next = place != nullptr ? place->last + 1 : n;
      // "Saudi Arabia's ambassador to Jordan, Nayef al-Sudairi,": in
      // English the name may follow the posting after a comma.
      const bool comma_name = !toks[i].is_arabic && next + 1 < n && words_.IsAsWritten(WordClass::kComma, toks[next]);
      if (comma_name) ++next;
      auto name_next = [&] {
        if (next >= n || !toks[next].is_word) return false;
        if (Mention* p = mention_at(next)) return p->first == next && kind_of(p) == ActorKind::kPerson;
        if (title_at(next).first != nullptr) return true;
        if (toks[next].is_arabic) return StripArabicArticle(toks[next].text) == toks[next].text;
        const char c = s.original[s.OriginalBegin(next)];
        return c >= 'A' && c <= 'Z' && !words_.IsAsWritten(WordClass::kNotName, toks[next]);
      };
      if (posting && place != nullptr && place->first == after + 1 &&
          (kind_of(place) == ActorKind::kState || kind_of(place) == ActorKind::kCity) && name_next()) {
        after = comma_name ? next - 1 : next;  // (the comma is read below)
        posted_at = after;
      }
    }
    // "Morocco's minister of state for human rights, Mustapha Ramid,": an
    // English portfolio in lower case after the office, then a comma and
    // the holder's name.
    if (!toks[i].is_arabic && org != kNoActor && posted_at == n && after < n &&
        (words_.IsAsWritten(WordClass::kPrepOf, toks[after]) || words_.IsAsWritten(WordClass::kPrepFor, toks[after]))) {
      size_t j = after + 1;
      while (j < n && j < after + 7 && toks[j].is_word && !toks[j].is_arabic && mention_at(j) == nullptr &&
             std::islower(static_cast<unsigned char>(s.original[s.OriginalBegin(j)]))) {
        ++j;
      }
      const size_t name = j + 1;
      if (j > after + 1 && name < n && words_.IsAsWritten(WordClass::kComma, toks[j]) && toks[name].is_word &&
          !toks[name].is_arabic && std::isupper(static_cast<unsigned char>(s.original[s.OriginalBegin(name)])) &&
          !words_.IsAsWritten(WordClass::kNotName, toks[name])) {
        after = j;  // (the comma is read below)
      }
    }
    // Further titles and ranks: "ولي العهد السعودي رئيس مجلس الوزراء",
    // "army chief Field Marshal".
    const Title* position = title;
    size_t title_end = after;
    bool ranked = false;  // the last title before the name is a rank or an honorific
    // Between two offices, or between an office and its holder, Arabic
    // writes the rest of a portfolio ("وزير الخارجية وشؤون المغتربين أيمن
    // الصفدي") or the place the office is of ("نائب رئيس الدولة رئيس
    // مجلس الوزراء حاكم دبي الشيخ محمد بن راشد"): passed over when an
    // office or a person follows.
    bool unlisted_office = false;  // bridged words no title lists: no holder but one named
    auto bridge = [&](size_t at) -> size_t {
      if (at >= n || !toks[at].is_arabic || !toks[i].is_arabic) return at;
      auto lands = [&](size_t j) {
        if (j >= n) return false;
        if (Mention* p = mention_at(j); p != nullptr) {
          return p->first == j && (kind_of(p) == ActorKind::kPerson || p->type == MentionType::kDemonym);
        }
        return title_at(j).first != nullptr;
      };
      // "وزير الخارجية وشؤون المغتربين الليبي": the chain's nisba names its org.
      if (Mention* m = mention_at(at); m != nullptr && m->first == at && m->type == MentionType::kDemonym &&
                                       kind_of(m) == ActorKind::kState && (org == kNoActor || org == m->actor)) {
        org = m->actor;
        absorbed.push_back({m->first, m->last});
        return m->last + 1;
      }
      // "وزير الخارجية والتعاون الدولي في الإمارات الشيخ عبدالله بن زايد":
      // the state the office is in, after في, before its holder.
      auto lands_in = [&](size_t j) {
        if (j + 1 >= n || org != kNoActor || !words_.IsAsWritten(WordClass::kPrepIn, toks[j])) return false;
        Mention* m = mention_at(j + 1);
        return m != nullptr && m->first == j + 1 && kind_of(m) == ActorKind::kState && lands(m->last + 1);
      };
      if (lands_in(at)) {
        Mention* m = mention_at(at + 1);
        org = m->actor;
        absorbed.push_back({m->first, m->last});
        return m->last + 1;
      }
      if (Mention* m = mention_at(at);
          m != nullptr && m->first == at && (is_org(m) || kind_of(m) == ActorKind::kCity)) {
        if (lands(m->last + 1) && m->proclitic_bytes == 0) {
          // (A body found in the text, no known one: "رئيس لجنة الطاقة
          // السوداني" heads no state.)
          unlisted_office |= m->actor >= lexicon_.size();
          absorbed.push_back({m->first, m->last});
          return m->last + 1;
        }
        return at;
      }
      // "قائد خفر السواحل الإماراتي العميد ...", "المتحدث باسم مجلس الأمن
      // القومي الأمريكي": the rest of an office's name the titles lack,
      // up to three words before the nisba that names its state (no
      // preposition, counterpart or office among them).
      auto preposition = [&](const Token& t) {
        for (auto c = static_cast<unsigned>(WordClass::kPrepTo); c <= static_cast<unsigned>(WordClass::kPrepBetween); ++c) {
          if (words_.IsAsWritten(static_cast<WordClass>(c), t)) return true;
        }
        return false;
      };
      if (org == kNoActor) {
        for (size_t j = at; j < n && j <= at + 3; ++j) {
          Mention* m = mention_at(j);
          if (j > at && m != nullptr && m->first == j && m->type == MentionType::kDemonym &&
              kind_of(m) == ActorKind::kState) {
            unlisted_office = true;
            return j;
          }
          if (m != nullptr || !toks[j].is_arabic || !toks[j].is_word || title_at(j).first != nullptr ||
              words_.IsAsWritten(WordClass::kCounterpart, toks[j]) || preposition(toks[j])) {
            break;
          }
        }
      }
      // (A given name that opens with و is the holder: "وليد بخاري".)
      if (mention_at(at) != nullptr || !toks[at].is_word ||
          words_.PrefixLength(WordClass::kCliticConj, toks[at].text) == 0 ||
          words_.IsAsWritten(WordClass::kGivenName, toks[at])) {
        return at;
      }
      // (Landing on a holder, or on في and the state before one.)
      if (lands(at + 1) || lands_in(at + 1)) return at + 1;
      for (size_t j = at + 1; j < n && j <= at + 2; ++j) {
        if (!toks[j].is_arabic || !toks[j].is_word || mention_at(j) != nullptr) return at;
        if (lands(j + 1) || lands_in(j + 1)) return j + 1;
      }
      return at;
    };
    // Where a second office starts, and the chain as it stood there: "الرئيس
    // الإيراني رئيس مجلس الوزراء عادل عبد المهدي" is two people (below).
    size_t second_at = 0;
    ActorIndex org_at_second = kNoActor;
    const Title* position_at_second = nullptr;
    bool ranked_at_second = false;
    while (true) {
      auto [more, more_last] = title_at(after);
      // "وزير الخارجية المصري نظيره السوداني", "الرئيس الجزائري وزير
      // الخارجية الفرنسي": a counterpart, or an office whose own nisba names
      // another state, is another person's.
      const Mention* adj = more != nullptr ? mention_at(static_cast<size_t>(more_last) + 1) : nullptr;
      const bool other_state = adj != nullptr && adj->type == MentionType::kDemonym && org != kNoActor &&
                               adj->actor != org && ctx->ActorAt(lexicon_, org).kind == ActorKind::kState;
      if (more != nullptr && (words_.Is(WordClass::kCounterpart, toks[after]) || other_state)) break;
      if (more != nullptr && second_at == 0) {
        second_at = after;
        org_at_second = org;
        position_at_second = position;
        ranked_at_second = ranked;
      }
      if (more == nullptr) {
        const size_t bridged = bridge(after);
        if (bridged == after) break;
        after = bridged;
        title_end = after;
        continue;
      }
      if (position->position == "rank" || position->position == "honorific") position = more;
      ranked = more->position == "rank" || more->position == "honorific";
      after = static_cast<size_t>(more_last) + 1;
      title_end = after;
    }
    // An office the titles do not list makes its holder a member of the
    // nisba's state, whatever its first word heads.
    if (unlisted_office && position->position != "rank" && position->position != "honorific") position = &kMemberOfBody;
    // "رئيس الوزراء الباكستاني السابق شهباز شريف": a word of former office
    // between the title and the name; the title is still that person's
    // (a past one), not the present holder's.
    if (after < n && words_.IsAsWritten(WordClass::kFormerAfter, toks[after])) {
      ++after;
    }
    // "Egypt's foreign minister, Sameh Shoukry,": in English a known person
    // after a comma holds the office.
    if (!toks[i].is_arabic && org != kNoActor && after + 1 < n && position->position != "rank" &&
        position->position != "honorific" && words_.IsAsWritten(WordClass::kComma, toks[after])) {
      const Mention* p = mention_at(after + 1);
      // (Not the first of a list: "his Egyptian and Pakistani counterparts,
      // Sisi and Sharif".)
      const bool listed = p != nullptr && p->last + 2 < n && toks[p->last + 1].is_word &&
                          words_.IsAsWritten(WordClass::kAnd, toks[p->last + 1]);
      if (p != nullptr && p->first == after + 1 && kind_of(p) == ActorKind::kPerson && !listed) ++after;
    }
    Mention* person = after < n ? mention_at(after) : nullptr;
    // A known person of another state than the first office's nisba names
    // does not hold that office: it stands for its own holder, and the
    // chain from the second office on is the person's.
    if (person != nullptr && person->first == after && second_at != 0 && org_at_second != kNoActor &&
        kind_of(person) == ActorKind::kPerson && person->actor < lexicon_.size() &&
        lexicon_.actor(org_at_second).kind == ActorKind::kState) {
      const std::string& country = lexicon_.actor(person->actor).country;
      if (!country.empty() && country != lexicon_.actor(org_at_second).id) {
        after = title_end = second_at;
        org = org_at_second;
        position = position_at_second;
        ranked = ranked_at_second;
        person = nullptr;
      }
    }
    // "Pakistan's army chief": the office is in the state's army.
    if (org != kNoActor && lexicon_.actor(org).kind == ActorKind::kState &&
        (position->position == "army_chief" || position->position == "deputy_army_chief")) {
      ActorIndex army = lexicon_.MilitaryOf(org);
      if (army != kNoActor) org = army;
    }
    // "بكل من ولي العهد والحريري": a name joined by و is the next item of a
    // list, not the title's holder.
    if (person != nullptr && toks[after].is_arabic && person->proclitic_bytes > 0 &&
        words_.PrefixLength(WordClass::kCliticConj, toks[after].text) > 0) {
      person = nullptr;
    }
    if (person != nullptr && person->first == after && kind_of(person) == ActorKind::kPerson) {
      // "Iranian general Qassem Soleimani": a rank a nisba names serves
      // that state.
      const bool ranked_member = position->position == "rank" && org != kNoActor &&
                                 lexicon_.actor(org).kind == ActorKind::kState;
      if (person->title_position.empty() &&
          ((position->position != "rank" && position->position != "honorific") || ranked_member)) {
        person->title_position = ranked_member ? "member" : position->position;
        person->title_org = org;
        // "وزيرا الخارجية والدفاع التركيان، هاكان فيدان ويشار غولر": the
        // persons joined by و share the title's org.
        for (Mention& next : out) {
          if (next.first <= person->last || kind_of(&next) != ActorKind::kPerson) continue;
          bool comma = next.first == person->last + 2 &&
                       words_.IsAsWritten(WordClass::kComma, toks[person->last + 1]);
          bool joined = false;  // و joined to the next name
          for (const std::string& c : words_.Words(WordClass::kAndWord)) {
            joined |= toks[next.first].text.substr(0, c.size()) == c;
          }
          // (Not one with an office of its own in its name: "وأمير قطر
          // تميم" is Qatar's emir, after "ملك الأردن عبدالله الثاني،".)
          if ((next.first != person->last + 1 && !comma) || !toks[next.first].is_arabic || !joined ||
              !next.title_position.empty() || JoinsOffice(toks[next.first].text))
            break;
          next.title_position = position->position;
          next.title_org = org;
          break;
        }
      }
      person->first = static_cast<uint32_t>(span_first);
      person->begin = s.OriginalBegin(span_first);
      person->proclitic_bytes = 0;
      cover.Build(out, n);
      if (toks[span_first].is_arabic) {
        std::string_view forms[6];
        int nf = ArabicStems(toks[span_first], forms);
        // The proclitics are what the matched title word lacks.
        for (int k = nf - 1; k >= 0; --k) {
          std::string_view f = StripArabicArticle(forms[k]);
          if (!title->tokens.empty() && f == title->tokens[0]) {
            person->proclitic_bytes = static_cast<uint8_t>(toks[span_first].text.size() - forms[k].size());
            break;
          }
        }
      }
      i = person->last;
      continue;
    }
    // A spelling of the office's present holder the lexicon lacks
    // ("President Mohammed Bin Zayed Al Nahyan"): the holder, when a word of
    // the name after the title is a word of the holder's name.
    if (org != kNoActor && position->position != "rank" && position->position != "honorific" && after < n &&
        toks[after].is_word && mention_at(after) == nullptr) {
      const ActorIndex holder = HolderOf(position->position, org, ctx->date);
      size_t run = after;
      bool shares = false;
      if (holder != kNoActor) {
        std::vector<std::string> scratch;
        std::vector<std::string> own = NameWords(*ctx, holder, /*arabic=*/false, &scratch);
        for (const std::string& w : NameWords(*ctx, holder, /*arabic=*/true, &scratch)) own.push_back(w);
        for (; run < n && run < after + 5 && mention_at(run) == nullptr; ++run) {
          // "al-Sisy": a hyphen inside the name.
          if (!toks[run].is_word && !(IsConnector(toks[run].text) && run > after && run + 1 < n && toks[run + 1].is_word)) {
            break;
          }
          if (!toks[run].is_word) continue;
          // An English name is its capitalised words: "Vladimir Poutin
          // arrived" ends before the verb.
          if (!toks[run].is_arabic && !std::isupper(static_cast<unsigned char>(s.original[s.OriginalBegin(run)])) &&
              !IsNameParticle(words_, toks[run].text)) {
            break;
          }
          const std::string w(toks[run].is_arabic ? StripArabicArticle(toks[run].text) : toks[run].text);
          if (!IsNameParticle(words_, w) && std::find(own.begin(), own.end(), w) != own.end()) shares = true;
        }
      }
      if (shares) {
        add_title(holder, span_first, run - 1, position->position, org);
        i = run - 1;
        continue;
      }
    }
    // A person the lexicon does not know, named right after the title (in
    // English also after a comma: "Israel's Culture Minister, Miri Regev,").
    size_t name_at = after;
    if (org != kNoActor && after + 1 < n && !toks[after + 1].is_arabic && words_.IsAsWritten(WordClass::kComma, toks[after]) &&
        position->position != "rank" && position->position != "honorific") {
      name_at = after + 1;
    }
    const bool introduced = (ranked && name_at == title_end) || name_at == posted_at;
    size_t name_last = DiscoverName(s, name_at, introduced, org, position, ctx, &out, &added);
    // "الدكتور عبداللطيف بن راشد الزياني": a name found up to a known
    // person's one-word family name, and opening with that person's given
    // name, is that person.
    Mention* family = name_last != 0 && name_last + 1 < n ? mention_at(name_last + 1) : nullptr;
    if (family != nullptr && family->first == name_last + 1 && family->last == family->first &&
        toks[family->first].is_arabic && kind_of(family) == ActorKind::kPerson && family->actor < lexicon_.size()) {
      auto squeeze = [](std::string_view w) {
        std::string out;
        for (char c : w) {
          if (c != ' ') out += c;
        }
        return out;
      };
      const std::string given = squeeze(toks[name_at].text);
      const Actor& known = lexicon_.actor(family->actor);
      bool own = squeeze(known.name_ar).starts_with(given);
      for (const std::string& alias : known.aliases) own |= squeeze(alias).starts_with(given);
      if (own) {
        added.pop_back();
        family->first = static_cast<uint32_t>(span_first);
        family->begin = s.OriginalBegin(span_first);
        family->proclitic_bytes = 0;
        cover.Build(out, n);
        if (family->title_position.empty() && position->position != "rank" && position->position != "honorific") {
          family->title_position = position->position;
          family->title_org = org;
        }
        i = family->last;
        continue;
      }
    }
    if (name_last != 0) {
      added.back().first = static_cast<uint32_t>(span_first);
      added.back().begin = s.OriginalBegin(span_first);
      i = name_last;
      continue;
    }
    bool office = position->position != "rank" && position->position != "honorific";
    // A title that names nobody is still one title: no shorter title inside
    // it ("وزير الخارجية" in "نائب وزير الخارجية") names anybody either.
    const size_t skip_to = std::max(i, title_end - 1);
    // An office in apposition comes first: "Tariq Hassan, Egypt's deputy
    // foreign minister" names Tariq Hassan even after another minister.
    if (org != kNoActor && office) {
      // "Baraka Otieno, Kenya's foreign minister", "قال باراكا أوتينو، وزير
      // الخارجية الكيني": an office in apposition after a name the lexicon
      // does not know is that person's, not the office's present holder's.
      size_t comma = span_first >= 1 ? span_first - 1 : 0;
      // ", the eastern Libyan commander": up to two lower-case words before.
      for (int k = 0; k < 2 && comma >= 1 && !toks[comma].is_arabic && toks[comma].is_word && mention_at(comma) == nullptr &&
                      !words_.IsAsWritten(WordClass::kArticle, toks[comma]) &&
                      std::islower(static_cast<unsigned char>(s.original[s.OriginalBegin(comma)]));
           ++k) {
        --comma;
      }
      if (comma >= 1 && words_.IsAsWritten(WordClass::kArticle, toks[comma])) --comma;  // ", the Kenyan ..."
      if (comma >= 1 && words_.IsAsWritten(WordClass::kComma, toks[comma])) {
        // "Bola Tinubu, the current chairman of ECOWAS": after a person the
        // lexicon knows, the office is theirs too (the title is one more
        // mention of them, holding the office).
        const Mention* before = mention_at(comma - 1);
        // (Or a person found in this sentence after a rank: "Lieutenant
        // General Joseph Guastella, commander of U.S. Air Forces".)
        for (auto it = added.rbegin(); before == nullptr && it != added.rend(); ++it) {
          if (it->first <= comma - 1 && it->last == comma - 1) before = &*it;
        }
        if (before != nullptr && before->last == comma - 1 && kind_of(before) == ActorKind::kPerson) {
          const ActorIndex person = before->actor;  // (add_title may move `added`)
          add_title(person, span_first, after - 1, position->position, org);
          i = after - 1;
          continue;
        }
        if (DiscoverBefore(s, comma, org, position, ctx, &out, &added)) {
          i = skip_to;
          continue;
        }
      }
    }
    // (An office the titles do not list stands for nobody it does not name.)
    if (unlisted_office) {
      absorbed.resize(absorbed_before);
      i = skip_to;
      continue;
    }
    // "استقبل الأسد وزير الخارجية" after "وزير الخارجية المصري سامح شكري",
    // "the French minister" after "French Defence Minister Le Drian": an
    // office the text gave a person before, and no holder the lexicon
    // knows, is theirs (a bare "minister" with its state only). Ministers
    // and envoys only: a bare "president" or "sultan" is no anaphor.
    // Only a bare "minister" or "الوزير" stands for any minister: "the energy
    // minister" or "a deputy foreign minister" is another office.
    const bool cabinet = (position->position.find("minister") != std::string::npos || position->position == "envoy") &&
                         !(position->position == "minister" && position->tokens.size() > 1);
    if (office && cabinet && (org == kNoActor || HolderOf(position->position, org, ctx->date) == kNoActor)) {
      const bool generic = position->position == "minister";
      auto fits = [&](const std::string& held, ActorIndex held_org) {
        const bool same_office = generic ? held.find("minister") != std::string::npos : held == position->position;
        return same_office && (org == kNoActor ? !generic : held_org == org);
      };
      // Those titled earlier in this sentence, the latest first, then in
      // the sentences before.
      ActorIndex person = kNoActor, person_org = kNoActor;
      for (auto it = out.rbegin(); it != out.rend() && person == kNoActor; ++it) {
        if (it->last < i && !it->title_position.empty() && kind_of(&*it) == ActorKind::kPerson &&
            fits(it->title_position, it->title_org)) {
          person = it->actor;
          person_org = it->title_org;
        }
      }
      for (auto it = ctx->titled.rbegin(); it != ctx->titled.rend() && person == kNoActor; ++it) {
        if (fits(it->position, it->org)) {
          person = it->person;
          person_org = it->org;
        }
      }
      if (person != kNoActor) {
        add_title(person, span_first, after - 1, position->position, org != kNoActor ? org : person_org);
        i = after - 1;
        continue;
      }
    }
    if (org == kNoActor || !office) {
      absorbed.resize(absorbed_before);
      i = skip_to;
      continue;
    }
    ActorIndex holder = HolderOf(position->position, org, ctx->date);
    // "Raisi takes office as Iran's president": an office said of someone
    // ("as ...") is theirs, not its holder's on the day.
    if (span_first > 0 && words_.IsAsWritten(WordClass::kPredicative, toks[span_first - 1])) holder = kNoActor;
    if (holder == kNoActor) {
      absorbed.resize(absorbed_before);
      i = skip_to;
      continue;
    }
    add_title(holder, span_first, after - 1, position->position, org);
    i = after - 1;
  }
  // "U.S. President Donald Trump", where the lexicon knows "President
  // Donald Trump" as a name: the state before a person's name that opens
  // with a title is the title's, part of the person's mention.
  for (Mention& p : out) {
    if (p.first == 0 || toks[p.first].is_arabic || kind_of(&p) != ActorKind::kPerson ||
        lexicon_.TitlesStartingWith(toks[p.first].text) == nullptr) {
      continue;
    }
    size_t before = p.first - 1;
    if (before > 0 && words_.IsAsWritten(WordClass::kPossessiveClitic, toks[before])) --before;
    const Mention* org = mention_at(before);
    if (!is_org(org) || org->last != before) continue;
    absorbed.push_back({org->first, org->last});
    if (p.title_org == kNoActor) p.title_org = org->actor;  // (the state is named)
    p.first = org->first;
    p.begin = s.OriginalBegin(p.first);
    cover.Build(out, n);
  }
  // Org mentions folded into a title are part of a person's mention now.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const Mention& x) {
                             for (auto [f, l] : absorbed) {
                               if (x.first == f && x.last == l && kind_of(&x) != ActorKind::kPerson)
                                 return true;
                             }
                             return false;
                           }),
            out.end());
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  // "مع نظيريه السوداني فلان، والقطري الفريق الركن علان", "والإثيوبي
  // تيدروس أدهانوم": a nisba with و right before a titled person, or one
  // of its state, goes on a list of counterparts, the office left out; its
  // state is the person's, and it is part of their mention.
  auto opens_title = [&](const Token& t) {
    std::string_view forms[6];
    const int nf = ArabicStems(t, forms);
    for (int f = 0; f < nf; ++f) {
      if (lexicon_.TitlesStartingWith(StripArabicArticle(forms[f])) != nullptr) return true;
    }
    return false;
  };
  for (size_t k = 1; k < out.size(); ++k) {
    Mention& p = out[k];
    const Mention& nisba = out[k - 1];
    if (!toks[p.first].is_arabic || kind_of(&p) != ActorKind::kPerson || p.title_org != kNoActor ||
        nisba.type != MentionType::kDemonym || nisba.first != nisba.last || nisba.last + 1 != p.first ||
        words_.PrefixLength(WordClass::kCliticConj, toks[nisba.first].text) == 0) {
      continue;
    }
    // (A title after the nisba, or a person the lexicon places in its state.)
    const bool own = p.actor < lexicon_.size() && nisba.actor < lexicon_.size() &&
                     lexicon_.actor(p.actor).country == lexicon_.actor(nisba.actor).id;
    if (!own && !opens_title(toks[p.first])) continue;
    p.title_org = nisba.actor;
    if (p.title_position.empty()) p.title_position = "official";
    p.first = nisba.first;
    p.begin = nisba.begin;
    p.proclitic_bytes = nisba.proclitic_bytes;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(k - 1));
    --k;
  }

}

}  // namespace tahaluf
