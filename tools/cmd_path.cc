// tahaluf path: shortest paths between two actors, each hop with evidence.
#include <iostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli.h"
#include "tahaluf/query.h"
#include "tahaluf/serialize.h"

namespace tahaluf::cli {
namespace {

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
    "path", "path GRAPH.json FROM TO [--max N] [--json]",
    "Shortest paths between two actors (named in Arabic or English), each hop with its evidence.",
    {OutputFlag(),
     {"--max", true, "at most N paths (default 3)"},
     {"--json", false, "print JSON instead of text"}},
    RunPath});

}  // namespace
}  // namespace tahaluf::cli
