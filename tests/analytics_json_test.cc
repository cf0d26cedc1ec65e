// Analytics answers as JSON: read back, with the numbering, limits and
// nulls a program relies on.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include "analytics_util.h"
#include "tahaluf/analytics_json.h"

namespace tahaluf::testing {
namespace {

rapidjson::Document Parse(const std::string& json) {
  REQUIRE(!json.empty());
  CHECK(json.back() == '\n');
  CHECK(json.find('\n') == json.size() - 1);  // one line
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  REQUIRE_FALSE(d.HasParseError());
  REQUIRE(d.IsObject());
  return d;
}

std::string Str(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// Two camps, allied inside, hostile across, and a lone neutral tie.
const std::vector<std::string> kCamps = {
    "A meet B x2 2024-01-05", "B meet C x2 2024-02-01", "A support C x2", "D meet E x2", "E meet F x2",
    "D support F x2",         "A condemn D 2024-03-01", "E attack B",     "C clash F",   "C leads Z"};

TEST_CASE("analytics json: paths with steps, quotes and other ties") {
  TestGraph t(kCamps);
  ActiveTies active(t.index(), {});
  PathOptions options;
  std::vector<ActorPath> paths = FindPaths(t.index(), active, t.Id("A"), t.Id("F"), options);
  rapidjson::Document d = Parse(PathsJson(t.index(), active, t.Id("A"), t.Id("F"), paths, false));
  CHECK(Str(d["from"]["id"]) == "A");
  CHECK(Str(d["to"]["name"]) == "Name of F");
  REQUIRE(d["paths"].Size() == paths.size());
  const rapidjson::Value& step = d["paths"][0]["steps"][0];
  CHECK(Str(step["from"]) == "A");
  CHECK(step["evidence"].Size() == step["evidence_count"].GetUint());
  CHECK(step["quote"].IsObject());
  CHECK_FALSE(d.HasMember("repeat"));
  PathTimings timings{4, 0.5, 0.25, 0.125};
  d = Parse(PathsJson(t.index(), active, t.Id("A"), t.Id("F"), paths, false, &timings));
  CHECK(d["repeat"].GetUint() == 4);
  CHECK(d["filter_seconds"].GetDouble() == 0.125);
}

TEST_CASE("analytics json: blocs numbered from 1, links by evidence, limits") {
  TestGraph t(kCamps);
  ActiveTies active(t.index(), {});
  Blocs blocs = FindBlocs(t.index(), active);
  rapidjson::Document d = Parse(BlocsJson(t.index(), active, blocs, 10, 1));
  CHECK(d["blocs_total"].GetUint() == 2);
  CHECK(d["blocs"][0]["bloc"].GetUint() == 1);
  CHECK(d["actors"].GetUint() == 6);
  REQUIRE(d["links"].Size() == 1);
  CHECK(d["links"][0]["hostile_ties"].GetUint() == 3);
  CHECK(d["links"][0]["ties"].Size() == 1);  // max_ties
  CHECK(Parse(BlocsJson(t.index(), active, blocs, 1, 3))["blocs"].Size() == 1);
}

TEST_CASE("analytics json: brokers name a bloc or null; timelines list or summarise") {
  TestGraph t(kCamps);
  ActiveTies active(t.index(), {});
  Blocs blocs = FindBlocs(t.index(), active);
  Centrality c = ComputeCentrality(t.index(), active, {});
  std::vector<Broker> brokers = TopBrokers(t.index(), active, c, blocs, 10);
  rapidjson::Document d = Parse(BrokersJson(t.index(), c, blocs, brokers));
  bool saw_null = false;
  for (const auto& b : d["brokers"].GetArray()) {
    if (Str(b["id"]) == "Z") {
      CHECK(b["bloc"].IsNull());  // only a neutral tie
      saw_null = true;
    } else {
      CHECK(b["bloc"].GetInt() >= 1);
    }
  }
  CHECK(saw_null);
  CHECK_FALSE(d.HasMember("betweenness_seconds"));

  std::vector<TimelineEntry> entries = Timeline(t.index(), active, t.Id("A"));
  d = Parse(TimelineJson(t.index(), t.Id("A"), entries, nullptr, 2));
  CHECK(d["entries_total"].GetUint() == entries.size());
  REQUIRE(d["entries"].Size() == 2);
  CHECK(Str(d["entries"][0]["date"]) == "2024-01-05");
  CHECK(Str(d["entries"][0]["direction"]) == "both");
  std::vector<TimelinePeriod> periods = SummarizeTimeline(t.index(), entries, Granularity::kMonth);
  d = Parse(TimelineJson(t.index(), t.Id("A"), entries, &periods, 0));
  CHECK_FALSE(d.HasMember("entries"));
  CHECK(Str(d["periods"][0]["period"]) == "2024-01");
}

TEST_CASE("analytics json: balance, neighbours and stats") {
  TestGraph t({"A meet B", "B meet C", "A condemn C"});
  ActiveTies active(t.index(), {});
  rapidjson::Document d = Parse(BalanceJson(t.index(), active, FindUnbalancedTriads(t.index(), active, false, 5), false));
  CHECK(d["triangles"]["++-"].GetUint() == 1);
  REQUIRE(d["unbalanced"].Size() == 1);
  CHECK(Str(d["unbalanced"][0]["kind"]) == "the ally of my ally is my enemy");
  CHECK(d["unbalanced"][0]["ties"].Size() == 3);
  d = Parse(NeighborhoodJson(t.index(), active, Neighborhood(t.index(), active, t.Id("A"), 1), 1));
  CHECK(d["members_total"].GetUint() == 2);
  CHECK(d["members"].Size() == 1);
  d = Parse(StatsJson(ComputeStats(t.index(), active, 10)));
  CHECK(d["ties"].GetUint() == 3);
  CHECK(d["by_polarity"]["hostile"]["ties"].GetUint() == 1);
}

}  // namespace
}  // namespace tahaluf::testing
