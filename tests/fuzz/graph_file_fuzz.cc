// Fuzz target: graph files, read into both graph models and by the stager.
// Any bytes: the three readers agree on the error or on the graph, the
// graph file written from it reads back to the same bytes, and the files
// for other tools (GraphML, GEXF, node-link JSON, DOT) are valid UTF-8;
// every analytics question is answered.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "fuzz_queries.h"
#include "tahaluf/export.h"
#include "tahaluf/formats.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tahaluf;
  const std::string content(reinterpret_cast<const char*>(data), size);
  AllianceGraph graph;
  const Status read = ReadGraphJson(content, "fuzz.json", &graph);
  TieIndex index;
  const Status indexed = IndexGraphJson(content, "fuzz.json", &index);
  TieIndexStager stager;
  const Status staged = stager.AddGraphJson(content, "fuzz.json");
  FUZZ_CHECK(read.ToString() == indexed.ToString());
  FUZZ_CHECK(staged.ToString() == indexed.ToString());
  FUZZ_CHECK(read.offset() == Status::kNoPosition || read.offset() <= size);
  if (!read.ok()) {
    FUZZ_CHECK(graph.num_nodes() == 0 && index.num_nodes() == 0);
    return 0;
  }
  const std::string json = GraphJson(graph);
  FUZZ_CHECK(json == GraphJson(index));
  TieIndex from_stager;
  FUZZ_CHECK(stager.Finish(&from_stager).ok());
  FUZZ_CHECK(GraphJson(from_stager) == json);
  TieIndex back;
  FUZZ_CHECK(IndexGraphJson(json, "written.json", &back).ok());
  FUZZ_CHECK(GraphJson(back) == json);
  for (const std::string& out : {json, GraphMl(graph), Gexf(graph), NodeLinkJson(graph), EventsTsv(graph)}) {
    FUZZ_CHECK(FindInvalidUtf8(out) == std::string::npos);
  }
  fuzz::AskEverything(index);
  if (graph.num_nodes() <= 64) {
    std::string dot;
    FUZZ_CHECK(WriteDot(graph, DotOptions(), &dot).ok());
    FUZZ_CHECK(FindInvalidUtf8(dot) == std::string::npos);
  }
  return 0;
}
