// Shared plumbing for the analytics subcommands (path, neighbors, blocs,
// balance, brokers, timeline, stats): loading a graph file into a TieIndex
// through a memory map (no copy of the file, no AllianceGraph), the filter
// flags every command takes, actor names, text tables and JSON pieces.
#ifndef TAHALUF_TOOLS_ANALYTICS_CLI_H_
#define TAHALUF_TOOLS_ANALYTICS_CLI_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli.h"
#include "tahaluf/tie_index.h"

namespace tahaluf::cli {

// A graph file mapped into memory (or standard input, read into memory)
// and its index, whose strings point into the mapping.
class LoadedGraph {
 public:
  LoadedGraph() = default;
  ~LoadedGraph();
  LoadedGraph(const LoadedGraph&) = delete;
  LoadedGraph& operator=(const LoadedGraph&) = delete;

  // Maps and indexes `path`; reports and returns false on error.
  bool Load(const std::string& path);
  const TieIndex& index() const { return index_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  void* map_ = nullptr;
  size_t map_size_ = 0;
  std::string stdin_bytes_;
  TieIndex index_;
};

// The filter flags: --relation, --cooperative, --hostile, --since, --until,
// --as-of, --min-evidence, --no-hedged.
std::vector<Flag> FilterFlags();
// Reads them; reports and returns false on a bad value (a usage error).
bool ParseFilter(const Args& args, TieFilter* filter);

// A non-negative number flag; reports and returns false on a bad value.
bool ParseCount(const Args& args, const std::string& flag, size_t fallback, size_t* out);

// The actor `name` names; reports (with the closest names) and returns
// false when there is none.
bool ResolveOrReport(const LoadedGraph& graph, const std::string& name, uint32_t* out);

// "Name (ID)".
std::string ActorLabel(const TieIndex& index, uint32_t v);

// Columns padded to the widest cell (counted in code points); the first
// row is the header, underlined.
std::string Table(const std::vector<std::vector<std::string>>& rows);

// A number with up to `digits` decimals, trailing zeros dropped.
std::string FormatNumber(double value, int digits = 4);

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
void JsonString(JsonWriter& w, std::string_view s);
void WriteActorJson(JsonWriter& w, const TieIndex& index, uint32_t v);
void WriteEvidenceJson(JsonWriter& w, const IndexEvidence& e);
// A tie: subject, relation, object, polarity, support, and its evidence
// that passes (all of it, or only the quoted piece when quote_only).
void WriteTieJson(JsonWriter& w, const TieIndex& index, const ActiveTies& active, uint32_t tie,
                  bool quote_only);
std::string JsonText(const rapidjson::StringBuffer& buf);

// "Subject --relation--> Object" (or "--relation--" for symmetric ties).
std::string TieText(const TieIndex& index, uint32_t tie);
// The relation as seen from actor `from`: "visit ->" (from is the
// subject), "<- visit" (the object), "meet" (symmetric).
std::string RelationFrom(const TieIndex& index, uint32_t tie, uint32_t from);
// "forward", "backward" or "both", as seen from `from`.
std::string DirectionFrom(const TieIndex& index, uint32_t tie, uint32_t from);
// The quoted sentence and where it is from, indented.
std::string QuoteText(const IndexEvidence& e, const std::string& indent);

}  // namespace tahaluf::cli

#endif  // TAHALUF_TOOLS_ANALYTICS_CLI_H_
