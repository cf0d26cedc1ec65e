#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tahaluf/graph_io.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <future>
#include <unordered_map>
#include <utility>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tahaluf {
namespace {

// Where the first byte at or after `i` that JSON escapes is (quote,
// backslash, control characters), or the end of `s`.
size_t NextToEscape(std::string_view s, size_t i) {
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'),
                control = _mm_set1_epi8(0x1F);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
                               _mm_cmpeq_epi8(_mm_max_epu8(x, control), control));
    if (int mask = _mm_movemask_epi8(hit); mask != 0) {
      return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  for (; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') return i;
  }
  return i;
}

// Writes JSON in the layout of RapidJSON's PrettyWriter with a one-space
// indent and its escaping (quote, backslash and control characters; \b \t
// \n \f \r by letter, others as \u00XX; all other bytes as they are), so
// graph files read the same to any JSON reader, and pieces of one document
// can be made on several threads (RapidJSON's writers keep their nesting
// to themselves). Runs without anything to escape, most of a graph file,
// are found sixteen bytes at a time and copied whole.
class PrettyOut {
 public:
  // Appends to *out. `open` continues a document in the middle: the
  // number of values so far in each container open at that point,
  // outermost first (after a key, nothing may be open).
  explicit PrettyOut(std::string* out, std::vector<size_t> open = {})
      : out_(*out), counts_(std::move(open)) {}

  void StartObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('['); }
  void EndArray() { Close(']'); }
  // Keys are the writer's own names: nothing in them needs escaping.
  void Key(std::string_view k) {
    Prefix();
    out_.push_back('"');
    out_.append(k);
    out_.append("\": ");
    after_key_ = true;
  }
  void String(std::string_view s) {
    Prefix();
    Quoted(s);
  }
  void String(const char* s, size_t length) { String(std::string_view(s, length)); }
  void Uint(uint32_t v) {
    Prefix();
    char digits[16];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
    out_.append(digits, end);
  }
  void Bool(bool b) {
    Prefix();
    out_.append(b ? "true" : "false");
  }
  void Raw(std::string_view s) { out_.append(s); }
  // Counts `n` values that another PrettyOut wrote into the innermost
  // open container.
  void Skipped(size_t n) { counts_.back() += n; }

