#include "tahaluf/focus.h"

#include <algorithm>
#include <set>
#include <utility>

#include "tahaluf/dates.h"
#include "tahaluf/query.h"
#include "tahaluf/resolve.h"

namespace tahaluf {
namespace {

std::string JoinNames(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? std::string(sep) : "") + v[i];
  return out;
}

Status ResolveOrFail(const AllianceGraph& graph, const std::string& name, Vertex* v) {
  NameMatch m = ResolveActor(graph, name);
  if (m.vertex) {
    *v = *m.vertex;
    return Status();
  }
  std::string msg = "no actor called '" + name + "' in the graph";
  if (!m.suggestions.empty()) msg += "; closest: " + JoinNames(m.suggestions, ", ");
  return Status(ErrorCode::kNotFound, "focus", msg);
}

}  // namespace

bool FocusOptions::Active() const {
  return !around.empty() || path.has_value() || !relations.empty() || !polarities.empty() ||
         !since.empty() || !until.empty() || min_evidence > 1 || top > 0;
}

std::string FocusOptions::Describe() const {
  std::vector<std::string> parts;
  if (path) parts.push_back("paths " + path->first + " \u2013 " + path->second);
  if (!around.empty()) {
    parts.push_back("around " + JoinNames(around, ", ") + " (depth " + std::to_string(depth) + ")");
  }
  if (!relations.empty()) parts.push_back(JoinNames(relations, ", "));
  if (!polarities.empty()) {
    std::vector<std::string> names;
    for (Polarity p : polarities) names.emplace_back(PolarityName(p));
    parts.push_back(JoinNames(names, ", "));
  }
  if (!since.empty()) parts.push_back("since " + since);
  if (!until.empty()) parts.push_back("until " + until);
  if (min_evidence > 1) parts.push_back("at least " + std::to_string(min_evidence) + " evidence");
  if (top > 0) parts.push_back("top " + std::to_string(top) + " most connected");
  return JoinNames(parts, "; ");
}

