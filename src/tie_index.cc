#include "tahaluf/tie_index.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <list>
#include <numeric>
#include <unordered_map>
#include <utility>

#include "parallel.h"
#include "tahaluf/text.h"

namespace tahaluf {
namespace {

// Relations ranked by name, so arcs sort by relation name with an integer.
uint32_t RelationRank(const RelationInfo* r) {
  static const std::array<uint8_t, 64> ranks = [] {
    std::array<uint8_t, 64> out{};
    auto all = Relations();
    std::vector<size_t> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return all[a].name < all[b].name; });
    for (size_t k = 0; k < order.size(); ++k) out[order[k]] = static_cast<uint8_t>(k);
    return out;
  }();
  return ranks[static_cast<size_t>(r - Relations().data())];
}

auto EvidenceKey(const IndexEvidence& e) {
  return std::tie(e.doc, e.start, e.end, e.sentence, e.subject_surface, e.object_surface);
}

// `ties` in `less` order (source first), ties of equal keys in the order
// given: a counting sort by source, then each source's run sorted.
template <typename Less>
std::vector<Tie> SortedTies(std::vector<Tie> ties, size_t num_nodes, Less less) {
  std::vector<uint32_t> end(num_nodes + 1, 0);  // of each source's run, once placed
  for (const Tie& t : ties) ++end[t.source + 1];
  for (size_t v = 0; v < num_nodes; ++v) end[v + 1] += end[v];
  std::vector<Tie> sorted(ties.size());
  for (const Tie& t : ties) sorted[end[t.source]++] = t;
  std::vector<Tie>().swap(ties);
  uint32_t begin = 0;
  for (size_t v = 0; v < num_nodes; ++v) {
    auto first = sorted.begin() + begin, last = sorted.begin() + end[v];
    begin = end[v];
    if (last - first > 32) {
      std::stable_sort(first, last, less);
      continue;
    }
    for (auto i = first + (first != last); i < last; ++i) {  // insertion sort: runs are short
      Tie x = *i;
      auto j = i;
      for (; j > first && less(x, *(j - 1)); --j) *j = *(j - 1);
      *j = x;
    }
  }
  return sorted;
}

}  // namespace

