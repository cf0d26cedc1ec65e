#include "tahaluf/tie_index.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <list>
#include <memory>
#include <thread>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <numeric>
#include <unordered_map>

#include "tahaluf/utf8.h"

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

// Equality of short strings (member names, ids) without a call to memcmp.
inline bool Same(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

auto EvidenceKey(const IndexEvidence& e) {
  return std::tie(e.doc, e.start, e.end, e.sentence, e.subject_surface, e.object_surface);
}

// Runs `first` on a second thread and `second` on this one when
// `in_parallel`, else one after the other.
template <typename F, typename G>
void RunTwo(bool in_parallel, F&& first, G&& second) {
  if (!in_parallel) {
    first();
    second();
    return;
  }
  std::thread worker(std::forward<F>(first));
  struct Joiner {
    std::thread& t;
    ~Joiner() {
      if (t.joinable()) t.join();
    }
  } joiner{worker};
  second();
}

// Below this many items, work is not worth a second thread.
constexpr size_t kParallelMinimum = 1u << 16;

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

// Assembles a TieIndex from staged nodes, ties and evidence: merges
// duplicate actors and facts the way AllianceGraph does, numbers actors in
// id order, and lays out the arcs.
class TieIndexBuilder {
 public:
  struct StagedTie {
    std::string_view source, target;
    const RelationInfo* relation;
    uint32_t evidence_begin, evidence_end;
  };

  // `nodes` in the order they were met; their aliases_begin/end index
  // `aliases`.
  static TieIndex Build(std::vector<IndexNode> nodes, std::vector<std::string_view> aliases,
                        std::vector<StagedTie> staged, std::vector<IndexEvidence> evidence,
                        std::list<std::string> decoded, std::string* missing_node,
                        size_t* missing_tie, std::vector<std::string_view> raw_json = {}) {
    TieIndex out;
    out.decoded_ = std::move(decoded);
    out.raw_json_ = std::move(raw_json);
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
          if (side == 0 && !last_source.empty() && Same(id, last_source)) {
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

namespace {

uint64_t HashId(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  uint64_t w = 0;
  std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

}  // namespace

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
    uint64_t h = HashId(nodes_[v].id);
    size_t slot = h & (size - 1);
    while (id_slots_[slot] != 0) slot = (slot + 1) & (size - 1);
    id_slots_[slot] = (h >> 32 << 32) | (uint64_t{v} + 1);
  }
}

std::optional<uint32_t> TieIndex::Find(std::string_view id) const {
  if (id_slots_.empty()) return std::nullopt;
  const uint64_t h = HashId(id);
  const size_t mask = id_slots_.size() - 1;
  for (size_t slot = h & mask; id_slots_[slot] != 0; slot = (slot + 1) & mask) {
    uint64_t entry = id_slots_[slot];
    if ((entry >> 32) != (h >> 32)) continue;
    uint32_t v = static_cast<uint32_t>(entry & 0xffffffffu) - 1;
    std::string_view have(id_arena_.data() + id_offsets_[v], id_offsets_[v + 1] - id_offsets_[v]);
    if (Same(have, id)) return v;
  }
  return std::nullopt;
}

TieIndex TieIndex::FromGraph(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  std::vector<IndexNode> nodes;
  std::vector<std::string_view> aliases;
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& info = g[v];
    const uint32_t begin = static_cast<uint32_t>(aliases.size());
    aliases.insert(aliases.end(), info.aliases.begin(), info.aliases.end());
    nodes.push_back({info.id, info.name, info.name_ar, info.kind, info.wikidata, begin,
                     static_cast<uint32_t>(aliases.size())});
  }
  std::vector<TieIndexBuilder::StagedTie> ties;
  std::vector<IndexEvidence> evidence;
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
      x.day = ParseDay(ev.date, false).value_or(kUndated);
      x.hedged = ev.hedged;
      evidence.push_back(x);
    }
    ties.push_back({g[boost::source(e, g)].id, g[boost::target(e, g)].id, info.relation, begin,
                    static_cast<uint32_t>(evidence.size())});
  }
  std::string missing;
  size_t missing_tie = 0;
  return TieIndexBuilder::Build(std::move(nodes), std::move(aliases), std::move(ties),
                                std::move(evidence), {}, &missing, &missing_tie);
}

namespace {

// The position of `key` in `keys` (or N): member names are short, so a
// byte loop after checking length and ends beats memcmp calls.
template <size_t N>
size_t KeyIndex(std::string_view key, const std::string_view (&keys)[N], size_t hint = 0) {
  if (key.empty()) return N;
  // Writers put members in a fixed order: try the one after the last first.
  if (hint < N && Same(keys[hint], key)) return hint;
  for (size_t k = 0; k < N; ++k) {
    std::string_view c = keys[k];
    if (c.size() != key.size() || c[0] != key[0] || c.back() != key.back()) continue;
    size_t i = 1;
    while (i < c.size() && c[i] == key[i]) ++i;
    if (i == c.size()) return k;
  }
  return N;
}

// A strict JSON scanner specialised for graph files: it walks the bytes
// once, keeps strings as views of the input (decoding only those with
// escapes), and skips members it does not need.
class Scanner {
 public:
  Scanner(std::string_view content, std::list<std::string>* decoded)
      : begin_(content.data()), p_(content.data()), end_(content.data() + content.size()),
        decoded_(decoded) {}

  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  size_t error_offset() const { return error_offset_; }
  size_t offset() const { return static_cast<size_t>(p_ - begin_); }
  void Seek(size_t offset) { p_ = begin_ + offset; }

  bool Fail(const std::string& message) {
    if (error_.empty()) {
      error_ = message;
      error_offset_ = offset();
    }
    return false;
  }

