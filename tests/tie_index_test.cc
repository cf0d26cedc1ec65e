// The analytics index: built from a graph as the graph has it, and the
// filters every analytics command takes.
#include <doctest/doctest.h>

#include "analytics_util.h"

namespace tahaluf::testing {
namespace {

TEST_CASE("tie_index: filters count the evidence that passes") {
  TestGraph t({"A meet B x3 2020-06-01", "A meet B x1", "A condemn C x2 2022-01-01",
               "B support C 2021-03-03 hedged", "C leads D"});
  const TieIndex& index = t.index();
  auto support = [&](const TieFilter& f, const std::string& s, const std::string& rel,
                     const std::string& o) {
    ActiveTies active(index, f);
    for (uint32_t k = 0; k < index.num_ties(); ++k) {
      const Tie& tie = index.tie(k);
      if (index.node(tie.source).id == s && tie.relation->name == rel && index.node(tie.target).id == o) {
        return active.support(k);
      }
    }
    FAIL("no such tie");
    return 0u;
  };
  TieFilter all;
  CHECK(support(all, "A", "meet", "B") == 4);
  TieFilter coop;
  coop.polarity = Polarity::kCooperative;
  CHECK(support(coop, "A", "condemn", "C") == 0);
  CHECK(support(coop, "B", "support", "C") == 1);
  TieFilter since;
  since.since = *ParseDay("2021", false);
  CHECK(support(since, "A", "meet", "B") == 0);  // undated evidence is out of any window
  CHECK(support(since, "A", "condemn", "C") == 2);
  TieFilter until;
  until.until = *ParseDay("2020-06", true);
  CHECK(support(until, "A", "meet", "B") == 3);
  TieFilter min;
  min.min_evidence = 3;
  CHECK(support(min, "A", "meet", "B") == 4);
  CHECK(support(min, "A", "condemn", "C") == 0);
  TieFilter unhedged;
  unhedged.skip_hedged = true;
  CHECK(support(unhedged, "B", "support", "C") == 0);
  TieFilter rel;
  rel.relations = {FindRelation("leads")};
  CHECK(support(rel, "C", "leads", "D") == 1);
  CHECK(support(rel, "A", "meet", "B") == 0);
  ActiveTies none(index, [] {
    TieFilter f;
    f.since = *ParseDay("2030", false);
    return f;
  }());
  CHECK(none.num_on() == 0);
}

TEST_CASE("tie_index: --as-of keeps the latest polarity between two actors") {
  TestGraph t({"QAT meet SAU 2016-05-01", "SAU sanction QAT 2017-06-05", "QAT meet SAU 2021-01-05",
               "QAT visit UAE 2018-01-01", "UAE accuse QAT 2019-01-01"});
  const TieIndex& index = t.index();
  auto on = [&](const std::string& day, const std::string& s, const std::string& rel,
                const std::string& o) {
    TieFilter f;
    f.as_of = *ParseDay(day, true);
    ActiveTies active(index, f);
    for (uint32_t k = 0; k < index.num_ties(); ++k) {
      const Tie& tie = index.tie(k);
      if (index.node(tie.source).id == s && tie.relation->name == rel && index.node(tie.target).id == o) {
        return active.support(k);
      }
    }
    return 0u;
  };
  CHECK(on("2016-12-31", "QAT", "meet", "SAU") == 1);
  CHECK(on("2018-01-01", "QAT", "meet", "SAU") == 0);  // the 2017 sanction came later
  CHECK(on("2018-01-01", "SAU", "sanction", "QAT") == 1);
  CHECK(on("2021-12-31", "SAU", "sanction", "QAT") == 0);  // reconciled in 2021
  CHECK(on("2021-12-31", "QAT", "meet", "SAU") == 2);
  CHECK(on("2021-12-31", "QAT", "visit", "UAE") == 0);
  CHECK(on("2021-12-31", "UAE", "accuse", "QAT") == 1);
}

}  // namespace
}  // namespace tahaluf::testing
