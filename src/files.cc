#include "tahaluf/files.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

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
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status(ErrorCode::kIo, path, "read error");
  return Status();
}

Status WriteFileAtomically(const std::string& path, const std::string& content) {
  if (path == "-") {
    std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    std::cout.flush();
    return std::cout ? Status() : Status(ErrorCode::kIo, "stdout", "write error");
  }
  std::string tmp = path + ".tmp." + std::to_string(getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) {
    return Status(ErrorCode::kIo, path, std::string("cannot write: ") + std::strerror(errno));
  }
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  ok = (std::fflush(f) == 0) && ok;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(tmp.c_str());
    return Status(ErrorCode::kIo, path, "cannot write: " + why);
  }
  return Status();
}

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(std::move(path)) {}

AtomicFileWriter::~AtomicFileWriter() {
  if (file_ != nullptr && file_ != stdout) {
    std::fclose(file_);
    std::remove(tmp_.c_str());
  }
}

Status AtomicFileWriter::Open() {
  if (path_ == "-") {
    file_ = stdout;
    return Status();
  }
  tmp_ = path_ + ".tmp." + std::to_string(getpid());
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (file_ == nullptr) {
    return Status(ErrorCode::kIo, path_, std::string("cannot write: ") + std::strerror(errno));
  }
  return Status();
}

void AtomicFileWriter::Write(std::string_view piece) {
  if (file_ != nullptr && ok_) ok_ = std::fwrite(piece.data(), 1, piece.size(), file_) == piece.size();
}

Status AtomicFileWriter::Commit() {
  if (file_ == stdout) {
    std::fflush(stdout);
    file_ = nullptr;
    return ok_ ? Status() : Status(ErrorCode::kIo, "stdout", "write error");
  }
  bool ok = ok_ && file_ != nullptr && std::fflush(file_) == 0;
  ok = file_ != nullptr && std::fclose(file_) == 0 && ok;
  file_ = nullptr;
  if (!ok || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(tmp_.c_str());
    return Status(ErrorCode::kIo, path_, "cannot write: " + why);
  }
  return Status();
}

void ReadDocuments(const std::vector<std::string>& paths, const DocumentReadOptions& options,
                   std::vector<Document>* docs, std::vector<Status>* errors) {
  for (const std::string& path : paths) {
    std::string bytes;
    Status s = ReadFile(path, &bytes);
    if (!s.ok()) {
      errors->push_back(std::move(s));
      continue;
    }
    const size_t before = docs->size();
    const std::string origin = path == "-" ? "stdin" : path;
    const bool jsonl = path == "-" ? options.stdin_jsonl
                                   : path.size() >= 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0;
    if (jsonl) {
      ParseJsonLines(origin, bytes, docs, errors);
    } else {
      Document doc;
      s = ParseTextDocument(origin, std::move(bytes), &doc);
      if (!s.ok()) {
        errors->push_back(std::move(s));
        continue;
      }
      if (path == "-") doc.id = "stdin";
      docs->push_back(std::move(doc));
    }
    if (!options.lang.empty()) {
      for (size_t i = before; i < docs->size(); ++i) (*docs)[i].lang = options.lang;
    }
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
