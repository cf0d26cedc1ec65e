#include "tahaluf/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "tahaluf/utf8.h"

namespace tahaluf {
namespace {

// The proclitics (morphology of the script, not word lists): the
// conjunctions و ف, the prepositions ب ك ل, the future marker س, the
// article ال and ل + ال written لل.
constexpr std::string_view kWaw = "و";
constexpr std::string_view kFa = "ف";
constexpr std::string_view kBa = "ب";
constexpr std::string_view kKaf = "ك";
constexpr std::string_view kLam = "ل";
constexpr std::string_view kSin = "س";
constexpr std::string_view kLamLam = "لل";

// Whether `s` has at least `n` code points; counts no further than that
// (StripArabicArticle asks for every word the rules look at).
bool HasLetters(std::string_view s, size_t n) {
  size_t seen = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++seen >= n) return true;
  }
  return seen >= n;
}

// (A loop, not memcmp: the prefixes are a letter or two, and every
// stemmed word asks several times.)
inline bool StartsWith(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (s[i] != p[i]) return false;
  }
  return true;
}

bool IcuIsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 ||
         u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool IcuIsWordChar(char32_t c) {
  if (u_isalnum(static_cast<UChar32>(c))) return true;
  int8_t t = u_charType(static_cast<UChar32>(c));
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK;
}

// The two answers for the code points below U+0800 (Latin, Arabic and their
// marks: nearly every character of the news), asked of ICU once, not with
// up to three ICU calls for every character of every sentence.
struct CharKinds {
  static constexpr char32_t kCached = 0x800;
  bool space[kCached], word[kCached];
  // IsArabicLetter, for a word's characters: one look, not five ranges.
  bool arabic[kCached];
  // (Out of line: Kinds(), which every character asks, stays small enough
  // to inline.)
  [[gnu::noinline]] CharKinds() {
    for (char32_t c = 0; c < kCached; ++c) {
      space[c] = IcuIsSpace(c);
      word[c] = IcuIsWordChar(c);
      arabic[c] = IsArabicLetter(c);
    }
  }
};

const CharKinds& Kinds() {
  static const CharKinds kinds;
  return kinds;
}

// (Given the table: a loop over characters fetches it once, where Kinds()
// checks on every call that it is made.)
bool IsSpace(const CharKinds& kinds, char32_t c) {
  return c < CharKinds::kCached ? kinds.space[c] : IcuIsSpace(c);
}

bool IsWordChar(const CharKinds& kinds, char32_t c) {
  return c < CharKinds::kCached ? kinds.word[c] : IcuIsWordChar(c);
}

bool IsArabicWordChar(const CharKinds& kinds, char32_t c) {
  return c < CharKinds::kCached ? kinds.arabic[c] : IsArabicLetter(c);
}

// List markers that open a sentence on news pages.
bool IsListMarker(char32_t c) {
  return c == 0x2022 || c == '-' || c == '*' || c == 0x2013 || c == 0x2014 ||
         c == 0x25CF || c == 0x25AA || c == 0x00B7;
}

// A line for the sentence break iterator, as UTF-16 with the byte offset
// in the line of each UTF-16 index: ICU reads UTF-16 in place, while
// through its UTF-8 provider it spent about as long converting the text as
// breaking it. A line that is not well-formed UTF-8 goes through that
// provider as before, which reads bad bytes as ICU does.
class BreakText {
 public:
  // Opens `line` into `ut` (an empty UText), or returns null with `status`
  // set. Reuses its buffers from one line to the next.
  UText* Open(UText* ut, std::string_view line, UErrorCode* status) {
    utf16_ = ToUtf16(line);
    if (utf16_) return utext_openUChars(ut, units_.data(), static_cast<int64_t>(size_), status);
    return utext_openUTF8(ut, line.data(), static_cast<int64_t>(line.size()), status);
  }
  // The byte offset in the line of index i of the text opened.
  size_t ByteAt(int32_t i) const { return utf16_ ? byte_at_[static_cast<size_t>(i)] : static_cast<size_t>(i); }

 private:
  // False for a line with a byte that is not well-formed UTF-8. (A line
  // has no more UTF-16 units than bytes: the buffers are sized once, not
  // grown a unit at a time.)
  bool ToUtf16(std::string_view line) {
    if (units_.size() < line.size()) units_.resize(line.size());
    if (byte_at_.size() < line.size() + 1) byte_at_.resize(line.size() + 1);
    size_t n = 0;
    for (size_t i = 0; i < line.size();) {
      const size_t at = i;
      const char32_t c = DecodeUtf8(line, &i);
      if (c == 0xFFFD && line.substr(at, 3) != "\xEF\xBF\xBD") return false;
      byte_at_[n] = static_cast<uint32_t>(at);
      if (c < 0x10000) {
        units_[n++] = static_cast<char16_t>(c);
      } else {
        units_[n++] = static_cast<char16_t>(0xD7C0 + (c >> 10));
        byte_at_[n] = static_cast<uint32_t>(at);
        units_[n++] = static_cast<char16_t>(0xDC00 | (c & 0x3FF));
      }
    }
    byte_at_[n] = static_cast<uint32_t>(line.size());
    size_ = n;
    return true;
  }

