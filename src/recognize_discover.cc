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
namespace {

std::string AsciiId(std::string_view latin) {
  std::string id = "X_";
  bool underscore = false;
  for (char c : latin) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      if (underscore && id.size() > 2) id += '_';
      underscore = false;
      id += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    } else {
      underscore = true;
    }
  }
  return id;
}

}  // namespace

std::string Recognizer::Transliterate(std::string_view arabic) const {
  if (!icu_->to_latin_tried) {
    icu_->to_latin_tried = true;
    icu_->to_latin = MakeArabicToLatin();
  }
  if (!icu_->to_latin) return std::string(arabic);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(arabic.data(), static_cast<int32_t>(arabic.size())));
  icu_->to_latin->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

ActorIndex Recognizer::Discover(const std::string& written, bool arabic, ActorKind kind,
                                const std::string& country, DocumentContext* ctx) const {
  std::string key = Normalizer::Get().Fold(written);
  for (size_t k = 0; k < ctx->discovered.size(); ++k) {
    if (Normalizer::Get().Fold(ctx->discovered[k].name_en) == key ||
        Normalizer::Get().Fold(ctx->discovered[k].name_ar) == key)
      return static_cast<ActorIndex>(lexicon_.size() + k);
  }
  Actor a;
  a.kind = kind;
  a.discovered = true;
  if (arabic) {
    a.name_ar = written;
    a.name_en = Transliterate(written);
  } else {
    a.name_en = written;
  }
  a.id = AsciiId(a.name_en);
  a.country = country;
  ctx->discovered.push_back(std::move(a));
  return static_cast<ActorIndex>(lexicon_.size() + ctx->discovered.size() - 1);
}

bool Recognizer::IsKingdom(ActorIndex state) const {
  // A state whose names call it a kingdom ("المملكة العربية السعودية",
  // "Kingdom of Bahrain"); each state's names are folded once.
  std::vector<int8_t>& known = icu_->kingdom;
  if (known.size() != lexicon_.size()) known.assign(lexicon_.size(), -1);
  if (known[state] < 0) known[state] = NamesAKingdom(state) ? 1 : 0;
  return known[state] == 1;
}

bool Recognizer::NamesAKingdom(ActorIndex state) const {
  const Actor& a = lexicon_.actor(state);
  std::vector<const std::string*> names{&a.name_en, &a.name_ar};
  for (const std::string& alias : a.aliases) names.push_back(&alias);
  for (const std::string* nm : names) {
    const std::string key = Normalizer::Get().Fold(*nm);
    for (const std::string& k : words_.Words(WordClass::kTheKingdom)) {
      std::string_view bare = StripArabicArticle(k);
      if (k.find(' ') == std::string::npos && key.find(bare) != std::string::npos) return true;
    }
  }
  return false;
}

ActorIndex Recognizer::LedOrg(ActorIndex person, bool government, int32_t date) const {
  std::vector<const Role*> led;
  for (const Role* r : lexicon_.RolesOf(person, date)) {
    if (r->relation == "leads") led.push_back(r);
  }
  // A warlord's "government" is the force he leads when he heads no
  // government.
  bool any_government = std::any_of(led.begin(), led.end(), [&](const Role* r) {
    ActorKind k = lexicon_.actor(r->org).kind;
    return k == ActorKind::kGovernment || k == ActorKind::kState;
  });
  for (const Role* r : led) {
    ActorKind k = lexicon_.actor(r->org).kind;
    bool force = k == ActorKind::kMilitary || k == ActorKind::kArmedGroup;
    bool fits = government ? (k == ActorKind::kGovernment || k == ActorKind::kState ||
                              (!any_government && force))
                           : force;
    if (fits) return r->org;
  }
  return kNoActor;
}

