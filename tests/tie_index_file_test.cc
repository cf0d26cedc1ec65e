// The index file: a TieIndex written and read back is the same index, and a
// stale, foreign or damaged file is refused with a clear message.
#include <doctest/doctest.h>

#include <cstring>

#include "analytics_util.h"
#include "test_graphs.h"
#include "tahaluf/balance.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/paths.h"
#include "tahaluf/tie_index_file.h"
#include "tahaluf/utf8.h"

namespace tahaluf::testing {
namespace {

std::string IndexFileOf(const TieIndex& index, GraphFileStamp stamp) {
  std::string bytes;
  Status s = WriteTieIndexFile(index, stamp, [&](std::string_view piece) { bytes += piece; });
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return bytes;
}

void CheckSameIndex(const TieIndex& a, const TieIndex& b) {
  // The graph file written from each holds every actor, tie and piece of
  // evidence with all their fields.
  CHECK(GraphJson(a) == GraphJson(b));
  REQUIRE(a.num_nodes() == b.num_nodes());
  for (uint32_t v = 0; v < a.num_nodes(); ++v) {
    CHECK(b.Find(a.node(v).id) == v);
    REQUIRE(a.arcs(v).size() == b.arcs(v).size());
    for (size_t k = 0; k < a.arcs(v).size(); ++k) {
      CHECK(a.arcs(v)[k].neighbor == b.arcs(v)[k].neighbor);
      CHECK(a.arcs(v)[k].tie == b.arcs(v)[k].tie);
      CHECK(a.arcs(v)[k].forward == b.arcs(v)[k].forward);
    }
  }
  for (uint32_t t = 0; t < a.num_ties(); ++t) {
    CHECK(a.tie(t).relation == b.tie(t).relation);
    REQUIRE(a.evidence(t).size() == b.evidence(t).size());
    for (size_t k = 0; k < a.evidence(t).size(); ++k) {
      CHECK(a.evidence(t)[k].day == b.evidence(t)[k].day);
      CHECK(a.evidence(t)[k].hedged == b.evidence(t)[k].hedged);
    }
  }
}

TEST_CASE("tie_index_file: an index written and read back is the same index") {
  AllianceGraph g;
  BuildTrickyGraph(&g);  // quotes, newlines, bidi marks, Arabic, parallel ties
  const std::string json = GraphJson(g);
  TieIndex original;
  REQUIRE(IndexGraphJson(json, "g.json", &original).ok());
  const GraphFileStamp stamp{json.size(), 1700000000123456789, 42};
  const std::string bytes = IndexFileOf(original, stamp);
  CHECK(TieIndexFileStamp(bytes) == stamp);
  TieIndex back;
  Status s = ReadTieIndexFile(bytes, "g.json.tix", stamp, &back);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CheckSameIndex(original, back);
  // Its answers are the same: a filter keeps the same ties.
  TieFilter f;
  f.polarity = Polarity::kCooperative;
  f.since = *ParseDay("2024", false);
  ActiveTies x(original, f), y(back, f);
  for (uint32_t t = 0; t < original.num_ties(); ++t) CHECK(x.support(t) == y.support(t));
  // Written twice, the same bytes.
  CHECK(IndexFileOf(back, stamp) == bytes);
}

TEST_CASE("tie_index_file: an empty graph and a large one (two threads) round-trip") {
  TieIndex empty;
  REQUIRE(IndexGraphJson(GraphJson(AllianceGraph()), "e.json", &empty).ok());
  TieIndex back;
  const std::string empty_bytes = IndexFileOf(empty, {});
  REQUIRE(ReadTieIndexFile(empty_bytes, "e.tix", std::nullopt, &back).ok());
  CHECK(back.num_nodes() == 0);
  CHECK(back.num_ties() == 0);

  AllianceGraph g;
  for (int k = 0; k < 70000; ++k) {
    g.AddFact(Node("A" + std::to_string(k % 900), "a", "", "state"), Rel(k % 3 ? "visit" : "meet"),
              Node("B" + std::to_string(k % 700), "b", "ب", "person"),
              Ev("d" + std::to_string(k), k % 40, "line " + std::to_string(k), k % 5 ? "2021-03-04" : ""));
  }
  TieIndex big = TieIndex::FromGraph(g);
  REQUIRE(big.num_evidence() >= (1u << 16));
  TieIndex big_back;  // its strings point into big_bytes
  const std::string big_bytes = IndexFileOf(big, {1, 2});
  Status s = ReadTieIndexFile(big_bytes, "big.tix", GraphFileStamp{1, 2}, &big_back);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CheckSameIndex(big, big_back);
}

TEST_CASE("tie_index_file: build's index (staged triples) is the index of the file it wrote") {
  // `build` writes the index file from the staged index, not by reading
  // the graph file back: the two must be the same index.
  std::string triples;
  for (int k = 0; k < 300; ++k) {
    const std::string s = "S" + std::to_string(k % 17), o = "O" + std::to_string(k % 23);
    triples += R"({"doc":"d)" + std::to_string(k % 40) + R"(","sentence":1,"subject":{"id":")" + s +
               R"(","name":")" + (k % 3 ? std::string() : "Name \\\"" + s + "\\\"") +
               R"(","name_ar":"","kind":"state","surface":"x","aliases":["al)" + s +
               R"("]},"relation":")" + (k % 4 ? "meet" : "accuse") + R"(","object":{"id":")" + o +
               R"(","name":"","kind":"","surface":"y","aliases":[]},"polarity":"+","negated":false,)" +
               R"("hedged":)" + (k % 5 ? "false" : "true") + R"(,"date":"2024-0)" +
               std::to_string(1 + k % 9) + R"(-02","lang":"ar","evidence":{"text":"نص \u00e9 )" +
               std::to_string(k) + R"(","start":3,"end":9}})" + "\n";
  }
  TieIndexStager stager;
  std::vector<Status> errors;
  stager.AddTripleLines(triples, "t.jsonl", &errors);
  REQUIRE(errors.empty());
  TieIndex staged;
  REQUIRE(stager.Finish(&staged).ok());
  const std::string json = GraphJson(staged);
  TieIndex parsed;
  REQUIRE(IndexGraphJson(json, "g.json", &parsed).ok());
  const std::string bytes = IndexFileOf(staged, {});
  TieIndex from_file;
  REQUIRE(ReadTieIndexFile(bytes, "g.json.tix", std::nullopt, &from_file).ok());
  CheckSameIndex(parsed, from_file);
  for (uint32_t v = 0; v < parsed.num_nodes(); ++v) {
    CHECK(parsed.node(v).name == from_file.node(v).name);
    CHECK(parsed.aliases(v).size() == from_file.aliases(v).size());
  }
}

