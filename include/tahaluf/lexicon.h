// The actor lexicon: who can be recognised, by which names, and who held
// which role when. Knowledge is data: every entry comes from TSV files a
// user can read and extend (data/*.tsv, documented in the README), and is
// validated on load with the file, line and what is wrong.
//
//  - countries: names in English and Arabic from ICU's CLDR display names
//    (every ISO region, so no country list is typed by hand), plus
//    countries.tsv: capitals used for their states, demonyms / nisba
//    adjectives (feminine, plural and definite Arabic forms are derived),
//    and extra aliases;
//  - actors.tsv: people, governments, militaries, armed groups, parties,
//    organisations, ministries, cities, territories;
//  - roles.tsv: person –leads / member_of→ org, with a position and dates;
//  - titles.tsv: title words (رئيس الوزراء, foreign minister) → a position.
//
// Usage:
//   tahaluf::Lexicon lex;
//   std::vector<tahaluf::Status> problems;
//   lex.AddIcuCountries();
//   lex.AddCountries(countries_tsv, "data/countries.tsv", &problems);
//   lex.AddActors(actors_tsv, "data/actors.tsv", &problems);
//   lex.AddRoles(roles_tsv, "data/roles.tsv", &problems);
//   lex.AddTitles(titles_tsv, "data/titles.tsv", &problems);
//   lex.Finalize();                   // builds the name index
//   const tahaluf::Actor* a = lex.FindById("PAK");
#ifndef TAHALUF_LEXICON_H_
#define TAHALUF_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tahaluf/status.h"
#include "tahaluf/text.h"
#include "tahaluf/triple.h"

namespace tahaluf {

enum class ActorKind {
  kState, kPerson, kGovernment, kMilitary, kArmedGroup, kParty,
  kOrganisation, kMinistry, kCity, kTerritory,
};

std::string_view ActorKindName(ActorKind kind);  // "state", "armed_group"
std::optional<ActorKind> ParseActorKind(std::string_view name);

using ActorIndex = uint32_t;
constexpr ActorIndex kNoActor = static_cast<ActorIndex>(-1);

struct Actor {
  std::string id;        // "PAK", "HAFTAR", "RSF"
  ActorKind kind = ActorKind::kOrganisation;
  std::string name_en;
  std::string name_ar;
  std::vector<std::string> aliases;  // other names, either language
  std::string country;   // ISO alpha-3 id of the state it belongs to
  std::string wikidata;  // "Q...", or empty
  bool discovered = false;  // found in text, not in the lexicon

  // The state it is or belongs to: a state's own id, else `country`.
  const std::string& StateId() const { return kind == ActorKind::kState ? id : country; }
};

// How a name in the index relates to its actor.
enum class NameType : uint8_t {
  kName,      // a proper name or alias
  kCapital,   // a capital city standing for its state
  kDemonym,   // an adjective: Pakistani, الباكستانية
};

struct Role {
  ActorIndex person = kNoActor;
  std::string relation;  // "leads" or "member_of"
  ActorIndex org = kNoActor;
  std::string position;  // "head_of_government", "army_chief", ...
  // Days (dates.h): ParseDay of the start (0 = always) and, as the end of
  // its period, of the end (99999999 = current).
  int32_t start = 0;
  int32_t end = 99999999;
  uint32_t line = 0;     // where it was defined (roles.tsv line)
};

struct Title {
  std::vector<std::string> tokens;  // folded words: {"رييس", "الوزراء"}
  std::string position;
  // Arabic: whether the file wrote the first word with the article. The
  // tokens drop it, so الأمير (prince) and أمير (emir, in أمير قطر) share
  // their tokens; a text word with the article prefers the definite row,
  // one without it the other.
  bool definite = false;
};

// One name in the match index: its folded word tokens (Arabic ones without
// the article ال) and what it stands for.
struct IndexedName {
  std::vector<std::string> tokens;  // NameTokens (names.h)
  ActorIndex actor = kNoActor;
  NameType type = NameType::kName;
  // An acronym written in capitals in the lexicon (US, UN, IS) matches only
  // text written in capitals, so "us" and "is" are not actors.
  bool case_sensitive = false;
  // Per token: the name writes it with the article ال. A one-word person
  // name needs it in the text too: "الأسد" is Assad, "أسد" a lion.
  std::vector<bool> article;
  // The name as the knowledge file writes it, when it carries Arabic
  // diacritics ("عمّان", Jordan's capital): text written with those marks
  // is read as this name before another one spelt with the same letters
  // ("عمان", Oman). Empty for names written with letters only.
  std::string written;
};

// The record of an actor that triples and graphs carry (triple.h).
NodeInfo NodeFromActor(const Actor& actor);

// The positions titles.tsv and roles.tsv may use.
bool IsKnownPosition(std::string_view position);

// Whether an office of this position leads a state itself (head of state
// or government, leader); others lead one of its bodies.
bool HeadsState(std::string_view position);

class Lexicon {
 public:
  // Adds a state actor for every ISO 3166 region ICU knows, named by CLDR
  // in English and Arabic (short forms as aliases); ids are ISO alpha-3.
  void AddIcuCountries();

  // Each Add* parses TSV (header row, `#` comments, blank lines) from
  // `content`; `source` names it in errors. A bad row adds a Status to
  // `problems` and is skipped; the rest is loaded.
  void AddCountries(std::string_view content, std::string_view source,
                    std::vector<Status>* problems);
  void AddActors(std::string_view content, std::string_view source,
                 std::vector<Status>* problems);
  void AddRoles(std::string_view content, std::string_view source,
                std::vector<Status>* problems);
  void AddTitles(std::string_view content, std::string_view source,
                 std::vector<Status>* problems);

