#include "tahaluf/names.h"

#include <algorithm>
#include <cctype>

#include "tahaluf/segment.h"
#include "tahaluf/utf8.h"

namespace tahaluf {
namespace {

// Rows and code points of names up to this long live on the stack: the
// recogniser compares words with names hundreds of thousands of times a
// megabyte.
constexpr size_t kShort = 64;

template <typename Unit>
size_t Levenshtein(const Unit* x, size_t nx, const Unit* y, size_t ny, size_t limit) {
  if ((nx > ny ? nx - ny : ny - nx) > limit) return limit + 1;
  size_t small[2][kShort + 1];
  std::vector<size_t> large;
  size_t* prev = small[0];
  size_t* cur = small[1];
  if (ny > kShort) {
    large.resize(2 * (ny + 1));
    prev = large.data();
    cur = prev + ny + 1;
  }
  for (size_t j = 0; j <= ny; ++j) prev[j] = j;
  for (size_t i = 1; i <= nx; ++i) {
    cur[0] = i;
    size_t row_min = cur[0];
    for (size_t j = 1; j <= ny; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[ny];
}

// The code points of `s` into `out` (kShort of them at most); false when
// there are more.
bool ShortCodePoints(std::string_view s, char32_t* out, size_t* n) {
  *n = 0;
  for (size_t i = 0; i < s.size();) {
    if (*n == kShort) return false;
    out[(*n)++] = DecodeUtf8(s, &i);
  }
  return true;
}

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(DecodeUtf8(s, &i));
  return out;
}

}  // namespace

bool WrittenWithHamzaAlef(const TokenizedSentence& s, size_t j) {
  const std::string_view w = std::string_view(s.original).substr(s.OriginalBegin(j));
  return w.substr(0, 4) == "أل" || w.substr(0, 4) == "إل";
}

std::vector<std::string> NameTokens(std::string_view name) { return NameTokens(name, nullptr); }

std::vector<std::string> NameTokens(std::string_view name, std::vector<bool>* article) {
  // (One per thread, its buffers reused from name to name: the lexicon's
  // 20,000 names otherwise took three allocations each for what is thrown
  // away at once.)
  thread_local TokenizedSentence ts;
  Tokenize(name, SentenceSpan{0, static_cast<uint32_t>(name.size())}, &ts);
  std::vector<std::string> out;
  out.reserve(ts.tokens.size());  // (not grown a word at a time: every name of the lexicon comes here)
  if (article != nullptr) article->clear();
  for (size_t j = 0; j < ts.tokens.size(); ++j) {
    const Token& t = ts.tokens[j];
    if (!t.is_word) continue;
    if (t.text == "'s") continue;
    // ("ألماني" keeps its أل: "الألمانية" is the article on it.)
    const bool may_have_article = t.is_arabic && !WrittenWithHamzaAlef(ts, j);
    const std::string_view bare = may_have_article ? StripArabicArticle(t.text) : t.text;
    out.emplace_back(bare);
    if (article != nullptr) article->push_back(bare.size() != t.text.size());
  }
  if (!out.empty() && out.front() == "the" && out.size() > 1) {
    out.erase(out.begin());
    if (article != nullptr) article->erase(article->begin());
  }
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
  if (unit == TextUnit::kByte) return Levenshtein(a.data(), a.size(), b.data(), b.size(), limit);
  // A code point is at most 4 bytes: lengths this far apart are more than
  // `limit` code points apart.
  const size_t byte_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (byte_gap / 4 > limit) return limit + 1;
  // One edit changes the length by four bytes at most: words further apart
  // (most a mention's words and a name's, which recognition compares) are
  // told without decoding. (Short ones only, whose answer is limit + 1
  // below as well.)
  if (limit <= 1 && byte_gap > 4 * limit && a.size() <= kShort && b.size() <= kShort) return limit + 1;
  char32_t x[kShort], y[kShort];
  size_t nx = 0, ny = 0;
  if (ShortCodePoints(a, x, &nx) && ShortCodePoints(b, y, &ny)) {
    // No edit or one (what recognition asks, for every word of a name
    // against each word of a mention) is told in one pass, not a table.
    if (limit <= 1) {
      const std::u32string_view cx(x, nx), cy(y, ny);
      if (cx == cy) return 0;
      return limit == 1 && WithinOneEdit(cx, cy) ? 1 : limit + 1;
    }
    return Levenshtein(x, nx, y, ny, limit);
  }
  const std::u32string cx = CodePoints(a), cy = CodePoints(b);
  return Levenshtein(cx.data(), cx.size(), cy.data(), cy.size(), limit);
}

namespace {

// The lengths of the longest common prefix of `a` and `b`, and of the
// longest common suffix of what the prefix leaves.
std::pair<size_t, size_t> CommonEnds(std::u32string_view a, std::u32string_view b) {
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  return {prefix, suffix};
}

}  // namespace

bool WithinOneEdit(std::u32string_view a, std::u32string_view b) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > 1) return false;
  const auto [prefix, suffix] = CommonEnds(a, b);
  return a.size() - prefix - suffix <= 1 && b.size() - prefix - suffix <= 1;
}

std::pair<char32_t, char32_t> OneEditAt(std::u32string_view a, std::u32string_view b) {
  const auto [prefix, suffix] = CommonEnds(a, b);
  const char32_t x = a.size() - prefix - suffix == 1 ? a[prefix] : 0;
  const char32_t y = b.size() - prefix - suffix == 1 ? b[prefix] : 0;
  return {x, y};
}

std::string Consonants(std::string_view latin) {
  std::string out;
  for (char c : latin) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (l < 'a' || l > 'z' || std::string_view("aeiouy").find(l) != std::string_view::npos) continue;
    if (!out.empty() && out.back() == l) continue;
    out.push_back(l);
  }
  return out;
}

}  // namespace tahaluf
