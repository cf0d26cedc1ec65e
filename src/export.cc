#include "tahaluf/export.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>

#include "tahaluf/text.h"

namespace tahaluf {
namespace {

struct KindRow {
  std::string_view kind;
  KindStyle style;
};

constexpr KindRow kKinds[] = {
    {"state", {"box", "#dbe9f6", "#1f5f99", false, "\u25ad", "دولة"}},
    {"person", {"ellipse", "#fff1c9", "#9a7400", false, "\u2b2d", "شخص"}},
    {"government", {"hexagon", "#dff0dc", "#2f6b2f", false, "\u2b21", "حكومة"}},
    {"military", {"octagon", "#e6ddf2", "#5b3f8c", false, "\u2bc3", "جيش"}},
    {"armed_group", {"diamond", "#f8d7d7", "#a12a2a", false, "\u25c7", "جماعة مسلحة"}},
    {"party", {"house", "#fde3cf", "#a4561b", false, "\u2302", "حزب"}},
    {"organisation", {"component", "#d9f0ee", "#1f6f68", false, "\u29c9", "منظمة"}},
    {"ministry", {"folder", "#eef3d9", "#66721f", false, "\u25a4", "وزارة"}},
    {"city", {"ellipse", "#f0f0f0", "#555555", true, "\u2b2d", "مدينة"}},
    {"territory", {"box", "#e8eef5", "#4a6785", true, "\u25ad", "إقليم"}},
};
constexpr KindStyle kUnknownKind = {"box", "#eeeeee", "#666666", false, "\u25a2", "غير معروف"};

struct RelationAr {
  std::string_view name, ar;
};
constexpr RelationAr kRelationsAr[] = {
    {"visit", "زيارة"},
    {"host", "استضافة"},
    {"meet", "لقاء"},
    {"mediate", "وساطة"},
    {"sign_agreement", "توقيع اتفاق"},
    {"arms_deal", "صفقة أسلحة"},
    {"defense_pact", "حلف دفاعي"},
    {"security_cooperation", "تعاون أمني"},
    {"economic_cooperation", "تعاون اقتصادي"},
    {"support", "دعم"},
    {"supply_arms", "توريد أسلحة"},
    {"close_ties", "علاقات وثيقة"},
    {"strained_ties", "توتر العلاقات"},
    {"rivalry", "تنافس"},
    {"accuse", "اتهام"},
    {"condemn", "إدانة"},
    {"threaten", "تهديد"},
    {"sanction", "عقوبات"},
    {"attack", "هجوم"},
    {"clash", "اشتباك"},
    {"leads", "يقود"},
    {"member_of", "عضو في"},
    {"child_of", "تابع لـ"},
};

std::string_view PolarityNameAr(Polarity p) {
  return p == Polarity::kCooperative ? "تعاوني" : p == Polarity::kHostile ? "عدائي" : "محايد";
}

// Right-to-left marks around an Arabic label make both pango (PNG, PDF) and
// browsers (SVG) lay out a label such as "زيارة (3)" as an Arabic phrase.
std::string Rtl(std::string_view s) { return "\u200f" + std::string(s) + "\u200f"; }

// Graphviz reads label, tooltip and id as escString: a backslash starts an
// escape (\N, \n, \l, ...), so one in the text is doubled, and a newline in
// the text becomes a centred line break.
std::string EscString(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') continue;
    else out += c;
  }
  return out;
}

// Text inside an HTML-like label: escaped, a line break a <br/>.
std::string HtmlText(std::string_view s) {
  std::string out;
  for (char c : HtmlEscape(s)) {
    if (c == '\n') {
      out += "<br/>";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Fixed(double x, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

struct GraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};

// cgraph takes C strings: a NUL inside a name or value would cut it (and
// make two actors one node), so it goes in as U+FFFD. The readers refuse
// ids holding one; names and evidence may come from anywhere.
std::string CString(std::string_view text) {
  std::string out(text);
  for (size_t at = out.find('\0'); at != std::string::npos; at = out.find('\0', at)) {
    out.replace(at, 1, "\xEF\xBF\xBD");
  }
  return out;
}

void Set(void* obj, const char* name, const std::string& value) {
  const std::string safe = CString(value);
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(safe.c_str()), const_cast<char*>(""));
}

void Default(Agraph_t* g, int kind, const char* name, const char* value) {
  agattr(g, kind, const_cast<char*>(name), const_cast<char*>(value));
}

bool IsLarge(const std::string& layout) { return layout != "dot"; }

// The legend: actor kinds and relation polarities present in the graph,
// side by side, as an HTML-like table.
std::string LegendHtml(const AllianceGraph& graph, const DotOptions& opt, double scale) {
  auto pt = [scale](double size) { return Fixed(size * scale, 0); };
  const Graph& g = graph.graph();
  bool ar = opt.labels == LabelLanguage::kArabic;
  std::set<std::string> kinds;
  for (auto [it, end] = boost::vertices(g); it != end; ++it) kinds.insert(g[*it].kind);
  std::set<Polarity> polarities;
  bool hedged = false;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    polarities.insert(g[*it].relation->polarity);
    hedged = hedged || g[*it].AllHedged();
  }
  const char* align = ar ? "right" : "left";
  auto row = [&](const std::string& mark, const std::string& text, const std::string& bg) {
    std::string m = "<td>" + mark + "</td>";
    std::string t = "<td align=\"" + std::string(align) + "\"" +
                    (bg.empty() ? "" : " bgcolor=\"" + bg + "\"") + ">" + text + "</td>";
    return "<tr>" + (ar ? t + m : m + t) + "</tr>";
  };
  std::string actors = "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">";
  actors += "<tr><td colspan=\"2\" align=\"" + std::string(align) + "\"><b>" +
            std::string(ar ? "الفاعلون" : "Actors") + "</b></td></tr>";
  for (const std::string& k : kinds) {
    KindStyle st = StyleOfKind(k);
    std::string name = ar ? std::string(st.name_ar) : (k.empty() ? "unknown" : k);
    if (!ar) std::replace(name.begin(), name.end(), '_', ' ');
    actors += row("<font color=\"" + std::string(st.border) + "\" point-size=\"" + pt(16) + "\">" +
                      std::string(st.glyph) + "</font>",
                  HtmlText(name) + (st.dashed ? (ar ? " (متقطع)" : " (dashed)") : ""),
                  std::string(st.fill));
  }
  actors += "</table>";
  std::string ties = "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">";
  ties += "<tr><td colspan=\"2\" align=\"" + std::string(align) + "\"><b>" +
          std::string(ar ? "العلاقات" : "Relations") + "</b></td></tr>";
  for (Polarity p : polarities) {
    ties += row("<font color=\"" + std::string(PolarityColour(p)) + "\">\u2501\u2501\u2501</font>",
                HtmlText(ar ? PolarityNameAr(p) : PolarityName(p)), "");
  }
  if (hedged) {
    ties += row("<font color=\"#757575\">\u254c\u254c\u254c</font>",
                ar ? "كل الأدلة غير مؤكدة" : "all evidence hedged", "");
  }
  if (!polarities.empty()) {
    ties += row("<font color=\"#757575\" point-size=\"" + pt(7) +
                    "\">\u2501</font><font color=\"#757575\" point-size=\"" + pt(12) +
                    "\">\u2501</font><font color=\"#757575\" point-size=\"" + pt(18) + "\">\u2501</font>",
                ar ? "أعرض = أدلة أكثر" : "wider = more evidence", "");
  }
  ties += "</table>";
  std::string out = "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                    "color=\"#bbbbbb\" bgcolor=\"#ffffff\">";
  if (!opt.caption.empty()) {
    out += "<tr><td colspan=\"2\" align=\"" + std::string(align) + "\">" + HtmlText(opt.caption) +
           "</td></tr>";
  }
  out += "<tr>" + (ar ? "<td valign=\"top\">" + ties + "</td><td valign=\"top\">" + actors + "</td>"
                      : "<td valign=\"top\">" + actors + "</td><td valign=\"top\">" + ties + "</td>") +
         "</tr></table>";
  return out;
}

// Builds the cgraph graph for `layout`; the caller closes it.
std::unique_ptr<Agraph_t, GraphDeleter> BuildCgraph(const AllianceGraph& graph,
                                                    const DotOptions& opt,
                                                    const std::string& layout) {
  const Graph& g = graph.graph();
  std::unique_ptr<Agraph_t, GraphDeleter> ag(
      agopen(const_cast<char*>(opt.graph_name.c_str()), Agdirected, nullptr));
  Agraph_t* a = ag.get();
  const bool large = IsLarge(layout);
  const bool arabic = opt.labels == LabelLanguage::kArabic;
  const bool edge_labels = opt.edge_labels == EdgeLabels::kOn ||
                           (opt.edge_labels == EdgeLabels::kAuto && !large);
  Set(a, "layout", layout);
  Set(a, "charset", "UTF-8");
  Set(a, "fontname", "Noto Sans");
  Set(a, "fontsize", "11");
  Set(a, "bgcolor", "white");
  Set(a, "pad", "0.3");
  Set(a, "outputorder", "edgesfirst");
  if (large) {
    Set(a, "overlap", "prism");
    Set(a, "overlap_scaling", "-2");
    Set(a, "splines", "false");
    Set(a, "sep", "+6");
  } else {
    // Arabic diagrams read right to left, like their labels.
    Set(a, "rankdir", arabic ? "RL" : "LR");
    Set(a, "splines", "true");
    Set(a, "nodesep", "0.3");
    Set(a, "ranksep", "0.8");
    Set(a, "overlap", "false");
  }
  // gvContext() makes "\N" the default node label of every graph opened
  // after it; declaring it here keeps the DOT the same either way.
  Default(a, AGNODE, "label", "\\N");
  Default(a, AGNODE, "fontname", "Noto Sans");
  Default(a, AGNODE, "fontsize", large ? "10" : "12");
  Default(a, AGNODE, "style", "filled");
  Default(a, AGNODE, "penwidth", "1.2");
  Default(a, AGNODE, "margin", large ? "0.05,0.03" : "0.12,0.05");
  if (large) {
    Default(a, AGNODE, "width", "0.3");
    Default(a, AGNODE, "height", "0.2");
  }
  Default(a, AGEDGE, "fontname", "Noto Sans");
  Default(a, AGEDGE, "fontsize", "10");
  Default(a, AGEDGE, "arrowsize", "0.7");

  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    Agnode_t* an = agnode(a, const_cast<char*>(CString(n.id).c_str()), 1);
    std::string label = arabic && !n.name_ar.empty() ? Rtl(n.name_ar) : n.name;
    if (label.empty()) label = n.id;
    std::set<Vertex> neighbours;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) neighbours.insert(boost::target(*it, g));
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) neighbours.insert(boost::source(*it, g));
    KindStyle st = StyleOfKind(n.kind);
    Set(an, "label", EscString(label));
    Set(an, "shape", std::string(st.shape));
    Set(an, "fillcolor", std::string(st.fill));
    Set(an, "color", std::string(st.border));
    if (st.dashed) Set(an, "style", "filled,dashed");
    if (st.shape == "box" && !st.dashed) Set(an, "style", "filled,rounded");
    if (large) {
      // Hubs stand out: the label grows with the number of partners.
      double size = std::min(32.0, 9.0 + 3.0 * std::log2(1.0 + static_cast<double>(neighbours.size())));
      Set(an, "fontsize", Fixed(size, 1));
    }
    std::string tip = n.name;
    if (!n.name_ar.empty()) tip += " / " + n.name_ar;
    tip += " (" + (n.kind.empty() ? std::string("unknown") : n.kind) + "), " +
           std::to_string(neighbours.size()) + (neighbours.size() == 1 ? " partner" : " partners");
    Set(an, "tooltip", EscString(tip));
    Set(an, "id", EscString(DiagramNodeId(n)));
    Set(an, "name", n.name);
    Set(an, "name_ar", n.name_ar);
    Set(an, "kind", n.kind);
    if (!n.wikidata.empty()) Set(an, "wikidata", n.wikidata);
  }
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    const NodeInfo& sn = g[boost::source(e, g)];
    const NodeInfo& tn = g[boost::target(e, g)];
    Agnode_t* s = agnode(a, const_cast<char*>(CString(sn.id).c_str()), 0);
    Agnode_t* t = agnode(a, const_cast<char*>(CString(tn.id).c_str()), 0);
    if (s == nullptr || t == nullptr) continue;  // every node was made above
    // Anonymous: a new edge each time, so parallel relations stay apart.
    Agedge_t* ae = agedge(a, s, t, nullptr, 1);
    EdgeSummary sum = SummarizeEdge(info);
    std::string_view rel = info.relation->name;
    std::string colour(PolarityColour(info.relation->polarity));
    if (edge_labels) {
      std::string label = arabic ? std::string(RelationNameAr(rel)) : std::string(rel);
      if (!arabic) std::replace(label.begin(), label.end(), '_', ' ');
      if (sum.evidence_count > 1) label += " (" + std::to_string(sum.evidence_count) + ")";
      Set(ae, "label", EscString(arabic ? Rtl(label) : label));
      Set(ae, "fontcolor", colour);
    }
    // Width grows with the logarithm of the evidence: 1 -> 1.2, 2 -> 2.4,
    // 4 -> 3.6, 16 and more -> 6.
    double width = std::min(6.0, 1.2 + 1.2 * std::log2(static_cast<double>(sum.evidence_count)));
    if (large) width *= 0.6;
    Set(ae, "penwidth", Fixed(width, 1));
    Set(ae, "color", large ? colour + "b0" : colour);
    if (info.relation->symmetric) Set(ae, "dir", "none");
    if (sum.hedged) Set(ae, "style", "dashed");
    std::string tip = sn.name + " \u2014 " + std::string(rel) + " \u2192 " + tn.name + ": " +
                      std::to_string(sum.evidence_count) + " evidence";
    if (!sum.first_date.empty()) {
      tip += ", " + sum.first_date + (sum.last_date != sum.first_date ? " to " + sum.last_date : "");
    }
    if (!info.evidence.empty()) tip += "\n" + info.evidence.front().text;
    Set(ae, "tooltip", EscString(tip));
    Set(ae, "id", EscString(DiagramEdgeId(sn, rel, tn)));
    Set(ae, "relation", std::string(rel));
    Set(ae, "polarity", std::string(PolarityName(info.relation->polarity)));
    Set(ae, "cameo", std::string(info.relation->cameo));
    Set(ae, "plover", std::string(info.relation->plover));
    Set(ae, "symmetric", info.relation->symmetric ? "true" : "false");
    Set(ae, "evidence_count", std::to_string(sum.evidence_count));
    Set(ae, "hedged", sum.hedged ? "true" : "false");
    Set(ae, "first_date", sum.first_date);
    Set(ae, "last_date", sum.last_date);
  }
  if (opt.legend) {
    // On a large drawing the legend grows with it, or it could not be read.
    double scale = large ? std::clamp(std::sqrt(static_cast<double>(graph.num_nodes())) / 8.0, 1.0, 5.0)
                         : 1.0;
    Set(a, "fontsize", Fixed(11 * scale, 0));
    std::string html = LegendHtml(graph, opt, scale);
    char* label = agstrdup_html(a, const_cast<char*>(html.c_str()));
    agsafeset(a, const_cast<char*>("label"), label, const_cast<char*>(""));
    agstrfree(a, label);
    Set(a, "labelloc", "b");
    Set(a, "labeljust", arabic ? "r" : "l");
  }
  return ag;
}

