#include "cli.h"

#include <sys/stat.h>

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <iostream>

#include "tahaluf/graph_io.h"
#include "tahaluf/names.h"

namespace tahaluf::cli {

bool Args::Has(const std::string& s) const {
  for (const std::string& x : switches) {
    if (x == s) return true;
  }
  return values.count(s) > 0;
}

std::string Args::Get(const std::string& flag, const std::string& fallback) const {
  auto it = values.find(flag);
  return it == values.end() ? fallback : it->second;
}

std::map<std::string, Command>& Registry() {
  static std::map<std::string, Command> commands;
  return commands;
}

Registrar::Registrar(Command c) {
  std::string name = c.name;
  Registry().emplace(name, std::move(c));
}

bool ParseArgs(const Command& cmd, int argc, char** argv, int first, Args* out) {
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      for (++i; i < argc; ++i) out->positional.push_back(argv[i]);
      break;
    }
    if (a.size() < 2 || a[0] != '-' || a == "-") {
      out->positional.push_back(a);
      continue;
    }
    std::string name = a, value;
    bool has_value = false;
    size_t eq = a.find('=');
    if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      has_value = true;
    }
    if (name == "-o") name = "--output";
    if (name == "-j") name = "--jobs";
    if (name.size() > 2 && name.rfind("-j", 0) == 0 && name[2] != '-') {  // -j4
      value = name.substr(2);
      name = "--jobs";
      has_value = true;
    }
    const Flag* flag = nullptr;
    for (const Flag& f : cmd.flags) {
      if (f.name == name) flag = &f;
    }
    if (flag == nullptr) {
      std::cerr << "tahaluf " << cmd.name << ": unknown option '" << name
                << "' (see tahaluf " << cmd.name << " --help)\n";
      return false;
    }
    if (flag->takes_value) {
      if (!has_value) {
        if (i + 1 >= argc) {
          std::cerr << "tahaluf " << cmd.name << ": option '" << name << "' needs a value\n";
          return false;
        }
        value = argv[++i];
      }
      out->values[name] = value;
    } else {
      if (has_value) {
        std::cerr << "tahaluf " << cmd.name << ": option '" << name << "' takes no value\n";
        return false;
      }
      out->switches.push_back(name);
    }
  }
  return true;
}

void PrintHelp(const Command& cmd) {
  std::cout << "usage: tahaluf " << cmd.usage << "\n\n" << cmd.summary << "\n";
  if (!cmd.flags.empty()) std::cout << "\noptions:\n";
  for (const Flag& f : cmd.flags) {
    std::string left = "  " + f.name + (f.takes_value ? " VALUE" : "");
    if (f.name == "--output") left = "  -o, --output PATH";
    if (f.name == "--jobs") left = "  -j, --jobs N";
    std::cout << left;
    for (size_t k = left.size(); k < 26; ++k) std::cout << ' ';
    std::cout << " " << f.help << "\n";
  }
  std::cout << "  --help                    show this help\n";
}

Flag LexiconFlag() {
  return {"--lexicon", true, "knowledge directory (default: $TAHALUF_DATA or the bundled data/)"};
}
Flag OutputFlag() { return {"--output", true, "write to PATH (atomically) instead of stdout"}; }
Flag QuietFlag() { return {"--quiet", false, "report nothing but errors"}; }

bool ParseCount(const Args& args, const std::string& flag, size_t fallback, size_t* out) {
  *out = fallback;
  if (!args.Has(flag)) return true;
  const std::string v = args.Get(flag);
  size_t n = 0;
  const auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || !std::isdigit(static_cast<unsigned char>(v[0])) || error != std::errc() ||
      end != v.data() + v.size() || n > kMaxCount) {
    Report(flag + " takes a whole number from 0 to " + std::to_string(kMaxCount) + ", not '" + v +
           "'");
    return false;
  }
  *out = n;
  return true;
}

bool NamesAnActor(const std::string& what, const std::string& name) {
  if (!NameKey(name).empty()) return true;
  Report(what + " '" + name + "' names no actor");
  return false;
}

void Report(const Status& s) { std::cerr << "tahaluf: " << s.ToString() << "\n"; }
void Report(const std::string& message) { std::cerr << "tahaluf: " << message << "\n"; }

namespace {

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string DataDir(const Args& args) {
  std::string d = args.Get("--lexicon");
  if (!d.empty()) return d;
  if (const char* env = std::getenv("TAHALUF_DATA"); env && *env) return env;
  if (IsDir(TAHALUF_DATA_DIR_BUILD)) return TAHALUF_DATA_DIR_BUILD;
  return TAHALUF_DATA_DIR_INSTALL;
}

}  // namespace

std::unique_ptr<Knowledge> LoadKnowledgeOrReport(const Args& args, size_t* problem_count) {
  auto k = std::make_unique<Knowledge>();
  std::vector<Status> problems;
  Status s = LoadKnowledge(DataDir(args), k.get(), &problems);
  if (!s.ok()) {
    Report(s);
    return nullptr;
  }
  for (const Status& p : problems) Report(p);
  *problem_count += problems.size();
  return k;
}

const Knowledge& KeepUntilExit(std::unique_ptr<Knowledge> knowledge) {
  // (Pointers in static storage, the list's too: nothing of it is destroyed
  // at exit, and all of it stays reachable for LeakSanitizer.)
  static std::vector<Knowledge*>* const kept = new std::vector<Knowledge*>;
  kept->push_back(knowledge.release());
  return *kept->back();
}

std::vector<Document> ReadDocuments(const std::vector<std::string>& paths, const Args& args,
                                    size_t* bad) {
  DocumentReadOptions options;
  options.lang = args.Get("--lang");
  options.stdin_jsonl = args.Has("--jsonl");
  std::vector<Document> docs;
  std::vector<Status> errors;
  tahaluf::ReadDocuments(paths, options, &docs, &errors);
  for (const Status& e : errors) Report(e);
  *bad += errors.size();
  return docs;
}

bool WriteOutput(const Args& args, const std::string& content, FileIdentity* written) {
  Status s = WriteFileAtomically(args.Get("--output", "-"), content, written);
  if (!s.ok()) Report(s);
  return s.ok();
}

bool LoadGraph(const std::string& path, AllianceGraph* graph) {
  std::string bytes;
  Status s = ReadFile(path, &bytes);
  if (s.ok()) s = ReadGraphJson(bytes, path == "-" ? "stdin" : path, graph);
  if (!s.ok()) Report(s);
  return s.ok();
}

}  // namespace tahaluf::cli
