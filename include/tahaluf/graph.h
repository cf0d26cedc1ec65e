// The graph stage: the editable alliance graph. One vertex per canonical
// actor, one edge per (subject, relation, object) fact carrying every piece
// of evidence for it: document, sentence, byte span in the original,
// sentence text, date, language, hedged. The same fact from an Arabic and an
// English article is one edge with two pieces of evidence. Symmetric
// relations are stored once, with the smaller actor id as source. Negated
// claims never enter the graph. Triples (triple.h) are added as they are;
// graph_io.h reads and writes the graph file.
//
// The model is a Boost.Graph adjacency_list, so Boost's algorithms (BFS,
// Brandes betweenness, components) run on it directly.
//
// Usage:
//   tahaluf::AllianceGraph g;
//   for (const tahaluf::Triple& t : extraction.triples) g.AddTriple(t);
//   g.AddFact(subject_node, tahaluf::FindRelation("visit"), object_node, evidence);
//   g.Merge(other);                       // order-independent result
//   for (auto e : g.SortedEdges()) { const tahaluf::EdgeInfo& info = g.graph()[e]; }
#ifndef TAHALUF_GRAPH_H_
#define TAHALUF_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "tahaluf/relations.h"
#include "tahaluf/triple.h"

namespace tahaluf {

struct Evidence {
  std::string doc;
  uint32_t sentence = 0;
  uint32_t start = 0, end = 0;   // byte span of the sentence in the document
  std::string text;              // the sentence as written
  std::string date;              // ISO date of the document, may be empty
  std::string lang;              // "ar" / "en"
  bool hedged = false;
  std::string subject_surface;   // how the actors were written there
  std::string object_surface;
  std::string speaker;           // who the claim is attributed to, if said
  std::string event_date;        // a relative date resolved, ISO, if any

  auto Key() const { return std::tie(doc, start, end, sentence, subject_surface, object_surface); }
  bool operator<(const Evidence& o) const { return Key() < o.Key(); }
  bool operator==(const Evidence& o) const { return Key() == o.Key(); }
};

struct EdgeInfo {
  const RelationInfo* relation = nullptr;
  std::vector<Evidence> evidence;  // sorted, unique
  // True when every piece of evidence is hedged.
  bool AllHedged() const;
};

// What every export says about a relation besides its evidence.
struct EdgeSummary {
  size_t evidence_count = 0;
  std::string first_date, last_date;   // earliest and latest evidence date ("" if none)
  std::vector<std::string> documents;  // sorted, unique
  std::vector<std::string> dates;      // sorted, unique, non-empty
  bool hedged = false;                 // every piece of evidence hedged
};
EdgeSummary SummarizeEdge(const EdgeInfo& edge);

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    NodeInfo, EdgeInfo>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class AllianceGraph {
 public:
  AllianceGraph() = default;
  // Copies and moves rebuild the fact index: it holds edge descriptors,
  // which point into the graph they came from.
  AllianceGraph(const AllianceGraph& other);
  AllianceGraph& operator=(const AllianceGraph& other);
  AllianceGraph(AllianceGraph&& other) noexcept;
  AllianceGraph& operator=(AllianceGraph&& other) noexcept;

  // Adds or updates an actor (names and aliases are merged); returns it.
  Vertex AddNode(const NodeInfo& node);
  // Adds a fact with one piece of evidence; the edge is created when new.
  Edge AddFact(const NodeInfo& subject, const RelationInfo* relation,
               const NodeInfo& object, const Evidence& evidence);
  // Adds the fact a triple states, with its sentence as the evidence; a
  // negated triple adds nothing.
  void AddTriple(const Triple& triple);
  // Adds all of `other` into this graph.
  void Merge(const AllianceGraph& other);

  const Graph& graph() const { return graph_; }
  std::optional<Vertex> FindNode(std::string_view id) const;
  size_t num_nodes() const { return boost::num_vertices(graph_); }
  size_t num_edges() const { return boost::num_edges(graph_); }

  // Vertices by id, edges by (source id, relation, target id): the order
  // every writer uses, so output is byte-identical for the same facts.
  std::vector<Vertex> SortedNodes() const;
  std::vector<Edge> SortedEdges() const;

 private:
  void Reindex();

  Graph graph_;
  std::map<std::string, Vertex, std::less<>> by_id_;
  std::map<std::tuple<Vertex, const RelationInfo*, Vertex>, Edge> by_fact_;
};

}  // namespace tahaluf

#endif  // TAHALUF_GRAPH_H_