  void SkipSpace() {
    // Pretty-printed files indent every member: most runs are a newline
    // and a few spaces.
    if (p_ < end_ && static_cast<unsigned char>(*p_) > ' ') return;
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n'),
                  tab = _mm_set1_epi8('\t'), cr = _mm_set1_epi8('\r');
    while (end_ - p_ >= 16) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
      __m128i ws = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, space), _mm_cmpeq_epi8(x, newline)),
                                _mm_or_si128(_mm_cmpeq_epi8(x, tab), _mm_cmpeq_epi8(x, cr)));
      unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(ws)) ^ 0xFFFFu;
      if (mask != 0) {
        p_ += __builtin_ctz(mask);
        return;
      }
      p_ += 16;
    }
#endif
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  // The next byte after spaces, or 0 at the end.
  char Peek() {
    SkipSpace();
    return p_ < end_ ? *p_ : '\0';
  }

  bool Expect(char c) {
    if (Peek() != c) return Fail(std::string("expected '") + c + "'");
    ++p_;
    return true;
  }

  // A string at the cursor; `out` views the input or a decoded copy.
  bool String(std::string_view* out) {
    if (Peek() != '"') return Fail("expected a string");
    const char* start = ++p_;
    bool escaped = false;
    for (;;) {
#ifdef __SSE2__
      // Sixteen bytes at a time to the next quote, backslash or control byte.
      const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'),
                    control = _mm_set1_epi8(0x1F);
      while (end_ - p_ >= 16) {
        __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
                                   _mm_cmpeq_epi8(_mm_max_epu8(x, control), control));
        int mask = _mm_movemask_epi8(hit);
        if (mask != 0) {
          p_ += __builtin_ctz(static_cast<unsigned>(mask));
          break;
        }
        p_ += 16;
      }
#endif
      while (p_ < end_ && static_cast<unsigned char>(*p_) >= 0x20 && *p_ != '"' && *p_ != '\\') ++p_;
      if (p_ >= end_) return Fail("unterminated string");
      if (*p_ == '"') break;
      if (*p_ == '\\') {
        escaped = true;
        if (p_ + 1 >= end_) return Fail("unterminated string");
        char c = p_[1];
        if (c == 'u') {
          if (p_ + 6 > end_) return Fail("bad \\u escape");
          for (int k = 2; k < 6; ++k) {
            if (!std::isxdigit(static_cast<unsigned char>(p_[k]))) return Fail("bad \\u escape");
          }
          p_ += 6;
        } else if (std::string_view("\"\\/bfnrt").find(c) != std::string_view::npos) {
          p_ += 2;
        } else {
          return Fail("bad escape in string");
        }
        continue;
      }
      return Fail("control character in string");
    }
    std::string_view raw(start, static_cast<size_t>(p_ - start));
    ++p_;
    if (escaped && out != nullptr) {
      decoded_->push_back(Decode(raw));
      *out = decoded_->back();
    } else if (out != nullptr) {
      *out = raw;
    }
    return true;
  }

  // A number; *as_uint is set when it is an integer in [0, 2^32).
  bool Number(std::optional<uint32_t>* as_uint) {
    SkipSpace();
    const char* start = p_;
    if (p_ < end_ && *p_ == '-') ++p_;
    if (p_ >= end_ || !std::isdigit(static_cast<unsigned char>(*p_))) return Fail("expected a value");
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ < end_ && std::isdigit(static_cast<unsigned char>(*p_))) ++p_;
    }
    bool integer = true;
    if (p_ < end_ && *p_ == '.') {
      integer = false;
      ++p_;
      if (p_ >= end_ || !std::isdigit(static_cast<unsigned char>(*p_))) return Fail("bad number");
      while (p_ < end_ && std::isdigit(static_cast<unsigned char>(*p_))) ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      integer = false;
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ >= end_ || !std::isdigit(static_cast<unsigned char>(*p_))) return Fail("bad number");
      while (p_ < end_ && std::isdigit(static_cast<unsigned char>(*p_))) ++p_;
    }
    if (as_uint != nullptr) {
      as_uint->reset();
      if (integer && *start != '-' && p_ - start <= 10) {
        uint64_t v = 0;
        for (const char* q = start; q < p_; ++q) v = v * 10 + static_cast<uint64_t>(*q - '0');
        if (v <= 0xffffffffu) *as_uint = static_cast<uint32_t>(v);
      }
    }
    return true;
  }

  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) {
      return Fail("expected a value");
    }
    p_ += word.size();
    return true;
  }

  bool SkipValue(int depth = 0) {
    if (depth > 200) return Fail("nested too deeply");
    switch (Peek()) {
      case '"':
        return String(nullptr);
      case '{':
        return Object([&](std::string_view) { return SkipValue(depth + 1); });
      case '[':
        return Array([&] { return SkipValue(depth + 1); });
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      default:
        return Number(nullptr);
    }
  }

  // Calls member(key) with the cursor on each member's value; member must
  // consume the value.
  template <typename F>
  bool Object(F&& member) {
    if (!Expect('{')) return false;
    if (Peek() == '}') {
      ++p_;
      return true;
    }
    for (;;) {
      std::string_view key;
      if (Peek() != '"') return Fail("expected a member name");
      if (!String(&key) || !Expect(':') || !member(key)) return false;
      char c = Peek();
      ++p_;
      if (c == '}') return true;
      if (c != ',') {
        --p_;
        return Fail("expected ',' or '}'");
      }
    }
  }

  template <typename F>
  bool Array(F&& element) {
    if (!Expect('[')) return false;
    if (Peek() == ']') {
      ++p_;
      return true;
    }
    for (;;) {
      if (!element()) return false;
      char c = Peek();
      ++p_;
      if (c == ']') return true;
      if (c != ',') {
        --p_;
        return Fail("expected ',' or ']'");
      }
    }
  }

  // A string member value; other kinds of value read as "" (as
  // serialize.cc's GetString does).
  bool StringOrEmpty(std::string_view* out) {
    if (Peek() == '"') return String(out);
    *out = {};
    return SkipValue();
  }
  bool UintOrZero(uint32_t* out) {
    char c = Peek();
    if (c == '-' || (c >= '0' && c <= '9')) {
      std::optional<uint32_t> v;
      if (!Number(&v)) return false;
      *out = v.value_or(0);
      return true;
    }
    *out = 0;
    return SkipValue();
  }
  bool BoolOrFalse(bool* out) {
    char c = Peek();
    if (c == 't') {
      *out = true;
      return Literal("true");
    }
    *out = false;
    return SkipValue();
  }

  bool AtEnd() { return Peek() == '\0' && p_ >= end_; }

 private:
  static void AppendCodePoint(uint32_t c, std::string* out) {
    AppendUtf8(static_cast<char32_t>(c), out);
  }

  static uint32_t Hex4(std::string_view s, size_t at) {
    uint32_t v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char c = s[k];
      v = v * 16 + static_cast<uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
  }

  static std::string Decode(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] != '\\') {
        out += raw[k];
        continue;
      }
      char c = raw[++k];
      switch (c) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp = Hex4(raw, k + 1);
          k += 4;
          if (cp >= 0xD800 && cp < 0xDC00 && k + 6 < raw.size() + 0 && raw[k + 1] == '\\' &&
              raw[k + 2] == 'u') {
            uint32_t lo = Hex4(raw, k + 3);
            if (lo >= 0xDC00 && lo < 0xE000) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              k += 6;
            }
          }
          AppendCodePoint(cp, &out);
          break;
        }
        default: out += c;  // " \ /
      }
    }
    return out;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  std::list<std::string>* decoded_;
  std::string error_;
  size_t error_offset_ = 0;
};

}  // namespace

