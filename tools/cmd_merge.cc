// tahaluf merge: graph files into one, the same whatever their order.
#include <iostream>

#include "analytics_cli.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/merge.h"
#include "tahaluf/tie_index.h"

namespace tahaluf::cli {
namespace {

int RunMerge(const Args& args) {
  if (args.positional.empty()) {
    Report("merge: name the graph files to merge");
    return kExitUsage;
  }
  if (!args.Has("--output")) {
    Report("merge: name the graph file to write with -o (or '-o -' for stdout)");
    return kExitUsage;
  }
  std::vector<std::string> contents(args.positional.size());
  std::vector<GraphSource> sources;
  size_t bad = 0;
  for (size_t k = 0; k < args.positional.size(); ++k) {
    const std::string& path = args.positional[k];
    Status s = ReadFile(path, &contents[k]);
    if (!s.ok()) {
      Report(s);
      ++bad;
      continue;
    }
    sources.push_back({path == "-" ? "stdin" : path, contents[k]});
  }
  std::vector<Status> errors;
  const std::string merged = MergeGraphFiles(sources, &errors);
  for (const Status& e : errors) Report(e);
  bad += errors.size();
  FileIdentity written;
  if (!WriteOutput(args, merged, &written)) return kExitBadInput;
  // The index file the analytics commands load instead of the JSON.
  TieIndex index;
  const bool indexed = IndexGraphJson(merged, "merged", &index).ok();
  if (!UpdateIndexFile(args, indexed ? &index : nullptr, written)) ++bad;
  if (!args.Has("--quiet")) {
    std::cerr << "tahaluf: " << sources.size() - errors.size() << " graph file(s) -> "
              << index.num_nodes() << " actors, " << index.num_ties() << " relations";
    if (bad) std::cerr << "; " << bad << " file(s) skipped";
    std::cerr << "\n";
  }
  return bad ? kExitBadInput : kExitOk;
}

TAHALUF_COMMAND(Command{"merge", "merge GRAPH.json... -o GRAPH.json",
                        "Merge graph files into one; the result does not depend on their order.",
                        {OutputFlag(), NoIndexFlag(), QuietFlag()}, RunMerge});

}  // namespace
}  // namespace tahaluf::cli
