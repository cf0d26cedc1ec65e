// JSON in and out: the triple lines `extract` prints (the format the
// evaluation scorer and `build` read) and the graph file `build` writes and
// reads back, so graphs can be extended and queried later. Written with
// RapidJSON; keys in a fixed order, so the same input gives the same bytes.
//
// Triple line:
//   {"doc","sentence","subject":{"id","name","name_ar","kind","surface",
//    "aliases"},"relation","object":{...},"polarity","cameo","plover",
//    "negated","hedged","date","lang","derivation",
//    "evidence":{"text","start","end","cue_start","cue_end","speaker"?,
//    "event_date"?}}
// Graph file:
//   {"format":"tahaluf-graph","version":1,"nodes":[{"id","name","name_ar",
//    "kind","wikidata","aliases"}],"edges":[{"source","target","relation",
//    "symmetric","polarity","cameo","plover","evidence":[{"doc","sentence",
//    "start","end","text","date","lang","hedged","subject_surface",
//    "object_surface","speaker"?,"event_date"?}]}]}
//
// Usage:
//   std::string line = tahaluf::TripleJson(doc, triple, extraction, lexicon);
//   std::string json = tahaluf::GraphJson(graph);
//   tahaluf::Status s = tahaluf::ReadGraphJson(json, "g.json", &graph);
#ifndef TAHALUF_SERIALIZE_H_
#define TAHALUF_SERIALIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/document.h"
#include "tahaluf/extract.h"
#include "tahaluf/graph.h"
#include "tahaluf/lexicon.h"

namespace tahaluf {

// The graph node for a lexicon actor.
NodeInfo NodeFromActor(const Actor& actor);

// One line of `extract` output (no trailing newline).
std::string TripleJson(const Document& doc, const Triple& triple,
                       const Extraction& extraction, const Lexicon& lexicon);

// Adds the non-negated triples of a document to `graph`.
void AddToGraph(const Document& doc, const Extraction& extraction,
                const Lexicon& lexicon, AllianceGraph* graph);

// Parses triple JSON Lines (as `extract` writes them) into `graph`. Bad
// lines add a Status each (source and line) and are skipped; negated lines
// are left out.
void ReadTripleLines(std::string_view content, std::string_view source,
                     AllianceGraph* graph, std::vector<Status>* errors);

// The graph as JSON (pretty-printed, newline-terminated).
std::string GraphJson(const AllianceGraph& graph);

// Reads a graph file into `graph` (merging with what it holds). On error,
// `graph` is left unchanged.
Status ReadGraphJson(std::string_view content, std::string_view source,
                     AllianceGraph* graph);

// True when `content` looks like a graph file rather than triple lines.
bool LooksLikeGraphJson(std::string_view content);

}  // namespace tahaluf

#endif  // TAHALUF_SERIALIZE_H_
