// The read stage: turns the bytes a user gave into Documents.
//
// Two input shapes:
//  - a text file: UTF-8, Arabic or English, with an optional front matter
//    block between "---" lines at the very top carrying `source:`, `date:`
//    (ISO yyyy-mm-dd), `title:` and `lang:`. The id is the file name
//    without directory and extension.
//  - JSON Lines: one article per line, {"id", "text", "date"?, "source"?,
//    "lang"?, "title"?}.
// Every span reported later is a byte offset into Document::text, which is
// exactly the file's bytes (front matter included) or the JSON "text" value.
// Dates are checked with IsIsoDate (dates.h), text with FindInvalidUtf8
// (utf8.h).
//
// Usage:
//   tahaluf::Document doc;
//   tahaluf::Status s = tahaluf::ParseTextDocument("dir/a.txt", bytes, &doc);
//   std::vector<tahaluf::Document> docs;
//   std::vector<tahaluf::Status> bad;   // one per malformed line; rest kept
//   tahaluf::ParseJsonLines("in.jsonl", bytes, &docs, &bad);
#ifndef TAHALUF_DOCUMENT_H_
#define TAHALUF_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/status.h"

namespace tahaluf {

struct Document {
  std::string id;      // file stem, or the JSON "id"
  std::string origin;  // where it came from: "a.txt", "in.jsonl:12"
  std::string text;    // the original bytes; spans point into this
  size_t body_begin = 0;  // first byte after the front matter
  std::string lang;    // "ar" or "en": given, or detected by script
  std::string date;    // ISO date or empty
  std::string source;  // URL or outlet, may be empty
  std::string title;
};

// "ar" when Arabic letters outnumber Latin ones in `text`, else "en".
std::string DetectLanguage(std::string_view text);

// The document id for a path: "dir/00_ar_x.txt" -> "00_ar_x".
std::string DocumentIdFromPath(std::string_view path);

// Parses a text file. Fails on invalid UTF-8 (with the byte offset), on a
// file with no text, and on an unterminated front matter block or a
// malformed date (with the line).
Status ParseTextDocument(std::string_view path, std::string bytes,
                         Document* out);

// Checks a Document a program put together from fields (a JSON Lines
// line, a notebook's record): a non-empty id of valid UTF-8 without
// control characters, text that is valid UTF-8 and not blank, source and
// title valid UTF-8, an ISO date or none, lang "ar", "en" or none (then
// detected by script and set). body_begin is left as it is. The Status
// names doc->origin (doc->id when origin is empty) and, for bad UTF-8, the
// byte offset into the field.
Status CheckDocument(Document* doc);

// How deep a JSON Lines line may nest arrays and objects (an article needs
// one level; other members may hold more).
constexpr size_t kMaxJsonDepth = 100;

// Parses JSON Lines. Good lines are appended to `docs`; each bad line (not
// JSON, nested deeper than kMaxJsonDepth, no "id" or "text", invalid UTF-8
// raw or escaped (a \u escape of half a surrogate pair), empty text) adds
// one Status naming `origin`, the 1-based line number and, where one byte
// is to blame, its offset in the input. Blank lines are ignored. No input
// is too deep or too long for it: RapidJSON reads iteratively.
// `bytes` may be a block of whole lines from further into a file: its first
// line is then line `first_line`, starting at byte `first_offset` of the
// file, and origins and errors say so.
void ParseJsonLines(std::string_view origin, std::string_view bytes,
                    std::vector<Document>* docs, std::vector<Status>* errors,
                    size_t first_line = 1, size_t first_offset = 0);

}  // namespace tahaluf

#endif  // TAHALUF_DOCUMENT_H_
