#include "tahaluf/document.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "tahaluf/dates.h"
#include "tahaluf/text.h"
#include "tahaluf/utf8.h"

namespace tahaluf {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' ||
                        s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' ||
                        s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

std::string Unquote(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') ||
                        (s.front() == '\'' && s.back() == '\''))) {
    s = s.substr(1, s.size() - 2);
  }
  return std::string(s);
}

// Where `json` holds a \u escape of a UTF-16 surrogate that is not half of
// a pair (\udc00, or \ud800 not followed by a low one): the offset of its
// backslash, or npos.
size_t FindLoneSurrogateEscape(std::string_view json) {
  auto hex4 = [&](size_t at) -> long {
    if (at + 4 > json.size()) return -1;
    long v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      const char c = json[k];
      const int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  };
  for (size_t k = json.find('\\'); k != std::string_view::npos; k = json.find('\\', k)) {
    if (k + 1 >= json.size() || json[k + 1] != 'u') {
      k += 2;  // \" \\ \n ...: the escaped byte is no backslash of its own
      continue;
    }
    const long unit = hex4(k + 2);
    if (unit >= 0xDC00 && unit <= 0xDFFF) return k;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const bool paired = k + 7 < json.size() && json[k + 6] == '\\' && json[k + 7] == 'u' &&
                          hex4(k + 8) >= 0xDC00 && hex4(k + 8) <= 0xDFFF;
      if (!paired) return k;
      k += 12;
      continue;
    }
    k += 6;
  }
  return std::string_view::npos;
}

// RapidJSON's SAX events passed on to a Document, with two checks on the
// way: no value nested deeper than kMaxJsonDepth (RapidJSON's iterative
// parser needs no stack, but a document a million arrays deep is no
// article), and no string that decodes to invalid UTF-8 (a \udc00 escape
// RapidJSON writes as the bytes of a lone surrogate).
class CheckedHandler {
 public:
  // `escapes`: the line holds a \u escape. (Its other bytes are valid
  // UTF-8, checked before: only an escape can make a string invalid.)
  CheckedHandler(rapidjson::Document* doc, bool escapes) : doc_(doc), escapes_(escapes) {}
  bool too_deep() const { return too_deep_; }
  bool bad_string() const { return bad_string_; }

  bool Null() { return doc_->Null(); }
  bool Bool(bool b) { return doc_->Bool(b); }
  bool Int(int i) { return doc_->Int(i); }
  bool Uint(unsigned i) { return doc_->Uint(i); }
  bool Int64(int64_t i) { return doc_->Int64(i); }
  bool Uint64(uint64_t i) { return doc_->Uint64(i); }
  bool Double(double d) { return doc_->Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return doc_->RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    return Valid(s, n) && doc_->String(s, n, copy);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return Valid(s, n) && doc_->Key(s, n, copy); }
  bool StartObject() { return Deeper() && doc_->StartObject(); }
  bool EndObject(rapidjson::SizeType n) { return --depth_, doc_->EndObject(n); }
  bool StartArray() { return Deeper() && doc_->StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return --depth_, doc_->EndArray(n); }

 private:
  bool Deeper() {
    too_deep_ = ++depth_ > kMaxJsonDepth;
    return !too_deep_;
  }
  bool Valid(const char* s, rapidjson::SizeType n) {
    bad_string_ = escapes_ && FindInvalidUtf8(std::string_view(s, n)) != std::string_view::npos;
    return !bad_string_;
  }

  rapidjson::Document* doc_;
  bool escapes_;
  size_t depth_ = 0;
  bool too_deep_ = false, bad_string_ = false;
};

}  // namespace

std::string DetectLanguage(std::string_view text) {
  size_t arabic = 0, latin = 0, i = 0;
  while (i < text.size()) {
    char32_t c = DecodeUtf8(text, &i);
    if (IsArabicLetter(c)) {
      ++arabic;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++latin;
    }
  }
  return arabic > latin ? "ar" : "en";
}

std::string DocumentIdFromPath(std::string_view path) {
  size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return std::string(path);
}

