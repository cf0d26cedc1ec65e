#include "graph_reader.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <thread>
#include <unordered_set>

#include "tahaluf/dates.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/text.h"

namespace tahaluf {

bool GraphFileReader::FailGraph(const std::string& message, size_t offset) {
  if (semantic_error.empty()) {
    semantic_error = message;
    semantic_offset = offset != Status::kNoPosition ? offset : scan.offset();
  }
  return true;
}

namespace {

// Ids name DOT nodes, file names and table keys, where a control character
// (a NUL above all: C strings end there) would cut or merge them.
bool HasControlCharacter(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20) return true;
  }
  return false;
}

// An actor object at the cursor, as graph files ("nodes") and triple lines
// ("subject", "object") write it: {"id", "name", "name_ar", "kind",
// "wikidata"?, "surface"? (triple lines), "aliases"}. Its aliases are
// appended to `aliases` (n->aliases_begin/end index them), its surface
// read into `surface` when given (passed over otherwise). A missing name
// is the id.
bool ReadActor(JsonScanner& scan, IndexNode* n, std::vector<std::string_view>* aliases,
               std::string_view* surface) {
  n->aliases_begin = static_cast<uint32_t>(aliases->size());
  static constexpr std::string_view kKeys[] = {"id",       "name",    "name_ar", "kind",
                                               "wikidata", "surface", "aliases"};
  const bool ok = scan.Members(kKeys, [&](size_t k) {
    switch (k) {
      case 0: return scan.StringOrEmpty(&n->id);
      case 1: return scan.StringOrEmpty(&n->name);
      case 2: return scan.StringOrEmpty(&n->name_ar);
      case 3: return scan.StringOrEmpty(&n->kind);
      case 4: return scan.StringOrEmpty(&n->wikidata);
      case 5: return surface != nullptr ? scan.StringOrEmpty(surface) : scan.SkipValue();
      default:
        if (scan.Peek() != '[') return scan.SkipValue();
        return scan.Array([&] {
          if (scan.Peek() != '"') return scan.SkipValue();
          std::string_view a;
          if (!scan.String(&a)) return false;
          aliases->push_back(a);
          return true;
        });
    }
  });
  n->aliases_end = static_cast<uint32_t>(aliases->size());
  if (n->name.empty()) n->name = n->id;
  return ok;
}

}  // namespace

bool GraphFileReader::ReadNode() {
  const size_t number = staged.nodes.size();
  IndexNode n;
  if (scan.Peek() != '{') {
    return scan.SkipValue() && FailGraph("node #" + std::to_string(number) + " has no \"id\"");
  }
  const size_t start = scan.offset();
  if (!ReadActor(scan, &n, &staged.aliases, nullptr)) return false;
  const std::string where = "node #" + std::to_string(number);
  if (n.id.empty()) return FailGraph(where + " has no \"id\"");
  if (HasControlCharacter(n.id)) return FailGraph(where + ": its id holds a control character", start);
  if (auto [it, added] = node_numbers.try_emplace(n.id, number); !added) {
    return FailGraph(where + ": id '" + std::string(n.id) + "' is node #" +
                         std::to_string(it->second) + "'s too",
                     start);
  }
  staged.nodes.push_back(n);
  return true;
}

bool GraphFileReader::ReadEvidence() {
  if (scan.Peek() != '{') {
    return scan.SkipValue() &&
           FailGraph("edge #" + std::to_string(staged.facts.size()) + ": evidence is not an object");
  }
  IndexEvidence e;
  size_t misfit = std::string_view::npos;
  static constexpr std::string_view kKeys[] = {"doc",  "sentence", "start",
                                               "end",  "text",     "date",
                                               "lang", "hedged",   "subject_surface",
                                               "object_surface", "speaker", "event_date"};
  bool ok = scan.Members(kKeys, [&](size_t k) {
    switch (k) {
      case 0: return scan.StringOrEmpty(&e.doc);
      case 1: return scan.UintOrZero(&e.sentence, &misfit);
      case 2: return scan.UintOrZero(&e.start, &misfit);
      case 3: return scan.UintOrZero(&e.end, &misfit);
      case 4: return scan.StringOrEmpty(&e.text);
      case 5: return scan.StringOrEmpty(&e.date);
      case 6: return scan.StringOrEmpty(&e.lang);
      case 7: return scan.BoolOrFalse(&e.hedged);
      case 8: return scan.StringOrEmpty(&e.subject_surface);
      case 9: return scan.StringOrEmpty(&e.object_surface);
      case 10: return scan.StringOrEmpty(&e.speaker);
      default: return scan.StringOrEmpty(&e.event_date);
    }
  });
  if (!ok) return false;
  if (misfit != std::string_view::npos) {
    return FailGraph("edge #" + std::to_string(staged.facts.size()) +
                         ": evidence's \"sentence\", \"start\" and \"end\" must be whole "
                         "numbers from 0 to 4294967295",
                     misfit);
  }
  e.day = ParseDay(e.date).value_or(kUndated);
  staged.evidence.push_back(e);
  return true;
}

