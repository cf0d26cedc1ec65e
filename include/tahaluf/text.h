// Ground floor: plain text. The lines of a buffer, numbered as error
// messages name them, and text escaped for HTML and XML.
//
// Usage:
//   tahaluf::LineReader lines(content);
//   for (tahaluf::Line line; lines.Next(&line);) {
//     if (tahaluf::IsBlank(line.text)) continue;
//     ... Status(ErrorCode::kSyntax, source, "...", line.number) ...
//   }
//   std::string cell = "<td>" + tahaluf::HtmlEscape(name) + "</td>";
#ifndef TAHALUF_TEXT_H_
#define TAHALUF_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tahaluf {

struct Line {
  std::string_view text;  // without its '\n' (a '\r' before it is kept)
  size_t number = 0;      // 1-based, or from the reader's first number on
  size_t offset = 0;      // of its first byte in the buffer
};

// The lines of a buffer, in order. A buffer that ends with '\n' has no
// empty line after it; one that does not ends with its last line.
class LineReader {
 public:
  explicit LineReader(std::string_view content, size_t first_number = 1)
      : content_(content), number_(first_number) {}
  // The next line; false when there is none.
  bool Next(Line* line);
  // Lines handed out so far.
  size_t count() const { return count_; }

 private:
  std::string_view content_;
  size_t cursor_ = 0;
  size_t number_;
  size_t count_ = 0;
};

// Byte equality of short strings (ids, JSON member names) in a plain loop,
// cheaper than a call to memcmp at the lengths the readers compare.
inline bool SameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// True when `text` holds nothing but spaces, tabs, CR and LF.
bool IsBlank(std::string_view text);

// Where escaped text goes; one escaper serves them all.
enum class Markup {
  kHtml,          // & < > " ' as entities, CR dropped, all else as it is
  kXml,           // & < > " as entities, CR as &#13;, the control characters
                  // XML 1.0 cannot hold (and U+FFFE, U+FFFF) dropped
  kXmlAttribute,  // kXml, and LF and TAB as &#10; &#9; so parsers keep them
};
std::string Escape(std::string_view text, Markup markup);

// Escape(text, Markup::kHtml): element text and attribute values alike.
inline std::string HtmlEscape(std::string_view text) { return Escape(text, Markup::kHtml); }
// Escape for XML element text, or for an attribute value.
inline std::string XmlEscape(std::string_view text, bool in_attribute = false) {
  return Escape(text, in_attribute ? Markup::kXmlAttribute : Markup::kXml);
}

}  // namespace tahaluf

#endif  // TAHALUF_TEXT_H_