namespace {

// The actors staged from triple lines, with as much of each as tells
// whether a repeat adds anything to it: its id, which of name_ar, kind and
// wikidata it has, and its aliases, all in one record. Records are small
// and packed together, and the table holds where they are, so looking up
// the two actors of every one of a million lines takes two reads. Records
// never move; a set made by Merge refers to the records of the sets merged
// into it.
class ActorRecords {
 public:
  // The record of the actor with this id (`hash` is HashId(id)), or null.
  const char* Find(std::string_view id, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t k = hash & mask; slots_[k].record != nullptr; k = (k + 1) & mask) {
      if (slots_[k].hash == hash && Same(Id(slots_[k].record), id)) return slots_[k].record;
    }
    return nullptr;
  }
  // Asks for the slot where Find(…, hash) starts to be brought into cache.
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }

  // A record for `n` (not in the set yet) with these aliases.
  template <typename It>
  void Add(const IndexNode& n, uint64_t hash, It aliases_begin, It aliases_end) {
    size_t size = 1 + 4 + n.id.size() + 4;
    for (It a = aliases_begin; a != aliases_end; ++a) size += 4 + a->size();
    if (chunks_.empty() || chunks_.back().capacity() - chunks_.back().size() < size) {
      chunks_.emplace_back().reserve(std::max<size_t>(size, 1u << 20));
    }
    std::string& chunk = chunks_.back();
    const size_t at = chunk.size();
    chunk.push_back(static_cast<char>((n.name_ar.empty() ? 0 : kNameAr) |
                                      (n.kind.empty() ? 0 : kKind) |
                                      (n.wikidata.empty() ? 0 : kWikidata)));
    AppendString(n.id, &chunk);
    AppendUint(static_cast<uint32_t>(aliases_end - aliases_begin), &chunk);
    for (It a = aliases_begin; a != aliases_end; ++a) AppendString(*a, &chunk);
    Insert({hash, chunk.data() + at});
  }

  // Whether an actor met again with these fields and aliases adds
  // anything to the one `record` describes (merging keeps the first
  // non-empty field and unions aliases).
  template <typename It>
  static bool Adds(const char* record, const IndexNode& n, It aliases_begin, It aliases_end) {
    const uint8_t has = static_cast<uint8_t>(record[0]);
    if ((!(has & kNameAr) && !n.name_ar.empty()) || (!(has & kKind) && !n.kind.empty()) ||
        (!(has & kWikidata) && !n.wikidata.empty())) {
      return true;
    }
    const std::string_view id = Id(record);
    const char* const first_alias = id.data() + id.size() + 4;
    const uint32_t num_aliases = ReadUint(id.data() + id.size());
    for (It a = aliases_begin; a != aliases_end; ++a) {
      const char* p = first_alias;
      bool found = false;
      for (uint32_t k = 0; k < num_aliases && !found; ++k) {
        const uint32_t size = ReadUint(p);
        found = Same(std::string_view(p + 4, size), *a);
        p += 4 + size;
      }
      if (!found) return true;
    }
    return false;
  }

  // The id in a record; valid as long as the record's storage.
  static std::string_view Id(const char* record) {
    return std::string_view(record + 5, ReadUint(record + 1));
  }

  // Adds the records of `other` whose actors this set lacks, and keeps
  // its storage alive.
  void Merge(ActorRecords&& other) {
    for (const Slot& slot : other.slots_) {
      if (slot.record != nullptr && Find(Id(slot.record), slot.hash) == nullptr) Insert(slot);
    }
    chunks_.splice(chunks_.end(), other.chunks_);
    other = ActorRecords();
  }

  // The records' storage (the set is empty after).
  std::list<std::string> TakeStorage() {
    std::list<std::string> out = std::move(chunks_);
    *this = ActorRecords();
    return out;
  }

 private:
  static constexpr uint8_t kNameAr = 1, kKind = 2, kWikidata = 4;
  struct Slot {
    uint64_t hash = 0;
    const char* record = nullptr;  // null: an empty slot
  };

  static uint32_t ReadUint(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static void AppendUint(uint32_t v, std::string* out) {
    out->append(reinterpret_cast<const char*>(&v), 4);
  }
  static void AppendString(std::string_view s, std::string* out) {
    AppendUint(static_cast<uint32_t>(s.size()), out);
    out->append(s);
  }

  void Insert(const Slot& slot) {
    if ((size_ + 1) * 2 > slots_.size()) {
      // Twice as many slots, refilled.
      const size_t size = std::max<size_t>(1024, slots_.size() * 2);
      std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(size));
      for (const Slot& s : old) {
        if (s.record != nullptr) Place(s);
      }
    }
    Place(slot);
    ++size_;
  }
  void Place(const Slot& slot) {
    const size_t mask = slots_.size() - 1;
    size_t k = slot.hash & mask;
    while (slots_[k].record != nullptr) k = (k + 1) & mask;
    slots_[k] = slot;
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  std::list<std::string> chunks_;  // the records this set made
};

