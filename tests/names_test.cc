// The folded name key and edit distance between names.
#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("names: WithinOneEdit, and EditDistance bounded by one or none, agree with the distance") {
  // Every pair of short words over a three-letter alphabet (one Arabic
  // letter among them, so code points, not bytes, are counted).
  const std::u32string letters = U"abح";
  std::vector<std::u32string> words{U""};
  for (size_t length = 1; length <= 4; ++length) {
    const size_t before = words.size();
    for (size_t w = 0; w < before; ++w) {
      if (words[w].size() != length - 1) continue;
      for (char32_t c : letters) words.push_back(words[w] + c);
    }
  }
  auto utf8 = [](const std::u32string& w) {
    std::string out;
    for (char32_t c : w) out += c == U'ح' ? std::string("ح") : std::string(1, static_cast<char>(c));
    return out;
  };
  for (const std::u32string& a : words) {
    for (const std::u32string& b : words) {
      CAPTURE(utf8(a));
      CAPTURE(utf8(b));
      const size_t distance = EditDistance(utf8(a), utf8(b));  // (the full table)
      CHECK(WithinOneEdit(a, b) == (distance <= 1));
      CHECK(EditDistance(utf8(a), utf8(b), 1) == std::min<size_t>(distance, 2));
      CHECK(EditDistance(utf8(a), utf8(b), 0) == std::min<size_t>(distance, 1));
    }
  }
}

}  // namespace
}  // namespace tahaluf
