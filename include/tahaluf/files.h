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

#include <cstdint>
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

// What identifies a file as written: its size, modification time (in
// nanoseconds since the epoch) and inode, as fstat gave them for the
// temporary file just before it was renamed into place. A later rename over
// the same path (another process writing it too) makes another inode.
struct FileIdentity {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t inode = 0;
};

// Writes `content` to `path` through a temporary file in the same folder
// and a rename ("-" writes standard output), as AtomicFileWriter does;
// `written`, when given, receives the identity of the file written.
Status WriteFileAtomically(const std::string& path, const std::string& content,
                           FileIdentity* written = nullptr);

// Writes a file in pieces through a temporary file renamed into place on
// Commit(); destroyed without Commit(), it removes the temporary file. "-"
// writes standard output.
//
// The temporary file is PATH.tmp.PID, next to the file it replaces: when
// PATH is a symbolic link, next to the file the link leads to (followed to
// the end), which is replaced and the link kept. An existing file's
// permission bits are kept (its owner and group are not: the new file is
// the writer's). With InstallTemporaryFileCleanup(), a signal that ends
// the process removes the temporary file first.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(std::string path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  Status Open();
  void Write(std::string_view piece);
  // Renames the temporary file into place; `written`, when given, receives
  // its identity (size, modification time, inode) as it was just before.
  Status Commit(FileIdentity* written = nullptr);

 private:
  std::string path_;    // as given
  std::string target_;  // the file replaced: path_ with symbolic links followed
  std::string tmp_;
  char* registered_ = nullptr;  // tmp_'s copy the signal handler may read
  std::FILE* file_ = nullptr;
  bool ok_ = true;
};

// For programs: installs handlers for SIGTERM, SIGINT, SIGHUP, SIGPIPE and
// SIGXFSZ (those whose action is still the default) that remove the
// temporary files of AtomicFileWriters still open, then end the process by
// the same signal. Call it once, early; a library user who has handlers of
// its own (Python's) need not.
void InstallTemporaryFileCleanup();

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

// Reads the documents of `paths` as ReadDocuments does, a batch at a time,
// so that a corpus of any size is never in memory whole: a text file is one
// document, a .jsonl file (or "-" with stdin_jsonl) is read in blocks of
// whole lines. Errors are the ones ReadDocuments gives, in the same order.
//
// Usage:
//   tahaluf::DocumentReader reader(paths, options);
//   std::vector<tahaluf::Document> batch;
//   std::vector<tahaluf::Status> errors;
//   while (reader.Next(8 << 20, &batch, &errors)) { ...; batch.clear(); }
class DocumentReader {
 public:
  DocumentReader(std::vector<std::string> paths, DocumentReadOptions options);
  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;

  // Appends the next documents to `docs`, about `batch_bytes` of input at
  // most (more when one document is larger) and each bad file or line to
  // `errors`. Returns false, having appended nothing, when all is read.
  bool Next(size_t batch_bytes, std::vector<Document>* docs, std::vector<Status>* errors);

 private:
  // The next block of whole lines of the .jsonl file open, about
  // `batch_bytes`; empty at its end.
  Status NextLines(size_t batch_bytes, std::string_view* block);
  void Close();

  std::vector<std::string> paths_;
  DocumentReadOptions options_;
  size_t next_path_ = 0;
  int fd_ = -1;                // the .jsonl file being read, or -1
  std::string buffer_;         // its bytes read and not yet handed out
  size_t handed_ = 0;          // bytes of buffer_ handed out as the last block
  size_t block_line_ = 1;      // the line number the next block starts with
  size_t block_offset_ = 0;    // the file offset it starts at
  bool at_end_ = false;        // read(2) said the file has no more
};

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
