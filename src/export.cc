#include "tahaluf/export.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace tahaluf {
namespace {

const char* ShapeOf(const std::string& kind) {
  if (kind == "state") return "box";
  if (kind == "person") return "ellipse";
  if (kind == "government") return "hexagon";
  if (kind == "military") return "octagon";
  if (kind == "armed_group") return "diamond";
  if (kind == "party") return "house";
  if (kind == "ministry") return "folder";
  if (kind == "city") return "oval";
  if (kind == "territory") return "box";
  return "component";  // organisations
}

const char* FillOf(const std::string& kind) {
  if (kind == "state") return "#dbe9f6";
  if (kind == "person") return "#fff4d6";
  if (kind == "government") return "#e3f1e0";
  if (kind == "military") return "#e8e0f1";
  if (kind == "armed_group") return "#f8dcdc";
  if (kind == "city") return "#f0f0f0";
  return "#eeeeee";
}

const char* ColourOf(Polarity p) {
  return p == Polarity::kCooperative ? "#2e7d32" : p == Polarity::kHostile ? "#c62828" : "#757575";
}

struct GraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

// Builds the cgraph graph; the caller closes it.
std::unique_ptr<Agraph_t, GraphDeleter> BuildCgraph(const AllianceGraph& graph,
                                                    const DotOptions& opt) {
  const Graph& g = graph.graph();
  std::unique_ptr<Agraph_t, GraphDeleter> ag(
      agopen(const_cast<char*>(opt.graph_name.c_str()), Agdirected, nullptr));
  Agraph_t* a = ag.get();
  Set(a, "rankdir", "LR");
  Set(a, "overlap", "false");
  Set(a, "splines", "true");
  Set(a, "fontname", "Noto Sans");
  Set(a, "charset", "UTF-8");
  agattr(a, AGNODE, const_cast<char*>("fontname"), const_cast<char*>("Noto Sans"));
  agattr(a, AGNODE, const_cast<char*>("style"), const_cast<char*>("filled"));
  agattr(a, AGEDGE, const_cast<char*>("fontname"), const_cast<char*>("Noto Sans"));
  agattr(a, AGEDGE, const_cast<char*>("fontsize"), const_cast<char*>("10"));
  bool arabic = opt.labels == LabelLanguage::kArabic;
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    Agnode_t* an = agnode(a, const_cast<char*>(n.id.c_str()), 1);
    std::string label = arabic && !n.name_ar.empty() ? n.name_ar : n.name;
    Set(an, "label", label);
    Set(an, "shape", ShapeOf(n.kind));
    Set(an, "fillcolor", FillOf(n.kind));
    Set(an, "tooltip", n.name + " / " + n.name_ar + " (" + n.kind + ")");
  }
  size_t k = 0;
  for (Edge e : graph.SortedEdges()) {
    const EdgeInfo& info = g[e];
    Agnode_t* s = agnode(a, const_cast<char*>(g[boost::source(e, g)].id.c_str()), 0);
    Agnode_t* t = agnode(a, const_cast<char*>(g[boost::target(e, g)].id.c_str()), 0);
    std::string key = "e" + std::to_string(k++);
    Agedge_t* ae = agedge(a, s, t, const_cast<char*>(key.c_str()), 1);
    std::string label(info.relation->name);
    if (info.evidence.size() > 1) label += " (" + std::to_string(info.evidence.size()) + ")";
    Set(ae, "label", label);
    Set(ae, "color", ColourOf(info.relation->polarity));
    Set(ae, "fontcolor", ColourOf(info.relation->polarity));
    double width = 1.0 + 0.5 * static_cast<double>(std::min<size_t>(info.evidence.size() - 1, 6));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", width);
    Set(ae, "penwidth", buf);
    if (info.relation->symmetric) Set(ae, "dir", "none");
    if (info.AllHedged()) Set(ae, "style", "dashed");
    Set(ae, "tooltip", info.evidence.empty() ? std::string() : info.evidence.front().text);
  }
  return ag;
}

}  // namespace

Status WriteDot(const AllianceGraph& graph, const DotOptions& options, std::string* out) {
  auto ag = BuildCgraph(graph, options);
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
              std::string* out) {
  std::string device;
  if (format == "svg") device = "svg";
  else if (format == "png") device = "png:cairo";
  else if (format == "pdf") device = "pdf:cairo";
  else return Status(ErrorCode::kUsage, "render", "unknown format '" + format + "' (svg, png, pdf)");
  auto ag = BuildCgraph(graph, options);
  GVC_t* gvc = gvContext();
  std::string layout = options.layout;
  if (layout.empty()) layout = graph.num_nodes() > 300 ? "sfdp" : "dot";
  if (gvLayout(gvc, ag.get(), layout.c_str()) != 0) {
    gvFreeContext(gvc);
    return Status(ErrorCode::kIo, "render", "Graphviz layout '" + layout + "' failed");
  }
  char* data = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(gvc, ag.get(), device.c_str(), &data, &len);
  if (rc == 0 && data != nullptr) out->assign(data, len);
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc, ag.get());
  gvFreeContext(gvc);
  if (rc != 0) {
    return Status(ErrorCode::kIo, "render",
                  "Graphviz could not render '" + device +
                      "' (is the graphviz package with its cairo plugin installed?)");
  }
  return Status();
}

}  // namespace tahaluf
