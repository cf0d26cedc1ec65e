#include "tahaluf/recognize.h"

#include <string>
#include <string_view>
#include <vector>

#include "tahaluf/names.h"

#include "recognize_internal.h"

namespace tahaluf {

using namespace recognize_internal;

// What the document remembers of a sentence: who leads it, the persons
// and bodies named last, how often each state is named, and the words of
// the persons named, for later short mentions.
void Recognizer::Remember(const TokenizedSentence& s, const std::vector<Mention>& out, DocumentContext* ctx) const {
  bool led = false;
  if (!out.empty()) {
    const Mention& first = out.front();
    const ActorKind k = ctx->ActorAt(lexicon_, first.actor).kind;
    ctx->lead_body = k != ActorKind::kPerson && k != ActorKind::kCity && !first.qualifier &&
                             first.type != MentionType::kDemonym && first.type != MentionType::kPronoun
                         ? first.actor
                         : kNoActor;
  }
  for (const Mention& m : out) {
    const Actor& a = ctx->ActorAt(lexicon_, m.actor);
    if (a.kind == ActorKind::kPerson) ctx->last_person = m.actor;
    if (a.kind == ActorKind::kPerson && !led) {
      ctx->lead_person = m.actor;
      led = true;
    }
    // Every actor counts for its state: persons, armies and groups say
    // which country an article is about as much as its name does.
    if (m.type != MentionType::kShort) {
      const ActorIndex state = StateOf(lexicon_, a, m.actor);
      if (state != kNoActor) ++ctx->state_mentions[state];
    }
    if (m.type != MentionType::kDemonym && m.type != MentionType::kShort && !m.qualifier) {
      // An office with no name ("Qatar's emir") names its state too.
      for (ActorIndex named : {m.type == MentionType::kTitle ? m.title_org : kNoActor, m.actor}) {
        if (named == kNoActor) continue;
        ctx->recent.push_back(named);
        const ActorKind kind = ctx->ActorAt(lexicon_, named).kind;
        if (kind == ActorKind::kPerson || kind == ActorKind::kState || kind == ActorKind::kCity) continue;
        std::erase(ctx->bodies, named);
        ctx->bodies.push_back(named);
        if (ctx->bodies.size() > DocumentContext::kBodiesKept) ctx->bodies.erase(ctx->bodies.begin());
      }
      if (ctx->recent.size() > DocumentContext::kRecentKept) ctx->recent.erase(ctx->recent.begin());
    }
    if (a.kind != ActorKind::kPerson || m.type == MentionType::kShort) continue;
    if (!m.title_position.empty()) {
      std::erase_if(ctx->titled, [&](const DocumentContext::Titled& t) { return t.person == m.actor; });
      ctx->titled.push_back({m.actor, m.title_position, m.title_org});
      // The latest ones only: a long document keeps this work bounded.
      if (ctx->titled.size() > DocumentContext::kTitledKept) ctx->titled.erase(ctx->titled.begin());
    }
    std::vector<std::string> scratch;
    std::vector<char> spells(m.last - m.first + 1);  // (may a word of it spell a name word: asked once)
    for (uint32_t j = m.first; j <= m.last; ++j) {
      const std::string_view t = s.tokens[j].text;
      spells[j - m.first] = s.tokens[j].is_word && t.size() >= 4 && !IsNameParticle(words_, t) &&
                            lexicon_.TitlesStartingWith(StripArabicArticle(t)) == nullptr;
    }
    for (bool arabic : {false, true}) {
      const std::vector<std::string>& tokens = NameWords(*ctx, m.actor, arabic, &scratch);
      for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string& w = tokens[i];
        if (IsNameParticle(words_, w)) continue;
        // (A monarch's number is no name: "عبد الله الثاني" leaves no
        // "الثاني" to stand for him in "اليوم الثاني".)
        if (words_.Is(WordClass::kRegnalOrdinal, std::string_view(w))) continue;
        // ("آل سعود", the house: no short name of one of its members.)
        if (i > 0 && words_.Is(WordClass::kDynasty, std::string_view(tokens[i - 1]))) continue;
        ctx->short_names[w] = m.actor;
        // The spelling this text uses ("Ahmed Al Shara" for al-Sharaa): a
        // later "Mr Al Shara" is the same person. (Not an office's word:
        // "رئيس إيراني" standing for Raisi does not make every later
        // "الرئيس" his.)
        for (uint32_t j = m.first; j <= m.last && w.size() >= 4; ++j) {
          const std::string_view t = s.tokens[j].text;
          if (spells[j - m.first] && t != w && EditDistance(t, w, 1) <= 1) ctx->short_names[std::string(t)] = m.actor;
        }
      }
    }
  }
}

}  // namespace tahaluf
