#include "tahaluf/graph.h"

#include <algorithm>
#include <set>

namespace tahaluf {
namespace {

void MergeSorted(std::vector<std::string>* into, const std::vector<std::string>& from) {
  into->insert(into->end(), from.begin(), from.end());
  std::sort(into->begin(), into->end());
  into->erase(std::unique(into->begin(), into->end()), into->end());
}

}  // namespace

bool EdgeInfo::AllHedged() const {
  return !evidence.empty() &&
         std::all_of(evidence.begin(), evidence.end(), [](const Evidence& e) { return e.hedged; });
}

EdgeSummary SummarizeEdge(const EdgeInfo& edge) {
  EdgeSummary s;
  s.evidence_count = edge.evidence.size();
  s.hedged = edge.AllHedged();
  std::set<std::string> docs, dates;
  for (const Evidence& e : edge.evidence) {
    docs.insert(e.doc);
    if (!e.date.empty()) dates.insert(e.date);
  }
  s.documents.assign(docs.begin(), docs.end());
  s.dates.assign(dates.begin(), dates.end());
  if (!s.dates.empty()) {
    s.first_date = s.dates.front();
    s.last_date = s.dates.back();
  }
  return s;
}

AllianceGraph::AllianceGraph(const AllianceGraph& other) : graph_(other.graph_) { Reindex(); }

AllianceGraph& AllianceGraph::operator=(const AllianceGraph& other) {
  if (this != &other) {
    graph_ = other.graph_;
    Reindex();
  }
  return *this;
}

AllianceGraph::AllianceGraph(AllianceGraph&& other) noexcept : graph_(std::move(other.graph_)) {
  Reindex();
  other.graph_.clear();
  other.Reindex();
}

AllianceGraph& AllianceGraph::operator=(AllianceGraph&& other) noexcept {
  if (this != &other) {
    graph_ = std::move(other.graph_);
    Reindex();
    other.graph_.clear();
    other.Reindex();
  }
  return *this;
}

void AllianceGraph::Reindex() {
  by_id_.clear();
  by_fact_.clear();
  for (auto [it, end] = boost::vertices(graph_); it != end; ++it) by_id_.emplace(graph_[*it].id, *it);
  for (auto [it, end] = boost::edges(graph_); it != end; ++it) {
    by_fact_.emplace(std::make_tuple(boost::source(*it, graph_), graph_[*it].relation,
                                     boost::target(*it, graph_)),
                     *it);
  }
}

Vertex AllianceGraph::AddNode(const NodeInfo& node) {
  auto it = by_id_.find(node.id);
  if (it != by_id_.end()) {
    NodeInfo& have = graph_[it->second];
    if (have.name.empty()) have.name = node.name;
    if (have.name_ar.empty()) have.name_ar = node.name_ar;
    if (have.kind.empty()) have.kind = node.kind;
    if (have.wikidata.empty()) have.wikidata = node.wikidata;
    MergeSorted(&have.aliases, node.aliases);
    return it->second;
  }
  Vertex v = boost::add_vertex(graph_);
  graph_[v] = node;
  std::vector<std::string> aliases;
  MergeSorted(&aliases, node.aliases);
  graph_[v].aliases = std::move(aliases);
  by_id_.emplace(node.id, v);
  return v;
}

Edge AllianceGraph::AddFact(const NodeInfo& subject, const RelationInfo* relation,
                            const NodeInfo& object, const Evidence& evidence) {
  const NodeInfo* s = &subject;
  const NodeInfo* o = &object;
  if (relation->symmetric && o->id < s->id) std::swap(s, o);
  Vertex sv = AddNode(*s);
  Vertex ov = AddNode(*o);
  auto key = std::make_tuple(sv, relation, ov);
  auto it = by_fact_.find(key);
  Edge e;
  if (it == by_fact_.end()) {
    e = boost::add_edge(sv, ov, graph_).first;
    graph_[e].relation = relation;
    by_fact_.emplace(key, e);
  } else {
    e = it->second;
  }
  std::vector<Evidence>& ev = graph_[e].evidence;
  auto pos = std::lower_bound(ev.begin(), ev.end(), evidence);
  if (pos == ev.end() || !(*pos == evidence)) ev.insert(pos, evidence);
  return e;
}

void AllianceGraph::AddTriple(const Triple& t) {
  if (t.negated) return;
  Evidence e;
  e.doc = t.doc;
  e.sentence = t.sentence;
  e.start = t.begin;
  e.end = t.end;
  e.text = t.text;
  e.date = t.date;
  e.lang = t.lang;
  e.hedged = t.hedged;
  e.subject_surface = t.subject_surface;
  e.object_surface = t.object_surface;
  e.speaker = t.speaker;
  e.event_date = t.event_date;
  AddFact(ActorRecord(t.subject_actor), t.relation, ActorRecord(t.object_actor), e);
}

void AllianceGraph::Merge(const AllianceGraph& other) {
  const Graph& g = other.graph();
  for (Vertex v : other.SortedNodes()) AddNode(g[v]);
  for (Edge e : other.SortedEdges()) {
    for (const Evidence& ev : g[e].evidence) {
      AddFact(g[boost::source(e, g)], g[e].relation, g[boost::target(e, g)], ev);
    }
  }
}

std::optional<Vertex> AllianceGraph::FindNode(std::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> AllianceGraph::SortedNodes() const {
  std::vector<Vertex> out;
  out.reserve(by_id_.size());
  for (const auto& [id, v] : by_id_) out.push_back(v);
  return out;
}

std::vector<Edge> AllianceGraph::SortedEdges() const {
  std::vector<Edge> out;
  out.reserve(by_fact_.size());
  for (const auto& [key, e] : by_fact_) out.push_back(e);
  std::sort(out.begin(), out.end(), [this](const Edge& a, const Edge& b) {
    const Graph& g = graph_;
    return std::make_tuple(std::string_view(g[boost::source(a, g)].id), g[a].relation->name,
                           std::string_view(g[boost::target(a, g)].id)) <
           std::make_tuple(std::string_view(g[boost::source(b, g)].id), g[b].relation->name,
                           std::string_view(g[boost::target(b, g)].id));
  });
  return out;
}

}  // namespace tahaluf
