#include "tahaluf/words.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "tahaluf/normalize.h"
#include "tsv.h"

namespace tahaluf {
namespace {

// How an Arabic token is compared with a class's words.
enum class Match : uint8_t {
  kExact,     // as written
  kStem,      // any proclitic-stripped form (ArabicStems)
  kStemBare,  // those forms without the article as well
};

struct ClassInfo {
  const char* name;
  Match match;
};

// Indexed by WordClass.
constexpr ClassInfo kClasses[] = {
    {"prep.to", Match::kExact},
    {"prep.with", Match::kExact},
    {"prep.from", Match::kExact},
    {"prep.in", Match::kExact},
    {"prep.by", Match::kExact},
    {"prep.of", Match::kExact},
    {"prep.for", Match::kExact},
    {"prep.against", Match::kExact},
    {"prep.on", Match::kExact},
    {"prep.between", Match::kExact},
    {"list_opener", Match::kExact},
    {"comma", Match::kExact},
    {"and", Match::kExact},
    {"and.word", Match::kExact},
    {"quote_mark", Match::kExact},
    {"article", Match::kExact},
    {"determiner", Match::kExact},
    {"both", Match::kExact},
    {"relative", Match::kExact},
    {"relative.that", Match::kExact},
    {"clause_break", Match::kExact},
    {"auxiliary", Match::kExact},
    {"place_noun", Match::kStemBare},
    {"event_noun", Match::kStemBare},
    {"sponsored_noun", Match::kStemBare},
    {"sponsor_verb", Match::kStem},
    {"venue_noun", Match::kStemBare},
    {"light_verb", Match::kStem},
    {"institution", Match::kStemBare},
    {"act_noun", Match::kStemBare},
    {"stance_noun", Match::kStemBare},
    {"author_verb", Match::kStem},
    {"army_noun", Match::kStemBare},
    {"armed", Match::kExact},
    {"representative", Match::kStemBare},
    {"part_of", Match::kStemBare},
    {"delegation", Match::kStemBare},
    {"side", Match::kStemBare},
    {"on_behalf", Match::kExact},
    {"abbreviation", Match::kExact},
    {"former", Match::kExact},
    {"former.after", Match::kExact},
    {"speaker_stop", Match::kExact},
    {"pronoun_suffix", Match::kExact},
    {"pronoun_suffix.ambiguous", Match::kExact},
    {"dual_suffix", Match::kExact},
    {"imperfect_prefix", Match::kExact},
    {"clitic.conj", Match::kExact},
    {"clitic.with", Match::kExact},
    {"clitic.to", Match::kExact},
    {"clitic.of", Match::kExact},
    {"nisba_ending", Match::kExact},
    {"weekday.mon", Match::kExact},
    {"weekday.tue", Match::kExact},
    {"weekday.wed", Match::kExact},
    {"weekday.thu", Match::kExact},
    {"weekday.fri", Match::kExact},
    {"weekday.sat", Match::kExact},
    {"weekday.sun", Match::kExact},
    {"day.yesterday", Match::kExact},
    {"day.today", Match::kExact},
    {"day.last_week", Match::kExact},
    {"possessive", Match::kExact},
    {"possessive_clitic", Match::kExact},
    {"participle_suffix", Match::kExact},
    {"subject_pronoun", Match::kExact},
    {"head.government", Match::kStem},
    {"head.forces", Match::kStem},
    {"head.country", Match::kStem},
    {"pair.states", Match::kStemBare},
    {"pair.sides", Match::kStemBare},
    {"pair.persons", Match::kStemBare},
    {"pair.nominative", Match::kStemBare},
    {"group.states", Match::kStem},
    {"member_states", Match::kStem},
    {"the_kingdom", Match::kStem},
    {"between_them", Match::kStem},
    {"namely", Match::kExact},
    {"bare_army", Match::kStem},
    {"name_particle", Match::kExact},
    {"lineage", Match::kExact},
    {"name_stop", Match::kExact},
    {"given_name", Match::kStem},
    {"not_name", Match::kExact},
    {"org_head.organisation", Match::kExact},
    {"org_head.party", Match::kExact},
    {"org_head.armed_group", Match::kExact},
    {"org_head.arabic", Match::kStemBare},
    {"portfolio", Match::kExact},
    {"office.plural", Match::kExact},
    {"guest_opener", Match::kExact},
    {"pronoun.person", Match::kExact},
    {"pronoun.person_object", Match::kExact},
    {"verb_opener", Match::kExact},
    {"striving", Match::kExact},
    {"predicative", Match::kExact},
    {"copula", Match::kExact},
    {"sign_noun", Match::kExact},
    {"saying_participle", Match::kStem},
    {"dynasty", Match::kExact},
    {"arms_store", Match::kStem},
    {"commodity", Match::kStemBare},
    {"others_adjective", Match::kExact},
    {"pronoun.nonperson", Match::kExact},
    {"reporting_verb", Match::kExact},
    {"aside", Match::kStem},
    {"participle_prefix", Match::kExact},
    {"pronoun.detached", Match::kExact},
    {"decree_noun", Match::kStemBare},
    {"doer_verb", Match::kExact},
    {"arms_noun", Match::kStemBare},
    {"presence_noun", Match::kStemBare},
    {"bare_agreement", Match::kStemBare},
    {"remote_word", Match::kStemBare},
    {"negation.completes", Match::kStem},
    {"body_head", Match::kStem},
    {"complementizer", Match::kExact},
    {"gathering", Match::kStem},
    {"water_body", Match::kStem},
    {"join_verb", Match::kExact},
    {"clause_opener", Match::kExact},
    {"subordinator", Match::kExact},
    {"during", Match::kStem},
    {"participate", Match::kStem},
    {"lift_verb", Match::kStem},
    {"verbal_attack", Match::kStem},
    {"past_aux", Match::kStem},
    {"pluperfect", Match::kExact},
    {"counterpart", Match::kStem},
    {"sovereignty", Match::kStemBare},
    {"witness", Match::kStem},
    {"discuss", Match::kStem},
    {"one_side", Match::kExact},
    {"opposition", Match::kStem},
    {"monarch", Match::kExact},
    {"named_place", Match::kExact},
    {"spelling.alike", Match::kExact},
    {"spelling.optional", Match::kExact},
    {"regnal_ordinal", Match::kExact},
    {"envoy", Match::kStemBare},
    {"envoy_verb", Match::kExact},
    {"standing_noun", Match::kExact},
    {"object_pronoun_verb", Match::kStem},
    {"listing_noun", Match::kStem},
    {"attend_verb", Match::kStem},
    {"parliament", Match::kStem},
    {"time_noun", Match::kExact},
    {"deed_relative", Match::kExact},
    {"place_relative", Match::kExact},
    {"resumptive", Match::kExact},
    {"past_participle_suffix", Match::kExact},
    {"describing_participle", Match::kStem},
    {"name_extender", Match::kExact},
    {"demand_verb", Match::kStem},
    {"halt_verb", Match::kStem},
    {"suspend_word", Match::kStemBare},
    {"membership", Match::kStemBare},
    {"boycott_noun", Match::kStemBare},
    {"designate_verb", Match::kStemBare},
    {"terror_word", Match::kStemBare},
    {"led_body_head", Match::kStemBare},
    {"led_by", Match::kExact},
    {"participation_prep", Match::kExact},
    {"member_noun", Match::kExact},
    {"help_verb", Match::kExact},
    {"hold_verb", Match::kExact},
    {"responsible_word", Match::kExact},
    {"regard_verb", Match::kStem},
    {"void_word", Match::kStem},
    {"describe_verb", Match::kStem},
    {"censure_word", Match::kStemBare},
    {"described_as", Match::kStem},
    {"describing_word", Match::kStem},
    {"halt_supply", Match::kStem},
    {"hypothetical", Match::kExact},
    {"bear_verb", Match::kStem},
    {"hyphen_only", Match::kExact},
    {"backed_participle", Match::kStemBare},
    {"backing_noun", Match::kStemBare},
    {"participant", Match::kStem},
    {"reject_verb", Match::kStem},
    {"kill_verb", Match::kStem},
};
static_assert(std::size(kClasses) == static_cast<size_t>(WordClass::kCount),
              "every WordClass has a name");
static_assert(static_cast<size_t>(WordClass::kCount) <= kMaxWordClasses, "classes fit the bit set");

std::string FoldWord(std::string_view word) {
  std::string folded = Normalizer::Get().Fold(word);
  // Marks ("،", ";", "-", "'s") fold to nothing or lose their mark: they
  // keep their normalised text, as the tokeniser gives it.
  const bool marked = std::any_of(word.begin(), word.end(), [](char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  });
  if (folded.empty() || marked) folded = Normalizer::Get().Normalize(word).text;
  return folded;
}

}  // namespace

std::string_view WordClassName(WordClass c) {
  size_t i = static_cast<size_t>(c);
  return i < std::size(kClasses) ? kClasses[i].name : "?";
}

std::string WordClassSuggestion(std::string_view name) {
  // Edit distance (insertions, deletions, substitutions) between short names.
  auto distance = [](std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
      size_t diagonal = row[0];
      row[0] = i;
      for (size_t j = 1; j <= b.size(); ++j) {
        const size_t up = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = up;
      }
    }
    return row[b.size()];
  };
  std::vector<std::pair<size_t, std::string_view>> close;
  const size_t limit = std::max<size_t>(2, name.size() / 3);
  for (const ClassInfo& k : kClasses) {
    const size_t d = distance(name, k.name);
    const std::string_view known(k.name);
    size_t prefix = 0;
    while (prefix < name.size() && prefix < known.size() && name[prefix] == known[prefix]) ++prefix;
    // ("prepositions" is after one of prep.to, prep.in ...; "relativ" is in "relative".)
    const bool contains = (name.size() >= 4 && known.find(name) != std::string_view::npos) || prefix >= 4;
    if (d <= limit || contains) close.push_back({contains ? std::min<size_t>(d, 1) : d, k.name});
  }
  std::stable_sort(close.begin(), close.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::string out;
  if (close.empty()) {
    for (const ClassInfo& k : kClasses) out += (out.empty() ? "" : ", ") + std::string(k.name);
    return " (known: " + out + ")";
  }
  for (size_t i = 0; i < close.size() && i < 3; ++i) out += (i == 0 ? "'" : ", '") + std::string(close[i].second) + "'";
  return " (did you mean " + out + "?)";
}

void WordClasses::Add(std::string_view content, std::string_view source,
                      std::vector<Status>* problems) {
  // (The rows of a class stand together: the last row's class is tried
  // first, not the list of classes from its start for every word.)
  size_t last_class = 0;
  static std::atomic<uint64_t> generations{0};
  generation_ = ++generations;
  ReadTsv(content, source, {"lang", "class", "word"}, problems,
          [&](size_t line, const std::vector<std::string_view>& f) {
            auto fail = [&](const std::string& msg) {
              problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                     msg + "; row skipped", line);
            };
            if (f[0] != "ar" && f[0] != "en") return fail("lang must be 'ar' or 'en'");
            size_t c = last_class;
            if (f[1] != kClasses[c].name) {
              c = 0;
              while (c < std::size(kClasses) && f[1] != kClasses[c].name) ++c;
            }
            if (c == std::size(kClasses)) {
              return fail("unknown word class '" + std::string(f[1]) + "'" + WordClassSuggestion(f[1]));
            }
            std::vector<std::string> parts;
            for (size_t start = 0; start < f[2].size();) {
              size_t sp = f[2].find(' ', start);
              if (sp == std::string_view::npos) sp = f[2].size();
              if (sp > start) parts.push_back(FoldWord(f[2].substr(start, sp - start)));
              start = sp + 1;
            }
            if (parts.empty() || parts[0].empty()) return fail("empty word");
            last_class = c;
            const WordClass wc = static_cast<WordClass>(c);
            std::string joined;
            for (const std::string& p : parts) joined += (joined.empty() ? "" : " ") + p;
            members_[c].push_back(joined);
            if (parts.size() == 1) {
              one_word_[parts[0]].classes.Set(static_cast<size_t>(wc));
            } else {
              std::string first = parts[0];
              parts.erase(parts.begin());
              one_word_[first].phrases.Set(static_cast<size_t>(wc));
              phrases_.emplace(std::move(first), std::make_pair(wc, std::move(parts)));
            }
          });
}

