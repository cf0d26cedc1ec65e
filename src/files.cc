#include "tahaluf/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <utility>

namespace tahaluf {

Status ReadFile(const std::string& path, std::string* out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return Status();
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    return Status(ErrorCode::kIo, path, std::string("cannot open: ") + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) {
    return Status(ErrorCode::kIo, path, "is a directory, not a file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIo, path, std::string("cannot open: ") + std::strerror(errno));
  // (In blocks, not a character at a time through an iterator.)
  out->clear();
  if (S_ISREG(st.st_mode)) out->reserve(static_cast<size_t>(st.st_size));
  char block[1 << 16];
  while (in.read(block, sizeof block), in.gcount() > 0) out->append(block, static_cast<size_t>(in.gcount()));
  if (in.bad()) return Status(ErrorCode::kIo, path, "read error");
  return Status();
}

namespace {

// The temporary files of the AtomicFileWriters still open, for the signal
// handler: slots of heap copies of their names, read with nothing but
// atomic loads and unlink(2), which a signal handler may call.
constexpr int kTemporarySlots = 16;
std::atomic<char*> temporary_files[kTemporarySlots];

char* RegisterTemporaryFile(const std::string& path) {
  char* copy = strdup(path.c_str());
  for (std::atomic<char*>& slot : temporary_files) {
    char* empty = nullptr;
    if (slot.compare_exchange_strong(empty, copy)) return copy;
  }
  std::free(copy);  // all taken: this one is not removed on a signal
  return nullptr;
}

void UnregisterTemporaryFile(char* copy) {
  if (copy == nullptr) return;
  for (std::atomic<char*>& slot : temporary_files) {
    char* mine = copy;
    if (slot.compare_exchange_strong(mine, nullptr)) break;
  }
  std::free(copy);
}

extern "C" void RemoveTemporaryFilesAndDie(int sig) {
  for (std::atomic<char*>& slot : temporary_files) {
    if (char* p = slot.load()) unlink(p);
  }
  // SA_RESETHAND put the default action back: the process ends by `sig`.
  raise(sig);
}

// `path` with symbolic links followed to the file they lead to (which may
// not exist yet), relative links taken from the link's folder.
std::string FollowLinks(std::string path) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st;
    if (lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
    std::string link(static_cast<size_t>(st.st_size) + 1, '\0');
    const ssize_t n = readlink(path.c_str(), link.data(), link.size());
    if (n <= 0 || static_cast<size_t>(n) >= link.size()) return path;
    link.resize(static_cast<size_t>(n));
    const size_t slash = path.find_last_of('/');
    path = link[0] == '/' || slash == std::string::npos ? link : path.substr(0, slash + 1) + link;
  }
  return path;  // a loop of links: rename fails on it and says so
}

}  // namespace

void InstallTemporaryFileCleanup() {
  for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGXFSZ}) {
    struct sigaction old;
    if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) continue;
    struct sigaction action {};
    action.sa_handler = RemoveTemporaryFilesAndDie;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(sig, &action, nullptr);
  }
}

Status WriteFileAtomically(const std::string& path, const std::string& content,
                           FileIdentity* written) {
  AtomicFileWriter out(path);
  Status s = out.Open();
  if (!s.ok()) return s;
  out.Write(content);
  return out.Commit(written);
}

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(std::move(path)) {}

AtomicFileWriter::~AtomicFileWriter() {
  if (file_ != nullptr && file_ != stdout) {
    std::fclose(file_);
    std::remove(tmp_.c_str());
  }
  UnregisterTemporaryFile(registered_);
}

