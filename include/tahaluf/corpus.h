// Stage 5 (merge), for a corpus: its documents through extraction into one
// graph, and the graphs of its parts joined into the graph of the whole.
//
// A corpus too large for one process is cut into parts, each a run of
// consecutive documents. Each part's graph file is built on its own
// (BuildGraphJson) and the parts' files are joined in corpus order
// (JoinGraphParts), all at once or pairwise in any tree: joining is
// associative, and the result is byte for byte what BuildGraphJson writes
// for all the documents at once. This rests on how a graph takes in
// facts: the first non-empty name of an actor and the first of two equal
// pieces of evidence stay, aliases are unioned. Joining keeps the order it
// is given, so "first" means the earliest document, as in one build;
// MergeGraphFiles (merge.h) instead orders its inputs by their bytes, so
// that graphs with no order between them merge the same in any order.
//
// Usage:
//   tahaluf::Extractor extractor(knowledge.lexicon, knowledge.cues);
//   std::string a = tahaluf::BuildGraphJson(first_half, extractor, knowledge.lexicon);
//   std::string b = tahaluf::BuildGraphJson(second_half, extractor, knowledge.lexicon);
//   std::vector<tahaluf::Status> errors;
//   std::string whole = tahaluf::JoinGraphParts({{"part 1", a}, {"part 2", b}}, &errors);
#ifndef TAHALUF_CORPUS_H_
#define TAHALUF_CORPUS_H_

#include <functional>
#include <string>
#include <vector>

#include "tahaluf/document.h"
#include "tahaluf/extract.h"
#include "tahaluf/graph.h"
#include "tahaluf/lexicon.h"
#include "tahaluf/merge.h"
#include "tahaluf/status.h"

namespace tahaluf {

// Extracts each document in turn and adds its non-negated triples to
// `graph` (AddToGraph); `after_each`, when given, is called after every
// document (a progress display).
void AddDocuments(const std::vector<Document>& docs, const Extractor& extractor,
                  const Lexicon& lexicon, AllianceGraph* graph,
                  const std::function<void()>& after_each = {});

// The graph file (GraphJson) of `docs`, as `tahaluf build` writes it.
std::string BuildGraphJson(const std::vector<Document>& docs, const Extractor& extractor,
                           const Lexicon& lexicon);

// The graph file of the parts taken in the order given (see above). A part
// that does not read as a graph adds its Status (kGraph) to `errors` and is
// left out whole.
std::string JoinGraphParts(const std::vector<GraphSource>& parts, std::vector<Status>* errors);

}  // namespace tahaluf

#endif  // TAHALUF_CORPUS_H_
