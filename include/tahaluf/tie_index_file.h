// Graph I/O, the index file: a TieIndex saved in a binary index
// file, so that a question about a large graph does not parse its JSON
// first. Parsing half a gigabyte of graph file takes most of a second;
// mapping its index file and laying out the arrays takes a tenth of that.
//
// The index file is a cache of one graph file: `tahaluf build` and `tahaluf
// merge` write GRAPH.json.tix next to GRAPH.json, `tahaluf index` writes it
// for a graph made elsewhere, and the analytics commands use it only while
// it still describes GRAPH.json (same size, modification time and inode,
// which it records); otherwise they read the JSON. It holds everything the index
// needs (actors, ties, evidence, arcs and their strings), so it can be read
// without the graph file, but the graph file stays the one to keep, share
// and read into other tools: the index file is derived, machine-specific
// (native byte order, recorded and checked) and safe to delete.
//
// Layout: a header (magic, version, byte-order mark, the graph file's stamp,
// counts and section offsets), then fixed-size records (relation names,
// actors, aliases, ties, evidence, arc offsets, arcs) whose strings are
// (offset, length) pairs into a section of string bytes, and last a 64-bit
// checksum of all that comes before it. Reading checks the checksum first
// (any damaged byte: an error), then every offset, count and actor or tie
// number, then the structure the algorithms rely on (TieIndex's promises:
// sorted ties and arcs that agree with them, each tie's run of evidence):
// a damaged, truncated or forged file is an error naming the section and
// byte offset, never a crash or a wrong answer.
//
// The stamp is the graph file as the process that wrote both saw it: taken
// from the file it wrote, before renaming it into place (files.h's
// FileIdentity), so that of several processes writing one graph file at
// once, each index file describes its own graph file, and all but the one
// whose graph file stays are stale.
//
// Usage:
//   tahaluf::GraphFileStamp stamp{size, mtime_ns, inode};
//   tahaluf::WriteTieIndexFile(index, stamp, [&](std::string_view piece) { out.Write(piece); });
//
//   tahaluf::TieIndex index;   // bytes: the mapped index file, kept alive
//   tahaluf::Status s = tahaluf::ReadTieIndexFile(bytes, "g.json.tix", stamp, &index);
//   if (s.code() == tahaluf::ErrorCode::kStale) ...  // read g.json instead
#ifndef TAHALUF_TIE_INDEX_FILE_H_
#define TAHALUF_TIE_INDEX_FILE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

#include "tahaluf/status.h"
#include "tahaluf/tie_index.h"

namespace tahaluf {

// Which graph file an index file was made from: its size in bytes, its
// modification time in nanoseconds since the epoch and its inode number (a
// graph file rewritten through a rename is a new inode, even within one
// tick of a coarse clock).
struct GraphFileStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t inode = 0;
  bool operator==(const GraphFileStamp&) const = default;
};

// Writes `index` as an index file for the graph file `stamp` describes,
// calling `sink` with consecutive pieces (about 1 MB each); holds no copy
// of the strings. Fails (kUsage, nothing written) when a string is too long
// for the format (16 MB) or the strings pass 1 TB.
Status WriteTieIndexFile(const TieIndex& index, const GraphFileStamp& stamp,
                         const std::function<void(std::string_view)>& sink);

// The checksum an index file ends with, of the bytes before it (for tools
// that check or mend one; the fuzz target seals what it mutates with it).
uint64_t TieIndexFileChecksum(std::string_view bytes);

// The stamp an index file records, or nullopt when `bytes` are not an index
// file of this version and byte order.
std::optional<GraphFileStamp> TieIndexFileStamp(std::string_view bytes);

// Reads an index file. kStale when it is not one this build can read
// (another version or byte order) or it was made from another graph file
// than `expected` (pass nullopt to accept any); kGraph, naming the section
// and byte offset, when it is damaged. On error `index` is unchanged. The
// index's strings point into `bytes`, which must outlive it.
Status ReadTieIndexFile(std::string_view bytes, std::string_view source,
                        const std::optional<GraphFileStamp>& expected, TieIndex* index);

}  // namespace tahaluf

#endif  // TAHALUF_TIE_INDEX_FILE_H_