Status AtomicFileWriter::Open() {
  if (path_ == "-") {
    file_ = stdout;
    return Status();
  }
  target_ = FollowLinks(path_);
  tmp_ = target_ + ".tmp." + std::to_string(getpid());
  registered_ = RegisterTemporaryFile(tmp_);
  const int fd = open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    const std::string why = std::strerror(errno);
    UnregisterTemporaryFile(std::exchange(registered_, nullptr));
    return Status(ErrorCode::kIo, path_, "cannot write: " + why);
  }
  // The file replaced keeps its permissions.
  struct stat st;
  if (stat(target_.c_str(), &st) == 0 && S_ISREG(st.st_mode)) fchmod(fd, st.st_mode & 07777);
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    close(fd);
    std::remove(tmp_.c_str());
    UnregisterTemporaryFile(std::exchange(registered_, nullptr));
    return Status(ErrorCode::kIo, path_, "cannot write: out of memory");
  }
  return Status();
}

void AtomicFileWriter::Write(std::string_view piece) {
  if (file_ != nullptr && ok_ && !piece.empty()) {
    ok_ = std::fwrite(piece.data(), 1, piece.size(), file_) == piece.size();
  }
}

Status AtomicFileWriter::Commit(FileIdentity* written) {
  if (file_ == stdout) {
    std::fflush(stdout);
    file_ = nullptr;
    return ok_ ? Status() : Status(ErrorCode::kIo, "stdout", "write error");
  }
  bool ok = ok_ && file_ != nullptr && std::fflush(file_) == 0;
  // The identity of what this writer wrote, taken before the rename: once
  // renamed, the path may already name another writer's file.
  struct stat st;
  ok = ok && fstat(fileno(file_), &st) == 0;
  if (ok && written != nullptr) {
    *written = FileIdentity{static_cast<uint64_t>(st.st_size),
                            int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec,
                            static_cast<uint64_t>(st.st_ino)};
  }
  ok = file_ != nullptr && std::fclose(file_) == 0 && ok;
  file_ = nullptr;
  if (!ok || std::rename(tmp_.c_str(), target_.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(tmp_.c_str());
    UnregisterTemporaryFile(std::exchange(registered_, nullptr));
    return Status(ErrorCode::kIo, path_, "cannot write: " + why);
  }
  UnregisterTemporaryFile(std::exchange(registered_, nullptr));
  return Status();
}

namespace {

bool IsJsonLinesPath(const std::string& path, const DocumentReadOptions& options) {
  return path == "-" ? options.stdin_jsonl
                     : path.size() >= 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0;
}

}  // namespace

DocumentReader::DocumentReader(std::vector<std::string> paths, DocumentReadOptions options)
    : paths_(std::move(paths)), options_(std::move(options)) {}

DocumentReader::~DocumentReader() { Close(); }

void DocumentReader::Close() {
  if (fd_ > 0) close(fd_);  // standard input (0) stays open
  fd_ = -1;
  buffer_.clear();
  buffer_.shrink_to_fit();
  handed_ = 0;
}

Status DocumentReader::NextLines(size_t batch_bytes, std::string_view* block) {
  const std::string& path = paths_[next_path_ - 1];
  buffer_.erase(0, handed_);
  handed_ = 0;
  size_t want = std::max<size_t>(batch_bytes, 1u << 16);
  size_t searched = 0;  // bytes of buffer_ known to hold no newline
  for (;;) {
    while (!at_end_ && buffer_.size() < want) {
      const size_t have = buffer_.size();
      buffer_.resize(have + std::max<size_t>(std::min<size_t>(want - have, 1u << 20), 1u << 16));
      const ssize_t got = read(fd_, buffer_.data() + have, buffer_.size() - have);
      if (got < 0 && errno == EINTR) {
        buffer_.resize(have);
        continue;
      }
      buffer_.resize(have + static_cast<size_t>(std::max<ssize_t>(got, 0)));
      if (got < 0) return Status(ErrorCode::kIo, path, "read error");
      at_end_ = got == 0;
    }
    if (at_end_) {
      handed_ = buffer_.size();
      break;
    }
    const size_t newline = buffer_.rfind('\n');
    if (newline != std::string::npos && newline >= searched) {
      handed_ = newline + 1;
      break;
    }
    // A line longer than the block: read on.
    searched = buffer_.size();
    want = std::max(want, buffer_.size() * 2);
  }
  *block = std::string_view(buffer_).substr(0, handed_);
  return Status();
}

bool DocumentReader::Next(size_t batch_bytes, std::vector<Document>* docs,
                          std::vector<Status>* errors) {
  const size_t first = docs->size();
  size_t taken = 0;  // input bytes in this batch
  bool any = false;
  while (taken < batch_bytes || !any) {
    if (fd_ < 0) {
      if (next_path_ == paths_.size()) break;
      const std::string& path = paths_[next_path_++];
      const std::string origin = path == "-" ? "stdin" : path;
      any = true;
      if (!IsJsonLinesPath(path, options_)) {
        std::string bytes;
        Status s = ReadFile(path, &bytes);
        if (!s.ok()) {
          errors->push_back(std::move(s));
          continue;
        }
        taken += bytes.size();
        Document doc;
        s = ParseTextDocument(origin, std::move(bytes), &doc);
        if (!s.ok()) {
          errors->push_back(std::move(s));
          continue;
        }
        if (path == "-") doc.id = "stdin";
        docs->push_back(std::move(doc));
        continue;
      }
      if (path == "-") {
        fd_ = 0;
      } else {
        struct stat st;
        if (stat(path.c_str(), &st) != 0) {
          errors->emplace_back(ErrorCode::kIo, path, std::string("cannot open: ") + std::strerror(errno));
          continue;
        }
        if (S_ISDIR(st.st_mode)) {
          errors->emplace_back(ErrorCode::kIo, path, "is a directory, not a file");
          continue;
        }
        fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) {
          errors->emplace_back(ErrorCode::kIo, path, std::string("cannot open: ") + std::strerror(errno));
          continue;
        }
      }
      block_line_ = 1;
      block_offset_ = 0;
      at_end_ = false;
    }
    const std::string origin = paths_[next_path_ - 1] == "-" ? "stdin" : paths_[next_path_ - 1];
    std::string_view block;
    Status s = NextLines(batch_bytes > taken ? batch_bytes - taken : 0, &block);
    any = true;
    if (!s.ok()) {
      errors->push_back(std::move(s));
      Close();
      continue;
    }
    if (block.empty()) {
      Close();
      continue;
    }
    ParseJsonLines(origin, block, docs, errors, block_line_, block_offset_);
    block_line_ += static_cast<size_t>(std::count(block.begin(), block.end(), '\n'));
    block_offset_ += block.size();
    taken += block.size();
  }
  if (!options_.lang.empty()) {
    for (size_t i = first; i < docs->size(); ++i) (*docs)[i].lang = options_.lang;
  }
  return any;
}