ActorIndex Recognizer::SideOf(const TokenizedSentence& s, const DocumentContext& ctx,
                              const std::vector<Mention>& mentions, size_t at) const {
  const std::vector<Token>& toks = s.tokens;
  const size_t n = toks.size();
  for (size_t back = 1; back <= 30 && back <= at; ++back) {
    const size_t j = at - back;
    if (words_.IsAsWritten(WordClass::kRelative, toks[j])) break;  // "..، الذي التقى ولي العهد"
    if (words_.IsAsWritten(WordClass::kOnBehalf, toks[j]) && j + 1 < at) {
      const Mention* body = MentionAt(mentions, j + 1);
      if (body != nullptr && body->first == j + 1 && body->last + 1 == at) {
        const ActorKind kind = ctx.ActorAt(lexicon_, body->actor).kind;
        if (kind != ActorKind::kPerson && kind != ActorKind::kCity) return body->actor;
      }
    }
    if (!words_.Is(WordClass::kDelegation, toks[j]) && !words_.Is(WordClass::kSide, toks[j])) continue;
    const Mention* state = nullptr;
    if (toks[j].is_arabic && j + 1 < n) state = MentionAt(mentions, j + 1);  // وفد سوري
    if (!toks[j].is_arabic && j > 0) state = MentionAt(mentions, j - 1);    // the Syrian delegation
    if (j > 1 && !toks[j].is_arabic && state == nullptr && words_.IsAsWritten(WordClass::kPossessiveClitic, toks[j - 1])) {
      state = MentionAt(mentions, j - 2);  // Saudi Arabia's delegation
    }
    if (state != nullptr && ctx.ActorAt(lexicon_, state->actor).kind == ActorKind::kState) return state->actor;
    return kNoActor;
  }
  return kNoActor;
}

ActorIndex Recognizer::CoalitionBody(const TokenizedSentence& s, const DocumentContext& ctx,
                                     const std::vector<Mention>& mentions, size_t head,
                                     std::string_view head_word) const {
  const std::vector<Token>& toks = s.tokens;
  auto holds_head = [&](ActorIndex org) {
    const ActorKind k = lexicon_.actor(org).kind;
    return (k == ActorKind::kMilitary || k == ActorKind::kOrganisation) && NameHolds(ctx, org, head_word);
  };
  // "تشارك في التحالف", "joined the coalition": the coalition named last.
  const bool definite = toks[head].is_arabic ? StripArabicArticle(toks[head].text) != toks[head].text
                                             : head > 0 && words_.IsAsWritten(WordClass::kArticle, toks[head - 1]);
  const size_t before = toks[head].is_arabic ? head : head - (definite ? 1 : 0);
  if (definite && before >= 1) {
    // The verb right before, or before a preposition ("تشارك ضمن التحالف").
    const size_t after_verb = words_.IsAsWritten(WordClass::kParticipationPrep, toks[before - 1]) ? before - 1 : before;
    const Token* verb = after_verb >= 1 ? &toks[after_verb - 1] : nullptr;
    if (verb != nullptr &&
        (words_.Is(WordClass::kParticipate, *verb) || words_.IsAsWritten(WordClass::kJoinVerb, *verb))) {
      for (auto it = ctx.bodies.rbegin(); it != ctx.bodies.rend(); ++it) {
        if (holds_head(*it)) return *it;
      }
    }
  }
  size_t j = head + 1;
  // ("التحالف العسكري بقيادة": one adjective after an Arabic head.)
  if (j < toks.size() && toks[head].is_arabic && words_.MatchAt(WordClass::kLedBy, toks, j) == 0 &&
      StripArabicArticle(toks[j].text) != toks[j].text && MentionAt(mentions, j) == nullptr) {
    ++j;
  }
  const size_t len = j < toks.size() ? words_.MatchAt(WordClass::kLedBy, toks, j) : 0;
  if (len == 0) return kNoActor;
  j += len;
  while (j < toks.size() && words_.IsAsWritten(WordClass::kArticle, toks[j])) ++j;
  const Mention* leader = MentionAt(mentions, j);
  if (leader == nullptr || leader->first != j) return kNoActor;
  if (lexicon_.actor(leader->actor).kind != ActorKind::kState) return kNoActor;
  for (const Role* r : lexicon_.RolesOf(leader->actor, ctx.date)) {
    if (r->relation == "leads" && holds_head(r->org)) return r->org;
  }
  return kNoActor;
}

