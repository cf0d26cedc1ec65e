// tahaluf lexicon check: validates the knowledge directory.
#include <algorithm>
#include <iostream>

#include "cli.h"

namespace tahaluf::cli {
namespace {

int RunLexicon(const Args& args) {
  if (args.positional.size() != 1 || args.positional[0] != "check") {
    Report("lexicon: usage: tahaluf lexicon check [--lexicon DIR]");
    return kExitUsage;
  }
  size_t problems = 0;
  auto k = LoadKnowledgeOrReport(args, &problems);
  if (!k) return kExitBadInput;
  std::vector<Status> clashes = k->lexicon.NameClashes();
  std::vector<std::string> lines;
  for (const Status& s : clashes) lines.push_back(s.ToString());
  std::sort(lines.begin(), lines.end());
  for (const std::string& l : lines) std::cerr << "tahaluf: warning: " << l << "\n";
  size_t by_kind[16] = {};
  for (const Actor& a : k->lexicon.actors()) ++by_kind[static_cast<int>(a.kind)];
  std::cout << "actors: " << k->lexicon.size() << " (";
  for (int i = 0; i <= static_cast<int>(ActorKind::kTerritory); ++i) {
    std::cout << (i ? ", " : "") << ActorKindName(static_cast<ActorKind>(i)) << " " << by_kind[i];
  }
  std::cout << ")\nroles: " << k->lexicon.roles().size() << "\ntitles: " << k->lexicon.titles().size()
            << "\nwords: " << k->grammar.words.size() << "\ncues: " << k->grammar.cues.size()
            << "\nconstructions: " << k->grammar.constructions.size()
            << "\nname clashes: " << clashes.size() << "\n";
  return problems ? kExitBadInput : kExitOk;
}

TAHALUF_COMMAND(Command{"lexicon", "lexicon check [--lexicon DIR]",
                        "Validate the knowledge files: bad rows, unknown kinds, bad dates, "
                        "names shared by two actors.",
                        {LexiconFlag()}, RunLexicon});

}  // namespace
}  // namespace tahaluf::cli
