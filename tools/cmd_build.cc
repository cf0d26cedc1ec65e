// tahaluf build: articles, triple lines and graph files merged into one graph.
#include <iostream>

#include "cli.h"
#include "progress.h"
#include "tahaluf/extract.h"
#include "tahaluf/graph_writer.h"
#include "tahaluf/serialize.h"
#include "tahaluf/tie_index.h"

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
  // Only triple lines and graph files: the streaming path, which indexes
  // them without the editable graph and writes the file in pieces (a
  // million triples in about a gigabyte).
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
      } else if (LooksLikeTriples(c)) {
        std::vector<Status> errors;
        stager.AddTripleLines(c, path, &errors);
        for (const Status& e : errors) Report(e);
        bad += errors.size();
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
      s = out.Open();
      if (s.ok()) {
        WriteGraphJson(index, [&](std::string_view piece) { out.Write(piece); });
        s = out.Commit();
      }
      if (!s.ok()) {
        Report(s);
        return kExitBadInput;
      }
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
