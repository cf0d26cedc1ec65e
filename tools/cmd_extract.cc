// tahaluf extract / mentions: documents in, triples or actor mentions out.
#include <iostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli.h"
#include "pipeline.h"
#include "tahaluf/extract.h"
#include "tahaluf/graph_io.h"

namespace tahaluf::cli {
namespace {

std::vector<Flag> InputFlags() {
  return {LexiconFlag(), OutputFlag(), JobsFlag(),
          {"--lang", true, "treat every document as 'ar' or 'en' (default: by script)"},
          {"--jsonl", false, "read standard input as JSON Lines articles"},
          {"--explain", false, "also print, to standard error, the construction that read each cue"},
          QuietFlag()};
}

int RunExtract(const Args& args, bool mentions_only) {
  if (args.positional.empty()) {
    Report("extract: name at least one input file ('-' for standard input)");
    return kExitUsage;
  }
  std::string lang = args.Get("--lang");
  if (!lang.empty() && lang != "ar" && lang != "en") {
    Report("--lang must be 'ar' or 'en'");
    return kExitUsage;
  }
  size_t skipped_knowledge = 0;
  auto loaded = LoadKnowledgeOrReport(args, &skipped_knowledge);
  if (!loaded) return kExitBadInput;
  const Knowledge& knowledge = KeepUntilExit(std::move(loaded));
  size_t jobs = 1;
  if (!ParseJobs(args, &jobs)) return kExitUsage;
  AtomicFileWriter writer(args.Get("--output", "-"));
  if (Status s = writer.Open(); !s.ok()) {
    Report(s);
    return kExitBadInput;
  }
  const bool explain = args.Has("--explain");
  // Each document's lines, and its --explain notes, made on a worker thread
  // and written in input order.
  struct Lines {
    std::string out, notes;
    size_t count = 0, sentences = 0;
  };
  auto work = [&](const Extractor& extractor, const Document& doc, Lines* lines) {
    Extraction ex = extractor.Extract(doc);
    lines->sentences = ex.sentences;
    if (explain) {
      for (const CueDecision& d : ex.decisions) {
        lines->notes += doc.id + " sentence " + std::to_string(d.sentence) + " \"" +
                        std::string(std::string_view(doc.text).substr(d.cue_begin, d.cue_end - d.cue_begin)) +
                        "\" " + std::string(d.relation->name) + ": " +
                        (d.construction.empty() ? "(no construction)" : d.construction) + ", " +
                        std::to_string(d.triples) + " triple(s)\n";
      }
    }
    std::string& out = lines->out;
    if (!mentions_only) {
      AppendTripleLines(ex.triples, &out);
      lines->count += ex.triples.size();
      return;
    }
    rapidjson::StringBuffer buf;
    for (const SentenceMentions& sm : ex.mentions) {
      for (const Mention& m : sm.mentions) {
        const Actor& a = ex.ActorAt(knowledge.lexicon, m.actor);
        buf.Clear();
        rapidjson::Writer<rapidjson::StringBuffer> w(buf);
        w.StartObject();
        w.Key("doc"); w.String(doc.id.c_str());
        w.Key("sentence"); w.Uint(sm.sentence);
        w.Key("start"); w.Uint(m.begin);
        w.Key("end"); w.Uint(m.end);
        std::string surface = doc.text.substr(m.begin, m.end - m.begin);
        w.Key("surface"); w.String(surface.c_str());
        w.Key("id"); w.String(a.id.c_str());
        w.Key("name"); w.String(a.name_en.c_str());
        w.Key("name_ar"); w.String(a.name_ar.c_str());
        w.Key("kind"); w.String(std::string(ActorKindName(a.kind)).c_str());
        w.Key("type"); w.String(std::string(MentionTypeName(m.type)).c_str());
        w.EndObject();
        out.append(buf.GetString(), buf.GetSize());
        out += '\n';
        ++lines->count;
      }
    }
  };
  size_t bad = 0, triples = 0, sentences = 0;
  const size_t documents = ExtractInOrder<Lines>(
      args.positional, args, knowledge, jobs, work,
      [&](const Document&, Lines& lines) {
        if (!lines.notes.empty()) std::cerr << lines.notes;
        writer.Write(lines.out);
        triples += lines.count;
        sentences += lines.sentences;
      },
      &bad);
  if (Status s = writer.Commit(); !s.ok()) {
    Report(s);
    return kExitBadInput;
  }
  if (!args.Has("--quiet")) {
    std::cerr << "tahaluf: " << documents << " document(s), " << sentences << " sentence(s), " << triples
              << (mentions_only ? " mention(s)" : " triple(s)");
    if (bad) std::cerr << ", " << bad << " input(s) skipped";
    if (skipped_knowledge) std::cerr << ", " << skipped_knowledge << " knowledge row(s) skipped";
    std::cerr << "\n";
  }
  return bad || skipped_knowledge ? kExitBadInput : kExitOk;
}

TAHALUF_COMMAND(Command{
    "extract", "extract [options] FILE... (text, .jsonl, or - for stdin)",
    "Extract subject-relation-object triples between actors, one JSON object per line.",
    InputFlags(), [](const Args& a) { return RunExtract(a, false); }});

TAHALUF_COMMAND(Command{
    "mentions", "mentions [options] FILE...",
    "List the actor mentions recognised in documents, with byte spans, one JSON object per line.",
    InputFlags(), [](const Args& a) { return RunExtract(a, true); }});

}  // namespace
}  // namespace tahaluf::cli
