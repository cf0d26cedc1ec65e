#include "tahaluf/tie_index_file.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstring>
#include <thread>
#include <type_traits>

#include "parallel.h"
#include "tahaluf/utf8.h"

namespace tahaluf {
namespace {

constexpr char kMagic[8] = {'T', 'A', 'H', 'A', 'L', 'U', 'F', 'X'};
// 2: the file ends with a checksum of what comes before it.
constexpr uint32_t kVersion = 2;
constexpr uint32_t kByteOrder = 0x01020304;

// A string: offset into the string section << 24 | length.
using StrRef = uint64_t;
constexpr uint64_t kMaxLength = (uint64_t{1} << 24) - 1;
constexpr uint64_t kMaxOffset = (uint64_t{1} << 40) - 1;

enum Section : int {
  kRelations,   // StrRef: relation names, numbered as ties refer to them
  kNodes,       // NodeRecord
  kAliases,     // StrRef
  kTies,        // TieRecord
  kEvidence,    // EvidenceRecord
  kArcOffsets,  // uint32_t, actors + 1 of them
  kArcs,        // ArcRecord
  kStrings,     // bytes
  kNumSections,
};
constexpr const char* kSectionName[kNumSections] = {
    "relations", "actors", "aliases", "ties", "evidence", "arc offsets", "arcs", "strings"};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t byte_order;
  uint64_t graph_size;
  int64_t graph_mtime_ns;
  uint64_t graph_inode;
  uint64_t count[kNumSections];   // records (bytes for kStrings)
  uint64_t offset[kNumSections];  // from the start of the file, 8-aligned
};

struct NodeRecord {
  StrRef id, name, name_ar, kind, wikidata;
  uint32_t aliases_begin, aliases_end;
};

struct TieRecord {
  uint32_t source, target, relation, evidence_begin, evidence_end, unused;
};

struct EvidenceRecord {
  StrRef doc, text, date, lang, subject_surface, object_surface, speaker, event_date;
  uint32_t sentence, start, end;
  int32_t day;
  uint32_t hedged, unused;
};

struct ArcRecord {
  uint32_t neighbor, tie, forward;
};

constexpr size_t kRecordSize[kNumSections] = {sizeof(StrRef),         sizeof(NodeRecord),
                                              sizeof(StrRef),         sizeof(TieRecord),
                                              sizeof(EvidenceRecord), sizeof(uint32_t),
                                              sizeof(ArcRecord),      1};

static_assert(std::is_trivially_copyable_v<Header> && sizeof(Header) % 8 == 0);
static_assert(sizeof(NodeRecord) == 48 && sizeof(TieRecord) == 24 &&
              sizeof(EvidenceRecord) == 88 && sizeof(ArcRecord) == 12);

uint64_t Aligned(uint64_t n) { return (n + 7) & ~uint64_t{7}; }

// The checksum an index file ends with: four lanes of XXH64's round over
// 32-byte stripes, fed in pieces, the rest folded in at the end. It reads
// at about memory speed, so a file that is read whole anyway costs little
// more for it.
class Checksum {
 public:
  void Update(std::string_view data) {
    total_ += data.size();
    if (pending_size_ > 0) {
      const size_t take = std::min(data.size(), sizeof pending_ - pending_size_);
      std::memcpy(pending_ + pending_size_, data.data(), take);
      pending_size_ += take;
      data.remove_prefix(take);
      if (pending_size_ < sizeof pending_) return;
      Stripe(pending_);
      pending_size_ = 0;
    }
    while (data.size() >= 32) {
      Stripe(data.data());
      data.remove_prefix(32);
    }
    if (!data.empty()) std::memcpy(pending_, data.data(), data.size());
    pending_size_ = data.size();
  }

  uint64_t Final() const {
    uint64_t h = Rotl(lane_[0], 1) + Rotl(lane_[1], 7) + Rotl(lane_[2], 12) + Rotl(lane_[3], 18);
    h += total_;
    for (size_t k = 0; k < pending_size_; ++k) {
      h ^= static_cast<uint8_t>(pending_[k]) * kPrime5;
      h = Rotl(h, 11) * kPrime1;
    }
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime3;
    return h ^ (h >> 32);
  }