  bool utf16_ = false;  // the line opened was well-formed, read as UTF-16
  std::vector<char16_t> units_;
  size_t size_ = 0;  // the units of the line opened
  std::vector<uint32_t> byte_at_;  // per unit, and the line's end after the last
};

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::vector<std::string> keep_after;  // lower case
};

namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

void Segmenter::KeepAfter(std::vector<std::string> abbreviations) {
  for (std::string& a : abbreviations) a = AsciiLower(a);
  impl_->keep_after = std::move(abbreviations);
}

Segmenter::Segmenter() : impl_(new Impl) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(
      icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) impl_->sentences.reset();
}

Segmenter::~Segmenter() = default;

std::vector<SentenceSpan> Segmenter::Sentences(std::string_view text,
                                               size_t from) const {
  std::vector<SentenceSpan> out;
  const CharKinds& kinds = Kinds();
  auto add = [&](size_t b, size_t e) {
    // Trim spaces and leading list markers.
    while (b < e) {
      size_t next = b;
      char32_t c = DecodeUtf8(text, &next);
      if (IsSpace(kinds, c)) {
        b = next;
        continue;
      }
      if (IsListMarker(c)) {  // a marker only when a space follows ("-17")
        size_t peek = next;
        if (peek >= e || IsSpace(kinds, DecodeUtf8(text, &peek))) {
          b = next;
          continue;
        }
      }
      break;
    }
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' ||
                     text[e - 1] == '\r' || text[e - 1] == '\n')) {
      --e;
    }
    if (e <= b) return;
    // Drop a "sentence" with no letter or digit at all.
    size_t i = b;
    bool any = false;
    while (i < e && !any) any = IsWordChar(kinds, DecodeUtf8(text, &i));
    if (any) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };
  // ICU does not break ". - أكد" or ". أكد": Arabic has no capitals to
  // show a new sentence. Split such spans after the stop.
  // (The bytes that may begin a stop: the rest are passed over in a tight
  // loop, where each byte once took four comparisons.)
  static constexpr auto kMayStop = [] {
    std::array<bool, 256> may{};
    for (unsigned char c : {'.', '!', '?'}) may[c] = true;
    may[0xD8] = true;  // ؟ is D8 9F
    return may;
  }();
  auto add_split = [&](size_t b, size_t e) {
    size_t start = b, i = b;
    while (i < e) {
      while (i < e && !kMayStop[static_cast<unsigned char>(text[i])]) ++i;
      if (i >= e) break;
      // (Byte by byte, not decoded: '.', '!', '?' and ؟ (D8 9F) are never
      // inside another character's bytes, whatever the text.)
      size_t at = i;
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c == '.' || c == '!' || c == '?') {
        i = at + 1;
      } else if (c == 0xD8 && at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0x9F) {
        i = at + 2;
      } else {
        ++i;
        continue;
      }
      size_t j = i;
      bool space = false;
      while (j < e && (text[j] == ' ' || text[j] == '\t')) {
        ++j;
        space = true;
      }
      if (!space || j >= e) continue;
      size_t k = j;
      char32_t next = DecodeUtf8(text, &k);
      bool marker = IsListMarker(next) && k < e && (text[k] == ' ');
      if (IsArabicLetter(next) || marker) {
        add(start, at + 1);
        start = j;
        i = j;
      }
    }
    add(start, e);
  };
  BreakText break_text;
  size_t line_start = from;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    if (impl_->sentences == nullptr) {
      add_split(line_start, line_end);
    } else {
      UErrorCode status = U_ZERO_ERROR;
      UText* ut = break_text.Open(nullptr, line, &status);
      if (U_FAILURE(status)) {
        add_split(line_start, line_end);
      } else {
        impl_->sentences->setText(ut, status);
        // A break after an abbreviation ("Lt. Gen. X") is none.
        auto after_abbreviation = [&](size_t b, size_t e) {
          std::string_view seg = line.substr(b, e - b);
          while (!seg.empty() && (seg.back() == ' ' || seg.back() == '\t')) seg.remove_suffix(1);
          const size_t space = seg.find_last_of(" \t(\"");
          const std::string last = AsciiLower(space == std::string_view::npos ? seg : seg.substr(space + 1));
          return std::find(impl_->keep_after.begin(), impl_->keep_after.end(), last) != impl_->keep_after.end();
        };
        size_t b = break_text.ByteAt(impl_->sentences->first());
        for (int32_t next = impl_->sentences->next(); next != icu::BreakIterator::DONE;
             next = impl_->sentences->next()) {
          const size_t e = break_text.ByteAt(next);
          if (e < line.size() && after_abbreviation(b, e)) continue;
          add_split(line_start + b, line_start + e);
          b = e;
        }
        utext_close(ut);
      }
    }
    line_start = line_end + 1;
  }
  return out;
}

