#include <doctest/doctest.h>
#include <graphviz/cgraph.h>

#include <memory>
#include <string>

#include "tahaluf/export.h"
#include "tahaluf/graph_io.h"
#include "test_graphs.h"

namespace tahaluf {
namespace {

using testing::BuildTrickyGraph;

struct AgraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};

std::string Attr(void* obj, const char* name) {
  char* v = agget(obj, const_cast<char*>(name));
  return v ? std::string(v) : std::string();
}

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

TEST_CASE("export: DOT reads back through cgraph with every attribute") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string dot;
  REQUIRE(WriteDot(graph, DotOptions(), &dot).ok());
  std::unique_ptr<Agraph_t, AgraphCloser> g(agmemread(dot.c_str()));
  REQUIRE(g);
  CHECK(agnnodes(g.get()) == 8);
  CHECK(agnedges(g.get()) == 11);
  Agnode_t* odd = agnode(g.get(), const_cast<char*>("Q\"X"), 0);
  REQUIRE(odd);
  CHECK(Attr(odd, "name") == "He said \"hi\"\nnext, <b>&amp;</b> \\n");
  CHECK(Attr(odd, "name_ar") == "\u200fقال \"مرحبا\"\u200f \u2067حزب\u2069");
  CHECK(Attr(odd, "kind") == "party");
  // The label is an escString: the backslash doubled, the newline a line break.
  CHECK(Attr(odd, "label") == "He said \"hi\"\\nnext, <b>&amp;</b> \\\\n");
  CHECK(Attr(odd, "id") == "actor:Q\"X");
  CHECK(Attr(odd, "shape") == "house");
  Agnode_t* sau = agnode(g.get(), const_cast<char*>("SAU"), 0);
  REQUIRE(sau);
  CHECK(Attr(sau, "wikidata") == "Q851");
  // Two relations from IRN to SAU stay two edges.
  Agnode_t* irn = agnode(g.get(), const_cast<char*>("IRN"), 0);
  int irn_to_sau = 0;
  for (Agedge_t* e = agfstout(g.get(), irn); e; e = agnxtout(g.get(), e)) {
    if (aghead(e) != sau) continue;
    ++irn_to_sau;
    std::string rel = Attr(e, "relation");
    CHECK((rel == "threaten" || rel == "strained_ties"));
    if (rel == "threaten") {
      CHECK(Attr(e, "style") == "dashed");  // hedged
      CHECK(Attr(e, "polarity") == "hostile");
      CHECK(Attr(e, "cameo") == "13");
      CHECK(Attr(e, "first_date") == "2024-03");
    } else {
      CHECK(Attr(e, "dir") == "none");  // symmetric
      CHECK(Attr(e, "symmetric") == "true");
    }
  }
  CHECK(irn_to_sau == 2);
  Agnode_t* are = agnode(g.get(), const_cast<char*>("ARE"), 0);
  for (Agedge_t* e = agfstout(g.get(), are); e; e = agnxtout(g.get(), e)) {
    if (Attr(e, "relation") != "support") continue;
    CHECK(Attr(e, "evidence_count") == "3");
    CHECK(Attr(e, "label") == "support (3)");
    CHECK(Attr(e, "color") == "#2e7d32");
    CHECK(Attr(e, "penwidth") == "3.1");  // wider than one piece of evidence
    CHECK(Attr(e, "first_date") == "2023-11-20");
    CHECK(Attr(e, "last_date") == "2024-04-02");
    CHECK(Attr(e, "id") == "rel:3:ARE|support|HAFTAR");
  }
}

TEST_CASE("export: style by kind and polarity") {
  CHECK(StyleOfKind("state").shape == "box");
  CHECK(StyleOfKind("person").shape == "ellipse");
  CHECK(StyleOfKind("armed_group").shape == "diamond");
  CHECK(StyleOfKind("city").dashed);
  CHECK(StyleOfKind("no such kind").fill == "#eeeeee");
  CHECK(PolarityColour(Polarity::kCooperative) != PolarityColour(Polarity::kHostile));
  CHECK(RelationNameAr("visit") == "زيارة");
  CHECK(RelationNameAr("unknown") == "unknown");
  for (const RelationInfo& r : Relations()) {
    CAPTURE(r.name);
    CHECK(RelationNameAr(r.name) != r.name);  // every relation has an Arabic name
  }
}

