// Shared by the tests: a knowledge base made of the project's own cue,
// title and country files plus a small fixed actor list (so tests do not
// move when the curated actors.tsv grows), and a compact dump of triples.
#ifndef TAHALUF_TESTS_TEST_UTIL_H_
#define TAHALUF_TESTS_TEST_UTIL_H_

#include <algorithm>
#include <string>
#include <vector>

#include "tahaluf/extract.h"
#include "tahaluf/files.h"
#include "tahaluf/relations.h"

namespace tahaluf::testing {

inline std::string DataPath(const std::string& name) {
  return std::string(TAHALUF_SOURCE_DIR) + "/data/" + name;
}

// Actors the extraction tests use; roles dated so that titles resolve.
constexpr const char* kTestActors =
    "id\tkind\tname_en\tname_ar\taliases\tcountry\twikidata\n"
    "HAFTAR\tperson\tKhalifa Haftar\tخليفة حفتر\tHaftar|حفتر\tLBY\t\n"
    "SADDAM_HAFTAR\tperson\tSaddam Haftar\tصدام حفتر\t\tLBY\t\n"
    "SISI\tperson\tAbdel Fattah el-Sisi\tعبد الفتاح السيسي\tSisi|السيسي\tEGY\t\n"
    "SHEHBAZ_SHARIF\tperson\tShehbaz Sharif\tشهباز شريف\t\tPAK\t\n"
    "MUNIR\tperson\tAsim Munir\tعاصم منير\t\tPAK\t\n"
    "MBS\tperson\tMohammed bin Salman\tمحمد بن سلمان\tMBS\tSAU\t\n"
    "BURHAN\tperson\tAbdel Fattah al-Burhan\tعبد الفتاح البرهان\tBurhan|البرهان\tSDN\t\n"
    "LBY_LNA\tmilitary\tLibyan National Army\tالجيش الوطني الليبي\tLNA\tLBY\t\n"
    "PAK_ARMY\tmilitary\tPakistan Army\tالجيش الباكستاني\tPakistani army\tPAK\t\n"
    "SAF\tmilitary\tSudanese Armed Forces\tالقوات المسلحة السودانية\tSAF|الجيش السوداني|Sudanese army\tSDN\t\n"
    "RSF\tarmed_group\tRapid Support Forces\tقوات الدعم السريع\tRSF|الدعم السريع\tSDN\t\n"
    "UN\torganisation\tUnited Nations\tالأمم المتحدة\tUN\t\t\n"
    "BENGHAZI\tcity\tBenghazi\tبنغازي\t\tLBY\t\n"
    // (A name that opens with a title, as the curated list has some.)
    "PUTIN\tperson\tVladimir Putin\tفلاديمير بوتين\tPutin|President Vladimir Putin|بوتين\tRUS\t\n"
    "SPLM_N\tarmed_group\tSudan People's Liberation Movement-North\tالحركة الشعبية لتحرير السودان - شمال\tSPLM-N\tSDN\t\n"
    "MOHAMMED_VI\tperson\tMohammed VI\tمحمد السادس\tKing Mohammed VI|العاهل المغربي الملك محمد السادس\tMAR\t\n"
    "YEVKUROV\tperson\tYunus-Bek Yevkurov\tيونس بك يفكوروف\tYevkurov|يفكوروف\tRUS\t\n"
    "NASRALLAH\tperson\tHassan Nasrallah\tحسن نصرالله\tNasrallah|نصرالله\tLBN\t\n"
    "TAMIM\tperson\tTamim bin Hamad Al Thani\tتميم بن حمد آل ثاني\tTamim|Emir Tamim|Sheikh Tamim bin Hamad Al Thani|أمير قطر تميم بن حمد\tQAT\t\n"
    "ISIS\tarmed_group\tIslamic State\tتنظيم الدولة الإسلامية\tISIS|داعش|تنظيم داعش\t\t\n"
    "POLISARIO\tarmed_group\tPolisario Front\tجبهة البوليساريو\tPolisario\t\t\n"
    "SYR_OPP\tarmed_group\tSyrian opposition\tالمعارضة السورية\tSyrian rebels\tSYR\t\n"
    "LBY_HOR\tgovernment\tLibyan House of Representatives\tمجلس النواب الليبي\tHoR|Libyan parliament\tLBY\t\n"
    "RYABKOV\tperson\tSergei Ryabkov\tسيرغي ريابكوف\tRyabkov\tRUS\t\n"
    "COALITION\tmilitary\tSaudi-led coalition\tالتحالف بقيادة السعودية\tArab coalition|التحالف العربي\t\t\n"
    "GLOBAL_COALITION\tmilitary\tGlobal Coalition against Daesh\tالتحالف الدولي ضد داعش\tU.S.-led coalition\t\t\n"
    "SAU_MFA\tministry\tSaudi Ministry of Foreign Affairs\tوزارة الخارجية السعودية\tSaudi foreign ministry\tSAU\t\n"
    "FAISAL_BF\tperson\tFaisal bin Farhan\tفيصل بن فرحان\tFaisal bin Farhan Al Saud\tSAU\t\n"
    "BERRI\tperson\tNabih Berri\tنبيه بري\tBerri\tLBN\t\n"
    "RAISI\tperson\tEbrahim Raisi\tإبراهيم رئيسي\tRaisi|رئيسي\tIRN\t\n"
    "ZAYANI\tperson\tAbdullatif al-Zayani\tعبد اللطيف الزياني\tالزياني\tBHR\t\n"
    "GCC\torganisation\tGulf Cooperation Council\tمجلس التعاون لدول الخليج العربية\tمجلس التعاون\t\t\n";

constexpr const char* kTestRoles =
    "person\trelation\torg\tposition\tstart\tend\n"
    "HAFTAR\tleads\tLBY_LNA\tcommander\t2014-05\t\n"
    "SADDAM_HAFTAR\tmember_of\tLBY_LNA\tdeputy_commander\t2021\t\n"
    "SISI\tleads\tEGY\thead_of_state\t2014-06-08\t\n"
    "SHEHBAZ_SHARIF\tleads\tPAK\thead_of_government\t2022-04-11\t2023-08-14\n"
    "SHEHBAZ_SHARIF\tleads\tPAK\thead_of_government\t2024-03-04\t\n"
    "MUNIR\tleads\tPAK_ARMY\tarmy_chief\t2022-11-29\t\n"
    "MBS\tmember_of\tSAU\tcrown_prince\t2017-06-21\t\n"
    "BURHAN\tleads\tSAF\tarmy_chief\t2018\t\n"
    "TAMIM\tleads\tQAT\thead_of_state\t2013-06-25\t\n"
    "RYABKOV\tmember_of\tRUS\tminister\t2008-08\t\n"
    "SAU\tleads\tCOALITION\tlead_state\t2015-03-26\t\n"
    "RSF\tmember_of\tSAF\taffiliate\t2013\t2023-04-14\n"
    "FAISAL_BF\tleads\tSAU_MFA\tforeign_minister\t2019-10-23\t\n"
    "BERRI\tleads\tLBN\tspeaker\t1992-10-20\t\n"
    "PUTIN\tleads\tRUS\thead_of_state\t2012-05-07\t\n"
    "RAISI\tleads\tIRN\thead_of_state\t2021-08-03\t2024-05-19\n"
    "ZAYANI\tleads\tGCC\tsecretary_general\t2011-04-01\t2020-01-31\n";

inline Knowledge& TestKnowledge() {
  static Knowledge* k = [] {
    auto* out = new Knowledge;
    std::vector<Status> problems;
    std::string countries, titles, cues, words, constructions;
    REQUIRE(ReadFile(DataPath("countries.tsv"), &countries).ok());
    REQUIRE(ReadFile(DataPath("titles.tsv"), &titles).ok());
    REQUIRE(ReadFile(DataPath("cues.tsv"), &cues).ok());
    REQUIRE(ReadFile(DataPath("words.tsv"), &words).ok());
    REQUIRE(ReadFile(DataPath("constructions.tsv"), &constructions).ok());
    out->lexicon.AddIcuCountries();
    out->lexicon.AddCountries(countries, "countries.tsv", &problems);
    out->lexicon.AddActors(kTestActors, "test actors", &problems);
    out->lexicon.AddRoles(kTestRoles, "test roles", &problems);
    out->lexicon.AddTitles(titles, "titles.tsv", &problems);
    out->lexicon.Finalize();
    out->grammar.words.Add(words, "words.tsv", &problems);
    out->grammar.cues.Add(cues, "cues.tsv", &problems);
    out->grammar.constructions.Add(constructions, "constructions.tsv", &problems);
    for (const Status& p : problems) MESSAGE(p.ToString());
    REQUIRE(problems.empty());
    return out;
  }();
  return *k;
}

inline Document MakeDoc(const std::string& text, const std::string& date = "2025-06-01") {
  Document d;
  d.id = "t";
  d.text = text;
  d.date = date;
  d.lang = DetectLanguage(text);
  return d;
}

// "SUBJ relation OBJ" lines, with " negated" / " hedged"; symmetric
// relations written with the smaller id first; sorted, unique.
inline std::vector<std::string> Dump(const std::string& text, bool with_roles = false,
                                     const std::string& date = "2025-06-01") {
  Knowledge& k = TestKnowledge();
  Extractor ex(k.lexicon, k.grammar);
  Extraction r = ex.Extract(MakeDoc(text, date));
  std::vector<std::string> out;
  for (const Triple& t : r.triples) {
    if (!with_roles && (t.derivation == "role" || t.derivation == "title")) continue;
    std::string s = r.ActorAt(k.lexicon, t.subject).id, o = r.ActorAt(k.lexicon, t.object).id;
    if (t.relation->symmetric && o < s) std::swap(s, o);
    std::string line = s + " " + std::string(t.relation->name) + " " + o;
    if (t.negated) line += " negated";
    if (t.hedged) line += " hedged";
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// "SUBJ relation OBJ ..." with a symmetric relation's ids in Dump's order
// (the smaller first), so that a line a test names may be written either
// way round and still be one the output can hold.
inline std::string Canonical(const std::string& line) {
  const size_t a = line.find(' ');
  const size_t b = a == std::string::npos ? a : line.find(' ', a + 1);
  if (b == std::string::npos) return line;
  const size_t c = line.find(' ', b + 1);
  const RelationInfo* r = FindRelation(line.substr(a + 1, b - a - 1));
  std::string s = line.substr(0, a), o = line.substr(b + 1, c == std::string::npos ? c : c - b - 1);
  if (r == nullptr || !r->symmetric || !(o < s)) return line;
  return o + " " + std::string(r->name) + " " + s + (c == std::string::npos ? "" : line.substr(c));
}

inline bool Has(const std::vector<std::string>& v, const std::string& line) {
  return std::find(v.begin(), v.end(), Canonical(line)) != v.end();
}

inline std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += "\n  " + x;
  return s;
}

}  // namespace tahaluf::testing

#endif  // TAHALUF_TESTS_TEST_UTIL_H_
