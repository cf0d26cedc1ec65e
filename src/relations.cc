#include "tahaluf/relations.h"

#include <array>

namespace tahaluf {
namespace {

constexpr Polarity kCoop = Polarity::kCooperative;
constexpr Polarity kHost = Polarity::kHostile;
constexpr Polarity kNeut = Polarity::kNeutral;

constexpr std::array<RelationInfo, 23> kRelations = {{
    {"visit", false, kCoop, "042", "CONSULT", "travels to"},
    {"host", false, kCoop, "043", "CONSULT", "receives a visit from"},
    {"meet", true, kCoop, "040", "CONSULT", "meets or holds talks with"},
    {"mediate", false, kCoop, "045", "CONSULT", "mediates in a matter involving"},
    {"sign_agreement", true, kCoop, "057", "AGREE", "signs an agreement with"},
    {"arms_deal", true, kCoop, "057", "AGREE", "agrees an arms sale with"},
    {"defense_pact", true, kCoop, "057", "AGREE", "has a defence pact with"},
    {"security_cooperation", true, kCoop, "062", "COOPERATE",
     "cooperates on security with"},
    {"economic_cooperation", true, kCoop, "061", "COOPERATE",
     "cooperates economically with"},
    {"support", false, kCoop, "05", "SUPPORT", "backs"},
    {"supply_arms", false, kCoop, "072", "AID", "supplies arms to", "support"},
    {"close_ties", true, kCoop, "", "", "is close to"},
    {"strained_ties", true, kHost, "16", "REJECT", "has strained ties with"},
    {"rivalry", true, kHost, "", "", "is a rival of"},
    {"accuse", false, kHost, "112", "ACCUSE", "accuses"},
    {"condemn", false, kHost, "111", "ACCUSE", "condemns"},
    {"threaten", false, kHost, "13", "THREATEN", "threatens"},
    {"sanction", false, kHost, "163", "SANCTION", "sanctions"},
    {"attack", false, kHost, "19", "ASSAULT", "attacks"},
    {"clash", true, kHost, "19", "ASSAULT", "clashes with"},
    {"leads", false, kNeut, "", "", "leads"},
    {"member_of", false, kNeut, "", "", "belongs to"},
    {"child_of", false, kNeut, "", "", "is a child of"},
}};

}  // namespace

std::span<const RelationInfo> Relations() { return kRelations; }

const RelationInfo* FindRelation(std::string_view name) {
  for (const RelationInfo& r : kRelations) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

std::string_view PolaritySign(Polarity p) {
  return p == kCoop ? "+" : p == kHost ? "-" : "0";
}

std::string_view PolarityName(Polarity p) {
  return p == kCoop ? "cooperative" : p == kHost ? "hostile" : "neutral";
}

}  // namespace tahaluf