void Recognizer::ResolveShortenedNames(const TokenizedSentence& s, const DocumentContext& ctx,
                                       std::vector<Mention>* mentions) const {
  const std::vector<Token>& toks = s.tokens;
  const size_t n = toks.size();
  std::vector<Mention>& out = *mentions;
  // (Only Arabic words shorten a name: a sentence with none asks nothing.)
  if (std::none_of(toks.begin(), toks.end(), [](const Token& t) { return t.is_arabic; })) return;
  // The bodies a shortened name may stand for, with the words of their
  // Arabic name (three or more; the lexicon keeps them without the
  // article): those named in the sentence (before the words, checked
  // below), then the document's, the most recent first. Worked out once
  // for the sentence.
  struct Candidate {
    ActorIndex actor;
    long named_before;  // the sentence's mention's last token, or -1
    const std::vector<std::string>* words;
  };
  std::vector<Candidate> candidates;
  candidates.reserve(out.size() + ctx.bodies.size());
  // (Whether an actor is one is asked of the same bodies sentence after
  // sentence: each actor's answer is worked out once.)
  std::vector<int8_t>& shortens = icu_->shortens;
  if (shortens.size() != lexicon_.size()) shortens.assign(lexicon_.size(), -1);
  auto consider = [&](ActorIndex a, long last) {
    if (a >= lexicon_.size()) return;  // (a body the document found: its name is its own)
    if (shortens[a] < 0) {
      const ActorKind k = lexicon_.actor(a).kind;
      const std::vector<std::string>* w = lexicon_.NameWords(a, /*arabic=*/true);
      shortens[a] = k != ActorKind::kPerson && k != ActorKind::kState && k != ActorKind::kCity && w != nullptr &&
                    w->size() >= 3;
    }
    if (shortens[a] == 1) candidates.push_back({a, last, lexicon_.NameWords(a, /*arabic=*/true)});
  };
  for (auto it = out.rbegin(); it != out.rend(); ++it) consider(it->actor, it->last);
  for (auto it = ctx.bodies.rbegin(); it != ctx.bodies.rend(); ++it) consider(*it, -1);
  if (candidates.empty()) return;
  // The candidates' first words as bits of one word, a bit by length and
  // last byte: a word whose bit is not set starts no candidate's name (most
  // words; the candidates are compared with the rest).
  auto first_bit = [](std::string_view w) {
    const unsigned last = w.empty() ? 0 : static_cast<unsigned char>(w.back());
    return uint64_t{1} << ((w.size() * 7 + last) % 64);
  };
  uint64_t firsts = 0;
  for (const Candidate& c : candidates) firsts |= first_bit((*c.words)[0]);
  std::vector<Mention> found;
  // (Mentions are few: MentionAt scans them, no cover is built.)
  auto covered = [&](size_t t) { return MentionAt(std::as_const(out), t) != nullptr; };
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!toks[i].is_arabic || covered(i)) continue;
    // Each word written with the article, as a definite noun and its
    // adjectives are; the first with its proclitics.
    std::string_view forms[6];
    const int nf = ArabicStems(toks[i], forms);
    std::string_view bare[6];
    size_t proclitic[6];
    int nb = 0;
    for (int f = 0; f < nf; ++f) {
      if (StripArabicArticle(forms[f]) == forms[f]) continue;
      proclitic[nb] = toks[i].text.size() - forms[f].size();
      bare[nb++] = StripArabicArticle(forms[f]);
    }
    if (std::none_of(bare, bare + nb, [&](std::string_view b) { return (firsts & first_bit(b)) != 0; })) continue;
    auto definite = [&](const Token& t, std::string_view word) {
      const std::string_view w = StripArabicArticle(t.text);
      return w != t.text && w == word;
    };
    for (const Candidate& c : candidates) {
      if (c.named_before >= static_cast<long>(i)) continue;
      const std::vector<std::string>& name = *c.words;
      const int first = static_cast<int>(std::find(bare, bare + nb, std::string_view(name[0])) - bare);
      if (first == nb) continue;
      size_t k = 1;
      while (k + 1 < name.size() && i + k < n && toks[i + k].is_arabic && !covered(i + k) &&
             definite(toks[i + k], name[k])) {
        ++k;
      }
      // (Fewer words than the name has, two at least; "المجلس العسكري
      // السوري": another word of the same kind names another body.)
      if (k < 2 || (i + k < n && toks[i + k].is_arabic && StripArabicArticle(toks[i + k].text) != toks[i + k].text)) {
        continue;
      }
      Mention m = OneTokenMention(s, c.actor, MentionType::kHeadNoun, i);
      m.last = static_cast<uint32_t>(i + k - 1);
      m.end = s.OriginalEnd(m.last);
      m.proclitic_bytes = static_cast<uint8_t>(proclitic[first]);
      found.push_back(m);
      i += k - 1;
      break;
    }
  }
  MergeMentions(&out, found);
}

