// tahaluf build: articles, triple lines and graph files merged into one graph.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>
#include <string_view>

#include "analytics_cli.h"
#include "pipeline.h"
#include "progress.h"
#include "tahaluf/corpus.h"
#include "tahaluf/extract.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/tie_index.h"

namespace tahaluf::cli {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A .jsonl file whose first line is a triple (has "relation").
bool LooksLikeTriples(std::string_view bytes) {
  std::string_view first = bytes.substr(0, bytes.find('\n'));
  return first.find("\"relation\"") != std::string_view::npos &&
         first.find("\"subject\"") != std::string_view::npos;
}

// A file handed out a block of whole lines at a time (each block but the
// last ends with a newline), so that only about one block of it is in
// memory at once. A regular file is mapped, each block dropped from memory
// when the next is asked for; another (a pipe) is read into one buffer
// used again for every block.
class LineBlocks {
 public:
  explicit LineBlocks(size_t block_size) : block_size_(block_size) {}
  ~LineBlocks() {
    if (mapped_ != nullptr) munmap(mapped_, size_);
    if (fd_ >= 0) close(fd_);
  }
  LineBlocks(const LineBlocks&) = delete;
  LineBlocks& operator=(const LineBlocks&) = delete;

  // Fails as ReadFile does: a missing file, a directory.
  Status Open(const std::string& path) {
    path_ = path;
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      return Status(ErrorCode::kIo, path, std::string("cannot open: ") + std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) return Status(ErrorCode::kIo, path, "is a directory, not a file");
    fd_ = open(path.c_str(), O_RDONLY);
    if (fd_ < 0) {
      return Status(ErrorCode::kIo, path, std::string("cannot open: ") + std::strerror(errno));
    }
    if (fstat(fd_, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* m = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd_, 0);
      if (m != MAP_FAILED) {
        mapped_ = static_cast<char*>(m);
        size_ = static_cast<size_t>(st.st_size);
        madvise(mapped_, size_, MADV_SEQUENTIAL);
        return Status();
      }
    }
    capacity_ = block_size_;
    buffer_ = std::make_unique_for_overwrite<char[]>(capacity_);
    return Status();
  }

  // The next block in *block (valid until the next call); empty at the end.
  Status Next(std::string_view* block) {
    return mapped_ != nullptr ? NextMapped(block) : NextRead(block);
  }

 private:
  Status NextMapped(std::string_view* block) {
    // The pages wholly behind the new block go.
    const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    const size_t done = block_end_ / page * page;
    if (done > released_) {
      madvise(mapped_ + released_, done - released_, MADV_DONTNEED);
      released_ = done;
    }
    const std::string_view rest(mapped_ + block_end_, size_ - block_end_);
    size_t end = rest.size();
    if (rest.size() > block_size_) {
      const size_t newline = rest.find('\n', block_size_ - 1);
      if (newline != std::string_view::npos) end = newline + 1;
    }
    *block = rest.substr(0, end);
    block_end_ += end;
    return Status();
  }

  Status NextRead(std::string_view* block) {
    // What followed the last block's final newline comes first.
    std::memmove(buffer_.get(), buffer_.get() + block_end_, size_ - block_end_);
    size_ -= block_end_;
    block_end_ = 0;
    size_t searched = 0;
    for (;;) {
      while (!at_end_ && size_ < capacity_) {
        const ssize_t got = read(fd_, buffer_.get() + size_, capacity_ - size_);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return Status(ErrorCode::kIo, path_, "read error");
        at_end_ = got == 0;
        size_ += static_cast<size_t>(got);
      }
      std::string_view data(buffer_.get(), size_);
      const size_t newline = data.substr(searched).rfind('\n');
      if (at_end_) {
        block_end_ = size_;
      } else if (newline != std::string_view::npos) {
        block_end_ = searched + newline + 1;
      } else {
        // A line longer than the buffer: a larger one.
        searched = size_;
        auto larger = std::make_unique_for_overwrite<char[]>(capacity_ * 2);
        std::memcpy(larger.get(), buffer_.get(), size_);
        buffer_ = std::move(larger);
        capacity_ *= 2;
        continue;
      }
      *block = data.substr(0, block_end_);
      return Status();
    }
  }

