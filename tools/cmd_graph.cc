// tahaluf build / export / path: the merged graph, its files, its paths.
#include <iostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli.h"
#include "tahaluf/export.h"
#include "tahaluf/extract.h"
#include "tahaluf/query.h"
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
    for (const Document& doc : docs) {
      AddToGraph(doc, extractor.Extract(doc), knowledge->lexicon, &graph);
    }
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

bool LoadGraph(const std::string& path, AllianceGraph* graph) {
  std::string bytes;
  Status s = ReadFile(path, &bytes);
  if (s.ok()) s = ReadGraphJson(bytes, path == "-" ? "stdin" : path, graph);
  if (!s.ok()) Report(s);
  return s.ok();
}

int RunExport(const Args& args) {
  if (args.positional.size() != 1) {
    Report("export: name one graph file");
    return kExitUsage;
  }
  std::string format = args.Get("--format", "dot");
  std::string labels = args.Get("--labels", "en");
  if (labels != "en" && labels != "ar") {
    Report("--labels must be 'en' or 'ar'");
    return kExitUsage;
  }
  if (format != "dot" && format != "json" && format != "svg" && format != "png" && format != "pdf") {
    Report("--format must be one of dot, json, svg, png, pdf");
    return kExitUsage;
  }
  AllianceGraph graph;
  if (!LoadGraph(args.positional[0], &graph)) return kExitBadInput;
  DotOptions opt;
  opt.labels = labels == "ar" ? LabelLanguage::kArabic : LabelLanguage::kEnglish;
  opt.layout = args.Get("--layout");
  std::string out;
  Status s;
  if (format == "json") out = GraphJson(graph);
  else if (format == "dot") s = WriteDot(graph, opt, &out);
  else s = Render(graph, opt, format, &out);
  if (!s.ok()) {
    Report(s);
    return kExitBadInput;
  }
  return WriteOutput(args, out) ? kExitOk : kExitBadInput;
}

void WriteHopJson(rapidjson::Writer<rapidjson::StringBuffer>& w, const Graph& g, const Hop& h) {
  const EdgeInfo& info = g[h.edge];
  w.StartObject();
  w.Key("from"); w.String(g[h.from].id.c_str());
  w.Key("to"); w.String(g[h.to].id.c_str());
  w.Key("relation"); w.String(std::string(info.relation->name).c_str());
  w.Key("subject"); w.String(g[boost::source(h.edge, g)].id.c_str());
  w.Key("object"); w.String(g[boost::target(h.edge, g)].id.c_str());
  w.Key("evidence_count"); w.Uint(static_cast<unsigned>(info.evidence.size()));
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& e : info.evidence) {
    w.StartObject();
    w.Key("doc"); w.String(e.doc.c_str());
    w.Key("sentence"); w.Uint(e.sentence);
    w.Key("start"); w.Uint(e.start);
    w.Key("end"); w.Uint(e.end);
    w.Key("text"); w.String(e.text.c_str());
    w.Key("hedged"); w.Bool(e.hedged);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

int RunPath(const Args& args) {
  if (args.positional.size() != 3) {
    Report("path: usage: tahaluf path GRAPH FROM TO");
    return kExitUsage;
  }
  AllianceGraph graph;
  if (!LoadGraph(args.positional[0], &graph)) return kExitBadInput;
  const Graph& g = graph.graph();
  Vertex ends[2];
  for (int k = 0; k < 2; ++k) {
    const std::string& name = args.positional[1 + k];
    NameMatch m = ResolveActor(graph, name);
    if (!m.vertex) {
      std::string msg = "no actor called '" + name + "' in " + args.positional[0];
      if (!m.suggestions.empty()) {
        msg += "; closest: ";
        for (size_t i = 0; i < m.suggestions.size(); ++i) msg += (i ? ", " : "") + m.suggestions[i];
      }
      Report(msg);
      return kExitBadInput;
    }
    ends[k] = *m.vertex;
  }
  size_t max_paths = 3;
  if (args.Has("--max")) {
    try {
      max_paths = std::stoul(args.Get("--max"));
    } catch (...) {
      Report("--max takes a number");
      return kExitUsage;
    }
  }
  std::vector<Path> paths = ShortestPaths(graph, ends[0], ends[1], max_paths);
  std::string out;
  if (args.Has("--json")) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("from"); w.String(g[ends[0]].id.c_str());
    w.Key("to"); w.String(g[ends[1]].id.c_str());
    w.Key("paths");
    w.StartArray();
    for (const Path& p : paths) {
      w.StartArray();
      for (const Hop& h : p) WriteHopJson(w, g, h);
      w.EndArray();
    }
    w.EndArray();
    w.EndObject();
    out.assign(buf.GetString(), buf.GetSize());
    out += '\n';
  } else if (paths.empty()) {
    out = "No path between " + g[ends[0]].name + " and " + g[ends[1]].name + ".\n";
  } else {
    for (size_t i = 0; i < paths.size(); ++i) {
      out += "Path " + std::to_string(i + 1) + " (" + std::to_string(paths[i].size()) + " hop" +
             (paths[i].size() == 1 ? "" : "s") + "): " + g[ends[0]].name;
      for (const Hop& h : paths[i]) out += " - " + g[h.to].name;
      out += "\n";
      for (const Hop& h : paths[i]) {
        const EdgeInfo& info = g[h.edge];
        const NodeInfo& s = g[boost::source(h.edge, g)];
        const NodeInfo& o = g[boost::target(h.edge, g)];
        std::string arrow = info.relation->symmetric ? " --" : " --";
        out += "  " + s.name + arrow + std::string(info.relation->name) +
               (info.relation->symmetric ? "-- " : "--> ") + o.name + "  [" +
               std::to_string(info.evidence.size()) + " evidence" +
               (info.AllHedged() ? ", hedged" : "") + "]\n";
        const Evidence& e = info.evidence.front();
        out += "    \"" + e.text + "\"\n    (" + e.doc + ", sentence " + std::to_string(e.sentence) +
               ", bytes " + std::to_string(e.start) + "-" + std::to_string(e.end) + ")\n";
      }
    }
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return kExitOk;
}

TAHALUF_COMMAND(Command{
    "build", "build [options] INPUT... -o GRAPH.json",
    "Merge articles (text, .jsonl), triple lines or graph files into one graph file.",
    {LexiconFlag(), OutputFlag(),
     {"--lang", true, "treat every article as 'ar' or 'en'"},
     {"--jsonl", false, "read standard input as JSON Lines articles"},
     QuietFlag()},
    RunBuild});

TAHALUF_COMMAND(Command{
    "export", "export GRAPH.json --format dot|json|svg|png|pdf [-o PATH]",
    "Write a graph as DOT (cgraph) or JSON, or render it to SVG, PNG or PDF (gvc, cairo).",
    {OutputFlag(),
     {"--format", true, "dot (default), json, svg, png or pdf"},
     {"--labels", true, "label language: en (default) or ar"},
     {"--layout", true, "Graphviz layout engine (default: dot, sfdp for large graphs)"}},
    RunExport});

TAHALUF_COMMAND(Command{
    "path", "path GRAPH.json FROM TO [--max N] [--json]",
    "Shortest paths between two actors (named in Arabic or English), each hop with its evidence.",
    {OutputFlag(),
     {"--max", true, "at most N paths (default 3)"},
     {"--json", false, "print JSON instead of text"}},
    RunPath});

}  // namespace
}  // namespace tahaluf::cli
