// The relation inventory: 23 relations between actors, their direction,
// polarity and CAMEO / PLOVER codes. This is the contract the evaluation
// uses (shared/eval/README.md) and every export carries.
//
// Usage:
//   const tahaluf::RelationInfo* r = tahaluf::FindRelation("visit");
//   if (r && r->symmetric) ...
#ifndef TAHALUF_RELATIONS_H_
#define TAHALUF_RELATIONS_H_

#include <span>
#include <string_view>

namespace tahaluf {

enum class Polarity { kCooperative, kHostile, kNeutral };

struct RelationInfo {
  std::string_view name;      // "visit", "defense_pact", ...
  bool symmetric;             // S–O is the same fact as O–S
  Polarity polarity;
  std::string_view cameo;     // "042"; "" where CAMEO has no code
  std::string_view plover;    // "CONSULT"; "" where none
  std::string_view gloss;     // one line for help texts and legends
  // The relation every statement of this one also states, "" if none:
  // arming someone is backing them materially (CAMEO 07).
  std::string_view implies = {};
};

// All relations, in a fixed order.
std::span<const RelationInfo> Relations();

// The relation named `name`, or nullptr.
const RelationInfo* FindRelation(std::string_view name);

// "+", "-" or "0".
std::string_view PolaritySign(Polarity p);
// "cooperative", "hostile" or "neutral".
std::string_view PolarityName(Polarity p);

}  // namespace tahaluf

#endif  // TAHALUF_RELATIONS_H_
