// Names to actors, on the index and on the editable graph.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analytics_util.h"
#include "tahaluf/resolve.h"

namespace tahaluf::testing {
namespace {

TEST_CASE("resolve: actors are found by id, name, alias or folded name, in either model") {
  AllianceGraph g;
  NodeInfo haftar{"HAFTAR", "Khalifa Haftar", "خليفة حفتر", "person", "", {"Haftar", "حفتر"}};
  NodeInfo sisi{"SISI", "Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "person", "", {"Sisi"}};
  Evidence e;
  e.doc = "d";
  g.AddFact(haftar, FindRelation("meet"), sisi, e);
  TieIndex index = TieIndex::FromGraph(g);
  auto found = [&](const std::string& name) {
    NameMatch m = ResolveActor(index, name);
    return m.vertex ? std::string(index.node(static_cast<uint32_t>(*m.vertex)).id) : "";
  };
  CHECK(found("SISI") == "SISI");
  CHECK(found("Khalifa Haftar") == "HAFTAR");
  CHECK(found("حفتر") == "HAFTAR");
  CHECK(found("khalifa  HAFTAR") == "HAFTAR");
  CHECK(found("عبد الفتاح السيسى") == "SISI");
  NameMatch m = ResolveActor(index, "Hafter");
  CHECK_FALSE(m.vertex.has_value());
  REQUIRE_FALSE(m.suggestions.empty());
  CHECK(m.suggestions[0] == "Khalifa Haftar (HAFTAR)");
  // The AllianceGraph overload agrees.
  NameMatch g_match = ResolveActor(g, "khalifa haftar");
  REQUIRE(g_match.vertex.has_value());
  CHECK(g.graph()[*g_match.vertex].id == "HAFTAR");
}

TEST_CASE("resolve: unknown names get the closest known names, in either language") {
  struct Row {
    std::string name;
    std::vector<std::string> suggestions;
  };
  TestGraph t({"EGY meet LBY", "HAFTAR leads LBY_LNA", "SISI leads EGY"});
  const Row rows[] = {
      {"Hafter", {"Name of HAFTAR (HAFTAR)"}},
      {"Name of EGX", {"Name of EGY (EGY)", "Name of LBY (LBY)", "Name of SISI (SISI)"}},
      {"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", {}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.name);
    NameMatch on_graph = ResolveActor(t.graph(), r.name);
    NameMatch on_index = ResolveActor(t.index(), r.name);
    CHECK_FALSE(on_graph.vertex.has_value());
    CHECK_FALSE(on_index.vertex.has_value());
    CHECK(on_graph.suggestions == r.suggestions);
    CHECK(on_index.suggestions == r.suggestions);
  }
}

}  // namespace
}  // namespace tahaluf::testing