// Assembles a TieIndex from a staged graph (BuildTieIndex): merges
// duplicate actors and facts the way AllianceGraph does, numbers actors in
// id order, and lays out the arcs.
class TieIndexBuilder {
 public:
  // The index, or (with *missing_node set) an empty one when the fact
  // numbered *missing_tie names an actor that is not staged.
  static TieIndex Build(StagedGraph graph, std::string* missing_node, size_t* missing_tie) {
    using StagedTie = StagedGraph::Fact;
    std::vector<IndexNode> nodes = std::move(graph.nodes);
    std::vector<std::string_view> aliases = std::move(graph.aliases);
    std::vector<StagedTie> staged = std::move(graph.facts);
    std::vector<IndexEvidence> evidence = std::move(graph.evidence);
    TieIndex out;
    out.storage_ = std::move(graph.storage);
    // Actors by id; duplicates merge in the order met (first non-empty
    // field wins, aliases are unioned), as AllianceGraph::AddNode does.
    std::vector<IndexNode> unique;
    std::vector<std::vector<std::string_view>> unique_aliases;
    {
      std::unordered_map<std::string_view, uint32_t> seen;
      seen.reserve(nodes.size());
      for (const IndexNode& m : nodes) {
        auto [it, added] = seen.try_emplace(m.id, static_cast<uint32_t>(unique.size()));
        if (added) {
          unique.push_back(m);
          unique_aliases.emplace_back();
        } else {
          IndexNode& n = unique[it->second];
          if (n.name.empty()) n.name = m.name;
          if (n.name_ar.empty()) n.name_ar = m.name_ar;
          if (n.kind.empty()) n.kind = m.kind;
          if (n.wikidata.empty()) n.wikidata = m.wikidata;
        }
        std::vector<std::string_view>& a = unique_aliases[it->second];
        a.insert(a.end(), aliases.begin() + m.aliases_begin, aliases.begin() + m.aliases_end);
      }
    }
    std::vector<uint32_t> order(unique.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return unique[a].id < unique[b].id; });
    out.nodes_.reserve(unique.size());
    for (uint32_t k : order) {
      IndexNode n = unique[k];
      std::vector<std::string_view>& a = unique_aliases[k];
      std::sort(a.begin(), a.end());
      a.erase(std::unique(a.begin(), a.end()), a.end());
      n.aliases_begin = static_cast<uint32_t>(out.aliases_.size());
      out.aliases_.insert(out.aliases_.end(), a.begin(), a.end());
      n.aliases_end = static_cast<uint32_t>(out.aliases_.size());
      out.nodes_.push_back(n);
    }
    out.BuildIdTable();
    // Ties: endpoints to numbers; symmetric facts with the smaller id first.
    // Many ties are done by two threads, each a half; a missing actor is
    // the first one in order all the same.
    out.ties_.resize(staged.size());
    auto resolve = [&out, &staged](size_t begin, size_t end) -> size_t {
      std::string_view last_source;
      uint32_t last_source_number = 0;
      for (size_t k = begin; k < end; ++k) {
        const StagedTie& s = staged[k];
        uint32_t ends[2];
        for (int side = 0; side < 2; ++side) {
          std::string_view id = side == 0 ? s.source : s.target;
          if (side == 0 && !last_source.empty() && SameBytes(id, last_source)) {
            ends[0] = last_source_number;
            continue;
          }
          std::optional<uint32_t> found = out.Find(id);
          if (!found) return k;
          ends[side] = *found;
          if (side == 0) {
            last_source = id;
            last_source_number = *found;
          }
        }
        Tie& t = out.ties_[k];
        t.source = ends[0];
        t.target = ends[1];
        if (s.relation->symmetric && t.target < t.source) std::swap(t.source, t.target);
        t.relation = s.relation;
        t.evidence_begin = s.evidence_begin;
        t.evidence_end = s.evidence_end;
      }
      return end;
    };
    const size_t half = staged.size() / 2;
    size_t missing[2];
    RunTwo(staged.size() >= kParallelMinimum, [&] { missing[0] = resolve(0, half); },
           [&] { missing[1] = resolve(half, staged.size()); });
    if (missing[0] != half || missing[1] != staged.size()) {
      const StagedTie& s = staged[missing[0] != half ? missing[0] : missing[1]];
      *missing_node = std::string(out.Find(s.source) ? s.target : s.source);
      *missing_tie = static_cast<size_t>(&s - staged.data());
      return TieIndex();
    }
    std::vector<StagedTie>().swap(staged);
    auto tie_less = [](const Tie& a, const Tie& b) {
      return std::make_tuple(a.source, RelationRank(a.relation), a.target) <
             std::make_tuple(b.source, RelationRank(b.relation), b.target);
    };
    auto tie_same = [](const Tie& a, const Tie& b) {
      return a.source == b.source && a.relation == b.relation && a.target == b.target;
    };
    bool ties_sorted = true;
    for (size_t k = 1; k < out.ties_.size() && ties_sorted; ++k) {
      ties_sorted = tie_less(out.ties_[k - 1], out.ties_[k]);
    }
    bool evidence_sorted = true;
    for (const Tie& t : out.ties_) {
      for (uint32_t e = t.evidence_begin + 1; e < t.evidence_end && evidence_sorted; ++e) {
        evidence_sorted = EvidenceKey(evidence[e - 1]) < EvidenceKey(evidence[e]);
      }
      if (!evidence_sorted) break;
    }
    if (ties_sorted && evidence_sorted) {
      out.evidence_ = std::move(evidence);
    } else {
      // Merge duplicate facts; evidence sorted and unique per fact, the
      // first of equal pieces kept (AllianceGraph::AddFact does the same).
      if (!ties_sorted) out.ties_ = SortedTies(std::move(out.ties_), out.nodes_.size(), tie_less);
      // The evidence of the facts gathered in their order, each fact's
      // sorted and made unique in place; on two threads, each taking the
      // facts of about half the ties and writing from where its first fact's
      // evidence would go if nothing were left out, the second half moved
      // down after.
      std::vector<IndexEvidence> merged(evidence.size());
      struct Half {
        std::vector<Tie> ties;
        size_t begin = 0, end = 0;  // where its evidence went in `merged`
      } halves[2];
      auto merge = [&](size_t k, size_t stop, Half* half) {
        size_t at = half->begin;
        while (k < stop) {
          Tie t = out.ties_[k];
          const size_t begin = at;
          for (; k < stop && tie_same(out.ties_[k], t); ++k) {
            for (uint32_t e = out.ties_[k].evidence_begin; e < out.ties_[k].evidence_end; ++e) {
              merged[at++] = evidence[e];
            }
          }
          auto first = merged.begin() + static_cast<std::ptrdiff_t>(begin);
          auto last = merged.begin() + static_cast<std::ptrdiff_t>(at);
          if (last - first > 1) {
            std::stable_sort(first, last, [](const IndexEvidence& a, const IndexEvidence& b) {
              return EvidenceKey(a) < EvidenceKey(b);
            });
            last = std::unique(first, last, [](const IndexEvidence& a, const IndexEvidence& b) {
              return EvidenceKey(a) == EvidenceKey(b);
            });
            at = static_cast<size_t>(last - merged.begin());
          }
          t.evidence_begin = static_cast<uint32_t>(begin);
          t.evidence_end = static_cast<uint32_t>(at);
          half->ties.push_back(t);
        }
        half->end = at;
      };
      // The halves split between two facts.
      const size_t n = out.ties_.size();
      size_t split = n / 2;
      while (split > 0 && split < n && tie_same(out.ties_[split - 1], out.ties_[split])) ++split;
      for (size_t k = 0; k < split; ++k) halves[1].begin += out.ties_[k].evidence_count();
      halves[0].ties.reserve(split);
      halves[1].ties.reserve(n - split);
      RunTwo(n >= kParallelMinimum, [&] { merge(0, split, &halves[0]); },
             [&] { merge(split, n, &halves[1]); });
      std::vector<IndexEvidence>().swap(evidence);
      const size_t shift = halves[1].begin - halves[0].end;
      if (shift != 0) {
        std::move(merged.begin() + static_cast<std::ptrdiff_t>(halves[1].begin),
                  merged.begin() + static_cast<std::ptrdiff_t>(halves[1].end),
                  merged.begin() + static_cast<std::ptrdiff_t>(halves[0].end));
        for (Tie& t : halves[1].ties) {
          t.evidence_begin -= static_cast<uint32_t>(shift);
          t.evidence_end -= static_cast<uint32_t>(shift);
        }
      }
      merged.resize(halves[1].end - shift);
      out.ties_ = std::move(halves[0].ties);
      out.ties_.insert(out.ties_.end(), halves[1].ties.begin(), halves[1].ties.end());
      out.evidence_ = std::move(merged);
    }
    out.BuildArcs();
    return out;
  }
};