TEST_CASE("export: the layout follows the size") {
  AllianceGraph small;
  BuildTrickyGraph(&small);
  CHECK(ChooseLayout(small) == "dot");
  AllianceGraph large;
  NodeInfo hub = testing::Node("HUB", "Hub", "", "state");
  for (size_t i = 0; i <= kDotMaxNodes; ++i) {
    large.AddFact(hub, FindRelation("meet"), testing::Node(std::to_string(i), "n", "", "person"),
                  testing::Ev("d", 1, "t", "2024"));
  }
  CHECK(ChooseLayout(large) == "sfdp");
  std::string dot;
  REQUIRE(WriteDot(large, DotOptions(), &dot).ok());
  CHECK(dot.find("layout=sfdp") != std::string::npos);
  CHECK(dot.find("overlap=prism") != std::string::npos);
  CHECK(dot.find("label=meet") == std::string::npos);  // no edge labels when large
}

TEST_CASE("export: labels in Arabic, legend in the chosen language") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  DotOptions opt;
  opt.labels = LabelLanguage::kArabic;
  std::string dot;
  REQUIRE(WriteDot(graph, opt, &dot).ok());
  std::unique_ptr<Agraph_t, AgraphCloser> g(agmemread(dot.c_str()));
  REQUIRE(g);
  Agnode_t* sau = agnode(g.get(), const_cast<char*>("SAU"), 0);
  CHECK(Attr(sau, "label") == "\u200fالمملكة العربية السعودية\u200f");
  CHECK(Attr(g.get(), "rankdir") == "RL");
  CHECK(dot.find("الفاعلون") != std::string::npos);   // legend: "Actors"
  CHECK(dot.find("حلف دفاعي (2)") != std::string::npos);  // defense_pact (2)
  opt.labels = LabelLanguage::kEnglish;
  REQUIRE(WriteDot(graph, opt, &dot).ok());
  CHECK(dot.find("Actors") != std::string::npos);
  CHECK(dot.find("armed group") != std::string::npos);   // only kinds present
  CHECK(dot.find("territory") == std::string::npos);
  opt.legend = false;
  REQUIRE(WriteDot(graph, opt, &dot).ok());
  CHECK(dot.find("Actors") == std::string::npos);
}

TEST_CASE("export: renders SVG, PNG and PDF in-process") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string svg, png, pdf;
  std::vector<std::string> warnings;
  REQUIRE(Render(graph, DotOptions(), "svg", &svg, &warnings).ok());
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("id=\"actor:HAFTAR\" class=\"node\"") != std::string::npos);
  CHECK(svg.find("id=\"rel:3:ARE|support|HAFTAR\" class=\"edge\"") != std::string::npos);
  CHECK(svg.find(">Khalifa Haftar</text>") != std::string::npos);
  REQUIRE(Render(graph, DotOptions(), "png", &png).ok());
  CHECK(StartsWith(png, "\x89PNG\r\n\x1a\n"));
  REQUIRE(Render(graph, DotOptions(), "pdf", &pdf).ok());
  CHECK(StartsWith(pdf, "%PDF-"));
  CHECK(pdf.find("/CreationDate") == std::string::npos);
  DotOptions ar;
  ar.labels = LabelLanguage::kArabic;
  REQUIRE(Render(graph, ar, "svg", &svg).ok());
  CHECK(svg.find("خليفة حفتر") != std::string::npos);
}

TEST_CASE("export: the same graph renders to the same bytes") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  for (const char* format : {"svg", "png", "pdf"}) {
    CAPTURE(format);
    std::string a, b;
    REQUIRE(Render(graph, DotOptions(), format, &a).ok());
    REQUIRE(Render(graph, DotOptions(), format, &b).ok());
    CHECK(a == b);
  }
}

TEST_CASE("export: render errors") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string out;
  Status s = Render(graph, DotOptions(), "gif", &out);
  CHECK(s.code() == ErrorCode::kUsage);
  CHECK(s.message() == "unknown format 'gif' (svg, png, pdf)");
  DotOptions opt;
  opt.layout = "nosuchengine";
  std::vector<std::string> warnings;
  s = Render(graph, opt, "svg", &out, &warnings);
  CHECK(s.code() == ErrorCode::kUsage);
  CHECK(s.message().find("Graphviz layout 'nosuchengine' failed") != std::string::npos);
  CHECK(s.message().find("not recognized") != std::string::npos);  // Graphviz's own words
}

