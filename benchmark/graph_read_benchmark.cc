// Why graph files are read by tahaluf's own scanner (src/json_scanner.h):
// times IndexGraphJson against the same index built through RapidJSON's SAX
// Reader (a handler staging the graph as the scanner does, but copying
// every string, since RapidJSON hands them over copied), and RapidJSON
// walking the file with a handler that does nothing. Built with
// -DTAHALUF_BENCHMARK=ON.
//
// Usage: tahaluf_graph_read_benchmark GRAPH.json   (e.g. bench_graph.py --workdir DIR)
#include <rapidjson/reader.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <list>
#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/files.h"
#include "tahaluf/dates.h"
#include "tahaluf/graph_io.h"

namespace {

struct NullHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, NullHandler> {
  size_t strings = 0;
  bool Default() { return true; }
  bool String(const char*, rapidjson::SizeType, bool) {
    ++strings;
    return true;
  }
  bool Key(const char*, rapidjson::SizeType, bool) { return true; }
};

// Stages a graph file for BuildTieIndex from RapidJSON's events.
struct StagingHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, StagingHandler> {
  tahaluf::StagedGraph staged;
  std::vector<std::string> path;  // keys of the open objects
  std::string key;
  tahaluf::IndexNode node;
  tahaluf::StagedGraph::Fact fact;
  tahaluf::IndexEvidence evidence;
  std::string relation;
  int depth = 0;

  std::string_view Keep(const char* s, size_t n) {
    std::list<std::string>& storage = staged.storage;
    if (storage.empty() || storage.back().capacity() - storage.back().size() < n) {
      storage.emplace_back().reserve(std::max<size_t>(n, 1u << 20));
    }
    const size_t at = storage.back().size();
    storage.back().append(s, n);
    return std::string_view(storage.back().data() + at, n);
  }
  // Inside the root object's member `section` (path[0] is the root's own, empty key).
  bool in(const char* section) const { return path.size() >= 2 && path[1] == section; }
  bool Default() { return true; }
  bool StartObject() {
    path.push_back(key);
    if (in("nodes") && path.size() == 2) {
      node = tahaluf::IndexNode();
      node.aliases_begin = static_cast<uint32_t>(staged.aliases.size());
    } else if (in("edges") && path.size() == 2) {
      fact = tahaluf::StagedGraph::Fact();
    } else if (in("edges") && path.size() == 3) {
      evidence = tahaluf::IndexEvidence();
    }
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    if (in("nodes") && path.size() == 2) {
      node.aliases_end = static_cast<uint32_t>(staged.aliases.size());
      if (node.name.empty()) node.name = node.id;
      staged.nodes.push_back(node);
    } else if (in("edges") && path.size() == 2) {
      fact.relation = tahaluf::FindRelation(relation);
      fact.evidence_end = static_cast<uint32_t>(staged.evidence.size());
      staged.facts.push_back(fact);
    } else if (in("edges") && path.size() == 3) {
      evidence.day = tahaluf::ParseDay(evidence.date).value_or(tahaluf::kUndated);
      staged.evidence.push_back(evidence);
    }
    key = path.back();
    path.pop_back();
    return true;
  }
  bool StartArray() {
    if (key == "evidence") fact.evidence_begin = static_cast<uint32_t>(staged.evidence.size());
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    key.assign(s, n);
    return true;
  }
  bool Uint(unsigned v) {
    if (key == "sentence") evidence.sentence = v;
    else if (key == "start") evidence.start = v;
    else if (key == "end") evidence.end = v;
    return true;
  }
  bool Bool(bool b) {
    if (key == "hedged") evidence.hedged = b;
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    const std::string_view v = Keep(s, n);
    if (in("nodes")) {
      if (key == "id") node.id = v;
      else if (key == "name") node.name = v;
      else if (key == "name_ar") node.name_ar = v;
      else if (key == "kind") node.kind = v;
      else if (key == "wikidata") node.wikidata = v;
      else if (key == "aliases") staged.aliases.push_back(v);
    } else if (in("edges") && path.size() == 2) {
      if (key == "source") fact.source = v;
      else if (key == "target") fact.target = v;
      else if (key == "relation") relation.assign(s, n);
    } else if (in("edges")) {
      if (key == "doc") evidence.doc = v;
      else if (key == "text") evidence.text = v;
      else if (key == "date") evidence.date = v;
      else if (key == "lang") evidence.lang = v;
      else if (key == "subject_surface") evidence.subject_surface = v;
      else if (key == "object_surface") evidence.object_surface = v;
      else if (key == "speaker") evidence.speaker = v;
      else if (key == "event_date") evidence.event_date = v;
    }
    return true;
  }
};

}  // namespace

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s GRAPH.json\n", argv[0]);
    return 2;
  }
  std::string bytes;  // std::string: NUL-terminated, as RapidJSON's StringStream needs
  tahaluf::Status s = tahaluf::ReadFile(argv[1], &bytes);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  const auto t0 = Clock::now();
  NullHandler handler;
  rapidjson::Reader reader;
  rapidjson::StringStream stream(bytes.c_str());
  const bool parsed = !reader.Parse<rapidjson::kParseIterativeFlag>(stream, handler).IsError();
  const auto t1 = Clock::now();
  StagingHandler staging;
  rapidjson::StringStream again(bytes.c_str());
  const bool staged = !reader.Parse<rapidjson::kParseIterativeFlag>(again, staging).IsError();
  tahaluf::TieIndex via_rapidjson;
  const tahaluf::Status built = tahaluf::BuildTieIndex(std::move(staging.staged), argv[1], &via_rapidjson);
  const auto t2 = Clock::now();
  tahaluf::TieIndex index;
  s = tahaluf::IndexGraphJson(bytes, argv[1], &index);
  const auto t3 = Clock::now();
  const bool same = built.ok() && s.ok() && tahaluf::GraphJson(via_rapidjson) == tahaluf::GraphJson(index);
  std::printf("%.0f MB, %zu actors, %zu ties\n", bytes.size() / 1e6, index.num_nodes(), index.num_ties());
  std::printf("RapidJSON SAX, a handler doing nothing:   %.3f s (%s)\n",
              std::chrono::duration<double>(t1 - t0).count(), parsed ? "parsed" : "error");
  std::printf("RapidJSON SAX staging, then BuildTieIndex: %.3f s (%s)\n",
              std::chrono::duration<double>(t2 - t1).count(), staged && built.ok() ? "ok" : "error");
  std::printf("IndexGraphJson (this scanner):             %.3f s (%s)\n",
              std::chrono::duration<double>(t3 - t2).count(), s.ok() ? "ok" : s.ToString().c_str());
  std::printf("the two indexes write the same graph file: %s\n", same ? "yes" : "NO");
  return parsed && same ? 0 : 1;
}