// Graphviz reports through agerr; while a render runs its messages are
// collected here instead of going to stderr. Graphviz is not thread-safe,
// so neither is this.
std::string* g_messages = nullptr;

int CollectMessage(char* text) {
  if (g_messages != nullptr && text != nullptr) *g_messages += text;
  return 0;
}

class CaptureGraphvizMessages {
 public:
  CaptureGraphvizMessages() {
    g_messages = &text_;
    previous_ = agseterrf(CollectMessage);
  }
  ~CaptureGraphvizMessages() {
    agseterrf(previous_);
    g_messages = nullptr;
  }
  // Messages one a line, without the trailing newline.
  std::vector<std::string> Lines() const {
    std::vector<std::string> out;
    LineReader lines(text_);
    for (Line line; lines.Next(&line);) {
      if (!line.text.empty()) out.emplace_back(line.text);
    }
    return out;
  }

 private:
  std::string text_;
  agusererrf previous_ = nullptr;
};

// cairo stamps the time into a PDF. The entry is overwritten with spaces
// (whitespace in the dictionary, same length, so the cross-reference offsets
// hold) to keep the output the same from run to run.
void BlankPdfCreationDate(std::string* pdf) {
  size_t p = pdf->find("/CreationDate (");
  if (p == std::string::npos) return;
  size_t e = pdf->find(')', p);
  if (e == std::string::npos || e - p > 64) return;
  std::fill(pdf->begin() + static_cast<std::ptrdiff_t>(p), pdf->begin() + static_cast<std::ptrdiff_t>(e) + 1, ' ');
}

}  // namespace