// Reads the parts of a graph file into staged nodes, ties and evidence.
// Syntax errors stop the scanner; errors of meaning (a node without an id,
// an unknown relation) are recorded, the first one kept, and reading goes
// on, so a later syntax error is still the one reported.
class GraphReader {
 public:
  explicit GraphReader(std::string_view content) : scan(content, &decoded) {}

  Scanner scan;
  std::list<std::string> decoded;  // a list: views of its strings survive splicing
  std::vector<IndexNode> nodes;
  std::vector<std::string_view> aliases;  // nodes' aliases_begin/end index it
  std::vector<std::string_view> raw_json;  // the inputs read
  // Triple lines: the actors staged, so that repeats that add nothing to
  // them need not be staged again.
  ActorRecords actors;
  // Triple lines: copies of the strings staged from them (as written, so
  // raw JSON), in chunks that never move, so their input need not outlive
  // the index; and the aliases of the line being read, until its actors are
  // staged.
  std::list<std::string> copies;
  std::vector<std::string_view> line_aliases;
  std::vector<TieIndexBuilder::StagedTie> ties;
  std::vector<IndexEvidence> evidence;
  std::string semantic_error;
  size_t semantic_offset = Status::kNoPosition;

  bool FailGraph(const std::string& message) {
    if (semantic_error.empty()) {
      semantic_error = message;
      semantic_offset = scan.offset();
    }
    return true;
  }

  bool ReadNode() {
    const size_t number = nodes.size();
    IndexNode n;
    if (scan.Peek() != '{') {
      return scan.SkipValue() && FailGraph("node #" + std::to_string(number) + " has no \"id\"");
    }
    n.aliases_begin = n.aliases_end = static_cast<uint32_t>(aliases.size());
    uint32_t seen = 0;
    size_t expected = 0;
    bool ok = scan.Object([&](std::string_view key) {
      static constexpr std::string_view kKeys[] = {"id", "name", "name_ar", "kind", "wikidata",
                                                   "aliases"};
      size_t k = KeyIndex(key, kKeys, expected);
      expected = k + 1;
      if (k == std::size(kKeys) || (seen & (1u << k))) return scan.SkipValue();
      seen |= 1u << k;
      switch (k) {
        case 0: return scan.StringOrEmpty(&n.id);
        case 1: return scan.StringOrEmpty(&n.name);
        case 2: return scan.StringOrEmpty(&n.name_ar);
        case 3: return scan.StringOrEmpty(&n.kind);
        case 4: return scan.StringOrEmpty(&n.wikidata);
        default:
          if (scan.Peek() != '[') return scan.SkipValue();
          return scan.Array([&] {
            if (scan.Peek() != '"') return scan.SkipValue();
            std::string_view a;
            if (!scan.String(&a)) return false;
            aliases.push_back(a);
            return true;
          });
      }
    });
    if (!ok) return false;
    n.aliases_end = static_cast<uint32_t>(aliases.size());
    if (n.id.empty()) return FailGraph("node #" + std::to_string(number) + " has no \"id\"");
    if (n.name.empty()) n.name = n.id;
    nodes.push_back(n);
    return true;
  }

  bool ReadEvidence() {
    if (scan.Peek() != '{') {
      return scan.SkipValue() &&
             FailGraph("edge #" + std::to_string(ties.size()) + ": evidence is not an object");
    }
    IndexEvidence e;
    uint32_t seen = 0;
    size_t expected = 0;
    bool ok = scan.Object([&](std::string_view key) {
      static constexpr std::string_view kKeys[] = {"doc",  "sentence", "start",
                                                   "end",  "text",     "date",
                                                   "lang", "hedged",   "subject_surface",
                                                   "object_surface", "speaker", "event_date"};
      size_t k = KeyIndex(key, kKeys, expected);
      expected = k + 1;
      if (k == std::size(kKeys) || (seen & (1u << k))) return scan.SkipValue();
      seen |= 1u << k;
      switch (k) {
        case 0: return scan.StringOrEmpty(&e.doc);
        case 1: return scan.UintOrZero(&e.sentence);
        case 2: return scan.UintOrZero(&e.start);
        case 3: return scan.UintOrZero(&e.end);
        case 4: return scan.StringOrEmpty(&e.text);
        case 5: return scan.StringOrEmpty(&e.date);
        case 6: return scan.StringOrEmpty(&e.lang);
        case 7: return scan.BoolOrFalse(&e.hedged);
        case 8: return scan.StringOrEmpty(&e.subject_surface);
        case 9: return scan.StringOrEmpty(&e.object_surface);
        case 10: return scan.StringOrEmpty(&e.speaker);
        default: return scan.StringOrEmpty(&e.event_date);
      }
    });
    if (!ok) return false;
    e.day = ParseDay(e.date, false).value_or(kUndated);
    evidence.push_back(e);
    return true;
  }

