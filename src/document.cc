#include "tahaluf/document.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

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

Status CheckDocument(Document* doc) {
  const std::string& source = doc->origin.empty() ? doc->id : doc->origin;
  if (doc->id.empty()) return Status(ErrorCode::kSyntax, source, "\"id\" is empty");
  if (size_t bad = FindInvalidUtf8(doc->id); bad != std::string::npos) {
    return Status(ErrorCode::kEncoding, source, "\"id\" is not valid UTF-8");
  }
  if (size_t bad = FindInvalidUtf8(doc->text); bad != std::string::npos) {
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

void ParseJsonLines(std::string_view origin, std::string_view bytes,
                    std::vector<Document>* docs, std::vector<Status>* errors) {
  LineReader lines(bytes);
  for (Line l; lines.Next(&l);) {
    const std::string_view line = l.text;
    const size_t line_no = l.number, line_start = l.offset;
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
    json.Parse(line.data(), line.size());
    if (json.HasParseError()) {
      fail(ErrorCode::kSyntax,
           std::string("not JSON (") +
               rapidjson::GetParseError_En(json.GetParseError()) +
               " at column " + std::to_string(json.GetErrorOffset() + 1) +
               "); the line is skipped");
      continue;
    }
    if (!json.IsObject()) {
      fail(ErrorCode::kSyntax, "a line must hold a JSON object; skipped");
      continue;
    }
    auto str = [&json](const char* key, std::string* into) {
      auto it = json.FindMember(key);
      if (it == json.MemberEnd()) return true;
      if (it->value.IsString()) {
        into->assign(it->value.GetString(), it->value.GetStringLength());
        return true;
      }
      if (it->value.IsInt64() && std::string_view(key) == "id") {
        *into = std::to_string(it->value.GetInt64());
        return true;
      }
      return it->value.IsNull();
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
    if (Status s = CheckDocument(&doc); !s.ok()) {
      fail(s.code(), s.message() + "; skipped");
      continue;
    }
    docs->push_back(std::move(doc));
  }
}

}  // namespace tahaluf
