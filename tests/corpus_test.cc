// Corpus: a graph built from documents in parts, the parts joined in any
// tree, gives the bytes of one build.
#include <doctest/doctest.h>

#include <filesystem>

#include "tahaluf/corpus.h"
#include "tahaluf/files.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/tie_index.h"
#include "test_util.h"

namespace tahaluf::testing {
namespace {

// The project's own articles (the example graph's and the scored ones),
// read as `tahaluf build` reads them, in name order.
std::vector<Document> OwnArticles() {
  std::vector<std::string> paths;
  for (const char* dir : {"/graphs/articles", "/tests/extraction"}) {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(TAHALUF_SOURCE_DIR) + dir)) {
      if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Document> docs;
  std::vector<Status> errors;
  ReadDocuments(paths, {}, &docs, &errors);
  REQUIRE(errors.empty());
  return docs;
}

Knowledge& FullKnowledge() {
  static Knowledge* k = [] {
    auto* out = new Knowledge;
    std::vector<Status> problems;
    REQUIRE(LoadKnowledge(std::string(TAHALUF_SOURCE_DIR) + "/data", out, &problems).ok());
    return out;
  }();
  return *k;
}

// Joins parts pairwise, neighbours first, as a reduction tree does.
std::string JoinAsTree(std::vector<std::string> level) {
  while (level.size() > 1) {
    std::vector<std::string> next;
    for (size_t i = 0; i < level.size(); i += 2) {
      if (i + 1 == level.size()) {
        next.push_back(level[i]);
        continue;
      }
      std::vector<Status> errors;
      next.push_back(JoinGraphParts({{"left", level[i]}, {"right", level[i + 1]}}, &errors));
      REQUIRE(errors.empty());
    }
    level = std::move(next);
  }
  return level.front();
}

TEST_CASE("corpus: parts joined in order, in any tree, give the bytes of one build") {
  Knowledge& k = FullKnowledge();
  Extractor extractor(k.lexicon, k.grammar);
  std::vector<Document> docs = OwnArticles();
  REQUIRE(docs.size() >= 18);
  // The same document twice (a syndicated copy): its evidence is kept once.
  docs.push_back(docs[3]);
  const std::string whole = BuildGraphJson(docs, extractor);
  AllianceGraph g;
  AddDocuments(docs, extractor, &g);
  CHECK(GraphJson(g) == whole);
  CHECK(g.num_edges() > 100);

  for (size_t part_size : {1, 2, 5, 7}) {
    CAPTURE(part_size);
    std::vector<std::string> parts;
    for (size_t i = 0; i < docs.size(); i += part_size) {
      std::vector<Document> part(docs.begin() + i, docs.begin() + std::min(docs.size(), i + part_size));
      parts.push_back(BuildGraphJson(part, extractor));
    }
    std::vector<GraphSource> sources;
    for (size_t i = 0; i < parts.size(); ++i) sources.push_back({"part " + std::to_string(i), parts[i]});
    std::vector<Status> errors;
    CHECK(JoinGraphParts(sources, &errors) == whole);
    CHECK(errors.empty());
    CHECK(JoinAsTree(parts) == whole);
    // Left fold: ((p0 p1) p2) ...
    std::string acc = parts[0];
    for (size_t i = 1; i < parts.size(); ++i) acc = JoinGraphParts({{"acc", acc}, {"next", parts[i]}}, &errors);
    CHECK(acc == whole);
  }
  // An empty part changes nothing.
  std::vector<Status> errors;
  CHECK(JoinGraphParts({{"empty", BuildGraphJson({}, extractor)}, {"whole", whole}}, &errors) ==
        whole);
}

TEST_CASE("corpus: joining keeps the order given, where merging orders by content") {
  AllianceGraph g1, g2;
  Evidence e;
  e.doc = "d1";
  e.text = "first wording";
  NodeInfo x1{"X", "Alpha", "", "state", "", {"a"}};
  NodeInfo x2{"X", "Beta", "", "state", "", {"b"}};
  NodeInfo y{"Y", "Y", "", "state", "", {}};
  g1.AddFact(x1, FindRelation("meet"), y, e);
  e.text = "second wording, same document and span";
  g2.AddFact(x2, FindRelation("meet"), y, e);
  const std::string j1 = GraphJson(g1), j2 = GraphJson(g2);
  std::vector<Status> errors;
  auto name_and_text = [](const std::string& json) {
    TieIndex index;
    REQUIRE(IndexGraphJson(json, "joined", &index).ok());
    return std::string(index.node(*index.Find("X")).name) + " / " +
           std::string(index.evidence(0)[0].text);
  };
  CHECK(name_and_text(JoinGraphParts({{"1", j1}, {"2", j2}}, &errors)) == "Alpha / first wording");
  CHECK(name_and_text(JoinGraphParts({{"2", j2}, {"1", j1}}, &errors)) ==
        "Beta / second wording, same document and span");
  CHECK(MergeGraphFiles({{"2", j2}, {"1", j1}}, &errors) == MergeGraphFiles({{"1", j1}, {"2", j2}}, &errors));
  // A part that is not a graph is named and left out.
  CHECK(JoinGraphParts({{"part 2", "[1, 2]"}, {"1", j1}}, &errors) == j1);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].source() == "part 2");
  CHECK(errors[0].code() == ErrorCode::kGraph);
}

TEST_CASE("shipped knowledge: the offices people held on the day, a ministry's spokesperson a member of the state") {
  Knowledge& k = FullKnowledge();
  Extractor extractor(k.lexicon, k.grammar);
  auto roles = [&](const std::string& text, const std::string& date) {
    Extraction r = extractor.Extract(MakeDoc(text, date));
    std::vector<std::string> out;
    for (const Triple& t : r.triples) {
      if (t.derivation != "role" && t.derivation != "title") continue;
      out.push_back(r.ActorAt(k.lexicon, t.subject).id + " " + std::string(t.relation->name) + " " +
                    r.ActorAt(k.lexicon, t.object).id);
    }
    return out;
  };
  const auto fa = roles("Iranian foreign ministry spokesman Saeed Khatibzadeh rejected the charge.", "2021-08-02");
  INFO(Join(fa));
  CHECK(Has(fa, "KHATIBZADEH member_of IRN"));
  CHECK_FALSE(Has(fa, "KHATIBZADEH member_of IRN_MFA"));
  // The crown prince of Abu Dhabi was a member of the UAE's leadership
  // before he became its president.
  const auto mbz = roles("محمد بن زايد يستقبل الفريق البرهان في أبوظبي.", "2019-05-26");
  INFO(Join(mbz));
  CHECK(Has(mbz, "MBZ member_of ARE"));
  // Earlier offices of later leaders: Gul was foreign minister before he
  // was president.
  const auto gul = roles("Abdullah Gul met Kofi Annan in Ankara.", "2005-03-01");
  INFO(Join(gul));
  CHECK(Has(gul, "ABDULLAH_GUL member_of TUR"));
}

}  // namespace
}  // namespace tahaluf::testing
