#include "tahaluf/merge.h"

#include <algorithm>

#include "tahaluf/graph_io.h"
#include "tahaluf/tie_index.h"

namespace tahaluf {

std::string MergeGraphFiles(const std::vector<GraphSource>& files, std::vector<Status>* errors) {
  std::vector<GraphSource> order = files;
  std::stable_sort(order.begin(), order.end(), [](const GraphSource& a, const GraphSource& b) {
    return a.content != b.content ? a.content < b.content : a.name < b.name;
  });
  return JoinGraphParts(order, errors);
}

std::string JoinGraphParts(const std::vector<GraphSource>& parts, std::vector<Status>* errors) {
  TieIndexStager stager;
  for (const GraphSource& part : parts) {
    Status s = stager.AddGraphJson(part.content, part.name);
    if (!s.ok()) errors->push_back(s);
  }
  TieIndex index;
  // Every part was checked on its own (AddGraphJson): its edges name its
  // own nodes, so this cannot fail on their account.
  Status s = stager.Finish(&index);
  if (!s.ok()) errors->push_back(s);
  return GraphJson(index);
}

}  // namespace tahaluf
