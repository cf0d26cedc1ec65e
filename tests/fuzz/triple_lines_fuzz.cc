// Fuzz target: triple lines (`extract` output), read into both graph
// models. Any bytes: the two models hold the same graph and report the same
// bad lines, and the graph file written from it reads back to the same
// bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/text.h"
#include "tahaluf/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tahaluf;
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  AllianceGraph graph;
  std::vector<Status> errors;
  ReadTripleLines(content, "fuzz.jsonl", &graph, &errors);
  TieIndexStager stager;
  std::vector<Status> staged_errors;
  stager.AddTripleLines(content, "fuzz.jsonl", &staged_errors);
  TieIndex index;
  FUZZ_CHECK(stager.Finish(&index).ok());
  FUZZ_CHECK(errors.size() == staged_errors.size());
  for (size_t k = 0; k < errors.size(); ++k) {
    FUZZ_CHECK(errors[k].ToString() == staged_errors[k].ToString());
  }
  const std::string json = GraphJson(index);
  FUZZ_CHECK(json == GraphJson(graph));
  FUZZ_CHECK(FindInvalidUtf8(json) == std::string::npos);
  TieIndex back;
  const Status s = IndexGraphJson(json, "written.json", &back);
  FUZZ_CHECK(s.ok());
  FUZZ_CHECK(GraphJson(back) == json);
  // A line that reads writes back as a line that reads the same.
  LineReader lines(content);
  for (Line l; lines.Next(&l);) {
    Triple t;
    if (!ParseTripleLine(l.text, &t).ok()) continue;
    const std::string written = TripleJson(t);
    Triple again;
    FUZZ_CHECK(ParseTripleLine(written, &again).ok());
    FUZZ_CHECK(TripleJson(again) == written);
  }
  return 0;
}