std::vector<ActorIndex> Recognizer::StateListBefore(const TokenizedSentence& s, const DocumentContext& ctx,
                                                    const std::vector<Mention>& mentions, size_t before) const {
  const std::vector<Token>& toks = s.tokens;
  std::vector<ActorIndex> run, last;
  const Mention* prev = nullptr;
  for (const Mention& m : mentions) {
    if (m.last >= before) break;
    const bool state = !m.qualifier && ctx.ActorAt(lexicon_, m.actor).kind == ActorKind::kState;
    // Joined to the one before by commas, "and", "the" or a و on it.
    bool joined = prev != nullptr && prev->last < m.first;
    for (size_t t = prev != nullptr ? prev->last + 1 : 0; joined && t < m.first; ++t) {
      joined = words_.IsAsWritten(WordClass::kComma, toks[t]) || words_.IsAsWritten(WordClass::kAnd, toks[t]) ||
               words_.IsAsWritten(WordClass::kArticle, toks[t]);
    }
    if (!state || !joined) {
      if (run.size() >= 3) last = run;
      run.clear();
    }
    if (state && std::find(run.begin(), run.end(), m.actor) == run.end()) run.push_back(m.actor);
    prev = &m;
  }
  if (run.size() >= 3) last = run;
  return last;
}

void Recognizer::ResolveStateGroups(const TokenizedSentence& s, DocumentContext* ctx,
                                    std::vector<Mention>* mentions) const {
  std::vector<Mention> groups;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (!s.tokens[i].is_word) continue;
    const size_t len = words_.MatchAt(WordClass::kGroupStates, s.tokens, i);
    if (len == 0 || MentionAt(std::as_const(*mentions), i) != nullptr) continue;
    std::vector<ActorIndex> group = StateListBefore(s, *ctx, *mentions, i);
    if (group.empty()) group = ctx->state_list;
    for (ActorIndex state : group) groups.push_back(PhraseMention(s, state, MentionType::kShort, i, i + len - 1));
    i += len - 1;
  }
  MergeMentions(mentions, groups);
  // (A list needs three states named: most sentences have fewer.)
  const auto states = std::count_if(mentions->begin(), mentions->end(), [&](const Mention& m) {
    return ctx->ActorAt(lexicon_, m.actor).kind == ActorKind::kState;
  });
  if (states < 3) return;
  std::vector<ActorIndex> named = StateListBefore(s, *ctx, *mentions, s.tokens.size());
  if (!named.empty()) ctx->state_list = std::move(named);
}

bool Recognizer::NameHolds(const DocumentContext& ctx, ActorIndex a, std::string_view head_word) const {
  std::vector<std::string> scratch;
  for (bool arabic : {false, true}) {
    for (const std::string& w : NameWords(ctx, a, arabic, &scratch)) {
      if (w == head_word || StripArabicArticle(w) == head_word) return true;
    }
  }
  return false;
}

bool Recognizer::JoinsOffice(std::string_view word) const {
  const size_t conj = words_.PrefixLength(WordClass::kCliticConj, word);
  if (conj == 0) return false;
  word.remove_prefix(conj);
  return lexicon_.TitlesStartingWith(word) != nullptr || lexicon_.TitlesStartingWith(StripArabicArticle(word)) != nullptr;
}

