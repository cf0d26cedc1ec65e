// tahaluf actors --unknown: the actors documents introduce that the
// lexicon does not know yet, ranked by how often they are mentioned, with
// an example sentence each, for whoever curates data/actors.tsv.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli.h"
#include "tahaluf/extract.h"
#include "tahaluf/normalize.h"

namespace tahaluf::cli {
namespace {

struct Unknown {
  Actor actor;
  size_t mentions = 0;
  std::set<std::string> docs;
  std::string example_doc, example;
};

int RunActors(const Args& args) {
  if (!args.Has("--unknown")) {
    Report("actors: say --unknown (the only listing so far)");
    return kExitUsage;
  }
  if (args.positional.empty()) {
    Report("actors: name at least one input file ('-' for standard input)");
    return kExitUsage;
  }
  size_t bad = 0;  // bad inputs and skipped knowledge rows
  auto knowledge = LoadKnowledgeOrReport(args, &bad);
  if (!knowledge) return kExitBadInput;
  std::vector<Document> docs = ReadDocuments(args.positional, args, &bad);
  Extractor extractor(knowledge->lexicon, knowledge->grammar);
  std::map<std::string, Unknown> found;  // by folded name
  const Lexicon& lex = knowledge->lexicon;
  for (const Document& doc : docs) {
    Extraction ex = extractor.Extract(doc);
    for (const SentenceMentions& sm : ex.mentions) {
      for (const Mention& m : sm.mentions) {
        if (m.actor < lex.size()) continue;
        const Actor& a = ex.ActorAt(lex, m.actor);
        std::string key = Normalizer::Get().Fold(a.name_ar.empty() ? a.name_en : a.name_ar);
        Unknown& u = found[key];
        if (u.mentions == 0) {
          u.actor = a;
          u.example_doc = doc.id;
          u.example = doc.text.substr(sm.begin, sm.end - sm.begin);
        }
        ++u.mentions;
        u.docs.insert(doc.id);
      }
    }
  }
  std::vector<const Unknown*> ranked;
  for (const auto& [key, u] : found) ranked.push_back(&u);
  std::stable_sort(ranked.begin(), ranked.end(), [](const Unknown* a, const Unknown* b) {
    return a->mentions > b->mentions;
  });
  std::string out;
  if (args.Has("--json")) {
    for (const Unknown* u : ranked) {
      rapidjson::StringBuffer buf;
      rapidjson::Writer<rapidjson::StringBuffer> w(buf);
      w.StartObject();
      w.Key("id"); w.String(u->actor.id.c_str());
      w.Key("kind"); w.String(std::string(ActorKindName(u->actor.kind)).c_str());
      w.Key("name_en"); w.String(u->actor.name_en.c_str());
      w.Key("name_ar"); w.String(u->actor.name_ar.c_str());
      w.Key("country"); w.String(u->actor.country.c_str());
      w.Key("mentions"); w.Uint(static_cast<unsigned>(u->mentions));
      w.Key("documents"); w.Uint(static_cast<unsigned>(u->docs.size()));
      w.Key("example_doc"); w.String(u->example_doc.c_str());
      w.Key("example"); w.String(u->example.c_str());
      w.EndObject();
      out.append(buf.GetString(), buf.GetSize());
      out += '\n';
    }
  } else if (args.Has("--tsv")) {
    // Rows in data/actors.tsv's columns, for a curator to check and paste.
    out = "# proposed rows; check names, kinds and countries before adding them\n"
          "id\tkind\tname_en\tname_ar\taliases\tcountry\twikidata\n";
    for (const Unknown* u : ranked) {
      out += u->actor.id + "\t" + std::string(ActorKindName(u->actor.kind)) + "\t" +
             u->actor.name_en + "\t" + u->actor.name_ar + "\t\t" + u->actor.country + "\t\n";
    }
  } else {
    out = "mentions  docs  kind          name (example)\n";
    for (const Unknown* u : ranked) {
      std::string name = u->actor.name_ar.empty() ? u->actor.name_en
                                                  : u->actor.name_ar + " / " + u->actor.name_en;
      char head[64];
      std::snprintf(head, sizeof head, "%8zu  %4zu  %-12s  ", u->mentions, u->docs.size(),
                    std::string(ActorKindName(u->actor.kind)).c_str());
      out += head + name + "\n            " + u->example_doc + ": " + u->example + "\n";
    }
  }
  if (!WriteOutput(args, out)) return kExitBadInput;
  return bad ? kExitBadInput : kExitOk;
}

TAHALUF_COMMAND(Command{
    "actors", "actors --unknown [--json|--tsv] FILE...",
    "List actors the documents introduce (by a title, or a capitalised organisation name) that "
    "the lexicon does not know, most mentioned first, with an example sentence.",
    {LexiconFlag(), OutputFlag(),
     {"--unknown", false, "list actors not in the lexicon"},
     {"--json", false, "one JSON object per actor"},
     {"--tsv", false, "rows in data/actors.tsv's columns"},
     {"--lang", true, "treat every document as 'ar' or 'en'"},
     {"--jsonl", false, "read standard input as JSON Lines articles"}},
    RunActors});

}  // namespace
}  // namespace tahaluf::cli
