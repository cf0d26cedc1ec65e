// The index stage: the read-only, compact form of an alliance graph that
// every analytics question runs on (paths, neighbours, blocs, balance,
// brokers, timelines, statistics), and the filters those questions take.
//
// An AllianceGraph is built for merging: maps keyed by strings, a
// Boost.Graph adjacency list, evidence as owned strings. Answering questions
// on graphs of a million ties needs less: actors numbered 0..n-1 in id order,
// ties as a flat array, each actor's ties in one contiguous run (compressed
// sparse rows), evidence as views of text held elsewhere. A TieIndex is made
// either from an AllianceGraph (FromGraph: small graphs, tests, writing a
// graph file) or from a graph as a reader staged it (BuildTieIndex), which
// is how graph_io.h indexes the bytes of a graph file (IndexGraphJson)
// without building the AllianceGraph at all: the strings it holds point
// into those bytes, so the bytes must outlive the index (the CLI maps the
// file into memory).
//
// Actor numbers follow actor ids (byte order), and each actor's ties are
// sorted by neighbour, then relation, so every algorithm that walks them in
// order gives the same answer for the same graph.
//
// A TieFilter says which evidence counts (relations, polarity, a date
// window, hedged or not) and how much of it a tie needs; ActiveTies applies
// it once, giving for every tie the number of pieces of evidence that pass
// (its "support", 0 = the tie is out).
//
// Usage:
//   tahaluf::TieIndex index;
//   tahaluf::Status s = tahaluf::IndexGraphJson(bytes, "g.json", &index);  // graph_io.h
//   tahaluf::TieFilter f;
//   f.polarity = tahaluf::Polarity::kCooperative;
//   f.since = tahaluf::ParseDay("2020-01-01", false).value();
//   tahaluf::ActiveTies active(index, f);
//   for (const tahaluf::Arc& a : index.arcs(v)) if (active.on(a.tie)) ...
#ifndef TAHALUF_TIE_INDEX_H_
#define TAHALUF_TIE_INDEX_H_

#include <cstdint>
#include <list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/dates.h"
#include "tahaluf/graph.h"
#include "tahaluf/relations.h"
#include "tahaluf/status.h"

namespace tahaluf {

struct IndexNode {
  std::string_view id, name, name_ar, kind, wikidata;
  uint32_t aliases_begin = 0, aliases_end = 0;  // into TieIndex::aliases()
};

struct IndexEvidence {
  std::string_view doc, text, date, lang, subject_surface, object_surface;
  std::string_view speaker, event_date;  // empty when the evidence has none
  uint32_t sentence = 0, start = 0, end = 0;
  Day day = kUndated;
  bool hedged = false;
};

// One fact: subject, relation, object, and its evidence (sorted, unique).
struct Tie {
  uint32_t source = 0, target = 0;  // subject and object actor numbers
  const RelationInfo* relation = nullptr;
  uint32_t evidence_begin = 0, evidence_end = 0;
  uint32_t evidence_count() const { return evidence_end - evidence_begin; }
};

// A tie seen from one of its ends.
struct Arc {
  uint32_t neighbor;
  uint32_t tie;
  bool forward;  // true when this end is the tie's subject
};

class TieIndex {
 public:
  // An index of `graph`; its strings point into `graph`, which must outlive
  // the index and stay unchanged.
  static TieIndex FromGraph(const AllianceGraph& graph);

  size_t num_nodes() const { return nodes_.size(); }
  size_t num_ties() const { return ties_.size(); }
  size_t num_evidence() const { return evidence_.size(); }

  const IndexNode& node(uint32_t v) const { return nodes_[v]; }
  const Tie& tie(uint32_t t) const { return ties_[t]; }
  std::span<const Tie> ties() const { return ties_; }
  std::span<const IndexEvidence> evidence(uint32_t t) const {
    return std::span<const IndexEvidence>(evidence_).subspan(
        ties_[t].evidence_begin, ties_[t].evidence_count());
  }
  std::span<const IndexEvidence> all_evidence() const { return evidence_; }
  std::span<const std::string_view> aliases(uint32_t v) const {
    return std::span<const std::string_view>(aliases_).subspan(
        nodes_[v].aliases_begin, nodes_[v].aliases_end - nodes_[v].aliases_begin);
  }
  // The ties of actor v, in either direction, by neighbour, relation name,
  // then direction (subject side first).
  std::span<const Arc> arcs(uint32_t v) const {
    return std::span<const Arc>(arcs_).subspan(arc_offsets_[v],
                                               arc_offsets_[v + 1] - arc_offsets_[v]);
  }
  // Where v's arcs start among all arcs (arcs(v) is [arc_begin(v),
  // arc_begin(v + 1)) of them).
  uint32_t arc_begin(uint32_t v) const { return arc_offsets_[v]; }
  size_t num_arcs() const { return arcs_.size(); }
  // The actor with this exact id.
  std::optional<uint32_t> Find(std::string_view id) const;