ActorIndex Recognizer::HolderOf(const std::string& position, ActorIndex org, int32_t date) const {
  // Offices many hold at once ("a minister", "a member", "an envoy") name
  // nobody in particular, however few of their holders the lexicon knows.
  if (position == "minister" || position == "member" || position == "envoy" || position == "spokesperson") {
    return kNoActor;
  }
  std::vector<ActorIndex> h = lexicon_.Holders(position, org, date);
  if (h.size() == 1) return h[0];
  if (!h.empty()) return kNoActor;
  const Actor& o = lexicon_.actor(org);
  bool heads = position == "commander" || position == "army_chief" || position == "leader" ||
               position == "head_of_state" || position == "head_of_government";
  if (o.kind == ActorKind::kState && (position == "army_chief" || position == "commander")) {
    ActorIndex army = lexicon_.MilitaryOf(org);
    return army == kNoActor ? kNoActor : HolderOf("army_chief", army, date);
  }
  if (o.kind != ActorKind::kState && heads) {
    std::vector<ActorIndex> leaders;
    int32_t at = date == 0 ? 99999999 : date;
    for (const Role& r : lexicon_.roles()) {
      if (r.org == org && r.relation == "leads" && r.start <= at && at <= r.end &&
          std::find(leaders.begin(), leaders.end(), r.person) == leaders.end())
        leaders.push_back(r.person);
    }
    if (leaders.size() == 1) return leaders[0];
  }
  return kNoActor;
}

size_t Recognizer::DiscoverBefore(const TokenizedSentence& s, size_t comma, ActorIndex org, const Title* title,
                                  DocumentContext* ctx, std::vector<Mention>* existing,
                                  std::vector<Mention>* added) const {
  const std::vector<Token>& toks = s.tokens;
  auto in_mention = [&](size_t j) {
    for (const std::vector<Mention>* v : {static_cast<const std::vector<Mention>*>(added),
                                          static_cast<const std::vector<Mention>*>(existing)}) {
      for (const Mention& m : *v) {
        if (m.first <= j && j <= m.last) return true;
      }
    }
    return false;
  };
  if (title->position == "rank" || title->position == "honorific" || comma == 0) return 0;
  // The name run ending right before the comma: capitalised English words,
  // or Arabic words without the article after a word that ends a name.
  std::vector<size_t> words;
  for (size_t j = comma; j > 0 && words.size() < 4;) {
    --j;
    // "Obaid al-Tayer,": a hyphen inside an English name, and a lower-case
    // particle before a capitalised word of it.
    if (!toks[j].is_arabic && toks[j].text == "-" && !words.empty() && words.front() == j + 1 && j > 0 &&
        toks[j - 1].is_word) {
      continue;
    }
    if (!toks[j].is_word || in_mention(j) || toks[j].is_arabic != toks[comma - 1].is_arabic) break;
    if (toks[j].is_arabic) {
      if (words_.IsAsWritten(WordClass::kNameStop, toks[j]) || StripArabicArticle(toks[j].text) != toks[j].text) break;
      if (words.size() == 3) return 0;
    } else {
      const char c = s.original[s.OriginalBegin(j)];
      const bool particle = !words.empty() && words_.IsAsWritten(WordClass::kNameParticle, toks[j]);
      if ((!(c >= 'A' && c <= 'Z') && !particle) || words_.IsAsWritten(WordClass::kNotName, toks[j])) break;
    }
    words.insert(words.begin(), j);
  }
  // (A name starts with a capital, not a particle.)
  while (!words.empty() && !toks[words.front()].is_arabic &&
         !(s.original[s.OriginalBegin(words.front())] >= 'A' && s.original[s.OriginalBegin(words.front())] <= 'Z')) {
    words.erase(words.begin());
  }
  if (words.size() < 2) return 0;
  // The Arabic run starts a clause or follows a verb of saying (قال X،).
  if (toks[words[0]].is_arabic && words[0] > 0 && toks[words[0] - 1].is_word &&
      !words_.Is(WordClass::kNameStop, toks[words[0] - 1].text)) {
    return 0;
  }
  const uint32_t b = s.OriginalBegin(words.front()), e = s.OriginalEnd(words.back());
  std::string country;
  if (org != kNoActor) {
    const Actor& o = lexicon_.actor(org);
    country = o.StateId();
  }
  Mention m;
  m.actor = Discover(std::string(s.original.substr(b, e - b)), toks[words[0]].is_arabic, ActorKind::kPerson,
                     country, ctx);
  m.type = MentionType::kName;
  m.first = static_cast<uint32_t>(words.front());
  m.last = static_cast<uint32_t>(words.back());
  m.begin = b;
  m.end = e;
  m.title_position = title->position;
  m.title_org = org;
  added->push_back(m);
  return comma;
}