  bool ReadEdge() {
    auto where = [&] { return "edge #" + std::to_string(ties.size()); };
    if (scan.Peek() != '{') return scan.SkipValue() && FailGraph(where() + " is not an object");
    TieIndexBuilder::StagedTie t{{}, {}, nullptr, 0, 0};
    std::string_view relation;
    bool has_evidence = false;
    uint32_t seen = 0;
    size_t expected = 0;
    bool ok = scan.Object([&](std::string_view key) {
      static constexpr std::string_view kKeys[] = {"source", "target", "relation", "evidence"};
      size_t k = KeyIndex(key, kKeys, expected);
      expected = k + 1;
      if (k == std::size(kKeys) || (seen & (1u << k))) return scan.SkipValue();
      seen |= 1u << k;
      switch (k) {
        case 0: return scan.StringOrEmpty(&t.source);
        case 1: return scan.StringOrEmpty(&t.target);
        case 2: return scan.StringOrEmpty(&relation);
        default:
          if (scan.Peek() != '[') return scan.SkipValue();
          has_evidence = true;
          t.evidence_begin = static_cast<uint32_t>(evidence.size());
          if (!scan.Array([&] { return ReadEvidence(); })) return false;
          t.evidence_end = static_cast<uint32_t>(evidence.size());
          return true;
      }
    });
    if (!ok) return false;
    t.relation = FindRelation(relation);
    if (t.relation == nullptr) {
      return FailGraph(where() + " has an unknown relation '" + std::string(relation) + "'");
    }
    if (!has_evidence || t.evidence_end == t.evidence_begin) {
      return FailGraph(where() + " has no evidence");
    }
    if (t.source.empty() || t.target.empty()) {
      return FailGraph(where() + " names a node that is not in \"nodes\": ''");
    }
    ties.push_back(t);
    return true;
  }

  // Edge objects from `start` (a '{') to the end of the edges array; true,
  // with *end just past its ']', when all of them read without any error.
  bool ReadEdgesFrom(size_t start, size_t* end) {
    scan.Seek(start);
    for (;;) {
      if (!ReadEdge() || !semantic_error.empty()) return false;
      const char c = scan.Peek();
      if (c == ']') {
        scan.Seek(scan.offset() + 1);
        *end = scan.offset();
        return true;
      }
      if (c != ',') return false;
      scan.Seek(scan.offset() + 1);
    }
  }

  // Appends what `other` read after what this one read.
  void Absorb(GraphReader& other) {
    const uint32_t alias_shift = static_cast<uint32_t>(aliases.size());
    for (IndexNode n : other.nodes) {
      n.aliases_begin += alias_shift;
      n.aliases_end += alias_shift;
      nodes.push_back(n);
    }
    aliases.insert(aliases.end(), other.aliases.begin(), other.aliases.end());
    const uint32_t shift = static_cast<uint32_t>(evidence.size());
    for (TieIndexBuilder::StagedTie t : other.ties) {
      t.evidence_begin += shift;
      t.evidence_end += shift;
      ties.push_back(t);
    }
    evidence.insert(evidence.end(), other.evidence.begin(), other.evidence.end());
    decoded.splice(decoded.end(), other.decoded);
    copies.splice(copies.end(), other.copies);
    raw_json.insert(raw_json.end(), other.raw_json.begin(), other.raw_json.end());
  }

  // A copy of `s` among `copies`; room for the copies of a part of the
  // input is reserved when it is staged (they are never longer), so this
  // normally appends to the last chunk.
  std::string_view Copy(std::string_view s) {
    if (s.empty()) return {};
    if (copies.empty() || copies.back().capacity() - copies.back().size() < s.size()) {
      copies.emplace_back().reserve(std::max<size_t>(s.size(), 1u << 20));
    }
    std::string& chunk = copies.back();
    const size_t at = chunk.size();
    chunk.append(s);
    return std::string_view(chunk.data() + at, s.size());
  }
};

// Where a large file's edges array may be cut in two for a second thread:
// just past the '}' of an object that a ',' and an object starting with
// "source" follow, near the middle. Only a guess (it may be inside a
// string): it counts only if the first reader, walking the edges, stops
// exactly there.
struct Cut {
  size_t after_brace;  // offset just past the '}'
  size_t next_object;  // offset of the next '{'
};

std::optional<Cut> FindCut(std::string_view content) {
  constexpr size_t kMinimum = 8u << 20;  // smaller files read fast enough alone
  if (content.size() < kMinimum) return std::nullopt;
  const size_t limit = std::min(content.size(), content.size() / 2 + (4u << 20));
  for (size_t at = content.size() / 2; at < limit; ++at) {
    at = content.find('}', at);
    if (at == std::string_view::npos || at >= limit) return std::nullopt;
    size_t k = at + 1;
    auto skip = [&] {
      while (k < content.size() && (content[k] == ' ' || content[k] == '\n' || content[k] == '\r' ||
                                    content[k] == '\t')) {
        ++k;
      }
    };
    skip();
    if (k >= content.size() || content[k] != ',') continue;
    ++k;
    skip();
    if (k >= content.size() || content[k] != '{') continue;
    const size_t brace = k++;
    skip();
    if (content.substr(k, 8) != "\"source\"") continue;
    return Cut{at + 1, brace};
  }
  return std::nullopt;
}

}  // namespace

