// Fuzz target: the knowledge loaders (data/*.tsv). The first byte picks
// the file (countries, actors, roles, titles, words, cues, constructions),
// the rest is its content; the lexicon files before it in loading order
// are the shipped ones (so roles and titles meet real actors). Any bytes:
// each problem names a file and a row in it, and the lexicon that results
// is whole (every actor findable by its id, every role's actors in range).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "tahaluf/files.h"
#include "tahaluf/grammar.h"
#include "tahaluf/lexicon.h"

namespace {

using namespace tahaluf;

constexpr const char* kNames[] = {"countries.tsv", "actors.tsv", "roles.tsv", "titles.tsv",
                                  "words.tsv",     "cues.tsv",   "constructions.tsv"};

std::string Shipped(int k) {
  std::string out;
  FUZZ_CHECK(ReadFile(std::string(TAHALUF_SOURCE_DIR "/data/") + kNames[k], &out).ok());
  return out;
}

// The lexicon as loaded before file k (0-3): ICU's countries, then the
// shipped files before k. Made once; each run starts from a copy.
const Lexicon& Before(int k) {
  static const std::vector<Lexicon> before = [] {
    std::vector<Lexicon> out(4);
    std::vector<Status> problems;
    out[0].AddIcuCountries();
    out[1] = out[0];
    out[1].AddCountries(Shipped(0), kNames[0], &problems);
    out[2] = out[1];
    out[2].AddActors(Shipped(1), kNames[1], &problems);
    out[3] = out[2];
    out[3].AddRoles(Shipped(2), kNames[2], &problems);
    FUZZ_CHECK(problems.empty());
    return out;
  }();
  return before[k];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int which = data[0] % 7;
  const std::string_view fuzzed(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<Status> problems;
  if (which <= 3) {
    Lexicon lexicon = Before(which);
    switch (which) {
      case 0: lexicon.AddCountries(fuzzed, kNames[0], &problems); break;
      case 1: lexicon.AddActors(fuzzed, kNames[1], &problems); break;
      case 2: lexicon.AddRoles(fuzzed, kNames[2], &problems); break;
      default: lexicon.AddTitles(fuzzed, kNames[3], &problems);
    }
    lexicon.Finalize();
    lexicon.NameClashes();
    for (ActorIndex a = 0; a < lexicon.size(); ++a) {
      FUZZ_CHECK(lexicon.FindById(lexicon.actor(a).id) == a);
    }
    for (const Role& r : lexicon.roles()) {
      FUZZ_CHECK(r.person < lexicon.size() && r.org < lexicon.size());
    }
  } else {
    Grammar grammar;
    switch (which) {
      case 4: grammar.words.Add(fuzzed, kNames[4], &problems); break;
      case 5: grammar.cues.Add(fuzzed, kNames[5], &problems); break;
      default: grammar.constructions.Add(fuzzed, kNames[6], &problems);
    }
  }
  for (const Status& p : problems) {
    FUZZ_CHECK(p.source() == kNames[which]);
    FUZZ_CHECK(p.line() != Status::kNoPosition || p.message().find("header") != std::string::npos);
  }
  return 0;
}