Status ParseTextDocument(std::string_view path, std::string bytes,
                         Document* out) {
  *out = Document();
  out->origin = std::string(path);
  out->id = DocumentIdFromPath(path);
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    return Status(ErrorCode::kEncoding, out->origin,
                  "invalid UTF-8; the document is skipped", Status::kNoPosition,
                  bad);
  }
  out->text = std::move(bytes);
  std::string_view text = out->text;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // byte order mark
  // Front matter: "---" on the first line, fields, "---".
  size_t eol = text.find('\n', pos);
  if (eol != std::string_view::npos && Trim(text.substr(pos, eol - pos)) == "---") {
    LineReader lines(text.substr(eol + 1), /*first_number=*/2);
    size_t cursor = text.size();  // past the closing line
    bool closed = false;
    for (Line l; lines.Next(&l);) {
      const size_t line_no = l.number;
      std::string_view line = Trim(l.text);
      if (line == "---") {
        cursor = eol + 1 + l.offset + l.text.size() + 1;
        closed = true;
        break;
      }
      if (line.empty() || line[0] == '#') continue;
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        return Status(ErrorCode::kSyntax, out->origin,
                      "front matter line is not 'key: value': " +
                          std::string(line.substr(0, 60)),
                      line_no);
      }
      std::string key(Trim(line.substr(0, colon)));
      std::string value = Unquote(line.substr(colon + 1));
      if (key == "date") {
        if (!value.empty() && !IsIsoDate(value)) {
          return Status(ErrorCode::kSyntax, out->origin,
                        "front matter date is not ISO (yyyy-mm-dd): " + value,
                        line_no);
        }
        out->date = value;
      } else if (key == "source") {
        out->source = value;
      } else if (key == "title") {
        out->title = value;
      } else if (key == "lang") {
        if (value != "ar" && value != "en") {
          return Status(ErrorCode::kSyntax, out->origin,
                        "front matter lang must be 'ar' or 'en', not '" +
                            value + "'",
                        line_no);
        }
        out->lang = value;
      }  // other keys are kept in the text and otherwise ignored
    }
    if (!closed) {
      return Status(ErrorCode::kSyntax, out->origin,
                    "front matter opened with '---' on line 1 is never closed",
                    1);
    }
    pos = cursor > text.size() ? text.size() : cursor;
  }
  out->body_begin = pos;
  if (IsBlank(text.substr(pos))) {
    return Status(ErrorCode::kEmpty, out->origin,
                  "the document holds no text; skipped");
  }
  if (out->lang.empty()) out->lang = DetectLanguage(text.substr(pos));
  return Status();
}

namespace {

// CheckDocument; `utf8_known`: every field is valid UTF-8 already (a JSON
// Lines line checked whole and its strings as decoded), not checked again.
Status CheckFields(Document* doc, bool utf8_known) {
  const std::string& source = doc->origin.empty() ? doc->id : doc->origin;
  if (doc->id.empty()) return Status(ErrorCode::kSyntax, source, "\"id\" is empty");
  if (size_t bad = utf8_known ? std::string::npos : FindInvalidUtf8(doc->id); bad != std::string::npos) {
    return Status(ErrorCode::kEncoding, source, "\"id\" is not valid UTF-8");
  }
  for (char c : doc->id) {
    if (static_cast<unsigned char>(c) < 0x20) {
      return Status(ErrorCode::kSyntax, source, "\"id\" holds a control character");
    }
  }
  for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"source", &doc->source},
                                    {"title", &doc->title}}) {
    if (size_t bad = utf8_known ? std::string::npos : FindInvalidUtf8(*value); bad != std::string::npos) {
      return Status(ErrorCode::kEncoding, source, std::string("invalid UTF-8 in \"") + name + "\"",
                    Status::kNoPosition, bad);
    }
  }
  if (size_t bad = utf8_known ? std::string::npos : FindInvalidUtf8(doc->text); bad != std::string::npos) {
    return Status(ErrorCode::kEncoding, source, "invalid UTF-8 in \"text\"", Status::kNoPosition,
                  bad);
  }
  if (IsBlank(doc->text)) return Status(ErrorCode::kEmpty, source, "\"text\" is empty");
  if (!doc->date.empty() && !IsIsoDate(doc->date)) {
    return Status(ErrorCode::kSyntax, source, "\"date\" is not ISO (yyyy-mm-dd): " + doc->date);
  }
  if (!doc->lang.empty() && doc->lang != "ar" && doc->lang != "en") {
    return Status(ErrorCode::kSyntax, source, "\"lang\" must be \"ar\" or \"en\"");
  }
  if (doc->lang.empty()) doc->lang = DetectLanguage(doc->text);
  return Status();
}

}  // namespace

