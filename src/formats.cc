#include "tahaluf/formats.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "tahaluf/dates.h"
#include "tahaluf/export.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/text.h"

namespace tahaluf {
namespace {

constexpr std::pair<std::string_view, ExportFormat> kFormats[] = {
    {"dot", ExportFormat::kDot},       {"json", ExportFormat::kJson},
    {"graphml", ExportFormat::kGraphMl}, {"gexf", ExportFormat::kGexf},
    {"node-link", ExportFormat::kNodeLink}, {"neo4j", ExportFormat::kNeo4j},
    {"events", ExportFormat::kEvents},
};

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

template <typename Writer>
void Str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// The evidence list as compact JSON, for formats whose values are strings.
std::string EvidenceJson(const EdgeInfo& info) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartArray();
  for (const Evidence& ev : info.evidence) WriteEvidenceJson(w, ev);
  w.EndArray();
  return std::string(buf.GetString(), buf.GetSize());
}

// "armed_group" -> "ArmedGroup": a Neo4j label.
std::string PascalCase(std::string_view s) {
  std::string out;
  bool up = true;
  for (char c : s) {
    if (c == '_' || c == '-' || c == ' ') {
      up = true;
      continue;
    }
    if (up && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    up = false;
    out += c;
  }
  return out;
}

struct Rgb {
  int r, g, b;
};
Rgb ParseHex(std::string_view hex) {
  auto h = [&](size_t i) { return std::stoi(std::string(hex.substr(i, 2)), nullptr, 16); };
  return {h(1), h(3), h(5)};
}

std::string GexfShape(std::string_view kind) {
  if (kind == "state" || kind == "territory" || kind == "ministry") return "square";
  if (kind == "armed_group" || kind == "military") return "diamond";
  if (kind == "person" || kind == "city") return "disc";
  return "triangle";
}

std::string Fixed1(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

struct XmlKey {
  const char* id;
  const char* for_what;  // "node" / "edge"
  const char* name;
  const char* type;      // GraphML attr.type / GEXF type
};

constexpr XmlKey kNodeKeys[] = {
    {"n_label", "node", "label", "string"},   {"n_name", "node", "name", "string"},
    {"n_name_ar", "node", "name_ar", "string"}, {"n_kind", "node", "kind", "string"},
    {"n_wikidata", "node", "wikidata", "string"}, {"n_aliases", "node", "aliases", "string"},
};
constexpr XmlKey kEdgeKeys[] = {
    {"e_label", "edge", "label", "string"},
    {"e_relation", "edge", "relation", "string"},
    {"e_polarity", "edge", "polarity", "string"},
    {"e_cameo", "edge", "cameo", "string"},
    {"e_plover", "edge", "plover", "string"},
    {"e_quad_class", "edge", "quad_class", "int"},
    {"e_symmetric", "edge", "symmetric", "boolean"},
    {"e_evidence_count", "edge", "evidence_count", "int"},
    {"e_weight", "edge", "weight", "double"},
    {"e_hedged", "edge", "hedged", "boolean"},
    {"e_first_date", "edge", "first_date", "string"},
    {"e_last_date", "edge", "last_date", "string"},
    {"e_documents", "edge", "documents", "string"},
    {"e_evidence", "edge", "evidence", "string"},
};

// The values of one node or edge, in key order.
std::vector<std::string> NodeValues(const NodeInfo& n) {
  return {n.name, n.name, n.name_ar, n.kind, n.wikidata, Join(n.aliases, "|")};
}

std::vector<std::string> EdgeValues(const EdgeInfo& info, const EdgeSummary& sum) {
  const RelationInfo& r = *info.relation;
  int quad = QuadClass(r.cameo);
  return {std::string(r.name),
          std::string(r.name),
          std::string(PolarityName(r.polarity)),
          std::string(r.cameo),
          std::string(r.plover),
          std::to_string(quad),
          r.symmetric ? "true" : "false",
          std::to_string(sum.evidence_count),
          std::to_string(sum.evidence_count) + ".0",
          sum.hedged ? "true" : "false",
          sum.first_date,
          sum.last_date,
          Join(sum.documents, "|"),
          EvidenceJson(info)};
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  for (const auto& [n, f] : kFormats) {
    if (n == name) return f;
  }
  return std::nullopt;
}

std::string_view ExportFormatName(ExportFormat format) {
  for (const auto& [n, f] : kFormats) {
    if (f == format) return n;
  }
  return "";
}

int QuadClass(std::string_view cameo) {
  if (cameo.size() < 2 || !AllDigits(cameo)) return 0;
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 9) return 2;
  if (root >= 10 && root <= 14) return 3;
  if (root >= 15 && root <= 20) return 4;
  return 0;
}

std::string QuoteField(std::string_view field, char delimiter) {
  if (field.find_first_of(std::string{delimiter, '"', '\r', '\n'}) == std::string_view::npos) {
    return std::string(field);
  }
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string GraphMl(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const XmlKey* keys : {std::begin(kNodeKeys), std::begin(kEdgeKeys)}) {
    size_t n = keys == std::begin(kNodeKeys) ? std::size(kNodeKeys) : std::size(kEdgeKeys);
    for (size_t i = 0; i < n; ++i) {
      out += "  <key id=\"" + std::string(keys[i].id) + "\" for=\"" + keys[i].for_what +
             "\" attr.name=\"" + keys[i].name + "\" attr.type=\"" + keys[i].type + "\"/>\n";
    }
  }
  out += "  <graph id=\"alliances\" edgedefault=\"directed\">\n";
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    out += "    <node id=\"" + XmlEscape(n.id, true) + "\">\n";
    std::vector<std::string> values = NodeValues(n);
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty() && i != 0) continue;
      out += "      <data key=\"" + std::string(kNodeKeys[i].id) + "\">" + XmlEscape(values[i]) +
             "</data>\n";
    }
    out += "    </node>\n";
  }
  size_t k = 0;
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    out += "    <edge id=\"e" + std::to_string(k++) + "\" source=\"" +
           XmlEscape(g[boost::source(e, g)].id, true) + "\" target=\"" +
           XmlEscape(g[boost::target(e, g)].id, true) + "\">\n";
    std::vector<std::string> values = EdgeValues(info, SummarizeEdge(info));
    for (size_t i = 0; i < values.size(); ++i) {
      // An absent value reads back as missing; an int key cannot hold "".
      if (values[i].empty() || (std::string_view(kEdgeKeys[i].name) == "quad_class" && values[i] == "0")) {
        continue;
      }
      out += "      <data key=\"" + std::string(kEdgeKeys[i].id) + "\">" + XmlEscape(values[i]) +
             "</data>\n";
    }
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string Gexf(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
      "version=\"1.2\">\n"
      "  <meta>\n    <creator>tahaluf</creator>\n"
      "    <description>Ties between political actors, each with its evidence; edge spells are "
      "the dates it was reported.</description>\n  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
  auto attributes = [&](const char* cls, const XmlKey* keys, size_t n) {
    out += "    <attributes class=\"" + std::string(cls) + "\" mode=\"static\">\n";
    // The label is GEXF's own XML attribute; the other keys are attributes.
    for (size_t i = 1; i < n; ++i) {
      if (std::string_view(keys[i].name) == "weight") continue;
      std::string type = keys[i].type;
      if (type == "int") type = "integer";
      out += "      <attribute id=\"" + std::string(keys[i].name) + "\" title=\"" + keys[i].name +
             "\" type=\"" + type + "\"/>\n";
    }
    out += "    </attributes>\n";
  };
  attributes("node", kNodeKeys, std::size(kNodeKeys));
  attributes("edge", kEdgeKeys, std::size(kEdgeKeys));
  out += "    <nodes>\n";
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    out += "      <node id=\"" + XmlEscape(n.id, true) + "\" label=\"" + XmlEscape(n.name, true) +
           "\">\n        <attvalues>\n";
    std::vector<std::string> values = NodeValues(n);
    for (size_t i = 1; i < values.size(); ++i) {
      if (values[i].empty()) continue;
      out += "          <attvalue for=\"" + std::string(kNodeKeys[i].name) + "\" value=\"" +
             XmlEscape(values[i], true) + "\"/>\n";
    }
    out += "        </attvalues>\n";
    Rgb c = ParseHex(StyleOfKind(n.kind).fill);
    out += "        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) +
           "\" b=\"" + std::to_string(c.b) + "\"/>\n";
    out += "        <viz:shape value=\"" + GexfShape(n.kind) + "\"/>\n      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  size_t k = 0;
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    EdgeSummary sum = SummarizeEdge(info);
    std::string rel(info.relation->name);
    out += "      <edge id=\"e" + std::to_string(k++) + "\" source=\"" +
           XmlEscape(g[boost::source(e, g)].id, true) + "\" target=\"" +
           XmlEscape(g[boost::target(e, g)].id, true) + "\" label=\"" + rel + "\" kind=\"" + rel +
           "\" weight=\"" + std::to_string(sum.evidence_count) + "\">\n        <attvalues>\n";
    std::vector<std::string> values = EdgeValues(info, sum);
    for (size_t i = 1; i < values.size(); ++i) {
      std::string_view name = kEdgeKeys[i].name;
      if (name == "weight" || values[i].empty() || (name == "quad_class" && values[i] == "0")) continue;
      out += "          <attvalue for=\"" + std::string(name) + "\" value=\"" +
             XmlEscape(values[i], true) + "\"/>\n";
    }
    out += "        </attvalues>\n";
    // One spell per reported date: Gephi's timeline shows the tie on the
    // days (or months, years) it was reported.
    std::vector<std::pair<std::string, std::string>> spells;
    for (const std::string& d : sum.dates) {
      std::string from = FullDate(d, false), to = FullDate(d, true);
      if (!from.empty()) spells.emplace_back(from, to);
    }
    std::sort(spells.begin(), spells.end());
    spells.erase(std::unique(spells.begin(), spells.end()), spells.end());
    if (!spells.empty()) {
      out += "        <spells>\n";
      for (const auto& [from, to] : spells) {
        out += "          <spell start=\"" + from + "\" end=\"" + to + "\"/>\n";
      }
      out += "        </spells>\n";
    }
    Rgb c = ParseHex(PolarityColour(info.relation->polarity));
    out += "        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) +
           "\" b=\"" + std::to_string(c.b) + "\"/>\n";
    out += "        <viz:thickness value=\"" +
           Fixed1(std::min<double>(8.0, static_cast<double>(sum.evidence_count))) + "\"/>\n";
    out += "      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

std::string NodeLinkJson(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("directed"); w.Bool(true);
  w.Key("multigraph"); w.Bool(true);
  w.Key("graph");
  w.StartObject();
  w.Key("name"); Str(w, "alliances");
  w.Key("format"); Str(w, "tahaluf node-link");
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    w.StartObject();
    w.Key("id"); Str(w, n.id);
    w.Key("label"); Str(w, n.name);
    w.Key("name"); Str(w, n.name);
    w.Key("name_ar"); Str(w, n.name_ar);
    w.Key("kind"); Str(w, n.kind);
    w.Key("wikidata"); Str(w, n.wikidata);
    w.Key("aliases");
    w.StartArray();
    for (const std::string& a : n.aliases) Str(w, a);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    const RelationInfo& r = *info.relation;
    EdgeSummary sum = SummarizeEdge(info);
    w.StartObject();
    w.Key("source"); Str(w, g[boost::source(e, g)].id);
    w.Key("target"); Str(w, g[boost::target(e, g)].id);
    // One edge per (source, relation, target): the relation is a unique key.
    w.Key("key"); Str(w, r.name);
    w.Key("relation"); Str(w, r.name);
    w.Key("polarity"); Str(w, PolarityName(r.polarity));
    w.Key("cameo"); Str(w, r.cameo);
    w.Key("plover"); Str(w, r.plover);
    w.Key("quad_class"); w.Int(QuadClass(r.cameo));
    w.Key("symmetric"); w.Bool(r.symmetric);
    w.Key("evidence_count"); w.Uint64(sum.evidence_count);
    w.Key("hedged"); w.Bool(sum.hedged);
    w.Key("first_date"); Str(w, sum.first_date);
    w.Key("last_date"); Str(w, sum.last_date);
    w.Key("documents");
    w.StartArray();
    for (const std::string& d : sum.documents) Str(w, d);
    w.EndArray();
    w.Key("evidence");
    w.StartArray();
    for (const Evidence& ev : info.evidence) WriteEvidenceJson(w, ev);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::string out(buf.GetString(), buf.GetSize());
  out += '\n';
  return out;
}

std::string EventsTsv(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  static constexpr std::string_view kHeader[] = {
      "date", "source", "source_name", "source_name_ar", "source_kind", "target", "target_name",
      "target_name_ar", "target_kind", "relation", "symmetric", "polarity", "cameo", "plover",
      "quad_class", "evidence_count", "hedged", "lang", "doc", "sentence", "start", "end", "text"};
  std::string out;
  for (size_t i = 0; i < std::size(kHeader); ++i) {
    if (i) out += '\t';
    out += kHeader[i];
  }
  out += '\n';
  struct Row {
    std::string date;
    std::string line;
  };
  std::vector<Row> rows;
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    const RelationInfo& r = *info.relation;
    const NodeInfo& s = g[boost::source(e, g)];
    const NodeInfo& t = g[boost::target(e, g)];
    int quad = QuadClass(r.cameo);
    for (const Evidence& ev : info.evidence) {
      std::vector<std::string> f = {ev.date,
                                    s.id,
                                    s.name,
                                    s.name_ar,
                                    s.kind,
                                    t.id,
                                    t.name,
                                    t.name_ar,
                                    t.kind,
                                    std::string(r.name),
                                    r.symmetric ? "true" : "false",
                                    std::string(PolarityName(r.polarity)),
                                    std::string(r.cameo),
                                    std::string(r.plover),
                                    quad ? std::to_string(quad) : "",
                                    std::to_string(info.evidence.size()),
                                    ev.hedged ? "true" : "false",
                                    ev.lang,
                                    ev.doc,
                                    std::to_string(ev.sentence),
                                    std::to_string(ev.start),
                                    std::to_string(ev.end),
                                    ev.text};
      std::string line;
      for (size_t i = 0; i < f.size(); ++i) {
        if (i) line += '\t';
        line += QuoteField(f[i], '\t');
      }
      rows.push_back({ev.date, std::move(line)});
    }
  }
  // By date; within a date in graph order (source, relation, target, then
  // evidence order), which is already deterministic.
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });
  for (const Row& r : rows) {
    out += r.line;
    out += '\n';
  }
  return out;
}

