// The folded name key and edit distance between names.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tahaluf/names.h"

namespace tahaluf {
namespace {

TEST_CASE("names: NameKey folds case, diacritics, letter forms and articles") {
  struct Row {
    std::string name;
    std::string key;
  };
  const Row rows[] = {
      {"The Rapid Support Forces", "rapid support forces"},
      {"rapid  support-forces", "rapid support forces"},
      {"Haftar's", "haftar"},
      {"the", "the"},
      {"الإمارات", "امارات"},
      {"الجيش الوطني الليبي", "جيش وطني ليبي"},
      {"خليفة حفتر", "خليفه حفتر"},
      {"KHALIFA Haftar", "khalifa haftar"},
      {"", ""},
      {"—", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.name);
    CHECK(NameKey(r.name) == r.key);
  }
  CHECK(NameTokens("The Rapid Support Forces") == std::vector<std::string>{"rapid", "support", "forces"});
}

TEST_CASE("names: EditDistance by code point or byte, bounded") {
  struct Row {
    std::string a, b;
    size_t limit;
    TextUnit unit;
    size_t want;
  };
  const Row rows[] = {
      {"kitten", "sitting", kNoLimit, TextUnit::kCodePoint, 3},
      {"kitten", "sitting", 1, TextUnit::kCodePoint, 2},
      {"", "abc", kNoLimit, TextUnit::kCodePoint, 3},
      {"abc", "abc", 0, TextUnit::kCodePoint, 0},
      {"يفكيروف", "يفكوروف", 1, TextUnit::kCodePoint, 1},
      {"يفكيروف", "يفكوروف", kNoLimit, TextUnit::kByte, 1},  // ي and و share a byte
      {"حفتر", "حفتور", kNoLimit, TextUnit::kCodePoint, 1},
      {"حفتر", "حفتور", kNoLimit, TextUnit::kByte, 2},
      {"abcdef", "a", 2, TextUnit::kCodePoint, 3},
  };
  for (const Row& r : rows) {
    CAPTURE(r.a);
    CAPTURE(r.b);
    CHECK(EditDistance(r.a, r.b, r.limit, r.unit) == r.want);
  }
}

}  // namespace
}  // namespace tahaluf
