#include "analytics_cli.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>

#include "tahaluf/files.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/resolve.h"
#include "tahaluf/tie_index_file.h"
#include "tahaluf/utf8.h"

namespace tahaluf::cli {

MappedFile::~MappedFile() {
  if (map_ != nullptr) munmap(map_, size_);
}

Status MappedFile::Open(const std::string& path, bool populate) {
  int fd = open(path.c_str(), O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    std::string why = fd < 0 ? std::strerror(errno) : "not a regular file";
    if (fd >= 0) close(fd);
    return Status(ErrorCode::kIo, path, "cannot read: " + why);
  }
  const size_t size = static_cast<size_t>(st.st_size);
  identity_ = FileIdentity{static_cast<uint64_t>(st.st_size),
                           int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec,
                           static_cast<uint64_t>(st.st_ino)};
  if (size > 0) {
    void* m = mmap(nullptr, size, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), fd, 0);
    if (m == MAP_FAILED) {
      close(fd);
      return Status(ErrorCode::kIo, path, std::string("cannot map: ") + std::strerror(errno));
    }
    map_ = m;
    size_ = size;
  }
  close(fd);
  return Status();
}

namespace {

std::optional<GraphFileStamp> StampOf(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return GraphFileStamp{static_cast<uint64_t>(st.st_size),
                        int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec,
                        static_cast<uint64_t>(st.st_ino)};
}

}  // namespace

std::string IndexFilePath(const std::string& graph_path) { return graph_path + ".tix"; }

bool WriteIndexFileFor(const std::string& graph_path, const TieIndex& index,
                       const FileIdentity& graph) {
  if (graph_path == "-") return true;
  const GraphFileStamp stamp{graph.size, graph.mtime_ns, graph.inode};
  AtomicFileWriter out(IndexFilePath(graph_path));
  Status s = out.Open();
  if (s.ok()) s = WriteTieIndexFile(index, stamp, [&](std::string_view piece) { out.Write(piece); });
  if (s.ok()) s = out.Commit();
  if (!s.ok()) Report(s);
  return s.ok();
}

void RemoveIndexFileFor(const std::string& graph_path) {
  if (graph_path != "-") std::remove(IndexFilePath(graph_path).c_str());
}

Flag NoIndexFlag() {
  return {"--no-index", false, "do not write GRAPH.tix, the index file the analytics commands load"};
}

bool UpdateIndexFile(const Args& args, const TieIndex* index, const FileIdentity& written) {
  const std::string out = args.Get("--output", "-");
  if (args.Has("--no-index") || index == nullptr) {
    RemoveIndexFileFor(out);
    return true;
  }
  return WriteIndexFileFor(out, *index, written);
}

bool LoadedGraph::Load(const std::string& path) {
  path_ = path == "-" ? "stdin" : path;
  from_index_file_ = false;
  if (path == "-") {
    Status s = ReadFile(path, &stdin_bytes_);
    if (!s.ok()) {
      Report(s);
      return false;
    }
    s = IndexGraphJson(stdin_bytes_, path_, &index_);
    if (!s.ok()) Report(s);
    return s.ok();
  }
  // The index file, while it describes the graph file as it is now.
  std::optional<GraphFileStamp> stamp = StampOf(path);
  const std::string tix = IndexFilePath(path);
  if (stamp && StampOf(tix)) {
    MappedFile index_map;
    Status s = index_map.Open(tix, /*populate=*/false);
    if (s.ok()) s = ReadTieIndexFile(index_map.bytes(), tix, stamp, &index_);
    if (s.ok()) {
      map_ = std::move(index_map);
      from_index_file_ = true;
      return true;
    }
    std::cerr << "tahaluf: note: " << s.ToString() << "; reading " << path
              << " instead (`tahaluf index " << path << "` renews the index file)\n";
  }
  Status s = map_.Open(path, /*populate=*/true);
  if (s.ok()) {
    madvise(const_cast<char*>(map_.bytes().data()), map_.bytes().size(), MADV_SEQUENTIAL);
    s = IndexGraphJson(map_.bytes(), path_, &index_);
  }
  if (!s.ok()) Report(s);
  return s.ok();
}

std::vector<Flag> FilterFlags() {
  return {
      {"--relation", true, "only these relations (comma-separated names)"},
      {"--cooperative", false, "only cooperative ties"},
      {"--hostile", false, "only hostile ties"},
      {"--since", true, "only evidence dated on or after DATE (YYYY[-MM[-DD]])"},
      {"--until", true, "only evidence dated on or before DATE"},
      {"--as-of", true, "the graph as known on DATE: the latest polarity per pair stands"},
      {"--min-evidence", true, "only ties with at least N pieces of evidence passing (default 1)"},
      {"--no-hedged", false, "leave out hedged evidence"},
  };
}

