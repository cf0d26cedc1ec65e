// Graph I/O: the two files tahaluf writes and reads back. Triple lines are
// what `extract` prints, one claim per line (the format the evaluation
// scorer and `build` read); the graph file is what `build` and `merge`
// write, so graphs can be extended and queried later. There is one reader
// of each (graph_reader.cc, over a strict streaming JSON scanner; see
// src/json_scanner.h for why not RapidJSON) feeding both graph models, the
// editable AllianceGraph (graph.h) and the read-only TieIndex
// (tie_index.h), and one writer of each: keys in a fixed order and the
// layout of RapidJSON's PrettyWriter with a one-space indent, so the same
// graph gives the same bytes whichever model it was read into.
//
// Triple line:
//   {"doc","sentence","subject":{"id","name","name_ar","kind","wikidata"?,
//    "surface","aliases"},"relation","object":{...},"polarity","cameo",
//    "plover","negated","hedged","date","lang","derivation",
//    "evidence":{"text","start","end","cue_start"?,"cue_end"?,"speaker"?,
//    "event_date"?,"construction"?}}
// Graph file:
//   {"format":"tahaluf-graph","version":1,"nodes":[{"id","name","name_ar",
//    "kind","wikidata"?,"aliases"}],"edges":[{"source","target","relation",
//    "symmetric","polarity","cameo","plover","evidence":[{"doc","sentence",
//    "start","end","text","date","lang","hedged","subject_surface",
//    "object_surface","speaker"?,"event_date"?}]}]}
// Reading, a string member that holds another kind of value reads as "",
// a number member that holds another kind as 0; unknown members are passed
// over. Refused, naming the source and the line (triple lines) or the byte
// offset (graph files): what is not strict JSON, strings that are not valid
// UTF-8 (raw bytes, or a \u escape of half a surrogate pair), arrays and
// objects nested deeper than 100 levels, a number member that is not a
// whole number below 2^32 (negative, fractional, too large), an actor id
// with a control character, and in graph files a node id that comes twice
// and a "version" other than kGraphFileVersion.
//
// Usage:
//   std::string line = tahaluf::TripleJson(triple);
//   std::string json = tahaluf::GraphJson(graph);
//   tahaluf::Status s = tahaluf::ReadGraphJson(json, "g.json", &graph);
//   s = tahaluf::IndexGraphJson(bytes, "g.json", &index);   // no AllianceGraph
//
//   tahaluf::TieIndexStager stager;              // many inputs, one index
//   stager.AddTripleLines(bytes, "t.jsonl", &errors);
//   s = stager.Finish(&index);
//   tahaluf::WriteGraphJson(index, [&](std::string_view piece) { out.Write(piece); });
#ifndef TAHALUF_GRAPH_IO_H_
#define TAHALUF_GRAPH_IO_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/graph.h"
#include "tahaluf/status.h"
#include "tahaluf/tie_index.h"
#include "tahaluf/triple.h"

