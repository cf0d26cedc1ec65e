#include "tahaluf/merge.h"

#include <algorithm>

#include "tahaluf/corpus.h"

namespace tahaluf {

std::string MergeGraphFiles(const std::vector<GraphSource>& files, std::vector<Status>* errors) {
  std::vector<GraphSource> order = files;
  std::stable_sort(order.begin(), order.end(), [](const GraphSource& a, const GraphSource& b) {
    return a.content != b.content ? a.content < b.content : a.name < b.name;
  });
  // Every file is checked on its own: its edges name its own nodes.
  return JoinGraphParts(order, errors);
}

}  // namespace tahaluf
