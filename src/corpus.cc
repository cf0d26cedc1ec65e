#include "tahaluf/corpus.h"

#include "tahaluf/graph_io.h"

namespace tahaluf {

void AddDocuments(const std::vector<Document>& docs, const Extractor& extractor,
                  AllianceGraph* graph, const std::function<void()>& after_each) {
  for (const Document& doc : docs) {
    for (const Triple& t : extractor.Extract(doc).triples) graph->AddTriple(t);
    if (after_each) after_each();
  }
}

std::string BuildGraphJson(const std::vector<Document>& docs, const Extractor& extractor) {
  AllianceGraph graph;
  AddDocuments(docs, extractor, &graph);
  return GraphJson(graph);
}

}  // namespace tahaluf