 private:
  static constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ull, kPrime2 = 0xC2B2AE3D27D4EB4Full,
                            kPrime3 = 0x165667B19E3779F9ull, kPrime5 = 0x27D4EB2F165667C5ull;
  static uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
  void Stripe(const char* p) {
    for (int k = 0; k < 4; ++k) {
      uint64_t w;
      std::memcpy(&w, p + 8 * k, 8);
      lane_[k] = Rotl(lane_[k] + w * kPrime2, 31) * kPrime1;
    }
  }

  uint64_t lane_[4] = {kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
  char pending_[32];
  size_t pending_size_ = 0;
  uint64_t total_ = 0;
};

// Room for n elements, in huge pages where the system gives them on
// request: laying out a million pieces of evidence then costs a few
// hundred page faults instead of tens of thousands.
template <typename T>
void ReserveHuge(std::vector<T>* v, size_t n) {
  v->reserve(n);
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(v->data()) + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t end = reinterpret_cast<uintptr_t>(v->data() + n) & ~(kHuge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

// Writes the file in two walks over the index that visit the same strings
// in the same order: the first writes the records (each string becomes the
// offset it will have), the second the string bytes. No copy of the
// strings is held.
class Writer {
 public:
  // Without a sink it only measures: offsets and sizes, no bytes.
  explicit Writer(const std::function<void(std::string_view)>* sink) : sink_(sink) {
    if (sink_ != nullptr) buffer_.reserve(kPiece + 4096);
  }

  // Records or strings, depending on the walk.
  void set_writing_strings(bool strings) { writing_strings_ = strings; }

  StrRef Put(std::string_view s) {
    if (s.size() > kMaxLength) too_long_ = true;
    if (writing_strings_) {
      Append(s.data(), s.size());
      return 0;
    }
    const StrRef ref = (next_string_ << 24) | std::min<uint64_t>(s.size(), kMaxLength);
    next_string_ += s.size();
    return ref;
  }

  template <typename T>
  void Record(const T& r) {
    if (!writing_strings_) Append(&r, sizeof r);
  }

  void Append(const void* data, size_t n) {
    written_ += n;
    if (sink_ == nullptr) return;  // measuring
    buffer_.append(static_cast<const char*>(data), n);
    if (buffer_.size() >= kPiece) Flush();
  }
  // The checksum of all that was appended, appended (and not summed).
  void AppendChecksum() {
    Flush();
    const uint64_t sum = checksum_.Final();
    buffer_.append(reinterpret_cast<const char*>(&sum), sizeof sum);
    (*sink_)(buffer_);
    buffer_.clear();
  }
  void PadTo8() {
    static const char kZeros[8] = {};
    Append(kZeros, Aligned(written_) - written_);
  }
  void Flush() {
    if (!buffer_.empty()) {
      checksum_.Update(buffer_);
      (*sink_)(buffer_);
    }
    buffer_.clear();
  }

  uint64_t written() const { return written_; }
  uint64_t string_bytes() const { return next_string_; }
  bool too_long() const { return too_long_ || next_string_ > kMaxOffset; }

 private:
  static constexpr size_t kPiece = 1 << 20;
  const std::function<void(std::string_view)>* sink_;
  std::string buffer_;
  Checksum checksum_;
  uint64_t written_ = 0, next_string_ = 0;
  bool writing_strings_ = false, too_long_ = false;
};

}  // namespace

// The friend of TieIndex that reads and writes its arrays.
class TieIndexFile {
 public:
  // One walk (see Writer): the records of every section in order, or the
  // strings they name in the same order. Returns each section's offset and
  // count through `header` on the records walk.
  static void Walk(const TieIndex& index, Writer& w, Header* header) {
    const std::span<const RelationInfo> relations = Relations();
    auto start = [&](Section s, uint64_t count) {
      if (header == nullptr) return;
      w.PadTo8();
      header->offset[s] = w.written();
      header->count[s] = count;
    };
    start(kRelations, relations.size());
    for (const RelationInfo& r : relations) w.Record(w.Put(r.name));
    start(kNodes, index.nodes_.size());
    for (const IndexNode& n : index.nodes_) {
      NodeRecord r{w.Put(n.id), w.Put(n.name), w.Put(n.name_ar), w.Put(n.kind), w.Put(n.wikidata),
                   n.aliases_begin, n.aliases_end};
      w.Record(r);
    }
    start(kAliases, index.aliases_.size());
    for (std::string_view a : index.aliases_) w.Record(w.Put(a));
    if (header != nullptr) {
      start(kTies, index.ties_.size());
      for (const Tie& t : index.ties_) {
        TieRecord r{t.source, t.target, static_cast<uint32_t>(t.relation - relations.data()),
                    t.evidence_begin, t.evidence_end, 0};
        w.Record(r);
      }
    }
    start(kEvidence, index.evidence_.size());
    for (const IndexEvidence& e : index.evidence_) {
      EvidenceRecord r{w.Put(e.doc),  w.Put(e.text),    w.Put(e.date),    w.Put(e.lang),
                       w.Put(e.subject_surface),        w.Put(e.object_surface),
                       w.Put(e.speaker),                w.Put(e.event_date),
                       e.sentence,    e.start,          e.end,            e.day,
                       e.hedged ? 1u : 0u,              0};
      w.Record(r);
    }
    if (header != nullptr) {
      start(kArcOffsets, index.arc_offsets_.size());
      w.Append(index.arc_offsets_.data(), index.arc_offsets_.size() * sizeof(uint32_t));
      start(kArcs, index.arcs_.size());
      for (const Arc& a : index.arcs_) w.Record(ArcRecord{a.neighbor, a.tie, a.forward ? 1u : 0u});
      start(kStrings, 0);
    }
  }

  static Status Write(const TieIndex& index, const GraphFileStamp& stamp,
                      const std::function<void(std::string_view)>& sink) {
    // The header is written first but known last: a dry walk measures the
    // sections.
    Header header{};
    {
      Writer measure(nullptr);
      measure.Append(&header, sizeof header);
      Walk(index, measure, &header);
      if (measure.too_long()) {
        return Status(ErrorCode::kUsage, "index file",
                      "a string is longer than 16 MB or the strings pass 1 TB: no index file");
      }
      header.count[kStrings] = measure.string_bytes();
    }
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kVersion;
    header.byte_order = kByteOrder;
    header.graph_size = stamp.size;
    header.graph_mtime_ns = stamp.mtime_ns;
    header.graph_inode = stamp.inode;
    Writer w(&sink);
    w.Append(&header, sizeof header);
    Header again{};
    Walk(index, w, &again);
    w.set_writing_strings(true);
    Walk(index, w, nullptr);
    w.AppendChecksum();
    return Status();
  }

  static Status Read(std::string_view bytes, std::string_view source,
                     const std::optional<GraphFileStamp>& expected, TieIndex* index);

 private:
  // The records of `body` (the file without its checksum) laid out in
  // `index`, every range and promise checked.
  static Status LayOut(std::string_view body, std::string_view source, const Header& h,
                       TieIndex* index);
};

namespace {

// Bounds-checked views of the sections of one index file.
class Reader {
 public:
  Reader(std::string_view bytes, std::string_view source) : bytes_(bytes), source_(source) {}

  Status Error(uint64_t offset, const std::string& what) const {
    return Status(ErrorCode::kGraph, std::string(source_), what, Status::kNoPosition,
                  static_cast<size_t>(offset));
  }

  // Checks that every section lies inside the file.
  Status CheckSections(const Header& h) {
    header_ = h;
    for (int s = 0; s < kNumSections; ++s) {
      const uint64_t size = kRecordSize[s];
      if (h.offset[s] % 8 != 0 || h.offset[s] < sizeof(Header) || h.offset[s] > bytes_.size() ||
          h.count[s] > (bytes_.size() - h.offset[s]) / size) {
        return Error(sizeof(Header), std::string("the ") + kSectionName[s] +
                                         " section runs past the end of the file (truncated?)");
      }
    }
    return Status();
  }

  template <typename T>
  const T* Records(Section s) const {
    return reinterpret_cast<const T*>(bytes_.data() + header_.offset[s]);
  }
  uint64_t Count(Section s) const { return header_.count[s]; }
  uint64_t OffsetOf(Section s, uint64_t record) const {
    return header_.offset[s] + record * kRecordSize[s];
  }

  // In range, and starting and ending on a character's first byte: the
  // string section as a whole is checked to be UTF-8 (Read), so such
  // a string is UTF-8 too.
  bool Valid(StrRef r) const {
    const uint64_t offset = r >> 24, length = r & kMaxLength, count = Count(kStrings);
    if (offset > count || length > count - offset) return false;
    if (length == 0) return true;
    auto continues = [&](uint64_t at) {
      return at < count && (static_cast<unsigned char>(StringByte(at)) & 0xC0) == 0x80;
    };
    return !continues(offset) && !continues(offset + length);
  }
  char StringByte(uint64_t at) const { return bytes_[header_.offset[kStrings] + at]; }
  std::string_view String(StrRef r) const {
    return std::string_view(bytes_.data() + header_.offset[kStrings] + (r >> 24), r & kMaxLength);
  }

 private:
  std::string_view bytes_, source_;
  Header header_{};
};

}  // namespace

Status TieIndexFile::Read(std::string_view bytes, std::string_view source,
                          const std::optional<GraphFileStamp>& expected, TieIndex* index) {
  Header h;
  if (bytes.size() < sizeof h || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Status(ErrorCode::kGraph, std::string(source), "not a tahaluf index file");
  }
  std::memcpy(&h, bytes.data(), sizeof h);
  if (h.version != kVersion || h.byte_order != kByteOrder) {
    return Status(ErrorCode::kStale, std::string(source),
                  "written by another version of tahaluf or on another kind of machine");
  }
  if (expected && !(GraphFileStamp{h.graph_size, h.graph_mtime_ns, h.graph_inode} == *expected)) {
    return Status(ErrorCode::kStale, std::string(source),
                  "made from another version of the graph file (size, modification time or inode differ)");
  }
  // The checksum: a cache that is damaged (a bad disk block, a tool that
  // edited it) is not to be half-trusted. A large file's is summed on a
  // second thread while the records are laid out (which checks every
  // range, so damage costs no more than an error); a mismatch is the error
  // reported, whatever else was found.
  uint64_t sum;
  if (bytes.size() < sizeof h + sizeof sum) {
    return Status(ErrorCode::kGraph, std::string(source), "truncated: no checksum",
                  Status::kNoPosition, bytes.size());
  }
  const std::string_view body = bytes.substr(0, bytes.size() - sizeof sum);
  std::memcpy(&sum, bytes.data() + body.size(), sizeof sum);
  uint64_t computed = 0;
  size_t bad_utf8 = std::string_view::npos;
  TieIndex out;
  Status s;
  RunTwo(
      body.size() >= (4u << 20),
      [&] {
        computed = TieIndexFileChecksum(body);
        // The strings are UTF-8 even in a file forged with a good checksum
        // (what the graph file held, the index holds: no exporter may
        // meet a broken character). A section out of range is LayOut's error.
        const uint64_t at = h.offset[kStrings], count = h.count[kStrings];
        if (at <= body.size() && count <= body.size() - at) {
          const size_t bad = FindInvalidUtf8(body.substr(at, count));
          if (bad != std::string_view::npos) bad_utf8 = at + bad;
        }
      },
      [&] { s = LayOut(body, source, h, &out); });
  if (computed != sum) {
    return Status(ErrorCode::kGraph, std::string(source),
                  "damaged: the checksum at its end does not match its contents",
                  Status::kNoPosition, body.size());
  }
  if (bad_utf8 != std::string_view::npos) {
    return Status(ErrorCode::kGraph, std::string(source), "a string is not UTF-8",
                  Status::kNoPosition, bad_utf8);
  }
  if (!s.ok()) return s;
  out.BuildIdTable();
  *index = std::move(out);
  return Status();
}

Status TieIndexFile::LayOut(std::string_view body, std::string_view source, const Header& h,
                            TieIndex* index) {
  TieIndex& out = *index;
  Reader in(body, source);
  if (Status s = in.CheckSections(h); !s.ok()) return s;

  std::vector<const RelationInfo*> relations(in.Count(kRelations));
  for (uint64_t k = 0; k < relations.size(); ++k) {
    const StrRef r = in.Records<StrRef>(kRelations)[k];
    const RelationInfo* info = in.Valid(r) ? FindRelation(in.String(r)) : nullptr;
    if (info == nullptr) {
      return in.Error(in.OffsetOf(kRelations, k),
                      "relation " + std::to_string(k) + " is not one this version knows");
    }
    relations[k] = info;
  }

  const uint64_t n = in.Count(kNodes);
  if (n >= UINT32_MAX || in.Count(kTies) >= UINT32_MAX || in.Count(kEvidence) >= UINT32_MAX ||
      in.Count(kAliases) >= UINT32_MAX) {
    return in.Error(sizeof(Header), "more records than an index holds");
  }
  out.aliases_.resize(in.Count(kAliases));
  for (uint64_t k = 0; k < out.aliases_.size(); ++k) {
    const StrRef r = in.Records<StrRef>(kAliases)[k];
    if (!in.Valid(r)) return in.Error(in.OffsetOf(kAliases, k), "alias runs past the strings");
    out.aliases_[k] = in.String(r);
  }
  out.nodes_.resize(n);
  for (uint64_t v = 0; v < n; ++v) {
    const NodeRecord& r = in.Records<NodeRecord>(kNodes)[v];
    for (StrRef s : {r.id, r.name, r.name_ar, r.kind, r.wikidata}) {
      if (!in.Valid(s)) return in.Error(in.OffsetOf(kNodes, v), "actor's string runs past the strings");
    }
    if (r.aliases_begin > r.aliases_end || r.aliases_end > out.aliases_.size()) {
      return in.Error(in.OffsetOf(kNodes, v), "actor's aliases are out of range");
    }
    IndexNode& node = out.nodes_[v];
    node = IndexNode{in.String(r.id), in.String(r.name), in.String(r.name_ar), in.String(r.kind),
                     in.String(r.wikidata), r.aliases_begin, r.aliases_end};
    if (v > 0 && !(out.nodes_[v - 1].id < node.id)) {
      return in.Error(in.OffsetOf(kNodes, v), "actors are not in id order");
    }
  }

  const uint64_t num_evidence = in.Count(kEvidence);
  out.ties_.resize(in.Count(kTies));
  for (uint64_t k = 0; k < out.ties_.size(); ++k) {
    const TieRecord& r = in.Records<TieRecord>(kTies)[k];
    if (r.source >= n || r.target >= n || r.relation >= relations.size() ||
        r.evidence_begin > r.evidence_end || r.evidence_end > num_evidence) {
      return in.Error(in.OffsetOf(kTies, k), "tie " + std::to_string(k) +
                                                 " names an actor, relation or evidence out of range");
    }
    out.ties_[k] = Tie{r.source, r.target, relations[r.relation], r.evidence_begin, r.evidence_end};
  }

  // Evidence is most of the file: two threads lay it out.
  ReserveHuge(&out.evidence_, num_evidence);
  out.evidence_.resize(num_evidence);
  auto lay_out = [&](uint64_t begin, uint64_t end, uint64_t* bad) {
    const EvidenceRecord* records = in.Records<EvidenceRecord>(kEvidence);
    for (uint64_t k = begin; k < end; ++k) {
      const EvidenceRecord& r = records[k];
      const StrRef refs[] = {r.doc, r.text, r.date, r.lang, r.subject_surface, r.object_surface,
                             r.speaker, r.event_date};
      bool ok = true;
      for (StrRef s : refs) ok &= in.Valid(s);
      if (!ok) {
        *bad = k;
        return;
      }
      IndexEvidence& e = out.evidence_[k];
      e.doc = in.String(r.doc);
      e.text = in.String(r.text);
      e.date = in.String(r.date);
      e.lang = in.String(r.lang);
      e.subject_surface = in.String(r.subject_surface);
      e.object_surface = in.String(r.object_surface);
      e.speaker = in.String(r.speaker);
      e.event_date = in.String(r.event_date);
      e.sentence = r.sentence;
      e.start = r.start;
      e.end = r.end;
      e.day = r.day;
      e.hedged = r.hedged != 0;
    }
  };
  uint64_t bad[2] = {UINT64_MAX, UINT64_MAX};
  const uint64_t half = num_evidence / 2;
  if (num_evidence >= (1u << 16)) {
    std::thread second(lay_out, half, num_evidence, &bad[1]);
    lay_out(0, half, &bad[0]);
    second.join();
  } else {
    lay_out(0, num_evidence, &bad[1]);
  }
  for (uint64_t k : bad) {
    if (k != UINT64_MAX) {
      return in.Error(in.OffsetOf(kEvidence, k),
                      "evidence " + std::to_string(k) + ": a string runs past the strings");
    }
  }

  if (in.Count(kArcOffsets) != n + 1) {
    return in.Error(in.OffsetOf(kArcOffsets, 0), "arc offsets do not match the actors");
  }
  const uint32_t* offsets = in.Records<uint32_t>(kArcOffsets);
  out.arc_offsets_.assign(offsets, offsets + n + 1);
  for (uint64_t v = 0; v < n; ++v) {
    if (out.arc_offsets_[v] > out.arc_offsets_[v + 1]) {
      return in.Error(in.OffsetOf(kArcOffsets, v + 1), "arc offsets go backwards");
    }
  }
  if (out.arc_offsets_[0] != 0 || out.arc_offsets_[n] != in.Count(kArcs)) {
    return in.Error(in.OffsetOf(kArcOffsets, 0), "arc offsets do not match the arcs");
  }
  out.arcs_.resize(in.Count(kArcs));
  const ArcRecord* arcs = in.Records<ArcRecord>(kArcs);
  for (uint64_t k = 0; k < out.arcs_.size(); ++k) {
    const ArcRecord& r = arcs[k];
    if (r.neighbor >= n || r.tie >= out.ties_.size() || r.forward > 1) {
      return in.Error(in.OffsetOf(kArcs, k), "arc " + std::to_string(k) + " is out of range");
    }
    out.arcs_[k] = Arc{r.neighbor, r.tie, r.forward != 0};
  }
  // The promises the algorithms rely on (sorted arcs that agree with the
  // ties, evidence runs): what the checksum cannot vouch for in a file a
  // program other than tahaluf wrote.
  if (TieIndex::Breach b = out.FindBreach(); b.part != TieIndex::Breach::kNone) {
    static constexpr Section kSectionOf[] = {kTies, kTies, kEvidence, kArcs};
    static constexpr const char* kNameOf[] = {"tie", "tie", "evidence", "arc"};
    const Section section = kSectionOf[b.part];
    return in.Error(in.OffsetOf(section, std::min<uint64_t>(b.number, in.Count(section))),
                    std::string(kNameOf[b.part]) + " " + std::to_string(b.number) + " " + b.what);
  }
  return Status();
}

Status WriteTieIndexFile(const TieIndex& index, const GraphFileStamp& stamp,
                         const std::function<void(std::string_view)>& sink) {
  return TieIndexFile::Write(index, stamp, sink);
}

uint64_t TieIndexFileChecksum(std::string_view bytes) {
  Checksum sum;
  sum.Update(bytes);
  return sum.Final();
}

std::optional<GraphFileStamp> TieIndexFileStamp(std::string_view bytes) {
  Header h;
  if (bytes.size() < sizeof h || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return std::nullopt;
  }
  std::memcpy(&h, bytes.data(), sizeof h);
  if (h.version != kVersion || h.byte_order != kByteOrder) return std::nullopt;
  return GraphFileStamp{h.graph_size, h.graph_mtime_ns, h.graph_inode};
}

Status ReadTieIndexFile(std::string_view bytes, std::string_view source,
                        const std::optional<GraphFileStamp>& expected, TieIndex* index) {
  return TieIndexFile::Read(bytes, source, expected, index);
}

}  // namespace tahaluf