KindStyle StyleOfKind(std::string_view kind) {
  for (const KindRow& row : kKinds) {
    if (row.kind == kind) return row.style;
  }
  return kUnknownKind;
}

std::string_view PolarityColour(Polarity p) {
  return p == Polarity::kCooperative ? "#2e7d32" : p == Polarity::kHostile ? "#c62828" : "#757575";
}

std::string_view RelationNameAr(std::string_view relation) {
  for (const RelationAr& r : kRelationsAr) {
    if (r.name == relation) return r.ar;
  }
  return relation;
}

std::string ChooseLayout(const AllianceGraph& graph) {
  return graph.num_nodes() <= kDotMaxNodes && graph.num_edges() <= kDotMaxEdges ? "dot" : "sfdp";
}

std::string DiagramNodeId(const NodeInfo& node) { return "actor:" + node.id; }

std::string DiagramEdgeId(const NodeInfo& source, std::string_view relation,
                          const NodeInfo& target) {
  return "rel:" + std::to_string(source.id.size()) + ":" + source.id + "|" + std::string(relation) +
         "|" + target.id;
}

Status WriteDot(const AllianceGraph& graph, const DotOptions& options, std::string* out) {
  std::string layout = options.layout.empty() ? ChooseLayout(graph) : options.layout;
  auto ag = BuildCgraph(graph, options, layout);
  char* buf = nullptr;
  size_t len = 0;
  FILE* mem = open_memstream(&buf, &len);
  if (mem == nullptr) return Status(ErrorCode::kIo, "dot", "cannot open a memory stream");
  int rc = agwrite(ag.get(), mem);
  std::fclose(mem);
  if (rc != 0) {
    std::free(buf);
    return Status(ErrorCode::kIo, "dot", "cgraph could not write the graph");
  }
  out->assign(buf, len);
  std::free(buf);
  return Status();
}

