#include "tahaluf/lexicon.h"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "tahaluf/dates.h"
#include "tahaluf/names.h"
#include "tahaluf/segment.h"
#include "tahaluf/utf8.h"
#include "tsv.h"

namespace tahaluf {
namespace {

constexpr std::string_view kKindNames[] = {
    "state", "person", "government", "military", "armed_group", "party",
    "organisation", "ministry", "city", "territory"};

constexpr std::string_view kPositions[] = {
    "head_of_state", "head_of_government", "crown_prince",
    "deputy_head_of_government", "foreign_minister", "defence_minister",
    "interior_minister", "finance_minister", "army_chief", "deputy_army_chief",
    "commander", "deputy_commander", "leader", "deputy_leader", "speaker",
    "spokesperson", "secretary_general", "envoy", "minister", "member",
    "rank", "honorific", "lead_state", "branch", "affiliate"};

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsValidId(std::string_view id) {
  if (id.empty() || !(id[0] >= 'A' && id[0] <= 'Z')) return false;
  for (char c : id) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  }
  return true;
}

bool HasArabic(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (IsArabicLetter(DecodeUtf8(s, &i))) return true;
  }
  return false;
}

// "باكستاني" -> the forms news uses; the article is matched separately.
std::vector<std::string> ArabicNisbaForms(std::string_view m) {
  std::string base(m);
  // Feminine, masculine plural (nominative, oblique), feminine plural,
  // dual (masculine, feminine): inflection of the adjective.
  return {base, base + "ة", base + "ون", base + "ين", base + "ات", base + "ان", base + "تان"};
}

int32_t Today() { return 99999999; }

}  // namespace

std::string_view ActorKindName(ActorKind kind) {
  return kKindNames[static_cast<int>(kind)];
}

std::optional<ActorKind> ParseActorKind(std::string_view name) {
  for (size_t i = 0; i < std::size(kKindNames); ++i) {
    if (kKindNames[i] == name) return static_cast<ActorKind>(i);
  }
  return std::nullopt;
}

NodeInfo NodeFromActor(const Actor& a) {
  NodeInfo n;
  n.id = a.id;
  n.name = a.name_en;
  n.name_ar = a.name_ar;
  n.kind = std::string(ActorKindName(a.kind));
  n.wikidata = a.wikidata;
  n.aliases = a.aliases;
  return n;
}

bool IsKnownPosition(std::string_view position) {
  return std::find(std::begin(kPositions), std::end(kPositions), position) !=
         std::end(kPositions);
}

bool HeadsState(std::string_view position) {
  return position == "head_of_state" || position == "head_of_government" || position == "leader";
}

void Lexicon::AddIcuCountries() {
  std::unique_ptr<icu::LocaleDisplayNames> en_short, ar_short;
  UDisplayContext ctx[] = {UDISPCTX_LENGTH_SHORT};
  en_short.reset(icu::LocaleDisplayNames::createInstance(icu::Locale::getEnglish(), ctx, 1));
  ar_short.reset(icu::LocaleDisplayNames::createInstance(icu::Locale("ar"), ctx, 1));
  icu::Locale ar("ar");
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    icu::Locale region("", *code);
    Actor a;
    a.kind = ActorKind::kState;
    a.id = region.getISO3Country();
    if (a.id.empty()) a.id = *code;
    if (by_id_.count(a.id)) continue;
    icu::UnicodeString s;
    a.name_en = ToUtf8(region.getDisplayCountry(icu::Locale::getEnglish(), s));
    s.remove();
    a.name_ar = ToUtf8(region.getDisplayCountry(ar, s));
    if (a.name_en.empty() || a.name_en == *code) continue;
    if (en_short) {
      s.remove();
      std::string short_en = ToUtf8(en_short->regionDisplayName(*code, s));
      if (!short_en.empty() && short_en != a.name_en) a.aliases.push_back(short_en);
    }
    if (ar_short) {
      s.remove();
      std::string short_ar = ToUtf8(ar_short->regionDisplayName(*code, s));
      if (!short_ar.empty() && short_ar != a.name_ar) a.aliases.push_back(short_ar);
    }
    a.country = a.id;
    ActorIndex idx = static_cast<ActorIndex>(actors_.size());
    by_id_[a.id] = idx;
    by_alpha2_[*code] = idx;
    actors_.push_back(std::move(a));
    finalized_ = false;  // MilitaryOf scans until Finalize again
  }
}

