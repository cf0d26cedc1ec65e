#include "tahaluf/merge.h"

#include <algorithm>

#include "tahaluf/graph_io.h"
#include "tahaluf/tie_index.h"

namespace tahaluf {

std::string MergeGraphFiles(const std::vector<GraphSource>& files, std::vector<Status>* errors) {
  std::vector<const GraphSource*> order;
  for (const GraphSource& f : files) order.push_back(&f);
  std::stable_sort(order.begin(), order.end(), [](const GraphSource* a, const GraphSource* b) {
    return a->content != b->content ? a->content < b->content : a->name < b->name;
  });
  TieIndexStager stager;
  for (const GraphSource* f : order) {
    Status s = stager.AddGraphJson(f->content, f->name);
    if (!s.ok()) errors->push_back(s);
  }
  TieIndex index;
  // Every file was checked on its own (AddGraphJson): its edges name its
  // own nodes, so this cannot fail on their account.
  Status s = stager.Finish(&index);
  if (!s.ok()) errors->push_back(s);
  return GraphJson(index);
}

}  // namespace tahaluf