bool WordClasses::Is(WordClass c, std::string_view word) const {
  const WordEntry* e = one_word_.Find(word);
  return e != nullptr && e->classes.Test(static_cast<size_t>(c));
}

size_t WordClasses::FirstOf(std::span<const WordClass> classes, std::string_view word) const {
  const WordEntry* e = one_word_.Find(word);
  if (e == nullptr) return classes.size();
  for (size_t i = 0; i < classes.size(); ++i) {
    if (e->classes.Test(static_cast<size_t>(classes[i]))) return i;
  }
  return classes.size();
}

namespace {

// The classes of each way of comparing, as bits.
struct MatchMasks {
  uint64_t exact[Token::kClassWords] = {}, stem[Token::kClassWords] = {}, stem_bare[Token::kClassWords] = {};
  MatchMasks() {
    for (size_t c = 0; c < std::size(kClasses); ++c) {
      uint64_t* mask = kClasses[c].match == Match::kExact  ? exact
                       : kClasses[c].match == Match::kStem ? stem
                                                           : stem_bare;
      mask[c / 64] |= uint64_t{1} << (c % 64);
    }
  }
};

const MatchMasks& Masks() {
  static const MatchMasks masks;
  return masks;
}

// An Arabic word Classify has classified: its text and the bits it gave.
struct ClassifiedWord {
  static constexpr size_t kLongest = 30;  // bytes of text (longer words are not kept)
  uint64_t generation = 0;  // of the WordClasses that classified it; 0: none
  uint8_t size = 0;
  char text[kLongest];
  uint64_t classes[Token::kClassWords], classes_as_written[Token::kClassWords],
      phrase_starts[Token::kClassWords];
};

// The slot of an Arabic word in this thread's table of words classified:
// the same words come back sentence after sentence, and classifying one
// looks up each of its stems with and without the article, where a word
// found here is one look. Direct-mapped (a word's slot is its hash's, the
// last word classified there keeps it), so it never grows.
ClassifiedWord& ClassifiedSlot(std::string_view text) {
  constexpr size_t kSlots = 4096;
  thread_local std::vector<ClassifiedWord> table(kSlots);
  uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  return table[(h ^ (h >> 29)) & (kSlots - 1)];
}

}  // namespace

