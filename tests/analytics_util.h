// Shared by the analytics tests: small hand-made alliance graphs, written
// one fact per line, and their index built both ways (from the graph and
// from its graph file) so every test runs on what the CLI loads.
#ifndef TAHALUF_TESTS_ANALYTICS_UTIL_H_
#define TAHALUF_TESTS_ANALYTICS_UTIL_H_

#include <doctest/doctest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "tahaluf/graph.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/tie_index.h"

namespace tahaluf::testing {

// Builds a graph from lines "SUBJ relation OBJ [xN] [DATE] [hedged]":
// xN adds N pieces of evidence, DATE (YYYY-MM-DD) dates them all.
// Actor names are their ids, with the name "Name of ID".
class TestGraph {
 public:
  explicit TestGraph(const std::vector<std::string>& facts) {
    for (const std::string& line : facts) Add(line);
  }

  void Add(const std::string& line) {
    std::istringstream in(line);
    std::string s, rel, o, word;
    in >> s >> rel >> o;
    int copies = 1;
    std::string date;
    bool hedged = false;
    while (in >> word) {
      if (word[0] == 'x') {
        copies = std::stoi(word.substr(1));
      } else if (word == "hedged") {
        hedged = true;
      } else {
        date = word;
      }
    }
    const RelationInfo* r = FindRelation(rel);
    REQUIRE_MESSAGE(r != nullptr, "unknown relation in test: " << rel);
    for (int k = 0; k < copies; ++k) {
      Evidence e;
      e.doc = "doc" + std::to_string(next_doc_++);
      e.sentence = 1;
      e.start = 0;
      e.end = 10;
      e.text = s + " " + rel + " " + o;
      e.date = date;
      e.lang = next_doc_ % 2 ? "en" : "ar";
      e.hedged = hedged;
      graph_.AddFact(Node(s), r, Node(o), e);
    }
  }

  static NodeInfo Node(const std::string& id) {
    NodeInfo n;
    n.id = id;
    n.name = "Name of " + id;
    n.kind = "state";
    return n;
  }

  const AllianceGraph& graph() const { return graph_; }

  // The index read back from the graph file (strings point into json_).
  const TieIndex& index() {
    if (!index_) {
      json_ = GraphJson(graph_);
      index_ = std::make_unique<TieIndex>();
      Status s = IndexGraphJson(json_, "test graph", index_.get());
      REQUIRE_MESSAGE(s.ok(), s.ToString());
    }
    return *index_;
  }

  uint32_t Id(const std::string& id) {
    auto v = index().Find(id);
    REQUIRE_MESSAGE(v.has_value(), "no actor " << id);
    return *v;
  }

 private:
  AllianceGraph graph_;
  int next_doc_ = 0;
  std::string json_;
  std::unique_ptr<TieIndex> index_;
};

// Actor ids along a path, joined by spaces.
template <typename Index>
std::string Ids(const Index& index, const std::vector<uint32_t>& actors) {
  std::string out;
  for (uint32_t v : actors) out += (out.empty() ? "" : " ") + std::string(index.node(v).id);
  return out;
}

}  // namespace tahaluf::testing

#endif  // TAHALUF_TESTS_ANALYTICS_UTIL_H_
