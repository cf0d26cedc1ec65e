// Stage 2: segment. Splits a document into sentences, and a sentence into
// tokens of its normalised text, with Arabic proclitics split off for
// matching.
//
// Sentences come from ICU's sentence BreakIterator run over each line of the
// original text (news pages put headlines, bullets and list items on lines of
// their own, so a line break always ends a sentence); list markers (• - *)
// at the start of a sentence are left out of it. Tokens are maximal runs of
// letters, digits and marks by ICU's character properties; every other
// non-space character is a punctuation token of its own, so rules can see
// clause boundaries (، , ؛ ; : "). English possessive 's is its own token.
//
// Usage:
//   tahaluf::Segmenter seg;                       // reuse: holds ICU state
//   for (tahaluf::SentenceSpan s : seg.Sentences(doc.text, doc.body_begin)) {
//     tahaluf::TokenizedSentence ts = tahaluf::Tokenize(doc.text, s);
//     for (const tahaluf::Token& t : ts.tokens) { ... t.text ... }
//   }
#ifndef TAHALUF_SEGMENT_H_
#define TAHALUF_SEGMENT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/normalize.h"

namespace tahaluf {

// A sentence as a byte range [begin, end) of the original text.
struct SentenceSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct Token {
  uint32_t begin = 0;   // byte range in TokenizedSentence::norm.text
  uint32_t end = 0;
  std::string_view text;  // normalised (folded) token text
  bool is_word = false;   // letters/digits (else punctuation)
  bool is_arabic = false;
  // A cache the word classes (words.h) fill on their first question about
  // the token: the classes it is a member of and those a phrase of which it
  // starts, as bits, so that each token is stemmed and looked up once.
  // `classes_of` is the WordClasses that filled it (null: not yet).
  mutable const void* classes_of = nullptr;
  static constexpr size_t kClassWords = 3;  // 64 word classes each
  mutable uint64_t classes[kClassWords] = {};
  mutable uint64_t classes_as_written[kClassWords] = {};  // of `text` as it is
  mutable uint64_t phrase_starts[kClassWords] = {};
  // ArabicStems(text), worked out on first use: how many forms (-1: not
  // yet) and where each begins in `text` (each is a suffix of it).
  mutable int8_t stem_count = -1;
  mutable uint16_t stem_begin[6] = {};
};

struct TokenizedSentence {
  SentenceSpan span;
  std::string_view original;  // the whole original text the span is in
  NormalizedText norm;  // the sentence normalised; offsets into the original
  std::vector<Token> tokens;

  // Original byte range of tokens [first, last].
  uint32_t OriginalBegin(size_t first) const {
    return norm.OriginalBegin(tokens[first].begin);
  }
  uint32_t OriginalEnd(size_t last) const {
    return norm.OriginalEnd(tokens[last].end);
  }
};

class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Sentences of text[from, end).
  std::vector<SentenceSpan> Sentences(std::string_view text,
                                      size_t from = 0) const;

  // Words a period ends that end no sentence ("Gen.", "U.S.", "Jan."),
  // compared without case: no sentence ends after them.
  void KeepAfter(std::vector<std::string> abbreviations);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Normalises and tokenises one sentence of `text`.
TokenizedSentence Tokenize(std::string_view text, SentenceSpan span);
// The same into `out`, whose buffers are reused (what is there is
// replaced): for the lexicon's names, tokenised one after another at load.
void Tokenize(std::string_view text, SentenceSpan span, TokenizedSentence* out);

// The forms of an Arabic token with its proclitics stripped, longest first:
// the token itself, then without the conjunction و/ف, a preposition ب/ك/ل,
// the future marker س, and the article ال (also لل = ل + ال). Each form is a
// suffix of `token`, so no string is allocated; at most 6 forms; stems
// shorter than two letters are not offered.
int ArabicStems(std::string_view token, std::string_view out[6]);
// The same for a token's text, worked out once per token and kept on it.
int ArabicStems(const Token& token, std::string_view out[6]);

// `token` without a leading ال (or لل), when what remains has 2+ letters.
// (Inline: asked for several words of every name tried, and most words
// are passed at the first test.)
inline std::string_view StripArabicArticle(std::string_view token) {
  // ال and لل are two letters in four bytes; two letters more are at least
  // two bytes more, and start at two bytes that are no UTF-8 continuation.
  if (token.size() < 6 || !(token.starts_with("ال") || token.starts_with("لل"))) return token;
  int letters = 0;
  for (size_t i = 4; i < token.size() && letters < 2; ++i) {
    letters += (static_cast<unsigned char>(token[i]) & 0xC0) != 0x80;
  }
  return letters == 2 ? token.substr(4) : token;
}

}  // namespace tahaluf

#endif  // TAHALUF_SEGMENT_H_