ActorIndex Lexicon::FindById(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? kNoActor : it->second;
}

ActorIndex Lexicon::FindState(std::string_view code) const {
  if (code.size() == 2) {
    auto it = by_alpha2_.find(std::string(code));
    return it == by_alpha2_.end() ? kNoActor : it->second;
  }
  ActorIndex a = FindById(code);
  return a != kNoActor && actors_[a].kind == ActorKind::kState ? a : kNoActor;
}

ActorIndex Lexicon::MilitaryOf(ActorIndex state) const {
  ActorIndex army = kNoActor;
  const std::string& id = actors_[state].id;
  std::vector<ActorIndex> all;
  const std::vector<ActorIndex>* militaries = &all;
  if (finalized_) {
    auto it = militaries_.find(id);
    if (it == militaries_.end()) return kNoActor;
    militaries = &it->second;
  } else {
    for (ActorIndex a = 0; a < actors_.size(); ++a) all.push_back(a);
  }
  for (ActorIndex a : *militaries) {
    if (actors_[a].kind == ActorKind::kMilitary && actors_[a].country == id) {
      if (army != kNoActor) {
        // Several: the one named after the state's army, if any.
        if (actors_[a].id == id + "_ARMY") army = a;
        else if (actors_[army].id != id + "_ARMY") return kNoActor;
        continue;
      }
      army = a;
    }
  }
  return army;
}

void Lexicon::AddCountries(std::string_view content, std::string_view source,
                           std::vector<Status>* problems) {
  ReadTsv(content, source,
          {"code", "capital_en", "capital_ar", "demonym_en", "demonym_ar", "aliases"},
          problems, [&](size_t line, const std::vector<std::string_view>& f) {
            ActorIndex state = FindState(f[0]);
            if (state == kNoActor) {
              problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                     "unknown ISO 3166 code '" + std::string(f[0]) +
                                         "' (expected a two-letter code ICU knows); row skipped",
                                     line);
              return;
            }
            CountryExtra& extra = country_extra_[state];
            for (int k : {1, 2}) {
              if (!f[k].empty()) extra.capitals.emplace_back(f[k]);
            }
            for (std::string_view d : SplitBar(f[3])) extra.demonyms_en.emplace_back(d);
            for (std::string_view d : SplitBar(f[4])) {
              if (!HasArabic(d)) {
                problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                       "demonym_ar '" + std::string(d) +
                                           "' is not in Arabic script; ignored",
                                       line);
                continue;
              }
              extra.demonyms_ar.emplace_back(d);
            }
            for (std::string_view a : SplitBar(f[5])) actors_[state].aliases.emplace_back(a);
          });
}

void Lexicon::AddActors(std::string_view content, std::string_view source,
                        std::vector<Status>* problems) {
  ReadTsv(content, source,
          {"id", "kind", "name_en", "name_ar", "aliases", "country", "wikidata"},
          problems, [&](size_t line, const std::vector<std::string_view>& f) {
            auto fail = [&](const std::string& msg) {
              problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                     msg + "; row skipped", line);
            };
            if (!IsValidId(f[0])) return fail("id '" + std::string(f[0]) + "' is not [A-Z][A-Z0-9_]*");
            if (by_id_.count(std::string(f[0])))
              return fail("id '" + std::string(f[0]) + "' is defined twice");
            std::optional<ActorKind> kind = ParseActorKind(f[1]);
            if (!kind) return fail("unknown kind '" + std::string(f[1]) +
                                   "' (state, person, government, military, armed_group, "
                                   "party, organisation, ministry, city, territory)");
            if (f[2].empty() || f[3].empty()) return fail("name_en and name_ar are required");
            if (!HasArabic(f[3])) return fail("name_ar '" + std::string(f[3]) + "' is not in Arabic script");
            if (!f[5].empty() && FindState(f[5]) == kNoActor)
              return fail("country '" + std::string(f[5]) + "' is not an ISO 3166 alpha-3 code ICU knows");
            if (!f[6].empty() && (f[6][0] != 'Q' || f[6].size() < 2 ||
                                  f[6].find_first_not_of("0123456789", 1) != std::string_view::npos))
              return fail("wikidata '" + std::string(f[6]) + "' is not a Q-id");
            Actor a;
            a.id = f[0];
            a.kind = *kind;
            a.name_en = f[2];
            a.name_ar = f[3];
            for (std::string_view al : SplitBar(f[4])) a.aliases.emplace_back(al);
            if (!f[5].empty()) a.country = actors_[FindState(f[5])].id;
            a.wikidata = f[6];
            by_id_[a.id] = static_cast<ActorIndex>(actors_.size());
            actors_.push_back(std::move(a));
            finalized_ = false;
          });
}