namespace {

// Reads a graph file into `main` (made on `content`).
Status ReadGraphFile(std::string_view content, std::string_view source, GraphReader& main) {
  // Rough sizes from a graph file's typical bytes per item, to spare
  // regrowing.
  main.evidence.reserve(content.size() / 450);
  main.ties.reserve(content.size() / 500);
  // A large file's edges are read by two threads: the second from a guessed
  // cut near the middle; its work is kept only if the first thread finds an
  // edge ending exactly at the cut and the second read cleanly to the end
  // of the array. Either way the result is the same as one thread's.
  std::optional<Cut> cut = FindCut(content);
  std::unique_ptr<GraphReader> second;
  std::thread worker;
  bool second_ok = false;
  size_t second_end = 0;
  if (cut) {
    second = std::make_unique<GraphReader>(content);
    second->evidence.reserve(content.size() / 900);
    second->ties.reserve(content.size() / 1000);
    worker = std::thread([&] { second_ok = second->ReadEdgesFrom(cut->next_object, &second_end); });
  }
  struct Joiner {
    std::thread& t;
    ~Joiner() {
      if (t.joinable()) t.join();
    }
  } joiner{worker};

  Scanner& scan = main.scan;
  std::string_view format;
  bool seen_format = false, seen_nodes = false, seen_edges = false;
  auto read_edges = [&] {
    if (!scan.Expect('[')) return false;
    if (scan.Peek() == ']') {
      scan.Seek(scan.offset() + 1);
      return true;
    }
    for (;;) {
      if (!main.ReadEdge()) return false;
      if (worker.joinable() && scan.offset() == cut->after_brace) {
        worker.join();
        if (second_ok && main.semantic_error.empty() && scan.Peek() == ',') {
          main.Absorb(*second);
          scan.Seek(second_end);
          return true;
        }
      }
      const char c = scan.Peek();
      scan.Seek(scan.offset() + 1);
      if (c == ']') return true;
      if (c != ',') {
        scan.Seek(scan.offset() - 1);
        return scan.Fail("expected ',' or ']'");
      }
    }
  };
  const bool is_object = scan.Peek() == '{';
  const bool parsed = is_object && scan.Object([&](std::string_view key) {
    if (key == "format" && !seen_format) {
      seen_format = true;
      return scan.StringOrEmpty(&format);
    }
    if (key == "nodes" && !seen_nodes) {
      seen_nodes = scan.Peek() == '[';
      if (!seen_nodes) return scan.SkipValue();
      return scan.Array([&] { return main.ReadNode(); });
    }
    if (key == "edges" && !seen_edges) {
      seen_edges = scan.Peek() == '[';
      if (!seen_edges) return scan.SkipValue();
      return read_edges();
    }
    return scan.SkipValue();
  });
  if (!is_object && !scan.failed()) {
    if (scan.Peek() == '\0') {
      scan.Fail("the document is empty");
    } else if (scan.SkipValue() && !scan.AtEnd()) {
      scan.Fail("the document root must not be followed by other values");
    }
  }
  if (parsed && !scan.AtEnd()) {
    scan.Fail("the document root must not be followed by other values");
  }
  if (scan.failed()) {
    return Status(ErrorCode::kGraph, std::string(source), "not JSON: " + scan.error(),
                  Status::kNoPosition, scan.error_offset());
  }
  if (!is_object || format != "tahaluf-graph") {
    return Status(ErrorCode::kGraph, std::string(source),
                  "not a tahaluf graph (expected \"format\": \"tahaluf-graph\")");
  }
  if (!seen_nodes || !seen_edges) {
    return Status(ErrorCode::kGraph, std::string(source), "\"nodes\" and \"edges\" must be arrays");
  }
  if (!main.semantic_error.empty()) {
    return Status(ErrorCode::kGraph, std::string(source), main.semantic_error, Status::kNoPosition,
                  main.semantic_offset);
  }
  return Status();
}

}  // namespace

Status IndexGraphJson(std::string_view content, std::string_view source, TieIndex* index) {
  GraphReader main(content);
  if (Status s = ReadGraphFile(content, source, main); !s.ok()) return s;
  main.raw_json.push_back(content);
  std::string missing;
  size_t missing_tie = 0;
  TieIndex built = TieIndexBuilder::Build(std::move(main.nodes), std::move(main.aliases),
                                          std::move(main.ties), std::move(main.evidence),
                                          std::move(main.decoded), &missing, &missing_tie,
                                          std::move(main.raw_json));
  if (!missing.empty()) {
    return Status(ErrorCode::kGraph, std::string(source),
                  "edge #" + std::to_string(missing_tie) +
                      " names a node that is not in \"nodes\": '" + missing + "'");
  }
  *index = std::move(built);
  return Status();
}

