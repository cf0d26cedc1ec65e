#include "tahaluf/resolve.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "tahaluf/names.h"

namespace tahaluf {
namespace {

// The folded-name search shared by both ResolveActor overloads: `names_of(k,
// fn)` calls fn on every name of candidate k (id, names, aliases), in id
// order; `label(k)` is how a suggestion shows it.
template <typename NamesOf, typename Label>
NameMatch ResolveFolded(size_t count, std::string_view name, NamesOf names_of, Label label) {
  NameMatch result;
  std::string want = NameKey(name);
  std::vector<std::pair<size_t, std::string>> scored;
  for (size_t k = 0; k < count; ++k) {
    size_t best = std::numeric_limits<size_t>::max();
    bool found = false;
    names_of(k, [&](std::string_view s) {
      if (found) return;
      std::string key = NameKey(s);
      if (key.empty()) return;
      if (key == want) {
        found = true;
        return;
      }
      // By byte, as the limit below counts: a code-point distance would
      // rank Arabic names otherwise.
      best = std::min(best, EditDistance(key, want, kNoLimit, TextUnit::kByte));
    });
    if (found) {
      result.vertex = k;
      return result;
    }
    scored.push_back({best, label(k)});
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t limit = std::max<size_t>(3, want.size() / 2);
  for (const auto& [d, text] : scored) {
    if (result.suggestions.size() >= 5 || d > limit) break;
    result.suggestions.push_back(text);
  }
  return result;
}

}  // namespace

NameMatch ResolveActor(const AllianceGraph& graph, std::string_view name) {
  if (NameKey(name).empty()) return NameMatch();
  if (auto v = graph.FindNode(name)) {
    NameMatch result;
    result.vertex = v;
    return result;
  }
  const Graph& g = graph.graph();
  std::vector<Vertex> sorted = graph.SortedNodes();
  NameMatch m = ResolveFolded(
      sorted.size(), name,
      [&](size_t k, auto&& fn) {
        const NodeInfo& n = g[sorted[k]];
        fn(n.id);
        fn(n.name);
        fn(n.name_ar);
        for (const std::string& a : n.aliases) fn(a);
      },
      [&](size_t k) { return g[sorted[k]].name + " (" + g[sorted[k]].id + ")"; });
  if (m.vertex) m.vertex = sorted[*m.vertex];
  return m;
}

NameMatch ResolveActor(const TieIndex& index, std::string_view name) {
  NameMatch result;
  if (NameKey(name).empty()) return result;
  if (auto v = index.Find(name)) {
    result.vertex = *v;
    return result;
  }
  // A name or alias written exactly as stored needs no folding.
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    const IndexNode& n = index.node(v);
    bool hit = n.name == name || n.name_ar == name;
    for (std::string_view a : index.aliases(v)) hit = hit || a == name;
    if (hit) {
      result.vertex = v;
      return result;
    }
  }
  return ResolveFolded(
      index.num_nodes(), name,
      [&](size_t k, auto&& fn) {
        const IndexNode& n = index.node(static_cast<uint32_t>(k));
        fn(n.id);
        fn(n.name);
        fn(n.name_ar);
        for (std::string_view a : index.aliases(static_cast<uint32_t>(k))) fn(a);
      },
      [&](size_t k) {
        const IndexNode& n = index.node(static_cast<uint32_t>(k));
        return std::string(n.name) + " (" + std::string(n.id) + ")";
      });
}

}  // namespace tahaluf
