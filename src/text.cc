#include "tahaluf/text.h"

namespace tahaluf {

bool LineReader::Next(Line* line) {
  if (cursor_ >= content_.size()) return false;
  size_t end = content_.find('\n', cursor_);
  if (end == std::string_view::npos) end = content_.size();
  line->text = content_.substr(cursor_, end - cursor_);
  line->offset = cursor_;
  line->number = number_++;
  ++count_;
  cursor_ = end + 1;
  return true;
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string Escape(std::string_view text, Markup markup) {
  const bool xml = markup != Markup::kHtml;
  const bool attribute = markup == Markup::kXmlAttribute;
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += xml ? "'" : "&#39;"; break;
      case '\r': out += xml ? "&#13;" : ""; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default:
        if (xml && c < 0x20) break;  // not an XML 1.0 character
        // Nor are U+FFFE and U+FFFF (EF BF BE, EF BF BF).
        if (xml && c == 0xEF && i + 2 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
          i += 2;
          break;
        }
        out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace tahaluf
