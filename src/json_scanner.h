// Internal to graph I/O (graph_io.h): the JSON scanner that reads graph
// files and triple lines. RapidJSON reads every other JSON tahaluf takes in
// (articles as JSON Lines); these two formats are read by this scanner
// because they are large, their reading is timed (README, "Analytics at
// scale": a saved graph loads in under a second) and a general parser is
// about half as fast at them. benchmark/graph_read_benchmark.cc on the
// 519 MB graph file of tools/bench_graph.py (99,636 actors, 962,966 ties),
// this 2-core machine, shared:
//
//   RapidJSON SAX Reader (kParseIterativeFlag, SSE2), a handler
//   that does nothing                                          0.66-0.69 s
//   RapidJSON SAX Reader staging the same graph, then
//   BuildTieIndex (the same index, byte for byte)              1.53-1.81 s
//   IndexGraphJson: this scanner, then BuildTieIndex           0.83-0.92 s
//
// RapidJSON hands a handler every string copied (so views of the input,
// which is how the index keeps a half-gigabyte file's strings without a
// copy, are lost), needs a NUL after the input, and cannot start in the
// middle of the edges array for a second thread. This scanner walks the
// bytes once, keeps strings as views of the input (decoding only those
// with escapes, into a list that keeps them alive), skips what it does not
// need sixteen bytes at a time, and is strict JSON: what RapidJSON
// refuses, it refuses, naming the byte offset.
#ifndef TAHALUF_SRC_JSON_SCANNER_H_
#define TAHALUF_SRC_JSON_SCANNER_H_

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <list>
#include <optional>
#include <string>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "tahaluf/text.h"
#include "tahaluf/utf8.h"

namespace tahaluf {

// The position of `key` in `keys` (or N): member names are short, so a
// byte loop after checking length and ends beats memcmp calls.
template <size_t N>
inline size_t KeyIndex(std::string_view key, const std::string_view (&keys)[N], size_t hint = 0) {
  if (key.empty()) return N;
  // Writers put members in a fixed order: try the one after the last first.
  if (hint < N && SameBytes(keys[hint], key)) return hint;
  for (size_t k = 0; k < N; ++k) {
    std::string_view c = keys[k];
    if (c.size() != key.size() || c[0] != key[0] || c.back() != key.back()) continue;
    size_t i = 1;
    while (i < c.size() && c[i] == key[i]) ++i;
    if (i == c.size()) return k;
  }
  return N;
}

// The scanner: a cursor over JSON bytes with one call per kind of value.
// The first error stops it (failed(), error(), error_offset()). Besides
// what JSON forbids, it refuses what tahaluf cannot keep: a string that is
// not valid UTF-8, raw or through a \u escape of half a surrogate pair, and
// arrays and objects nested deeper than kMaxDepth (its calls recurse).
class JsonScanner {
 public:
  static constexpr size_t kMaxDepth = 100;

  JsonScanner(std::string_view content, std::list<std::string>* decoded)
      : begin_(content.data()), p_(content.data()), end_(content.data() + content.size()),
        decoded_(decoded) {}

  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  size_t error_offset() const { return error_offset_; }
  size_t offset() const { return static_cast<size_t>(p_ - begin_); }
  void Seek(size_t offset) { p_ = begin_ + offset; }

  bool Fail(const std::string& message) { return FailAt(offset(), message); }
  bool FailAt(size_t offset, const std::string& message) {
    if (error_.empty()) {
      error_ = message;
      error_offset_ = offset;
    }
    return false;
  }

  void SkipSpace() {
    // Pretty-printed files indent every member: most runs are a newline
    // and a few spaces.
    if (p_ < end_ && static_cast<unsigned char>(*p_) > ' ') return;
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n'),
                  tab = _mm_set1_epi8('\t'), cr = _mm_set1_epi8('\r');
    while (end_ - p_ >= 16) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
      __m128i ws = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, space), _mm_cmpeq_epi8(x, newline)),
                                _mm_or_si128(_mm_cmpeq_epi8(x, tab), _mm_cmpeq_epi8(x, cr)));
      unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(ws)) ^ 0xFFFFu;
      if (mask != 0) {
        p_ += __builtin_ctz(mask);
        return;
      }
      p_ += 16;
    }