Neo4jFiles Neo4jCsv(const AllianceGraph& graph) {
  const Graph& g = graph.graph();
  auto csv = [](const std::vector<std::string>& fields) {
    std::string line;
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) line += ',';
      line += QuoteField(fields[i], ',');
    }
    return line + "\n";
  };
  std::string nodes = "id:ID(Actor),name,name_ar,kind,wikidata,aliases:string[],:LABEL\n";
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    std::string labels = "Actor";
    std::string kind_label = PascalCase(n.kind);
    if (!kind_label.empty()) labels += "|" + kind_label;
    nodes += csv({n.id, n.name, n.name_ar, n.kind, n.wikidata, Join(n.aliases, "|"), labels});
  }
  std::string rels =
      ":START_ID(Actor),:END_ID(Actor),:TYPE,relation,polarity,cameo,plover,quad_class:int,"
      "symmetric:boolean,evidence_count:int,hedged:boolean,first_date,last_date,"
      "documents:string[],evidence_json\n";
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    const RelationInfo& r = *info.relation;
    EdgeSummary sum = SummarizeEdge(info);
    std::string type(r.name);
    std::transform(type.begin(), type.end(), type.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    int quad = QuadClass(r.cameo);
    rels += csv({g[boost::source(e, g)].id, g[boost::target(e, g)].id, type, std::string(r.name),
                 std::string(PolarityName(r.polarity)), std::string(r.cameo), std::string(r.plover),
                 quad ? std::to_string(quad) : "", r.symmetric ? "true" : "false",
                 std::to_string(sum.evidence_count), sum.hedged ? "true" : "false", sum.first_date,
                 sum.last_date, Join(sum.documents, "|"), EvidenceJson(info)});
  }
  std::string readme =
      "Neo4j bulk-import files written by tahaluf.\n"
      "\n"
      "nodes.csv          one row per actor: id:ID(Actor), name, name_ar, kind, wikidata,\n"
      "                   aliases:string[], :LABEL (Actor plus the kind, e.g. Actor|State)\n"
      "relationships.csv  one row per relation: :START_ID(Actor), :END_ID(Actor), :TYPE (the\n"
      "                   relation in capitals, e.g. DEFENSE_PACT), relation, polarity, cameo,\n"
      "                   plover, quad_class:int, symmetric:boolean, evidence_count:int,\n"
      "                   hedged:boolean, first_date, last_date, documents:string[],\n"
      "                   evidence_json (every piece of evidence, a JSON array)\n"
      "\n"
      "Arrays and labels are separated by '|'; evidence sentences may span lines inside\n"
      "quotes. Import into an empty database (Neo4j 5):\n"
      "\n"
      "  neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\\n"
      "      --array-delimiter='|' --multiline-fields=true neo4j\n"
      "\n"
      "Neo4j 4.x: neo4j-admin import --nodes=nodes.csv --relationships=relationships.csv \\\n"
      "      --array-delimiter='|' --multiline-fields=true\n"
      "\n"
      "Symmetric relations (meet, defense_pact, ...) are stored once, from the smaller id;\n"
      "query them without a direction: MATCH (a:Actor)-[r:DEFENSE_PACT]-(b:Actor).\n";
  Neo4jFiles files;
  files.files = {{"nodes.csv", std::move(nodes)},
                 {"relationships.csv", std::move(rels)},
                 {"README.txt", std::move(readme)}};
  return files;
}

}  // namespace tahaluf
