// tahaluf: Arabic and English news -> actor relation triples -> alliance
// graph -> DOT / SVG / JSON, and questions asked of the graph.
// Subcommands register themselves (tools/cmd_*.cc); see cli.h.
#include <cstring>
#include <iostream>

#include "cli.h"

int main(int argc, char** argv) {
  using namespace tahaluf::cli;
  // A run ended by a signal leaves no temporary file behind (files.h).
  tahaluf::InstallTemporaryFileCleanup();
  auto usage = [](std::ostream& os) {
    os << "usage: tahaluf COMMAND [options] ...\n\ncommands:\n";
    for (const auto& [name, cmd] : Registry()) {
      os << "  " << name;
      for (size_t k = name.size(); k < 10; ++k) os << ' ';
      os << " " << cmd.summary << "\n";
    }
    os << "\n'tahaluf COMMAND --help' describes a command.\n";
  };
  if (argc < 2) {
    usage(std::cerr);
    return kExitUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    usage(std::cout);
    return kExitOk;
  }
  auto it = Registry().find(name);
  if (it == Registry().end()) {
    std::cerr << "tahaluf: unknown command '" << name << "'\n";
    usage(std::cerr);
    return kExitUsage;
  }
  const Command& cmd = it->second;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      PrintHelp(cmd);
      return kExitOk;
    }
  }
  Args args;
  if (!ParseArgs(cmd, argc, argv, 2, &args)) return kExitUsage;
  return cmd.run(args);
}
