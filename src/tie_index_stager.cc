#include "tahaluf/graph_io.h"

#include <algorithm>
#include <cstring>
#include <list>
#include <memory>
#include <utility>

#include "graph_reader.h"
#include "parallel.h"
#include "tahaluf/dates.h"
#include "tahaluf/text.h"

namespace tahaluf {
namespace {

// The actors staged from triple lines, with as much of each as tells
// whether a repeat adds anything to it: its id, which of name_ar, kind and
// wikidata it has, and its aliases, all in one record. Records are small
// and packed together, and the table holds where they are, so looking up
// the two actors of every one of a million lines takes two reads. Records
// never move; a set made by Merge refers to the records of the sets merged
// into it.
class ActorRecords {
 public:
  // The record of the actor with this id (`hash` is IdHash(id)), or null.
  const char* Find(std::string_view id, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t k = hash & mask; slots_[k].record != nullptr; k = (k + 1) & mask) {
      if (slots_[k].hash == hash && SameBytes(Id(slots_[k].record), id)) return slots_[k].record;
    }
    return nullptr;
  }
  // Asks for the slot where Find(…, hash) starts to be brought into cache.
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }

  // A record for `n` (not in the set yet) with these aliases.
  template <typename It>
  void Add(const IndexNode& n, uint64_t hash, It aliases_begin, It aliases_end) {
    size_t size = 1 + 4 + n.id.size() + 4;
    for (It a = aliases_begin; a != aliases_end; ++a) size += 4 + a->size();
    if (chunks_.empty() || chunks_.back().capacity() - chunks_.back().size() < size) {
      chunks_.emplace_back().reserve(std::max<size_t>(size, 1u << 20));
    }
    std::string& chunk = chunks_.back();
    const size_t at = chunk.size();
    chunk.push_back(static_cast<char>((n.name_ar.empty() ? 0 : kNameAr) |
                                      (n.kind.empty() ? 0 : kKind) |
                                      (n.wikidata.empty() ? 0 : kWikidata)));
    AppendString(n.id, &chunk);
    AppendUint(static_cast<uint32_t>(aliases_end - aliases_begin), &chunk);
    for (It a = aliases_begin; a != aliases_end; ++a) AppendString(*a, &chunk);
    Insert({hash, chunk.data() + at});
  }

  // Whether an actor met again with these fields and aliases adds
  // anything to the one `record` describes (merging keeps the first
  // non-empty field and unions aliases).
  template <typename It>
  static bool Adds(const char* record, const IndexNode& n, It aliases_begin, It aliases_end) {
    const uint8_t has = static_cast<uint8_t>(record[0]);
    if ((!(has & kNameAr) && !n.name_ar.empty()) || (!(has & kKind) && !n.kind.empty()) ||
        (!(has & kWikidata) && !n.wikidata.empty())) {
      return true;
    }
    const std::string_view id = Id(record);
    const char* const first_alias = id.data() + id.size() + 4;
    const uint32_t num_aliases = ReadUint(id.data() + id.size());
    for (It a = aliases_begin; a != aliases_end; ++a) {
      const char* p = first_alias;
      bool found = false;
      for (uint32_t k = 0; k < num_aliases && !found; ++k) {
        const uint32_t size = ReadUint(p);
        found = SameBytes(std::string_view(p + 4, size), *a);
        p += 4 + size;
      }
      if (!found) return true;
    }
    return false;
  }

  // The id in a record; valid as long as the record's storage.
  static std::string_view Id(const char* record) {
    return std::string_view(record + 5, ReadUint(record + 1));
  }

  // Adds the records of `other` whose actors this set lacks, and keeps
  // its storage alive.
  void Merge(ActorRecords&& other) {
    for (const Slot& slot : other.slots_) {
      if (slot.record != nullptr && Find(Id(slot.record), slot.hash) == nullptr) Insert(slot);
    }
    chunks_.splice(chunks_.end(), other.chunks_);
    other = ActorRecords();
  }

  // The records' storage (the set is empty after).
  std::list<std::string> TakeStorage() {
    std::list<std::string> out = std::move(chunks_);
    *this = ActorRecords();
    return out;
  }

 private:
  static constexpr uint8_t kNameAr = 1, kKind = 2, kWikidata = 4;
  struct Slot {
    uint64_t hash = 0;
    const char* record = nullptr;  // null: an empty slot
  };

