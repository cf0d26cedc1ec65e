#include "tahaluf/recognize.h"

#include <algorithm>

namespace tahaluf {
namespace {

// Name words too common to stand for a person on their own.
bool IsNameParticle(std::string_view w) {
  static const char* const kParticles[] = {
      "bin", "ben", "ibn", "al", "el", "abu", "abdel", "abdul", "abd", "bint",
      "de", "van", "von", "mohammed", "mohamed", "muhammad", "mohammad",
      "\xD8\xA8\xD9\x86",                      // بن
      "\xD8\xA7\xD8\xA8\xD9\x86",              // ابن
      "\xD8\xA7\xD8\xA8\xD9\x88",              // ابو
      "\xD8\xB9\xD8\xA8\xD8\xAF",              // عبد
      "\xD8\xA7\xD9\x84",                      // ال
      "\xD8\xA2\xD9\x84",                      // آل
      "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF",      // محمد
  };
  for (const char* p : kParticles) {
    if (w == p) return true;
  }
  size_t letters = 0;
  for (char c : w) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return letters < 3;
}

// Head nouns that, before a person's name, stand for the org the person
// leads: government -> government/state, forces/army -> military/group.
enum class Head { kNone, kGovernment, kForces };

Head HeadNoun(std::string_view stem) {
  static const std::pair<const char*, Head> kHeads[] = {
      {"\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD9\x87", Head::kGovernment},  // حكومه
      {"government", Head::kGovernment},
      {"administration", Head::kGovernment},
      {"\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA", Head::kForces},        // قوات
      {"\xD8\xAC\xD9\x8A\xD8\xB4", Head::kForces},                // جيش
      {"\xD9\x85\xD9\x8A\xD9\x84\xD9\x8A\xD8\xB4\xD9\x8A\xD8\xA7\xD8\xAA", Head::kForces},  // ميليشيات
      {"forces", Head::kForces},
      {"army", Head::kForces},
      {"militia", Head::kForces},
      {"fighters", Head::kForces},
  };
  for (const auto& [word, head] : kHeads) {
    if (stem == word) return head;
  }
  return Head::kNone;
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

Recognizer::Recognizer(const Lexicon& lexicon) : lexicon_(lexicon) {
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

  std::vector<Mention> out;
  std::string_view stems[6];
  for (size_t i = 0; i < n; ++i) {
    if (!toks[i].is_word) continue;
    int ns = 1;
    if (toks[i].is_arabic) {
      ns = ArabicStems(toks[i].text, stems);
    } else {
      stems[0] = toks[i].text;
    }
    long best_last = -1;
    int best_rank = -1;
    ActorIndex best_actor = kNoActor;
    NameType best_type = NameType::kName;
    size_t best_stem = 0;
    for (int k = 0; k < ns; ++k) {
      const std::vector<uint32_t>* bucket = lexicon_.NamesStartingWith(stems[k]);
      if (bucket == nullptr) continue;
      for (uint32_t id : *bucket) {
        const IndexedName& nm = lexicon_.name(id);
        long last = match_from(i, nm.tokens);
        if (last < 0) continue;
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
    m.begin = s.OriginalBegin(m.first);
    m.end = s.OriginalEnd(m.last);
    out.push_back(m);
    i = m.last;
  }

  // Titles: "رئيس الوزراء الباكستاني [شهباز شريف]", "Pakistan's prime
  // minister", "Pakistani Prime Minister Shehbaz Sharif", "prime minister of
  // Pakistan".
  auto mention_at = [&](size_t tok) -> Mention* {
    for (Mention& m : out) {
      if (m.first <= tok && tok <= m.last) return &m;
    }
    return nullptr;
  };
  auto is_state = [&](const Mention* m) {
    return m != nullptr && lexicon_.actor(m->actor).kind == ActorKind::kState;
  };
  std::vector<Mention> added;
  for (size_t i = 0; i < n; ++i) {
    if (!toks[i].is_word || mention_at(i) != nullptr) continue;
    std::string_view first = toks[i].is_arabic ? StripArabicArticle(toks[i].text) : toks[i].text;
    std::string_view stem_forms[6];
    int ns = toks[i].is_arabic ? ArabicStems(toks[i].text, stem_forms) : 1;
    if (!toks[i].is_arabic) stem_forms[0] = first;
    long title_last = -1;
    const Title* title = nullptr;
    for (int k = 0; k < ns; ++k) {
      std::string_view f = toks[i].is_arabic ? StripArabicArticle(stem_forms[k]) : stem_forms[k];
      auto it = titles_by_first_.find(std::string(f));
      if (it == titles_by_first_.end()) continue;
      for (uint32_t ti : it->second) {
        const Title& t = lexicon_.titles()[ti];
        long last = match_from(i, t.tokens);
        if (last > title_last) {
          title_last = last;
          title = &t;
        }
      }
    }
    if (title == nullptr) continue;
    size_t after = static_cast<size_t>(title_last) + 1;
    ActorIndex org = kNoActor;
    size_t span_first = i, span_last = static_cast<size_t>(title_last);
    // State after the title (Arabic adjective or genitive; English "of X").
    size_t probe = after;
    if (probe < n && toks[probe].text == "of") ++probe;
    if (Mention* m = probe < n ? mention_at(probe) : nullptr; is_state(m) && m->first == probe) {
      org = m->actor;
      span_last = m->last;
      after = m->last + 1;
    } else if (i > 0) {
      // English: "Pakistani Prime Minister", "Pakistan's prime minister".
      size_t before = i - 1;
      if (toks[before].text == "'s" && before > 0) --before;
      if (Mention* m = mention_at(before); is_state(m) && m->last == before) org = m->actor;
    }
    // Skip a rank word after the title ("المشير", "Field Marshal").
    Mention* person = after < n ? mention_at(after) : nullptr;
    if (person != nullptr && person->first == after &&
        lexicon_.actor(person->actor).kind == ActorKind::kPerson) {
      if (person->title_position.empty()) {
        person->title_position = title->position;
        person->title_org = org;
      }
      i = static_cast<size_t>(title_last);
      continue;
    }
    if (org == kNoActor || title->position == "rank" || title->position == "honorific") continue;
    std::vector<ActorIndex> holders = lexicon_.Holders(title->position, org, ctx->date);
    if (holders.size() != 1) continue;
    Mention m;
    m.actor = holders[0];
    m.type = MentionType::kTitle;
    m.first = static_cast<uint32_t>(span_first);
    m.last = static_cast<uint32_t>(span_last);
    m.begin = s.OriginalBegin(m.first);
    m.end = s.OriginalEnd(m.last);
    m.title_position = title->position;
    m.title_org = org;
    // The state mention inside the span is now part of the title.
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Mention& x) {
                               return x.first >= m.first && x.last <= m.last;
                             }),
              out.end());
    added.push_back(m);
    i = span_last;
  }
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });

