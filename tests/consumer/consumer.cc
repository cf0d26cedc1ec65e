// Runs the pipeline in-process from an installed tahaluf: one Arabic
// sentence in, the triple out, a graph built, exit 0 only when it worked.
#include <iostream>

#include "tahaluf/extract.h"
#include "tahaluf/files.h"
#include "tahaluf/graph.h"
#include "tahaluf/graph_io.h"

int main() {
  tahaluf::Knowledge k;
  std::vector<tahaluf::Status> problems;
  tahaluf::Status s = tahaluf::LoadKnowledge(TAHALUF_DATA_DIR, &k, &problems);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  tahaluf::Document doc;
  s = tahaluf::ParseTextDocument("consumer.txt", "التقى الرئيس المصري عبد الفتاح السيسي بخليفة حفتر في القاهرة.", &doc);
  if (!s.ok()) return 1;
  tahaluf::Extractor ex(k.lexicon, k.grammar);
  tahaluf::Extraction r = ex.Extract(doc);
  tahaluf::AllianceGraph g;
  for (const tahaluf::Triple& t : r.triples) {
    g.AddTriple(t);
    std::cout << tahaluf::TripleJson(t) << "\n";
  }
  bool meet = false;
  for (const tahaluf::Triple& t : r.triples) meet |= t.relation->name == "meet";
  std::cout << g.num_nodes() << " actors, " << g.num_edges() << " relations\n";
  return meet && g.num_edges() > 0 ? 0 : 1;
}