bool GraphFileReader::ReadEdge() {
  auto where = [&] { return "edge #" + std::to_string(staged.facts.size()); };
  if (scan.Peek() != '{') return scan.SkipValue() && FailGraph(where() + " is not an object");
  StagedGraph::Fact t;
  std::string_view relation;
  bool has_evidence = false;
  static constexpr std::string_view kKeys[] = {"source", "target", "relation", "evidence"};
  bool ok = scan.Members(kKeys, [&](size_t k) {
    switch (k) {
      case 0: return scan.StringOrEmpty(&t.source);
      case 1: return scan.StringOrEmpty(&t.target);
      case 2: return scan.StringOrEmpty(&relation);
      default:
        if (scan.Peek() != '[') return scan.SkipValue();
        has_evidence = true;
        t.evidence_begin = static_cast<uint32_t>(staged.evidence.size());
        if (!scan.Array([&] { return ReadEvidence(); })) return false;
        t.evidence_end = static_cast<uint32_t>(staged.evidence.size());
        return true;
    }
  });
  if (!ok) return false;
  t.relation = FindRelation(relation);
  if (t.relation == nullptr) {
    return FailGraph(where() + " has an unknown relation '" + std::string(relation) + "'");
  }
  if (!has_evidence || t.evidence_end == t.evidence_begin) {
    return FailGraph(where() + " has no evidence");
  }
  if (t.source.empty() || t.target.empty()) {
    return FailGraph(where() + " names a node that is not in \"nodes\": ''");
  }
  staged.facts.push_back(t);
  return true;
}

bool GraphFileReader::ReadEdgesFrom(size_t start, size_t* end) {
  scan.Seek(start);
  scan.set_depth(1);  // inside the root object, as the first reader is here
  for (;;) {
    if (!ReadEdge() || !semantic_error.empty()) return false;
    const char c = scan.Peek();
    if (c == ']') {
      scan.Seek(scan.offset() + 1);
      *end = scan.offset();
      return true;
    }
    if (c != ',') return false;
    scan.Seek(scan.offset() + 1);
  }
}

namespace {

// Where a large file's edges array may be cut in two for a second thread:
// just past the '}' of an object that a ',' and an object starting with
// "source" follow, near the middle. Only a guess (it may be inside a
// string): it counts only if the first reader, walking the edges, stops
// exactly there.
struct Cut {
  size_t after_brace;  // offset just past the '}'
  size_t next_object;  // offset of the next '{'
};

std::optional<Cut> FindCut(std::string_view content) {
  constexpr size_t kMinimum = 8u << 20;  // smaller files read fast enough alone
  if (content.size() < kMinimum) return std::nullopt;
  const size_t limit = std::min(content.size(), content.size() / 2 + (4u << 20));
  for (size_t at = content.size() / 2; at < limit; ++at) {
    at = content.find('}', at);
    if (at == std::string_view::npos || at >= limit) return std::nullopt;
    size_t k = at + 1;
    auto skip = [&] {
      while (k < content.size() && (content[k] == ' ' || content[k] == '\n' || content[k] == '\r' ||
                                    content[k] == '\t')) {
        ++k;
      }
    };
    skip();
    if (k >= content.size() || content[k] != ',') continue;
    ++k;
    skip();
    if (k >= content.size() || content[k] != '{') continue;
    const size_t brace = k++;
    skip();
    if (content.substr(k, 8) != "\"source\"") continue;
    return Cut{at + 1, brace};
  }
  return std::nullopt;
}

}  // namespace