void Lexicon::AddRoles(std::string_view content, std::string_view source,
                       std::vector<Status>* problems) {
  ReadTsv(content, source, {"person", "relation", "org", "position", "start", "end"},
          problems, [&](size_t line, const std::vector<std::string_view>& f) {
            auto fail = [&](const std::string& msg) {
              problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                     msg + "; row skipped", line);
            };
            Role r;
            r.line = static_cast<uint32_t>(line);
            r.person = FindById(f[0]);
            if (r.person == kNoActor) r.person = FindState(f[0]);
            if (r.person == kNoActor) return fail("unknown person '" + std::string(f[0]) + "'");
            // (A state may lead a body: "SAU leads SAUDI_COALITION lead_state".)
            const ActorKind kind = actors_[r.person].kind;
            if (f[3] == "lead_state" && kind != ActorKind::kState) {
              return fail("'" + std::string(f[0]) + "' is no state, which lead_state needs");
            }
            // (A body may belong to another: "IRGC member_of IRN branch",
            // "AL_SHABAAB member_of AL_QAEDA affiliate".)
            const bool body = f[3] == "branch" || f[3] == "affiliate";
            if (body && (kind == ActorKind::kPerson || kind == ActorKind::kState || f[1] != "member_of")) {
              return fail("'" + std::string(f[0]) + "': position " + std::string(f[3]) +
                          " is for a body (not a person or state) that is member_of another");
            }
            if (f[3] != "lead_state" && !body && kind != ActorKind::kPerson) {
              return fail("'" + std::string(f[0]) + "' is not a person");
            }
            if (f[1] != "leads" && f[1] != "member_of")
              return fail("relation must be 'leads' or 'member_of', not '" + std::string(f[1]) + "'");
            r.relation = f[1];
            r.org = FindById(f[2]);
            if (r.org == kNoActor) r.org = FindState(f[2]);
            if (r.org == kNoActor) return fail("unknown org '" + std::string(f[2]) + "'");
            if (!IsKnownPosition(f[3])) return fail("unknown position '" + std::string(f[3]) + "'");
            r.position = f[3];
            if (!f[4].empty()) {
              if (!IsIsoDate(f[4])) return fail("start '" + std::string(f[4]) + "' is not an ISO date");
              r.start = *ParseDay(f[4], false);
            }
            if (!f[5].empty()) {
              if (!IsIsoDate(f[5])) return fail("end '" + std::string(f[5]) + "' is not an ISO date");
              r.end = *ParseDay(f[5], true);
            }
            if (r.start > r.end) return fail("start is after end");
            roles_of_[r.person].push_back(static_cast<uint32_t>(roles_.size()));
            roles_in_[r.org].push_back(static_cast<uint32_t>(roles_.size()));
            roles_.push_back(std::move(r));
          });
}

