// Shared plumbing for the analytics subcommands (path, neighbors, blocs,
// balance, brokers, timeline, stats): loading a graph file into a TieIndex
// through a memory map (no copy of the file, no AllianceGraph), the filter
// flags every command takes, actor names and text tables (their JSON is
// the library's: analytics_json.h).
#ifndef TAHALUF_TOOLS_ANALYTICS_CLI_H_
#define TAHALUF_TOOLS_ANALYTICS_CLI_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli.h"
#include "tahaluf/tie_index.h"

namespace tahaluf::cli {

// A file mapped into memory, read-only; unmapped when destroyed.
class MappedFile {
 public:
  MappedFile() = default;
  ~MappedFile();
  MappedFile(MappedFile&& other) noexcept
      : map_(std::exchange(other.map_, nullptr)), size_(std::exchange(other.size_, 0)),
        identity_(other.identity_) {}
  MappedFile& operator=(MappedFile&& other) noexcept {
    std::swap(map_, other.map_);
    std::swap(size_, other.size_);
    std::swap(identity_, other.identity_);
    return *this;
  }
  // Maps `path` (all its pages read in when `populate`); on failure
  // returns a kIo Status and maps nothing.
  Status Open(const std::string& path, bool populate);
  std::string_view bytes() const { return {static_cast<const char*>(map_), size_}; }
  // The file mapped, as fstat gave it when it was opened.
  const FileIdentity& identity() const { return identity_; }

 private:
  void* map_ = nullptr;
  size_t size_ = 0;
  FileIdentity identity_;
};

// A graph file's index, loaded from its index file GRAPH.tix when that
// still describes the graph (tie_index_file.h), otherwise indexed from the
// graph file mapped into memory (or standard input, read into memory). The
// index's strings point into the mapping.
class LoadedGraph {
 public:
  LoadedGraph() = default;
  LoadedGraph(const LoadedGraph&) = delete;
  LoadedGraph& operator=(const LoadedGraph&) = delete;

  // Loads `path`; reports and returns false on error. A stale or damaged
  // index file is reported as a note and the graph file read instead.
  bool Load(const std::string& path);
  const TieIndex& index() const { return index_; }
  const std::string& path() const { return path_; }
  // Whether the index came from the index file.
  bool from_index_file() const { return from_index_file_; }

 private:
  std::string path_;
  MappedFile map_;
  std::string stdin_bytes_;
  TieIndex index_;
  bool from_index_file_ = false;
};

// The index file that goes with a graph file: GRAPH.tix ("g.json.tix").
std::string IndexFilePath(const std::string& graph_path);

// Writes the index file for the graph file `graph_path` from `index`,
// atomically, stamped with `graph` (the graph file as this process wrote
// or read it: never what is at the path by now, which another process may
// have replaced); reports and returns false on failure. Standard output
// ("-") has no index file: true, nothing written.
bool WriteIndexFileFor(const std::string& graph_path, const TieIndex& index,
                       const FileIdentity& graph);

// Removes an index file left from an earlier graph at `graph_path`.
void RemoveIndexFileFor(const std::string& graph_path);

// --no-index, for the commands that write graph files.
Flag NoIndexFlag();

// After writing the graph file named by --output (`written`: its identity
// as written): its index file from `index`, or, with --no-index or no
// index (null), none (an older one is removed). Reports and returns false
// when writing fails.
bool UpdateIndexFile(const Args& args, const TieIndex* index, const FileIdentity& written);

// The filter flags: --relation, --cooperative, --hostile, --since, --until,
// --as-of, --min-evidence, --no-hedged.
std::vector<Flag> FilterFlags();
// Reads them; reports and returns false on a bad value (a usage error).
bool ParseFilter(const Args& args, TieFilter* filter);

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

// "Subject --relation--> Object" (or "--relation--" for symmetric ties).
std::string TieText(const TieIndex& index, uint32_t tie);
// The relation as seen from actor `from`: "visit ->" (from is the
// subject), "<- visit" (the object), "meet" (symmetric).
std::string RelationFrom(const TieIndex& index, uint32_t tie, uint32_t from);
// The quoted sentence and where it is from, indented.
std::string QuoteText(const IndexEvidence& e, const std::string& indent);

}  // namespace tahaluf::cli

#endif  // TAHALUF_TOOLS_ANALYTICS_CLI_H_
