// The merge stage for whole graphs: several graph files into one, with the
// same result whatever order they are given in. Merging keeps the first
// non-empty name it sees for an actor and the first of two pieces of
// evidence that are the same (same document, span and surfaces), as
// AllianceGraph::Merge does, so the files are merged in an order fixed by
// their content (byte order, then source name), not by the command line.
//
// The files are then joined in that order by JoinGraphParts: merged
// through a TieIndexStager and written by WriteGraphJson (graph_io.h), the
// bytes GraphJson would write for the AllianceGraph of the same merge,
// without building it.
//
// Usage:
//   std::vector<tahaluf::GraphSource> files = {{"a.json", bytes_a}, {"b.json", bytes_b}};
//   std::vector<tahaluf::Status> errors;
//   std::string merged = tahaluf::MergeGraphFiles(files, &errors);
//   std::string joined = tahaluf::JoinGraphParts(files, &errors);  // in this order
#ifndef TAHALUF_MERGE_H_
#define TAHALUF_MERGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/status.h"

namespace tahaluf {

struct GraphSource {
  std::string name;          // for messages: a file name
  std::string_view content;  // the graph file's bytes
};

// The merge of every file that reads as a graph, as a graph file; a file
// that does not adds its Status (kGraph, as IndexGraphJson reports it) to
// `errors` and is left out whole.
std::string MergeGraphFiles(const std::vector<GraphSource>& files, std::vector<Status>* errors);

// The graph file of the parts taken in the order given, joined as
// AllianceGraph::Merge would join them (a corpus's parts in corpus order:
// corpus.h). A part that does not read as a graph adds its Status (kGraph)
// to `errors` and is left out whole.
std::string JoinGraphParts(const std::vector<GraphSource>& parts, std::vector<Status>* errors);

}  // namespace tahaluf

#endif  // TAHALUF_MERGE_H_
