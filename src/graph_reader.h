// Internal to graph I/O (graph_io.h): the one reader of graph files and the
// one reader of triple lines, shared by graph_reader.cc (which reads them
// into an AllianceGraph, a Triple or a TieIndex) and tie_index_stager.cc
// (which stages many of them into one TieIndex). Both read with JsonScanner
// (json_scanner.h) and keep strings as views of their input, or of decoded
// copies held in a list the caller owns.
#ifndef TAHALUF_SRC_GRAPH_READER_H_
#define TAHALUF_SRC_GRAPH_READER_H_

#include <cstdint>
#include <list>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "json_scanner.h"
#include "tahaluf/status.h"
#include "tahaluf/tie_index.h"

namespace tahaluf {

// Reads the parts of a graph file into a StagedGraph (tie_index.h).
// Syntax errors stop the scanner; errors of meaning (a node without an id,
// an id that comes twice or holds a control character, an unknown relation,
// a number that is not a whole number below 2^32) are recorded, the first
// one kept, and reading goes on, so a later syntax error is still the one
// reported.
class GraphFileReader {
 public:
  explicit GraphFileReader(std::string_view content) : scan(content, &staged.storage) {}

  StagedGraph staged;  // declared first: `scan` decodes into its storage
  JsonScanner scan;
  std::string semantic_error;
  size_t semantic_offset = Status::kNoPosition;
  // Each node's number by id: an id may come once in a file.
  std::unordered_map<std::string_view, size_t> node_numbers;

  bool ReadNode();
  bool ReadEdge();
  // Edge objects from `start` (a '{') to the end of the edges array; true,
  // with *end just past its ']', when all of them read without any error.
  bool ReadEdgesFrom(size_t start, size_t* end);

 private:
  bool ReadEvidence();
  // Records an error of meaning (the first one), at `offset` or, by
  // default, where the scanner is; true, so that reading goes on.
  bool FailGraph(const std::string& message, size_t offset = Status::kNoPosition);
};

// Reads the graph file `content` into `reader` (made on `content`). Errors
// are kGraph, naming `source` and, where known, the byte offset. A large
// file is read by two threads, with the result and errors of one.
Status ReadGraphFile(std::string_view content, std::string_view source, GraphFileReader& reader);

// Fails, as BuildTieIndex would, when an edge of a graph file names an
// actor its nodes do not hold: what is read into an AllianceGraph or
// staged with other files is checked on its own first.
Status CheckEdgesNameNodes(const StagedGraph& staged, std::string_view source);

// One triple line as read: views of the line or of decoded copies.
struct TripleLineView {
  IndexNode actor[2];                 // subject, object; aliases index `aliases`
  std::string_view surface[2];
  std::vector<std::string_view> aliases;
  const RelationInfo* relation = nullptr;
  bool negated = false;
  IndexEvidence evidence;             // surfaces and day left empty
  std::string_view derivation;
  std::string_view construction;
  uint32_t cue_begin = 0, cue_end = 0;
};

// Told each actor's id as soon as ScanTripleLine has read it (the stager
// fetches the actor's slot while the rest of the line is read).
class ActorIdObserver {
 public:
  virtual void ActorId(int side, std::string_view id) = 0;

 protected:
  ~ActorIdObserver() = default;
};

// Reads one line of `extract` output into `out` (its aliases cleared
// first); false, with *error, when the line is not a triple ("not JSON:
// ...", no subject or object with an id, an unknown relation). Strings that
// had escapes are decoded into `decoded`.
bool ScanTripleLine(std::string_view line, std::list<std::string>* decoded, TripleLineView* out,
                    std::string* error, ActorIdObserver* observer = nullptr);

}  // namespace tahaluf

#endif  // TAHALUF_SRC_GRAPH_READER_H_
