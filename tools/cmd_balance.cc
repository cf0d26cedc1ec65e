// tahaluf balance: the triads that break structural balance.
#include "analytics_cli.h"
#include "tahaluf/analytics_json.h"
#include "tahaluf/balance.h"
#include "tahaluf/paths.h"

namespace tahaluf::cli {
namespace {

int RunBalance(const Args& args) {
  if (args.positional.size() != 1) {
    Report("balance: usage: tahaluf balance GRAPH [options]");
    return kExitUsage;
  }
  TieFilter filter;
  size_t top = 20;
  if (!ParseFilter(args, &filter) || !ParseCount(args, "--top", 20, &top)) return kExitUsage;
  LoadedGraph graph;
  if (!graph.Load(args.positional[0])) return kExitBadInput;
  const TieIndex& index = graph.index();
  ActiveTies active(index, filter);
  const bool weak = args.Has("--weak");
  BalanceReport r = FindUnbalancedTriads(index, active, weak, top);
  const size_t total = r.triangles[0] + r.triangles[1] + r.triangles[2] + r.triangles[3];
  std::string out;
  if (args.Has("--json")) {
    out = BalanceJson(index, active, r, weak);
  } else {
    out = std::to_string(total) + " triangle" + (total == 1 ? "" : "s") + " of signed ties: " +
          std::to_string(r.triangles[0]) + " +++, " + std::to_string(r.triangles[1]) + " ++-, " +
          std::to_string(r.triangles[2]) + " +--, " + std::to_string(r.triangles[3]) + " ---; " +
          FormatNumber(100 * r.balance_ratio, 1) + "% balanced" + (weak ? " (weak balance)" : "") + ".\n";
    if (r.unbalanced_total > 0) {
      out += "\n" + std::to_string(r.unbalanced_total) + " unbalanced triad" +
             (r.unbalanced_total == 1 ? "" : "s");
      if (r.unbalanced.size() < r.unbalanced_total) {
        out += " (the " + std::to_string(r.unbalanced.size()) + " best attested)";
      }
      out += ":\n";
    }
    for (const Triad& t : r.unbalanced) {
      out += "  " + std::string(index.node(t.a).name) + ", " + std::string(index.node(t.b).name) +
             ", " + std::string(index.node(t.c).name) + ": " + std::string(TriadKind(t)) + "\n";
      for (auto [u, v, s] : {std::tuple{t.a, t.b, t.ab}, std::tuple{t.a, t.c, t.ac}, std::tuple{t.b, t.c, t.bc}}) {
        auto tie = SignedTieBetween(index, active, u, v, s);
        if (!tie) continue;
        out += "    " + std::string(s > 0 ? "+ " : "- ") + TieText(index, *tie) + "  [" +
               std::to_string(active.support(*tie)) + "]\n";
        if (const IndexEvidence* q = QuoteFor(index, active, *tie)) out += QuoteText(*q, "        ");
      }
    }
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return kExitOk;
}

std::vector<Flag> BalanceFlags() {
  std::vector<Flag> flags = {OutputFlag(),
                             {"--top", true, "list at most N unbalanced triads (default 20)"},
                             {"--weak", false, "weak balance: three mutual enemies are balanced"},
                             {"--json", false, "print JSON instead of text"}};
  for (const Flag& f : FilterFlags()) flags.push_back(f);
  return flags;
}

TAHALUF_COMMAND(Command{"balance", "balance GRAPH.json [options]",
                        "Triads that break structural balance (the ally of my ally is my enemy).",
                        BalanceFlags(), RunBalance});

}  // namespace
}  // namespace tahaluf::cli