void ReadDocuments(const std::vector<std::string>& paths, const DocumentReadOptions& options,
                   std::vector<Document>* docs, std::vector<Status>* errors) {
  DocumentReader reader(paths, options);
  while (reader.Next(SIZE_MAX, docs, errors)) {
  }
}

Status LoadKnowledge(const std::string& dir, Knowledge* out, std::vector<Status>* problems) {
  std::string content[7];
  const char* names[7] = {"countries.tsv", "actors.tsv", "roles.tsv", "titles.tsv", "cues.tsv",
                          "words.tsv", "constructions.tsv"};
  for (int i = 0; i < 7; ++i) {
    Status s = ReadFile(dir + "/" + names[i], &content[i]);
    if (!s.ok()) return s;
  }
  auto src = [&](int i) { return dir + "/" + names[i]; };
  out->lexicon.AddIcuCountries();
  out->lexicon.AddCountries(content[0], src(0), problems);
  out->lexicon.AddActors(content[1], src(1), problems);
  out->lexicon.AddRoles(content[2], src(2), problems);
  out->lexicon.AddTitles(content[3], src(3), problems);
  out->lexicon.Finalize();
  out->grammar.words.Add(content[5], src(5), problems);
  out->grammar.cues.Add(content[4], src(4), problems);
  out->grammar.constructions.Add(content[6], src(6), problems);
  return Status();
}

}  // namespace tahaluf
