#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "tahaluf/export.h"
#include "tahaluf/formats.h"
#include "tahaluf/graph_io.h"
#include "test_graphs.h"

namespace tahaluf {
namespace {

using testing::BuildTrickyGraph;

// Compares `got` with tests/golden/NAME; TAHALUF_UPDATE_GOLDEN=1 rewrites it.
void CheckGolden(const std::string& name, const std::string& got) {
  std::string path = std::string(TAHALUF_SOURCE_DIR) + "/tests/golden/" + name;
  if (const char* update = std::getenv("TAHALUF_UPDATE_GOLDEN"); update && *update == '1') {
    REQUIRE(WriteFileAtomically(path, got).ok());
  }
  std::string want;
  REQUIRE_MESSAGE(ReadFile(path, &want).ok(), "missing golden file " << path
                                                  << " (TAHALUF_UPDATE_GOLDEN=1 writes it)");
  CAPTURE(name);
  CHECK(got == want);
}

// RFC 4180 records with `delimiter`: quoted fields may hold the delimiter,
// newlines and doubled quotes.
std::vector<std::vector<std::string>> ParseDelimited(const std::string& text, char delimiter) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == delimiter) {
      row.push_back(field);
      field.clear();
    } else if (c == '\n') {
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !row.empty()) {
    row.push_back(field);
    rows.push_back(row);
  }
  return rows;
}

TEST_CASE("formats: names parse and print") {
  for (const char* name : {"dot", "json", "graphml", "gexf", "node-link", "neo4j", "events"}) {
    auto f = ParseExportFormat(name);
    REQUIRE(f);
    CHECK(ExportFormatName(*f) == name);
  }
  CHECK_FALSE(ParseExportFormat("csv"));
  CHECK_FALSE(ParseExportFormat("GraphML"));
}

TEST_CASE("formats: CAMEO quad classes") {
  struct Row {
    std::string cameo;
    int quad;
  };
  const Row rows[] = {{"042", 1}, {"057", 1}, {"05", 1}, {"061", 2}, {"072", 2}, {"111", 3},
                      {"13", 3},  {"16", 4},  {"163", 4}, {"19", 4}, {"20", 4},   {"", 0},
                      {"0", 0},   {"21", 0},  {"x1", 0}};
  for (const Row& r : rows) {
    CAPTURE(r.cameo);
    CHECK(QuadClass(r.cameo) == r.quad);
  }
  // Every relation with a CAMEO code falls in a class.
  for (const RelationInfo& r : Relations()) {
    CAPTURE(r.name);
    CHECK((QuadClass(r.cameo) != 0) == !r.cameo.empty());
  }
}

TEST_CASE("formats: quoting for CSV and TSV") {
  CHECK(QuoteField("plain text", ',') == "plain text");
  CHECK(QuoteField("a,b", ',') == "\"a,b\"");
  CHECK(QuoteField("a,b", '\t') == "a,b");
  CHECK(QuoteField("a\tb", '\t') == "\"a\tb\"");
  CHECK(QuoteField("say \"hi\"", '\t') == "\"say \"\"hi\"\"\"");
  CHECK(QuoteField("two\nlines", ',') == "\"two\nlines\"");
  CHECK(QuoteField("cr\r", ',') == "\"cr\r\"");
  CHECK(QuoteField("\u200fعربي\u200f", ',') == "\u200fعربي\u200f");
  CHECK(QuoteField("", ',') == "");
}

TEST_CASE("formats: an edge summary says what every format carries") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  const Graph& g = graph.graph();
  auto find = [&](std::string_view s, std::string_view rel) {
    for (Edge e : graph.SortedEdges()) {
      if (g[boost::source(e, g)].id == s && g[e].relation->name == rel) return e;
    }
    FAIL("no such edge");
    return Edge();
  };
  EdgeSummary sum = SummarizeEdge(g[find("ARE", "support")]);
  CHECK(sum.evidence_count == 3);
  CHECK(sum.first_date == "2023-11-20");
  CHECK(sum.last_date == "2024-04-02");
  CHECK(sum.dates == std::vector<std::string>{"2023-11-20", "2024-04-02"});
  CHECK(sum.documents == std::vector<std::string>{"d.txt", "e.txt", "f.txt"});
  CHECK_FALSE(sum.hedged);
  CHECK(SummarizeEdge(g[find("IRN", "threaten")]).hedged);
}

TEST_CASE("formats: golden files") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  CheckGolden("tricky.graphml", GraphMl(graph));
  CheckGolden("tricky.gexf", Gexf(graph));
  CheckGolden("tricky.node-link.json", NodeLinkJson(graph));
  CheckGolden("tricky.events.tsv", EventsTsv(graph));
  Neo4jFiles neo = Neo4jCsv(graph);
  REQUIRE(neo.files.size() == 3);
  CheckGolden("tricky.neo4j.nodes.csv", neo.files[0].second);
  CheckGolden("tricky.neo4j.relationships.csv", neo.files[1].second);
  DotOptions opt;
  opt.legend = false;
  std::string dot;
  REQUIRE(WriteDot(graph, opt, &dot).ok());
  CheckGolden("tricky.dot", dot);
}