void Lexicon::AddTitles(std::string_view content, std::string_view source,
                        std::vector<Status>* problems) {
  ReadTsv(content, source, {"lang", "title", "position"}, problems,
          [&](size_t line, const std::vector<std::string_view>& f) {
            auto fail = [&](const std::string& msg) {
              problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                     msg + "; row skipped", line);
            };
            if (f[0] != "ar" && f[0] != "en") return fail("lang must be 'ar' or 'en'");
            if (!IsKnownPosition(f[2])) return fail("unknown position '" + std::string(f[2]) + "'");
            Title t;
            t.tokens = NameTokens(f[1]);
            if (t.tokens.empty()) return fail("empty title");
            t.position = f[2];
            const std::string_view first_word = f[1].substr(0, f[1].find(' '));
            t.definite = f[0] == "ar" && StripArabicArticle(first_word).size() != first_word.size();
            titles_by_first_[t.tokens[0]].push_back(static_cast<uint32_t>(titles_.size()));
            titles_.push_back(std::move(t));
          });
}

uint32_t Lexicon::IndexName(std::string_view text, ActorIndex actor, NameType type) {
  // (With which tokens carry the article in the name as written.)
  std::vector<bool> article;
  std::vector<std::string> tokens = NameTokens(text, &article);
  if (tokens.empty()) return kNoName;
  size_t letters = 0;
  bool capitals = true;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') capitals = false;
  }
  bool case_sensitive = capitals && letters >= 2 && letters <= 4;
  std::string written;
  // (Every Arabic mark, U+064B to U+0652 and U+0670, is two bytes led by
  // the first byte of the fathatan "ً", a byte that is never inside another
  // character: only characters led by it are decoded.)
  constexpr char kMarkLead = std::string_view("ً")[0];
  for (size_t i = text.find(kMarkLead); i != std::string_view::npos; i = text.find(kMarkLead, i + 1)) {
    size_t at = i;
    if (IsArabicMark(DecodeUtf8(text, &at))) {
      written = std::string(text);
      break;
    }
  }
  auto& bucket = first_token_[tokens[0]];
  for (uint32_t k : bucket) {
    // (A demonym spelt as a name of its state, "سورية", stays a demonym of
    // its own: read through the article, "السورية", as names are not.)
    if (names_[k].actor == actor && names_[k].tokens == tokens &&  // (the actor first: a number)
        (names_[k].type == NameType::kDemonym) == (type == NameType::kDemonym)) {
      if (type == NameType::kName) names_[k].type = type;  // name wins
      names_[k].case_sensitive = names_[k].case_sensitive && case_sensitive;
      if (names_[k].written.empty()) names_[k].written = std::move(written);
      return k;
    }
  }
  const uint32_t k = static_cast<uint32_t>(names_.size());
  bucket.push_back(k);
  names_.push_back(IndexedName{std::move(tokens), actor, type, case_sensitive, std::move(article), std::move(written)});
  return k;
}

void Lexicon::IndexActor(ActorIndex a) {
  const Actor& act = actors_[a];
  if (own_names_.size() <= a) own_names_.resize(a + 1);
  own_names_[a] = {true, IndexName(act.name_en, a, NameType::kName), IndexName(act.name_ar, a, NameType::kName)};
  for (const std::string& al : act.aliases) IndexName(al, a, NameType::kName);
}

const std::vector<std::string>* Lexicon::NameWords(ActorIndex i, bool arabic) const {
  static const std::vector<std::string> kNoWords;
  if (i >= own_names_.size() || !own_names_[i].indexed) return nullptr;
  const uint32_t k = arabic ? own_names_[i].ar : own_names_[i].en;
  return k == kNoName ? &kNoWords : &names_[k].tokens;
}

namespace {
// fuzzy_'s key: a name's first and last code points (21 bits each) and its
// length in code points.
uint64_t FuzzyKey(char32_t first, char32_t last, size_t length) {
  return (uint64_t{first} << 43) | (uint64_t{last} << 22) | (length & 0x3FFFFF);
}
// fuzzy_seen_'s bits: one for a FuzzyKey, one for a word's first code point
// and last byte (the last byte of its last code point's UTF-8, which
// FuzzyKey holds whole). Keys that share a bit only cost a look-up.
constexpr size_t kFuzzySeenBits = 16;
size_t FuzzySlot(uint64_t key) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kFuzzySeenBits));
}
size_t FuzzySlot(char32_t first, char last_byte) {
  return FuzzySlot((uint64_t{1} << 63) | (uint64_t{first} << 8) | static_cast<unsigned char>(last_byte));
}
}  // namespace

