#include "focus_flags.h"

#include <sys/stat.h>

#include <sstream>

namespace tahaluf::cli {
std::vector<Flag> FocusFlags() {
  return {
      {"--around", true, "only actors within --depth ties of ACTOR (comma-separated for several)"},
      {"--depth", true, "ties to follow from --around (default 1)"},
      {"--path", true, "--path A B: the shortest paths between actors A and B"},
      {"--relations", true, "only these relations, comma-separated (visit,meet,...)"},
      {"--cooperative", false, "only cooperative relations"},
      {"--hostile", false, "only hostile relations"},
      {"--since", true, "only evidence dated on or after YYYY[-MM[-DD]]"},
      {"--until", true, "only evidence dated on or before YYYY[-MM[-DD]]"},
      {"--min-evidence", true, "only relations with at least N pieces of evidence"},
      {"--top", true, "only the N most connected actors"},
      {"--labels", true, "label language: en (default) or ar"},
      {"--layout", true, "Graphviz layout engine (default: dot, sfdp for large graphs)"},
      {"--edge-labels", true, "auto (default: with dot only), on or off"},
      {"--no-legend", false, "leave the legend out"},
  };
}

bool ParseFocusFlags(const Args& args, std::vector<std::string>* positional, FocusOptions* focus,
                     DotOptions* dot) {
  if (args.Has("--around")) {
    std::stringstream ss(args.Get("--around"));
    for (std::string name; std::getline(ss, name, ',');) {
      if (!name.empty()) focus->around.push_back(name);
    }
    if (focus->around.empty()) {
      Report("--around needs an actor name");
      return false;
    }
    for (const std::string& name : focus->around) {
      if (!NamesAnActor("--around:", name)) return false;
    }
  }
  if (!ParseCount(args, "--depth", focus->depth, &focus->depth)) return false;
  if (args.Has("--depth") && !args.Has("--around")) {
    Report("--depth goes with --around");
    return false;
  }
  if (args.Has("--path")) {
    if (positional->size() < 2) {
      Report("--path takes two actors: --path A B");
      return false;
    }
    // `render GRAPH --path A B` leaves B last; `render --path A B GRAPH`
    // leaves it first. The one that is not a file is the actor.
    auto is_file = [](const std::string& p) {
      struct stat st;
      return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    };
    auto actor = positional->end() - 1;
    if (is_file(*actor) && !is_file(positional->front())) actor = positional->begin();
    focus->path = std::make_pair(args.Get("--path"), *actor);
    positional->erase(actor);
    if (!NamesAnActor("--path:", focus->path->first) || !NamesAnActor("--path:", focus->path->second)) {
      return false;
    }
  }
  if (args.Has("--relations")) {
    std::stringstream ss(args.Get("--relations"));
    for (std::string name; std::getline(ss, name, ',');) {
      if (!name.empty()) focus->relations.push_back(name);
    }
  }
  if (args.Has("--cooperative")) focus->polarities.push_back(Polarity::kCooperative);
  if (args.Has("--hostile")) focus->polarities.push_back(Polarity::kHostile);
  focus->since = args.Get("--since");
  focus->until = args.Get("--until");
  if (!ParseCount(args, "--min-evidence", focus->min_evidence, &focus->min_evidence) ||
      !ParseCount(args, "--top", focus->top, &focus->top)) {
    return false;
  }
  if (args.Has("--top") && focus->top == 0) {
    Report("--top takes a number above 0");
    return false;
  }

  std::string labels = args.Get("--labels", "en");
  if (labels != "en" && labels != "ar") {
    Report("--labels must be 'en' or 'ar'");
    return false;
  }
  dot->labels = labels == "ar" ? LabelLanguage::kArabic : LabelLanguage::kEnglish;
  dot->layout = args.Get("--layout");
  std::string edge_labels = args.Get("--edge-labels", "auto");
  if (edge_labels == "auto") dot->edge_labels = EdgeLabels::kAuto;
  else if (edge_labels == "on") dot->edge_labels = EdgeLabels::kOn;
  else if (edge_labels == "off") dot->edge_labels = EdgeLabels::kOff;
  else {
    Report("--edge-labels must be auto, on or off");
    return false;
  }
  dot->legend = !args.Has("--no-legend");
  return true;
}

int LoadFocused(const std::string& path, const FocusOptions& focus, AllianceGraph* graph,
                AllianceGraph* part) {
  if (!LoadGraph(path, graph)) return kExitBadInput;
  Status s = Focus(*graph, focus, part);
  if (!s.ok()) {
    Report(s);
    return s.code() == ErrorCode::kUsage ? kExitUsage : kExitBadInput;
  }
  return kExitOk;
}

}  // namespace tahaluf::cli