  const size_t block_size_;
  std::string path_;
  int fd_ = -1;
  char* mapped_ = nullptr;  // the whole file, when mapped
  size_t released_ = 0;     // bytes of the mapping dropped from memory
  std::unique_ptr<char[]> buffer_;  // when read
  size_t capacity_ = 0;
  size_t size_ = 0;       // bytes of the file mapped, or in the buffer
  size_t block_end_ = 0;  // where the block handed out last ends
  bool at_end_ = false;
};

// A .jsonl file of triple lines staged a block at a time: the stager keeps
// copies of what it stages, so the file (which may be larger than the graph
// made from it) is never in memory whole. Returns false, having staged and
// reported nothing, when the file does not hold triple lines (a graph file
// or articles: the caller reads it whole); otherwise reports what went wrong
// (bad lines by line number, an unreadable file), counting it in *bad.
bool StageTripleFile(const std::string& path, TieIndexStager& stager, size_t* bad) {
  constexpr size_t kBlock = 64u << 20;
  LineBlocks blocks(kBlock);
  Status s = blocks.Open(path);
  std::string_view block;
  if (s.ok()) s = blocks.Next(&block);
  if (!s.ok()) {
    Report(s);
    ++*bad;
    return true;
  }
  if (LooksLikeGraphJson(block) || !LooksLikeTriples(block)) return false;
  size_t lines_before = 0;  // in the blocks already staged
  while (!block.empty()) {
    std::vector<Status> errors;
    stager.AddTripleLines(block, path, &errors);
    for (const Status& e : errors) {
      Report(Status(e.code(), e.source(), e.message(), e.line() + lines_before));
    }
    *bad += errors.size();
    lines_before += static_cast<size_t>(std::count(block.begin(), block.end(), '\n'));
    s = blocks.Next(&block);
    if (!s.ok()) {
      // The lines before stay staged.
      Report(s);
      ++*bad;
      break;
    }
  }
  return true;
}

int RunBuild(const Args& args) {
  if (args.positional.empty()) {
    Report("build: name at least one input (articles, .jsonl, triples or graph files)");
    return kExitUsage;
  }
  if (!args.Has("--output")) {
    Report("build: name the graph file to write with -o (or '-o -' for stdout)");
    return kExitUsage;
  }
  size_t jobs = 1;
  if (!ParseJobs(args, &jobs)) return kExitUsage;
  // Only triple lines and graph files: the streaming path, which indexes
  // them without the editable graph and writes the file in pieces (a
  // million triples, 577 MB of them, in about half a gigabyte).
  bool all_data = true;
  for (const std::string& path : args.positional) {
    all_data &= path != "-" && (EndsWith(path, ".json") || EndsWith(path, ".jsonl"));
  }
  if (all_data) {
    size_t bad = 0;
    std::vector<std::string> contents;
    contents.reserve(args.positional.size());
    TieIndexStager stager;
    for (const std::string& path : args.positional) {
      if (EndsWith(path, ".jsonl") && StageTripleFile(path, stager, &bad)) continue;
      // Graph files are read whole: the index refers to their bytes.
      std::string bytes;
      Status s = ReadFile(path, &bytes);
      if (!s.ok()) {
        Report(s);
        ++bad;
        continue;
      }
      contents.push_back(std::move(bytes));
      const std::string& c = contents.back();
      if (LooksLikeGraphJson(c)) {
        s = stager.AddGraphJson(c, path);
        if (!s.ok()) {
          Report(s);
          ++bad;
        }
      } else if (EndsWith(path, ".json")) {
        Report(Status(ErrorCode::kGraph, path, "not a tahaluf graph file; skipped"));
        ++bad;
      } else {
        all_data = false;  // articles after all: the full pipeline below
        break;
      }
    }
    if (all_data) {
      TieIndex index;
      Status s = stager.Finish(&index);
      if (!s.ok()) {
        Report(s);
        return kExitBadInput;
      }
      AtomicFileWriter out(args.Get("--output", "-"));
      FileIdentity written;
      s = out.Open();
      if (s.ok()) {
        WriteGraphJson(index, [&](std::string_view piece) { out.Write(piece); });
        s = out.Commit(&written);
      }
      if (!s.ok()) {
        Report(s);
        return kExitBadInput;
      }
      if (!UpdateIndexFile(args, &index, written)) ++bad;
      if (!args.Has("--quiet")) {
        std::cerr << "tahaluf: 0 document(s) -> " << index.num_nodes() << " actors, "
                  << index.num_ties() << " relations";
        if (bad) std::cerr << "; " << bad << " input(s) skipped";
        std::cerr << "\n";
      }
      return bad ? kExitBadInput : kExitOk;
    }
  }

  AllianceGraph graph;
  size_t bad = 0;
  std::vector<std::string> article_paths;
  // Graph files and triple files merge directly; articles go through the
  // pipeline.
  for (const std::string& path : args.positional) {
    bool maybe_data = path != "-" && (EndsWith(path, ".json") || EndsWith(path, ".jsonl"));
    if (!maybe_data) {
      article_paths.push_back(path);
      continue;
    }
    std::string bytes;
    Status s = ReadFile(path, &bytes);
    if (!s.ok()) {
      Report(s);
      ++bad;
      continue;
    }
    if (LooksLikeGraphJson(bytes)) {
      s = ReadGraphJson(bytes, path, &graph);
      if (!s.ok()) {
        Report(s);
        ++bad;
      }
    } else if (EndsWith(path, ".json")) {
      Report(Status(ErrorCode::kGraph, path, "not a tahaluf graph file; skipped"));
      ++bad;
    } else if (LooksLikeTriples(bytes)) {
      std::vector<Status> errors;
      ReadTripleLines(bytes, path, &graph, &errors);
      for (const Status& e : errors) Report(e);
      bad += errors.size();
    } else {
      article_paths.push_back(path);
    }
  }
  size_t ndocs = 0, skipped_knowledge = 0;
  if (!article_paths.empty()) {
    auto knowledge = LoadKnowledgeOrReport(args, &skipped_knowledge);
    if (!knowledge) return kExitBadInput;
    // Documents are read, extracted on `jobs` threads and added to the
    // graph in input order, a batch at a time (pipeline.h): the graph is
    // the one AddDocuments (corpus.h) makes on one thread.
    Progress progress("build", 0, args.Has("--quiet"));
    progress.SetUnit("documents");
    ndocs = ExtractInOrder<std::vector<Triple>>(
        article_paths, args, *knowledge, jobs,
        [](const Extractor& extractor, const Document& doc, std::vector<Triple>* triples) {
          *triples = extractor.Extract(doc).triples;
        },
        [&](const Document&, std::vector<Triple>& triples) {
          for (const Triple& t : triples) graph.AddTriple(t);
          std::vector<Triple>().swap(triples);
          progress.Advance();
        },
        &bad);
    progress.Finish();
  }
  const std::string json = GraphJson(graph);
  FileIdentity written;
  if (!WriteOutput(args, json, &written)) return kExitBadInput;
  // The index file is made from the graph file as written, so that it
  // holds exactly what reading the file would give.
  TieIndex index;
  if (Status s = IndexGraphJson(json, "graph", &index);
      !s.ok() || !UpdateIndexFile(args, &index, written)) {
    ++bad;
  }
  if (!args.Has("--quiet")) {
    std::cerr << "tahaluf: " << ndocs << " document(s) -> " << graph.num_nodes() << " actors, "
              << graph.num_edges() << " relations";
    if (bad) std::cerr << "; " << bad << " input(s) skipped";
    std::cerr << "\n";
  }
  // Said even with --quiet: the graph was made with part of the knowledge.
  if (skipped_knowledge) {
    Report(std::to_string(skipped_knowledge) + " knowledge row(s) skipped: " +
           args.Get("--output") + " was built without them");
  }
  return bad || skipped_knowledge ? kExitBadInput : kExitOk;
}

TAHALUF_COMMAND(Command{
    "build", "build [options] INPUT... -o GRAPH.json",
    "Merge articles (text, .jsonl), triple lines or graph files into one graph file.",
    {LexiconFlag(), OutputFlag(), JobsFlag(),
     {"--lang", true, "treat every article as 'ar' or 'en'"},
     {"--jsonl", false, "read standard input as JSON Lines articles"},
     NoIndexFlag(), QuietFlag()},
    RunBuild});

}  // namespace
}  // namespace tahaluf::cli