namespace tahaluf {

// ---- Triple lines.

// One line of `extract` output (no trailing newline).
std::string TripleJson(const Triple& triple);

// The lines of `triples` (TripleJson's, each followed by a newline)
// appended to `*out`; an actor record that several of them share (one
// Extraction's triples do) is turned into JSON once.
void AppendTripleLines(const std::vector<Triple>& triples, std::string* out);

// Reads one line of `extract` output. kSyntax when it is not JSON, has no
// subject or object with an id, or names an unknown relation (the message
// says which; the Status names no source).
Status ParseTripleLine(std::string_view line, Triple* triple);

// Reads triple lines into `graph` (AddTriple: negated lines add nothing).
// Blank lines are passed over; a bad line adds a kSyntax Status (source
// and line) to `errors` and is skipped.
void ReadTripleLines(std::string_view content, std::string_view source, AllianceGraph* graph,
                     std::vector<Status>* errors);

// ---- Graph files.

// The version graph files carry ("version"); a file without one reads as
// this version, a file of another version is refused.
constexpr uint32_t kGraphFileVersion = 1;

// True when `content` looks like a graph file rather than triple lines.
bool LooksLikeGraphJson(std::string_view content);

// Reads a graph file into `graph`, merging with what it holds. On error
// (kGraph, naming the byte offset where known), `graph` is unchanged.
Status ReadGraphJson(std::string_view content, std::string_view source, AllianceGraph* graph);

// Reads a graph file into `index` without an AllianceGraph: the same graph
// ReadGraphJson gives, and the same errors; on error `index` is unchanged.
// The index's strings point into `content`, which must outlive it. A large
// file (8 MB and more) is read by two threads, the second starting at an
// edge near the middle; the result and the errors are those of one.
Status IndexGraphJson(std::string_view content, std::string_view source, TieIndex* index);

// The graph file, handed to `sink` in consecutive pieces (about 1 MB each),
// always on the calling thread; two more threads make the pieces of the
// edges, in the same bytes as one would. No second copy of a large graph
// is ever in memory.
void WriteGraphJson(const TieIndex& index, const std::function<void(std::string_view)>& sink);

// The whole graph file as one string (newline-terminated).
std::string GraphJson(const TieIndex& index);
std::string GraphJson(const AllianceGraph& graph);

// Several inputs, graph files and triple lines, gathered into one TieIndex
// without an AllianceGraph: the fast way to build a large graph. The result
// is the graph an AllianceGraph would hold after ReadGraphJson /
// ReadTripleLines of the same inputs in the same order. Graph files' bytes
// must outlive the index; what triple lines give is copied, so they may be
// handed over a block of whole lines at a time and freed after each
// (`build` does so: a triple file is never in memory whole).
class TieIndexStager {
 public:
  TieIndexStager();
  ~TieIndexStager();
  // A graph file; on error (as IndexGraphJson's, an edge naming an actor
  // the file lacks included) nothing of it is added.
  Status AddGraphJson(std::string_view content, std::string_view source);
  // Triple lines; errors as ReadTripleLines gives them.
  void AddTripleLines(std::string_view content, std::string_view source,
                      std::vector<Status>* errors);
  // The index of all that was added (the stager is empty again after).
  Status Finish(TieIndex* index);

 private:
  struct Staged;
  std::unique_ptr<Staged> staged_;
};

// ---- Evidence as JSON, for every writer that shows it.

enum class EvidenceFields {
  kAll,    // as the graph file has it
  kQuote,  // doc, sentence, start, end, text, date, lang, hedged
};

// One piece of evidence as a JSON object, through `w`: a RapidJSON Writer
// or PrettyWriter, or any writer with their StartObject, Key(const char*),
// String(const char*, length), Uint, Bool and EndObject. `e` is an Evidence
// (graph.h) or an IndexEvidence (tie_index.h).
template <typename JsonWriter, typename EvidenceT>
void WriteEvidenceJson(JsonWriter& w, const EvidenceT& e,
                       EvidenceFields fields = EvidenceFields::kAll) {
  auto string = [&w](const char* key, std::string_view value) {
    w.Key(key);
    w.String(value.data(), static_cast<unsigned>(value.size()));
  };
  w.StartObject();
  string("doc", e.doc);
  w.Key("sentence");
  w.Uint(e.sentence);
  w.Key("start");
  w.Uint(e.start);
  w.Key("end");
  w.Uint(e.end);
  string("text", e.text);
  string("date", e.date);
  string("lang", e.lang);
  w.Key("hedged");
  w.Bool(e.hedged);
  if (fields == EvidenceFields::kAll) {
    string("subject_surface", e.subject_surface);
    string("object_surface", e.object_surface);
    if (!std::string_view(e.speaker).empty()) string("speaker", e.speaker);
    if (!std::string_view(e.event_date).empty()) string("event_date", e.event_date);
  }
  w.EndObject();
}

}  // namespace tahaluf

#endif  // TAHALUF_GRAPH_IO_H_