TEST_CASE("formats: the same facts in any order give the same bytes") {
  AllianceGraph a;
  BuildTrickyGraph(&a);
  // The same facts added edge by edge in reverse order.
  AllianceGraph b;
  const Graph& g = a.graph();
  std::vector<Edge> edges = a.SortedEdges();
  for (auto it = edges.rbegin(); it != edges.rend(); ++it) {
    const EdgeInfo& info = g[*it];
    for (auto ev = info.evidence.rbegin(); ev != info.evidence.rend(); ++ev) {
      b.AddFact(g[boost::target(*it, g)], info.relation, g[boost::source(*it, g)], *ev);
    }
  }
  // Reversing subject and object turns only symmetric relations back; put
  // the others right by building from the JSON of `a` instead.
  AllianceGraph c;
  REQUIRE(ReadGraphJson(GraphJson(a), "a.json", &c).ok());
  CHECK(GraphMl(a) == GraphMl(c));
  CHECK(Gexf(a) == Gexf(c));
  CHECK(NodeLinkJson(a) == NodeLinkJson(c));
  CHECK(EventsTsv(a) == EventsTsv(c));
  CHECK(Neo4jCsv(a).files == Neo4jCsv(c).files);
  CHECK(GraphMl(a) == GraphMl(a));
  CHECK(b.num_edges() == a.num_edges());
}

TEST_CASE("formats: GraphML declares typed keys and keeps every label") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string xml = GraphMl(graph);
  CHECK(xml.find("<key id=\"e_evidence_count\" for=\"edge\" attr.name=\"evidence_count\" "
                 "attr.type=\"int\"/>") != std::string::npos);
  CHECK(xml.find("attr.name=\"symmetric\" attr.type=\"boolean\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"cameo\" attr.type=\"string\"") != std::string::npos);
  CHECK(xml.find("<node id=\"Q&quot;X\">") != std::string::npos);
  CHECK(xml.find("<data key=\"n_name\">He said &quot;hi&quot;\nnext, &lt;b&gt;&amp;amp;&lt;/b&gt; \\n</data>") !=
        std::string::npos);
  CHECK(xml.find("\u2067حزب\u2069") != std::string::npos);
  // 8 nodes, 11 edges.
  size_t nodes = 0, edges = 0;
  for (size_t p = 0; (p = xml.find("<node ", p)) != std::string::npos; ++p) ++nodes;
  for (size_t p = 0; (p = xml.find("<edge ", p)) != std::string::npos; ++p) ++edges;
  CHECK(nodes == 8);
  CHECK(edges == 11);
}

TEST_CASE("formats: GEXF edges carry their dates as spells") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string xml = Gexf(graph);
  CHECK(xml.find("mode=\"dynamic\" timeformat=\"date\"") != std::string::npos);
  // support: three pieces of evidence, two dated.
  size_t support = xml.find("label=\"support\"");
  REQUIRE(support != std::string::npos);
  std::string edge = xml.substr(support, xml.find("</edge>", support) - support);
  CHECK(edge.find("<spell start=\"2023-11-20\" end=\"2023-11-20\"/>") != std::string::npos);
  CHECK(edge.find("<spell start=\"2024-04-02\" end=\"2024-04-02\"/>") != std::string::npos);
  CHECK(edge.find("weight=\"3\"") != std::string::npos);
  // A month stands for the whole month, a year for the whole year.
  CHECK(xml.find("<spell start=\"2024-02-01\" end=\"2024-02-29\"/>") != std::string::npos);
  CHECK(xml.find("<spell start=\"2024-01-01\" end=\"2024-12-31\"/>") != std::string::npos);
  CHECK(xml.find("kind=\"strained_ties\"") != std::string::npos);
}

TEST_CASE("formats: node-link JSON reads back with every field") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string json = NodeLinkJson(graph);
  rapidjson::Document d;
  d.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["directed"].GetBool());
  CHECK(d["multigraph"].GetBool());
  REQUIRE(d["nodes"].Size() == 8);
  REQUIRE(d["edges"].Size() == 11);
  const auto& odd = d["nodes"][5];
  CHECK(std::string(odd["id"].GetString()) == "Q\"X");
  CHECK(std::string(odd["name"].GetString()) == "He said \"hi\"\nnext, <b>&amp;</b> \\n");
  CHECK(std::string(odd["name_ar"].GetString()) == "\u200fقال \"مرحبا\"\u200f \u2067حزب\u2069");
  const auto& e = d["edges"][2];  // ARE-support->HAFTAR
  CHECK(std::string(e["key"].GetString()) == "support");
  CHECK(std::string(e["cameo"].GetString()) == "05");
  CHECK(e["quad_class"].GetInt() == 1);
  CHECK(e["evidence_count"].GetUint() == 3);
  CHECK(e["evidence"].Size() == 3);
  CHECK(std::string(e["first_date"].GetString()) == "2023-11-20");
}