 private:
  // Before a value: after a key nothing; in a container a comma (after the
  // first), a newline and the indent.
  void Prefix() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (counts_.empty()) return;
    if (counts_.back()++ > 0) out_.push_back(',');
    Break(counts_.size());
  }
  void Break(size_t indent) {
    static constexpr std::string_view kBreak =
        "\n                                                                ";
    if (indent < kBreak.size()) {
      out_.append(kBreak.substr(0, indent + 1));
    } else {
      out_.push_back('\n');
      out_.append(indent, ' ');
    }
  }
  void Open(char c) {
    Prefix();
    out_.push_back(c);
    counts_.push_back(0);
  }
  void Close(char c) {
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    if (!empty) Break(counts_.size());
    out_.push_back(c);
  }
  void Quoted(std::string_view s) {
    out_.push_back('"');
    size_t run = 0;
    for (size_t i = NextToEscape(s, 0); i < s.size(); i = NextToEscape(s, i)) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      out_.append(s.data() + run, i - run);
      run = ++i;
      switch (c) {
        case '"': out_.append("\\\""); break;
        case '\\': out_.append("\\\\"); break;
        case '\b': out_.append("\\b"); break;
        case '\f': out_.append("\\f"); break;
        case '\n': out_.append("\\n"); break;
        case '\r': out_.append("\\r"); break;
        case '\t': out_.append("\\t"); break;
        default: {
          static constexpr char kHex[] = "0123456789ABCDEF";
          const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          out_.append(u, 6);
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_.push_back('"');
  }

  std::string& out_;
  std::vector<size_t> counts_;  // values so far in each open container
  bool after_key_ = false;
};

// Pieces of about this size go to the sink.
constexpr size_t kPiece = 1 << 20;
// Ties per piece of the edges array (a tie with one piece of evidence
// takes about 500 bytes).
constexpr uint32_t kTiesPerPiece = 2048;

void WriteNode(const TieIndex& index, uint32_t v, PrettyOut& w) {
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

void WriteTie(const TieIndex& index, uint32_t t, PrettyOut& w) {
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
  for (const IndexEvidence& e : index.evidence(t)) WriteEvidenceJson(w, e);
  w.EndArray();
  w.EndObject();
}

// Pieces of the edges array, [k * kTiesPerPiece, (k + 1) * kTiesPerPiece)
// of the ties each, made on other threads, two at a time (while `sink`
// takes one piece, the next two are being made), and handed to `sink` in
// order on the caller's thread: the bytes are the same as one thread's.
void WriteTies(const TieIndex& index, const std::function<void(std::string_view)>& sink) {
  const uint32_t num_ties = static_cast<uint32_t>(index.num_ties());
  const uint32_t pieces = (num_ties + kTiesPerPiece - 1) / kTiesPerPiece;
  // Piece k into `piece` (a buffer used again).
  auto make = [&index, num_ties](uint32_t k, std::string piece) {
    piece.clear();
    const uint32_t begin = k * kTiesPerPiece;
    const uint32_t end = std::min(num_ties, begin + kTiesPerPiece);
    // Inside the root object (format, version, nodes, edges so far) and
    // the edges array.
    PrettyOut w(&piece, {4, begin});
    for (uint32_t t = begin; t < end; ++t) WriteTie(index, t, w);
    return piece;
  };
  std::future<std::string> made[2];  // pieces k and k + 1, by k % 2
  for (uint32_t k = 0; k < std::min(pieces, 2u); ++k) {
    std::string buffer;
    buffer.reserve(kPiece + kPiece / 4);
    made[k] = std::async(std::launch::async, make, k, std::move(buffer));
  }
  for (uint32_t k = 0; k < pieces; ++k) {
    std::string piece = made[k % 2].get();
    sink(piece);
    if (k + 2 < pieces) made[k % 2] = std::async(std::launch::async, make, k + 2, std::move(piece));
  }
}

}  // namespace

void WriteGraphJson(const TieIndex& index, const std::function<void(std::string_view)>& sink) {
  std::string buffer;
  buffer.reserve(kPiece + kPiece / 4);
  auto flush = [&] {
    if (!buffer.empty()) sink(buffer);
    buffer.clear();
  };
  PrettyOut w(&buffer);
  w.StartObject();
  w.Key("format"); w.String("tahaluf-graph");
  w.Key("version"); w.Uint(kGraphFileVersion);
  w.Key("nodes");
  w.StartArray();
  for (uint32_t v = 0; v < index.num_nodes(); ++v) {
    WriteNode(index, v, w);
    if (buffer.size() >= kPiece) flush();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  flush();
  WriteTies(index, sink);
  w.Skipped(index.num_ties());
  w.EndArray();
  w.EndObject();
  w.Raw("\n");
  flush();
}

std::string GraphJson(const TieIndex& index) {
  std::string out;
  WriteGraphJson(index, [&](std::string_view piece) { out.append(piece); });
  return out;
}

std::string GraphJson(const AllianceGraph& graph) { return GraphJson(TieIndex::FromGraph(graph)); }

namespace {

// rapidjson's writer, with a faster way to the same bytes for strings: its
// String escapes byte by byte through a table, and a triple line is mostly
// strings (two actors' records, the evidence sentence) that need no escape.
class LineWriter : public rapidjson::Writer<rapidjson::StringBuffer> {
 public:
  using Writer::Writer;
  // What String (and Key) writes: text with no control character, quote
  // or backslash (the only bytes String escapes; others are copied as they
  // are) is copied between quotes at once.
  void Text(std::string_view s) {
    if (NextToEscape(s, 0) < s.size()) {
      String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
      return;
    }
    Quoted(s);
  }
  // A member name spelt in this file: a literal with nothing to escape
  // (no quote, backslash or control character), written as Text would
  // write it without looking for one (a line has thirty of them).
  template <size_t N>
  void Name(const char (&name)[N]) {
    Quoted(std::string_view(name, N - 1));
  }
  // An actor's record as a triple line holds it, from its pieces (ActorJson):
  // `head`, the surface as Text writes it, then `tail`.
  void ActorValue(std::string_view head, std::string_view surface, std::string_view tail) {
    Prefix(rapidjson::kObjectType);
    Raw(head);
    if (NextToEscape(surface, 0) < surface.size()) {
      WriteString(surface.data(), static_cast<rapidjson::SizeType>(surface.size()));
    } else {
      Raw("\"");
      Raw(surface);
      Raw("\"");
    }
    Raw(tail);
    EndValue(true);
  }

 private:
  void Raw(std::string_view s) {
    if (!s.empty()) std::memcpy(os_->Push(s.size()), s.data(), s.size());
  }
  // `s` between quotes, as String writes text with nothing to escape.
  void Quoted(std::string_view s) {
    Prefix(rapidjson::kStringType);
    char* out = os_->Push(s.size() + 2);
    out[0] = '"';
    if (!s.empty()) std::memcpy(out + 1, s.data(), s.size());
    out[s.size() + 1] = '"';
    EndValue(true);
  }
};

void Str(LineWriter& w, std::string_view s) { w.Text(s); }

// An actor's record as a triple line holds it, but for the one member that
// changes from triple to triple, the surface: `json` from the opening brace
// to the closing one, the surface's value left out at `surface` (just after
// "surface":).
struct ActorJson {
  std::string json;
  size_t surface = 0;
};

// The records of the actors of the triples being written, made once each:
// the triples of an extraction share one record per actor (triple.h), so
// they are told apart by address while those triples live.
class Records {
 public:
  const ActorJson& Of(const std::shared_ptr<const NodeInfo>& actor) {
    auto [it, added] = made_.try_emplace(actor.get());
    if (added) Make(ActorRecord(actor), &it->second);
    return it->second;
  }

 private:
  void Make(const NodeInfo& a, ActorJson* out) {
    scratch_.Clear();
    LineWriter w(scratch_);
    w.StartObject();
    w.Name("id"); Str(w, a.id);
    w.Name("name"); Str(w, a.name);
    w.Name("name_ar"); Str(w, a.name_ar);
    w.Name("kind"); Str(w, a.kind);
    if (!a.wikidata.empty()) { w.Name("wikidata"); Str(w, a.wikidata); }
    w.Name("surface"); Str(w, "");
    const size_t surface_end = scratch_.GetSize();
    w.Name("aliases");
    w.StartArray();
    for (const std::string& alias : a.aliases) Str(w, alias);
    w.EndArray();
    w.EndObject();
    const std::string_view all(scratch_.GetString(), scratch_.GetSize());
    out->surface = surface_end - 2;  // (less the empty surface's "")
    out->json.reserve(all.size() - 2);
    out->json.assign(all.substr(0, out->surface));
    out->json.append(all.substr(surface_end));
  }

  std::unordered_map<const NodeInfo*, ActorJson> made_;
  rapidjson::StringBuffer scratch_;
};

void WriteActor(LineWriter& w, const ActorJson& r, std::string_view surface) {
  const std::string_view json = r.json;
  w.ActorValue(json.substr(0, r.surface), surface, json.substr(r.surface));
}

// The line of `t` into `buf`, cleared first.
void WriteTriple(const Triple& t, Records& records, rapidjson::StringBuffer& buf) {
  buf.Clear();
  LineWriter w(buf);
  w.StartObject();
  w.Name("doc"); Str(w, t.doc);
  w.Name("sentence"); w.Uint(t.sentence);
  w.Name("subject"); WriteActor(w, records.Of(t.subject_actor), t.subject_surface);
  w.Name("relation"); Str(w, t.relation->name);
  w.Name("object"); WriteActor(w, records.Of(t.object_actor), t.object_surface);
  w.Name("polarity"); Str(w, PolaritySign(t.relation->polarity));
  w.Name("cameo"); Str(w, t.relation->cameo);
  w.Name("plover"); Str(w, t.relation->plover);
  w.Name("negated"); w.Bool(t.negated);
  w.Name("hedged"); w.Bool(t.hedged);
  w.Name("date"); Str(w, t.date);
  w.Name("lang"); Str(w, t.lang);
  w.Name("derivation"); Str(w, t.derivation);
  w.Name("evidence");
  w.StartObject();
  w.Name("text"); Str(w, t.text);
  w.Name("start"); w.Uint(t.begin);
  w.Name("end"); w.Uint(t.end);
  if (t.cue_end > t.cue_begin) {
    w.Name("cue_start"); w.Uint(t.cue_begin);
    w.Name("cue_end"); w.Uint(t.cue_end);
  }
  if (!t.speaker.empty()) { w.Name("speaker"); Str(w, t.speaker); }
  if (!t.event_date.empty()) { w.Name("event_date"); Str(w, t.event_date); }
  if (!t.construction.empty()) { w.Name("construction"); Str(w, t.construction); }
  w.EndObject();
  w.EndObject();
}

}  // namespace

std::string TripleJson(const Triple& triple) {
  // (A line is about a kilobyte: room for it at once, not grown from 256 bytes.)
  rapidjson::StringBuffer buf(nullptr, 4096);
  Records records;
  WriteTriple(triple, records, buf);
  return std::string(buf.GetString(), buf.GetSize());
}

void AppendTripleLines(const std::vector<Triple>& triples, std::string* out) {
  rapidjson::StringBuffer buf(nullptr, 4096);
  Records records;
  for (const Triple& t : triples) {
    WriteTriple(t, records, buf);
    out->append(buf.GetString(), buf.GetSize());
    out->push_back('\n');
  }
}

}  // namespace tahaluf
