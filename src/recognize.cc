#include "tahaluf/recognize.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <unordered_set>
#include <utility>

#include "tahaluf/names.h"
#include "tahaluf/normalize.h"
#include "tahaluf/utf8.h"

#include "recognize_internal.h"

namespace tahaluf {

using namespace recognize_internal;

std::string_view MentionTypeName(MentionType type) {
  switch (type) {
    case MentionType::kName: return "name";
    case MentionType::kCapital: return "capital";
    case MentionType::kDemonym: return "demonym";
    case MentionType::kShort: return "short";
    case MentionType::kTitle: return "title";
    case MentionType::kHeadNoun: return "head_noun";
    case MentionType::kPronoun: return "pronoun";
  }
  return "name";
}

// What a Recognizer keeps between calls (one thread uses it at a time, as
// an Extractor's): ICU's transliterator, and answers worked out once.
Recognizer::~Recognizer() = default;

Recognizer::Recognizer(const Lexicon& lexicon, const WordClasses& words)
    : lexicon_(lexicon), words_(words), icu_(new Icu) {
  const std::vector<std::string>& alike = words_.Words(WordClass::kSpellingAlike);
  for (size_t g = 0; g < alike.size(); ++g) {
    for (size_t j = 0; j < alike[g].size();) {
      const char32_t c = DecodeUtf8(alike[g], &j);
      if (c != U' ') letter_group_.emplace(c, g);
    }
  }
  for (const std::string& w : words_.Words(WordClass::kSpellingOptional)) {
    for (size_t j = 0; j < w.size();) {
      const char32_t c = DecodeUtf8(w, &j);
      if (c != U' ') optional_letters_.push_back(c);
    }
  }
  // Which bodies: the phrase, the kind of actor whose name holds it, and
  // whether it is unique: a state with two has none and only the
  // most-named state's counts (a parliament), or a state's first counts and
  // so does the most-named state that has one (an armed opposition).
  struct BodyKind {
    WordClass phrase;
    ActorKind kind;
    bool unique;
  };
  for (const auto& [phrase, kind, unique] : {BodyKind{WordClass::kOpposition, ActorKind::kArmedGroup, false},
                                             BodyKind{WordClass::kParliament, ActorKind::kGovernment, true}}) {
    StateBody body{phrase, {}, !unique};
    std::unordered_set<std::string> twice;
    for (ActorIndex a = 0; a < lexicon_.size(); ++a) {
      const Actor& x = lexicon_.actor(a);
      if (x.kind != kind || x.country.empty()) continue;
      bool holds = false;
      for (const std::string* name : {&x.name_en, &x.name_ar}) {
        std::string joined = " ";
        for (const std::string& w : NameTokens(*name)) joined += w + " ";
        for (const std::string& p : words_.Words(phrase)) holds |= joined.find(" " + p + " ") != std::string::npos;
      }
      if (!holds) continue;
      if (!body.of.emplace(x.country, a).second && unique) twice.insert(x.country);
    }
    for (const std::string& c : twice) body.of.erase(c);
    if (!body.of.empty()) state_bodies_.push_back(std::move(body));
  }
}

// One edit of an Arabic name is another spelling of it only where
// transliterations differ: a letter for its alike (ق for ك, ط for ت), or a
// long vowel or hamza written or left out ("يفكيروف", "يفكوروف"); أورفان is
// no أوربان, بنيران no بنكيران, روماني no روحاني.
bool Recognizer::ArabicSpellingOf(std::string_view known, std::string_view seen) const {
  constexpr size_t kLongest = 64;
  char32_t a[kLongest], b[kLongest];
  size_t na = 0, nb = 0;
  for (size_t j = 0; j < known.size() && na < kLongest;) a[na++] = DecodeUtf8(known, &j);
  for (size_t j = 0; j < seen.size() && nb < kLongest;) b[nb++] = DecodeUtf8(seen, &j);
  const auto [x, y] = OneEditAt(std::u32string_view(a, na), std::u32string_view(b, nb));
  if (x == 0 && y == 0) return true;
  if (x == 0 || y == 0) return optional_letters_.find(x == 0 ? y : x) != std::u32string::npos;
  auto gx = letter_group_.find(x), gy = letter_group_.find(y);
  return gx != letter_group_.end() && gy != letter_group_.end() && gx->second == gy->second;
}

std::vector<Mention> Recognizer::Recognize(const TokenizedSentence& s,
                                           DocumentContext* ctx) const {
  std::vector<Mention> out = FindNames(s, ctx);
  FoldTitles(s, ctx, &out);
  ResolveShortenedNames(s, *ctx, &out);
  ResolveReferences(s, ctx, &out);
  ResolveStateGroups(s, ctx, &out);
  return out;
}

// Names the lexicon holds, and organisations named by a head word.
std::vector<Mention> Recognizer::FindNames(const TokenizedSentence& s, DocumentContext* ctx) const {
  const std::vector<Token>& toks = s.tokens;
  const size_t n = toks.size();
  auto match_from = [&](size_t i, const std::vector<std::string>& name) {
    return MatchFrom(toks, i, name);
  };

  auto actors_kind_person = [&](ActorIndex a) {
    return a < lexicon_.size() && lexicon_.actor(a).kind == ActorKind::kPerson;
  };
  std::vector<Mention> out;
  std::string_view stems[6];
  for (size_t i = 0; i < n; ++i) {
    if (!toks[i].is_word) continue;
    int ns = 1;
    if (toks[i].is_arabic) {
      ns = ArabicStems(toks[i], stems);
    } else {
      stems[0] = toks[i].text;
    }
    long best_last = -1;
    int best_rank = -1;
    ActorIndex best_actor = kNoActor;
    NameType best_type = NameType::kName;
    size_t best_stem = 0;
    const std::vector<uint32_t>* buckets[6];  // the names each stem starts
    for (int k = 0; k < ns; ++k) buckets[k] = lexicon_.NamesStartingWith(stems[k]);
    const bool starts_a_name = std::any_of(buckets, buckets + ns, [](const std::vector<uint32_t>* b) { return b != nullptr; });
    const SecondWord second(toks, starts_a_name ? i : n);
    for (int k = 0; k < ns; ++k) {
      const std::vector<uint32_t>* bucket = buckets[k];
      if (bucket == nullptr) continue;
      for (uint32_t id : *bucket) {
        const IndexedName& nm = lexicon_.name(id);
        if (!second.MayMatch(nm.tokens)) continue;
        long last = match_from(i, nm.tokens);
        if (last < 0) continue;
        // "ألباريس" (Albares) is not "باريس" with an article: a name written
        // without the article is not read through one (adjectives are).
        if (toks[i].is_arabic && nm.type != NameType::kDemonym && !nm.article.empty() && !nm.article[0] &&
            stems[k].size() < toks[i].text.size()) {
          std::string_view prefix = toks[i].text.substr(0, toks[i].text.size() - stems[k].size());
          if (EndsWith(prefix, kArabicArticle) || EndsWith(prefix, kArabicLamArticle) || WrittenWithHamzaAlef(s, i)) continue;
        }
        if (toks[i].is_arabic && nm.tokens.size() == 1 && actors_kind_person(nm.actor)) {
          // A one-word name: "الأسد" names Assad; "أسد" is a lion.
          bool ok = true;
          std::string_view prefix = toks[i].text.substr(0, toks[i].text.size() - stems[k].size());
          auto has_article = [](std::string_view p) {
            return EndsWith(p, kArabicArticle) || EndsWith(p, kArabicLamArticle);
          };
          if (!nm.article.empty() && nm.article[0] && !has_article(prefix)) ok = false;
          size_t tk = i;
          for (size_t w = 1; w < nm.tokens.size() && ok; ++w) {
            do { ++tk; } while (tk < n && !toks[tk].is_word);
            if (tk < n && nm.article[w] && StripArabicArticle(toks[tk].text) == toks[tk].text) ok = false;
          }
          if (!ok) continue;
        }
        if (nm.case_sensitive) {
          bool upper = true;
          for (uint32_t b = s.OriginalBegin(i), e = s.OriginalEnd(static_cast<size_t>(last)); b < e; ++b) {
            char c = s.original[b];
            if (c >= 'a' && c <= 'z') upper = false;
          }
          if (!upper) continue;
        }
        // "مجلس الأمن القومي", "مجلس التعاون الاستراتيجي": a body's name
        // followed by an adjective that makes another body names that one.
        if (toks[i].is_arabic && !actors_kind_person(nm.actor) && static_cast<size_t>(last) + 1 < n &&
            words_.IsAsWritten(WordClass::kNameExtender, toks[static_cast<size_t>(last) + 1])) {
          continue;
        }
        int rank = Rank(nm.type);
        // "عمّان" is Amman: a name written with the marks the lexicon gives
        // it goes before one spelt with the same letters ("عمان", Oman).
        if (!nm.written.empty() &&
            WritesWithMarks(s.original.substr(s.OriginalBegin(i), s.OriginalEnd(static_cast<size_t>(last)) - s.OriginalBegin(i)),
                            nm.written)) {
          rank += 10;
        }
        if (last > best_last || (last == best_last && rank > best_rank)) {
          best_last = last;
          best_rank = rank;
          best_actor = nm.actor;
          best_type = nm.type;
          best_stem = stems[k].size();
        }
      }
    }
    // "صدام خليفة حفتر", "Saddam Khalifa Haftar": a two-word person name
    // with the father's name between its words; or with the lineage
    // ("أنور بن محمد قرقاش", "Anwar bin Mohammed Gargash": بن / bin and a
    // name, once or twice).
    // (Only a word that starts some name starts one of these: most words
    // are passed at once.)
    for (size_t middle : {size_t{1}, size_t{2}, size_t{4}}) {
      if (!starts_a_name) break;  // (asked once, not for each middle)
      const size_t family = i + middle + 1;
      if (best_last >= static_cast<long>(family) || family >= n) continue;
      bool words_between = true;
      for (size_t j = i + 1; j <= family; ++j) words_between &= toks[j].is_word;
      for (size_t j = i + 1; middle > 1 && j < family && words_between; j += 2) {
        words_between = words_.IsAsWritten(WordClass::kLineage, toks[j]);
      }
      if (!words_between) continue;
      for (int k = 0; k < ns && best_last < static_cast<long>(family); ++k) {
        const std::vector<uint32_t>* bucket = buckets[k];
        if (bucket == nullptr) continue;
        for (uint32_t id : *bucket) {
          const IndexedName& nm = lexicon_.name(id);
          if (nm.tokens.size() != 2 || nm.type != NameType::kName || !actors_kind_person(nm.actor)) continue;
          std::string_view last = toks[family].is_arabic ? StripArabicArticle(toks[family].text) : toks[family].text;
          if (last != nm.tokens[1]) continue;
          best_actor = nm.actor;
          best_last = static_cast<long>(family);
          best_type = NameType::kName;
          best_stem = stems[k].size();
          break;
        }
      }
    }
    // "President Xi Jinping", "الرئيس شي جين بينغ": an alias ("President Xi")
    // that stops inside another of the same person's names runs on to
    // that name's end.
    if (best_actor != kNoActor && actors_kind_person(best_actor)) {
      for (size_t j = i + 1; j <= static_cast<size_t>(best_last) && j < n; ++j) {
        const std::vector<uint32_t>* bucket = toks[j].is_word ? lexicon_.NamesStartingWith(toks[j].text) : nullptr;
        if (bucket == nullptr) continue;
        for (uint32_t id : *bucket) {
          if (lexicon_.name(id).actor != best_actor) continue;
          best_last = std::max(best_last, match_from(j, lexicon_.name(id).tokens));
        }
      }
    }
    // (An English variant is capitalised: "shared" is no "Shaked". Nor is
    // it the end of another name: "Mohammad al-Momani" is no Momeni.)
    const bool inside_name = !toks[i].is_arabic && i >= 2 && toks[i - 1].text == "-" &&
                             words_.IsAsWritten(WordClass::kNameParticle, toks[i - 2]);
    if (best_actor == kNoActor && !inside_name && !words_.Is(WordClass::kGivenName, toks[i]) &&
        (toks[i].is_arabic || std::isupper(static_cast<unsigned char>(s.original[s.OriginalBegin(i)])))) {
      // Spelling variants of person names: all words exact but the last,
      // which may be one edit away ("يونس بك يفكيروف", "Yevkirov"); a
      // given name is no variant (سليمان is not سليماني).
      for (int k = 0; k < ns && best_actor == kNoActor; ++k) {
        for (uint32_t id : lexicon_.FuzzyPersonNames(stems[k])) {
          if (toks[i].is_arabic && !ArabicSpellingOf(lexicon_.name(id).tokens[0], stems[k])) continue;
          best_actor = lexicon_.name(id).actor;
          best_last = static_cast<long>(i);
          best_type = NameType::kName;
          best_stem = stems[k].size();
          break;
        }
      }
    }
    // A family name shared by several persons ("حفتر": Khalifa, Saddam)
    // is the one named most recently in the document.
    if (best_actor != kNoActor && best_last == static_cast<long>(i) && actors_kind_person(best_actor)) {
      // Earlier in this sentence first, then earlier sentences.
      bool here = false;
      for (auto it = out.rbegin(); it != out.rend() && !here; ++it) {
        if (!actors_kind_person(it->actor)) continue;
        std::vector<std::string> scratch;
        for (bool arabic : {false, true}) {
          for (const std::string& w : NameWords(*ctx, it->actor, arabic, &scratch)) {
            for (int k = 0; k < ns && !here; ++k) {
              if (w == stems[k]) {
                best_actor = it->actor;
                here = true;
              }
            }
          }
        }
      }
      for (int k = 0; k < ns && !here; ++k) {
        const ActorIndex* named = ctx->short_names.Find(stems[k]);
        if (named != nullptr && *named != best_actor && ctx->ActorAt(lexicon_, *named).kind == ActorKind::kPerson) {
          best_actor = *named;
          break;
        }
      }
    }
    Mention m;
    if (best_actor != kNoActor) {
      m.actor = best_actor;
      m.type = ToMentionType(best_type);
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(best_last);
      m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - best_stem);
      // "U.N.-backed", "U.S. envoy": an abbreviation's last period, written
      // on to it inside the sentence, is part of the name.
      const size_t after = m.last + 1;
      if (!toks[i].is_arabic && m.last > m.first && after + 1 < n && toks[after].text == "." &&
          s.OriginalEnd(m.last) == s.OriginalBegin(after) && toks[m.last - 1].text == ".") {
        m.last = static_cast<uint32_t>(after);
      }
    } else {
      // A short form of a person named earlier in the document.
      for (int k = 0; k < ns && m.actor == kNoActor; ++k) {
        if (const ActorIndex* named = ctx->short_names.Find(stems[k])) {
          m.actor = *named;
          m.type = MentionType::kShort;
          m.first = m.last = static_cast<uint32_t>(i);
          m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - stems[k].size());
        }
      }
      if (m.actor == kNoActor) continue;
      // "مع بن علوي": the particle of lineage before it is the short name's.
      if (i > 0 && m.proclitic_bytes == 0 && words_.IsAsWritten(WordClass::kLineage, toks[i - 1]) &&
          (out.empty() || out.back().last + 1 < i)) {
        m.first = static_cast<uint32_t>(i - 1);
      }
    }
    // A sea named after a place is no actor: "the Gulf of Oman", "خليج عدن".
    if (const Actor& a = lexicon_.actor(m.actor); a.kind == ActorKind::kState || a.kind == ActorKind::kCity) {
      size_t before = m.first;
      if (!toks[m.first].is_arabic && before >= 1 && words_.IsAsWritten(WordClass::kPrepOf, toks[before - 1])) --before;
      if (m.proclitic_bytes == 0 && before >= 1 && toks[before - 1].is_arabic == toks[m.first].is_arabic &&
          (before < m.first || toks[m.first].is_arabic) && words_.Is(WordClass::kWaterBody, toks[before - 1])) {
        continue;
      }
    }
    // A generic body's name inside a longer one is another body: "High
    // Security Council" (Algeria's), "مجلس الأمن والدفاع السوداني" (Sudan's)
    // are not the UN Security Council.
    if (m.type != MentionType::kShort &&
        lexicon_.actor(m.actor).kind == ActorKind::kOrganisation) {
      bool longer = false;
      if (toks[m.first].is_arabic && m.last + 2 < n) {
        // "...الأمن والدفاع السوداني": a conjoined noun and a nisba after it.
        std::string_view next = toks[m.last + 1].text, after = toks[m.last + 2].text;
        const bool nisba = words_.HasSuffix(WordClass::kNisbaEnding, after);
        const size_t conj = words_.PrefixLength(WordClass::kCliticConj, next);
        const bool conj_article = conj > 0 && next.substr(conj, kArabicArticle.size()) == kArabicArticle;
        longer = conj_article && after.substr(0, kArabicArticle.size()) == kArabicArticle && nisba;
      } else if (!toks[m.first].is_arabic && m.first > 0 && toks[m.first - 1].is_word) {
        // An English name continued to the left by a capitalised word that
        // is not the sentence's first ("the High Security Council").
        const uint32_t at = s.OriginalBegin(m.first - 1);
        const unsigned char c = at < s.original.size() ? s.original[at] : 0;
        longer = c >= 'A' && c <= 'Z' && m.first - 1 > 0 && !words_.IsAsWritten(WordClass::kArticle, toks[m.first - 1]);
      }
      if (longer) continue;
    }
    // "جواد نصرالله": a given name before a known person's family name that
    // is not that person's own is another member of the family.
    if (m.first == m.last && m.first > 0 && toks[m.first].is_arabic && actors_kind_person(m.actor) &&
        m.proclitic_bytes == 0 && toks[m.first - 1].is_arabic &&
        words_.Is(WordClass::kGivenName, toks[m.first - 1]) &&
        (out.empty() || out.back().last + 1 < m.first)) {
      const std::string given(StripArabicArticle(toks[m.first - 1].text));
      bool own = false;
      std::vector<std::string> scratch;
      for (const std::string& w : NameWords(*ctx, m.actor, /*arabic=*/true, &scratch)) own |= w == given;
      for (const std::string& alias : lexicon_.actor(m.actor).aliases) {
        for (const std::string& w : NameTokens(alias)) own |= w == given;
      }
      // ... nor is another spelling of the person's own given name ("آسيمي
      // غويتا" for Assimi Goita, written عاصمي): the same consonants in
      // Latin letters.
      const std::vector<std::string>& en = NameWords(*ctx, m.actor, /*arabic=*/false, &scratch);
      own |= !en.empty() && Consonants(Transliterate(given)) == Consonants(en[0]);
      if (!own) {
        const uint32_t b = s.OriginalBegin(m.first - 1), e = s.OriginalEnd(m.last);
        m.actor = Discover(std::string(s.original.substr(b, e - b)), true, ActorKind::kPerson,
                           lexicon_.actor(m.actor).country, ctx);
        m.first -= 1;
        m.type = MentionType::kName;
        m.proclitic_bytes = 0;
      }
    }
    m.begin = s.OriginalBegin(m.first);
    m.end = s.OriginalEnd(m.last);
    out.push_back(m);
    i = m.last;
  }

  // "صدام خليفة حفتر", "Saddam Khalifa Haftar": a person's name followed by
  // the father's full name (same family name) is still the first person.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    Mention& a = out[k];
    const Mention& b = out[k + 1];
    if (b.first != a.last + 1 || a.actor == b.actor || !actors_kind_person(a.actor) ||
        !actors_kind_person(b.actor)) continue;
    auto family = [&](ActorIndex x, bool arabic) {
      std::vector<std::string> scratch;
      const std::vector<std::string>& t = NameWords(*ctx, x, arabic, &scratch);
      return t.empty() ? std::string() : t.back();
    };
    bool arabic = toks[a.first].is_arabic;
    std::string fa = family(a.actor, arabic), fb = family(b.actor, arabic);
    if (fa.empty() || fa != fb) continue;
    a.last = b.last;
    a.end = b.end;
    out.erase(out.begin() + static_cast<long>(k) + 1);
  }

  // Organisations the lexicon does not know, named in capitals with a head
  // word: "the Sudan Liberation Movement", "Free Patriotic Movement".
  {
    auto taken = [&](size_t j) {
      for (const Mention& m : out) {
        if (m.first <= j && j <= m.last) return true;
      }
      return false;
    };
    auto capital = [&](size_t j) {
      if (!toks[j].is_word || toks[j].is_arabic) return false;
      char c = s.original[s.OriginalBegin(j)];
      return c >= 'A' && c <= 'Z';
    };
    std::vector<Mention> found;
    for (size_t i = 0; i < n; ++i) {
      if (!capital(i) || taken(i) || words_.IsAsWritten(WordClass::kNotName, toks[i])) continue;
      size_t j = i;
      while (j + 1 < n && (capital(j + 1) || (words_.IsAsWritten(WordClass::kPrepOf, toks[j + 1]) && j + 2 < n && capital(j + 2))) &&
             !taken(j + 1)) {
        ++j;
      }
      std::optional<ActorKind> kind = OrgHead(words_, toks[j].text);
      size_t start = i;
      // A state's name can open it: "the Sudan Liberation Movement".
      if (kind && i > 0) {
        for (size_t k = 0; k < out.size(); ++k) {
          if (out[k].last + 1 == i && capital(out[k].first) &&
              lexicon_.actor(out[k].actor).kind == ActorKind::kState) {
            start = out[k].first;
            out.erase(out.begin() + static_cast<long>(k));
            break;
          }
        }
      }
      if ((j > i || start < i) && kind) {
        uint32_t b = s.OriginalBegin(start), e = s.OriginalEnd(j);
        Mention m;
        m.actor = Discover(std::string(s.original.substr(b, e - b)), false, *kind, "", ctx);
        m.first = static_cast<uint32_t>(start);
        m.last = static_cast<uint32_t>(j);
        m.begin = b;
        m.end = e;
        found.push_back(m);
      }
      i = j;
    }
    MergeMentions(&out, found);
  }

  // "Rapid Support Forces (RSF)": the bracketed short name is the same
  // mention.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    Mention& a = out[k];
    const Mention& b = out[k + 1];
    if (a.actor == b.actor && b.first == a.last + 2 && toks[a.last + 1].text == "(" &&
        b.last + 1 < n && toks[b.last + 1].text == ")") {
      a.last = b.last + 1;
      a.end = s.OriginalEnd(a.last);
      out.erase(out.begin() + static_cast<long>(k) + 1);
    }
  }

  return out;
}

const std::vector<std::string>& Recognizer::NameWords(const DocumentContext& ctx, ActorIndex a, bool arabic,
                                                      std::vector<std::string>* scratch) const {
  if (a < lexicon_.size()) {
    if (const std::vector<std::string>* words = lexicon_.NameWords(a, arabic)) return *words;
  }
  const Actor& x = ctx.ActorAt(lexicon_, a);
  *scratch = NameTokens(arabic ? x.name_ar : x.name_en);
  return *scratch;
}

}  // namespace tahaluf
