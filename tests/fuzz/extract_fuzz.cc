// Fuzz target: the whole extract path, with the shipped knowledge. The
// first byte picks the language ("ar", "en", or detected) and the date
// (one with a weekday to resolve against, or none); the rest is the
// document's text. Any text: extraction finishes, every triple's spans lie
// in the text, its line (TripleJson) reads back as the same line, and the
// graph of all of them reads back as it was written.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "tahaluf/extract.h"
#include "tahaluf/files.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tahaluf;
  static const std::unique_ptr<Knowledge> knowledge = [] {
    auto k = std::make_unique<Knowledge>();
    std::vector<Status> problems;
    FUZZ_CHECK(LoadKnowledge(TAHALUF_SOURCE_DIR "/data", k.get(), &problems).ok());
    FUZZ_CHECK(problems.empty());
    return k;
  }();
  static const Extractor extractor(knowledge->lexicon, knowledge->grammar);
  if (size == 0) return 0;
  Document doc;
  doc.id = "fuzz";
  doc.origin = "fuzz.txt";
  doc.lang = data[0] % 3 == 0 ? "ar" : data[0] % 3 == 1 ? "en" : "";
  doc.date = data[0] & 4 ? "2025-03-05" : "";
  doc.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  if (!CheckDocument(&doc).ok()) return 0;  // not UTF-8, blank: the reader's to refuse
  const Extraction ex = extractor.Extract(doc);
  AllianceGraph graph;
  for (const Triple& t : ex.triples) {
    FUZZ_CHECK(t.begin <= t.end && t.end <= doc.text.size());
    FUZZ_CHECK(t.cue_begin <= t.cue_end && t.cue_end <= doc.text.size());
    const std::string line = TripleJson(t);
    FUZZ_CHECK(FindInvalidUtf8(line) == std::string::npos);
    Triple back;
    const Status s = ParseTripleLine(line, &back);
    FUZZ_CHECK(s.ok());
    FUZZ_CHECK(TripleJson(back) == line);
    graph.AddTriple(t);
  }
  const std::string json = GraphJson(graph);
  TieIndex index;
  FUZZ_CHECK(IndexGraphJson(json, "fuzz.json", &index).ok());
  FUZZ_CHECK(GraphJson(index) == json);
  return 0;
}
