// The corpus stage: a corpus's documents through extraction into one graph,
// and the graphs of its parts joined into the graph of the whole.
//
// A corpus too large for one process is cut into parts, each a run of
// consecutive documents. Each part's graph file is built on its own
// (BuildGraphJson) and the parts' files are joined in corpus order
// (JoinGraphParts, merge.h), all at once or pairwise in any tree: joining is
// associative, and the result is byte for byte what BuildGraphJson writes
// for all the documents at once. This rests on how a graph takes in
// facts: the first non-empty name of an actor and the first of two equal
// pieces of evidence stay, aliases are unioned. Joining keeps the order it
// is given, so "first" means the earliest document, as in one build;
// MergeGraphFiles (merge.h) instead orders its inputs by their bytes, so
// that graphs with no order between them merge the same in any order.
//
// Usage:
//   tahaluf::Extractor extractor(knowledge.lexicon, knowledge.grammar);
//   std::string a = tahaluf::BuildGraphJson(first_half, extractor);
//   std::string b = tahaluf::BuildGraphJson(second_half, extractor);
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
#include "tahaluf/merge.h"

namespace tahaluf {

// Extracts each document in turn and adds its triples to `graph`
// (AllianceGraph::AddTriple: negated ones add nothing); `after_each`, when
// given, is called after every document (a progress display).
void AddDocuments(const std::vector<Document>& docs, const Extractor& extractor,
                  AllianceGraph* graph, const std::function<void()>& after_each = {});

// The graph file (GraphJson) of `docs`, as `tahaluf build` writes it.
std::string BuildGraphJson(const std::vector<Document>& docs, const Extractor& extractor);

}  // namespace tahaluf

#endif  // TAHALUF_CORPUS_H_
