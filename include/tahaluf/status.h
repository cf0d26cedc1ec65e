// Errors as values. No library function prints or exits: each returns a
// Status that names the input it failed on (file, line, byte offset) and the
// offending excerpt, so the command-line tool can report it and go on.
//
// Usage:
//   tahaluf::Status s = tahaluf::ParseDocument(name, bytes, &doc);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";   // "a.txt: byte 17: ..."
#ifndef TAHALUF_STATUS_H_
#define TAHALUF_STATUS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tahaluf {

enum class ErrorCode {
  kOk = 0,
  kIo,         // a file could not be read or written
  kEncoding,   // the input is not valid UTF-8
  kEmpty,      // the input holds no text
  kSyntax,     // malformed JSON, JSON Lines, front matter or TSV
  kLexicon,    // a lexicon entry breaks a rule (unknown kind, bad date, ...)
  kGraph,      // a graph file does not describe a valid graph
  kNotFound,   // a name or id is not known
  kUsage,      // the caller passed arguments that do not fit
  kStale,      // a derived file (an index file) no longer matches its source
};

// One-line gloss of a code, for messages and documentation.
std::string_view ErrorCodeGloss(ErrorCode code);

class Status {
 public:
  static constexpr size_t kNoPosition = static_cast<size_t>(-1);

  Status() = default;
  Status(ErrorCode code, std::string source, std::string message,
         size_t line = kNoPosition, size_t offset = kNoPosition)
      : code_(code), source_(std::move(source)), message_(std::move(message)),
        line_(line), offset_(offset) {}

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  // The input the error is about: a file name, "stdin", "file.jsonl:12".
  const std::string& source() const { return source_; }
  const std::string& message() const { return message_; }
  size_t line() const { return line_; }      // 1-based, or kNoPosition
  size_t offset() const { return offset_; }  // byte offset, or kNoPosition

  // "SOURCE:LINE: byte OFFSET: MESSAGE", leaving out what is unknown.
  std::string ToString() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string source_;
  std::string message_;
  size_t line_ = kNoPosition;
  size_t offset_ = kNoPosition;
};

}  // namespace tahaluf

#endif  // TAHALUF_STATUS_H_
