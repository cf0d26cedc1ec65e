// Files for other tools: writes an AllianceGraph in the
// formats analysts load into their own tools:
//
//   GraphML      networkx read_graphml, Gephi, Cytoscape, yEd. Typed keys
//                (<key attr.type="int">), one <data> per value.
//   GEXF 1.2     Gephi, networkx read_gexf (every version; 1.2draft is
//                the version all readers know). A dynamic graph: each edge
//                has one <spell> per evidence date, so Gephi's timeline
//                plays the ties as they were reported; viz colours by kind
//                and polarity; `kind` = relation, which Gephi 0.9+ reads to
//                keep parallel relations between two actors apart.
//   node-link    networkx node_link_graph (its default keys: "nodes",
//                "edges", "key"), d3 (forceLink(data.edges)). Edges keep
//                their full evidence list.
//   Neo4j        bulk-import CSV for `neo4j-admin database import`:
//                nodes.csv  (id:ID(Actor), ..., aliases:string[], :LABEL)
//                relationships.csv (:START_ID(Actor), :END_ID(Actor), :TYPE,
//                ..., evidence_count:int, ...), arrays split on '|',
//                multi-line fields quoted; README.txt gives the command.
//   events       one row per piece of evidence, TSV in the spirit of GDELT
//                and ICEWS event files: date, source, target, CAMEO code,
//                PLOVER category, CAMEO quad class, document, sentence, text.
//
// Every format carries the actor ids, both names, kinds, and for each
// relation its name, polarity, CAMEO and PLOVER codes, evidence count and
// first and last dates. Text is written as is (quotes, newlines, Arabic and
// bidi marks survive): XML escapes markup characters and carriage returns
// and drops only the control characters XML 1.0 cannot hold; CSV and TSV
// quote a field holding the delimiter, a quote, CR or LF ("" for a quote).
// Output is sorted by actor id and by (source, relation, target), so the
// same graph gives the same bytes. (DOT is export.h's WriteDot, the
// tahaluf graph JSON graph_io.h's GraphJson.)
//
// Usage:
//   std::string xml = tahaluf::GraphMl(graph);
//   tahaluf::Neo4jFiles neo = tahaluf::Neo4jCsv(graph);
//   for (const auto& [name, content] : neo.files) ...   // write into a folder
#ifndef TAHALUF_FORMATS_H_
#define TAHALUF_FORMATS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tahaluf/graph.h"

namespace tahaluf {

enum class ExportFormat { kDot, kJson, kGraphMl, kGexf, kNodeLink, kNeo4j, kEvents };

// "dot", "json", "graphml", "gexf", "node-link", "neo4j", "events".
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
std::string_view ExportFormatName(ExportFormat format);

// CAMEO quad class of a code: 1 verbal cooperation (01-05), 2 material
// cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict
// (15-20); 0 for an empty or unknown code.
int QuadClass(std::string_view cameo);

std::string GraphMl(const AllianceGraph& graph);
std::string Gexf(const AllianceGraph& graph);
std::string NodeLinkJson(const AllianceGraph& graph);
std::string EventsTsv(const AllianceGraph& graph);

// The files of a Neo4j import folder, in order: nodes.csv,
// relationships.csv, README.txt.
struct Neo4jFiles {
  std::vector<std::pair<std::string, std::string>> files;  // name, content
};
Neo4jFiles Neo4jCsv(const AllianceGraph& graph);

// The field quoted for CSV (delimiter ',') or TSV ('\t') when it holds the
// delimiter, '"', CR or LF.
std::string QuoteField(std::string_view field, char delimiter);

}  // namespace tahaluf

#endif  // TAHALUF_FORMATS_H_