// Reads a graph file into `main` (made on `content`).
Status ReadGraphFile(std::string_view content, std::string_view source, GraphFileReader& main) {
  // Rough sizes from a graph file's typical bytes per item, to spare
  // regrowing.
  main.staged.evidence.reserve(content.size() / 450);
  main.staged.facts.reserve(content.size() / 500);
  // A large file's edges are read by two threads: the second from a guessed
  // cut near the middle; its work is kept only if the first thread finds an
  // edge ending exactly at the cut and the second read cleanly to the end
  // of the array. Either way the result is the same as one thread's.
  std::optional<Cut> cut = FindCut(content);
  std::unique_ptr<GraphFileReader> second;
  std::thread worker;
  bool second_ok = false;
  size_t second_end = 0;
  if (cut) {
    second = std::make_unique<GraphFileReader>(content);
    second->staged.evidence.reserve(content.size() / 900);
    second->staged.facts.reserve(content.size() / 1000);
    worker = std::thread([&] { second_ok = second->ReadEdgesFrom(cut->next_object, &second_end); });
  }
  struct Joiner {
    std::thread& t;
    ~Joiner() {
      if (t.joinable()) t.join();
    }
  } joiner{worker};

  JsonScanner& scan = main.scan;
  std::string_view format;
  bool seen_format = false, seen_nodes = false, seen_edges = false, seen_version = false;
  uint32_t version = kGraphFileVersion;
  size_t version_at = std::string_view::npos, version_misfit = std::string_view::npos;
  auto read_edges = [&] {
    if (!scan.Expect('[')) return false;
    if (scan.Peek() == ']') {
      scan.Seek(scan.offset() + 1);
      return true;
    }
    for (;;) {
      if (!main.ReadEdge()) return false;
      if (worker.joinable() && scan.offset() == cut->after_brace) {
        worker.join();
        if (second_ok && main.semantic_error.empty() && scan.Peek() == ',') {
          main.staged.Append(second->staged);
          scan.Seek(second_end);
          return true;
        }
      }
      const char c = scan.Peek();
      scan.Seek(scan.offset() + 1);
      if (c == ']') return true;
      if (c != ',') {
        scan.Seek(scan.offset() - 1);
        return scan.Fail("expected ',' or ']'");
      }
    }
  };
  const bool is_object = scan.Peek() == '{';
  const bool parsed = is_object && scan.Object([&](std::string_view key) {
    if (key == "format" && !seen_format) {
      seen_format = true;
      return scan.StringOrEmpty(&format);
    }
    if (key == "version" && !seen_version) {
      seen_version = true;
      version_at = scan.offset();
      if (scan.Peek() != '-' && !std::isdigit(static_cast<unsigned char>(scan.Peek()))) {
        version = 0;
        return scan.SkipValue();
      }
      return scan.UintOrZero(&version, &version_misfit);
    }
    if (key == "nodes" && !seen_nodes) {
      seen_nodes = scan.Peek() == '[';
      if (!seen_nodes) return scan.SkipValue();
      return scan.Array([&] { return main.ReadNode(); });
    }
    if (key == "edges" && !seen_edges) {
      seen_edges = scan.Peek() == '[';
      if (!seen_edges) return scan.SkipValue();
      return read_edges();
    }
    return scan.SkipValue();
  });
  if (!is_object && !scan.failed()) {
    if (scan.Peek() == '\0') {
      scan.Fail("the document is empty");
    } else if (scan.SkipValue() && !scan.AtEnd()) {
      scan.Fail("the document root must not be followed by other values");
    }
  }
  if (parsed && !scan.AtEnd()) {
    scan.Fail("the document root must not be followed by other values");
  }
  if (scan.failed()) {
    return Status(ErrorCode::kGraph, std::string(source), "not JSON: " + scan.error(),
                  Status::kNoPosition, scan.error_offset());
  }
  if (!is_object || format != "tahaluf-graph") {
    return Status(ErrorCode::kGraph, std::string(source),
                  "not a tahaluf graph (expected \"format\": \"tahaluf-graph\")");
  }
  if (version != kGraphFileVersion || version_misfit != std::string_view::npos) {
    const std::string message =
        version != 0 && version_misfit == std::string_view::npos
            ? "graph file version " + std::to_string(version) + ": this tahaluf reads version " +
                  std::to_string(kGraphFileVersion) + " (a newer one wrote it?)"
            : "\"version\" must be the number " + std::to_string(kGraphFileVersion);
    return Status(ErrorCode::kGraph, std::string(source), message, Status::kNoPosition,
                  version_at);
  }
  if (!seen_nodes || !seen_edges) {
    return Status(ErrorCode::kGraph, std::string(source), "\"nodes\" and \"edges\" must be arrays");
  }
  if (!main.semantic_error.empty()) {
    return Status(ErrorCode::kGraph, std::string(source), main.semantic_error, Status::kNoPosition,
                  main.semantic_offset);
  }
  return Status();
}

Status CheckEdgesNameNodes(const StagedGraph& staged, std::string_view source) {
  std::unordered_set<std::string_view> ids(staged.nodes.size() * 2);
  for (const IndexNode& n : staged.nodes) ids.insert(n.id);
  for (size_t k = 0; k < staged.facts.size(); ++k) {
    const StagedGraph::Fact& f = staged.facts[k];
    const bool has_source = ids.count(f.source) > 0;
    if (!has_source || !ids.count(f.target)) {
      return Status(ErrorCode::kGraph, std::string(source),
                    "edge #" + std::to_string(k) + " names a node that is not in \"nodes\": '" +
                        std::string(has_source ? f.target : f.source) + "'");
    }
  }
  return Status();
}

