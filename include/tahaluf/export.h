// Stage 6: export. Writes an AllianceGraph as DOT through Graphviz's cgraph
// (which quotes and escapes every label), and renders it to SVG, PNG or PDF
// in-process through gvc with the cairo renderers (pango shapes Arabic and
// lays it out right-to-left; the gd PNG renderer, which does not, is never
// used).
//
// Style: node shape by kind (state box, person ellipse, government hexagon,
// military octagon, armed group diamond, ...), edge colour by polarity
// (cooperative green, hostile red, neutral grey), dashed edges when every
// piece of evidence is hedged, pen width by evidence count; symmetric
// relations drawn without arrowheads. Labels in English or Arabic.
//
// Usage:
//   tahaluf::DotOptions opt;  opt.labels = tahaluf::LabelLanguage::kArabic;
//   std::string dot;
//   tahaluf::Status s = tahaluf::WriteDot(graph, opt, &dot);
//   std::string png;
//   s = tahaluf::Render(graph, opt, "png", &png);
#ifndef TAHALUF_EXPORT_H_
#define TAHALUF_EXPORT_H_

#include <string>

#include "tahaluf/graph.h"
#include "tahaluf/status.h"

namespace tahaluf {

enum class LabelLanguage { kEnglish, kArabic };

struct DotOptions {
  LabelLanguage labels = LabelLanguage::kEnglish;
  std::string graph_name = "alliances";
  std::string layout;  // "dot", "sfdp", ...; empty: chosen by size
};

// The graph as DOT text.
Status WriteDot(const AllianceGraph& graph, const DotOptions& options, std::string* out);

// Renders through gvc. `format` is "svg", "png" or "pdf" (cairo renderers).
Status Render(const AllianceGraph& graph, const DotOptions& options,
              const std::string& format, std::string* out);

}  // namespace tahaluf

#endif  // TAHALUF_EXPORT_H_