TEST_CASE("formats: event rows, one per piece of evidence, in date order") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  auto rows = ParseDelimited(EventsTsv(graph), '\t');
  REQUIRE(rows.size() == 15);
  const std::vector<std::string>& header = rows[0];
  REQUIRE(header.size() == 23);
  CHECK(header[0] == "date");
  CHECK(header[12] == "cameo");
  CHECK(header[13] == "plover");
  CHECK(header[14] == "quad_class");
  CHECK(header[18] == "doc");
  CHECK(header[19] == "sentence");
  CHECK(header[22] == "text");
  for (size_t i = 1; i < rows.size(); ++i) {
    CAPTURE(i);
    REQUIRE(rows[i].size() == 23);
    if (i > 1) CHECK(rows[i - 1][0] <= rows[i][0]);
  }
  bool found = false;
  for (const auto& r : rows) {
    if (r[9] != "condemn") continue;
    found = true;
    CHECK(r[1] == "Q\"X");
    CHECK(r[2] == "He said \"hi\"\nnext, <b>&amp;</b> \\n");
    CHECK(r[12] == "111");
    CHECK(r[13] == "ACCUSE");
    CHECK(r[14] == "3");
    CHECK(r[18] == "h \"quoted\".txt");
    CHECK(r[22] == "Tab\there, \u200fbidi\u200e marks, <tags> & a\\backslash.");
  }
  CHECK(found);
}

TEST_CASE("formats: Neo4j CSV follows the import tool's headers") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  Neo4jFiles neo = Neo4jCsv(graph);
  CHECK(neo.files[0].first == "nodes.csv");
  CHECK(neo.files[1].first == "relationships.csv");
  CHECK(neo.files[2].first == "README.txt");
  auto nodes = ParseDelimited(neo.files[0].second, ',');
  auto rels = ParseDelimited(neo.files[1].second, ',');
  REQUIRE(nodes.size() == 9);
  REQUIRE(rels.size() == 12);
  CHECK(nodes[0] == std::vector<std::string>{"id:ID(Actor)", "name", "name_ar", "kind", "wikidata",
                                             "aliases:string[]", ":LABEL"});
  CHECK(rels[0][0] == ":START_ID(Actor)");
  CHECK(rels[0][1] == ":END_ID(Actor)");
  CHECK(rels[0][2] == ":TYPE");
  CHECK(nodes[7][0] == "RSF");
  CHECK(nodes[7][6] == "Actor|ArmedGroup");
  CHECK(nodes[6][1] == "He said \"hi\"\nnext, <b>&amp;</b> \\n");
  CHECK(nodes[8][5] == "KSA|السعودية");
  for (size_t i = 1; i < rels.size(); ++i) {
    REQUIRE(rels[i].size() == rels[0].size());
    std::string type = rels[i][3];
    for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(rels[i][2] == type);
  }
  CHECK(neo.files[2].second.find("--array-delimiter='|' --multiline-fields=true") != std::string::npos);
}

TEST_CASE("formats: XML files are well formed (xmllint)") {
  if (!testing::HaveProgram("xmllint")) {
    MESSAGE("skipped: xmllint not installed");
    return;
  }
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string dir = testing::TempDir();
  for (const auto& [name, content] : {std::pair<std::string, std::string>{"g.graphml", GraphMl(graph)},
                                      {"g.gexf", Gexf(graph)}}) {
    REQUIRE(WriteFileAtomically(dir + "/" + name, content).ok());
    testing::CommandResult r = testing::Run("xmllint --noout " + dir + "/" + name);
    CAPTURE(r.err);
    CHECK(r.exit_code == 0);
  }
}

TEST_CASE("formats: every export reads back in networkx and Graphviz (check_exports.py)") {
  if (!testing::HaveProgram("python3")) {
    MESSAGE("skipped: python3 not installed");
    return;
  }
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string dir = testing::TempDir();
  REQUIRE(WriteFileAtomically(dir + "/tricky.json", GraphJson(graph)).ok());
  testing::CommandResult r = testing::Run(
      "python3 " + std::string(TAHALUF_SOURCE_DIR) + "/tools/check_exports.py " +
      testing::Quote(TAHALUF_BINARY) + " " + dir + "/tricky.json --outdir " + dir + "/out");
  CAPTURE(r.out);
  CAPTURE(r.err);
  CHECK(r.exit_code == 0);
  bool skipped = r.out.rfind("skipped:", 0) == 0;
  if (skipped) MESSAGE(r.out);
  else CHECK(r.out.find("exports: 7 passed, 0 failed") != std::string::npos);
}

}  // namespace
}  // namespace tahaluf