  static uint32_t ReadUint(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static void AppendUint(uint32_t v, std::string* out) {
    out->append(reinterpret_cast<const char*>(&v), 4);
  }
  static void AppendString(std::string_view s, std::string* out) {
    AppendUint(static_cast<uint32_t>(s.size()), out);
    out->append(s);
  }

  void Insert(const Slot& slot) {
    if ((size_ + 1) * 2 > slots_.size()) {
      // Twice as many slots, refilled.
      const size_t size = std::max<size_t>(1024, slots_.size() * 2);
      std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(size));
      for (const Slot& s : old) {
        if (s.record != nullptr) Place(s);
      }
    }
    Place(slot);
    ++size_;
  }
  void Place(const Slot& slot) {
    const size_t mask = slots_.size() - 1;
    size_t k = slot.hash & mask;
    while (slots_[k].record != nullptr) k = (k + 1) & mask;
    slots_[k] = slot;
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  std::list<std::string> chunks_;  // the records this set made
};

// Reads the parts of a graph file into staged nodes, ties and evidence.
// Syntax errors stop the scanner; errors of meaning (a node without an id,

// True when `s` lies within `text`.
bool Within(std::string_view s, std::string_view text) {
  const auto at = reinterpret_cast<uintptr_t>(s.data());
  const auto begin = reinterpret_cast<uintptr_t>(text.data());
  return at >= begin && at + s.size() <= begin + text.size();
}

// What one graph file, or one thread's share of triple lines, staged.
struct Part {
  StagedGraph staged;
  // Triple lines: the actors staged, so that repeats that add nothing to
  // them need not be staged again.
  ActorRecords actors;
  // Triple lines: copies of the strings staged from them, in chunks that
  // never move, so their input need not outlive the index.
  std::list<std::string> copies;
  // The line being read (its aliases' room is used again).
  TripleLineView line;

  // A copy of `s` among `copies`; room for the copies of a part of the
  // input is reserved when it is staged (they are never longer), so this
  // normally appends to the last chunk.
  std::string_view Copy(std::string_view s) {
    if (s.empty()) return {};
    if (copies.empty() || copies.back().capacity() - copies.back().size() < s.size()) {
      copies.emplace_back().reserve(std::max<size_t>(s.size(), 1u << 20));
    }
    std::string& chunk = copies.back();
    const size_t at = chunk.size();
    chunk.append(s);
    return std::string_view(chunk.data() + at, s.size());
  }
};

// One line of `extract` output staged into `into`, as AllianceGraph takes
// a triple (AddTriple): false (and *error) when the line is bad.
// `earlier` holds the actors staged from earlier parts (only read: the
// thread staging the other half of an input reads it too). What is staged
// is copied: nothing refers to `line` after.
bool StageTripleLine(std::string_view line, const ActorRecords& earlier, Part& into,
                     std::string* error) {
  TripleLineView& v = into.line;
  // The actors are looked up once the line is read: their slots are
  // fetched meanwhile.
  struct Prefetch : ActorIdObserver {
    const ActorRecords* tables[2];
    uint64_t hash[2] = {0, 0};  // IdHash of the ids
    void ActorId(int side, std::string_view id) override {
      hash[side] = IdHash(id);
      tables[0]->Prefetch(hash[side]);
      tables[1]->Prefetch(hash[side]);
    }
  } prefetch;
  prefetch.tables[0] = &into.actors;
  prefetch.tables[1] = &earlier;
  const uint64_t* hash = prefetch.hash;
  if (!ScanTripleLine(line, &into.staged.storage, &v, error, &prefetch)) return false;
  if (v.negated) return true;
  const RelationInfo* r = v.relation;
  IndexEvidence e = v.evidence;
  // Strings of the line are copied; decoded ones live in the part's storage.
  auto keep = [&](std::string_view s) { return Within(s, line) ? into.Copy(s) : s; };
  e.doc = keep(e.doc);
  e.text = keep(e.text);
  e.date = keep(e.date);
  e.lang = keep(e.lang);
  e.subject_surface = keep(v.surface[0]);
  e.object_surface = keep(v.surface[1]);
  e.speaker = keep(e.speaker);
  e.event_date = keep(e.event_date);
  e.day = ParseDay(e.date).value_or(kUndated);
  // AddFact: symmetric facts with the smaller id first, and its actors
  // added in that order.
  int first = 0;
  if (r->symmetric && v.actor[1].id < v.actor[0].id) first = 1;
  std::string_view ids[2];  // the staged copies of the two ids
  StagedGraph& staged = into.staged;
  for (int side : {first, 1 - first}) {
    const IndexNode& n = v.actor[side];
    const auto aliases_begin = v.aliases.begin() + n.aliases_begin;
    const auto aliases_end = v.aliases.begin() + n.aliases_end;
    // The actor as staged first in this part, else in an earlier one.
    const char* have = into.actors.Find(n.id, hash[side]);
    const bool have_own = have != nullptr;
    if (!have_own) have = earlier.Find(n.id, hash[side]);
    if (have != nullptr && !ActorRecords::Adds(have, n, aliases_begin, aliases_end)) {
      ids[side] = ActorRecords::Id(have);
      continue;
    }
    IndexNode node;
    node.id = keep(n.id);
    // The name defaults to the id: one copy for both.
    node.name = n.name.data() == n.id.data() ? node.id : keep(n.name);
    node.name_ar = keep(n.name_ar);
    node.kind = keep(n.kind);
    node.wikidata = keep(n.wikidata);
    node.aliases_begin = static_cast<uint32_t>(staged.aliases.size());
    for (auto a = aliases_begin; a != aliases_end; ++a) staged.aliases.push_back(keep(*a));
    node.aliases_end = static_cast<uint32_t>(staged.aliases.size());
    if (!have_own) into.actors.Add(node, hash[side], aliases_begin, aliases_end);
    staged.nodes.push_back(node);
    ids[side] = node.id;
  }
  const uint32_t at = static_cast<uint32_t>(staged.evidence.size());
  staged.evidence.push_back(e);
  staged.facts.push_back({ids[first], ids[1 - first], r, at, at + 1});
  return true;
}

// Stages the lines of `content` into `into`; bad lines add a Status,
// numbered from 1. Returns the number of lines.
size_t StageLines(std::string_view content, std::string_view source, const ActorRecords& earlier,
                  Part& into, std::vector<Status>* errors) {
  // Rough counts from the typical bytes per line, to spare regrowing; the
  // copies are never longer than the lines (pages of the reserve that are
  // never written take no memory).
  into.staged.evidence.reserve(into.staged.evidence.size() + content.size() / 550);
  into.staged.facts.reserve(into.staged.facts.size() + content.size() / 550);
  into.copies.emplace_back().reserve(content.size());
  std::string error;
  LineReader lines(content);
  for (Line line; lines.Next(&line);) {
    if (IsBlank(line.text)) continue;
    if (!StageTripleLine(line.text, earlier, into, &error)) {
      errors->emplace_back(ErrorCode::kSyntax, std::string(source), error + "; line skipped",
                           line.number);
    }
  }
  return lines.count();
}

}  // namespace

