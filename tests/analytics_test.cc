// Analytics on small hand-made graphs with known answers: ego networks,
// blocs, balance, centrality, timelines, statistics and merging.
#include <doctest/doctest.h>

#include <algorithm>

#include "analytics_util.h"
#include "tahaluf/balance.h"
#include "tahaluf/blocs.h"
#include "tahaluf/centrality.h"
#include "tahaluf/graph_stats.h"
#include "tahaluf/neighbors.h"
#include "tahaluf/timeline.h"

namespace tahaluf::testing {
namespace {

using Lines = std::vector<std::string>;

TEST_CASE("neighbors: ego network by depth, reached through the smallest id") {
  TestGraph t({"A meet B", "C visit A", "B support D x3", "C meet D", "A meet E", "E meet F",
               "F meet D", "X meet Y"});
  ActiveTies active(t.index(), {});
  EgoNetwork one = Neighborhood(t.index(), active, t.Id("A"), 1);
  Lines got;
  for (const EgoMember& m : one.members) got.push_back(std::string(t.index().node(m.actor).id));
  CHECK(got == Lines{"B", "C", "E"});
  CHECK(one.ties == 3);
  EgoNetwork two = Neighborhood(t.index(), active, t.Id("A"), 2);
  REQUIRE(two.members.size() == 5);
  CHECK(two.per_depth == std::vector<size_t>{3, 2});
  const EgoMember& d = two.members[3];
  CHECK(t.index().node(d.actor).id == "D");
  CHECK(d.depth == 2);
  CHECK(t.index().node(d.via).id == "B");
  CHECK(two.ties == 7);  // all but X-Y
  REQUIRE(two.by_relation.size() == 3);
  CHECK(two.by_relation[0].relation->name == "visit");
  CHECK(two.by_relation[0].center_ties == 1);
  CHECK(two.by_relation[0].center_subject == 0);  // C visits A
  CHECK(two.by_relation[1].relation->name == "meet");
  CHECK(two.by_relation[1].ties == 5);
  CHECK(two.by_relation[2].relation->name == "support");
  CHECK(two.by_relation[2].evidence == 3);
  CHECK(Neighborhood(t.index(), active, t.Id("A"), 0).members.empty());
  TieFilter hostile;
  hostile.polarity = Polarity::kHostile;
  ActiveTies none(t.index(), hostile);
  EgoNetwork empty = Neighborhood(t.index(), none, t.Id("A"), 3);
  CHECK(empty.members.empty());
  CHECK(empty.by_relation.empty());
}

// Two camps, allied inside, hostile across.
const Lines kCamps = {"A meet B x2", "B meet C x2", "A support C x2", "D meet E x2", "E meet F x2",
                      "D support F x2", "A condemn D", "E attack B", "C clash F", "C leads Z"};

TEST_CASE("blocs: two camps split along their hostile ties") {
  TestGraph t(kCamps);
  ActiveTies active(t.index(), {});
  Blocs blocs = FindBlocs(t.index(), active);
  REQUIRE(blocs.members.size() == 2);
  CHECK(Ids(t.index(), blocs.members[0]) == "A B C");
  CHECK(Ids(t.index(), blocs.members[1]) == "D E F");
  CHECK(blocs.bloc_of[t.Id("Z")] == Blocs::kNoBloc);  // neutral ties only
  CHECK(blocs.cooperative_inside == 6);
  CHECK(blocs.hostile_across == 3);
  CHECK(blocs.hostile_inside == 0);
  CHECK(blocs.cooperative_across == 0);
  CHECK(blocs.frustration == 0);
  CHECK(blocs.modularity > 0.4);
  REQUIRE(blocs.links.size() == 1);
  CHECK(blocs.links[0].a == 0);
  CHECK(blocs.links[0].b == 1);
  CHECK(blocs.links[0].hostile_ties == 3);
  CHECK(blocs.links[0].cooperative_ties == 0);
}

TEST_CASE("blocs: a defector's cooperative tie across shows as frustration") {
  Lines facts = kCamps;
  facts.push_back("C meet D");
  TestGraph t(facts);
  ActiveTies active(t.index(), {});
  Blocs blocs = FindBlocs(t.index(), active);
  REQUIRE(blocs.members.size() == 2);
  CHECK(blocs.cooperative_across == 1);
  CHECK(blocs.frustration == doctest::Approx(1.0 / 16));
}

TEST_CASE("blocs: enemies only stand apart; no signed tie, no bloc") {
  TestGraph t({"A condemn B", "C leads D"});
  ActiveTies active(t.index(), {});
  Blocs blocs = FindBlocs(t.index(), active);
  REQUIRE(blocs.members.size() == 2);
  CHECK(blocs.bloc_of[t.Id("A")] != blocs.bloc_of[t.Id("B")]);
  CHECK(blocs.bloc_of[t.Id("C")] == Blocs::kNoBloc);
  TieFilter none;
  none.since = *ParseDay("2030", false);
  CHECK(FindBlocs(t.index(), ActiveTies(t.index(), none)).members.empty());
}

TEST_CASE("balance: triads with an odd number of hostile pairs break balance") {
  TestGraph t({// ++- : the ally of my ally is my enemy
               "A meet B", "B meet C", "A condemn C",
               // --- : three mutual enemies
               "D attack E", "E attack F", "F attack D",
               // +-- : balanced
               "G meet H", "H clash I", "G clash I",
               // net sign: two meetings outweigh one condemnation
               "J meet K x2", "J condemn K", "K meet L", "J meet L"});
  ActiveTies active(t.index(), {});
  BalanceReport strong = FindUnbalancedTriads(t.index(), active, /*weak=*/false, 10);
  CHECK(strong.triangles[0] == 1);  // J K L
  CHECK(strong.triangles[1] == 1);
  CHECK(strong.triangles[2] == 1);
  CHECK(strong.triangles[3] == 1);
  CHECK(strong.unbalanced_total == 2);
  CHECK(strong.balance_ratio == doctest::Approx(0.5));
  REQUIRE(strong.unbalanced.size() == 2);
  CHECK(Ids(t.index(), {strong.unbalanced[0].a, strong.unbalanced[0].b, strong.unbalanced[0].c}) == "A B C");
  CHECK(strong.unbalanced[0].hostile_pairs() == 1);
  CHECK(strong.unbalanced[0].ac == -1);
  CHECK(strong.unbalanced[1].hostile_pairs() == 3);
  BalanceReport weak = FindUnbalancedTriads(t.index(), active, /*weak=*/true, 10);
  CHECK(weak.unbalanced_total == 1);
  CHECK(FindUnbalancedTriads(t.index(), active, false, 1).unbalanced.size() == 1);
  CHECK(FindUnbalancedTriads(t.index(), active, false, 0).unbalanced.empty());
}

TEST_CASE("brokers: betweenness on known graphs") {
  // A path A-B-C-D and a star S with four leaves (one with two ties).
  TestGraph t({"A meet B", "B meet C", "C meet D", "S meet L1", "S meet L2", "S meet L3",
               "L4 visit S", "S condemn L4"});
  ActiveTies active(t.index(), {});
  Centrality c = ComputeCentrality(t.index(), active, {});
  CHECK(c.betweenness[t.Id("A")] == 0);
  CHECK(c.betweenness[t.Id("B")] == doctest::Approx(2));
  CHECK(c.betweenness[t.Id("C")] == doctest::Approx(2));
  CHECK(c.betweenness[t.Id("S")] == doctest::Approx(6));
  CHECK(c.degree[t.Id("S")] == 4);  // L4 once, though tied twice
  CHECK_FALSE(c.sampled);
  CentralityOptions all;
  all.sample = 100;  // more than the actors: exact
  CHECK(ComputeCentrality(t.index(), active, all).betweenness == c.betweenness);
  CentralityOptions some;
  some.sample = 4;
  Centrality s1 = ComputeCentrality(t.index(), active, some);
  CHECK(s1.sampled);
  CHECK(s1.betweenness == ComputeCentrality(t.index(), active, some).betweenness);
}

TEST_CASE("brokers: the only bridge between two camps ranks first") {
  // Z is on the 9 shortest paths between the camps; A and D each on 8
  // (from their two camp-mates to the 4 actors beyond).
  TestGraph t({"A meet B", "B meet C", "A meet C", "D meet E", "E meet F", "D meet F", "Z meet A",
               "Z meet D"});
  ActiveTies active(t.index(), {});
  Centrality c = ComputeCentrality(t.index(), active, {});
  Blocs blocs = FindBlocs(t.index(), active);
  std::vector<Broker> top = TopBrokers(t.index(), active, c, blocs, 3);
  REQUIRE(top.size() == 3);
  CHECK(t.index().node(top[0].actor).id == "Z");
  CHECK(top[0].betweenness == doctest::Approx(9));
  CHECK(top[0].blocs_reached == 1);
  CHECK(t.index().node(top[1].actor).id == "A");  // ties with D broken by id
  CHECK(top[1].betweenness == doctest::Approx(8));
  CHECK(t.index().node(top[2].actor).id == "D");
  CHECK(TopBrokers(t.index(), active, c, blocs, 100).size() == 7);
  TieFilter none;
  none.since = *ParseDay("2030", false);
  ActiveTies off(t.index(), none);
  CHECK(TopBrokers(t.index(), off, ComputeCentrality(t.index(), off, {}), FindBlocs(t.index(), off), 3).empty());
}

TEST_CASE("timeline: evidence by date, undated last, summarised per period") {
  TestGraph t({"A meet B 2021-03-01", "C condemn A 2020-07-09", "A visit C x2 2021-11-30",
               "A support B", "B meet C 2019-01-01"});
  ActiveTies active(t.index(), {});
  std::vector<TimelineEntry> entries = Timeline(t.index(), active, t.Id("A"));
  Lines got;
  for (const TimelineEntry& e : entries) {
    got.push_back(std::string(t.index().evidence(e.tie)[e.evidence].date) + " " +
                  std::string(t.index().tie(e.tie).relation->name) + " " +
                  std::string(t.index().node(e.counterpart).id) + (e.subject ? " S" : " O"));
  }
  CHECK(got == Lines{"2020-07-09 condemn C O", "2021-03-01 meet B S", "2021-11-30 visit C S",
                     "2021-11-30 visit C S", " support B S"});
  auto years = SummarizeTimeline(t.index(), entries, Granularity::kYear);
  REQUIRE(years.size() == 3);
  CHECK(years[0].period == "2020");
  CHECK(years[0].by_polarity[1] == 1);
  CHECK(years[1].period == "2021");
  CHECK(years[1].by_polarity[0] == 3);
  CHECK(years[1].counterparts == 2);
  CHECK(years[2].period == "undated");
  auto months = SummarizeTimeline(t.index(), entries, Granularity::kMonth);
  CHECK(months.size() == 4);
  TieFilter window;
  window.since = *ParseDay("2021", false);
  CHECK(Timeline(t.index(), ActiveTies(t.index(), window), t.Id("A")).size() == 3);
}

TEST_CASE("stats: counts by kind, relation, polarity, language and document") {
  TestGraph t({"A meet B x2 2021-03-01", "C condemn A 2020-07-09 hedged", "A leads D"});
  ActiveTies active(t.index(), {});
  GraphStats s = ComputeStats(t.index(), active, 2);
  CHECK(s.actors == 4);
  CHECK(s.actors_with_ties == 4);
  CHECK(s.ties == 3);
  CHECK(s.evidence == 4);
  CHECK(s.hedged == 1);
  CHECK(s.undated == 1);
  CHECK(s.first_date == "2020-07-09");
  CHECK(s.last_date == "2021-03-01");
  CHECK(s.documents == 4);
  CHECK(s.ties_by_polarity == std::array<size_t, 3>{1, 1, 1});
  CHECK(s.evidence_by_polarity == std::array<size_t, 3>{2, 1, 1});
  REQUIRE(s.by_relation.size() == 3);
  CHECK(s.by_relation[0].relation->name == "meet");
  CHECK(s.by_relation[0].evidence == 2);
  REQUIRE(s.actors_by_kind.size() == 1);
  CHECK(s.actors_by_kind[0] == std::pair<std::string, size_t>{"state", 4});
  CHECK(s.evidence_by_language.size() == 2);
  CHECK(s.top_documents.size() == 2);
  TieFilter hostile;
  hostile.polarity = Polarity::kHostile;
  GraphStats h = ComputeStats(t.index(), ActiveTies(t.index(), hostile), 2);
  CHECK(h.ties == 1);
  CHECK(h.actors_with_ties == 2);
}

}  // namespace
}  // namespace tahaluf::testing
