#include <doctest/doctest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "tahaluf/export.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/report.h"
#include "tahaluf/report_analytics.h"
#include "test_graphs.h"

namespace tahaluf {
namespace {

using testing::BuildTrickyGraph;

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = 0; (p = haystack.find(needle, p)) != std::string::npos; p += needle.size()) ++n;
  return n;
}

std::string TrickyReport(AllianceGraph* graph) {
  BuildTrickyGraph(graph);
  ReportOptions opt;
  REQUIRE(Render(*graph, DotOptions(), "svg", &opt.diagram_svg).ok());
  return HtmlReport(*graph, ReportAnalyticsFor(*graph), opt);
}

TEST_CASE("report: one self-contained page") {
  AllianceGraph graph;
  std::string html = TrickyReport(&graph);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none';") != std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("href=\"http") == std::string::npos);
  CHECK(html.find("<?xml") == std::string::npos);  // the SVG is inline, prologue gone
  CHECK(Count(html, "<svg") == 1);
}

TEST_CASE("report: every relation, sentence and document is listed") {
  AllianceGraph graph;
  std::string html = TrickyReport(&graph);
  CHECK(html.find("<body data-actors=\"8\" data-relations=\"11\" data-evidence=\"14\" "
                  "data-documents=\"10\" data-diagram-actors=\"8\" data-diagram-relations=\"11\">") !=
        std::string::npos);
  CHECK(Count(html, "<tr class=\"rel\"") == 11);
  CHECK(Count(html, "<li lang=\"ar\" dir=\"rtl\">") == 3);
  CHECK(Count(html, "<li dir=\"auto\"") == 11);
  CHECK(html.find("<td dir=\"auto\">h &quot;quoted&quot;.txt</td>") != std::string::npos);
  CHECK(html.find("class=\"hedged\"><span class=\"sent\">Iran may threaten Saudi Arabia.") != std::string::npos);
  // Each relation drawn in the diagram has its row, under the same key.
  const Graph& g = graph.graph();
  for (Edge e : graph.SortedEdges()) {
    std::string key = DiagramEdgeId(g[boost::source(e, g)], g[e].relation->name, g[boost::target(e, g)]);
    std::string escaped;
    for (char c : key) escaped += c == '"' ? std::string("&quot;") : std::string(1, c);
    CAPTURE(key);
    CHECK(html.find("data-key=\"" + escaped + "\"") != std::string::npos);
    CHECK(html.find("<g id=\"" + escaped + "\" class=\"edge\">") != std::string::npos);
  }
}

TEST_CASE("report: names and sentences are escaped, scripts cannot be injected") {
  AllianceGraph graph;
  NodeInfo evil = testing::Node("EVIL</script>", "</script><script>alert(1)</script>", "<!--", "party");
  graph.AddFact(evil, FindRelation("attack"), testing::Node("B", "B & \"C\"", "", "state"),
                testing::Ev("<doc>", 1, "<img src=x onerror=alert(1)>", "2024"));
  std::string html = HtmlReport(graph, ReportAnalyticsFor(graph), ReportOptions());
  CHECK(Count(html, "</script>") == 2);  // the data block and the script, nothing else
  CHECK(Count(html, "<script") == 2);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("B &amp; &quot;C&quot;") != std::string::npos);
  CHECK(html.find("\\u003c/script>\\u003cscript>") != std::string::npos);  // in the JSON
}

TEST_CASE("report: Arabic names first when asked") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  ReportOptions opt;
  opt.labels = LabelLanguage::kArabic;
  std::string html = HtmlReport(graph, ReportAnalyticsFor(graph), opt);
  CHECK(html.find("<span class=\"ar\" lang=\"ar\" dir=\"rtl\">خليفة حفتر</span><span class=\"en\" "
                  "dir=\"auto\">Khalifa Haftar</span>") != std::string::npos);
  CHECK(html.find("حلف دفاعي") != std::string::npos);
}