  // Head nouns: "حكومة حفتر", "قوات حفتر", "Haftar's forces".
  for (Mention& m : out) {
    if (lexicon_.actor(m.actor).kind != ActorKind::kPerson) continue;
    Head head = Head::kNone;
    uint32_t new_first = m.first, new_last = m.last;
    if (m.first > 0 && toks[m.first - 1].is_word) {
      std::string_view forms[6];
      int nf = toks[m.first - 1].is_arabic ? ArabicStems(toks[m.first - 1].text, forms) : 1;
      if (!toks[m.first - 1].is_arabic) forms[0] = toks[m.first - 1].text;
      for (int k = 0; k < nf && head == Head::kNone; ++k) head = HeadNoun(forms[k]);
      if (head != Head::kNone) new_first = m.first - 1;
    }
    if (head == Head::kNone && m.last + 2 < n && toks[m.last + 1].text == "'s") {
      head = HeadNoun(toks[m.last + 2].text);
      if (head != Head::kNone) new_last = m.last + 2;
    }
    if (head == Head::kNone) continue;
    for (const Role* r : lexicon_.RolesOf(m.actor, ctx->date)) {
      if (r->relation != "leads") continue;
      ActorKind k = lexicon_.actor(r->org).kind;
      bool fits = head == Head::kGovernment
                      ? (k == ActorKind::kGovernment || k == ActorKind::kState)
                      : (k == ActorKind::kMilitary || k == ActorKind::kArmedGroup);
      if (!fits) continue;
      m.actor = r->org;
      m.type = MentionType::kHeadNoun;
      m.first = new_first;
      m.last = new_last;
      m.begin = s.OriginalBegin(m.first);
      m.end = s.OriginalEnd(m.last);
      break;
    }
  }

  // Remember the words of the persons named, for later short mentions.
  for (const Mention& m : out) {
    const Actor& a = lexicon_.actor(m.actor);
    if (a.kind != ActorKind::kPerson || m.type == MentionType::kShort) continue;
    for (const std::string* name : {&a.name_en, &a.name_ar}) {
      for (const std::string& w : NameTokens(*name)) {
        if (!IsNameParticle(w)) ctx->short_names[w] = m.actor;
      }
    }
  }
  return out;
}

}  // namespace tahaluf