TEST_CASE("export: an empty graph still renders") {
  AllianceGraph graph;
  std::string svg;
  REQUIRE(Render(graph, DotOptions(), "svg", &svg).ok());
  CHECK(svg.find("<svg") != std::string::npos);
}

// The command line: render, focus flags, the progress line, export folders.

struct Cli {
  std::string dir = testing::TempDir();
  std::string graph = dir + "/g.json";
  Cli() {
    AllianceGraph g;
    BuildTrickyGraph(&g);
    REQUIRE(WriteFileAtomically(graph, GraphJson(g)).ok());
  }
  testing::CommandResult operator()(const std::string& args) const {
    return testing::Run(testing::Quote(TAHALUF_BINARY) + " " + args);
  }
};

TEST_CASE("export: tahaluf render writes the format the output is named for") {
  Cli cli;
  testing::CommandResult r = cli("render " + cli.graph + " -o " + cli.dir + "/g.png");
  CAPTURE(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(StartsWith(testing::Slurp(cli.dir + "/g.png"), "\x89PNG"));
  CHECK(r.err.find("rendered 8 actors, 11 relations with dot as png") != std::string::npos);
  r = cli("render " + cli.graph + " -o " + cli.dir + "/g.pdf --labels ar --quiet");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(StartsWith(testing::Slurp(cli.dir + "/g.pdf"), "%PDF"));
  r = cli("render " + cli.graph + " --format svg --quiet");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("<svg") != std::string::npos);
}

TEST_CASE("export: tahaluf render focuses as asked") {
  Cli cli;
  testing::CommandResult r = cli("render " + cli.graph + " --path HAFTAR Iran --format svg --quiet");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("id=\"actor:HAFTAR\"") != std::string::npos);
  CHECK(r.out.find("id=\"actor:ARE\"") != std::string::npos);
  CHECK(r.out.find("id=\"actor:IRN\"") != std::string::npos);
  CHECK(r.out.find("id=\"actor:SAU\"") == std::string::npos);
  CHECK(r.out.find("paths HAFTAR") != std::string::npos);  // the caption says what was asked
  testing::CommandResult before = cli("render --path HAFTAR Iran " + cli.graph + " --format svg --quiet");
  CHECK(before.exit_code == 0);
  CHECK(before.out == r.out);
  r = cli("render " + cli.graph + " --around SAU --depth 1 --hostile --since 2024-01 --format svg --quiet");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("id=\"rel:3:SAU|accuse|IRN\"") != std::string::npos);
  CHECK(r.out.find("id=\"rel:3:ARE|defense_pact|SAU\"") == std::string::npos);
  // Top 2 of the two relations: ARE (2 partners), then HAFTAR before SAU (1 each, by id).
  r = cli("render " + cli.graph + " --top 2 --relations defense_pact,support --format svg --quiet");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("id=\"rel:3:ARE|support|HAFTAR\"") != std::string::npos);
  CHECK(r.out.find("id=\"rel:3:ARE|defense_pact|SAU\"") == std::string::npos);
  r = cli("render " + cli.graph + " --min-evidence 2 --format svg --quiet");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("id=\"rel:3:ARE|defense_pact|SAU\"") != std::string::npos);
  CHECK(r.out.find("id=\"rel:3:SAU|accuse|IRN\"") == std::string::npos);
}