bool ParseFilter(const Args& args, TieFilter* filter) {
  if (args.Has("--relation")) {
    std::stringstream names(args.Get("--relation"));
    std::string name;
    while (std::getline(names, name, ',')) {
      const RelationInfo* r = FindRelation(name);
      if (r == nullptr) {
        std::string known;
        for (const RelationInfo& x : Relations()) known += (known.empty() ? "" : ", ") + std::string(x.name);
        Report("--relation: unknown relation '" + name + "' (known: " + known + ")");
        return false;
      }
      filter->relations.push_back(r);
    }
    if (filter->relations.empty()) {
      Report("--relation: name at least one relation");
      return false;
    }
  }
  if (args.Has("--cooperative") && args.Has("--hostile")) {
    Report("--cooperative and --hostile exclude each other");
    return false;
  }
  if (args.Has("--cooperative")) filter->polarity = Polarity::kCooperative;
  if (args.Has("--hostile")) filter->polarity = Polarity::kHostile;
  struct DateFlag {
    const char* name;
    bool as_end;
    Day* slot;
  };
  for (const DateFlag& d : {DateFlag{"--since", false, &filter->since},
                            DateFlag{"--until", true, &filter->until},
                            DateFlag{"--as-of", true, &filter->as_of}}) {
    if (!args.Has(d.name)) continue;
    std::optional<Day> day = ParseDay(args.Get(d.name), d.as_end);
    if (!day) {
      Report(std::string(d.name) + " takes a date YYYY, YYYY-MM or YYYY-MM-DD, not '" +
             args.Get(d.name) + "'");
      return false;
    }
    *d.slot = *day;
  }
  if (filter->since != kUndated && filter->until != kUndated && filter->since > filter->until) {
    Report("--since is after --until");
    return false;
  }
  size_t min_evidence = 1;
  if (!ParseCount(args, "--min-evidence", 1, &min_evidence)) return false;
  filter->min_evidence = static_cast<uint32_t>(std::max<size_t>(1, min_evidence));
  filter->skip_hedged = args.Has("--no-hedged");
  return true;
}

bool ResolveOrReport(const LoadedGraph& graph, const std::string& name, uint32_t* out) {
  NameMatch m = ResolveActor(graph.index(), name);
  if (m.vertex) {
    *out = static_cast<uint32_t>(*m.vertex);
    return true;
  }
  std::string msg = "no actor called '" + name + "' in " + graph.path();
  if (!m.suggestions.empty()) {
    msg += "; closest: ";
    for (size_t i = 0; i < m.suggestions.size(); ++i) msg += (i ? ", " : "") + m.suggestions[i];
  }
  Report(msg);
  return false;
}

std::string ActorLabel(const TieIndex& index, uint32_t v) {
  const IndexNode& n = index.node(v);
  if (n.name == n.id) return std::string(n.id);
  return std::string(n.name) + " (" + std::string(n.id) + ")";
}

namespace {

}  // namespace

std::string Table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> widths;
  for (const auto& row : rows) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], CountCodePoints(row[c]));
  }
  std::string out;
  for (size_t r = 0; r < rows.size(); ++r) {
    std::string line;
    for (size_t c = 0; c < rows[r].size(); ++c) {
      line += rows[r][c];
      if (c + 1 < rows[r].size()) line += std::string(widths[c] - CountCodePoints(rows[r][c]) + 2, ' ');
    }
    out += line + "\n";
    if (r == 0) {
      std::string rule;
      for (size_t c = 0; c < widths.size(); ++c) {
        rule += std::string(widths[c], '-');
        if (c + 1 < widths.size()) rule += "  ";
      }
      out += rule + "\n";
    }
  }
  return out;
}

std::string FormatNumber(double value, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string TieText(const TieIndex& index, uint32_t tie) {
  const Tie& t = index.tie(tie);
  return std::string(index.node(t.source).name) + " --" + std::string(t.relation->name) +
         (t.relation->symmetric ? "-- " : "--> ") + std::string(index.node(t.target).name);
}

std::string RelationFrom(const TieIndex& index, uint32_t tie, uint32_t from) {
  const Tie& t = index.tie(tie);
  std::string name(t.relation->name);
  if (t.relation->symmetric) return name;
  return t.source == from ? name + " ->" : "<- " + name;
}

std::string QuoteText(const IndexEvidence& e, const std::string& indent) {
  std::string where = std::string(e.doc);
  if (!e.date.empty()) where += ", " + std::string(e.date);
  where += ", sentence " + std::to_string(e.sentence) + ", bytes " + std::to_string(e.start) +
           "-" + std::to_string(e.end);
  if (e.hedged) where += ", hedged";
  return indent + "\"" + std::string(e.text) + "\"\n" + indent + "(" + where + ")\n";
}

}  // namespace tahaluf::cli