// What Is(c, t) and MatchAt's first word compute class by class, for all
// classes at once: a class that compares as written looks up the text, one
// that strips proclitics each stem (kStem) or each stem without the
// article (kStemBare).
void WordClasses::Classify(const Token& t) const {
  constexpr size_t kWords = Token::kClassWords;
  ClassifiedWord* kept = nullptr;
  if (t.is_arabic && generation_ != 0 && t.text.size() <= ClassifiedWord::kLongest) {
    kept = &ClassifiedSlot(t.text);
    if (kept->generation == generation_ && kept->size == t.text.size() &&
        std::memcmp(kept->text, t.text.data(), t.text.size()) == 0) {
      for (size_t i = 0; i < kWords; ++i) {
        t.classes[i] = kept->classes[i];
        t.classes_as_written[i] = kept->classes_as_written[i];
        t.phrase_starts[i] = kept->phrase_starts[i];
      }
      t.classes_of = this;
      return;
    }
  }
  static const WordEntry kNone;
  auto entry = [&](std::string_view w) -> const WordEntry& {
    const WordEntry* e = one_word_.Find(w);
    return e == nullptr ? kNone : *e;
  };
  const WordEntry& exact = entry(t.text);
  for (size_t i = 0; i < kWords; ++i) {
    t.classes[i] = exact.classes.words[i];
    t.classes_as_written[i] = exact.classes.words[i];
    t.phrase_starts[i] = exact.phrases.words[i];
  }
  if (t.is_arabic) {
    std::string_view forms[6];
    const int n = ArabicStems(t, forms);
    WordEntry stem, bare;
    // (Every form, and its form without the article, is an end of the
    // word: one as long as what it was taken from is that, told by its
    // size without a call to compare.)
    for (int k = 0; k < n; ++k) {
      const WordEntry& e = forms[k].size() == t.text.size() ? exact : entry(forms[k]);
      const std::string_view stripped = StripArabicArticle(forms[k]);
      const WordEntry& b = stripped.size() == forms[k].size() ? e : entry(stripped);
      for (size_t i = 0; i < kWords; ++i) {
        stem.classes.words[i] |= e.classes.words[i];
        stem.phrases.words[i] |= e.phrases.words[i];
        bare.classes.words[i] |= b.classes.words[i];
        bare.phrases.words[i] |= b.phrases.words[i];
      }
    }
    const MatchMasks& m = Masks();
    for (size_t i = 0; i < kWords; ++i) {
      t.classes[i] = (exact.classes.words[i] & m.exact[i]) | (stem.classes.words[i] & m.stem[i]) |
                     (bare.classes.words[i] & m.stem_bare[i]);
      t.phrase_starts[i] = (exact.phrases.words[i] & m.exact[i]) | (stem.phrases.words[i] & m.stem[i]) |
                           (bare.phrases.words[i] & m.stem_bare[i]);
    }
  }
  t.classes_of = this;
  if (kept != nullptr) {
    kept->generation = generation_;
    kept->size = static_cast<uint8_t>(t.text.size());
    std::memcpy(kept->text, t.text.data(), t.text.size());
    for (size_t i = 0; i < kWords; ++i) {
      kept->classes[i] = t.classes[i];
      kept->classes_as_written[i] = t.classes_as_written[i];
      kept->phrase_starts[i] = t.phrase_starts[i];
    }
  }
}

