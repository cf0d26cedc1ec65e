#include "tahaluf/recognize.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "tahaluf/names.h"
#include "tahaluf/normalize.h"

namespace tahaluf {
namespace {

// The kind an English organisation's last word gives it, if any.
std::optional<ActorKind> OrgHead(const WordClasses& words, std::string_view w) {
  if (words.Is(WordClass::kOrgHeadOrganisation, w)) return ActorKind::kOrganisation;
  if (words.Is(WordClass::kOrgHeadParty, w)) return ActorKind::kParty;
  if (words.Is(WordClass::kOrgHeadArmedGroup, w)) return ActorKind::kArmedGroup;
  return std::nullopt;
}

// Name words too common to stand for a person on their own.
bool IsNameParticle(const WordClasses& words, std::string_view w) {
  if (words.Is(WordClass::kNameParticle, w)) return true;
  size_t letters = 0;
  for (char c : w) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return letters < 3;
}

// Head nouns that, before a person's name, stand for the org the person
// leads: government -> government/state, forces/army -> military/group.
enum class Head { kNone, kGovernment, kForces };

Head HeadNoun(const WordClasses& words, std::string_view stem) {
  if (words.Is(WordClass::kHeadGovernment, stem)) return Head::kGovernment;
  if (words.Is(WordClass::kHeadForces, stem)) return Head::kForces;
  return Head::kNone;
}

// The Arabic definite article, and the article after the preposition ل (لل).
constexpr std::string_view kArabicArticle = "ال";
constexpr std::string_view kArabicLamArticle = "لل";

bool EndsWith(std::string_view w, std::string_view e) {
  return w.size() >= e.size() && w.substr(w.size() - e.size()) == e;
}

bool IsConnector(std::string_view t) {
  return t == "-" || t == "." || t == "'";
}

int Rank(NameType t) {
  return t == NameType::kName ? 3 : t == NameType::kCapital ? 2 : 1;
}

MentionType ToMentionType(NameType t) {
  return t == NameType::kName ? MentionType::kName
         : t == NameType::kCapital ? MentionType::kCapital
                                   : MentionType::kDemonym;
}

}  // namespace

std::string_view MentionTypeName(MentionType type) {
  switch (type) {
    case MentionType::kName: return "name";
    case MentionType::kCapital: return "capital";
    case MentionType::kDemonym: return "demonym";
    case MentionType::kShort: return "short";
    case MentionType::kTitle: return "title";
    case MentionType::kHeadNoun: return "head_noun";
  }
  return "name";
}

// What a Recognizer keeps between calls (one thread uses it at a time, as
// an Extractor's): ICU's transliterator, and answers worked out once.
struct Recognizer::Icu {
  std::unique_ptr<icu::Transliterator> to_latin;
  std::vector<int8_t> kingdom;  // by actor: IsKingdom's answer, -1 not yet asked
};

Recognizer::~Recognizer() = default;

Recognizer::Recognizer(const Lexicon& lexicon, const WordClasses& words)
    : lexicon_(lexicon), words_(words), icu_(new Icu) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->to_latin.reset(icu::Transliterator::createInstance(
      "Arabic-Latin; Latin-ASCII; Title", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) icu_->to_latin.reset();
  const auto& titles = lexicon_.titles();
  for (uint32_t i = 0; i < titles.size(); ++i) {
    titles_by_first_[titles[i].tokens[0]].push_back(i);
  }
}

std::vector<Mention> Recognizer::Recognize(const TokenizedSentence& s,
                                           DocumentContext* ctx) const {
  const std::vector<Token>& toks = s.tokens;
  const size_t n = toks.size();
  // Matches token i (and following) against `name`; returns the last token
  // index matched, or -1.
  auto match_from = [&](size_t i, const std::vector<std::string>& name) -> long {
    size_t k = i + 1;
    for (size_t w = 1; w < name.size(); ++w) {
      while (k < n && !toks[k].is_word && IsConnector(toks[k].text) && k + 1 < n &&
             toks[k + 1].is_word) {
        ++k;
      }
      if (k >= n || !toks[k].is_word) return -1;
      std::string_view t = toks[k].is_arabic ? StripArabicArticle(toks[k].text)
                                             : toks[k].text;
      if (t != name[w]) return -1;
      ++k;
    }
    return static_cast<long>(k - 1);
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
    for (int k = 0; k < ns; ++k) {
      const std::vector<uint32_t>* bucket = buckets[k];
      if (bucket == nullptr) continue;
      for (uint32_t id : *bucket) {
        const IndexedName& nm = lexicon_.name(id);
        long last = match_from(i, nm.tokens);
        if (last < 0) continue;
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
        int rank = Rank(nm.type);
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
    // with the father's name between its words.
    for (int k = 0; k < ns && best_last < static_cast<long>(i) + 2; ++k) {
      const std::vector<uint32_t>* bucket = buckets[k];
      if (bucket == nullptr || i + 2 >= n || !toks[i + 1].is_word || !toks[i + 2].is_word) continue;
      for (uint32_t id : *bucket) {
        const IndexedName& nm = lexicon_.name(id);
        if (nm.tokens.size() != 2 || nm.type != NameType::kName || !actors_kind_person(nm.actor)) continue;
        std::string_view third = toks[i + 2].is_arabic ? StripArabicArticle(toks[i + 2].text) : toks[i + 2].text;
        if (third != nm.tokens[1]) continue;
        best_actor = nm.actor;
        best_last = static_cast<long>(i + 2);
        best_type = NameType::kName;
        best_stem = stems[k].size();
        break;
      }
    }
    if (best_actor == kNoActor && !words_.Is(WordClass::kGivenName, toks[i])) {
      // Spelling variants of person names: all words exact but the last,
      // which may be one edit away ("يونس بك يفكيروف", "Yevkirov"); a
      // given name is no variant (سليمان is not سليماني).
      for (int k = 0; k < ns && best_actor == kNoActor; ++k) {
        for (uint32_t id : lexicon_.FuzzyPersonNames(stems[k])) {
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
        for (const std::string* nm : {&lexicon_.actor(it->actor).name_en, &lexicon_.actor(it->actor).name_ar}) {
          for (const std::string& w : NameTokens(*nm)) {
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
        auto it = ctx->short_names.find(std::string(stems[k]));
        if (it != ctx->short_names.end() && it->second != best_actor &&
            ctx->ActorAt(lexicon_, it->second).kind == ActorKind::kPerson) {
          best_actor = it->second;
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
    } else {
      // A short form of a person named earlier in the document.
      for (int k = 0; k < ns && m.actor == kNoActor; ++k) {
        auto it = ctx->short_names.find(std::string(stems[k]));
        if (it != ctx->short_names.end()) {
          m.actor = it->second;
          m.type = MentionType::kShort;
          m.first = m.last = static_cast<uint32_t>(i);
          m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - stems[k].size());
        }
      }
      if (m.actor == kNoActor) continue;
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
        bool nisba = false;
        for (const std::string& e : words_.Words(WordClass::kNisbaEnding)) {
          nisba |= after.size() > e.size() && EndsWith(after, e);
        }
        bool conj_article = false;
        for (const std::string& c : words_.Words(WordClass::kCliticConj)) {
          conj_article |= next.substr(0, c.size()) == c && next.substr(c.size(), kArabicArticle.size()) == kArabicArticle;
        }
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
      for (const std::string& w : NameTokens(lexicon_.actor(m.actor).name_ar)) own |= w == given;
      for (const std::string& alias : lexicon_.actor(m.actor).aliases) {
        for (const std::string& w : NameTokens(alias)) own |= w == given;
      }
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
      std::vector<std::string> t = NameTokens(arabic ? lexicon_.actor(x).name_ar : lexicon_.actor(x).name_en);
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
    if (!found.empty()) {
      out.insert(out.end(), found.begin(), found.end());
      std::sort(out.begin(), out.end(),
                [](const Mention& a, const Mention& b) { return a.first < b.first; });
    }
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

  // Titles: "رئيس الوزراء الباكستاني [شهباز شريف]", "Pakistan's prime
  // minister", "Pakistani Prime Minister Shehbaz Sharif", "prime minister of
  // Pakistan", "قائد الجيش الباكستاني المشير عاصم منير". A title (with the
  // org it is of, and any rank words) before a person becomes part of that
  // person's mention; with no known person after it, the title stands for
  // the holder of the office at the document's date, or introduces a person
  // the lexicon does not know.
  auto mention_at = [&](size_t tok) -> Mention* {
    for (Mention& m : out) {
      if (m.first <= tok && tok <= m.last) return &m;
    }
    return nullptr;
  };
  auto kind_of = [&](const Mention* m) { return ctx->ActorAt(lexicon_, m->actor).kind; };
  auto is_org = [&](const Mention* m) {
    if (m == nullptr) return false;
    ActorKind k = kind_of(m);
    return k != ActorKind::kPerson && k != ActorKind::kCity;
  };
  // The longest title starting at token i: {title, last token} or null.
  auto title_at = [&](size_t i) -> std::pair<const Title*, long> {
    if (i >= n || !toks[i].is_word || mention_at(i) != nullptr) return {nullptr, -1};
    std::string_view forms[6];
    int nf = toks[i].is_arabic ? ArabicStems(toks[i], forms) : 1;
    if (!toks[i].is_arabic) forms[0] = toks[i].text;
    const Title* best = nullptr;
    long best_last = -1;
    for (int k = 0; k < nf; ++k) {
      std::string_view f = toks[i].is_arabic ? StripArabicArticle(forms[k]) : forms[k];
      const bool definite = f.size() != forms[k].size();
      auto it = titles_by_first_.find(std::string(f));
      if (it == titles_by_first_.end()) continue;
      for (uint32_t ti : it->second) {
        const Title& t = lexicon_.titles()[ti];
        long last = match_from(i, t.tokens);
        bool inside = false;
        for (long j = static_cast<long>(i); j <= last && !inside; ++j) inside = mention_at(j) != nullptr;
        // Of two rows as long, the one written as the word is (with or
        // without the article) wins: الأمير محمد, أمير قطر.
        const bool better_form = last == best_last && best != nullptr && best->definite != definite &&
                                 t.definite == definite;
        if ((last > best_last || better_form) && !inside) {
          best_last = last;
          best = &t;
        }
      }
    }
    return {best, best_last};
  };
  std::vector<Mention> added;
  std::vector<std::pair<uint32_t, uint32_t>> absorbed;  // org mentions folded into titles
  for (size_t i = 0; i < n; ++i) {
    auto [title, title_last] = title_at(i);
    if (title == nullptr) continue;
    const size_t absorbed_before = absorbed.size();
    size_t span_first = i;
    ActorIndex org = kNoActor;
    size_t after = static_cast<size_t>(title_last) + 1;
    // The org after the title (Arabic genitive or adjective, "of X").
    size_t probe = after;
    auto is_quote = [&](size_t j) {
      return j < n && !toks[j].is_word &&
             (toks[j].text == "\"" || toks[j].text == "«" || toks[j].text == "»");
    };
    auto is_article = [&](size_t j) { return words_.IsAsWritten(WordClass::kArticle, toks[j]); };
    if (probe < n && (words_.IsAsWritten(WordClass::kPrepOf, toks[probe]) || is_article(probe))) ++probe;
    if (probe < n && is_article(probe)) ++probe;
    while (is_quote(probe)) ++probe;
    // "وزير الإعلام اللبناني": a portfolio (up to two definite nouns)
    // between the office and its state.
    if (probe < n && toks[probe].is_arabic && mention_at(probe) == nullptr) {
      for (size_t skip = probe, k = 0; k < 2 && skip < n; ++k, ++skip) {
        if (!toks[skip].is_word || mention_at(skip) != nullptr ||
            StripArabicArticle(toks[skip].text) == toks[skip].text) {
          break;
        }
        Mention* m = skip + 1 < n ? mention_at(skip + 1) : nullptr;
        if (is_org(m) && m->first == skip + 1 && m->type == MentionType::kDemonym) {
          probe = skip + 1;
          break;
        }
      }
    }
    if (Mention* m = probe < n ? mention_at(probe) : nullptr; is_org(m) && m->first == probe) {
      org = m->actor;
      absorbed.push_back({m->first, m->last});
      after = m->last + 1;
      while (is_quote(after)) ++after;
      // "رئيس «حكومة الوفاق» الليبية، فائز السراج": an adjective and a
      // comma may stand between the office and its holder.
      if (Mention* adj = after < n ? mention_at(after) : nullptr;
          adj != nullptr && adj->first == after && adj->type == MentionType::kDemonym) {
        absorbed.push_back({adj->first, adj->last});
        after = adj->last + 1;
      }
      if (after + 1 < n && words_.IsAsWritten(WordClass::kComma, toks[after])) {
        Mention* p = mention_at(after + 1);
        if (p != nullptr && p->first == after + 1 && kind_of(p) == ActorKind::kPerson) ++after;
        // "نائب وزير الخارجية السعودي، المهندس وليد الخريجي": or a rank
        // or an honorific before the name.
        else if (p == nullptr && title_at(after + 1).first != nullptr &&
                 (title_at(after + 1).first->position == "rank" ||
                  title_at(after + 1).first->position == "honorific")) {
          ++after;
        }
      }
    } else if (i > 0 && !toks[i].is_arabic) {
      // English: "Pakistani Prime Minister", "Pakistan's prime minister",
      // "Lebanese Information Minister" (a portfolio between).
      size_t before = i - 1;
      if (words_.IsAsWritten(WordClass::kPossessiveClitic, toks[before]) && before > 0) --before;
      for (size_t k = 0; k < 2 && before > 0 && mention_at(before) == nullptr && toks[before].is_word &&
                         std::isupper(static_cast<unsigned char>(s.original[s.OriginalBegin(before)]));
           ++k) {
        if (is_org(mention_at(before - 1)) && mention_at(before - 1)->type == MentionType::kDemonym) {
          --before;
          break;
        }
        --before;
      }
      // "Iran's Foreign Ministry spokesman", "Syria's security chief": a
      // portfolio (capitalised or not) between the possessive and the office.
      if (mention_at(before) == nullptr) {
        for (size_t back = 1; back <= 3 && back < i; ++back) {
          const size_t p = i - back;
          if (words_.IsAsWritten(WordClass::kPossessiveClitic, toks[p])) {
            if (Mention* m = mention_at(p - 1); is_org(m) && m->last == p - 1) before = p - 1;
            break;
          }
          if (!toks[p].is_word || toks[p].is_arabic || mention_at(p) != nullptr) break;
        }
      }
      if (Mention* m = mention_at(before); is_org(m) && m->last == before) {
        org = m->actor;
        absorbed.push_back({m->first, m->last});
        span_first = m->first;
      }
    }
    // "رئيس تيار المردة سليمان فرنجية": a body the lexicon does not know,
    // named after the office by a head word (تيار، حزب، حركة).
    if (org == kNoActor && toks[i].is_arabic && probe < n && mention_at(probe) == nullptr &&
        words_.Is(WordClass::kOrgHeadArabic, toks[probe])) {
      size_t last = probe;
      while (last + 1 < n && last < probe + 2 && toks[last + 1].is_arabic && mention_at(last + 1) == nullptr &&
             StripArabicArticle(toks[last + 1].text) != toks[last + 1].text) {
        ++last;
      }
      if (last > probe) {
        const uint32_t b = s.OriginalBegin(probe), e = s.OriginalEnd(last);
        Mention body;
        body.actor = Discover(std::string(s.original.substr(b, e - b)), true,
                              words_.Is(WordClass::kOrgHeadParty, toks[probe]) ? ActorKind::kParty
                                                                              : ActorKind::kOrganisation,
                              "", ctx);
        body.first = static_cast<uint32_t>(probe);
        body.last = static_cast<uint32_t>(last);
        body.begin = b;
        body.end = e;
        added.push_back(body);
        org = body.actor;
        after = last + 1;
      }
    }
    // "وصل وفد سوري، يترأسه وزير الخارجية أسعد الشيباني": an office with
    // no state named, in a delegation's list, is the delegation's state's.
    if (org == kNoActor && title->position != "rank" && title->position != "honorific") {
      for (size_t back = 1; back <= 30 && back <= i && org == kNoActor; ++back) {
        const size_t j = i - back;
        if (!words_.Is(WordClass::kDelegation, toks[j])) continue;
        Mention* state = nullptr;
        if (toks[j].is_arabic && j + 1 < n) state = mention_at(j + 1);  // وفد سوري
        if (!toks[j].is_arabic && j > 0) state = mention_at(j - 1);    // the Syrian delegation
        if (j > 1 && !toks[j].is_arabic && state == nullptr && words_.IsAsWritten(WordClass::kPossessiveClitic, toks[j - 1])) {
          state = mention_at(j - 2);  // Saudi Arabia's delegation
        }
        if (state != nullptr && kind_of(state) == ActorKind::kState) org = state->actor;
        break;
      }
    }
    // "سفير العراق لدى طهران نصير عبد المحسن", "ambassador to Yemen X": the
    // posting between the office and the name.
    if (after + 1 < n && !toks[after].is_arabic == !toks[i].is_arabic) {
      const bool posting = words_.IsAsWritten(WordClass::kPrepIn, toks[after]) ||
                           words_.IsAsWritten(WordClass::kPrepWith, toks[after]) ||
                           words_.IsAsWritten(WordClass::kPrepTo, toks[after]);
      Mention* place = mention_at(after + 1);
      // Only when a name follows it: "minister in Riyadh" alone is a place.
      const size_t next = place != nullptr ? place->last + 1 : n;
      auto name_next = [&] {
        if (next >= n || !toks[next].is_word) return false;
        if (Mention* p = mention_at(next)) return p->first == next && kind_of(p) == ActorKind::kPerson;
        if (title_at(next).first != nullptr) return true;
        if (toks[next].is_arabic) return StripArabicArticle(toks[next].text) == toks[next].text;
        const char c = s.original[s.OriginalBegin(next)];
        return c >= 'A' && c <= 'Z' && !words_.IsAsWritten(WordClass::kNotName, toks[next]);
      };
      if (posting && place != nullptr && place->first == after + 1 &&
          (kind_of(place) == ActorKind::kState || kind_of(place) == ActorKind::kCity) && name_next()) {
        after = next;
      }
    }
    // Further titles and ranks: "ولي العهد السعودي رئيس مجلس الوزراء",
    // "army chief Field Marshal".
    const Title* position = title;
    size_t title_end = after;
    while (true) {
      auto [more, more_last] = title_at(after);
      if (more == nullptr) break;
      if (position->position == "rank" || position->position == "honorific") position = more;
      after = static_cast<size_t>(more_last) + 1;
      title_end = after;
    }
    // "رئيس الوزراء الباكستاني السابق شهباز شريف": a word of former office
    // between the title and the name; the title is still that person's
    // (a past one), not the present holder's.
    if (after < n && words_.IsAsWritten(WordClass::kFormerAfter, toks[after])) {
      ++after;
    }
    // "Pakistan's army chief": the office is in the state's army.
    if (org != kNoActor && lexicon_.actor(org).kind == ActorKind::kState &&
        (position->position == "army_chief" || position->position == "deputy_army_chief")) {
      ActorIndex army = lexicon_.MilitaryOf(org);
      if (army != kNoActor) org = army;
    }
    Mention* person = after < n ? mention_at(after) : nullptr;
    if (person != nullptr && person->first == after && kind_of(person) == ActorKind::kPerson) {
      if (person->title_position.empty() && position->position != "rank" &&
          position->position != "honorific") {
        person->title_position = position->position;
        person->title_org = org;
        // "وزيرا الخارجية والدفاع التركيان، هاكان فيدان ويشار غولر": the
        // persons joined by و share the title's org.
        for (Mention& next : out) {
          if (next.first <= person->last || kind_of(&next) != ActorKind::kPerson) continue;
          bool comma = next.first == person->last + 2 &&
                       words_.IsAsWritten(WordClass::kComma, toks[person->last + 1]);
          bool joined = false;  // و joined to the next name
          for (const std::string& c : words_.Words(WordClass::kAndWord)) {
            joined |= toks[next.first].text.substr(0, c.size()) == c;
          }
          if ((next.first != person->last + 1 && !comma) || !toks[next.first].is_arabic || !joined ||
              !next.title_position.empty())
            break;
          next.title_position = position->position;
          next.title_org = org;
          break;
        }
      }
      person->first = static_cast<uint32_t>(span_first);
      person->begin = s.OriginalBegin(span_first);
      person->proclitic_bytes = 0;
      if (toks[span_first].is_arabic) {
        std::string_view forms[6];
        int nf = ArabicStems(toks[span_first], forms);
        // The proclitics are what the matched title word lacks.
        for (int k = nf - 1; k >= 0; --k) {
          std::string_view f = StripArabicArticle(forms[k]);
          if (!title->tokens.empty() && f == title->tokens[0]) {
            person->proclitic_bytes = static_cast<uint8_t>(toks[span_first].text.size() - forms[k].size());
            break;
          }
        }
      }
      i = person->last;
      continue;
    }
    // A spelling of the office's present holder the lexicon lacks
    // ("President Mohammed Bin Zayed Al Nahyan"): the holder, when a word of
    // the name after the title is a word of the holder's name.
    if (org != kNoActor && position->position != "rank" && position->position != "honorific" && after < n &&
        toks[after].is_word && mention_at(after) == nullptr) {
      const ActorIndex holder = HolderOf(position->position, org, ctx->date);
      size_t run = after;
      bool shares = false;
      if (holder != kNoActor) {
        const Actor& h = lexicon_.actor(holder);
        std::vector<std::string> own = NameTokens(h.name_en);
        for (const std::string& w : NameTokens(h.name_ar)) own.push_back(w);
        for (; run < n && run < after + 4 && toks[run].is_word && mention_at(run) == nullptr; ++run) {
          const std::string w(toks[run].is_arabic ? StripArabicArticle(toks[run].text) : toks[run].text);
          if (!IsNameParticle(words_, w) && std::find(own.begin(), own.end(), w) != own.end()) shares = true;
        }
      }
      if (shares) {
        Mention m;
        m.actor = holder;
        m.type = MentionType::kTitle;
        m.first = static_cast<uint32_t>(span_first);
        m.last = static_cast<uint32_t>(run - 1);
        m.begin = s.OriginalBegin(m.first);
        m.end = s.OriginalEnd(m.last);
        m.title_position = position->position;
        m.title_org = org;
        added.push_back(m);
        i = run - 1;
        continue;
      }
    }
    // A person the lexicon does not know, named right after the title.
    size_t name_last = DiscoverName(s, after, title_end, org, position, ctx, &out, &added);
    if (name_last != 0) {
      added.back().first = static_cast<uint32_t>(span_first);
      added.back().begin = s.OriginalBegin(span_first);
      i = name_last;
      continue;
    }
    bool office = position->position != "rank" && position->position != "honorific";
    // A title that names nobody is still one title: no shorter title inside
    // it ("وزير الخارجية" in "نائب وزير الخارجية") names anybody either.
    const size_t skip_to = std::max(i, title_end - 1);
    if (org == kNoActor || !office) {
      absorbed.resize(absorbed_before);
      i = skip_to;
      continue;
    }
    // "Baraka Otieno, Kenya's foreign minister", "قال باراكا أوتينو، وزير
    // الخارجية الكيني": an office in apposition after a name the lexicon
    // does not know is that person's, not the office's present holder's.
    size_t comma = span_first >= 1 ? span_first - 1 : 0;
    if (comma >= 1 && words_.IsAsWritten(WordClass::kArticle, toks[comma])) --comma;  // ", the Kenyan ..."
    if (comma >= 1 && words_.IsAsWritten(WordClass::kComma, toks[comma])) {
      if (DiscoverBefore(s, comma, org, position, ctx, &out, &added)) {
        i = skip_to;
        continue;
      }
    }
    ActorIndex holder = HolderOf(position->position, org, ctx->date);
    if (holder == kNoActor) {
      absorbed.resize(absorbed_before);
      i = skip_to;
      continue;
    }
    Mention m;
    m.actor = holder;
    m.type = MentionType::kTitle;
    m.first = static_cast<uint32_t>(span_first);
    m.last = static_cast<uint32_t>(after - 1);
    m.begin = s.OriginalBegin(m.first);
    m.end = s.OriginalEnd(m.last);
    m.title_position = position->position;
    m.title_org = org;
    added.push_back(m);
    i = after - 1;
  }
  // Org mentions folded into a title are part of a person's mention now.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const Mention& x) {
                             for (auto [f, l] : absorbed) {
                               if (x.first == f && x.last == l && kind_of(&x) != ActorKind::kPerson)
                                 return true;
                             }
                             return false;
                           }),
            out.end());
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });

  // A possessive pronoun on a head noun: "حكومته" (his government),
  // "قواته", "his forces": the org the last person named leads.
  {
    std::vector<Mention> pronouns;
    for (size_t i = 0; i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      Head head = Head::kNone;
      size_t first = i, last = i;
      if (toks[i].is_arabic) {
        std::string_view forms[6];
        int nf = ArabicStems(toks[i], forms);
        for (int k = 0; k < nf && head == Head::kNone; ++k) {
          std::string_view f = forms[k];
          for (WordClass sc : {WordClass::kPronounSuffix, WordClass::kPronounSuffixAmbiguous}) {
            for (const std::string& suffix : words_.Words(sc)) {
              if (head != Head::kNone || f.size() <= suffix.size() + 4 || !EndsWith(f, suffix)) continue;
              std::string base(f.substr(0, f.size() - suffix.size()));
              // ة is written ت before a suffix: حكومته -> حكومة (folded ه).
              if (EndsWith(base, "ت")) head = HeadNoun(words_, base.substr(0, base.size() - 2) + "ه");
              if (head == Head::kNone) head = HeadNoun(words_, base);
            }
          }
        }
      } else if (words_.IsAsWritten(WordClass::kPossessive, toks[i]) && i + 1 < n) {
        head = HeadNoun(words_, toks[i + 1].text);
        last = i + 1;
      }
      if (head == Head::kNone) continue;
      ActorIndex person = ctx->last_person;
      for (const Mention& m : out) {
        if (m.last < first && ctx->ActorAt(lexicon_, m.actor).kind == ActorKind::kPerson) person = m.actor;
      }
      if (person == kNoActor) continue;
      ActorIndex org = LedOrg(person, head == Head::kGovernment, ctx->date);
      if (org == kNoActor) continue;
      Mention m;
      m.actor = org;
      m.type = MentionType::kHeadNoun;
      m.first = static_cast<uint32_t>(first);
      m.last = static_cast<uint32_t>(last);
      m.begin = s.OriginalBegin(first);
      m.end = s.OriginalEnd(last);
      pronouns.push_back(m);
      i = last;
    }
    if (!pronouns.empty()) {
      out.insert(out.end(), pronouns.begin(), pronouns.end());
      std::sort(out.begin(), out.end(),
                [](const Mention& a, const Mention& b) { return a.first < b.first; });
    }
  }

  // Head nouns: "حكومة حفتر", "قوات حفتر", "Haftar's forces".
  for (Mention& m : out) {
    if (ctx->ActorAt(lexicon_, m.actor).kind != ActorKind::kPerson) continue;
    Head head = Head::kNone;
    uint32_t new_first = m.first, new_last = m.last;
    if (m.first > 0 && toks[m.first - 1].is_word) {
      std::string_view forms[6];
      int nf = toks[m.first - 1].is_arabic ? ArabicStems(toks[m.first - 1], forms) : 1;
      if (!toks[m.first - 1].is_arabic) forms[0] = toks[m.first - 1].text;
      for (int k = 0; k < nf && head == Head::kNone; ++k) head = HeadNoun(words_, forms[k]);
      if (head != Head::kNone) new_first = m.first - 1;
    }
    if (head == Head::kNone && m.last + 2 < n && words_.IsAsWritten(WordClass::kPossessiveClitic, toks[m.last + 1])) {
      head = HeadNoun(words_, toks[m.last + 2].text);
      if (head != Head::kNone) new_last = m.last + 2;
    }
    if (head == Head::kNone) continue;
    ActorIndex org = LedOrg(m.actor, head == Head::kGovernment, ctx->date);
    if (org != kNoActor) {
      m.owner = m.actor;
      m.actor = org;
      m.type = MentionType::kHeadNoun;
      m.first = new_first;
      m.last = new_last;
      m.begin = s.OriginalBegin(m.first);
      m.end = s.OriginalEnd(m.last);
    }
  }

  // "جدة السعودية", "إعلان بكين", "the Beijing Declaration": a state named
  // right after one of its cities, a city naming an event or a document.
  for (size_t k = 0; k < out.size(); ++k) {
    Mention& m = out[k];
    const Actor& a = ctx->ActorAt(lexicon_, m.actor);
    if (a.kind == ActorKind::kState && k > 0 && out[k - 1].last + 1 == m.first) {
      const Actor& before = ctx->ActorAt(lexicon_, out[k - 1].actor);
      m.qualifier |= before.kind == ActorKind::kCity && before.country == a.id;
    }
    if (a.kind != ActorKind::kCity && m.type != MentionType::kCapital) continue;
    if (toks[m.first].is_arabic) {
      m.qualifier |= m.first > 0 && m.proclitic_bytes == 0 && words_.Is(WordClass::kEventNoun, toks[m.first - 1]);
    } else {
      m.qualifier |= m.last + 1 < n && words_.Is(WordClass::kEventNoun, toks[m.last + 1]);
    }
  }

  // "البلدين", "الجانبان", "the two countries": the pair named just before.
  {
    std::vector<Mention> pairs;
    for (size_t i = 0; i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      bool states_only = false, persons_only = false, found = false;
      size_t last = i;
      if (size_t len = words_.MatchAt(WordClass::kPairStates, toks, i)) {
        found = states_only = true;
        last = i + len - 1;
      } else if (size_t len3 = words_.MatchAt(WordClass::kPairPersons, toks, i)) {
        found = persons_only = true;  // "the two leaders", "الزعيمان"
        last = i + len3 - 1;
      } else if (size_t len2 = words_.MatchAt(WordClass::kPairSides, toks, i)) {
        found = true;
        last = i + len2 - 1;
      }
      if (!found) continue;
      // The two most recent distinct actors of the right kind, before here.
      std::vector<ActorIndex> pool = ctx->recent;
      for (const Mention& m : out) {
        if (m.last < i && !m.qualifier && m.type != MentionType::kDemonym) {
          // "Qatar's emir" names Qatar too ("Egypt hosted Qatar's emir. The
          // two countries ...").
          if (m.title_org != kNoActor) pool.push_back(m.title_org);
          pool.push_back(m.actor);
        }
      }
      std::vector<ActorIndex> pair;
      if (states_only) {
        // "The two countries" are the article's two main states so far:
        // the two named most often among the recent mentions (the later
        // named first on a tie), not merely the last two ("Egypt and
        // Turkey ... Sudan ... the two countries" means Egypt and Turkey).
        std::vector<std::pair<ActorIndex, std::pair<int, size_t>>> counts;  // actor, (count, last)
        for (size_t p = 0; p < pool.size(); ++p) {
          if (ctx->ActorAt(lexicon_, pool[p]).kind != ActorKind::kState) continue;
          auto it = std::find_if(counts.begin(), counts.end(),
                                 [&](const auto& c) { return c.first == pool[p]; });
          if (it == counts.end()) counts.push_back({pool[p], {1, p}});
          else it->second = {it->second.first + 1, p};
        }
        std::stable_sort(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        // The pair in order of their last mention, as the recency rule gives.
        for (size_t c = 0; c < counts.size() && c < 2; ++c) pair.push_back(counts[c].first);
        if (pair.size() == 2 && counts[0].second.second < counts[1].second.second) {
          std::swap(pair[0], pair[1]);
        }
      }
      // "The two sides" are two parties: the two most recent actors that
      // belong to different states (a Saudi prince and Saudi Arabia are one
      // side).
      auto side_of = [&](ActorIndex a) -> std::string {
        const Actor& x = ctx->ActorAt(lexicon_, a);
        return x.kind == ActorKind::kState ? x.id : x.country;
      };
      for (auto it = pool.rbegin(); !states_only && it != pool.rend() && pair.size() < 2; ++it) {
        ActorKind k = ctx->ActorAt(lexicon_, *it).kind;
        if (k == ActorKind::kCity || (persons_only && k != ActorKind::kPerson)) continue;
        if (std::find(pair.begin(), pair.end(), *it) != pair.end()) continue;
        if (pair.size() == 1 && !side_of(pair[0]).empty() && side_of(pair[0]) == side_of(*it)) continue;
        pair.push_back(*it);
      }
      if (pair.size() != 2) continue;
      for (int side = 1; side >= 0; --side) {
        Mention m;
        m.actor = pair[side];
        m.type = MentionType::kShort;
        m.first = static_cast<uint32_t>(i);
        m.last = static_cast<uint32_t>(last);
        m.begin = s.OriginalBegin(i);
        m.end = s.OriginalEnd(last);
        if (toks[i].is_arabic) {
          std::string_view forms[6];
          int nf = ArabicStems(toks[i], forms);
          m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - forms[nf - 1].size());
          std::string_view stem = forms[nf - 1];
          if (StripArabicArticle(stem) != stem) {
            m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - StripArabicArticle(stem).size());
          }
        }
        pairs.push_back(m);
      }
      i = last;
    }
    if (!pairs.empty()) {
      out.insert(out.end(), pairs.begin(), pairs.end());
      std::stable_sort(out.begin(), out.end(),
                       [](const Mention& a, const Mention& b) { return a.first < b.first; });
    }
  }

  // A bare "the army" ("الجيش", "القوات المسلحة", "the armed forces"):
  // the army of the state the article is about, when one state clearly
  // leads the count of those named so far.
  {
    ActorIndex main_state = kNoActor;
    int best = 0, second = 0;
    for (const auto& [state, count] : ctx->state_mentions) {
      if (count > best || (count == best && state < main_state)) {
        second = best;
        best = count;
        main_state = state;
      } else if (count > second) {
        second = count;
      }
    }
    ActorIndex army = best >= 2 && best > second ? lexicon_.MilitaryOf(main_state) : kNoActor;
    std::vector<Mention> armies;
    for (size_t i = 0; army != kNoActor && i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      size_t last = i;
      bool bare = false;
      // English needs "the" before it: "the army", "the armed forces".
      if (toks[i].is_arabic || (i > 0 && words_.IsAsWritten(WordClass::kArticle, toks[i - 1]) &&
                                mention_at(i - 1) == nullptr)) {
        if (size_t len = words_.MatchAt(WordClass::kBareArmy, toks, i)) {
          bare = true;
          last = i + len - 1;
        }
      }
      // "الجيش السوداني", "the army of Sudan", "الجيش الوطني الليبي": named,
      // not bare (a following adjective or actor makes it someone's).
      if (!bare || last + 1 >= n) continue;
      // An Arabic definite noun takes no genitive, so an actor named after
      // "الجيش" is another clause part, unless it is an adjective (a nisba).
      const Token& next = toks[last + 1];
      const Mention* next_mention = mention_at(last + 1);
      if (words_.IsAsWritten(WordClass::kPrepOf, next) ||
          (next_mention != nullptr && (!next.is_arabic || next_mention->type == MentionType::kDemonym)) ||
          (next_mention == nullptr && next.is_arabic &&
           next.text.substr(0, kArabicArticle.size()) == kArabicArticle)) {  // an adjective
        continue;
      }
      Mention m;
      m.actor = army;
      m.type = MentionType::kHeadNoun;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(last);
      m.begin = s.OriginalBegin(i);
      m.end = s.OriginalEnd(last);
      armies.push_back(m);
      i = last;
    }
    if (!armies.empty()) {
      out.insert(out.end(), armies.begin(), armies.end());
      std::stable_sort(out.begin(), out.end(),
                       [](const Mention& a, const Mention& b) { return a.first < b.first; });
    }
  }

  // "المملكة", "the Kingdom": the kingdom the article names most so far.
  {
    ActorIndex kingdom = kNoActor;
    int best = 0;
    for (const auto& [state, count] : ctx->state_mentions) {
      if (count <= best || !IsKingdom(state)) continue;
      best = count;
      kingdom = state;
    }
    std::vector<Mention> found;
    for (size_t i = 0; kingdom != kNoActor && i < n; ++i) {
      if (!toks[i].is_word || mention_at(i) != nullptr) continue;
      const size_t len = words_.MatchAt(WordClass::kTheKingdom, toks, i);
      if (len == 0) continue;
      // "المملكة المتحدة", "المملكة الأردنية": named, not bare.
      const size_t next = i + len;
      if (next < n && (mention_at(next) != nullptr ||
                       (toks[next].is_arabic && StripArabicArticle(toks[next].text) != toks[next].text))) {
        continue;
      }
      Mention m;
      m.actor = kingdom;
      m.type = MentionType::kShort;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(next - 1);
      m.begin = s.OriginalBegin(m.first);
      m.end = s.OriginalEnd(m.last);
      std::string_view forms[6];
      const int nf = toks[i].is_arabic ? ArabicStems(toks[i], forms) : 0;
      if (nf > 0) m.proclitic_bytes = static_cast<uint8_t>(toks[i].text.size() - forms[nf - 1].size());
      found.push_back(m);
      i = next - 1;
    }
    if (!found.empty()) {
      out.insert(out.end(), found.begin(), found.end());
      std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    }
  }

  // "بالعاهل الأردني الملك عبد الله الثاني": an office resolved to its holder
  // right before the holder's name is one mention of them.
  for (size_t k = 0; k + 1 < out.size();) {
    Mention& a = out[k];
    const Mention& b = out[k + 1];
    // (An office after the name, "شهباز شريف رئيس وزراء باكستان", stays an
    // apposition of its own.)
    if (a.actor == b.actor && a.last + 1 == b.first && b.type != MentionType::kTitle &&
        ctx->ActorAt(lexicon_, a.actor).kind == ActorKind::kPerson) {
      a.last = b.last;
      a.end = b.end;
      if (a.type == MentionType::kTitle) a.type = b.type;
      out.erase(out.begin() + static_cast<long>(k + 1));
    } else {
      ++k;
    }
  }

  // Remember the words of the persons named, for later short mentions.
  for (const Mention& m : out) {
    const Actor& a = ctx->ActorAt(lexicon_, m.actor);
    if (a.kind == ActorKind::kPerson) ctx->last_person = m.actor;
    // Every actor counts for its state: persons, armies and groups say
    // which country an article is about as much as its name does.
    if (m.type != MentionType::kShort) {
      ActorIndex state = a.kind == ActorKind::kState ? m.actor
                         : a.country.empty()         ? kNoActor
                                                     : lexicon_.FindById(a.country);
      if (state != kNoActor) ++ctx->state_mentions[state];
    }
    if (m.type != MentionType::kDemonym && m.type != MentionType::kShort && !m.qualifier) {
      // An office with no name ("Qatar's emir") names its state too.
      if (m.type == MentionType::kTitle && m.title_org != kNoActor) ctx->recent.push_back(m.title_org);
      ctx->recent.push_back(m.actor);
      if (ctx->recent.size() > 16) ctx->recent.erase(ctx->recent.begin());
    }
    if (a.kind != ActorKind::kPerson || m.type == MentionType::kShort) continue;
    for (const std::string* name : {&a.name_en, &a.name_ar}) {
      for (const std::string& w : NameTokens(*name)) {
        if (!IsNameParticle(words_, w)) ctx->short_names[w] = m.actor;
      }
    }
  }
  return out;
}

}  // namespace tahaluf

namespace tahaluf {
namespace {

std::string AsciiId(std::string_view latin) {
  std::string id = "X_";
  bool underscore = false;
  for (char c : latin) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      if (underscore && id.size() > 2) id += '_';
      underscore = false;
      id += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    } else {
      underscore = true;
    }
  }
  return id;
}

}  // namespace

std::string Recognizer::Transliterate(std::string_view arabic) const {
  if (!icu_->to_latin) return std::string(arabic);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(arabic.data(), static_cast<int32_t>(arabic.size())));
  icu_->to_latin->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

ActorIndex Recognizer::Discover(const std::string& written, bool arabic, ActorKind kind,
                                const std::string& country, DocumentContext* ctx) const {
  std::string key = Normalizer::Get().Fold(written);
  for (size_t k = 0; k < ctx->discovered.size(); ++k) {
    if (Normalizer::Get().Fold(ctx->discovered[k].name_en) == key ||
        Normalizer::Get().Fold(ctx->discovered[k].name_ar) == key)
      return static_cast<ActorIndex>(lexicon_.size() + k);
  }
  Actor a;
  a.kind = kind;
  a.discovered = true;
  if (arabic) {
    a.name_ar = written;
    a.name_en = Transliterate(written);
  } else {
    a.name_en = written;
  }
  a.id = AsciiId(a.name_en);
  a.country = country;
  ctx->discovered.push_back(std::move(a));
  return static_cast<ActorIndex>(lexicon_.size() + ctx->discovered.size() - 1);
}

bool Recognizer::IsKingdom(ActorIndex state) const {
  // A state whose names call it a kingdom ("المملكة العربية السعودية",
  // "Kingdom of Bahrain"); each state's names are folded once.
  std::vector<int8_t>& known = icu_->kingdom;
  if (known.size() != lexicon_.size()) known.assign(lexicon_.size(), -1);
  if (known[state] < 0) known[state] = NamesAKingdom(state) ? 1 : 0;
  return known[state] == 1;
}

bool Recognizer::NamesAKingdom(ActorIndex state) const {
  const Actor& a = lexicon_.actor(state);
  std::vector<const std::string*> names{&a.name_en, &a.name_ar};
  for (const std::string& alias : a.aliases) names.push_back(&alias);
  for (const std::string* nm : names) {
    const std::string key = Normalizer::Get().Fold(*nm);
    for (const std::string& k : words_.Words(WordClass::kTheKingdom)) {
      std::string_view bare = StripArabicArticle(k);
      if (k.find(' ') == std::string::npos && key.find(bare) != std::string::npos) return true;
    }
  }
  return false;
}

ActorIndex Recognizer::LedOrg(ActorIndex person, bool government, int32_t date) const {
  std::vector<const Role*> led;
  for (const Role* r : lexicon_.RolesOf(person, date)) {
    if (r->relation == "leads") led.push_back(r);
  }
  // A warlord's "government" is the force he leads when he heads no
  // government.
  bool any_government = std::any_of(led.begin(), led.end(), [&](const Role* r) {
    ActorKind k = lexicon_.actor(r->org).kind;
    return k == ActorKind::kGovernment || k == ActorKind::kState;
  });
  for (const Role* r : led) {
    ActorKind k = lexicon_.actor(r->org).kind;
    bool force = k == ActorKind::kMilitary || k == ActorKind::kArmedGroup;
    bool fits = government ? (k == ActorKind::kGovernment || k == ActorKind::kState ||
                              (!any_government && force))
                           : force;
    if (fits) return r->org;
  }
  return kNoActor;
}

ActorIndex Recognizer::HolderOf(const std::string& position, ActorIndex org, int32_t date) const {
  std::vector<ActorIndex> h = lexicon_.Holders(position, org, date);
  if (h.size() == 1) return h[0];
  if (!h.empty()) return kNoActor;
  const Actor& o = lexicon_.actor(org);
  bool heads = position == "commander" || position == "army_chief" || position == "leader" ||
               position == "head_of_state" || position == "head_of_government";
  if (o.kind == ActorKind::kState && (position == "army_chief" || position == "commander")) {
    ActorIndex army = lexicon_.MilitaryOf(org);
    return army == kNoActor ? kNoActor : HolderOf("army_chief", army, date);
  }
  if (o.kind != ActorKind::kState && heads) {
    std::vector<ActorIndex> leaders;
    int32_t at = date == 0 ? 99999999 : date;
    for (const Role& r : lexicon_.roles()) {
      if (r.org == org && r.relation == "leads" && r.start <= at && at <= r.end &&
          std::find(leaders.begin(), leaders.end(), r.person) == leaders.end())
        leaders.push_back(r.person);
    }
    if (leaders.size() == 1) return leaders[0];
  }
  return kNoActor;
}

size_t Recognizer::DiscoverBefore(const TokenizedSentence& s, size_t comma, ActorIndex org, const Title* title,
                                  DocumentContext* ctx, std::vector<Mention>* existing,
                                  std::vector<Mention>* added) const {
  const std::vector<Token>& toks = s.tokens;
  auto in_mention = [&](size_t j) {
    for (const std::vector<Mention>* v : {static_cast<const std::vector<Mention>*>(added),
                                          static_cast<const std::vector<Mention>*>(existing)}) {
      for (const Mention& m : *v) {
        if (m.first <= j && j <= m.last) return true;
      }
    }
    return false;
  };
  if (title->position == "rank" || title->position == "honorific" || comma == 0) return 0;
  // The name run ending right before the comma: capitalised English words,
  // or Arabic words without the article after a word that ends a name.
  std::vector<size_t> words;
  for (size_t j = comma; j > 0 && words.size() < 4;) {
    --j;
    if (!toks[j].is_word || in_mention(j) || toks[j].is_arabic != toks[comma - 1].is_arabic) break;
    if (toks[j].is_arabic) {
      if (words_.IsAsWritten(WordClass::kNameStop, toks[j]) || StripArabicArticle(toks[j].text) != toks[j].text) break;
      if (words.size() == 3) return 0;
    } else {
      const char c = s.original[s.OriginalBegin(j)];
      if (!(c >= 'A' && c <= 'Z') || words_.IsAsWritten(WordClass::kNotName, toks[j])) break;
    }
    words.insert(words.begin(), j);
  }
  if (words.size() < 2) return 0;
  // The Arabic run starts a clause or follows a verb of saying (قال X،).
  if (toks[words[0]].is_arabic && words[0] > 0 && toks[words[0] - 1].is_word &&
      !words_.Is(WordClass::kNameStop, toks[words[0] - 1].text)) {
    return 0;
  }
  const uint32_t b = s.OriginalBegin(words.front()), e = s.OriginalEnd(words.back());
  std::string country;
  if (org != kNoActor) {
    const Actor& o = lexicon_.actor(org);
    country = o.kind == ActorKind::kState ? o.id : o.country;
  }
  Mention m;
  m.actor = Discover(std::string(s.original.substr(b, e - b)), toks[words[0]].is_arabic, ActorKind::kPerson,
                     country, ctx);
  m.type = MentionType::kName;
  m.first = static_cast<uint32_t>(words.front());
  m.last = static_cast<uint32_t>(words.back());
  m.begin = b;
  m.end = e;
  m.title_position = title->position;
  m.title_org = org;
  added->push_back(m);
  return comma;
}

size_t Recognizer::DiscoverName(const TokenizedSentence& s, size_t at, size_t title_end,
                                ActorIndex org, const Title* title, DocumentContext* ctx,
                                const std::vector<Mention>* existing,
                                std::vector<Mention>* added) const {
  const std::vector<Token>& toks = s.tokens;
  const size_t n = toks.size();
  if (at >= n || !toks[at].is_word) return 0;
  auto in_mention = [&](size_t j) {
    for (const std::vector<Mention>* v : {static_cast<const std::vector<Mention>*>(added), existing}) {
      for (const Mention& m : *v) {
        if (m.first <= j && j <= m.last) return true;
      }
    }
    return false;
  };
  std::vector<size_t> words;
  if (!toks[at].is_arabic) {
    // Capitalised words, joined by hyphens: "Yunus-Bek Yevkurov".
    // After a hyphen a lower-case part belongs to the name too: "Prayut
    // Chan-o-cha".
    size_t j = at;
    bool hyphen = false;
    while (j < n && words.size() < 6) {
      if (!toks[j].is_word || toks[j].is_arabic || in_mention(j)) break;
      char c = s.original[s.OriginalBegin(j)];
      if (!hyphen && (!(c >= 'A' && c <= 'Z') || words_.IsAsWritten(WordClass::kNotName, toks[j]))) break;
      words.push_back(j);
      ++j;
      hyphen = j + 1 < n && toks[j].text == "-" && toks[j + 1].is_word && !toks[j + 1].is_arabic;
      if (hyphen) ++j;
    }
    // A name that starts like a known one and ends like it ("Yunus Bek
    // Yevkirov" for Yunus-Bek Yevkurov) is that person under another
    // spelling; one that only shares the first word (Steven Mnuchin) is new.
    if (!words.empty()) {
      if (const std::vector<uint32_t>* known = lexicon_.NamesStartingWith(toks[words[0]].text)) {
        for (uint32_t k : *known) {
          const std::vector<std::string>& t = lexicon_.name(k).tokens;
          for (size_t a = 1; a < t.size(); ++a) {
            for (size_t w = 1; w < words.size(); ++w) {
              if (EditDistance(t[a], toks[words[w]].text, 2) <= 2) return 0;
            }
          }
        }
      }
    }
  } else {
    size_t j = at;
    while (j < n && words.size() < 3) {
      if (!toks[j].is_word || !toks[j].is_arabic || in_mention(j)) break;
      std::string_view w = toks[j].text;
      if (words_.Is(WordClass::kNameStop, w)) break;
      if (words.empty() && StripArabicArticle(w) != w) return 0;
      bool conj = false;  // و starts a new phrase
      for (const std::string& c : words_.Words(WordClass::kAndWord)) conj |= w.substr(0, c.size()) == c;
      if (!words.empty() && conj) break;
      // A later word with the article is a name's only after a particle
      // (عبد الفتاح) or as a family name in ي (الشيباني); else it is a noun
      // after the name ("جورج قرداحي الحرب").
      if (!words.empty() && StripArabicArticle(w) != w && !EndsWith(w, "ي") &&
          !words_.IsAsWritten(WordClass::kNameParticle, toks[words.back()])) {
        break;
      }
      words.push_back(j);
      ++j;
    }
    // Arabic has no capitals to tell a name from a noun ("الرئيس التركي
    // أهمية الحوار"): a rank or an honorific introduces one ("العقيد فلان
    // الفلاني", "السيد فلان"); an office with its state or body ("وزير
    // الإعلام اللبناني جورج قرداحي") one that looks like a name: a given
    // name first, or a family name in ي, or a particle (أبو، بن، عبد).
    const bool introduced = title->position == "rank" || title->position == "honorific";
    if (!introduced) {
      if (org == kNoActor || words.size() < 2) return 0;
      // A given name or a particle (أبو، عبد، بن) in it, or a family name
      // in ي with the article last (الشيباني).
      bool name_like = words_.Is(WordClass::kGivenName, toks[words[0]]);
      for (size_t k = 0; k < words.size() && !name_like; ++k) {
        name_like = words_.Is(WordClass::kNameParticle, toks[words[k]].text);
      }
      std::string_view last = toks[words.back()].text;
      name_like |= StripArabicArticle(last) != last && StripArabicArticle(last).size() > 4 && EndsWith(last, "ي");
      if (!name_like) return 0;
    }
  }
  if (words.size() < 2) return 0;
  uint32_t b = s.OriginalBegin(words.front()), e = s.OriginalEnd(words.back());
  std::string written(s.original.substr(b, e - b));
  std::string country;
  if (org != kNoActor) {
    const Actor& o = lexicon_.actor(org);
    country = o.kind == ActorKind::kState ? o.id : o.country;
  }
  ActorIndex index = Discover(written, toks[at].is_arabic, ActorKind::kPerson, country, ctx);
  Mention m;
  m.actor = index;
  m.type = MentionType::kName;
  m.first = static_cast<uint32_t>(at);
  m.last = static_cast<uint32_t>(words.back());
  m.begin = s.OriginalBegin(m.first);
  m.end = s.OriginalEnd(m.last);
  if (title->position != "rank" && title->position != "honorific") {
    m.title_position = title->position;
    m.title_org = org;
  }
  added->push_back(m);
  (void)title_end;
  return words.back();
}

}  // namespace tahaluf