bool ScanTripleLine(std::string_view line, std::list<std::string>* decoded, TripleLineView* out,
                    std::string* error, ActorIdObserver* observer) {
  JsonScanner scan(line, decoded);
  std::vector<std::string_view> aliases = std::move(out->aliases);  // its room, used again
  *out = TripleLineView();
  out->aliases = std::move(aliases);
  out->aliases.clear();
  IndexNode* node = out->actor;
  std::string_view* surface = out->surface;
  IndexEvidence& e = out->evidence;
  bool node_ok[2] = {false, false};
  std::string_view relation;
  size_t misfit = std::string_view::npos;
  auto read_node = [&](int side) {
    if (scan.Peek() != '{') return scan.SkipValue();
    IndexNode& n = node[side];
    const bool ok = ReadActor(scan, &n, &out->aliases, &surface[side]);
    node_ok[side] = ok && !n.id.empty();
    if (observer != nullptr) observer->ActorId(side, n.id);
    return ok;
  };
  auto read_evidence = [&] {
    if (scan.Peek() != '{') return scan.SkipValue();
    static constexpr std::string_view kKeys[] = {"text",    "start",   "end",       "cue_start",
                                                 "cue_end", "speaker", "event_date", "construction"};
    return scan.Members(kKeys, [&](size_t k) {
      switch (k) {
        case 0: return scan.StringOrEmpty(&e.text);
        case 1: return scan.UintOrZero(&e.start, &misfit);
        case 2: return scan.UintOrZero(&e.end, &misfit);
        case 3: return scan.UintOrZero(&out->cue_begin, &misfit);
        case 4: return scan.UintOrZero(&out->cue_end, &misfit);
        case 5: return scan.StringOrEmpty(&e.speaker);
        case 6: return scan.StringOrEmpty(&e.event_date);
        default: return scan.StringOrEmpty(&out->construction);
      }
    });
  };
  const bool is_object = scan.Peek() == '{';
  static constexpr std::string_view kKeys[] = {"doc",     "sentence", "subject", "relation",
                                               "object",  "negated",  "hedged",  "date",
                                               "lang",    "derivation", "evidence"};
  bool parsed = is_object && scan.Members(kKeys, [&](size_t k) {
    switch (k) {
      case 0: return scan.StringOrEmpty(&e.doc);
      case 1: return scan.UintOrZero(&e.sentence, &misfit);
      case 2: return read_node(0);
      case 3: return scan.StringOrEmpty(&relation);
      case 4: return read_node(1);
      case 5: return scan.BoolOrFalse(&out->negated);
      case 6: return scan.BoolOrFalse(&e.hedged);
      case 7: return scan.StringOrEmpty(&e.date);
      case 8: return scan.StringOrEmpty(&e.lang);
      case 9: return scan.StringOrEmpty(&out->derivation);
      default: return read_evidence();
    }
  });
  auto drop = [&](const std::string& message) {
    *error = message;
    return false;
  };
  if (!is_object && !scan.failed() && scan.SkipValue()) {
    if (scan.AtEnd()) return drop("not a JSON object");
    scan.Fail("the document root must not be followed by other values");
  }
  if (parsed && !scan.AtEnd()) scan.Fail("the document root must not be followed by other values");
  if (scan.failed() || !parsed) {
    return drop("not JSON: " + scan.error() + " (column " + std::to_string(scan.error_offset() + 1) +
                ")");
  }
  if (!node_ok[0] || !node_ok[1]) {
    return drop("a triple needs \"subject\" and \"object\" objects with an \"id\"");
  }
  if (HasControlCharacter(node[0].id) || HasControlCharacter(node[1].id)) {
    return drop("a subject or object id holds a control character");
  }
  if (misfit != std::string_view::npos) {
    return drop("\"sentence\", \"start\", \"end\", \"cue_start\" and \"cue_end\" must be whole "
                "numbers from 0 to 4294967295 (column " + std::to_string(misfit + 1) + ")");
  }
  out->relation = FindRelation(relation);
  if (out->relation == nullptr) return drop("unknown relation '" + std::string(relation) + "'");
  return true;
}

