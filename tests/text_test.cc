// Plain text: lines numbered as messages name them, HTML escaping, and the
// lookup table keyed by text.
#include <doctest/doctest.h>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tahaluf/text.h"

namespace tahaluf {
namespace {

// "NUMBER@OFFSET:TEXT" per line.
std::string DumpLines(std::string_view content, size_t first = 1) {
  std::string out;
  LineReader lines(content, first);
  for (Line l; lines.Next(&l);) {
    out += std::to_string(l.number) + "@" + std::to_string(l.offset) + ":" + std::string(l.text) + "|";
  }
  return out;
}

TEST_CASE("text: LineReader numbers lines and keeps their offsets") {
  struct Row {
    std::string content;
    std::string want;
  };
  const Row rows[] = {
      {"", ""},
      {"a", "1@0:a|"},
      {"a\n", "1@0:a|"},
      {"a\nbc\n\nd", "1@0:a|2@2:bc|3@5:|4@6:d|"},
      {"\n", "1@0:|"},
      {"x\r\ny", "1@0:x\r|2@3:y|"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.content);
    CHECK(DumpLines(r.content) == r.want);
  }
  CHECK(DumpLines("a\nb", 10) == "10@0:a|11@2:b|");
  LineReader counted("a\nb\nc");
  for (Line l; counted.Next(&l);) {
  }
  CHECK(counted.count() == 3);
}

TEST_CASE("text: IsBlank and HtmlEscape") {
  CHECK(IsBlank(""));
  CHECK(IsBlank(" \t\r\n"));
  CHECK_FALSE(IsBlank(" x "));
  CHECK(HtmlEscape("a & b < c > d \"e\" 'f'\r\ng") ==
        "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;\ng");
  CHECK(HtmlEscape("قوات الدعم السريع") == "قوات الدعم السريع");
}

TEST_CASE("text: XML escaping, in element text and in attributes") {
  CHECK(XmlEscape("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d");
  CHECK(XmlEscape("line\nnext\ttab\rcr") == "line\nnext\ttab&#13;cr");
  CHECK(XmlEscape("line\nnext\ttab", true) == "line&#10;next&#9;tab");
  // Characters XML 1.0 cannot hold are dropped, nothing else is.
  CHECK(XmlEscape(std::string("a\x01" "b\x1f" "c", 5)) == "abc");
  CHECK(XmlEscape("x\xEF\xBF\xBEy\xEF\xBF\xBFz") == "xyz");
  CHECK(XmlEscape("\u200fعربي\u200e \u2067x\u2069") == "\u200fعربي\u200e \u2067x\u2069");
}

TEST_CASE("text: TextLookup finds what a map holds, and nothing else") {
  // Keys of every length the hash reads differently (0, 1-3, 4-7, 8, more),
  // Arabic and Latin, enough of them to grow the table several times.
  std::unordered_map<std::string, int> map;
  TextLookup<int> lookup;
  std::vector<std::string> keys = {"", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi",
                                   "رئيس", "الوزراء", "ولي العهد السعودي"};
  for (int i = 0; i < 500; ++i) keys.push_back("key" + std::to_string(i * 7919));
  for (size_t i = 0; i < keys.size(); ++i) {
    auto [it, added] = map.try_emplace(keys[i], static_cast<int>(i));
    if (added) lookup.Add(it->first, &it->second);
  }
  for (const std::string& k : keys) {
    const int* v = lookup.Find(k);
    REQUIRE(v != nullptr);
    CHECK(v == &map.at(k));
  }
  // A key added again keeps its first value.
  int other = -1;
  lookup.Add(map.find("abc")->first, &other);
  CHECK(*lookup.Find("abc") == map.at("abc"));
  for (std::string_view missing : {"abce", "abcdefgi", "رييس", "key1", "Abc", "abcdefghij"}) {
    CHECK(lookup.Find(missing) == nullptr);
  }
  // A view into a longer buffer is looked up by its own bytes.
  const std::string text = "xabcdx";
  CHECK(lookup.Find(std::string_view(text).substr(1, 4)) == &map.at("abcd"));
  lookup.Clear();
  CHECK(lookup.Find("abc") == nullptr);
  TextLookup<int> empty;
  CHECK(empty.Find("") == nullptr);
}

TEST_CASE("text: a TextMap's copy finds its own values") {
  TextMap<std::unordered_map<std::string, int>> a;
  a["one"] = 1;
  a["اثنان"] = 2;
  TextMap<std::unordered_map<std::string, int>> b = a;
  b["one"] = 10;
  b["three"] = 3;
  CHECK(*a.Find("one") == 1);
  CHECK(a.Find("three") == nullptr);
  CHECK(*b.Find("one") == 10);
  CHECK(*b.Find("اثنان") == 2);
  CHECK(b.Find("اثنان") != a.Find("اثنان"));
  a = b;
  CHECK(*a.Find("three") == 3);
  CHECK(a.Find("three") != b.Find("three"));
  TextMap<std::unordered_map<std::string, int>> c = std::move(a);
  CHECK(*c.Find("one") == 10);
  CHECK(c.map().size() == 3);
  c.clear();
  CHECK(c.Find("one") == nullptr);
}

}  // namespace
}  // namespace tahaluf