void Lexicon::Finalize() {
  names_.clear();
  first_token_.clear();
  own_names_.clear();
  for (ActorIndex a = 0; a < actors_.size(); ++a) IndexActor(a);
  for (const auto& [state, extra] : country_extra_) {
    for (const std::string& c : extra.capitals) IndexName(c, state, NameType::kCapital);
    for (const std::string& d : extra.demonyms_en) {
      IndexName(d, state, NameType::kDemonym);
      char last = d.empty() ? 0 : d.back();
      if (last == 'n' || last == 'i') IndexName(d + "s", state, NameType::kDemonym);
    }
    for (const std::string& d : extra.demonyms_ar) {
      for (const std::string& form : ArabicNisbaForms(d)) IndexName(form, state, NameType::kDemonym);
    }
  }
  fuzzy_.clear();
  fuzzy_seen_.assign((size_t{1} << kFuzzySeenBits) / 64, 0);
  for (uint32_t k = 0; k < names_.size(); ++k) {
    const IndexedName& nm = names_[k];
    if (nm.type != NameType::kName || nm.tokens.size() != 1 ||
        actors_[nm.actor].kind != ActorKind::kPerson) continue;
    std::string_view w = nm.tokens[0];
    const size_t length = CountCodePoints(w);
    if (length < 6) continue;
    size_t j = 0;
    std::u32string points;
    while (j < w.size()) points.push_back(DecodeUtf8(w, &j));
    const uint64_t key = FuzzyKey(points[0], points.back(), length);
    for (const size_t slot : {FuzzySlot(points[0], w.back()), FuzzySlot(key)}) {
      fuzzy_seen_[slot / 64] |= uint64_t{1} << (slot % 64);
    }
    fuzzy_[key].push_back({k, std::move(points)});
  }
  militaries_.clear();
  for (ActorIndex a = 0; a < actors_.size(); ++a) {
    if (actors_[a].kind == ActorKind::kMilitary) militaries_[actors_[a].country].push_back(a);
  }
  finalized_ = true;
}

std::vector<uint32_t> Lexicon::FuzzyPersonNames(std::string_view word) const {
  std::vector<uint32_t> out;
  // (Six code points take six bytes at least: most words are passed here.)
  if (word.size() < 6) return out;
  // The word's code points, decoded once, on the stack (a word longer than
  // that, if one came, is compared by EditDistance); they count its length.
  constexpr size_t kLongest = 64;
  size_t j = 0;
  const char32_t first = DecodeUtf8(word, &j);
  // A word shorter than kLongest bytes is decoded whole below, and its last
  // code point, the last of FuzzyKey, ends in its last byte (or is U+FFFD,
  // which ends no name): no name's first code point and last byte, no name.
  auto seen = [this](size_t slot) { return (fuzzy_seen_[slot / 64] >> (slot % 64) & 1) != 0; };
  if (fuzzy_seen_.empty() || (word.size() < kLongest && !seen(FuzzySlot(first, word.back())))) return out;
  char32_t points[kLongest];
  size_t n = 0;
  points[n++] = first;
  while (j < word.size() && n < kLongest) points[n++] = DecodeUtf8(word, &j);
  const bool decoded = j == word.size() && n < kLongest;
  const size_t length = j == word.size() ? n : CountCodePoints(word);
  if (length < 6) return out;
  const std::u32string_view w(points, n);
  // A spelling variant differs inside the word, never at its end: an end
  // is inflection or another word ("Sistan" is no Sistani, سيستأنف "will
  // resume" no سيستاني, "Otaibi" no Otaiba), while "Yevkirov" is Yevkurov.
  const char32_t last = points[n - 1];
  // One edit changes the length by one code point at most.
  if (!decoded) {
    // (A word of kLongest code points or more, if one came: the names of
    // its first letter and about its length, whatever their last.)
    for (const auto& [key, names] : fuzzy_) {
      const size_t len = key & 0x3FFFFF;
      if ((key >> 43) != first || len + 1 < length || len > length + 1) continue;
      for (const FuzzyName& f : names) {
        if (EditDistance(names_[f.name].tokens[0], word, 1) <= 1) out.push_back(f.name);
      }
    }
  }
  for (size_t len = length - 1; len <= length + 1 && decoded; ++len) {
    const uint64_t key = FuzzyKey(first, last, len);
    if (!seen(FuzzySlot(key))) continue;
    auto it = fuzzy_.find(key);
    if (it == fuzzy_.end()) continue;
    for (const FuzzyName& f : it->second) {
      if (WithinOneEdit(f.code_points, w)) out.push_back(f.name);
    }
  }
  std::sort(out.begin(), out.end());  // in index order, as one list gave them
  return out;
}

