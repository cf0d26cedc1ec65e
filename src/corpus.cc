#include "tahaluf/corpus.h"

#include "tahaluf/graph_writer.h"
#include "tahaluf/serialize.h"
#include "tahaluf/tie_index.h"

namespace tahaluf {

void AddDocuments(const std::vector<Document>& docs, const Extractor& extractor,
                  const Lexicon& lexicon, AllianceGraph* graph,
                  const std::function<void()>& after_each) {
  for (const Document& doc : docs) {
    AddToGraph(doc, extractor.Extract(doc), lexicon, graph);
    if (after_each) after_each();
  }
}

std::string BuildGraphJson(const std::vector<Document>& docs, const Extractor& extractor,
                           const Lexicon& lexicon) {
  AllianceGraph graph;
  AddDocuments(docs, extractor, lexicon, &graph);
  return GraphJson(graph);
}

std::string JoinGraphParts(const std::vector<GraphSource>& parts, std::vector<Status>* errors) {
  TieIndexStager stager;
  for (const GraphSource& part : parts) {
    Status s = stager.AddGraphJson(part.content, part.name);
    if (!s.ok()) errors->push_back(s);
  }
  TieIndex index;
  Status s = stager.Finish(&index);
  if (!s.ok()) errors->push_back(s);
  return GraphJsonOf(index);
}

}  // namespace tahaluf
