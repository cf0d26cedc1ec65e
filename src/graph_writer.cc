#include "tahaluf/graph_writer.h"

#include <charconv>
#include <vector>

namespace tahaluf {
namespace {

// Writes JSON in the layout of RapidJSON's PrettyWriter with a one-space
// indent, as GraphJson uses it, and its escaping (quote, backslash and
// control characters; \b \t \n \f \r by letter, others as \u00XX; all
// other bytes as they are). Strings without anything to escape are copied
// whole, which is most of a graph file.
class PrettyOut {
 public:
  PrettyOut(const std::function<void(std::string_view)>& sink, const TieIndex& index)
      : sink_(sink), index_(index) {
    buffer_.reserve(kPiece + 4096);
  }
  ~PrettyOut() { Flush(); }

  void StartObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view k) {
    Prefix();
    Quoted(k);
    buffer_.append(": ");
    after_key_ = true;
  }
  void String(std::string_view s) {
    Prefix();
    if (index_.IsRawJson(s)) {  // already as JSON wants it
      buffer_.push_back('"');
      buffer_.append(s);
      buffer_.push_back('"');
    } else {
      Quoted(s);
    }
  }
  void Uint(uint32_t v) {
    Prefix();
    char digits[16];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
    buffer_.append(digits, end);
  }
  void Bool(bool b) {
    Prefix();
    buffer_.append(b ? "true" : "false");
  }
  void Raw(std::string_view s) { buffer_.append(s); }
  void Flush() {
    if (!buffer_.empty()) sink_(buffer_);
    buffer_.clear();
  }

 private:
  static constexpr size_t kPiece = 1 << 20;

  // Before a value: after a key nothing; in a container a comma (after the
  // first), a newline and the indent.
  void Prefix() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (counts_.empty()) return;
    if (counts_.back()++ > 0) buffer_.push_back(',');
    buffer_.push_back('\n');
    buffer_.append(counts_.size(), ' ');
    if (buffer_.size() >= kPiece) Flush();
  }
  void Open(char c) {
    Prefix();
    buffer_.push_back(c);
    counts_.push_back(0);
  }
  void Close(char c) {
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    if (!empty) {
      buffer_.push_back('\n');
      buffer_.append(counts_.size(), ' ');
    }
    buffer_.push_back(c);
  }
  void Quoted(std::string_view s) {
    buffer_.push_back('"');
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      buffer_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': buffer_.append("\\\""); break;
        case '\\': buffer_.append("\\\\"); break;
        case '\b': buffer_.append("\\b"); break;
        case '\f': buffer_.append("\\f"); break;
        case '\n': buffer_.append("\\n"); break;
        case '\r': buffer_.append("\\r"); break;
        case '\t': buffer_.append("\\t"); break;
        default: {
          static constexpr char kHex[] = "0123456789ABCDEF";
          const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          buffer_.append(u, 6);
        }
      }
    }
    buffer_.append(s.data() + run, s.size() - run);
    buffer_.push_back('"');
  }

  const std::function<void(std::string_view)>& sink_;
  const TieIndex& index_;
  std::string buffer_;
  std::vector<size_t> counts_;  // values so far in each open container
  bool after_key_ = false;
};

}  // namespace

void WriteGraphJson(const TieIndex& index, const std::function<void(std::string_view)>& sink) {
  PrettyOut w(sink, index);
  // Keys and their order as serialize.cc's GraphJson.
  w.StartObject();
  w.Key("format"); w.String("tahaluf-graph");
  w.Key("version"); w.Uint(1);
  w.Key("nodes");
  w.StartArray();
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    const IndexNode& n = index.node(v);
    w.StartObject();
    w.Key("id"); w.String(n.id);
    w.Key("name"); w.String(n.name);
    w.Key("name_ar"); w.String(n.name_ar);
    w.Key("kind"); w.String(n.kind);
    if (!n.wikidata.empty()) { w.Key("wikidata"); w.String(n.wikidata); }
    w.Key("aliases");
    w.StartArray();
    for (std::string_view a : index.aliases(v)) w.String(a);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (uint32_t t = 0; t < index.num_ties(); ++t) {
    const Tie& tie = index.tie(t);
    w.StartObject();
    w.Key("source"); w.String(index.node(tie.source).id);
    w.Key("target"); w.String(index.node(tie.target).id);
    w.Key("relation"); w.String(tie.relation->name);
    w.Key("symmetric"); w.Bool(tie.relation->symmetric);
    w.Key("polarity"); w.String(PolaritySign(tie.relation->polarity));
    w.Key("cameo"); w.String(tie.relation->cameo);
    w.Key("plover"); w.String(tie.relation->plover);
    w.Key("evidence");
    w.StartArray();
    for (const IndexEvidence& e : index.evidence(t)) {
      w.StartObject();
      w.Key("doc"); w.String(e.doc);
      w.Key("sentence"); w.Uint(e.sentence);
      w.Key("start"); w.Uint(e.start);
      w.Key("end"); w.Uint(e.end);
      w.Key("text"); w.String(e.text);
      w.Key("date"); w.String(e.date);
      w.Key("lang"); w.String(e.lang);
      w.Key("hedged"); w.Bool(e.hedged);
      w.Key("subject_surface"); w.String(e.subject_surface);
      w.Key("object_surface"); w.String(e.object_surface);
      if (!e.speaker.empty()) { w.Key("speaker"); w.String(e.speaker); }
      if (!e.event_date.empty()) { w.Key("event_date"); w.String(e.event_date); }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Raw("\n");
}

std::string GraphJsonOf(const TieIndex& index) {
  std::string out;
  WriteGraphJson(index, [&](std::string_view piece) { out.append(piece); });
  return out;
}

}  // namespace tahaluf