TEST_CASE("export: tahaluf render errors name the problem") {
  Cli cli;
  struct Row {
    std::string args;
    int exit_code;
    std::string message;
  };
  const Row rows[] = {
      {"render " + cli.graph + " -o x.gif", 2, "say which format"},
      {"render " + cli.graph + " --format gif", 2, "--format must be svg, png or pdf"},
      {"render " + cli.graph + " --around Atlantis --format svg", 1, "no actor called 'Atlantis'"},
      {"render " + cli.graph + " --since yesterday --format svg", 2, "'yesterday' is not a date"},
      {"render " + cli.graph + " --top x --format svg", 2, "--top takes a whole number"},
      {"render " + cli.graph + " --depth 2 --format svg", 2, "--depth goes with --around"},
      {"render " + cli.graph + " --path HAFTAR --format svg", 2, "--path takes two actors"},
      {"render " + cli.graph + " --labels fr --format svg", 2, "--labels must be 'en' or 'ar'"},
      {"render " + cli.dir + "/missing.json --format svg", 1, "missing.json: cannot open"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.args);
    testing::CommandResult r = cli(row.args);
    CAPTURE(r.err);
    CHECK(r.exit_code == row.exit_code);
    CHECK(r.err.find(row.message) != std::string::npos);
    CHECK(r.out.empty());
  }
}

TEST_CASE("export: the progress line shows on a terminal only") {
  Cli cli;
  // Piped: no progress line, only the summary.
  testing::CommandResult r = cli("render " + cli.graph + " -o " + cli.dir + "/p.svg");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find('\r') == std::string::npos);
  CHECK(r.err.find("render: laying out") == std::string::npos);
  if (!testing::HaveProgram("script")) {
    MESSAGE("skipped the terminal half: util-linux 'script' not installed");
    return;
  }
  // On a pseudo-terminal (script(1)): the line is drawn and cleared.
  std::string cmd = testing::Quote(TAHALUF_BINARY) + " render " + cli.graph + " -o " + cli.dir + "/t.svg";
  r = testing::Run("script -qec " + testing::Quote(cmd) + " /dev/null");
  CAPTURE(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("render: laying out and drawing 8 actors, 11 relations with dot") != std::string::npos);
  CHECK(r.out.find("\r\x1b[K") != std::string::npos);
  // --quiet: nothing at all, terminal or not.
  r = testing::Run("script -qec " + testing::Quote(cmd + " --quiet") + " /dev/null");
  CHECK(r.out.find("render:") == std::string::npos);
}

TEST_CASE("export: tahaluf export writes every format") {
  Cli cli;
  for (const char* format : {"dot", "json", "graphml", "gexf", "node-link", "events", "svg"}) {
    CAPTURE(format);
    testing::CommandResult r = cli("export " + cli.graph + " --format " + format + " -o " + cli.dir + "/out." + format);
    CAPTURE(r.err);
    CHECK(r.exit_code == 0);
    CHECK(testing::Slurp(cli.dir + "/out." + format).size() > 100);
  }
  testing::CommandResult r = cli("export " + cli.graph + " --format csv");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--format must be one of dot, json, graphml, gexf, node-link, neo4j, events") !=
        std::string::npos);
  // A focused export: hostile relations only.
  r = cli("export " + cli.graph + " --format events --hostile");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\tcondemn\t") != std::string::npos);
  CHECK(r.out.find("\tsupport\t") == std::string::npos);
}

TEST_CASE("export: the Neo4j folder is written whole and replaced whole") {
  Cli cli;
  std::string folder = cli.dir + "/neo";
  testing::CommandResult r = cli("export " + cli.graph + " --format neo4j -o " + folder);
  CAPTURE(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(testing::Exists(folder + "/nodes.csv"));
  CHECK(testing::Exists(folder + "/relationships.csv"));
  CHECK(testing::Exists(folder + "/README.txt"));
  // Again, with a focus: the old export is replaced.
  r = cli("export " + cli.graph + " --format neo4j --relations leads -o " + folder);
  REQUIRE(r.exit_code == 0);
  CHECK(testing::Slurp(folder + "/relationships.csv").find("LEADS") != std::string::npos);
  CHECK(testing::Slurp(folder + "/relationships.csv").find("DEFENSE_PACT") == std::string::npos);
  CHECK_FALSE(testing::Exists(folder + ".tmp." + std::to_string(getpid())));
  // A folder holding anything else is not touched.
  REQUIRE(WriteFileAtomically(folder + "/mine.txt", "keep me").ok());
  r = cli("export " + cli.graph + " --format neo4j -o " + folder);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("holds other files (mine.txt); not replacing it") != std::string::npos);
  CHECK(testing::Slurp(folder + "/mine.txt") == "keep me");
  r = cli("export " + cli.graph + " --format neo4j");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("writes a folder") != std::string::npos);
}

}  // namespace
}  // namespace tahaluf