void TieIndex::BuildArcs() {
  // Two stable counting sorts (by neighbour, then by owner) put each
  // actor's arcs in neighbour order; the rare runs of several ties to one
  // neighbour are then put in relation and direction order.
  const size_t n = nodes_.size();
  arc_offsets_.assign(n + 1, 0);
  for (const Tie& t : ties_) {
    ++arc_offsets_[t.source + 1];
    if (t.target != t.source) ++arc_offsets_[t.target + 1];
  }
  for (size_t v = 0; v < n; ++v) arc_offsets_[v + 1] += arc_offsets_[v];
  struct Owned {
    uint32_t owner;
    Arc arc;
  };
  std::vector<Owned> by_neighbor(arc_offsets_[n]);
  std::vector<uint32_t> fill(arc_offsets_.begin(), arc_offsets_.end() - 1);
  for (uint32_t k = 0; k < ties_.size(); ++k) {
    const Tie& t = ties_[k];
    by_neighbor[fill[t.target]++] = Owned{t.source, Arc{t.target, k, true}};
    if (t.target != t.source) by_neighbor[fill[t.source]++] = Owned{t.target, Arc{t.source, k, false}};
  }
  arcs_.resize(arc_offsets_[n]);
  std::copy(arc_offsets_.begin(), arc_offsets_.end() - 1, fill.begin());
  for (const Owned& o : by_neighbor) arcs_[fill[o.owner]++] = o.arc;
  auto key = [this](const Arc& a) {
    return std::make_tuple(RelationRank(ties_[a.tie].relation), !a.forward, a.tie);
  };
  for (size_t i = 1; i < arcs_.size(); ++i) {
    if (arcs_[i].neighbor != arcs_[i - 1].neighbor) continue;
    // Same owner too unless i starts a new owner's run; insertion sort.
    size_t j = i;
    while (j > 0 && arcs_[j - 1].neighbor == arcs_[j].neighbor &&
           std::upper_bound(arc_offsets_.begin(), arc_offsets_.end(), j - 1) ==
               std::upper_bound(arc_offsets_.begin(), arc_offsets_.end(), j) &&
           key(arcs_[j]) < key(arcs_[j - 1])) {
      std::swap(arcs_[j], arcs_[j - 1]);
      --j;
    }
  }
}

