// The folded name key: how two spellings of a name are found to be the
// same. A name is normalised (normalize.h: case, diacritics, alef / yeh /
// ta-marbuta forms), split into word tokens (segment.h), the Arabic article
// taken off each Arabic word and a leading "the" and possessive 's left
// out: "The Rapid Support Forces" and "rapid support forces", "الإمارات"
// and "امارات" give the same tokens. The lexicon indexes names by these
// tokens; queries find actors by their joined key. Edit distance measures
// how far two names are apart when they are not the same.
//
// Usage:
//   std::vector<std::string> t = tahaluf::NameTokens("الجيش الوطني الليبي");
//   if (tahaluf::NameKey(typed) == tahaluf::NameKey(stored)) ...
//   if (tahaluf::EditDistance("يفكيروف", "يفكوروف", 1) <= 1) ...  // one letter apart
#ifndef TAHALUF_NAMES_H_
#define TAHALUF_NAMES_H_

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tahaluf/segment.h"

namespace tahaluf {

// The folded word tokens of a name, as described above.
std::vector<std::string> NameTokens(std::string_view name);
// The same, with whether the name writes each token with the Arabic article
// (`article`, one per token, as it was before the article came off): the
// lexicon wants both of every name, from one tokenisation.
std::vector<std::string> NameTokens(std::string_view name, std::vector<bool>* article);

// Whether token j of `s` was written with a hamza on its first alef (أل,
// إل): then its folded "ال" is part of the word ("ألماني", "ألباريس"), not
// the article, which is written with a bare alef.
bool WrittenWithHamzaAlef(const TokenizedSentence& s, size_t j);

// NameTokens joined by single spaces; empty for a name with no word.
std::string NameKey(std::string_view name);

// What EditDistance counts as one character.
enum class TextUnit {
  kCodePoint,
  kByte,
};

constexpr size_t kNoLimit = std::numeric_limits<size_t>::max() - 1;

// Levenshtein distance between `a` and `b` (UTF-8) in `unit`s: the fewest
// insertions, deletions and substitutions that turn one into the other.
// As soon as it is known to exceed `limit`, `limit` + 1.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit = kNoLimit,
                    TextUnit unit = TextUnit::kCodePoint);

// EditDistance(a, b) <= 1 for code points already decoded, in one pass
// (the longest common prefix and suffix leave at most one unit of each).
bool WithinOneEdit(std::u32string_view a, std::u32string_view b);

// Where `a` and `b`, one edit apart (WithinOneEdit), differ: the code point
// of each at that place, 0 where one has none (an insertion), both 0 where
// they are equal.
std::pair<char32_t, char32_t> OneEditAt(std::u32string_view a, std::u32string_view b);

// A Latin name's consonants, lower case, a letter written twice once:
// "Assimi" and "Asymy" (a transliteration of آسيمي) are both "sm". Two
// spellings of one name share them where their vowels differ.
std::string Consonants(std::string_view latin);

}  // namespace tahaluf

#endif  // TAHALUF_NAMES_H_
