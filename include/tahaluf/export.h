// Diagrams: writes an AllianceGraph as DOT through
// Graphviz's cgraph (which quotes and escapes every attribute) and renders it
// to SVG, PNG or PDF in-process through gvc with the cairo renderers (pango
// shapes Arabic, joins its letters and lays it out right-to-left; the gd PNG
// renderer, which does neither, is never used). The files other tools read
// (GraphML, GEXF, node-link JSON, Neo4j CSV, event rows) are in formats.h;
// choosing what to draw (--around, --path, --top, ...) is in focus.h.
//
// Style, chosen so a diagram reads without a manual:
//   - node shape and fill by actor kind (state box, person ellipse,
//     government hexagon, military octagon, armed group diamond, party
//     house, organisation component, ministry folder, city dashed ellipse,
//     territory dashed box);
//   - edge colour by polarity (cooperative green, hostile red, neutral
//     grey), pen width growing with the evidence count, dashed when every
//     piece of evidence is hedged, no arrowhead for symmetric relations;
//   - a legend (graph label) listing only the kinds and polarities drawn;
//   - layout by size: dot (left to right) for small graphs, sfdp with
//     overlap removal and straight edges for large ones, where edge labels
//     are left out and node labels grow with the number of ties;
//   - labels in English or Arabic (relation names and the legend too).
//
// Every DOT node also carries the data attributes name, name_ar, kind and
// wikidata, and every edge relation, polarity, cameo, plover, symmetric,
// evidence_count, hedged, first_date and last_date, so `export --format
// dot` loses nothing a reader of DOT needs. Graphviz ignores them when
// drawing. SVG elements get stable ids (DiagramNodeId, DiagramEdgeId) so a
// page can find the actor or relation behind a click.
//
// Usage:
//   tahaluf::DotOptions opt;
//   opt.labels = tahaluf::LabelLanguage::kArabic;
//   std::string dot;
//   tahaluf::Status s = tahaluf::WriteDot(graph, opt, &dot);
//   std::string png;
//   std::vector<std::string> warnings;   // Graphviz's own messages
//   s = tahaluf::Render(graph, opt, "png", &png, &warnings);
#ifndef TAHALUF_EXPORT_H_
#define TAHALUF_EXPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/graph.h"
#include "tahaluf/status.h"

namespace tahaluf {

enum class LabelLanguage { kEnglish, kArabic };

enum class EdgeLabels {
  kAuto,  // shown with the dot layout, left out with sfdp (too many to read)
  kOn,
  kOff,
};

struct DotOptions {
  LabelLanguage labels = LabelLanguage::kEnglish;
  std::string graph_name = "alliances";
  std::string layout;  // "dot", "sfdp", "neato", ...; empty: ChooseLayout()
  EdgeLabels edge_labels = EdgeLabels::kAuto;
  bool legend = true;  // the legend as the graph's label
  std::string caption;  // one line above the legend ("Top 50 of 5000 actors")
};

// How a kind of actor is drawn; the same colours are used by the HTML report
// and the GEXF export. Unknown kinds get a neutral grey rounded box.
struct KindStyle {
  std::string_view shape;   // Graphviz shape name
  std::string_view fill;    // "#rrggbb"
  std::string_view border;  // "#rrggbb"
  bool dashed;
  std::string_view glyph;   // a character that looks like the shape
  std::string_view name_ar; // the kind in Arabic, for the Arabic legend
};
KindStyle StyleOfKind(std::string_view kind);

// "#rrggbb" for cooperative, hostile and neutral ties.
std::string_view PolarityColour(Polarity p);

// The relation's name in Arabic ("زيارة" for visit); its English name when
// none is known.
std::string_view RelationNameAr(std::string_view relation);

// "dot" for graphs up to kDotMaxNodes actors and kDotMaxEdges relations,
// "sfdp" beyond (dot's ranking gets slow and very wide there).
constexpr size_t kDotMaxNodes = 120;
constexpr size_t kDotMaxEdges = 300;
std::string ChooseLayout(const AllianceGraph& graph);

// The id of an actor's or a relation's element in rendered SVG:
// "actor:ID" and "rel:LEN:SOURCE|RELATION|TARGET" (LEN the byte length of
// the source id, so the key is unambiguous whatever the ids hold).
std::string DiagramNodeId(const NodeInfo& node);
std::string DiagramEdgeId(const NodeInfo& source, std::string_view relation,
                          const NodeInfo& target);

// The graph as DOT text. Fails (kIo) only when cgraph cannot write.
Status WriteDot(const AllianceGraph& graph, const DotOptions& options, std::string* out);

// Lays the graph out and renders it through gvc. `format` is "svg", "png"
// or "pdf" (cairo renderers for PNG and PDF; PNG at 96 dpi, at most 60
// inches a side). SVG and PNG are byte-identical from run to run; so is
// PDF for small graphs (its creation date is blanked), while for larger
// ones cairo may write its font subsets in another order. Errors: kUsage
// for an unknown format or layout engine, kIo when Graphviz fails (its
// message included). Graphviz's warnings are appended to `warnings` when
// given, never printed. Graphviz is not thread-safe: render from one thread
// at a time.
Status Render(const AllianceGraph& graph, const DotOptions& options,
              const std::string& format, std::string* out,
              std::vector<std::string>* warnings = nullptr);

}  // namespace tahaluf

#endif  // TAHALUF_EXPORT_H_
