#include "tahaluf/blocs.h"

#include <algorithm>
#include <map>

#include "tahaluf/pair_graph.h"

namespace tahaluf {
namespace {

// One level of the Louvain hierarchy: a weighted signed graph whose nodes
// are the blocs of the level below.
struct Level {
  struct Link {
    uint32_t to;
    double positive, negative;
  };
  std::vector<uint32_t> offsets{0};
  std::vector<Link> links;                  // both directions, no self-links
  std::vector<double> self_positive, self_negative;  // A_ii (ordered pairs inside)
  std::vector<double> k_positive, k_negative;

  size_t size() const { return offsets.size() - 1; }
  void Finish() {
    const size_t n = size();
    k_positive.assign(n, 0);
    k_negative.assign(n, 0);
    for (size_t v = 0; v < n; ++v) {
      k_positive[v] = self_positive[v];
      k_negative[v] = self_negative[v];
      for (uint32_t e = offsets[v]; e < offsets[v + 1]; ++e) {
        k_positive[v] += links[e].positive;
        k_negative[v] += links[e].negative;
      }
    }
  }
};

constexpr double kEpsilon = 1e-12;

// Local moves until no actor gains by moving; returns the community of
// each node (labels < size) and whether anything moved.
bool MoveNodes(const Level& g, double two_w_pos, double two_w_neg, double resolution,
               std::vector<uint32_t>* community) {
  const size_t n = g.size();
  community->resize(n);
  std::vector<double> total_pos(g.k_positive), total_neg(g.k_negative);
  std::vector<uint32_t> members(n, 1);
  for (uint32_t v = 0; v < n; ++v) (*community)[v] = v;
  std::vector<uint32_t> empty;  // labels with no members
  std::vector<double> to_pos(n, 0), to_neg(n, 0);
  std::vector<char> listed(n, 0);
  std::vector<uint32_t> candidates;
  const double pos_scale = two_w_pos > 0 ? resolution / two_w_pos : 0;
  const double neg_scale = two_w_neg > 0 ? resolution / two_w_neg : 0;
  bool any = false;
  for (int pass = 0; pass < 100; ++pass) {
    size_t moved = 0;
    for (uint32_t v = 0; v < n; ++v) {
      const uint32_t old = (*community)[v];
      candidates.clear();
      for (uint32_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        uint32_t c = (*community)[g.links[e].to];
        if (!listed[c]) {
          listed[c] = 1;
          candidates.push_back(c);
        }
        to_pos[c] += g.links[e].positive;
        to_neg[c] += g.links[e].negative;
      }
      total_pos[old] -= g.k_positive[v];
      total_neg[old] -= g.k_negative[v];
      --members[old];
      auto gain = [&](uint32_t c) {
        return (to_pos[c] - to_neg[c]) -
               (g.k_positive[v] * total_pos[c] * pos_scale - g.k_negative[v] * total_neg[c] * neg_scale);
      };
      uint32_t best = old;
      double best_gain = members[old] == 0 ? 0.0 : gain(old);
      for (uint32_t c : candidates) {
        double x = gain(c);
        if (x > best_gain + kEpsilon) {
          best = c;
          best_gain = x;
        }
      }
      if (best_gain < -kEpsilon && members[old] != 0) {
        // Better alone than with any bloc in reach.
        if (!empty.empty()) {
          best = empty.back();
          empty.pop_back();
        }
      }
      for (uint32_t c : candidates) {
        listed[c] = 0;
        to_pos[c] = to_neg[c] = 0;
      }
      if (members[old] == 0 && best != old) empty.push_back(old);
      total_pos[best] += g.k_positive[v];
      total_neg[best] += g.k_negative[v];
      ++members[best];
      if (best != old) {
        (*community)[v] = best;
        ++moved;
      }
    }
    if (moved == 0) break;
    any = true;
  }
  // Labels in order of first appearance.
  std::vector<uint32_t> relabel(n, UINT32_MAX);
  uint32_t next = 0;
  for (uint32_t v = 0; v < n; ++v) {
    uint32_t& r = relabel[(*community)[v]];
    if (r == UINT32_MAX) r = next++;
    (*community)[v] = r;
  }
  return any;
}

Level Aggregate(const Level& g, const std::vector<uint32_t>& community, size_t count) {
  std::vector<std::vector<uint32_t>> members(count);
  for (uint32_t v = 0; v < g.size(); ++v) members[community[v]].push_back(v);
  Level out;
  out.self_positive.assign(count, 0);
  out.self_negative.assign(count, 0);
  std::vector<double> pos(count, 0), neg(count, 0);
  std::vector<char> seen(count, 0);
  std::vector<uint32_t> touched;
  for (uint32_t c = 0; c < count; ++c) {
    touched.clear();
    for (uint32_t v : members[c]) {
      out.self_positive[c] += g.self_positive[v];
      out.self_negative[c] += g.self_negative[v];
      for (uint32_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        uint32_t d = community[g.links[e].to];
        if (d == c) {
          out.self_positive[c] += g.links[e].positive;
          out.self_negative[c] += g.links[e].negative;
          continue;
        }
        if (!seen[d]) {
          seen[d] = 1;
          touched.push_back(d);
        }
        pos[d] += g.links[e].positive;
        neg[d] += g.links[e].negative;
      }
    }
    std::sort(touched.begin(), touched.end());
    for (uint32_t d : touched) {
      out.links.push_back({d, pos[d], neg[d]});
      pos[d] = neg[d] = 0;
      seen[d] = 0;
    }
    out.offsets.push_back(static_cast<uint32_t>(out.links.size()));
  }
  out.Finish();
  return out;
}

}  // namespace

Blocs FindBlocs(const TieIndex& index, const ActiveTies& active, const BlocOptions& options) {
  Blocs out;
  const size_t n = index.num_nodes();
  PairGraph pairs(index, active);
  Level g;
  g.self_positive.assign(n, 0);
  g.self_negative.assign(n, 0);
  for (uint32_t v = 0; v < n; ++v) {
    for (const Pair& p : pairs.neighbors(v)) {
      if (p.cooperative + p.hostile == 0) continue;
      g.links.push_back({p.neighbor, static_cast<double>(p.cooperative),
                         static_cast<double>(p.hostile)});
    }
    g.offsets.push_back(static_cast<uint32_t>(g.links.size()));
  }
  g.Finish();
  double two_w_pos = 0, two_w_neg = 0;
  for (size_t v = 0; v < n; ++v) {
    two_w_pos += g.k_positive[v];
    two_w_neg += g.k_negative[v];
  }
  // assignment[v]: v's node at the current level.
  std::vector<uint32_t> assignment(n);
  for (uint32_t v = 0; v < n; ++v) assignment[v] = v;
  Level level = g;
  for (int depth = 0; depth < 32; ++depth) {
    std::vector<uint32_t> community;
    bool moved = MoveNodes(level, two_w_pos, two_w_neg, options.resolution, &community);
    size_t count = 0;
    for (uint32_t c : community) count = std::max<size_t>(count, c + 1);
    for (uint32_t& a : assignment) a = community[a];
    if (!moved || count == level.size()) break;
    level = Aggregate(level, community, count);
  }
  // Blocs of actors with signed ties: largest first, then by first member.
  std::map<uint32_t, std::vector<uint32_t>> groups;
  for (uint32_t v = 0; v < n; ++v) {
    if (g.k_positive[v] + g.k_negative[v] > 0) groups[assignment[v]].push_back(v);
  }
  for (auto& [label, members] : groups) out.members.push_back(std::move(members));
  std::sort(out.members.begin(), out.members.end(),
            [](const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
              return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
            });
  out.bloc_of.assign(n, Blocs::kNoBloc);
  for (size_t b = 0; b < out.members.size(); ++b) {
    for (uint32_t v : out.members[b]) out.bloc_of[v] = static_cast<int32_t>(b);
  }
  // Signed modularity of the partition.
  const size_t blocs = out.members.size();
  std::vector<double> in_pos(blocs, 0), in_neg(blocs, 0), tot_pos(blocs, 0), tot_neg(blocs, 0);
  for (uint32_t v = 0; v < n; ++v) {
    int32_t b = out.bloc_of[v];
    if (b < 0) continue;
    tot_pos[b] += g.k_positive[v];
    tot_neg[b] += g.k_negative[v];
    for (uint32_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      if (out.bloc_of[g.links[e].to] != b) continue;
      in_pos[b] += g.links[e].positive;
      in_neg[b] += g.links[e].negative;
    }
  }
  if (two_w_pos + two_w_neg > 0) {
    double q = 0;
    for (size_t b = 0; b < blocs; ++b) {
      q += in_pos[b] - (two_w_pos > 0 ? options.resolution * tot_pos[b] * tot_pos[b] / two_w_pos : 0);
      q -= in_neg[b] - (two_w_neg > 0 ? options.resolution * tot_neg[b] * tot_neg[b] / two_w_neg : 0);
    }
    out.modularity = q / (two_w_pos + two_w_neg);
  }
  // Ties within and across blocs.
  std::map<std::pair<uint32_t, uint32_t>, BlocLink> links;
  size_t agree = 0, disagree = 0;
  auto ties = index.ties();
  for (uint32_t t = 0; t < ties.size(); ++t) {
    const Polarity p = ties[t].relation->polarity;
    if (!active.on(t) || p == Polarity::kNeutral || ties[t].source == ties[t].target) continue;
    int32_t a = out.bloc_of[ties[t].source], b = out.bloc_of[ties[t].target];
    const bool cooperative = p == Polarity::kCooperative;
    const size_t support = active.support(t);
    if (a == b) {
      (cooperative ? out.cooperative_inside : out.hostile_inside)++;
      (cooperative ? agree : disagree) += support;
      continue;
    }
    (cooperative ? out.cooperative_across : out.hostile_across)++;
    (cooperative ? disagree : agree) += support;
    const std::pair<uint32_t, uint32_t> key{static_cast<uint32_t>(std::min(a, b)),
                                            static_cast<uint32_t>(std::max(a, b))};
    BlocLink& link = links[key];
    link.a = key.first;
    link.b = key.second;
    (cooperative ? link.cooperative_ties : link.hostile_ties)++;
    (cooperative ? link.cooperative_evidence : link.hostile_evidence) += support;
    link.ties.push_back(t);
  }
  for (auto& [key, link] : links) {
    std::stable_sort(link.ties.begin(), link.ties.end(), [&](uint32_t x, uint32_t y) {
      return active.support(x) > active.support(y);
    });
    out.links.push_back(std::move(link));
  }
  if (agree + disagree > 0) {
    out.frustration = static_cast<double>(disagree) / static_cast<double>(agree + disagree);
  }
  return out;
}

std::vector<const BlocLink*> LinksByEvidence(const Blocs& blocs) {
  std::vector<const BlocLink*> links;
  for (const BlocLink& l : blocs.links) links.push_back(&l);
  std::stable_sort(links.begin(), links.end(), [](const BlocLink* a, const BlocLink* b) {
    return a->cooperative_evidence + a->hostile_evidence > b->cooperative_evidence + b->hostile_evidence;
  });
  return links;
}

}  // namespace tahaluf
