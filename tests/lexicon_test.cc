// The lexicon: actors, roles, titles and country extras loaded from their
// TSV files, validated row by row, and the lookups recognition asks of it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tahaluf/lexicon.h"
#include "tahaluf/names.h"

namespace tahaluf {
namespace {

constexpr const char* kActorsHeader = "id\tkind\tname_en\tname_ar\taliases\tcountry\twikidata\n";
constexpr const char* kRolesHeader = "person\trelation\torg\tposition\tstart\tend\n";

// A lexicon of the ICU countries, kActors ("actors.tsv") and these files.
struct Loaded {
  Lexicon lexicon;
  std::vector<Status> problems;
};

void Load(Loaded* out, const std::string& more_actors, const std::string& roles = "",
          const std::string& titles = "", const std::string& countries = "");

const std::string kActors = std::string(kActorsHeader) +
    "# a comment line, and a blank one\n"
    "\n"
    "HAFTAR\tperson\tKhalifa Haftar\tخليفة حفتر\tHaftar|حفتر\tLBY\tQ379153\n"
    "SADDAM_HAFTAR\tperson\tSaddam Haftar\tصدام حفتر\t\tLBY\t\n"
    "YEVKUROV\tperson\tYunus-Bek Yevkurov\tيونس بك يفكوروف\tيفكوروف\tRUS\t\n"
    "LBY_LNA\tmilitary\tLibyan National Army\tالجيش الوطني الليبي\tLNA\tLBY\n"
    "UN\torganisation\tUnited Nations\tالأمم المتحدة\tUN\t\t\n";

void Load(Loaded* out, const std::string& more_actors, const std::string& roles,
          const std::string& titles, const std::string& countries) {
  Lexicon& lex = out->lexicon;
  lex.AddIcuCountries();
  if (!countries.empty()) lex.AddCountries(countries, "countries.tsv", &out->problems);
  lex.AddActors(kActors, "actors.tsv", &out->problems);
  if (!more_actors.empty()) lex.AddActors(more_actors, "more.tsv", &out->problems);
  if (!roles.empty()) lex.AddRoles(roles, "roles.tsv", &out->problems);
  if (!titles.empty()) lex.AddTitles(titles, "titles.tsv", &out->problems);
  lex.Finalize();
}

const std::string kRoles = std::string(kRolesHeader) +
    "HAFTAR\tleads\tLBY_LNA\tcommander\t2014-05\t\n"
    "SADDAM_HAFTAR\tmember_of\tLBY_LNA\tdeputy_commander\t2021\t2024-06-30\n"
    "SADDAM_HAFTAR\tleads\tLBY_LNA\tcommander\t2024-07\t\n";

TEST_CASE("lexicon: actors, roles and titles load and are found") {
  Loaded l;
  Load(&l, "", kRoles, "lang\ttitle\tposition\nar\tقائد الجيش\tarmy_chief\nen\tthe Field Marshal\trank\n");
  for (const Status& p : l.problems) MESSAGE(p.ToString());
  REQUIRE(l.problems.empty());
  const Lexicon& lex = l.lexicon;
  const ActorIndex haftar = lex.FindById("HAFTAR");
  REQUIRE(haftar != kNoActor);
  const Actor& a = lex.actor(haftar);
  CHECK(a.kind == ActorKind::kPerson);
  CHECK(a.country == "LBY");
  CHECK(a.aliases == std::vector<std::string>{"Haftar", "حفتر"});
  CHECK(lex.FindById("NOBODY") == kNoActor);
  // Countries by alpha-2 and alpha-3; a state's army.
  CHECK(lex.FindState("LY") == lex.FindById("LBY"));
  CHECK(lex.FindState("LBY") == lex.FindById("LBY"));
  CHECK(lex.FindState("HAFTAR") == kNoActor);
  CHECK(lex.MilitaryOf(lex.FindById("LBY")) == lex.FindById("LBY_LNA"));
  CHECK(lex.MilitaryOf(lex.FindById("EGY")) == kNoActor);
  // The name index holds folded names, the Arabic article taken off.
  const std::vector<uint32_t>* names = lex.NamesStartingWith(NameTokens("الجيش")[0]);
  REQUIRE(names != nullptr);
  bool army = false;
  for (uint32_t k : *names) army |= lex.name(k).actor == lex.FindById("LBY_LNA");
  CHECK(army);
  // One letter apart, six letters or more: the same person's name.
  bool fuzzy = false;
  for (uint32_t k : lex.FuzzyPersonNames("يفكيروف")) fuzzy |= lex.name(k).actor == lex.FindById("YEVKUROV");
  CHECK(fuzzy);
  CHECK(lex.FuzzyPersonNames("حفتور").empty());  // five letters: too short to guess
  // Titles, folded.
  REQUIRE(lex.titles().size() == 2);
  CHECK(lex.titles()[0].tokens == NameTokens("قائد الجيش"));
  CHECK(lex.titles()[1].tokens == std::vector<std::string>{"field", "marshal"});
  // The record triples carry.
  NodeInfo n = NodeFromActor(a);
  CHECK(n.id == "HAFTAR");
  CHECK(n.name == "Khalifa Haftar");
  CHECK(n.name_ar == "خليفة حفتر");
  CHECK(n.kind == "person");
  CHECK(n.wikidata == "Q379153");
}

TEST_CASE("lexicon: roles and office holders at a date") {
  Loaded l;
  Load(&l, "", kRoles);
  REQUIRE(l.problems.empty());
  const Lexicon& lex = l.lexicon;
  const ActorIndex lna = lex.FindById("LBY_LNA");
  const ActorIndex saddam = lex.FindById("SADDAM_HAFTAR");
  struct Row {
    int32_t date;  // yyyymmdd, 0 = unknown
    std::vector<std::string> saddam_positions;
    std::vector<std::string> commanders;
  };
  const Row rows[] = {
      {20230101, {"deputy_commander"}, {"HAFTAR"}},
      {20240630, {"deputy_commander"}, {"HAFTAR"}},
      {20240715, {"commander"}, {"HAFTAR", "SADDAM_HAFTAR"}},
      {0, {"commander"}, {"HAFTAR", "SADDAM_HAFTAR"}},  // current roles
      {20100101, {"deputy_commander"}, {}},           // before all: the earliest
  };
  for (const Row& r : rows) {
    CAPTURE(r.date);
    std::vector<std::string> positions;
    for (const Role* role : lex.RolesOf(saddam, r.date)) positions.push_back(role->position);
    CHECK(positions == r.saddam_positions);
    std::vector<std::string> holders;
    for (ActorIndex h : lex.Holders("commander", lna, r.date)) holders.push_back(lex.actor(h).id);
    CHECK(holders == r.commanders);
  }
}

TEST_CASE("lexicon: bad rows and files are reported with file and line, the rest loaded") {
  struct Row {
    std::string file;  // actors, roles, titles, countries
    std::string content;
    std::string problem;
  };
  const std::string actors = kActorsHeader;
  const std::string roles = kRolesHeader;
  const std::vector<Row> rows = {
      {"actors", actors + "bad id\tperson\tX\tاكس\t\t\t\n", "more.tsv:2: id 'bad id' is not [A-Z][A-Z0-9_]*; row skipped"},
      {"actors", actors + "X\tpersonage\tX\tاكس\t\t\t\n",
       "more.tsv:2: unknown kind 'personage' (state, person, government, military, armed_group, "
       "party, organisation, ministry, city, territory); row skipped"},
      {"actors", actors + "X\tperson\tX\t\t\t\t\n", "more.tsv:2: name_en and name_ar are required; row skipped"},
      {"actors", actors + "X\tperson\tX\tX\t\t\t\n", "more.tsv:2: name_ar 'X' is not in Arabic script; row skipped"},
      {"actors", actors + "X\tperson\tX\tاكس\t\tZZZ\t\n",
       "more.tsv:2: country 'ZZZ' is not an ISO 3166 alpha-3 code ICU knows; row skipped"},
      {"actors", actors + "X\tperson\tX\tاكس\t\t\tP5\n", "more.tsv:2: wikidata 'P5' is not a Q-id; row skipped"},
      {"actors", actors + "HAFTAR\tperson\tX\tاكس\t\t\t\n", "more.tsv:2: id 'HAFTAR' is defined twice; row skipped"},
      {"actors", actors + "X\tperson\tX\tاكس\t\t\t\t\textra\n",
       "more.tsv:2: row has 9 fields, the header 7; row skipped"},
      {"actors", "id\tkind\n", "more.tsv:1: header must be 'id<TAB>kind<TAB>name_en<TAB>name_ar<TAB>aliases<TAB>"
                                "country<TAB>wikidata', not 'id<TAB>kind'; the file is not loaded"},
      {"actors", "# only a comment\n", "more.tsv: no header row; expected 'id<TAB>kind<TAB>name_en<TAB>name_ar<TAB>"
                                         "aliases<TAB>country<TAB>wikidata'"},
      {"actors", actors + "X\tperson\tX\t\xD8\t\t\t\n", "more.tsv:2: byte 60: invalid UTF-8; row skipped"},
      {"roles", roles + "NOBODY\tleads\tLBY\thead_of_state\t\t\n", "roles.tsv:2: unknown person 'NOBODY'; row skipped"},
      {"roles", roles + "LBY_LNA\tleads\tLBY\thead_of_state\t\t\n", "roles.tsv:2: 'LBY_LNA' is not a person; row skipped"},
      {"roles", roles + "LBY_LNA\tleads\tLBY\tlead_state\t\t\n",
       "roles.tsv:2: 'LBY_LNA' is no state, which lead_state needs; row skipped"},
      {"roles", roles + "HAFTAR\tmember_of\tLBY\tbranch\t\t\n",
       "roles.tsv:2: 'HAFTAR': position branch is for a body (not a person or state) that is member_of another; row skipped"},
      {"roles", roles + "LBY_LNA\tleads\tLBY\taffiliate\t\t\n",
       "roles.tsv:2: 'LBY_LNA': position affiliate is for a body (not a person or state) that is member_of another; row skipped"},
      {"roles", roles + "HAFTAR\truns\tLBY\thead_of_state\t\t\n",
       "roles.tsv:2: relation must be 'leads' or 'member_of', not 'runs'; row skipped"},
      {"roles", roles + "HAFTAR\tleads\tNOWHERE\thead_of_state\t\t\n", "roles.tsv:2: unknown org 'NOWHERE'; row skipped"},
      {"roles", roles + "HAFTAR\tleads\tLBY\tking\t\t\n", "roles.tsv:2: unknown position 'king'; row skipped"},
      {"roles", roles + "HAFTAR\tleads\tLBY\tleader\t2014-13\t\n",
       "roles.tsv:2: start '2014-13' is not an ISO date; row skipped"},
      {"roles", roles + "HAFTAR\tleads\tLBY\tleader\t\t2020-01-01T10:00\n",
       "roles.tsv:2: end '2020-01-01T10:00' is not an ISO date; row skipped"},
      {"roles", roles + "HAFTAR\tleads\tLBY\tleader\t2020\t2019\n", "roles.tsv:2: start is after end; row skipped"},
      {"titles", "lang\ttitle\tposition\nfr\tle chef\tleader\n", "titles.tsv:2: lang must be 'ar' or 'en'; row skipped"},
      {"titles", "lang\ttitle\tposition\nen\tchief\tking\n", "titles.tsv:2: unknown position 'king'; row skipped"},
      {"titles", "lang\ttitle\tposition\nen\t...\tleader\n", "titles.tsv:2: empty title; row skipped"},
      {"countries", "code\tcapital_en\tcapital_ar\tdemonym_en\tdemonym_ar\taliases\nXX\t\t\t\t\t\n",
       "countries.tsv:2: unknown ISO 3166 code 'XX' (expected a two-letter code ICU knows); row skipped"},
      {"countries", "code\tcapital_en\tcapital_ar\tdemonym_en\tdemonym_ar\taliases\nLY\tTripoli\tطرابلس\tLibyan\tLibyan\t\n",
       "countries.tsv:2: demonym_ar 'Libyan' is not in Arabic script; ignored"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.content);
    Loaded l;
    if (r.file == "actors") {
      Load(&l, r.content);
    } else if (r.file == "roles") {
      Load(&l, "", r.content);
    } else if (r.file == "titles") {
      Load(&l, "", "", r.content);
    } else {
      Load(&l, "", "", "", r.content);
    }
    REQUIRE(l.problems.size() == 1);
    CHECK(l.problems[0].ToString() == r.problem);
    // The other files and rows are loaded all the same.
    CHECK(l.lexicon.FindById("HAFTAR") != kNoActor);
    CHECK(l.lexicon.FindById("X") == kNoActor);
  }
}

TEST_CASE("lexicon: a bad byte or a control character costs its row, not the file") {
  Loaded l;
  Load(&l, std::string(kActorsHeader) + "X\tperson\tX\t\xD8\t\t\t\n" +
               "Y\tperson\tWhy\tواي\t\t\t\n" + "Z\tperson\tZ\x01" "ed\tزد\t\t\t\n" +
               "W\tperson\tDouble U\tدبليو\t\t\t\n");
  REQUIRE(l.problems.size() == 2);
  CHECK(l.problems[0].ToString() == "more.tsv:2: byte 60: invalid UTF-8; row skipped");
  CHECK(l.problems[1].ToString() == "more.tsv:4: byte 98: a control character; row skipped");
  CHECK(l.lexicon.FindById("X") == kNoActor);
  CHECK(l.lexicon.FindById("Z") == kNoActor);
  CHECK(l.lexicon.FindById("Y") != kNoActor);
  CHECK(l.lexicon.FindById("W") != kNoActor);
  // A bad header still keeps the whole file out: its columns are unknown.
  Loaded h;
  Load(&h, "id\tkind\xFF\n" "Y\tperson\tWhy\tواي\t\t\t\n");
  REQUIRE(h.problems.size() == 1);
  CHECK(h.problems[0].ToString() == "more.tsv:1: byte 7: invalid UTF-8 in the header; the file is not loaded");
}

TEST_CASE("lexicon: a name shared by two actors is a clash to report") {
  Loaded l;
  Load(&l, std::string(kActorsHeader) + "A_ONE\tperson\tSam Twin\tسام\t\t\t\nA_TWO\tperson\tSam Twin\tسامي\t\t\t\n");
  REQUIRE(l.problems.empty());
  std::vector<Status> clashes = l.lexicon.NameClashes();
  REQUIRE(clashes.size() == 1);
  CHECK(clashes[0].ToString() == "lexicon: name 'sam twin' stands for both A_ONE and A_TWO");
}

}  // namespace
}  // namespace tahaluf