namespace {

// True when `s` lies within `text`.
bool Within(std::string_view s, std::string_view text) {
  const auto at = reinterpret_cast<uintptr_t>(s.data());
  const auto begin = reinterpret_cast<uintptr_t>(text.data());
  return at >= begin && at + s.size() <= begin + text.size();
}

// One line of `extract` output staged into `into`, as ReadTripleLines and
// AllianceGraph::AddFact take it: false (and *error) when the line is bad.
// `earlier` holds the actors staged from earlier parts (only read: the
// thread staging the other half of an input reads it too). What is staged
// is copied (GraphReader::Copy): nothing refers to `line` after.
bool ReadTripleLine(std::string_view line, const ActorRecords& earlier, GraphReader& into,
                    std::string* error) {
  Scanner scan(line, &into.decoded);
  IndexNode node[2];
  std::string_view surface[2];
  size_t alias_begin[2] = {0, 0}, alias_end[2] = {0, 0};
  uint64_t hash[2] = {0, 0};  // HashId of the ids
  bool node_ok[2] = {false, false};
  std::string_view relation;
  bool negated = false;
  IndexEvidence e;
  into.line_aliases.clear();
  auto read_node = [&](int side) {
    if (scan.Peek() != '{') return scan.SkipValue();
    IndexNode& n = node[side];
    alias_begin[side] = into.line_aliases.size();
    uint32_t seen = 0;
    size_t expected = 0;
    bool ok = scan.Object([&](std::string_view key) {
      static constexpr std::string_view kKeys[] = {"id",       "name",    "name_ar", "kind",
                                                   "wikidata", "surface", "aliases"};
      size_t k = KeyIndex(key, kKeys, expected);
      expected = k + 1;
      if (k == std::size(kKeys) || (seen & (1u << k))) return scan.SkipValue();
      seen |= 1u << k;
      switch (k) {
        case 0: return scan.StringOrEmpty(&n.id);
        case 1: return scan.StringOrEmpty(&n.name);
        case 2: return scan.StringOrEmpty(&n.name_ar);
        case 3: return scan.StringOrEmpty(&n.kind);
        case 4: return scan.StringOrEmpty(&n.wikidata);
        case 5: return scan.StringOrEmpty(&surface[side]);
        default:
          if (scan.Peek() != '[') return scan.SkipValue();
          return scan.Array([&] {
            if (scan.Peek() != '"') return scan.SkipValue();
            std::string_view a;
            if (!scan.String(&a)) return false;
            into.line_aliases.push_back(a);
            return true;
          });
      }
    });
    alias_end[side] = into.line_aliases.size();
    node_ok[side] = ok && !n.id.empty();
    if (n.name.empty()) n.name = n.id;
    // The actor is looked up once the line is read: its slots are fetched
    // meanwhile.
    hash[side] = HashId(n.id);
    into.actors.Prefetch(hash[side]);
    earlier.Prefetch(hash[side]);
    return ok;
  };
  auto read_evidence = [&] {
    if (scan.Peek() != '{') return scan.SkipValue();
    uint32_t seen = 0;
    return scan.Object([&](std::string_view key) {
      static constexpr std::string_view kKeys[] = {"text", "start", "end", "speaker", "event_date"};
      size_t k = KeyIndex(key, kKeys);
      if (k == std::size(kKeys) || (seen & (1u << k))) return scan.SkipValue();
      seen |= 1u << k;
      switch (k) {
        case 0: return scan.StringOrEmpty(&e.text);
        case 1: return scan.UintOrZero(&e.start);
        case 2: return scan.UintOrZero(&e.end);
        case 3: return scan.StringOrEmpty(&e.speaker);
        default: return scan.StringOrEmpty(&e.event_date);
      }
    });
  };
  const bool is_object = scan.Peek() == '{';
  uint32_t seen = 0;
  size_t expected = 0;
  bool parsed = is_object && scan.Object([&](std::string_view key) {
    static constexpr std::string_view kKeys[] = {"doc",     "sentence", "subject", "relation",
                                                 "object",  "negated",  "hedged",  "date",
                                                 "lang",    "evidence"};
    size_t k = KeyIndex(key, kKeys, expected);
    expected = k + 1;
    if (k == std::size(kKeys) || (seen & (1u << k))) return scan.SkipValue();
    seen |= 1u << k;
    switch (k) {
      case 0: return scan.StringOrEmpty(&e.doc);
      case 1: return scan.UintOrZero(&e.sentence);
      case 2: return read_node(0);
      case 3: return scan.StringOrEmpty(&relation);
      case 4: return read_node(1);
      case 5: return scan.BoolOrFalse(&negated);
      case 6: return scan.BoolOrFalse(&e.hedged);
      case 7: return scan.StringOrEmpty(&e.date);
      case 8: return scan.StringOrEmpty(&e.lang);
      default: return read_evidence();
    }
  });
  auto drop = [&](const std::string& message) {
    *error = message;
    return false;
  };
  if (!is_object && !scan.failed() && scan.SkipValue()) {
    if (scan.AtEnd()) return drop("not a JSON object");
    scan.Fail("the document root must not be followed by other values");
  }
  if (parsed && !scan.AtEnd()) scan.Fail("the document root must not be followed by other values");
  if (scan.failed() || !parsed) return drop("not JSON: " + scan.error());
  if (!node_ok[0] || !node_ok[1]) {
    return drop("a triple needs \"subject\" and \"object\" objects with an \"id\"");
  }
  const RelationInfo* r = FindRelation(relation);
  if (r == nullptr) return drop("unknown relation '" + std::string(relation) + "'");
  if (negated) return true;
  // Strings of the line are copied; decoded ones live in `into.decoded`.
  auto keep = [&](std::string_view s) { return Within(s, line) ? into.Copy(s) : s; };
  e.doc = keep(e.doc);
  e.text = keep(e.text);
  e.date = keep(e.date);
  e.lang = keep(e.lang);
  e.subject_surface = keep(surface[0]);
  e.object_surface = keep(surface[1]);
  e.speaker = keep(e.speaker);
  e.event_date = keep(e.event_date);
  e.day = ParseDay(e.date, false).value_or(kUndated);
  // AddFact: symmetric facts with the smaller id first, and its actors
  // added in that order.
  int first = 0;
  if (r->symmetric && node[1].id < node[0].id) first = 1;
  std::string_view ids[2];  // the staged copies of the two ids
  for (int side : {first, 1 - first}) {
    const IndexNode& n = node[side];
    const auto line_aliases = into.line_aliases.begin();
    const auto aliases_begin = line_aliases + static_cast<std::ptrdiff_t>(alias_begin[side]);
    const auto aliases_end = line_aliases + static_cast<std::ptrdiff_t>(alias_end[side]);
    // The actor as staged first in this part, else in an earlier one.
    const char* have = into.actors.Find(n.id, hash[side]);
    const bool have_own = have != nullptr;
    if (!have_own) have = earlier.Find(n.id, hash[side]);
    if (have != nullptr && !ActorRecords::Adds(have, n, aliases_begin, aliases_end)) {
      ids[side] = ActorRecords::Id(have);
      continue;
    }
    IndexNode staged;
    staged.id = keep(n.id);
    // The name defaults to the id: one copy for both.
    staged.name = n.name.data() == n.id.data() ? staged.id : keep(n.name);
    staged.name_ar = keep(n.name_ar);
    staged.kind = keep(n.kind);
    staged.wikidata = keep(n.wikidata);
    staged.aliases_begin = static_cast<uint32_t>(into.aliases.size());
    for (auto a = aliases_begin; a != aliases_end; ++a) into.aliases.push_back(keep(*a));
    staged.aliases_end = static_cast<uint32_t>(into.aliases.size());
    if (!have_own) into.actors.Add(staged, hash[side], aliases_begin, aliases_end);
    into.nodes.push_back(staged);
    ids[side] = staged.id;
  }
  const uint32_t at = static_cast<uint32_t>(into.evidence.size());
  into.evidence.push_back(e);
  into.ties.push_back({ids[first], ids[1 - first], r, at, at + 1});
  return true;
}

// Stages the lines of `content` into `into`; bad lines add a Status,
// numbered from `first_line`. Returns the number of lines.
size_t StageLines(std::string_view content, std::string_view source, size_t first_line,
                  const ActorRecords& earlier, GraphReader& into, std::vector<Status>* errors) {
  // Rough counts from the typical bytes per line, to spare regrowing; the
  // copies are never longer than the lines (pages of the reserve that are
  // never written take no memory).
  into.evidence.reserve(into.evidence.size() + content.size() / 550);
  into.ties.reserve(into.ties.size() + content.size() / 550);
  into.copies.emplace_back().reserve(content.size());
  size_t line_no = first_line - 1, cursor = 0;
  std::string error;
  while (cursor < content.size()) {
    ++line_no;
    size_t end = content.find('\n', cursor);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(cursor, end - cursor);
    cursor = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (!ReadTripleLine(line, earlier, into, &error)) {
      errors->emplace_back(ErrorCode::kSyntax, std::string(source), error + "; line skipped",
                           line_no);
    }
  }
  return line_no + 1 - first_line;
}

}  // namespace

