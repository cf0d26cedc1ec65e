// The tahaluf command-line tool: shared plumbing for the subcommands. Each
// subcommand lives in its own tools/cmd_*.cc and registers itself in the
// command table with a TAHALUF_COMMAND line, so adding one touches no other
// file. The CLI stays thin: it parses flags, reads inputs, calls the
// library, writes outputs. Exit status: 0 all went well, 1 some input was
// bad (reported, skipped, the rest done), 2 usage error.
#ifndef TAHALUF_TOOLS_CLI_H_
#define TAHALUF_TOOLS_CLI_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tahaluf/document.h"
#include "tahaluf/files.h"
#include "tahaluf/graph.h"
#include "tahaluf/status.h"

namespace tahaluf::cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

// Parsed arguments: flags (with or without values) and positionals.
struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;  // --flag VALUE / --flag=VALUE
  std::vector<std::string> switches;          // --flag
  bool Has(const std::string& s) const;
  std::string Get(const std::string& flag, const std::string& fallback = "") const;
};

// A flag a command takes: name (with dashes), whether it takes a value, help.
struct Flag {
  std::string name;
  bool takes_value;
  std::string help;
};

struct Command {
  std::string name;
  std::string usage;     // "extract [options] FILE..."
  std::string summary;   // one line
  std::vector<Flag> flags;
  std::function<int(const Args&)> run;
};

std::map<std::string, Command>& Registry();
struct Registrar {
  explicit Registrar(Command c);
};
#define TAHALUF_CONCAT2(a, b) a##b
#define TAHALUF_CONCAT(a, b) TAHALUF_CONCAT2(a, b)
#define TAHALUF_COMMAND(...) \
  static ::tahaluf::cli::Registrar TAHALUF_CONCAT(registrar_, __LINE__)(__VA_ARGS__)

// Parses argv against the command's flags; false (and a message on stderr)
// on an unknown flag or a missing value.
bool ParseArgs(const Command& cmd, int argc, char** argv, int first, Args* out);
void PrintHelp(const Command& cmd);

// Common flags.
Flag LexiconFlag();
Flag OutputFlag();
Flag QuietFlag();

// The largest number a count flag takes (--top, --depth, --k, ...): more
// than any graph holds, well inside every integer type that receives it.
constexpr size_t kMaxCount = 999'999'999;

// A count flag: `fallback` when absent, else digits only, at most
// kMaxCount. False, with a message on stderr (a usage error), on anything
// else: "", "-1", "1e3", "99999999999999999999".
bool ParseCount(const Args& args, const std::string& flag, size_t fallback, size_t* out);

// False, having reported "WHAT 'NAME' names no actor" (a usage error), when
// an actor argument folds to nothing ("", spaces, punctuation): such a
// name matches no actor (resolve.h), and saying so before the graph is read
// is clearer.
bool NamesAnActor(const std::string& what, const std::string& name);

// Reports a problem on stderr ("tahaluf: SOURCE:LINE: ...").
void Report(const Status& s);
void Report(const std::string& message);

// Loads the knowledge directory (--lexicon, $TAHALUF_DATA, or the built-in
// one). Problems in entries are reported and counted in *problems (each
// such entry was skipped: the run is to end with exit status 1); returns
// null when a file is missing.
std::unique_ptr<Knowledge> LoadKnowledgeOrReport(const Args& args, size_t* problems);
// Keeps `knowledge` until the process exits, never destroyed: a command that
// is done with it as the process ends (extract, mentions) does not free the
// lexicon's tens of thousands of names and words one by one first (2 % of
// extracting a 1 MB document). Still reachable at exit: no leak to report.
const Knowledge& KeepUntilExit(std::unique_ptr<Knowledge> knowledge);

// Reads the documents named on the command line: text files, .jsonl files,
// "-" (standard input; JSON Lines with --jsonl). Bad inputs are reported
// and counted in *bad; the rest are returned in order.
std::vector<Document> ReadDocuments(const std::vector<std::string>& paths, const Args& args,
                                    size_t* bad);

// Reads a graph file into `graph`; reports and returns false on error.
bool LoadGraph(const std::string& path, AllianceGraph* graph);

// Writes `content` to --output / -o (atomically) or standard output;
// `written`, when given, receives the identity of the file written.
bool WriteOutput(const Args& args, const std::string& content, FileIdentity* written = nullptr);

}  // namespace tahaluf::cli

#endif  // TAHALUF_TOOLS_CLI_H_
