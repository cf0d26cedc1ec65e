#include "tsv.h"

#include "tahaluf/text.h"
#include "tahaluf/utf8.h"

namespace tahaluf {
namespace {

std::string_view TrimField(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Join(const std::vector<std::string_view>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += "<TAB>";
    out += v[i];
  }
  return out;
}

// The first byte below 0x20 other than a tab, or npos.
size_t FindControlCharacter(std::string_view line) {
  for (size_t k = 0; k < line.size(); ++k) {
    if (static_cast<unsigned char>(line[k]) < 0x20 && line[k] != '\t') return k;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<std::string_view> SplitBar(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    std::string_view part = TrimField(s.substr(start, bar - start));
    if (!part.empty()) out.push_back(part);
    start = bar + 1;
  }
  return out;
}

void ReadTsv(std::string_view content, std::string_view source,
             const std::vector<std::string_view>& header,
             std::vector<Status>* problems,
             const std::function<void(size_t, const std::vector<std::string_view>&)>& row) {
  bool seen_header = false;
  std::vector<std::string_view> fields;
  LineReader lines(content);
  for (Line l; lines.Next(&l);) {
    const size_t line_no = l.number;
    std::string_view line = l.text;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimField(line).empty() || line[0] == '#') continue;
    // A bad byte costs its row, not the file.
    size_t bad = FindInvalidUtf8(line);
    const bool encoding = bad != std::string_view::npos;
    if (!encoding) bad = FindControlCharacter(line);
    if (bad != std::string_view::npos) {
      problems->emplace_back(encoding ? ErrorCode::kEncoding : ErrorCode::kSyntax, std::string(source),
                             (encoding ? "invalid UTF-8" : "a control character") +
                                 std::string(seen_header ? "; row skipped"
                                                         : " in the header; the file is not loaded"),
                             line_no, l.offset + bad);
      if (!seen_header) return;
      continue;
    }
    fields.clear();
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(TrimField(line.substr(start, tab == std::string_view::npos
                                                        ? std::string_view::npos
                                                        : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (!seen_header) {
      seen_header = true;
      if (fields != header) {
        problems->emplace_back(ErrorCode::kSyntax, std::string(source),
                               "header must be '" + Join(header) + "', not '" +
                                   Join(fields) + "'; the file is not loaded",
                               line_no);
        return;
      }
      continue;
    }
    while (fields.size() < header.size()) fields.push_back({});
    if (fields.size() > header.size()) {
      problems->emplace_back(
          ErrorCode::kSyntax, std::string(source),
          "row has " + std::to_string(fields.size()) + " fields, the header " +
              std::to_string(header.size()) + "; row skipped",
          line_no);
      continue;
    }
    row(line_no, fields);
  }
  if (!seen_header) {
    problems->emplace_back(ErrorCode::kSyntax, std::string(source),
                           "no header row; expected '" + Join(header) + "'");
  }
}

}  // namespace tahaluf