TEST_CASE("report: blocs and brokers from the analytics stage") {
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  ReportAnalytics a = ReportAnalyticsFor(graph, 5);
  auto bloc_of = [&](const std::string& id) -> int {
    for (size_t i = 0; i < a.blocs.size(); ++i) {
      const auto& m = a.blocs[i].members;
      if (std::find(m.begin(), m.end(), id) != m.end()) return static_cast<int>(i);
    }
    return -1;
  };
  std::string dump;
  for (const ReportBloc& b : a.blocs) {
    dump += b.label + ":";
    for (const std::string& m : b.members) dump += " " + m;
    dump += "\n";
  }
  INFO(dump);
  REQUIRE(!a.blocs.empty());
  CHECK(a.blocs[0].label == "Bloc 1");
  // Cooperative ties hold the UAE, Haftar and the RSF together; Saudi
  // Arabia's accusations, threats and strained ties keep it apart from Iran
  // (one-actor blocs are not listed).
  CHECK(bloc_of("ARE") >= 0);
  CHECK(bloc_of("ARE") == bloc_of("HAFTAR"));
  CHECK(bloc_of("ARE") == bloc_of("RSF"));
  CHECK((bloc_of("IRN") != bloc_of("SAU") || bloc_of("IRN") < 0));
  CHECK((bloc_of("RSF") != bloc_of("LNA") || bloc_of("RSF") < 0));
  // The UAE ties the most others together.
  REQUIRE(!a.brokers.empty());
  CHECK(a.brokers[0].id == "ARE");
  CHECK(a.brokers[0].score > 0);
  CHECK(a.blocs_method.find("Louvain") != std::string::npos);
  CHECK(a.broker_score_name == "betweenness");
  AllianceGraph empty;
  ReportAnalytics none = ReportAnalyticsFor(empty);
  CHECK(none.blocs.empty());
  CHECK(none.brokers.empty());
  std::string html = HtmlReport(empty, none, ReportOptions());
  CHECK(html.find("No blocs.") != std::string::npos);
  CHECK(html.find("No diagram.") != std::string::npos);
}

TEST_CASE("report: the same graph gives the same page") {
  AllianceGraph a, b;
  CHECK(TrickyReport(&a) == TrickyReport(&b));
}

TEST_CASE("report: inline SVG") {
  const std::string svg =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- Generated by graphviz -->\n"
      "<svg width=\"865pt\" height=\"416pt\"\n viewBox=\"0 0 864 416\" xmlns=\"http://www.w3.org/2000/svg\">\n"
      "<!-- A&#45;&gt;B -->\n<g id=\"x\"></g>\n</svg>\n";
  CHECK(InlineSvg(svg) ==
        "<svg\n viewBox=\"0 0 864 416\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" "
        "data-width=\"865pt\">\n<g id=\"x\"></g>\n</svg>\n");
  CHECK(InlineSvg("no svg here").empty());
}

TEST_CASE("report: tahaluf report, and the diagram of a large graph") {
  std::string dir = testing::TempDir();
  AllianceGraph graph;
  NodeInfo hub = testing::Node("HUB", "Hub", "مركز", "state");
  for (int i = 0; i < 200; ++i) {
    std::string number = std::to_string(i);
    NodeInfo n = testing::Node(std::to_string(1000 + i), number, "", "person");
    graph.AddFact(hub, FindRelation(i % 3 ? "meet" : "attack"), n, testing::Ev(number, 1, "s", "2024"));
  }
  REQUIRE(WriteFileAtomically(dir + "/big.json", GraphJson(graph)).ok());
  testing::CommandResult r = testing::Run(testing::Quote(TAHALUF_BINARY) + " report " + dir +
                                          "/big.json -o " + dir + "/big.html");
  CAPTURE(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("report of 201 actors, 200 relations") != std::string::npos);
  std::string html = testing::Slurp(dir + "/big.html");
  CHECK(html.find("data-actors=\"201\" data-relations=\"200\"") != std::string::npos);
  CHECK(html.find("data-diagram-actors=\"80\"") != std::string::npos);
  CHECK(html.find("ties among the 80 most connected of 201 actors") != std::string::npos);
  CHECK(Count(html, "<tr class=\"rel\"") == 200);
  r = testing::Run(testing::Quote(TAHALUF_BINARY) + " report " + dir + "/big.json --hostile --quiet --title 'Hostile ties'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("<title>Hostile ties</title>") != std::string::npos);
  CHECK(Count(r.out, "<tr class=\"rel\"") == 67);
  CHECK(r.out.find("Focus: hostile.") != std::string::npos);
}

TEST_CASE("report: renders in headless Chromium (check_report.py)") {
  if (!testing::HaveProgram("python3")) {
    MESSAGE("skipped: python3 not installed");
    return;
  }
  AllianceGraph graph;
  BuildTrickyGraph(&graph);
  std::string dir = testing::TempDir();
  REQUIRE(WriteFileAtomically(dir + "/tricky.json", GraphJson(graph)).ok());
  testing::CommandResult r = testing::Run(
      "python3 " + std::string(TAHALUF_SOURCE_DIR) + "/tools/check_report.py " +
      testing::Quote(TAHALUF_BINARY) + " " + dir + "/tricky.json --outdir " + dir);
  CAPTURE(r.out);
  CAPTURE(r.err);
  CHECK(r.exit_code == 0);
  if (r.out.rfind("skipped:", 0) == 0) {
    MESSAGE(r.out);
  } else {
    CHECK(r.out.find(", 0 failed") != std::string::npos);
    CHECK(testing::Exists(dir + "/report.png"));
  }
}

}  // namespace
}  // namespace tahaluf