// (MatchAt tells the proclitics' classes by their range.)
static_assert(static_cast<int>(WordClass::kCliticOf) - static_cast<int>(WordClass::kCliticConj) == 3 &&
              static_cast<int>(WordClass::kCliticWith) == static_cast<int>(WordClass::kCliticConj) + 1 &&
              static_cast<int>(WordClass::kCliticTo) == static_cast<int>(WordClass::kCliticConj) + 2);

// A proclitic's class matches a word written with it ("بالتورط" for
// @clitic.with).
size_t WordClasses::MatchClitic(WordClass c, const Token& t) const {
  const size_t p = t.is_arabic ? PrefixLength(c, t.text) : 0;
  return p > 0 && p < t.text.size() ? 1 : 0;
}

WordClassSet WordClasses::MayStartIn(const std::vector<Token>& tokens, size_t from, size_t to) const {
  WordClassSet out;
  for (size_t c = static_cast<size_t>(WordClass::kCliticConj); c <= static_cast<size_t>(WordClass::kCliticOf); ++c) {
    out.Set(c);
  }
  // (MatchAt is not 0 only for a class the token is a one-word member of
  // or starts a phrase of.)
  for (size_t i = from; i < to && i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.classes_of != this) Classify(t);
    for (size_t w = 0; w < Token::kClassWords; ++w) out.words[w] |= t.classes[w] | t.phrase_starts[w];
  }
  return out;
}