TieIndex::Breach TieIndex::FindBreach() const {
  auto breach = [](Breach::Part part, uint64_t number, std::string what) {
    return Breach{part, number, std::move(what)};
  };
  const size_t n = nodes_.size();
  // Ties and their evidence on one thread, arcs on another (each only
  // reads); the ties' breach, when both find one, is the one reported.
  auto check_ties = [&]() -> Breach {
    auto tie_key = [](const Tie& t) {
      return std::make_tuple(t.source, RelationRank(t.relation), t.target);
    };
    uint32_t next_evidence = 0;
    for (uint32_t k = 0; k < ties_.size(); ++k) {
      const Tie& t = ties_[k];
      if (t.source >= n || t.target >= n || t.relation == nullptr) {
        return breach(Breach::kTie, k, "names an actor or relation out of range");
      }
      if (t.relation->symmetric && t.target < t.source) {
        return breach(Breach::kTie, k, "is symmetric with its larger actor first");
      }
      if (k > 0 && !(tie_key(ties_[k - 1]) < tie_key(t))) {
        return breach(Breach::kTie, k, "is out of order or comes twice");
      }
      if (t.evidence_begin != next_evidence || t.evidence_end <= t.evidence_begin) {
        return breach(Breach::kTie, k, "does not own the next run of evidence");
      }
      next_evidence = t.evidence_end;
    }
    if (next_evidence != evidence_.size()) {
      return breach(Breach::kEvidence, next_evidence, "belongs to no tie");
    }
    for (const Tie& t : ties_) {
      for (uint32_t e = t.evidence_begin; e < t.evidence_end; ++e) {
        if (e > t.evidence_begin && !(EvidenceKey(evidence_[e - 1]) < EvidenceKey(evidence_[e]))) {
          return breach(Breach::kEvidence, e, "is out of order or comes twice in its tie");
        }
        if (evidence_[e].day != ParseDay(evidence_[e].date).value_or(kUndated)) {
          return breach(Breach::kEvidence, e, "has a day that is not its date's");
        }
      }
    }
    return Breach();
  };
  auto check_arcs = [&]() -> Breach {
    if (arc_offsets_.size() != n + 1 || arc_offsets_[0] != 0 || arc_offsets_[n] != arcs_.size()) {
      return breach(Breach::kArc, 0, "offsets do not match the actors and arcs");
    }
    uint64_t arcs_needed = 0;
    for (const Tie& t : ties_) arcs_needed += t.source == t.target ? 1 : 2;
    if (arcs_.size() != arcs_needed) return breach(Breach::kArc, 0, "count is not that of the ties' ends");
    auto arc_key = [this](const Arc& a) {
      return std::make_tuple(a.neighbor, RelationRank(ties_[a.tie].relation), !a.forward, a.tie);
    };
    for (uint32_t v = 0; v < n; ++v) {
      if (arc_offsets_[v] > arc_offsets_[v + 1]) {
        return breach(Breach::kArc, arc_offsets_[v], "offsets go backwards");
      }
      for (uint32_t k = arc_offsets_[v]; k < arc_offsets_[v + 1]; ++k) {
        const Arc& a = arcs_[k];
        if (a.tie >= ties_.size() || a.neighbor >= n || ties_[a.tie].relation == nullptr) {
          return breach(Breach::kArc, k, "names a tie or actor out of range");
        }
        const Tie& t = ties_[a.tie];
        const bool agrees = a.forward ? t.source == v && t.target == a.neighbor
                                      : t.target == v && t.source == a.neighbor && t.source != v;
        if (!agrees) return breach(Breach::kArc, k, "does not agree with its tie");
        // Strictly in order: no tie is seen twice from one end, and with
        // the count above, each tie is seen once from each end.
        if (k > arc_offsets_[v] && !(arc_key(arcs_[k - 1]) < arc_key(a))) {
          return breach(Breach::kArc, k, "is out of order or comes twice");
        }
      }
    }
    return Breach();
  };
  Breach found[2];
  RunTwo(arcs_.size() >= kParallelMinimum, [&] { found[1] = check_arcs(); },
         [&] { found[0] = check_ties(); });
  return found[0].part != Breach::kNone ? found[0] : found[1];
}

