// File helpers for programs built on tahaluf (the CLI, tests, consumers):
// reading inputs, writing outputs atomically (a temporary file renamed into
// place, so no output is ever left half-written), and loading the knowledge
// directory (data/*.tsv) into a Lexicon and a CueLexicon. The stages
// themselves never touch files.
//
// Usage:
//   tahaluf::Knowledge k;
//   std::vector<tahaluf::Status> problems;
//   tahaluf::Status s = tahaluf::LoadKnowledge("data", &k, &problems);
//   tahaluf::Extractor ex(k.lexicon, k.grammar);
#ifndef TAHALUF_FILES_H_
#define TAHALUF_FILES_H_

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "tahaluf/document.h"
#include "tahaluf/extract.h"
#include "tahaluf/lexicon.h"
#include "tahaluf/status.h"

namespace tahaluf {

// Reads a whole file ("-" reads standard input). Fails on a missing file,
// a directory, or a read error.
Status ReadFile(const std::string& path, std::string* out);

// Writes `content` to `path` through a temporary file in the same folder
// and a rename ("-" writes standard output).
Status WriteFileAtomically(const std::string& path, const std::string& content);

// Writes a file in pieces through a temporary file renamed into place on
// Commit(); destroyed without Commit(), it removes the temporary file. "-"
// writes standard output.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(std::string path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  Status Open();
  void Write(std::string_view piece);
  Status Commit();

 private:
  std::string path_, tmp_;
  std::FILE* file_ = nullptr;
  bool ok_ = true;
};

struct DocumentReadOptions {
  std::string lang;          // "ar" or "en": set on every document; "" keeps each one's
  bool stdin_jsonl = false;  // "-" holds JSON Lines (else one text document, id "stdin")
};

// Reads the documents in `paths`, in order: a .jsonl file holds one article
// a line (ParseJsonLines), any other file is one text document
// (ParseTextDocument); "-" is standard input. A file that cannot be read or
// parsed, and each bad line, adds a Status to `errors` and is skipped; the
// rest are appended to `docs`.
void ReadDocuments(const std::vector<std::string>& paths, const DocumentReadOptions& options,
                   std::vector<Document>* docs, std::vector<Status>* errors);

struct Knowledge {
  Lexicon lexicon;
  Grammar grammar;  // words.tsv, cues.tsv, constructions.tsv
};

// Loads countries.tsv, actors.tsv, roles.tsv, titles.tsv, words.tsv, cues.tsv and
// constructions.tsv from
// `dir` (plus the ICU country names). Entry-level problems are appended to
// `problems` (the entry is skipped); a missing file is an error.
Status LoadKnowledge(const std::string& dir, Knowledge* out, std::vector<Status>* problems);

}  // namespace tahaluf

#endif  // TAHALUF_FILES_H_