size_t WordClasses::MatchPhrase(WordClass c, const std::vector<Token>& toks, size_t i) const {
  size_t best = Is(c, toks[i]) ? 1 : 0;
  // Phrases: the first word as the class compares it, the rest as written.
  const Match match = kClasses[static_cast<size_t>(c)].match;
  std::string_view forms[6];
  int n = 1;
  forms[0] = toks[i].text;
  if (toks[i].is_arabic && match != Match::kExact) n = ArabicStems(toks[i], forms);
  for (int k = 0; k < n; ++k) {
    std::string_view f = match == Match::kStemBare && toks[i].is_arabic ? StripArabicArticle(forms[k]) : forms[k];
    auto [lo, hi] = phrases_.equal_range(std::string(f));
    for (auto it = lo; it != hi; ++it) {
      if (it->second.first != c) continue;
      const std::vector<std::string>& rest = it->second.second;
      size_t j = 0;
      while (j < rest.size() && i + 1 + j < toks.size() && toks[i + 1 + j].text == rest[j]) ++j;
      if (j == rest.size()) best = std::max(best, rest.size() + 1);
    }
  }
  return best;
}

size_t WordClasses::PrefixLength(WordClass c, std::string_view word) const {
  size_t best = 0;
  // (The prefix's last byte first: the clitics are Arabic letters, which
  // share their first bytes, and most words start with none of them.)
  for (const std::string& p : Words(c)) {
    if (p.size() > best && word.size() >= p.size() && word[p.size() - 1] == p.back() &&
        word.substr(0, p.size()) == p) {
      best = p.size();
    }
  }
  return best;
}

bool WordClasses::HasSuffix(WordClass c, std::string_view word) const {
  for (const std::string& e : Words(c)) {
    if (word.size() > e.size() && EndsWith(word, e)) return true;
  }
  return false;
}

const std::vector<std::string>& WordClasses::Words(WordClass c) const {
  return members_[static_cast<size_t>(c)];
}

size_t WordClasses::size() const {
  size_t n = 0;
  for (const auto& m : members_) n += m.size();
  return n;
}

}  // namespace tahaluf