std::vector<Status> Lexicon::NameClashes() const {
  std::vector<Status> out;
  std::vector<Status>* problems = &out;
  // A name that stands for two actors: the higher-ranked type wins at match
  // time; report true clashes (same type) so curators can resolve them.
    std::set<std::string> reported;
    for (const auto& [first, bucket] : first_token_.map()) {
      for (size_t i = 0; i < bucket.size(); ++i) {
        for (size_t j = i + 1; j < bucket.size(); ++j) {
          const IndexedName& x = names_[bucket[i]];
          const IndexedName& y = names_[bucket[j]];
          if (x.tokens != y.tokens || x.actor == y.actor || x.type != y.type) continue;
          std::string joined;
          for (const auto& t : x.tokens) joined += (joined.empty() ? "" : " ") + t;
          if (!reported.insert(joined).second) continue;
          problems->emplace_back(ErrorCode::kLexicon, "lexicon",
                                 "name '" + joined + "' stands for both " +
                                     actors_[x.actor].id + " and " + actors_[y.actor].id);
        }
      }
    }
  return out;
}

ActorIndex Lexicon::AddDiscovered(Actor actor) {
  actor.discovered = true;
  ActorIndex a = static_cast<ActorIndex>(actors_.size());
  by_id_[actor.id] = a;
  actors_.push_back(std::move(actor));
  IndexActor(a);
  if (finalized_ && actors_[a].kind == ActorKind::kMilitary) militaries_[actors_[a].country].push_back(a);
  return a;
}

std::vector<const Role*> Lexicon::RolesOf(ActorIndex person, int32_t date) const {
  std::vector<const Role*> all, valid;
  auto of = roles_of_.find(person);
  if (of == roles_of_.end()) return valid;
  for (uint32_t k : of->second) {
    const Role& r = roles_[k];
    all.push_back(&r);
    int32_t at = date == 0 ? Today() : date;
    if (r.start <= at && at <= r.end) valid.push_back(&r);
  }
  if (!valid.empty() || all.empty()) return valid;
  // No role at that date: the latest role(s) the person held before it, or
  // the earliest after it when the date precedes them all.
  int32_t at = date == 0 ? Today() : date;
  const Role* best = nullptr;
  for (const Role* r : all) {
    if (r->end <= at && (best == nullptr || r->end > best->end)) best = r;
  }
  if (best == nullptr) {
    for (const Role* r : all) {
      if (best == nullptr || r->start < best->start) best = r;
    }
  }
  for (const Role* r : all) {
    if (r->end == best->end && r->start == best->start) valid.push_back(r);
  }
  return valid;
}

std::vector<ActorIndex> Lexicon::Holders(std::string_view position, ActorIndex org,
                                         int32_t date) const {
  std::vector<ActorIndex> out;
  auto in = roles_in_.find(org);
  if (in == roles_in_.end()) return out;
  int32_t at = date == 0 ? Today() : date;
  for (uint32_t k : in->second) {
    const Role& r = roles_[k];
    if (r.position == position && r.start <= at && at <= r.end &&
        std::find(out.begin(), out.end(), r.person) == out.end()) {
      out.push_back(r.person);
    }
  }
  return out;
}

}  // namespace tahaluf