// What was added, a part per graph file and per thread's share of triple
// lines, kept apart (no regrowing of one large copy) until Finish puts them
// together in order.
struct TieIndexStager::Staged {
  std::vector<std::unique_ptr<Part>> parts;
  // The actors staged from triple lines so far, as first staged.
  ActorRecords actors;

  void Add(std::unique_ptr<Part> part) {
    actors.Merge(std::move(part->actors));
    parts.push_back(std::move(part));
  }
};

TieIndexStager::TieIndexStager() : staged_(std::make_unique<Staged>()) {}
TieIndexStager::~TieIndexStager() = default;

Status TieIndexStager::AddGraphJson(std::string_view content, std::string_view source) {
  GraphFileReader reader(content);
  Status s = ReadGraphFile(content, source, reader);
  if (s.ok()) s = CheckEdgesNameNodes(reader.staged, source);
  if (s.ok()) {
    auto part = std::make_unique<Part>();
    part->staged = std::move(reader.staged);
    staged_->Add(std::move(part));
  }
  return s;
}

void TieIndexStager::AddTripleLines(std::string_view content, std::string_view source,
                                    std::vector<Status>* errors) {
  // Lines are independent: a large input is staged by two threads, the
  // second from the line start nearest the middle, each into a part of its
  // own, the second part put after the first, so the result is the same as
  // one thread's. What is staged is copied: `content` may go after this.
  constexpr size_t kMinimum = 8u << 20;
  const size_t middle =
      content.size() >= kMinimum ? content.find('\n', content.size() / 2) : std::string_view::npos;
  auto first = std::make_unique<Part>();
  if (middle == std::string_view::npos) {
    StageLines(content, source, staged_->actors, *first, errors);
    staged_->Add(std::move(first));
    return;
  }
  const std::string_view first_half = content.substr(0, middle + 1);
  const std::string_view second_half = content.substr(middle + 1);
  auto second = std::make_unique<Part>();
  std::vector<Status> second_errors;
  size_t lines = 0;  // of the first half
  RunTwo(
      true, [&] { StageLines(second_half, source, staged_->actors, *second, &second_errors); },
      [&] { lines = StageLines(first_half, source, staged_->actors, *first, errors); });
  for (const Status& e : second_errors) {
    errors->emplace_back(e.code(), e.source(), e.message(), e.line() + lines);
  }
  staged_->Add(std::move(first));
  staged_->Add(std::move(second));
}

Status TieIndexStager::Finish(TieIndex* index) {
  // The parts one after the other, each freed once copied.
  std::unique_ptr<Staged> staged = std::exchange(staged_, std::make_unique<Staged>());
  StagedGraph all;
  // Staged facts of repeated actors refer to the ids in the records.
  all.storage = staged->actors.TakeStorage();
  size_t num_nodes = 0, num_aliases = 0, num_facts = 0, num_evidence = 0;
  for (const auto& part : staged->parts) {
    num_nodes += part->staged.nodes.size();
    num_aliases += part->staged.aliases.size();
    num_facts += part->staged.facts.size();
    num_evidence += part->staged.evidence.size();
  }
  all.nodes.reserve(num_nodes);
  all.aliases.reserve(num_aliases);
  all.facts.reserve(num_facts);
  all.evidence.reserve(num_evidence);
  for (std::unique_ptr<Part>& part : staged->parts) {
    all.Append(part->staged);
    all.storage.splice(all.storage.end(), part->copies);
    part.reset();
  }
  return BuildTieIndex(std::move(all), "staged graph", index);
}

}  // namespace tahaluf