#endif
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  // The next byte after spaces, or 0 at the end.
  char Peek() {
    SkipSpace();
    return p_ < end_ ? *p_ : '\0';
  }

  bool Expect(char c) {
    if (Peek() != c) return Fail(std::string("expected '") + c + "'");
    ++p_;
    return true;
  }

  // A string at the cursor; `out` views the input or a decoded copy.
  bool String(std::string_view* out) {
    if (Peek() != '"') return Fail("expected a string");
    const char* start = ++p_;
    bool escaped = false;
    // Whether a byte above 0x7F came: only then is the string checked for
    // valid UTF-8, so ASCII costs nothing more.
    bool high = false;
    for (;;) {
#ifdef __SSE2__
      // Sixteen bytes at a time to the next quote, backslash or control byte.
      const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'),
                    control = _mm_set1_epi8(0x1F);
      __m128i seen = _mm_setzero_si128();
      while (end_ - p_ >= 16) {
        __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
                                   _mm_cmpeq_epi8(_mm_max_epu8(x, control), control));
        int mask = _mm_movemask_epi8(hit);
        if (mask != 0) {
          const unsigned before = __builtin_ctz(static_cast<unsigned>(mask));
          high |= (static_cast<unsigned>(_mm_movemask_epi8(x)) & ((1u << before) - 1)) != 0;
          p_ += before;
          break;
        }
        seen = _mm_or_si128(seen, x);
        p_ += 16;
      }
      high |= _mm_movemask_epi8(seen) != 0;
#endif
      while (p_ < end_ && static_cast<unsigned char>(*p_) >= 0x20 && *p_ != '"' && *p_ != '\\') {
        high |= static_cast<unsigned char>(*p_) >= 0x80;
        ++p_;
      }
      if (p_ >= end_) return Fail("unterminated string");
      if (*p_ == '"') break;
      if (*p_ == '\\') {
        escaped = true;
        if (p_ + 1 >= end_) return Fail("unterminated string");
        char c = p_[1];
        if (c == 'u') {
          if (p_ + 6 > end_) return Fail("bad \\u escape");
          for (int k = 2; k < 6; ++k) {
            if (!std::isxdigit(static_cast<unsigned char>(p_[k]))) return Fail("bad \\u escape");
          }
          p_ += 6;
        } else if (std::string_view("\"\\/bfnrt").find(c) != std::string_view::npos) {
          p_ += 2;
        } else {
          return Fail("bad escape in string");
        }
        continue;
      }
      return Fail("control character in string");
    }
    std::string_view raw(start, static_cast<size_t>(p_ - start));
    if (high) {
      if (size_t bad = FindInvalidUtf8(raw); bad != std::string_view::npos) {
        return FailAt(static_cast<size_t>(start - begin_) + bad, "invalid UTF-8 in a string");
      }
    }
    if (escaped) {
      if (size_t bad = FindLoneSurrogate(raw); bad != std::string_view::npos) {
        return FailAt(static_cast<size_t>(start - begin_) + bad,
                      "a \\u escape of half a surrogate pair (not UTF-8)");
      }
    }
    ++p_;
    if (escaped && out != nullptr) {
      decoded_->push_back(Decode(raw));
      *out = decoded_->back();
    } else if (out != nullptr) {
      *out = raw;
    }
    return true;
  }

  // A number; *as_uint is set when it is an integer in [0, 2^32).
  bool Number(std::optional<uint32_t>* as_uint) {
    SkipSpace();
    const char* start = p_;
    if (p_ < end_ && *p_ == '-') ++p_;
    if (p_ >= end_ || !std::isdigit(static_cast<unsigned char>(*p_))) return Fail("expected a value");
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ < end_ && std::isdigit(static_cast<unsigned char>(*p_))) ++p_;
    }
    bool integer = true;
    if (p_ < end_ && *p_ == '.') {
      integer = false;
      ++p_;
      if (p_ >= end_ || !std::isdigit(static_cast<unsigned char>(*p_))) return Fail("bad number");
      while (p_ < end_ && std::isdigit(static_cast<unsigned char>(*p_))) ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      integer = false;
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ >= end_ || !std::isdigit(static_cast<unsigned char>(*p_))) return Fail("bad number");
      while (p_ < end_ && std::isdigit(static_cast<unsigned char>(*p_))) ++p_;
    }
    if (as_uint != nullptr) {
      as_uint->reset();
      if (integer && *start != '-' && p_ - start <= 10) {
        uint64_t v = 0;
        for (const char* q = start; q < p_; ++q) v = v * 10 + static_cast<uint64_t>(*q - '0');
        if (v <= 0xffffffffu) *as_uint = static_cast<uint32_t>(v);
      }
    }
    return true;
  }

  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) {
      return Fail("expected a value");
    }
    p_ += word.size();
    return true;
  }

  bool SkipValue() {
    switch (Peek()) {
      case '"':
        return String(nullptr);
      case '{':
        return Object([&](std::string_view) { return SkipValue(); });
      case '[':
        return Array([&] { return SkipValue(); });
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      default:
        return Number(nullptr);
    }
  }

  // Calls member(key) with the cursor on each member's value; member must
  // consume the value.
  template <typename F>
  bool Object(F&& member) {
    if (!Expect('{') || !Deeper()) return false;
    if (Peek() == '}') {
      ++p_;
      --depth_;
      return true;
    }
    for (;;) {
      std::string_view key;
      if (Peek() != '"') return Fail("expected a member name");
      if (!String(&key) || !Expect(':') || !member(key)) return false;
      char c = Peek();
      ++p_;
      if (c == '}') {
        --depth_;
        return true;
      }
      if (c != ',') {
        --p_;
        return Fail("expected ',' or '}'");
      }
    }
  }

  // An object whose members of interest are `keys`: calls member(k) with
  // the cursor on the value of keys[k], the first time that key comes;
  // member must consume the value. Other members are passed over. Writers
  // put members in a fixed order, so the key after the last one found is
  // tried first.
  template <size_t N, typename F>
  bool Members(const std::string_view (&keys)[N], F&& member) {
    static_assert(N <= 32, "one bit per key");
    uint32_t seen = 0;
    size_t expected = 0;
    return Object([&](std::string_view key) {
      const size_t k = KeyIndex(key, keys, expected);
      expected = k + 1;
      if (k == N || (seen & (1u << k))) return SkipValue();
      seen |= 1u << k;
      return member(k);
    });
  }

  template <typename F>
  bool Array(F&& element) {
    if (!Expect('[') || !Deeper()) return false;
    if (Peek() == ']') {
      ++p_;
      --depth_;
      return true;
    }
    for (;;) {
      if (!element()) return false;
      char c = Peek();
      ++p_;
      if (c == ']') {
        --depth_;
        return true;
      }
      if (c != ',') {
        --p_;
        return Fail("expected ',' or ']'");
      }
    }
  }

  // A string member value; another kind of value reads as "".
  bool StringOrEmpty(std::string_view* out) {
    if (Peek() == '"') return String(out);
    *out = {};
    return SkipValue();
  }
  // A whole number member value in [0, 2^32); another kind of value reads
  // as 0. A number out of that range (negative, fractional, too large) reads
  // as 0 too, and, when `misfit` is given and holds npos, sets it to the
  // number's offset: the caller decides whether that is an error.
  bool UintOrZero(uint32_t* out, size_t* misfit = nullptr) {
    char c = Peek();
    if (c == '-' || (c >= '0' && c <= '9')) {
      const size_t at = offset();
      std::optional<uint32_t> v;
      if (!Number(&v)) return false;
      *out = v.value_or(0);
      if (!v && misfit != nullptr && *misfit == std::string_view::npos) *misfit = at;
      return true;
    }
    *out = 0;
    return SkipValue();
  }
  bool BoolOrFalse(bool* out) {
    char c = Peek();
    if (c == 't') {
      *out = true;
      return Literal("true");
    }
    *out = false;
    return SkipValue();
  }

  bool AtEnd() { return Peek() == '\0' && p_ >= end_; }

  // Starts counting depth from `depth` (a reader that starts in the middle
  // of a document, inside so many arrays and objects).
  void set_depth(size_t depth) { depth_ = depth; }

 private:
  // One level deeper after an opening bracket; fails, at the bracket, past
  // kMaxDepth.
  bool Deeper() {
    if (++depth_ <= kMaxDepth) return true;
    return FailAt(offset() - 1, "nested deeper than " + std::to_string(kMaxDepth) + " levels");
  }

  // Where a \u escape in `raw` (a string's bytes between its quotes) writes
  // half of a surrogate pair alone, or npos.
  static size_t FindLoneSurrogate(std::string_view raw) {
    for (size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] != '\\') continue;
      if (raw[k + 1] != 'u') {
        ++k;
        continue;
      }
      const uint32_t unit = Hex4(raw, k + 2);
      if (unit >= 0xDC00 && unit < 0xE000) return k;
      if (unit >= 0xD800 && unit < 0xDC00) {
        if (k + 12 > raw.size() || raw[k + 6] != '\\' || raw[k + 7] != 'u') return k;
        const uint32_t low = Hex4(raw, k + 8);
        if (low < 0xDC00 || low >= 0xE000) return k;
        k += 6;
      }
      k += 5;
    }
    return std::string_view::npos;
  }

  static void AppendCodePoint(uint32_t c, std::string* out) {
    AppendUtf8(static_cast<char32_t>(c), out);
  }

  static uint32_t Hex4(std::string_view s, size_t at) {
    uint32_t v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char c = s[k];
      v = v * 16 + static_cast<uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
  }

  static std::string Decode(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] != '\\') {
        out += raw[k];
        continue;
      }
      char c = raw[++k];
      switch (c) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp = Hex4(raw, k + 1);
          k += 4;
          if (cp >= 0xD800 && cp < 0xDC00 && k + 6 < raw.size() + 0 && raw[k + 1] == '\\' &&
              raw[k + 2] == 'u') {
            uint32_t lo = Hex4(raw, k + 3);
            if (lo >= 0xDC00 && lo < 0xE000) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              k += 6;
            }
          }
          AppendCodePoint(cp, &out);
          break;
        }
        default: out += c;  // " \ /
      }
    }
    return out;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  std::list<std::string>* decoded_;
  std::string error_;
  size_t error_offset_ = 0;
  size_t depth_ = 0;
};

}  // namespace tahaluf

#endif  // TAHALUF_SRC_JSON_SCANNER_H_
