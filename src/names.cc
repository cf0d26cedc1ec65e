#include "tahaluf/names.h"

#include <algorithm>

#include "tahaluf/segment.h"
#include "tahaluf/utf8.h"

namespace tahaluf {
namespace {

template <typename Unit>
size_t Levenshtein(const std::basic_string<Unit>& x, const std::basic_string<Unit>& y,
                   size_t limit) {
  if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > limit) return limit + 1;
  std::vector<size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    size_t row_min = cur[0];
    for (size_t j = 1; j <= y.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[y.size()];
}

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(DecodeUtf8(s, &i));
  return out;
}

}  // namespace

std::vector<std::string> NameTokens(std::string_view name) {
  TokenizedSentence ts = Tokenize(name, SentenceSpan{0, static_cast<uint32_t>(name.size())});
  std::vector<std::string> out;
  for (const Token& t : ts.tokens) {
    if (!t.is_word) continue;
    if (t.text == "'s") continue;
    out.emplace_back(t.is_arabic ? StripArabicArticle(t.text) : t.text);
  }
  if (!out.empty() && out.front() == "the" && out.size() > 1) out.erase(out.begin());
  return out;
}

std::string NameKey(std::string_view name) {
  std::string out;
  for (const std::string& t : NameTokens(name)) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b, size_t limit, TextUnit unit) {
  if (unit == TextUnit::kByte) return Levenshtein(std::string(a), std::string(b), limit);
  return Levenshtein(CodePoints(a), CodePoints(b), limit);
}

}  // namespace tahaluf
