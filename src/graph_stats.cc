#include "tahaluf/graph_stats.h"

#include <algorithm>
#include <map>

namespace tahaluf {
namespace {

uint64_t DocHash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace

GraphStats ComputeStats(const TieIndex& index, const ActiveTies& active, size_t top_documents) {
  GraphStats s;
  s.actors = index.num_nodes();
  std::map<std::string_view, size_t> kinds;
  // Few languages: a short list beats a map per piece of evidence.
  std::vector<std::pair<std::string_view, size_t>> languages;
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    ++kinds[index.node(v).kind];
    for (const Arc& arc : index.arcs(v)) {
      if (active.on(arc.tie)) {
        ++s.actors_with_ties;
        break;
      }
    }
  }
  for (const auto& [kind, n] : kinds) s.actors_by_kind.emplace_back(std::string(kind), n);
  std::vector<RelationCount> relations;
  for (const RelationInfo& r : Relations()) relations.push_back({&r});
  // Documents are counted by sorting (hash, name) pairs: far faster than a
  // map lookup per piece of evidence on a million of them.
  std::vector<std::pair<uint64_t, std::string_view>> docs;
  docs.reserve(index.num_evidence());
  Day first = INT32_MAX, last = 0;
  std::string_view first_text, last_text;
  for (uint32_t t = 0; t < index.num_ties(); ++t) {
    if (!active.on(t)) continue;
    const Tie& tie = index.tie(t);
    RelationCount& rc = relations[static_cast<size_t>(tie.relation - Relations().data())];
    const size_t polarity = static_cast<size_t>(tie.relation->polarity);
    ++rc.ties;
    ++s.ties;
    ++s.ties_by_polarity[polarity];
    for (const IndexEvidence& e : index.evidence(t)) {
      if (!active.Passes(e)) continue;
      ++rc.evidence;
      ++s.evidence;
      ++s.evidence_by_polarity[polarity];
      s.hedged += e.hedged;
      auto lang = std::find_if(languages.begin(), languages.end(),
                               [&](const auto& l) { return l.first == e.lang; });
      if (lang == languages.end()) {
        languages.emplace_back(e.lang, 1);
      } else {
        ++lang->second;
      }
      docs.emplace_back(DocHash(e.doc), e.doc);
      if (e.day == kUndated) {
        ++s.undated;
        continue;
      }
      if (e.day < first || (e.day == first && e.date < first_text)) {
        first = e.day;
        first_text = e.date;
      }
      if (e.day > last || (e.day == last && e.date > last_text)) {
        last = e.day;
        last_text = e.date;
      }
    }
  }
  s.first_date = std::string(first_text);
  s.last_date = std::string(last_text);
  for (const RelationCount& rc : relations) {
    if (rc.ties) s.by_relation.push_back(rc);
  }
  std::sort(languages.begin(), languages.end());
  for (const auto& [lang, n] : languages) {
    s.evidence_by_language.emplace_back(lang.empty() ? "(none)" : std::string(lang), n);
  }
  std::sort(docs.begin(), docs.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<std::string_view, size_t>> ranked;
  for (size_t k = 0; k < docs.size();) {
    size_t j = k + 1;
    while (j < docs.size() && docs[j].first == docs[k].first) ++j;
    // One hash, nearly always one name; sort the run by name to be sure.
    std::sort(docs.begin() + static_cast<long>(k), docs.begin() + static_cast<long>(j));
    for (size_t m = k; m < j;) {
      size_t r = m + 1;
      while (r < j && docs[r].second == docs[m].second) ++r;
      ranked.emplace_back(docs[m].second, r - m);
      m = r;
    }
    k = j;
  }
  s.documents = ranked.size();
  auto more = [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  size_t keep = std::min(top_documents, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(keep), ranked.end(), more);
  for (size_t k = 0; k < keep; ++k) s.top_documents.emplace_back(std::string(ranked[k].first), ranked[k].second);
  return s;
}

}  // namespace tahaluf