 private:
  friend class TieIndexBuilder;  // BuildTieIndex
  friend class TieIndexFile;     // tie_index_file.h
  // What breaks the promises an index keeps, for one laid out from outside
  // (an index file), whose every algorithm would otherwise trust it: ties
  // unique and sorted by actor, relation name and actor, a symmetric tie
  // with its smaller actor first, each tie's evidence a non-empty run of
  // its own, sorted and unique, the runs covering all evidence in tie order,
  // each piece's day the one its date gives, and each actor's arcs exactly
  // its ties, sorted by neighbour, relation name, direction and tie. The
  // ids' order and every number's range are the reader's to check first.
  struct Breach {
    enum Part { kNone, kTie, kEvidence, kArc } part = kNone;
    uint64_t number = 0;  // of the tie, piece of evidence or arc
    std::string what;
  };
  Breach FindBreach() const;
  void BuildArcs();
  // An open-addressing table from id to actor over a compact copy of the
  // ids: looking up a million tie ends stays in cache.
  void BuildIdTable();
  std::vector<IndexNode> nodes_;
  std::vector<std::string_view> aliases_;
  std::vector<Tie> ties_;
  std::vector<IndexEvidence> evidence_;
  std::vector<uint32_t> arc_offsets_;
  std::vector<Arc> arcs_;
  std::string id_arena_;
  std::vector<uint32_t> id_offsets_;
  std::vector<uint64_t> id_slots_;  // (hash >> 32) << 32 | (actor + 1); 0 is empty
  // Strings the index holds itself (a list: views stay valid).
  std::list<std::string> storage_;
};

// A graph as a reader met it, before it is indexed: actors in the order
// met (an id may come again), facts naming their actors by id, each with
// its run of evidence. Strings are views; `storage` holds those the reader
// made (decoded, copied), and the index keeps it.
struct StagedGraph {
  struct Fact {
    std::string_view source, target;
    const RelationInfo* relation = nullptr;
    uint32_t evidence_begin = 0, evidence_end = 0;  // into `evidence`
  };
  std::vector<IndexNode> nodes;            // aliases_begin/end index `aliases`
  std::vector<std::string_view> aliases;
  std::vector<Fact> facts;
  std::vector<IndexEvidence> evidence;
  std::list<std::string> storage;

  // Appends what `other` staged after what this one did (`other` is left
  // empty of storage).
  void Append(StagedGraph& other);
};

// The index of a staged graph, merged as AllianceGraph merges: an actor
// met again adds its non-empty fields where the first had none and its
// aliases; a fact met again adds its evidence; symmetric facts are stored
// with the smaller id first; evidence is sorted, and of equal pieces the
// first is kept. Large graphs are indexed on two threads, with the same
// result. Fails (kGraph, naming `source`) when a fact names an actor that
// is not staged: "edge #N names a node that is not in "nodes": 'ID'", N
// the fact's place among the staged ones; `index` is then unchanged.
Status BuildTieIndex(StagedGraph staged, std::string_view source, TieIndex* index);

// The hash of an actor id that the index's id table uses.
uint64_t IdHash(std::string_view id);

struct TieFilter {
  // Relations to keep; empty keeps all.
  std::vector<const RelationInfo*> relations;
  std::optional<Polarity> polarity;
  // Evidence dated within [since, until] (inclusive); when either is set,
  // undated evidence is left out.
  Day since = kUndated, until = kUndated;
  // The graph as known on this day: evidence dated up to it, and where one
  // pair of actors has both cooperative and hostile ties, only the polarity
  // of the most recent evidence between them stands (a later falling-out
  // ends an alliance, a later reconciliation ends a rivalry).
  Day as_of = kUndated;
  bool skip_hedged = false;
  // A tie is on when at least this many pieces of its evidence pass.
  uint32_t min_evidence = 1;

  bool empty() const {
    return relations.empty() && !polarity && since == kUndated && until == kUndated &&
           as_of == kUndated && !skip_hedged && min_evidence <= 1;
  }
};

// The filter applied to every tie once: support(t) is the number of pieces
// of t's evidence that pass (0 when the tie is off).
class ActiveTies {
 public:
  ActiveTies(const TieIndex& index, const TieFilter& filter);
  bool on(uint32_t tie) const { return support_[tie] != 0; }
  uint32_t support(uint32_t tie) const { return support_[tie]; }
  // support() of each of arcs(v)'s ties, in the same order: traversals
  // read it sequentially instead of looking each tie up.
  std::span<const uint32_t> arc_support(uint32_t v) const {
    return std::span<const uint32_t>(arc_support_).subspan(
        index_->arc_begin(v), index_->arc_begin(v + 1) - index_->arc_begin(v));
  }
  // Whether one piece of evidence passes the date and hedging parts.
  bool Passes(const IndexEvidence& e) const;
  const TieFilter& filter() const { return filter_; }
  size_t num_on() const { return num_on_; }

 private:
  const TieIndex* index_;
  TieFilter filter_;
  std::vector<uint32_t> support_;
  std::vector<uint32_t> arc_support_;
  size_t num_on_ = 0;
};

// The piece of evidence to quote for a tie: among those that pass, a
// non-hedged one first, then the most recent, then the first in order.
// Null when none passes.
const IndexEvidence* QuoteFor(const TieIndex& index, const ActiveTies& active, uint32_t tie);

}  // namespace tahaluf

#endif  // TAHALUF_TIE_INDEX_H_