TEST_CASE("tie_index_file: another graph file's index is stale; damage is an error with an offset") {
  TestGraph t({"EGY visit LBY 2024-01-02", "LBY meet EGY 2023-05-01", "TUR support LBY"});
  const GraphFileStamp stamp{100, 5};
  const std::string bytes = IndexFileOf(t.index(), stamp);
  TieIndex index;

  Status s = ReadTieIndexFile(bytes, "g.tix", GraphFileStamp{100, 6}, &index);
  CHECK(s.code() == ErrorCode::kStale);
  CHECK(s.ToString().find("g.tix") != std::string::npos);
  CHECK(ReadTieIndexFile(bytes, "g.tix", GraphFileStamp{101, 5}, &index).code() == ErrorCode::kStale);
  CHECK(ReadTieIndexFile(bytes, "g.tix", GraphFileStamp{100, 5, 7}, &index).code() == ErrorCode::kStale);
  CHECK(index.num_nodes() == 0);  // unchanged on error

  s = ReadTieIndexFile("{\"version\":1}", "g.tix", std::nullopt, &index);
  CHECK(s.code() == ErrorCode::kGraph);
  CHECK(s.message() == "not a tahaluf index file");
  CHECK_FALSE(TieIndexFileStamp("{}"));

  // Another version of the format.
  std::string other = bytes;
  other[8] = 99;
  CHECK(ReadTieIndexFile(other, "g.tix", std::nullopt, &index).code() == ErrorCode::kStale);

  // Truncated anywhere: an error, never a crash.
  for (size_t cut = 8; cut < bytes.size(); cut += 7) {
    Status r = ReadTieIndexFile(std::string_view(bytes).substr(0, cut), "g.tix", std::nullopt, &index);
    CHECK_MESSAGE(!r.ok(), "cut at ", cut);
  }
  CHECK(index.num_nodes() == 0);

  // Every byte after the magic and version flipped in turn: the checksum
  // at the end no longer matches.
  for (size_t k = 16; k < bytes.size(); ++k) {
    std::string bad = bytes;
    bad[k] = static_cast<char>(bad[k] ^ 0x5a);
    TieIndex out;
    Status r = ReadTieIndexFile(bad, "g.tix", std::nullopt, &out);
    CHECK_MESSAGE(r.code() == ErrorCode::kGraph, "byte ", k);
    CHECK(r.offset() != Status::kNoPosition);
    if (k < bytes.size() - 8) {
      CHECK_MESSAGE(r.message().find("checksum") != std::string::npos, "byte ", k, ": ", r.message());
    }
  }
}

