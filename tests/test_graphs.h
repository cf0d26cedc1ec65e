// Shared by the export, formats, focus and report tests: small graphs built
// by hand, and helpers to run the tahaluf binary and read files.
#ifndef TAHALUF_TESTS_TEST_GRAPHS_H_
#define TAHALUF_TESTS_TEST_GRAPHS_H_

#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tahaluf/files.h"
#include "tahaluf/graph.h"
#include "tahaluf/relations.h"

namespace tahaluf::testing {

inline NodeInfo Node(std::string id, std::string name, std::string name_ar, std::string kind) {
  NodeInfo n;
  n.id = std::move(id);
  n.name = std::move(name);
  n.name_ar = std::move(name_ar);
  n.kind = std::move(kind);
  return n;
}

inline Evidence Ev(std::string doc, uint32_t sentence, std::string text, std::string date,
                   std::string lang = "en", bool hedged = false) {
  Evidence e;
  e.doc = std::move(doc);
  e.sentence = sentence;
  e.start = sentence * 100;
  e.end = e.start + static_cast<uint32_t>(text.size());
  e.text = std::move(text);
  e.date = std::move(date);
  e.lang = std::move(lang);
  e.hedged = hedged;
  return e;
}

inline const RelationInfo* Rel(std::string_view name) { return FindRelation(name); }

// Eight actors, eleven relations, fourteen pieces of evidence. Everything a
// writer can get wrong: quotes, a newline, a tab, markup characters, a
// comma, a backslash, Arabic, bidi marks (RLM, LRM, RLI/PDI), parallel
// relations between the same pair, symmetric and hedged relations, full,
// partial and missing dates.
inline void BuildTrickyGraph(AllianceGraph* g) {
  NodeInfo sau = Node("SAU", "Saudi Arabia", "المملكة العربية السعودية", "state");
  sau.wikidata = "Q851";
  sau.aliases = {"KSA", "السعودية"};
  NodeInfo irn = Node("IRN", "Iran", "إيران", "state");
  NodeInfo are = Node("ARE", "United Arab Emirates", "الإمارات", "state");
  NodeInfo haftar = Node("HAFTAR", "Khalifa Haftar", "خليفة حفتر", "person");
  NodeInfo lna = Node("LNA", "Libyan National Army", "الجيش الوطني الليبي", "military");
  NodeInfo rsf = Node("RSF", "Rapid Support Forces", "قوات الدعم السريع", "armed_group");
  NodeInfo odd = Node("Q\"X", "He said \"hi\"\nnext, <b>&amp;</b> \\n", "\u200fقال \"مرحبا\"\u200f \u2067حزب\u2069", "party");
  NodeInfo gcc = Node("GCC", "Gulf Cooperation Council", "مجلس التعاون الخليجي", "organisation");
  g->AddFact(sau, Rel("defense_pact"), are,
             Ev("a.txt", 1, "Saudi Arabia and the UAE signed a defence pact.", "2024-01-05"));
  g->AddFact(are, Rel("defense_pact"), sau,
             Ev("b.txt", 2, "وقعت السعودية والإمارات حلفا دفاعيا.", "2024-02-01", "ar"));
  g->AddFact(sau, Rel("accuse"), irn,
             Ev("a.txt", 3, "Riyadh accused Tehran of \"meddling\".\nIt said more.", "2024-01-05"));
  g->AddFact(irn, Rel("threaten"), sau, Ev("c.txt", 1, "Iran may threaten Saudi Arabia.", "2024-03", "en", true));
  g->AddFact(sau, Rel("strained_ties"), irn, Ev("c.txt", 2, "Ties between Riyadh and Tehran are strained.", "2024-03"));
  g->AddFact(are, Rel("support"), haftar, Ev("d.txt", 1, "The UAE backs Haftar.", "2023-11-20"));
  g->AddFact(are, Rel("support"), haftar, Ev("e.txt", 4, "الإمارات تدعم حفتر.", "2024-04-02", "ar"));
  g->AddFact(are, Rel("support"), haftar, Ev("f.txt", 2, "UAE support, reportedly.", ""));
  g->AddFact(haftar, Rel("leads"), lna, Ev("d.txt", 2, "Haftar leads the LNA.", "2023-11-20"));
  g->AddFact(are, Rel("supply_arms"), rsf, Ev("g.txt", 1, "The UAE supplied arms to the RSF.", "2024-05-01"));
  g->AddFact(odd, Rel("condemn"), sau,
             Ev("h \"quoted\".txt", 1, "Tab\there, \u200fbidi\u200e marks, <tags> & a\\backslash.", "2024-06-01"));
  g->AddFact(sau, Rel("member_of"), gcc, Ev("a.txt", 5, "Saudi Arabia is a GCC member.", "2024"));
  g->AddFact(rsf, Rel("clash"), lna, Ev("i.txt", 1, "اشتبكت قوات الدعم السريع مع الجيش.", "2024-02", "ar"));
  g->AddFact(irn, Rel("visit"), are, Ev("j.txt", 1, "Iran's foreign minister visited Abu Dhabi.", "2024-07-09"));
}

// A fresh folder, removed when the test program ends (kept when
// TAHALUF_KEEP_TEST_FILES=1, to look at what a test wrote).
inline std::string TempDir() {
  struct Folders {
    std::vector<std::string> paths;
    ~Folders() {
      const char* keep = std::getenv("TAHALUF_KEEP_TEST_FILES");
      if (keep && *keep == '1') return;
      std::error_code ignored;
      for (const std::string& p : paths) std::filesystem::remove_all(p, ignored);
    }
  };
  static Folders folders;
  char tmpl[] = "/tmp/tahaluf-test-XXXXXX";
  char* dir = mkdtemp(tmpl);
  REQUIRE(dir != nullptr);
  folders.paths.emplace_back(dir);
  return dir;
}

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

inline std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs `command` through the shell with stdout and stderr captured in files.
inline CommandResult Run(const std::string& command) {
  static int counter = 0;
  std::string base = "/tmp/tahaluf-test-run-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  int status = std::system((command + " >" + base + ".out 2>" + base + ".err").c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(base + ".out");
  r.err = Slurp(base + ".err");
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

inline bool HaveProgram(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace tahaluf::testing

#endif  // TAHALUF_TESTS_TEST_GRAPHS_H_
