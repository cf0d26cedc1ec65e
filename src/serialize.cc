#include "tahaluf/serialize.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace tahaluf {
namespace {

template <typename Writer>
void Str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void Key(Writer& w, const char* k) {
  w.Key(k);
}

template <typename Writer>
void WriteActor(Writer& w, const Actor& a, std::string_view surface) {
  w.StartObject();
  Key(w, "id"); Str(w, a.id);
  Key(w, "name"); Str(w, a.name_en);
  Key(w, "name_ar"); Str(w, a.name_ar);
  Key(w, "kind"); Str(w, ActorKindName(a.kind));
  if (!a.wikidata.empty()) { Key(w, "wikidata"); Str(w, a.wikidata); }
  Key(w, "surface"); Str(w, surface);
  Key(w, "aliases");
  w.StartArray();
  for (const std::string& al : a.aliases) Str(w, al);
  w.EndArray();
  w.EndObject();
}

template <typename Writer>
void WriteRelationFields(Writer& w, const RelationInfo* r) {
  Key(w, "relation"); Str(w, r->name);
}

template <typename Writer>
void WriteCodes(Writer& w, const RelationInfo* r) {
  Key(w, "polarity"); Str(w, PolaritySign(r->polarity));
  Key(w, "cameo"); Str(w, r->cameo);
  Key(w, "plover"); Str(w, r->plover);
}

std::string GetString(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

uint32_t GetUint(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsUint()) return 0;
  return it->value.GetUint();
}

bool GetBool(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

// A node from a JSON actor object; false when it has no id.
bool ParseNode(const rapidjson::Value& v, NodeInfo* node) {
  if (!v.IsObject()) return false;
  node->id = GetString(v, "id");
  if (node->id.empty()) return false;
  node->name = GetString(v, "name");
  node->name_ar = GetString(v, "name_ar");
  node->kind = GetString(v, "kind");
  node->wikidata = GetString(v, "wikidata");
  node->aliases.clear();
  auto it = v.FindMember("aliases");
  if (it != v.MemberEnd() && it->value.IsArray()) {
    for (const auto& a : it->value.GetArray()) {
      if (a.IsString()) node->aliases.emplace_back(a.GetString(), a.GetStringLength());
    }
  }
  if (node->name.empty()) node->name = node->id;
  return true;
}

}  // namespace

NodeInfo NodeFromActor(const Actor& a) {
  NodeInfo n;
  n.id = a.id;
  n.name = a.name_en;
  n.name_ar = a.name_ar;
  n.kind = std::string(ActorKindName(a.kind));
  n.wikidata = a.wikidata;
  n.aliases = a.aliases;
  return n;
}

std::string TripleJson(const Document& doc, const Triple& t, const Extraction& ex,
                       const Lexicon& lexicon) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  Key(w, "doc"); Str(w, doc.id);
  Key(w, "sentence"); w.Uint(t.sentence);
  Key(w, "subject"); WriteActor(w, ex.ActorAt(lexicon, t.subject), t.subject_surface);
  WriteRelationFields(w, t.relation);
  Key(w, "object"); WriteActor(w, ex.ActorAt(lexicon, t.object), t.object_surface);
  WriteCodes(w, t.relation);
  Key(w, "negated"); w.Bool(t.negated);
  Key(w, "hedged"); w.Bool(t.hedged);
  Key(w, "date"); Str(w, doc.date);
  Key(w, "lang"); Str(w, doc.lang);
  Key(w, "derivation"); Str(w, t.derivation);
  Key(w, "evidence");
  w.StartObject();
  Key(w, "text"); Str(w, std::string_view(doc.text).substr(t.begin, t.end - t.begin));
  Key(w, "start"); w.Uint(t.begin);
  Key(w, "end"); w.Uint(t.end);
  if (t.cue_end > t.cue_begin) {
    Key(w, "cue_start"); w.Uint(t.cue_begin);
    Key(w, "cue_end"); w.Uint(t.cue_end);
  }
  if (!t.speaker.empty()) { Key(w, "speaker"); Str(w, t.speaker); }
  if (!t.event_date.empty()) { Key(w, "event_date"); Str(w, t.event_date); }
  if (!t.construction.empty()) { Key(w, "construction"); Str(w, t.construction); }
  w.EndObject();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

void AddToGraph(const Document& doc, const Extraction& ex, const Lexicon& lexicon,
                AllianceGraph* graph) {
  for (const Triple& t : ex.triples) {
    if (t.negated) continue;
    Evidence e;
    e.doc = doc.id;
    e.sentence = t.sentence;
    e.start = t.begin;
    e.end = t.end;
    e.text = doc.text.substr(t.begin, t.end - t.begin);
    e.date = doc.date;
    e.lang = doc.lang;
    e.hedged = t.hedged;
    e.subject_surface = t.subject_surface;
    e.object_surface = t.object_surface;
    e.speaker = t.speaker;
    e.event_date = t.event_date;
    graph->AddFact(NodeFromActor(ex.ActorAt(lexicon, t.subject)), t.relation,
                   NodeFromActor(ex.ActorAt(lexicon, t.object)), e);
  }
}

void ReadTripleLines(std::string_view content, std::string_view source,
                     AllianceGraph* graph, std::vector<Status>* errors) {
  size_t line_no = 0, cursor = 0;
  while (cursor < content.size()) {
    ++line_no;
    size_t end = content.find('\n', cursor);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(cursor, end - cursor);
    cursor = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto fail = [&](const std::string& msg) {
      errors->emplace_back(ErrorCode::kSyntax, std::string(source), msg + "; line skipped",
                           line_no);
    };
    rapidjson::Document j;
    j.Parse(line.data(), line.size());
    if (j.HasParseError() || !j.IsObject()) {
      fail(j.HasParseError() ? std::string("not JSON: ") + rapidjson::GetParseError_En(j.GetParseError())
                             : "not a JSON object");
      continue;
    }
    NodeInfo s, o;
    auto sit = j.FindMember("subject");
    auto oit = j.FindMember("object");
    if (sit == j.MemberEnd() || oit == j.MemberEnd() || !ParseNode(sit->value, &s) ||
        !ParseNode(oit->value, &o)) {
      fail("a triple needs \"subject\" and \"object\" objects with an \"id\"");
      continue;
    }
    const RelationInfo* rel = FindRelation(GetString(j, "relation"));
    if (rel == nullptr) {
      fail("unknown relation '" + GetString(j, "relation") + "'");
      continue;
    }
    if (GetBool(j, "negated")) continue;
    Evidence e;
    e.doc = GetString(j, "doc");
    e.sentence = GetUint(j, "sentence");
    e.date = GetString(j, "date");
    e.lang = GetString(j, "lang");
    e.hedged = GetBool(j, "hedged");
    auto ev = j.FindMember("evidence");
    if (ev != j.MemberEnd() && ev->value.IsObject()) {
      e.text = GetString(ev->value, "text");
      e.start = GetUint(ev->value, "start");
      e.end = GetUint(ev->value, "end");
    }
    e.subject_surface = GetString(sit->value, "surface");
    e.object_surface = GetString(oit->value, "surface");
    if (ev != j.MemberEnd() && ev->value.IsObject()) {
      e.speaker = GetString(ev->value, "speaker");
      e.event_date = GetString(ev->value, "event_date");
    }
    graph->AddFact(s, rel, o, e);
  }
}

std::string GraphJson(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  Key(w, "format"); Str(w, "tahaluf-graph");
  Key(w, "version"); w.Uint(1);
  Key(w, "nodes");
  w.StartArray();
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    w.StartObject();
    Key(w, "id"); Str(w, n.id);
    Key(w, "name"); Str(w, n.name);
    Key(w, "name_ar"); Str(w, n.name_ar);
    Key(w, "kind"); Str(w, n.kind);
    if (!n.wikidata.empty()) { Key(w, "wikidata"); Str(w, n.wikidata); }
    Key(w, "aliases");
    w.StartArray();
    for (const std::string& a : n.aliases) Str(w, a);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  Key(w, "edges");
  w.StartArray();
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    w.StartObject();
    Key(w, "source"); Str(w, g[boost::source(e, g)].id);
    Key(w, "target"); Str(w, g[boost::target(e, g)].id);
    WriteRelationFields(w, info.relation);
    Key(w, "symmetric"); w.Bool(info.relation->symmetric);
    WriteCodes(w, info.relation);
    Key(w, "evidence");
    w.StartArray();
    for (const Evidence& ev : info.evidence) {
      w.StartObject();
      Key(w, "doc"); Str(w, ev.doc);
      Key(w, "sentence"); w.Uint(ev.sentence);
      Key(w, "start"); w.Uint(ev.start);
      Key(w, "end"); w.Uint(ev.end);
      Key(w, "text"); Str(w, ev.text);
      Key(w, "date"); Str(w, ev.date);
      Key(w, "lang"); Str(w, ev.lang);
      Key(w, "hedged"); w.Bool(ev.hedged);
      Key(w, "subject_surface"); Str(w, ev.subject_surface);
      Key(w, "object_surface"); Str(w, ev.object_surface);
      if (!ev.speaker.empty()) { Key(w, "speaker"); Str(w, ev.speaker); }
      if (!ev.event_date.empty()) { Key(w, "event_date"); Str(w, ev.event_date); }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::string out(buf.GetString(), buf.GetSize());
  out += '\n';
  return out;
}

bool LooksLikeGraphJson(std::string_view content) {
  size_t i = content.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || content[i] != '{') return false;
  size_t nl = content.find('\n', i);
  std::string_view head = content.substr(i, nl == std::string_view::npos ? 200 : nl - i + 200);
  return head.find("\"tahaluf-graph\"") != std::string_view::npos;
}

Status ReadGraphJson(std::string_view content, std::string_view source, AllianceGraph* graph) {
  rapidjson::Document j;
  j.Parse(content.data(), content.size());
  if (j.HasParseError()) {
    return Status(ErrorCode::kGraph, std::string(source),
                  std::string("not JSON: ") + rapidjson::GetParseError_En(j.GetParseError()),
                  Status::kNoPosition, j.GetErrorOffset());
  }
  if (!j.IsObject() || GetString(j, "format") != "tahaluf-graph") {
    return Status(ErrorCode::kGraph, std::string(source),
                  "not a tahaluf graph (expected \"format\": \"tahaluf-graph\")");
  }
  auto nodes = j.FindMember("nodes");
  auto edges = j.FindMember("edges");
  if (nodes == j.MemberEnd() || !nodes->value.IsArray() || edges == j.MemberEnd() ||
      !edges->value.IsArray()) {
    return Status(ErrorCode::kGraph, std::string(source), "\"nodes\" and \"edges\" must be arrays");
  }
  AllianceGraph staged;
  std::map<std::string, NodeInfo> by_id;
  size_t index = 0;
  for (const auto& v : nodes->value.GetArray()) {
    NodeInfo n;
    if (!ParseNode(v, &n)) {
      return Status(ErrorCode::kGraph, std::string(source),
                    "node #" + std::to_string(index) + " has no \"id\"");
    }
    staged.AddNode(n);
    by_id[n.id] = n;
    ++index;
  }
  index = 0;
  for (const auto& v : edges->value.GetArray()) {
    std::string where = "edge #" + std::to_string(index++);
    if (!v.IsObject()) return Status(ErrorCode::kGraph, std::string(source), where + " is not an object");
    std::string s = GetString(v, "source"), t = GetString(v, "target");
    if (!by_id.count(s) || !by_id.count(t)) {
      return Status(ErrorCode::kGraph, std::string(source),
                    where + " names a node that is not in \"nodes\": '" + (by_id.count(s) ? t : s) + "'");
    }
    const RelationInfo* rel = FindRelation(GetString(v, "relation"));
    if (rel == nullptr) {
      return Status(ErrorCode::kGraph, std::string(source),
                    where + " has an unknown relation '" + GetString(v, "relation") + "'");
    }
    auto evs = v.FindMember("evidence");
    if (evs == v.MemberEnd() || !evs->value.IsArray() || evs->value.Empty()) {
      return Status(ErrorCode::kGraph, std::string(source), where + " has no evidence");
    }
    for (const auto& ev : evs->value.GetArray()) {
      if (!ev.IsObject()) return Status(ErrorCode::kGraph, std::string(source), where + ": evidence is not an object");
      Evidence e;
      e.doc = GetString(ev, "doc");
      e.sentence = GetUint(ev, "sentence");
      e.start = GetUint(ev, "start");
      e.end = GetUint(ev, "end");
      e.text = GetString(ev, "text");
      e.date = GetString(ev, "date");
      e.lang = GetString(ev, "lang");
      e.hedged = GetBool(ev, "hedged");
      e.subject_surface = GetString(ev, "subject_surface");
      e.object_surface = GetString(ev, "object_surface");
      e.speaker = GetString(ev, "speaker");
      e.event_date = GetString(ev, "event_date");
      staged.AddFact(by_id[s], rel, by_id[t], e);
    }
  }
  graph->Merge(staged);
  return Status();
}

}  // namespace tahaluf