Status CheckDocument(Document* doc) { return CheckFields(doc, false); }

void ParseJsonLines(std::string_view origin, std::string_view bytes,
                    std::vector<Document>* docs, std::vector<Status>* errors,
                    size_t first_line, size_t first_offset) {
  LineReader lines(bytes, first_line);
  for (Line l; lines.Next(&l);) {
    const std::string_view line = l.text;
    const size_t line_no = l.number, line_start = first_offset + l.offset;
    if (IsBlank(line)) continue;
    auto fail = [&](ErrorCode code, const std::string& msg,
                    size_t offset = Status::kNoPosition) {
      errors->emplace_back(code, std::string(origin), msg, line_no, offset);
    };
    size_t bad = FindInvalidUtf8(line);
    if (bad != std::string_view::npos) {
      fail(ErrorCode::kEncoding, "invalid UTF-8; the line is skipped",
           line_start + bad);
      continue;
    }
    rapidjson::Document json;
    CheckedHandler checked(&json, line.find("\\u") != std::string_view::npos);
    rapidjson::Reader reader;
    auto parse = [&](rapidjson::Document&) {
      rapidjson::MemoryStream bytes(line.data(), line.size());
      return !reader.Parse<rapidjson::kParseIterativeFlag>(bytes, checked).IsError();
    };
    json.Populate(parse);
    if (checked.too_deep()) {
      const size_t at = reader.GetErrorOffset();  // the bracket one level too deep
      fail(ErrorCode::kSyntax,
           "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels (column " +
               std::to_string(at + 1) + "); the line is skipped",
           line_start + at);
      continue;
    }
    if (checked.bad_string()) {
      const size_t at = FindLoneSurrogateEscape(line);
      fail(ErrorCode::kEncoding,
           "a \\u escape of half a surrogate pair makes invalid UTF-8; the line is skipped",
           line_start + (at == std::string_view::npos ? reader.GetErrorOffset() : at));
      continue;
    }
    if (reader.HasParseError()) {
      fail(ErrorCode::kSyntax,
           std::string("not JSON (") + rapidjson::GetParseError_En(reader.GetParseErrorCode()) +
               " at column " + std::to_string(reader.GetErrorOffset() + 1) +
               "); the line is skipped");
      continue;
    }
    if (!json.IsObject()) {
      fail(ErrorCode::kSyntax, "a line must hold a JSON object; skipped");
      continue;
    }
    auto str = [&json](const char* key, std::string* into) {
      if (!json.HasMember(key)) return true;
      const rapidjson::Value& value = json[key];
      if (value.IsString()) {
        into->assign(value.GetString(), value.GetStringLength());
        return true;
      }
      if (value.IsInt64() && std::string_view(key) == "id") {
        *into = std::to_string(value.GetInt64());
        return true;
      }
      return value.IsNull();
    };
    Document doc;
    doc.origin = std::string(origin) + ":" + std::to_string(line_no);
    if (!json.HasMember("id") || !json.HasMember("text")) {
      fail(ErrorCode::kSyntax, "a line needs \"id\" and \"text\"; skipped");
      continue;
    }
    if (!str("id", &doc.id) || !str("text", &doc.text) ||
        !str("date", &doc.date) || !str("source", &doc.source) ||
        !str("lang", &doc.lang) || !str("title", &doc.title)) {
      fail(ErrorCode::kSyntax,
           "\"id\", \"text\", \"date\", \"source\", \"lang\" and \"title\" "
           "must be strings; skipped");
      continue;
    }
    if (Status s = CheckFields(&doc, true); !s.ok()) {
      fail(s.code(), s.message() + "; skipped");
      continue;
    }
    docs->push_back(std::move(doc));
  }
}

}  // namespace tahaluf