size_t Recognizer::DiscoverName(const TokenizedSentence& s, size_t at, bool ranked,
                                ActorIndex org, const Title* title, DocumentContext* ctx,
                                const std::vector<Mention>* existing,
                                std::vector<Mention>* added) const {
  const std::vector<Token>& toks = s.tokens;
  const size_t n = toks.size();
  if (at >= n || !toks[at].is_word) return 0;
  auto in_mention = [&](size_t j) {
    for (const std::vector<Mention>* v : {static_cast<const std::vector<Mention>*>(added), existing}) {
      for (const Mention& m : *v) {
        if (m.first <= j && j <= m.last) return true;
      }
    }
    return false;
  };
  std::vector<size_t> words;
  if (!toks[at].is_arabic) {
    // Capitalised words, joined by hyphens: "Yunus-Bek Yevkurov".
    // After a hyphen a lower-case part belongs to the name too: "Prayut
    // Chan-o-cha".
    size_t j = at;
    bool hyphen = false;
    while (j < n && words.size() < 6) {
      if (!toks[j].is_word || toks[j].is_arabic || in_mention(j)) break;
      char c = s.original[s.OriginalBegin(j)];
      // Inside a name, a lower-case particle before a capitalised word:
      // "Mutlaq al-Qahtani", "Hamad bin Jassim".
      auto capital_at = [&](size_t k) {
        return k < n && toks[k].is_word && !toks[k].is_arabic && s.original[s.OriginalBegin(k)] >= 'A' &&
               s.original[s.OriginalBegin(k)] <= 'Z';
      };
      const bool particle = !words.empty() && words_.IsAsWritten(WordClass::kNameParticle, toks[j]) &&
                            (capital_at(j + 1) || (j + 2 < n && toks[j + 1].text == "-" && capital_at(j + 2)));
      if (!hyphen && !particle && (!(c >= 'A' && c <= 'Z') || words_.IsAsWritten(WordClass::kNotName, toks[j]))) break;
      words.push_back(j);
      ++j;
      hyphen = j + 1 < n && toks[j].text == "-" && toks[j + 1].is_word && !toks[j + 1].is_arabic;
      if (hyphen) ++j;
    }
    // "King Khalid International Airport", "Al-Yamamah Palace": a place
    // named after a person is no person.
    // ("Naval Forces Central Command": nor is a body.)
    for (size_t w : words) {
      if (words_.Is(WordClass::kVenueNoun, toks[w]) || words_.Is(WordClass::kPlaceNoun, toks[w]) ||
          OrgHead(words_, toks[w].text)) {
        return 0;
      }
    }
    // A name that starts like a known one and ends like it ("Yunus Bek
    // Yevkirov" for Yunus-Bek Yevkurov) is that person under another
    // spelling; one that only shares the first word (Steven Mnuchin) is new.
    if (!words.empty()) {
      if (const std::vector<uint32_t>* known = lexicon_.NamesStartingWith(toks[words[0]].text)) {
        for (uint32_t k : *known) {
          const std::vector<std::string>& t = lexicon_.name(k).tokens;
          for (size_t a = 1; a < t.size(); ++a) {
            if (words_.Is(WordClass::kNameParticle, t[a])) continue;
            for (size_t w = 1; w < words.size(); ++w) {
              if (words_.IsAsWritten(WordClass::kNameParticle, toks[words[w]])) continue;  // (al-)
              if (EditDistance(t[a], toks[words[w]].text, 2) <= 2) return 0;
            }
          }
        }
      }
    }
  } else {
    auto phrase_ends = [&](size_t k) {
      if (k >= n) return true;
      if (!toks[k].is_word) return toks[k].text == "." || words_.IsAsWritten(WordClass::kComma, toks[k]);
      return toks[k].is_arabic && JoinsOffice(toks[k].text);
    };
    size_t j = at;
    size_t most = 3;  // words; a particle adds one ("عماد الدين مصطفى عدوي")
    while (j < n && words.size() < most) {
      if (!toks[j].is_word || !toks[j].is_arabic || in_mention(j)) break;
      std::string_view w = toks[j].text;
      if (words_.Is(WordClass::kNameStop, w) && !WrittenAsGivenName(words_, s, j)) break;
      // A day or a time is no name: "السفير التركي صباح اليوم" (this morning).
      if (words_.IsAsWritten(WordClass::kTimeNoun, toks[j])) break;
      if (words.empty() && StripArabicArticle(w) != w && !WrittenWithHamzaAlef(s, j)) return 0;  // (ألكسندر)
      // A noun with a possessive pronoun is a portfolio, no name: "نائب
      // رئيس مكتبها السياسي" (its political bureau).
      if (words.empty() && words_.HasSuffix(WordClass::kPronounSuffix, w)) return 0;
      // A word that starts an office ends the name ("الأمير تميم الرئيس"),
      // unless a particle joins it ("آل الشيخ").
      if (!words.empty() && !words_.IsAsWritten(WordClass::kNameParticle, toks[words.back()]) &&
          lexicon_.TitlesStartingWith(StripArabicArticle(w)) != nullptr) {
        break;
      }
      bool conj = false;  // و starts a new phrase
      for (const std::string& c : words_.Words(WordClass::kAndWord)) conj |= w.substr(0, c.size()) == c;
      if (!words.empty() && conj) break;
      // A later word with the article is a name's only after a particle
      // (عبد الفتاح), as a family name in ي (الشيباني), or as the family
      // name that ends it after a lone given name or a patronymic ("خالد
      // الفالح", "غانم بن شاهين الغانم"); else it is a noun after the name
      // ("جورج قرداحي الحرب").
      const bool family = (words.size() == 1 && words_.Is(WordClass::kGivenName, toks[words[0]])) ||
                          (words.size() >= 3 && words_.IsAsWritten(WordClass::kNameParticle, toks[words[words.size() - 2]]));
      if (!words.empty() && StripArabicArticle(w) != w && !WrittenWithHamzaAlef(s, j) && !EndsWith(w, "ي") &&
          !words_.IsAsWritten(WordClass::kNameParticle, toks[words.back()]) && !family) {
        break;
      }
      // A third word with no article follows a particle ("فؤاد محمد حسين",
      // "عبد الله ..."); after two plain words it is the noun the sentence
      // goes on with ("ألكسندر نوفاك خارطة طريق"), unless the phrase ends
      // with it: a comma or a stop, or و joining the next office ("حمدي سند
      // لوزا ونائب وزير الخارجية التركي").
      if (words.size() == 2 && StripArabicArticle(w) == w && !words_.IsAsWritten(WordClass::kNameParticle, toks[words[0]]) &&
          !words_.IsAsWritten(WordClass::kNameParticle, toks[words[1]]) && !phrase_ends(j + 1)) {
        break;
      }
      words.push_back(j);
      ++j;
      // (A name never ends with its particle: "فهد بن محمود آل سعيد".)
      if (words_.IsAsWritten(WordClass::kNameParticle, toks[j - 1]) && !words_.Is(WordClass::kGivenName, toks[j - 1]) &&
          (most == 3 || words.size() == most)) {
        ++most;
      } else if (family && StripArabicArticle(w) != w) {
        break;
      }
    }
    // "عبدالله بن" before a known person's name: a name cut at its particle
    // is none.
    if (!words.empty() && words_.IsAsWritten(WordClass::kNameParticle, toks[words.back()]) &&
        !words_.Is(WordClass::kGivenName, toks[words.back()])) {
      return 0;
    }
    // "محمد علي مصبح الأحبابي،": a family name in ي that ends the phrase
    // closes a name of the most words.
    if (words.size() == most && j < n && toks[j].is_word && toks[j].is_arabic && !in_mention(j) &&
        StripArabicArticle(toks[j].text) != toks[j].text && EndsWith(toks[j].text, "ي") &&
        StripArabicArticle(toks[j].text).size() > 4 && phrase_ends(j + 1)) {
      words.push_back(j);
    }
    // Arabic has no capitals to tell a name from a noun ("الرئيس التركي
    // أهمية الحوار"): a rank or an honorific introduces one ("العقيد فلان
    // الفلاني", "السيد فلان"); an office with its state or body ("وزير
    // الإعلام اللبناني جورج قرداحي") one that looks like a name: a given
    // name first, or a family name in ي, or a particle (أبو، بن، عبد).
    const bool introduced = ranked || title->position == "rank" || title->position == "honorific";
    if (!introduced) {
      if (org == kNoActor || words.size() < 2) return 0;
      // A given name or a particle (أبو، عبد، بن) in it, or a family name
      // in ي with the article last (الشيباني).
      bool name_like = words_.Is(WordClass::kGivenName, toks[words[0]]);
      for (size_t k = 0; k < words.size() && !name_like; ++k) {
        name_like = words_.Is(WordClass::kNameParticle, toks[words[k]].text);
      }
      std::string_view last = toks[words.back()].text;
      name_like |= StripArabicArticle(last) != last && StripArabicArticle(last).size() > 4 && EndsWith(last, "ي");
      // A foreign name no list holds ("مبعوثها توم براك،"): two plain words
      // that end the phrase at a comma or the sentence's end.
      auto plain = [&](size_t j) { return StripArabicArticle(toks[j].text) == toks[j].text || WrittenWithHamzaAlef(s, j); };
      if (!name_like && words.size() == 2 && plain(words[0]) && plain(words[1])) {
        const size_t next = words.back() + 1;
        // ... or before the clause it says ("برايان هيوز إن المقترح").
        name_like = next >= n || (!toks[next].is_word && (words_.IsAsWritten(WordClass::kComma, toks[next]) ||
                                                          toks[next].text == ".")) ||
                    (toks[next].is_arabic && words_.IsAsWritten(WordClass::kComplementizer, toks[next]));
      }
      if (!name_like) return 0;
    }
  }
  // A monarch goes by one name: "Spain's King Felipe".
  const bool regnal = !toks[at].is_arabic && title->position == "head_of_state" && org != kNoActor && at > 0 &&
                      words_.IsAsWritten(WordClass::kMonarch, toks[at - 1]);
  if (words.size() < (regnal ? 1u : 2u)) return 0;
  uint32_t b = s.OriginalBegin(words.front()), e = s.OriginalEnd(words.back());
  // (A one-word name is known with its title: "King Felipe".)
  if (regnal && words.size() == 1) b = s.OriginalBegin(at - 1);
  std::string written(s.original.substr(b, e - b));
  std::string country;
  if (org != kNoActor) {
    const Actor& o = lexicon_.actor(org);
    country = o.StateId();
  }
  ActorIndex index = Discover(written, toks[at].is_arabic, ActorKind::kPerson, country, ctx);
  Mention m;
  m.actor = index;
  m.type = MentionType::kName;
  m.first = static_cast<uint32_t>(at);
  m.last = static_cast<uint32_t>(words.back());
  m.begin = s.OriginalBegin(m.first);
  m.end = s.OriginalEnd(m.last);
  if (title->position != "rank" && title->position != "honorific") {
    m.title_position = title->position;
    m.title_org = org;
  }
  added->push_back(m);
  return words.back();
}

}  // namespace tahaluf
