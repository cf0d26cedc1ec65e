// tahaluf export: a graph file in a format other tools read (DOT, JSON,
// GraphML, GEXF, node-link JSON, a Neo4j import folder, event rows), or a
// rendered picture (kept for scripts written before `render`).
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <set>

#include "cli.h"
#include "focus_flags.h"
#include "tahaluf/export.h"
#include "tahaluf/focus.h"
#include "tahaluf/formats.h"
#include "tahaluf/graph_io.h"

namespace tahaluf::cli {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

Status FolderError(const std::string& path, const std::string& what) {
  return Status(ErrorCode::kIo, path, what);
}

// Removes a folder holding only plain files.
void RemoveFolder(const std::string& dir) {
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name != "." && name != "..") std::remove((dir + "/" + name).c_str());
    }
    closedir(d);
  }
  rmdir(dir.c_str());
}

// Writes `files` into the folder `path` all at once: into a fresh folder
// beside it, then swapped in with one rename, so readers see the old set
// or the new one, never a mix. An existing folder is replaced only when it
// holds nothing but files of the same names (an earlier export).
Status WriteFolderAtomically(const std::string& path, const Files& files) {
  if (path.empty() || path == "-") {
    return FolderError("neo4j", "writes a folder: name it with -o DIR");
  }
  std::set<std::string> ours;
  for (const auto& f : files) ours.insert(f.first);
  struct stat st;
  bool exists = stat(path.c_str(), &st) == 0;
  if (exists && !S_ISDIR(st.st_mode)) {
    return FolderError(path, "exists and is not a folder; not replacing it");
  }
  if (exists) {
    DIR* d = opendir(path.c_str());
    if (d == nullptr) return FolderError(path, std::string("cannot read: ") + std::strerror(errno));
    std::string stranger;
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name != "." && name != ".." && !ours.count(name)) stranger = name;
    }
    closedir(d);
    if (!stranger.empty()) {
      return FolderError(path, "holds other files (" + stranger +
                                   "); not replacing it: name a new or empty folder");
    }
  }
  std::string tmp = path + ".tmp." + std::to_string(getpid());
  RemoveFolder(tmp);
  if (mkdir(tmp.c_str(), 0777) != 0) {
    return FolderError(tmp, std::string("cannot create: ") + std::strerror(errno));
  }
  for (const auto& [name, content] : files) {
    Status s = WriteFileAtomically(tmp + "/" + name, content);
    if (!s.ok()) {
      RemoveFolder(tmp);
      return s;
    }
  }
  if (!exists) {
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
      std::string why = std::strerror(errno);
      RemoveFolder(tmp);
      return FolderError(path, "cannot write: " + why);
    }
    return Status();
  }
  // Swap the new folder in; the old one ends up at `tmp` and goes.
  if (renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) != 0) {
    // File systems without RENAME_EXCHANGE: move the old folder aside first.
    std::string old = path + ".old." + std::to_string(getpid());
    if (std::rename(path.c_str(), old.c_str()) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
      std::string why = std::strerror(errno);
      RemoveFolder(tmp);
      return FolderError(path, "cannot replace: " + why);
    }
    RemoveFolder(old);
    return Status();
  }
  RemoveFolder(tmp);
  return Status();
}

const char kFormats[] = "dot, json, graphml, gexf, node-link, neo4j, events (or svg, png, pdf)";

int RunExport(const Args& args) {
  std::vector<std::string> positional = args.positional;
  FocusOptions focus;
  DotOptions dot;
  if (!ParseFocusFlags(args, &positional, &focus, &dot)) return kExitUsage;
  if (positional.size() != 1) {
    Report("export: name one graph file");
    return kExitUsage;
  }
  std::string name = args.Get("--format", "dot");
  std::optional<ExportFormat> format = ParseExportFormat(name);
  bool picture = name == "svg" || name == "png" || name == "pdf";
  if (!format && !picture) {
    Report("--format must be one of " + std::string(kFormats));
    return kExitUsage;
  }
  if (format == ExportFormat::kNeo4j && args.Get("--output", "-") == "-") {
    Report("export --format neo4j writes a folder: name it with -o DIR");
    return kExitUsage;
  }
  AllianceGraph graph, part;
  if (int rc = LoadFocused(positional[0], focus, &graph, &part); rc != kExitOk) return rc;
  Status s;
  std::string out;
  if (picture) {
    std::vector<std::string> warnings;
    s = Render(part, dot, name, &out, &warnings);
    if (!args.Has("--quiet")) {
      for (const std::string& w : warnings) Report("graphviz: " + w);
    }
  } else {
    switch (*format) {
      case ExportFormat::kDot:
        dot.legend = false;  // data for other tools: no legend label
        s = WriteDot(part, dot, &out);
        break;
      case ExportFormat::kJson: out = GraphJson(part); break;
      case ExportFormat::kGraphMl: out = GraphMl(part); break;
      case ExportFormat::kGexf: out = Gexf(part); break;
      case ExportFormat::kNodeLink: out = NodeLinkJson(part); break;
      case ExportFormat::kEvents: out = EventsTsv(part); break;
      case ExportFormat::kNeo4j: {
        s = WriteFolderAtomically(args.Get("--output"), Neo4jCsv(part).files);
        if (!s.ok()) {
          Report(s);
          return kExitBadInput;
        }
        return kExitOk;
      }
    }
  }
  if (!s.ok()) {
    Report(s);
    return s.code() == ErrorCode::kUsage ? kExitUsage : kExitBadInput;
  }
  return WriteOutput(args, out) ? kExitOk : kExitBadInput;
}

std::vector<Flag> ExportFlags() {
  std::vector<Flag> flags = {OutputFlag(),
                             {"--format", true, std::string(kFormats) + "; default dot"},
                             QuietFlag()};
  for (Flag& f : FocusFlags()) flags.push_back(std::move(f));
  return flags;
}

TAHALUF_COMMAND(Command{
    "export", "export GRAPH.json --format FORMAT [-o PATH] [focus options]",
    "Write a graph for other tools: dot (Graphviz), json (tahaluf), graphml (networkx, Gephi, "
    "Cytoscape), gexf (Gephi, with dates), node-link (networkx, d3), neo4j (a folder of "
    "bulk-import CSV), events (one TSV row per piece of evidence, GDELT/ICEWS style).",
    ExportFlags(), RunExport});

}  // namespace
}  // namespace tahaluf::cli