// A file sealed again after the damage (as a program that forged it
// would): the structure checks catch what the algorithms could trip on.
std::string Resealed(std::string bytes) {
  const uint64_t sum = TieIndexFileChecksum(std::string_view(bytes).substr(0, bytes.size() - 8));
  std::memcpy(bytes.data() + bytes.size() - 8, &sum, 8);
  return bytes;
}

TEST_CASE("tie_index_file: a forged file with a good checksum is checked for what queries trust") {
  TestGraph t({"EGY visit LBY 2024-01-02", "LBY meet EGY 2023-05-01", "TUR support LBY",
               "TUR condemn EGY 2022", "QAT support TUR x2", "QAT meet EGY hedged", "LBY attack TUR"});
  const std::string bytes = IndexFileOf(t.index(), GraphFileStamp{1, 2, 3});
  {
    TieIndex same;
    const std::string sealed = Resealed(bytes);
    REQUIRE(ReadTieIndexFile(sealed, "g.tix", std::nullopt, &same).ok());
  }
  size_t refused = 0, accepted = 0;
  for (size_t k = 16; k + 8 < bytes.size(); ++k) {
    for (char flip : {'\x01', '\x5a', '\x80'}) {
      std::string bad = bytes;
      bad[k] = static_cast<char>(bad[k] ^ flip);
      TieIndex out;
      const std::string sealed = Resealed(bad);  // the index points into it
      Status r = ReadTieIndexFile(sealed, "g.tix", std::nullopt, &out);
      if (!r.ok()) {
        ++refused;
        CHECK(r.code() == ErrorCode::kGraph);
        CHECK(r.offset() != Status::kNoPosition);
        continue;
      }
      // What is accepted keeps the promises: every question can be asked.
      ++accepted;
      ActiveTies active(out, TieFilter());
      for (uint32_t a = 0; a < out.num_nodes(); ++a) {
        for (uint32_t b = 0; b < out.num_nodes(); ++b) {
          for (const ActorPath& p : FindPaths(out, active, a, b, PathOptions())) {
            CHECK(p.hops.size() + 1 == p.actors.size());
          }
        }
      }
      FindUnbalancedTriads(out, active, false, 10);
      // Its strings are UTF-8 whatever byte changed (a flipped high bit in
      // an actor's name was accepted, and broke every export).
      CHECK_MESSAGE(FindInvalidUtf8(GraphJson(out)) == std::string::npos, "byte ", k);
    }
  }
  CHECK(refused > 500);
  CHECK(accepted > 0);  // a changed string byte, flag or sentence number
}

}  // namespace
}  // namespace tahaluf::testing