uint64_t IdHash(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  uint64_t w = 0;
  // Not for an empty id, whose data() may be null (memcpy from null is
  // undefined even for no bytes).
  if (i < s.size()) std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

void TieIndex::BuildIdTable() {
  id_arena_.clear();
  id_offsets_.assign(1, 0);
  for (const IndexNode& n : nodes_) {
    id_arena_.append(n.id);
    id_offsets_.push_back(static_cast<uint32_t>(id_arena_.size()));
  }
  size_t size = 16;
  while (size < nodes_.size() * 2) size *= 2;
  id_slots_.assign(size, 0);
  for (uint32_t v = 0; v < nodes_.size(); ++v) {
    uint64_t h = IdHash(nodes_[v].id);
    size_t slot = h & (size - 1);
    while (id_slots_[slot] != 0) slot = (slot + 1) & (size - 1);
    id_slots_[slot] = (h >> 32 << 32) | (uint64_t{v} + 1);
  }
}

std::optional<uint32_t> TieIndex::Find(std::string_view id) const {
  if (id_slots_.empty()) return std::nullopt;
  const uint64_t h = IdHash(id);
  const size_t mask = id_slots_.size() - 1;
  for (size_t slot = h & mask; id_slots_[slot] != 0; slot = (slot + 1) & mask) {
    uint64_t entry = id_slots_[slot];
    if ((entry >> 32) != (h >> 32)) continue;
    uint32_t v = static_cast<uint32_t>(entry & 0xffffffffu) - 1;
    std::string_view have(id_arena_.data() + id_offsets_[v], id_offsets_[v + 1] - id_offsets_[v]);
    if (SameBytes(have, id)) return v;
  }
  return std::nullopt;
}

void StagedGraph::Append(StagedGraph& other) {
  const uint32_t alias_shift = static_cast<uint32_t>(aliases.size());
  for (IndexNode n : other.nodes) {
    n.aliases_begin += alias_shift;
    n.aliases_end += alias_shift;
    nodes.push_back(n);
  }
  aliases.insert(aliases.end(), other.aliases.begin(), other.aliases.end());
  const uint32_t shift = static_cast<uint32_t>(evidence.size());
  for (Fact f : other.facts) {
    f.evidence_begin += shift;
    f.evidence_end += shift;
    facts.push_back(f);
  }
  evidence.insert(evidence.end(), other.evidence.begin(), other.evidence.end());
  storage.splice(storage.end(), other.storage);
}

Status BuildTieIndex(StagedGraph staged, std::string_view source, TieIndex* index) {
  std::string missing;
  size_t missing_tie = 0;
  TieIndex built = TieIndexBuilder::Build(std::move(staged), &missing, &missing_tie);
  if (!missing.empty()) {
    return Status(ErrorCode::kGraph, std::string(source),
                  "edge #" + std::to_string(missing_tie) +
                      " names a node that is not in \"nodes\": '" + missing + "'");
  }
  *index = std::move(built);
  return Status();
}

TieIndex TieIndex::FromGraph(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  StagedGraph staged;
  std::vector<IndexNode>& nodes = staged.nodes;
  std::vector<std::string_view>& aliases = staged.aliases;
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& info = g[v];
    const uint32_t begin = static_cast<uint32_t>(aliases.size());
    aliases.insert(aliases.end(), info.aliases.begin(), info.aliases.end());
    nodes.push_back({info.id, info.name, info.name_ar, info.kind, info.wikidata, begin,
                     static_cast<uint32_t>(aliases.size())});
  }
  std::vector<StagedGraph::Fact>& ties = staged.facts;
  std::vector<IndexEvidence>& evidence = staged.evidence;
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    uint32_t begin = static_cast<uint32_t>(evidence.size());
    for (const Evidence& ev : info.evidence) {
      IndexEvidence x;
      x.doc = ev.doc;
      x.text = ev.text;
      x.date = ev.date;
      x.lang = ev.lang;
      x.subject_surface = ev.subject_surface;
      x.object_surface = ev.object_surface;
      x.speaker = ev.speaker;
      x.event_date = ev.event_date;
      x.sentence = ev.sentence;
      x.start = ev.start;
      x.end = ev.end;
      x.day = ParseDay(ev.date).value_or(kUndated);
      x.hedged = ev.hedged;
      evidence.push_back(x);
    }
    ties.push_back({g[boost::source(e, g)].id, g[boost::target(e, g)].id, info.relation, begin,
                    static_cast<uint32_t>(evidence.size())});
  }
  // The graph's own facts name its own actors.
  std::string missing;
  size_t missing_tie = 0;
  return TieIndexBuilder::Build(std::move(staged), &missing, &missing_tie);
}