Status Render(const AllianceGraph& graph, const DotOptions& options, const std::string& format,
              std::string* out, std::vector<std::string>* warnings) {
  std::string device;
  if (format == "svg") device = "svg";
  else if (format == "png") device = "png:cairo";
  else if (format == "pdf") device = "pdf:cairo";
  else return Status(ErrorCode::kUsage, "render", "unknown format '" + format + "' (svg, png, pdf)");
  std::string layout = options.layout.empty() ? ChooseLayout(graph) : options.layout;
  CaptureGraphvizMessages capture;
  // The context outlives the graph, and a layout made is freed before the
  // graph is closed, whatever happens after (gvc's order of teardown).
  std::unique_ptr<GVC_t, int (*)(GVC_t*)> gvc(gvContext(), gvFreeContext);
  auto ag = BuildCgraph(graph, options, layout);
  struct LayoutFreer {
    GVC_t* gvc;
    Agraph_t* graph = nullptr;
    ~LayoutFreer() {
      if (graph != nullptr) gvFreeLayout(gvc, graph);
    }
  } laid_out{gvc.get()};
  if (format == "png") {
    Set(ag.get(), "dpi", "96");
    Set(ag.get(), "size", "60,60");
  } else if (format == "pdf") {
    Set(ag.get(), "size", "200,200");
  }
  auto graphviz_said = [&capture]() {
    std::string all;
    for (const std::string& line : capture.Lines()) all += (all.empty() ? "" : "; ") + line;
    return all.empty() ? std::string() : " (" + all + ")";
  };
  if (gvLayout(gvc.get(), ag.get(), layout.c_str()) != 0) {
    return Status(ErrorCode::kUsage, "render",
                  "Graphviz layout '" + layout + "' failed" + graphviz_said());
  }
  laid_out.graph = ag.get();
  char* data = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(gvc.get(), ag.get(), device.c_str(), &data, &len);
  if (rc == 0 && data != nullptr) out->assign(data, len);
  if (data != nullptr) gvFreeRenderData(data);
  if (format == "pdf") BlankPdfCreationDate(out);
  if (warnings != nullptr) {
    for (std::string& line : capture.Lines()) warnings->push_back(std::move(line));
  }
  if (rc != 0 || out->empty()) {
    return Status(ErrorCode::kIo, "render",
                  "Graphviz could not render '" + device +
                      "' (is the graphviz package with its cairo plugin installed?)" +
                      graphviz_said());
  }
  return Status();
}

}  // namespace tahaluf
