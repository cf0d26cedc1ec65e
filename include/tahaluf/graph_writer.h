// Stage 5 (merge), output side for large graphs: a TieIndex written as a
// graph file, byte for byte what GraphJson (serialize.h) writes for the
// same graph, handed out in pieces so that a graph of a million ties needs
// no second copy of itself in memory.
//
// Usage:
//   tahaluf::TieIndexStager stager;            // tie_index.h
//   stager.AddTripleLines(bytes, "t.jsonl", &errors);
//   tahaluf::TieIndex index;
//   stager.Finish(&index);
//   tahaluf::WriteGraphJson(index, [&](std::string_view piece) { out.write(piece.data(), piece.size()); });
#ifndef TAHALUF_GRAPH_WRITER_H_
#define TAHALUF_GRAPH_WRITER_H_

#include <functional>
#include <string>
#include <string_view>

#include "tahaluf/tie_index.h"

namespace tahaluf {

// Calls `sink` with consecutive pieces (about 1 MB each) of the graph file,
// always on the calling thread (two more threads make the pieces of the
// edges, in the same bytes as one would).
void WriteGraphJson(const TieIndex& index, const std::function<void(std::string_view)>& sink);

// The whole graph file as one string.
std::string GraphJsonOf(const TieIndex& index);

}  // namespace tahaluf

#endif  // TAHALUF_GRAPH_WRITER_H_