TokenizedSentence Tokenize(std::string_view text, SentenceSpan span) {
  TokenizedSentence out;
  Tokenize(text, span, &out);
  return out;
}

void Tokenize(std::string_view text, SentenceSpan span, TokenizedSentence* into) {
  TokenizedSentence& out = *into;
  out.span = span;
  out.original = text;
  Normalizer::Get().Normalize(text.substr(span.begin, span.end - span.begin), span.begin, &out.norm);
  std::string_view s = out.norm.text;
  const CharKinds& kinds = Kinds();
  // (At most one token in four bytes of news, most often fewer: a vector
  // grown a token at a time moved each token several times.)
  out.tokens.clear();
  out.tokens.reserve(s.size() / 4 + 1);
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(s, &i);
    if (IsSpace(kinds, c)) continue;
    Token& tok = out.tokens.emplace_back();  // (made in place: a token is 128 bytes)
    tok.begin = static_cast<uint32_t>(start);
    if (IsWordChar(kinds, c)) {
      tok.is_word = true;
      bool arabic = IsArabicWordChar(kinds, c);
      size_t end = i;
      while (end < s.size()) {
        size_t next = end;
        char32_t d = DecodeUtf8(s, &next);
        if (!IsWordChar(kinds, d)) {
          // Keep "u.s"-style inner dots out; keep inner apostrophes only for
          // non-possessive uses (o'brien), split possessive 's.
          break;
        }
        arabic |= IsArabicWordChar(kinds, d);
        end = next;
      }
      tok.is_arabic = arabic;
      i = end;
    }
    tok.end = static_cast<uint32_t>(i);
    tok.text = s.substr(tok.begin, tok.end - tok.begin);
    // English possessive: "'" followed by "s" and a non-word char.
    if (!tok.is_word && tok.text == "'" && i < s.size() && s[i] == 's' &&
        (i + 1 >= s.size() || !IsWordChar(kinds, static_cast<unsigned char>(s[i + 1])))) {
      tok.end = static_cast<uint32_t>(i + 1);
      tok.text = s.substr(tok.begin, 2);
      tok.is_word = true;  // "'s" is a word-like clitic
      i = i + 1;
    }
  }
}

int ArabicStems(std::string_view token, std::string_view out[6]) {
  int n = 0;
  // (Every stem is an end of the token: two as long are the same one.)
  auto push = [&](std::string_view s) {
    if (!HasLetters(s, 2)) return;
    for (int k = 0; k < n; ++k) {
      if (out[k].size() == s.size()) return;
    }
    if (n < 6) out[n++] = s;
  };
  push(token);
  std::string_view base[2] = {token, {}};
  int nb = 1;
  if ((StartsWith(token, kWaw) || StartsWith(token, kFa)) && HasLetters(token, 4)) {
    base[nb++] = token.substr(2);
    push(base[1]);
  }
  for (int b = 0; b < nb; ++b) {
    std::string_view t = base[b];
    std::string_view stripped = t;
    if (StartsWith(t, kLamLam) && HasLetters(t, 4)) {
      push(t.substr(kLamLam.size()));  // ل + ال: للسعودية -> سعودية
      push(t.substr(kLam.size()));     // ل + ل...: للقاء -> لقاء
      continue;
    }
    if ((StartsWith(t, kBa) || StartsWith(t, kKaf) || StartsWith(t, kLam) ||
         StartsWith(t, kSin)) &&
        HasLetters(t, 4)) {
      stripped = t.substr(2);
      push(stripped);
    }
    std::string_view no_article = StripArabicArticle(stripped);
    if (no_article != stripped) push(no_article);
    if (stripped != t) {
      std::string_view t_no_article = StripArabicArticle(t);
      if (t_no_article != t) push(t_no_article);
    }
  }
  return n;
}

int ArabicStems(const Token& token, std::string_view out[6]) {
  // A token too long for the offsets (no word is) is stemmed every time.
  if (token.text.size() > UINT16_MAX) return ArabicStems(token.text, out);
  if (token.stem_count < 0) {
    const int n = ArabicStems(token.text, out);
    for (int k = 0; k < n; ++k) {
      token.stem_begin[k] = static_cast<uint16_t>(token.text.size() - out[k].size());
    }
    token.stem_count = static_cast<int8_t>(n);
    return n;
  }
  for (int k = 0; k < token.stem_count; ++k) out[k] = token.text.substr(token.stem_begin[k]);
  return token.stem_count;
}

}  // namespace tahaluf