namespace {

std::string Own(std::string_view s) { return std::string(s); }

NodeInfo NodeOf(const IndexNode& n, std::span<const std::string_view> aliases) {
  NodeInfo out;
  out.id = Own(n.id);
  out.name = Own(n.name);
  out.name_ar = Own(n.name_ar);
  out.kind = Own(n.kind);
  out.wikidata = Own(n.wikidata);
  for (std::string_view a : aliases.subspan(n.aliases_begin, n.aliases_end - n.aliases_begin)) {
    out.aliases.emplace_back(a);
  }
  return out;
}

Evidence EvidenceOf(const IndexEvidence& e) {
  Evidence out;
  out.doc = Own(e.doc);
  out.sentence = e.sentence;
  out.start = e.start;
  out.end = e.end;
  out.text = Own(e.text);
  out.date = Own(e.date);
  out.lang = Own(e.lang);
  out.hedged = e.hedged;
  out.subject_surface = Own(e.subject_surface);
  out.object_surface = Own(e.object_surface);
  out.speaker = Own(e.speaker);
  out.event_date = Own(e.event_date);
  return out;
}

}  // namespace

bool LooksLikeGraphJson(std::string_view content) {
  size_t i = content.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || content[i] != '{') return false;
  size_t nl = content.find('\n', i);
  std::string_view head = content.substr(i, nl == std::string_view::npos ? 200 : nl - i + 200);
  return head.find("\"tahaluf-graph\"") != std::string_view::npos;
}

Status IndexGraphJson(std::string_view content, std::string_view source, TieIndex* index) {
  GraphFileReader reader(content);
  if (Status s = ReadGraphFile(content, source, reader); !s.ok()) return s;
  return BuildTieIndex(std::move(reader.staged), source, index);
}

Status ReadGraphJson(std::string_view content, std::string_view source, AllianceGraph* graph) {
  GraphFileReader reader(content);
  if (Status s = ReadGraphFile(content, source, reader); !s.ok()) return s;
  if (Status s = CheckEdgesNameNodes(reader.staged, source); !s.ok()) return s;
  const StagedGraph& staged = reader.staged;
  // Staged apart and merged, so that an error leaves `graph` unchanged.
  AllianceGraph read;
  std::map<std::string_view, NodeInfo> by_id;
  for (const IndexNode& n : staged.nodes) {
    NodeInfo node = NodeOf(n, staged.aliases);
    read.AddNode(node);
    by_id[n.id] = std::move(node);
  }
  for (const StagedGraph::Fact& f : staged.facts) {
    const NodeInfo& s = by_id.at(f.source);
    const NodeInfo& t = by_id.at(f.target);
    for (uint32_t e = f.evidence_begin; e < f.evidence_end; ++e) {
      read.AddFact(s, f.relation, t, EvidenceOf(staged.evidence[e]));
    }
  }
  graph->Merge(read);
  return Status();
}

Status ParseTripleLine(std::string_view line, Triple* triple) {
  std::list<std::string> decoded;
  TripleLineView v;
  std::string error;
  if (!ScanTripleLine(line, &decoded, &v, &error)) return Status(ErrorCode::kSyntax, "", error);
  Triple t;
  t.subject_actor = std::make_shared<const NodeInfo>(NodeOf(v.actor[0], v.aliases));
  t.object_actor = std::make_shared<const NodeInfo>(NodeOf(v.actor[1], v.aliases));
  t.relation = v.relation;
  t.negated = v.negated;
  t.hedged = v.evidence.hedged;
  t.doc = Own(v.evidence.doc);
  t.date = Own(v.evidence.date);
  t.lang = Own(v.evidence.lang);
  t.sentence = v.evidence.sentence;
  t.begin = v.evidence.start;
  t.end = v.evidence.end;
  t.text = Own(v.evidence.text);
  t.cue_begin = v.cue_begin;
  t.cue_end = v.cue_end;
  t.subject_surface = Own(v.surface[0]);
  t.object_surface = Own(v.surface[1]);
  t.derivation = Own(v.derivation);
  t.construction = Own(v.construction);
  t.speaker = Own(v.evidence.speaker);
  t.event_date = Own(v.evidence.event_date);
  *triple = std::move(t);
  return Status();
}

void ReadTripleLines(std::string_view content, std::string_view source, AllianceGraph* graph,
                     std::vector<Status>* errors) {
  LineReader lines(content);
  for (Line line; lines.Next(&line);) {
    if (IsBlank(line.text)) continue;
    Triple t;
    Status s = ParseTripleLine(line.text, &t);
    if (!s.ok()) {
      errors->emplace_back(ErrorCode::kSyntax, std::string(source), s.message() + "; line skipped",
                           line.number);
      continue;
    }
    graph->AddTriple(t);
  }
}

}  // namespace tahaluf