Status Focus(const AllianceGraph& in, const FocusOptions& opt, AllianceGraph* out) {
  // Validate everything first, so a bad option leaves `out` untouched.
  std::set<const RelationInfo*> relations;
  for (const std::string& name : opt.relations) {
    const RelationInfo* r = FindRelation(name);
    if (r == nullptr) {
      std::vector<std::string> known;
      for (const RelationInfo& k : Relations()) known.emplace_back(k.name);
      return Status(ErrorCode::kUsage, "focus",
                    "unknown relation '" + name + "' (known: " + JoinNames(known, ", ") + ")");
    }
    relations.insert(r);
  }
  std::string from, to;
  if (!opt.since.empty() && (from = FullDate(opt.since, false)).empty()) {
    return Status(ErrorCode::kUsage, "focus",
                  "--since '" + opt.since + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  if (!opt.until.empty() && (to = FullDate(opt.until, true)).empty()) {
    return Status(ErrorCode::kUsage, "focus",
                  "--until '" + opt.until + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  if (!from.empty() && !to.empty() && from > to) {
    return Status(ErrorCode::kUsage, "focus",
                  "--since " + opt.since + " is later than --until " + opt.until);
  }
  if (!opt.Active()) {
    // Merged, not copied: a copied (or moved) AllianceGraph's edge index
    // would still point into the graph it came from.
    if (out != &in) {
      *out = AllianceGraph();
      out->Merge(in);
    }
    return Status();
  }
  const bool window = !from.empty() || !to.empty();
  auto in_window = [&](const std::string& date) {
    std::string lo = FullDate(date, false), hi = FullDate(date, true);
    if (lo.empty()) return false;
    return (from.empty() || hi >= from) && (to.empty() || lo <= to);
  };

  // Steps 1 and 2: every actor, the relations and evidence that pass.
  const Graph& g = in.graph();
  AllianceGraph staged;
  for (Vertex v : in.SortedNodes()) staged.AddNode(g[v]);
  for (Edge e : in.SortedEdges()) {
    const EdgeInfo& info = g[e];
    if (!relations.empty() && !relations.count(info.relation)) continue;
    if (!opt.polarities.empty() &&
        std::find(opt.polarities.begin(), opt.polarities.end(), info.relation->polarity) ==
            opt.polarities.end()) {
      continue;
    }
    std::vector<const Evidence*> kept;
    for (const Evidence& ev : info.evidence) {
      if (!window || in_window(ev.date)) kept.push_back(&ev);
    }
    if (kept.empty() || kept.size() < opt.min_evidence) continue;
    for (const Evidence* ev : kept) {
      staged.AddFact(g[boost::source(e, g)], info.relation, g[boost::target(e, g)], *ev);
    }
  }

  // Step 3, on the staged graph: which actors and relations stay.
  const Graph& sg = staged.graph();
  const size_t n = staged.num_nodes();
  std::vector<Edge> edges = staged.SortedEdges();
  std::vector<bool> keep_vertex(n, true), keep_edge(edges.size(), true);
  std::set<Vertex> named;
  auto adjacency = [&]() {
    std::vector<std::vector<Vertex>> adj(n);
    for (size_t i = 0; i < edges.size(); ++i) {
      if (!keep_edge[i]) continue;
      Vertex s = boost::source(edges[i], sg), t = boost::target(edges[i], sg);
      if (!keep_vertex[s] || !keep_vertex[t]) continue;
      adj[s].push_back(t);
      adj[t].push_back(s);
    }
    for (auto& list : adj) {
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    return adj;
  };
  auto drop_edges_outside = [&]() {
    for (size_t i = 0; i < edges.size(); ++i) {
      if (!keep_vertex[boost::source(edges[i], sg)] || !keep_vertex[boost::target(edges[i], sg)]) {
        keep_edge[i] = false;
      }
    }
  };

  if (opt.path) {
    Vertex a, b;
    if (Status s = ResolveOrFail(staged, opt.path->first, &a); !s.ok()) return s;
    if (Status s = ResolveOrFail(staged, opt.path->second, &b); !s.ok()) return s;
    named.insert(a);
    named.insert(b);
    std::vector<Path> paths = ShortestPaths(staged, a, b, std::max<size_t>(1, opt.max_paths));
    if (paths.empty()) {
      return Status(ErrorCode::kNotFound, "focus",
                    "no path between " + sg[a].name + " and " + sg[b].name +
                        (relations.empty() && opt.polarities.empty() && !window &&
                                 opt.min_evidence <= 1
                             ? std::string()
                             : std::string(" with the filters asked")));
    }
    std::set<std::pair<Vertex, Vertex>> pairs;
    std::fill(keep_vertex.begin(), keep_vertex.end(), false);
    keep_vertex[a] = keep_vertex[b] = true;
    for (const Path& p : paths) {
      for (const Hop& h : p) {
        keep_vertex[h.from] = keep_vertex[h.to] = true;
        pairs.insert({std::min(h.from, h.to), std::max(h.from, h.to)});
      }
    }
    for (size_t i = 0; i < edges.size(); ++i) {
      Vertex s = boost::source(edges[i], sg), t = boost::target(edges[i], sg);
      keep_edge[i] = keep_edge[i] && pairs.count({std::min(s, t), std::max(s, t)}) > 0;
    }
  }

  if (!opt.around.empty()) {
    std::vector<Vertex> sources;
    for (const std::string& name : opt.around) {
      Vertex v;
      if (Status s = ResolveOrFail(staged, name, &v); !s.ok()) return s;
      named.insert(v);
      if (keep_vertex[v]) sources.push_back(v);
    }
    std::vector<std::pair<Vertex, Vertex>> ties;
    for (size_t i = 0; i < edges.size(); ++i) {
      Vertex s = boost::source(edges[i], sg), t = boost::target(edges[i], sg);
      if (keep_edge[i] && keep_vertex[s] && keep_vertex[t]) ties.emplace_back(s, t);
    }
    const std::vector<size_t> hops = HopsFrom(n, ties, sources);
    for (Vertex v = 0; v < n; ++v) keep_vertex[v] = keep_vertex[v] && hops[v] <= opt.depth;
    for (Vertex v : named) keep_vertex[v] = true;
    drop_edges_outside();
  }

  if (opt.top > 0) {
    auto adj = adjacency();
    std::vector<Vertex> ranked;
    for (Vertex v = 0; v < n; ++v) {
      if (keep_vertex[v]) ranked.push_back(v);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](Vertex x, Vertex y) {
      if (adj[x].size() != adj[y].size()) return adj[x].size() > adj[y].size();
      return sg[x].id < sg[y].id;
    });
    std::fill(keep_vertex.begin(), keep_vertex.end(), false);
    for (size_t i = 0; i < ranked.size() && i < opt.top; ++i) keep_vertex[ranked[i]] = true;
    for (Vertex v : named) keep_vertex[v] = true;
    drop_edges_outside();
  }
  drop_edges_outside();

  // The result: kept actors that have a kept tie or were named.
  std::vector<bool> tied(n, false);
  for (size_t i = 0; i < edges.size(); ++i) {
    if (!keep_edge[i]) continue;
    tied[boost::source(edges[i], sg)] = tied[boost::target(edges[i], sg)] = true;
  }
  // Only `staged` is read from here on, so `out` may be `in`.
  *out = AllianceGraph();
  for (Vertex v : staged.SortedNodes()) {
    if (keep_vertex[v] && (tied[v] || named.count(v))) out->AddNode(sg[v]);
  }
  for (size_t i = 0; i < edges.size(); ++i) {
    if (!keep_edge[i]) continue;
    const EdgeInfo& info = sg[edges[i]];
    for (const Evidence& ev : info.evidence) {
      out->AddFact(sg[boost::source(edges[i], sg)], info.relation, sg[boost::target(edges[i], sg)], ev);
    }
  }
  return Status();
}

}  // namespace tahaluf