// What was added, a part per graph file and per thread's share of triple
// lines, kept apart (no regrowing of one large copy) until Finish puts them
// together in order.
struct TieIndexStager::Staged {
  std::vector<std::unique_ptr<GraphReader>> parts;
  // The actors staged from triple lines so far, as first staged.
  ActorRecords actors;

  void Add(std::unique_ptr<GraphReader> part) {
    actors.Merge(std::move(part->actors));
    parts.push_back(std::move(part));
  }
};

TieIndexStager::TieIndexStager() : staged_(std::make_unique<Staged>()) {}
TieIndexStager::~TieIndexStager() = default;

Status TieIndexStager::AddGraphJson(std::string_view content, std::string_view source) {
  auto reader = std::make_unique<GraphReader>(content);
  Status s = ReadGraphFile(content, source, *reader);
  if (s.ok()) {
    reader->raw_json.push_back(content);
    staged_->Add(std::move(reader));
  }
  return s;
}

void TieIndexStager::AddTripleLines(std::string_view content, std::string_view source,
                                    std::vector<Status>* errors) {
  // Lines are independent: a large input is staged by two threads, the
  // second from the line start nearest the middle, each into a part of its
  // own, the second part put after the first, so the result is the same as
  // one thread's. What is staged is copied: `content` may go after this.
  constexpr size_t kMinimum = 8u << 20;
  const size_t middle = content.size() >= kMinimum ? content.find('\n', content.size() / 2) : std::string_view::npos;
  auto first = std::make_unique<GraphReader>(std::string_view());
  if (middle == std::string_view::npos) {
    StageLines(content, source, 1, staged_->actors, *first, errors);
    staged_->Add(std::move(first));
    return;
  }
  const std::string_view first_half = content.substr(0, middle + 1);
  const std::string_view second_half = content.substr(middle + 1);
  auto second = std::make_unique<GraphReader>(std::string_view());
  std::vector<Status> second_errors;
  size_t lines = 0;  // of the first half
  RunTwo(
      true, [&] { StageLines(second_half, source, 1, staged_->actors, *second, &second_errors); },
      [&] { lines = StageLines(first_half, source, 1, staged_->actors, *first, errors); });
  for (const Status& e : second_errors) {
    errors->emplace_back(e.code(), e.source(), e.message(), e.line() + lines);
  }
  staged_->Add(std::move(first));
  staged_->Add(std::move(second));
}

Status TieIndexStager::Finish(TieIndex* index) {
  // The parts one after the other, each freed once copied.
  std::unique_ptr<Staged> staged = std::exchange(staged_, std::make_unique<Staged>());
  GraphReader d{std::string_view()};
  // Staged ties of repeated actors refer to the ids in the records.
  d.decoded = staged->actors.TakeStorage();
  size_t num_nodes = 0, num_aliases = 0, num_ties = 0, num_evidence = 0;
  for (const auto& part : staged->parts) {
    num_nodes += part->nodes.size();
    num_aliases += part->aliases.size();
    num_ties += part->ties.size();
    num_evidence += part->evidence.size();
  }
  d.nodes.reserve(num_nodes);
  d.aliases.reserve(num_aliases);
  d.ties.reserve(num_ties);
  d.evidence.reserve(num_evidence);
  for (std::unique_ptr<GraphReader>& part : staged->parts) {
    d.Absorb(*part);
    part.reset();
  }
  // The copies are raw JSON (strings that needed decoding are elsewhere).
  for (const std::string& chunk : d.copies) d.raw_json.push_back(chunk);
  d.decoded.splice(d.decoded.end(), d.copies);
  std::string missing;
  size_t missing_tie = 0;
  TieIndex built = TieIndexBuilder::Build(std::move(d.nodes), std::move(d.aliases),
                                          std::move(d.ties), std::move(d.evidence),
                                          std::move(d.decoded), &missing, &missing_tie,
                                          std::move(d.raw_json));
  if (!missing.empty()) {
    return Status(ErrorCode::kGraph, "staged graph",
                  "edge #" + std::to_string(missing_tie) +
                      " names a node that is not in \"nodes\": '" + missing + "'");
  }
  *index = std::move(built);
  return Status();
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