  // Builds the name index; call after the Add* calls.
  void Finalize();

  // Names that stand for more than one actor with the same standing (for
  // `tahaluf lexicon check`; at match time the first one wins).
  std::vector<Status> NameClashes() const;

  // Adds an actor found in text (not from the lexicon); returns its index.
  // Its names are indexed at once.
  ActorIndex AddDiscovered(Actor actor);

  size_t size() const { return actors_.size(); }
  const Actor& actor(ActorIndex i) const { return actors_[i]; }
  const std::vector<Actor>& actors() const { return actors_; }
  ActorIndex FindById(std::string_view id) const;
  // The state actor for an ISO alpha-2 or alpha-3 code.
  ActorIndex FindState(std::string_view code) const;
  // The one military actor of a state (its army), or kNoActor when the
  // lexicon has none or several.
  ActorIndex MilitaryOf(ActorIndex state) const;

  // Names whose first token is `first` (a folded word, Arabic without ال).
  // (Inline: asked for every stem of every word.)
  const std::vector<uint32_t>* NamesStartingWith(std::string_view first) const { return first_token_.Find(first); }
  // One-word person names (surnames, aliases) within one edit of `word`,
  // for spelling variants across transliterations (يفكيروف / يفكوروف,
  // Yevkirov / Yevkurov); only words of six letters or more.
  std::vector<uint32_t> FuzzyPersonNames(std::string_view word) const;
  const IndexedName& name(uint32_t i) const { return names_[i]; }
  // NameTokens (names.h) of actor i's English or Arabic name as the name
  // index holds them, worked out once when the actor was indexed (the
  // recogniser asks for every person and body it meets); null for an actor
  // not indexed (added after Finalize).
  const std::vector<std::string>* NameWords(ActorIndex i, bool arabic) const;

  // Roles of `person` valid at `date` (yyyymmdd; 0 = unknown date, which
  // takes current roles, or the last ones when none is current).
  std::vector<const Role*> RolesOf(ActorIndex person, int32_t date) const;
  // The holders of `position` in `org` at `date` (same date rule).
  std::vector<ActorIndex> Holders(std::string_view position, ActorIndex org,
                                  int32_t date) const;
  const std::vector<Role>& roles() const { return roles_; }
  const std::vector<Title>& titles() const { return titles_; }
  // Titles whose first token is `first` (a folded word), as indices into
  // titles(), in file order; null for none. Asked for every form of every
  // word that may start a title.
  const std::vector<uint32_t>* TitlesStartingWith(std::string_view first) const {
    return titles_by_first_.Find(first);
  }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  using StringMap =
      std::unordered_map<std::string, std::vector<uint32_t>, StringHash,
                         std::equal_to<>>;

  // Indexes a name; returns the index in names_ of its entry, or kNoName
  // for a name with no word.
  uint32_t IndexName(std::string_view text, ActorIndex actor, NameType type);
  void IndexActor(ActorIndex a);
  static constexpr uint32_t kNoName = UINT32_MAX;

  std::vector<Actor> actors_;
  std::unordered_map<std::string, ActorIndex> by_id_;
  std::unordered_map<std::string, ActorIndex> by_alpha2_;
  std::vector<IndexedName> names_;
  // Per indexed actor: the entries of names_ of its English and Arabic
  // names (kNoName: no word), for NameWords.
  struct OwnNames {
    bool indexed = false;
    uint32_t en = kNoName, ar = kNoName;
  };
  std::vector<OwnNames> own_names_;
  // Names by first token; NamesStartingWith asks for every stem of every
  // word.
  TextMap<StringMap> first_token_;
  // One-word person names by first letter, last letter and length in code
  // points (FuzzyKey), in index order: a word is compared with the names of
  // its first and last letters and of about its length only.
  struct FuzzyName {
    uint32_t name;              // index into names_
    std::u32string code_points;  // of its one word
  };
  std::unordered_map<uint64_t, std::vector<FuzzyName>> fuzzy_;
  // Bits (FuzzySlot) set for the names of fuzzy_: by a name's first code
  // point and its word's last byte, and by its FuzzyKey. Half the words
  // asked for (seventy thousand a megabyte of news) start and end as no
  // name does and are told so by one bit, before the word is decoded; a
  // key with no bit is not looked up in fuzzy_.
  std::vector<uint64_t> fuzzy_seen_;
  std::vector<Role> roles_;
  // Indices into roles_ by person, in roles_'s order: RolesOf is asked for
  // every person named in every document.
  std::unordered_map<ActorIndex, std::vector<uint32_t>> roles_of_;
  // ... and by org, for Holders (asked for every title met in a text).
  std::unordered_map<ActorIndex, std::vector<uint32_t>> roles_in_;
  std::vector<Title> titles_;
  TextMap<StringMap> titles_by_first_;  // TitlesStartingWith
  // Per state: capitals and demonyms from countries.tsv, indexed in Finalize.
  struct CountryExtra {
    std::vector<std::string> capitals, demonyms_en, demonyms_ar;
  };
  std::unordered_map<ActorIndex, CountryExtra> country_extra_;
  bool finalized_ = false;
  // Military actors by country id, in index order (Finalize), for MilitaryOf.
  std::unordered_map<std::string, std::vector<ActorIndex>> militaries_;
};

}  // namespace tahaluf

#endif  // TAHALUF_LEXICON_H_