ActiveTies::ActiveTies(const TieIndex& index, const TieFilter& filter)
    : index_(&index), filter_(filter), support_(index.num_ties(), 0) {
  std::array<bool, 64> relation_on{};
  if (filter.relations.empty()) {
    relation_on.fill(true);
  } else {
    for (const RelationInfo* r : filter.relations) {
      relation_on[static_cast<size_t>(r - Relations().data())] = true;
    }
  }
  const bool per_evidence = filter.since != kUndated || filter.until != kUndated ||
                            filter.as_of != kUndated || filter.skip_hedged;
  const uint32_t need = std::max<uint32_t>(1, filter.min_evidence);
  auto ties = index.ties();
  for (size_t t = 0; t < ties.size(); ++t) {
    const RelationInfo* r = ties[t].relation;
    if (!relation_on[static_cast<size_t>(r - Relations().data())]) continue;
    if (filter.polarity && r->polarity != *filter.polarity) continue;
    uint32_t n = 0;
    if (!per_evidence) {
      n = ties[t].evidence_count();
    } else {
      for (const IndexEvidence& e : index.evidence(static_cast<uint32_t>(t))) n += Passes(e);
    }
    support_[t] = n;
  }
  if (filter.as_of != kUndated) {
    // Per pair of actors, the polarity whose latest evidence is older
    // gives way.
    for (uint32_t v = 0; v < index.num_nodes(); ++v) {
      auto arcs = index.arcs(v);
      for (size_t k = 0; k < arcs.size();) {
        size_t j = k;
        while (j < arcs.size() && arcs[j].neighbor == arcs[k].neighbor) ++j;
        if (arcs[k].neighbor < v) {  // the pair was settled from the other end
          k = j;
          continue;
        }
        Day latest[2] = {kUndated, kUndated};  // cooperative, hostile
        for (size_t m = k; m < j; ++m) {
          const uint32_t t = arcs[m].tie;
          Polarity p = ties[t].relation->polarity;
          if (support_[t] == 0 || p == Polarity::kNeutral) continue;
          Day& slot = latest[p == Polarity::kCooperative ? 0 : 1];
          for (const IndexEvidence& e : index.evidence(t)) {
            if (Passes(e)) slot = std::max(slot, e.day);
          }
        }
        if (latest[0] != kUndated && latest[1] != kUndated &&
            latest[0] != latest[1]) {
          Polarity loser = latest[0] < latest[1] ? Polarity::kCooperative : Polarity::kHostile;
          for (size_t m = k; m < j; ++m) {
            if (ties[arcs[m].tie].relation->polarity == loser) support_[arcs[m].tie] = 0;
          }
        }
        k = j;
      }
    }
  }
  for (uint32_t& s : support_) {
    if (s < need) s = 0;
    num_on_ += s != 0;
  }
  arc_support_.resize(index.num_arcs());
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    uint32_t k = index.arc_begin(v);
    for (const Arc& arc : index.arcs(v)) arc_support_[k++] = support_[arc.tie];
  }
}

bool ActiveTies::Passes(const IndexEvidence& e) const {
  if (filter_.skip_hedged && e.hedged) return false;
  if (filter_.since != kUndated || filter_.until != kUndated || filter_.as_of != kUndated) {
    if (e.day == kUndated) return false;
    if (filter_.since != kUndated && e.day < filter_.since) return false;
    if (filter_.until != kUndated && e.day > filter_.until) return false;
    if (filter_.as_of != kUndated && e.day > filter_.as_of) return false;
  }
  return true;
}

const IndexEvidence* QuoteFor(const TieIndex& index, const ActiveTies& active, uint32_t tie) {
  const IndexEvidence* best = nullptr;
  for (const IndexEvidence& e : index.evidence(tie)) {
    if (!active.Passes(e)) continue;
    if (best == nullptr || std::make_tuple(!e.hedged, e.day) > std::make_tuple(!best->hedged, best->day)) {
      best = &e;
    }
  }
  return best;
}

}  // namespace tahaluf
