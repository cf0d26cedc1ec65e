// The triple: one claim an article makes about two actors, self-contained.
// Extraction makes triples (extract.h); `extract` writes them as JSON lines
// and `build` reads those back (graph_io.h); the graph adds them as facts
// with evidence (graph.h). A triple carries all that those need: the two
// actors as records (ids, names in both languages, kind, aliases), the
// relation, the sentence that says it (document, date, language, byte span
// in the original file, its text, how the actors were written there) and
// whether it was negated or hedged, so writing or merging it needs neither
// the lexicon nor the extractor.
//
// Usage:
//   for (const tahaluf::Triple& t : extraction.triples) {
//     std::string line = tahaluf::TripleJson(t);   // graph_io.h
//     graph.AddTriple(t);                          // graph.h
//   }
#ifndef TAHALUF_TRIPLE_H_
#define TAHALUF_TRIPLE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tahaluf/relations.h"

namespace tahaluf {

// An actor as triples and graphs record it.
struct NodeInfo {
  std::string id;
  std::string name;     // English
  std::string name_ar;
  std::string kind;     // "state", "person", ... (lexicon.h ActorKind names)
  std::string wikidata;
  std::vector<std::string> aliases;  // in a graph: sorted, unique
};

struct Triple {
  // The extractor's numbers for the two actors (lexicon indices, or past
  // the lexicon for actors the document introduced: Extraction::ActorAt),
  // for its own bookkeeping; what the triple says of them is in
  // subject_actor and object_actor.
  uint32_t subject = static_cast<uint32_t>(-1);
  uint32_t object = static_cast<uint32_t>(-1);
  // The two actors' records, shared: an extraction makes one record per
  // actor of the document and its triples point to it (a record holds
  // every alias: copying it for each triple was a tenth of writing one).
  // Set by extraction and ParseTripleLine; TripleJson and AddTriple need
  // them (ActorRecord reads a missing one as empty).
  std::shared_ptr<const NodeInfo> subject_actor, object_actor;
  const RelationInfo* relation = nullptr;
  bool negated = false;
  bool hedged = false;
  std::string doc;                // the document's id
  std::string date;               // the document's ISO date, may be empty
  std::string lang;               // "ar" / "en"
  uint32_t sentence = 0;          // index of the sentence in the document
  uint32_t begin = 0, end = 0;    // the sentence's byte span in the document
  std::string text;               // the sentence as written there
  uint32_t cue_begin = 0, cue_end = 0;  // the cue's byte span (0,0: derived)
  std::string subject_surface;    // as written (or the title that named it)
  std::string object_surface;
  std::string derivation;         // "cue", "role", "title", "meeting-place"...
  // For a cue's triple, the construction (data/constructions.tsv) that
  // found its arguments; empty otherwise.
  std::string construction;
  // Who the sentence attributes the claim to ("مصادر باكستانية", "four
  // Pakistani officials"), as written; empty when the text says nobody.
  std::string speaker;
  // The day the sentence's relative date points to ("يوم الاثنين", "last
  // week"), resolved against the document's date: ISO, or empty.
  std::string event_date;
};

// The record `actor` points to; an empty record for a triple made
// without one.
inline const NodeInfo& ActorRecord(const std::shared_ptr<const NodeInfo>& actor) {
  static const NodeInfo kNone;
  return actor ? *actor : kNone;
}

}  // namespace tahaluf

#endif  // TAHALUF_TRIPLE_H_
