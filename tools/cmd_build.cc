// tahaluf build: articles, triple lines and graph files merged into one graph.
#include <iostream>

#include "cli.h"
#include "progress.h"
#include "tahaluf/extract.h"
#include "tahaluf/serialize.h"

namespace tahaluf::cli {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A .jsonl file whose first line is a triple (has "relation").
bool LooksLikeTriples(const std::string& bytes) {
  size_t nl = bytes.find('\n');
  std::string first = bytes.substr(0, nl);
  return first.find("\"relation\"") != std::string::npos &&
         first.find("\"subject\"") != std::string::npos;
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
  size_t ndocs = 0;
  if (!article_paths.empty()) {
    auto knowledge = LoadKnowledgeOrReport(args, nullptr);
    if (!knowledge) return kExitBadInput;
    std::vector<Document> docs = ReadDocuments(article_paths, args, &bad);
    Extractor extractor(knowledge->lexicon, knowledge->cues);
    Progress progress("build", docs.size(), args.Has("--quiet"));
    progress.SetUnit("documents");
    for (const Document& doc : docs) {
      AddToGraph(doc, extractor.Extract(doc), knowledge->lexicon, &graph);
      progress.Advance();
    }
    progress.Finish();
    ndocs = docs.size();
  }
  if (!WriteOutput(args, GraphJson(graph))) return kExitBadInput;
  if (!args.Has("--quiet")) {
    std::cerr << "tahaluf: " << ndocs << " document(s) -> " << graph.num_nodes() << " actors, "
              << graph.num_edges() << " relations";
    if (bad) std::cerr << "; " << bad << " input(s) skipped";
    std::cerr << "\n";
  }
  return bad ? kExitBadInput : kExitOk;
}

TAHALUF_COMMAND(Command{
    "build", "build [options] INPUT... -o GRAPH.json",
    "Merge articles (text, .jsonl), triple lines or graph files into one graph file.",
    {LexiconFlag(), OutputFlag(),
     {"--lang", true, "treat every article as 'ar' or 'en'"},
     {"--jsonl", false, "read standard input as JSON Lines articles"},
     QuietFlag()},
    RunBuild});

}  // namespace
}  // namespace tahaluf::cli
