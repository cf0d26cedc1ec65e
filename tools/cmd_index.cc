// tahaluf index: the index file (GRAPH.json.tix) of graph files made
// elsewhere, so the analytics commands load them without parsing the JSON.
#include <iostream>

#include "analytics_cli.h"
#include "tahaluf/graph_io.h"

namespace tahaluf::cli {
namespace {

int RunIndex(const Args& args) {
  if (args.positional.empty()) {
    Report("index: name the graph files to index");
    return kExitUsage;
  }
  size_t bad = 0;
  for (const std::string& path : args.positional) {
    if (path == "-") {
      Report("index: standard input has no place for an index file; name a graph file");
      ++bad;
      continue;
    }
    MappedFile map;
    TieIndex index;
    Status s = map.Open(path, /*populate=*/true);
    if (s.ok()) s = IndexGraphJson(map.bytes(), path, &index);
    if (!s.ok()) {
      Report(s);
      ++bad;
      continue;
    }
    if (!WriteIndexFileFor(path, index, map.identity())) {
      ++bad;
      continue;
    }
    if (!args.Has("--quiet")) {
      std::cerr << "tahaluf: " << IndexFilePath(path) << ": " << index.num_nodes() << " actors, "
                << index.num_ties() << " relations, " << index.num_evidence()
                << " pieces of evidence\n";
    }
  }
  return bad ? kExitBadInput : kExitOk;
}

TAHALUF_COMMAND(Command{
    "index", "index GRAPH.json...",
    "Write GRAPH.json.tix, the index file the analytics commands load instead of parsing the "
    "graph (build and merge write it themselves).",
    {QuietFlag()}, RunIndex});

}  // namespace
}  // namespace tahaluf::cli
