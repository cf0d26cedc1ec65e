#include "document.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "tahaluf/dates.h"
#include "tahaluf/utf8.h"

namespace tahaluf::extract {
namespace {

bool Is(const RelationInfo* r, std::string_view name) { return r != nullptr && r->name == name; }

// Text with no lower-case Latin letter: a dateline's place ("ADDIS ABABA").
bool NoLowerCase(std::string_view text) {
  return std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

bool IsLeadingPosition(std::string_view p) {
  return p == "head_of_state" || p == "head_of_government" || p == "army_chief" || p == "commander" ||
         p == "leader" || p == "secretary_general" || p == "speaker";
}

DocumentExtraction::DocumentExtraction(const Lexicon& lexicon, const Grammar& grammar,
                                       const Recognizer& recognizer, Picked picked, const Document& doc)
    : lexicon_(lexicon), grammar_(grammar), recognizer_(recognizer), picked_(picked), doc_(doc) {
  ctx_.date = ParseDay(doc.date).value_or(kUndated);
}

Extraction DocumentExtraction::Run(const std::vector<SentenceSpan>& spans) {
  for (uint32_t si = 0; si < spans.size(); ++si) Sentence(si, spans[si]);
  Roles();
  result_.discovered = std::move(ctx_.discovered);
  // In sentence order, stably (Roles() adds triples of earlier sentences):
  // the order is worked out on indices and each triple (two dozen strings)
  // moved once, not moved about by a merge sort.
  std::vector<Triple>& triples = result_.triples;
  const auto by_sentence = [](const Triple& a, const Triple& b) { return a.sentence < b.sentence; };
  if (!std::is_sorted(triples.begin(), triples.end(), by_sentence)) {
    std::vector<size_t> order(triples.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return triples[a].sentence < triples[b].sentence; });
    std::vector<Triple> sorted;
    sorted.reserve(triples.size());
    for (size_t k : order) sorted.push_back(std::move(triples[k]));
    triples = std::move(sorted);
  }
  // Each triple carries its actors' records and its sentence (triple.h):
  // one record per actor, which its triples share.
  std::unordered_map<ActorIndex, std::shared_ptr<const NodeInfo>> records;
  auto record = [&](ActorIndex a) {
    std::shared_ptr<const NodeInfo>& r = records[a];
    if (!r) r = std::make_shared<const NodeInfo>(NodeFromActor(result_.ActorAt(lexicon_, a)));
    return r;
  };
  for (Triple& t : result_.triples) {
    t.subject_actor = record(t.subject);
    t.object_actor = record(t.object);
    t.doc = doc_.id;
    t.date = doc_.date;
    t.lang = doc_.lang;
    t.text = doc_.text.substr(t.begin, t.end - t.begin);
  }
  return std::move(result_);
}

std::vector<size_t> DocumentExtraction::Usables(const SentenceView& v, const RelationInfo* rel, uint32_t from,
                                                uint32_t to) const {
  std::vector<size_t> out;
  for (size_t k = 0; k < v.mentions.size(); ++k) {
    if (v.mentions[k].first >= from && v.mentions[k].last < to && v.Usable(k, rel)) out.push_back(k);
  }
  return out;
}

void DocumentExtraction::NotePersons(uint32_t si, SentenceSpan span, const TokenizedSentence& s,
                                     const std::vector<Mention>& mentions) {
  const WordClasses& words = grammar_.words;
  const std::vector<Token>& toks = s.tokens;
  for (const Mention& m : mentions) {
    // "قوات حفتر", "Haftar's forces": the text names the force and whose it is.
    if (m.owner != kNoActor) {
      named_.insert(m.actor);
      auto it = std::find_if(persons_.begin(), persons_.end(), [&](const auto& p) { return p.first == m.owner; });
      if (it == persons_.end()) {
        FirstMention fm;
        fm.sentence = si;
        fm.span = span;
        fm.surface = MentionSurface(doc_, s, m);
        persons_.push_back({m.owner, fm});
      }
    }
    if (ActorAt(m.actor).kind != ActorKind::kPerson) continue;
    // A word of former office just before the name, or inside its title
    // ("الرئيس الراحل", "former president", "the regime of"); a phrase may
    // start a word before ("the late").
    bool former = false;
    for (uint32_t j = m.first >= 3 ? m.first - 3 : 0; j <= m.last && j < toks.size(); ++j) {
      former |= words.MatchAt(WordClass::kFormer, toks, j) > 0 ||
                (j > 0 && words.MatchAt(WordClass::kFormer, toks, j - 1) > 1);
    }
    // "X، قائد ...", "X, the commander of ...": a title of command right
    // after the name, in apposition.
    bool heads = false;
    if (m.last + 2 < toks.size() && words.IsAsWritten(WordClass::kComma, toks[m.last + 1])) {
      uint32_t j = m.last + 2;
      if (j + 1 < toks.size() && words.IsAsWritten(WordClass::kArticle, toks[j])) ++j;
      auto heads_as = [&](const Title& t) {
        return t.tokens.size() == 1 || (j + 1 < toks.size() && WordMatches(t.tokens[1], toks[j + 1]));
      };
      // The titles whose first word is the word or one of its forms, from
      // the lexicon's index by first word (what TokenForms::Matches takes
      // for a first word with no '*'), then those with a prefix.
      std::string_view forms[6] = {toks[j].text};
      const int nf = toks[j].is_word && toks[j].is_arabic ? ArabicStems(toks[j], forms) : 1;
      for (int k = 0; k < nf && !heads; ++k) {
        const std::vector<uint32_t>* titles = lexicon_.TitlesStartingWith(forms[k]);
        for (size_t a = 0; titles != nullptr && a < titles->size() && !heads; ++a) {
          const uint32_t t = (*titles)[a];
          heads = picked_.leading_title[t] && heads_as(lexicon_.titles()[t]);
        }
      }
      const TokenForms word(toks[j]);
      for (size_t a = 0; a < picked_.leading_prefix_titles.size() && !heads; ++a) {
        const Title& t = *picked_.leading_prefix_titles[a];
        heads = word.Matches(t.tokens[0]) && heads_as(t);
      }
    }
    auto it = std::find_if(persons_.begin(), persons_.end(), [&](const auto& p) { return p.first == m.actor; });
    FirstMention fm{si, span, MentionSurface(doc_, s, m), m.title_position, m.title_org, former, heads};
    if (it == persons_.end()) {
      persons_.push_back({m.actor, fm});
      continue;
    }
    it->second.heads_something |= heads;
    if (it->second.title_position.empty() && !m.title_position.empty()) {
      fm.former |= it->second.former;
      fm.heads_something |= it->second.heads_something;
      it->second = fm;
    } else {
      it->second.former |= former;
    }
  }
}

void DocumentExtraction::Dateline(SentenceView& v) {
  // A dateline opens a paragraph: "RIYADH (Dunya News) -", "KARACHI:",
  // "كراتشي - ". It places the story, and is no actor in it.
  if (v.mentions.empty() || v.mentions[0].last + 1 >= v.toks.size()) return;
  // The first dateline of the document places the story.
  auto remember = [&] {
    if (dateline_ != kNoActor) return;
    dateline_ = v.mentions[0].actor;
    dateline_surface_ = v.Surface(v.mentions[0]);
    dateline_sentence_ = v.index;
  };
  // "ST PETERSBURG, Russia, June 18 -": a town in capitals the lexicon does
  // not know, then its state between commas.
  if (v.mentions[0].first != 0) {
    const uint32_t at = v.mentions[0].first;
    if (!v.paragraph_start || at < 2 || v.toks[0].is_arabic || v.kinds[0] != ActorKind::kState ||
        !v.words.IsAsWritten(WordClass::kComma, v.toks[at - 1]) ||
        !v.words.IsAsWritten(WordClass::kComma, v.toks[v.mentions[0].last + 1])) {
      return;
    }
    const uint32_t town = v.s.OriginalBegin(0), town_end = v.s.OriginalEnd(at - 2);
    if (!NoLowerCase(std::string_view(v.s.original).substr(town, town_end - town))) return;
    v.args[0].prep = Prep::kIn;
    remember();
    return;
  }
  const Token& next = v.toks[v.mentions[0].last + 1];
  // ("ADDIS ABABA, Dec 28 -": a place in capitals before a comma too.)
  const bool capitals = !v.toks[0].is_arabic && NoLowerCase(v.Surface(v.mentions[0]));
  // "LONDON/WASHINGTON, Aug 1 -": places in capitals joined by slashes;
  // none of them is an actor in the story.
  if (v.paragraph_start && capitals && next.text == "/") {
    auto in_capitals = [&](uint32_t j) {
      const uint32_t b = v.s.OriginalBegin(j);
      return v.toks[j].is_word && NoLowerCase(std::string_view(v.s.original).substr(b, v.s.OriginalEnd(j) - b));
    };
    uint32_t j = v.mentions[0].last + 1;
    while (j < v.toks.size() && (v.toks[j].text == "/" || in_capitals(j))) ++j;
    if (j == v.toks.size() || !v.words.IsAsWritten(WordClass::kComma, v.toks[j])) return;
    for (size_t k = 0; k < v.mentions.size() && v.mentions[k].last < j; ++k) v.args[k].prep = Prep::kIn;
    if (v.kinds[0] == ActorKind::kCity) remember();
    return;
  }
  // "مسقط، 7 كانون الأول/ديسمبر 2021 - ": an Arabic place, a comma, its
  // date (a number among its words) and a dash.
  bool dated = false;
  if (v.toks[0].is_arabic && v.words.IsAsWritten(WordClass::kComma, next)) {
    bool number = false;
    for (uint32_t j = v.mentions[0].last + 2; j < v.toks.size() && j < v.mentions[0].last + 12; ++j) {
      const std::string_view t = v.toks[j].text;
      if (t == "-") {
        dated = number;
        break;
      }
      if (v.InsideMention(j) || v.words.IsAsWritten(WordClass::kComma, v.toks[j])) break;
      size_t at = 0;
      number |= !t.empty() && u_isdigit(static_cast<UChar32>(DecodeUtf8(t, &at)));
    }
  }
  if (!v.paragraph_start || next.is_word ||
      (next.text != "(" && next.text != ":" && next.text != "-" && !(capitals && next.text == ",") && !dated)) {
    return;
  }
  // (A dated one may name a state whose capital is spelt as it is: "تونس"
  // is Tunis, "الكويت" Kuwait City.)
  if (v.kinds[0] != ActorKind::kCity && v.mentions[0].type != MentionType::kCapital &&
      !(dated && v.kinds[0] == ActorKind::kState)) {
    return;
  }
  v.args[0].prep = Prep::kIn;
  remember();
}

void DocumentExtraction::Speaker(const SentenceView& v, SentenceState* st) const {
  // The source of a reported claim: the subject of a verb of saying, after
  // it in Arabic ("قالت مصادر باكستانية") and in English inversion ("said
  // the four officials"), before it otherwise ("officials said").
  const std::vector<Token>& toks = v.toks;
  for (const CueHit& h : v.hits) {
    if (h.cue->frame != Frame::kSpeech || !st->speaker.empty()) continue;
    const bool arabic = toks[h.first].is_arabic;
    const bool inverted =
        !arabic && h.last + 1 < toks.size() && v.words.IsAsWritten(WordClass::kArticle, toks[h.last + 1]);
    const bool after = arabic || inverted;
    const Mention* best = nullptr;
    for (size_t k = 0; k < v.mentions.size(); ++k) {
      const Mention& m = v.mentions[k];
      if (v.args[k].prep == Prep::kIn) continue;
      if (after && m.first > h.last && m.first - h.last <= 4) {
        best = &m;
        break;
      }
      if (!after && m.last < h.first && h.first - m.last <= 2) best = &m;
    }
    if (best != nullptr) {
      st->speaker = v.Surface(*best);
      continue;
    }
    // No actor: the words that name the source ("officials", "مصادر").
    auto stop = [&](uint32_t j) { return !toks[j].is_word || v.words.IsAsWritten(WordClass::kSpeakerStop, toks[j]); };
    std::vector<uint32_t> named;
    if (after) {
      for (uint32_t j = h.last + 1; j < toks.size() && named.size() < 4 && !stop(j); ++j) named.push_back(j);
    } else {
      for (uint32_t j = h.first; j > 0 && named.size() < 3 && !stop(j - 1); --j) named.insert(named.begin(), j - 1);
    }
    if (!named.empty()) {
      uint32_t b = v.s.OriginalBegin(named.front()), e = v.s.OriginalEnd(named.back());
      st->speaker = doc_.text.substr(b, e - b);
    }
  }
}

const CueHit* DocumentExtraction::Negator(const SentenceView& v, const CueHit& h) const {
  for (const CueHit& n : v.hits) {
    if (n.cue->frame == Frame::kDenial && n.last < h.first && v.SameClause(n.last, h.first)) return &n;
    // "فرض حظراً على توريد السلاح إلى", "imposed an embargo on arms for":
    // a supply right after a sanction is what it bans.
    // (A verb-first sanction ends with its noun: "فرضت مصر حظراً".)
    const uint32_t sanction_end = n.rest_last != 0 ? n.rest_last : n.last;
    if (n.cue->relation != nullptr && n.cue->relation->name == "sanction" && h.cue->frame == Frame::kSupply &&
        sanction_end < h.first && v.TokenGap(sanction_end, h.first) <= 2 && v.SameClause(sanction_end, h.first)) {
      return &n;
    }
    if (n.cue->frame != Frame::kNegation || n.last >= h.first) continue;
    // "ended a five-day visit", "أنهى زيارته": an event ended took place.
    const std::string_view rel = h.cue->relation != nullptr ? h.cue->relation->name : std::string_view();
    if ((rel == "visit" || rel == "meet" || rel == "host") && v.words.Is(WordClass::kCompletes, v.toks[n.first])) {
      continue;
    }
    // Within four words ("fears of an all-out war": a hyphen is no word),
    // in one clause: "لن يقبلوا دورا أمريكيا، متهما ..." negates no
    // participle after the comma.
    bool comma = false;
    for (uint32_t j = n.last + 1; j < h.first && !comma; ++j) comma = v.words.IsAsWritten(WordClass::kComma, v.toks[j]);
    // "refused to recognise the UN-backed government": a passive or a
    // hyphened participle after a nearer cue describes its object; the
    // negation is the nearer cue's.
    const bool describes = h.cue->frame == Frame::kPassive || (h.first > 0 && v.toks[h.first - 1].text == "-");
    bool nearer = false;
    for (size_t k = 0; describes && !nearer && k < v.hits.size(); ++k) {
      const CueHit& o = v.hits[k];
      nearer = o.cue->relation != nullptr && n.last < o.first && o.last < h.first;
    }
    if (v.TokenGap(n.last, h.first) < 4 && !comma && !nearer && v.SameClause(n.last, h.first)) return &n;
  }
  return nullptr;
}

bool DocumentExtraction::HaltsSupply(const SentenceView& v, const CueHit& negator) const {
  const Token& t = v.toks[negator.first];
  if (!v.words.Is(WordClass::kHaltSupply, t)) return false;
  if (t.is_arabic) {
    // (A proclitic ب or ل: a halt demanded or aimed at, "طالبت بوقف".)
    for (WordClass c : {WordClass::kCliticWith, WordClass::kCliticTo}) {
      for (const std::string& p : v.words.Words(c)) {
        if (t.text.starts_with(p) && !v.words.IsAsWritten(WordClass::kHaltSupply, t)) return false;
      }
    }
  }
  // ("urged Berlin to halt", "دعت إلى وقف"; "would suspend", "إذا أوقفت".)
  for (uint32_t j = negator.first; j > 0 && j + 2 >= negator.first; --j) {
    if (v.words.IsAsWritten(WordClass::kHypothetical, v.toks[j - 1])) return false;
  }
  return negator.first == 0 || !v.words.IsAsWritten(WordClass::kPrepTo, v.toks[negator.first - 1]);
}

void DocumentExtraction::Sentence(uint32_t si, SentenceSpan span) {
  // (One per thread, its buffers reused from sentence to sentence: the view
  // below holds it until the sentence is read.)
  thread_local TokenizedSentence s;
  Tokenize(doc_.text, span, &s);
  ctx_.sentence = si;
  std::vector<Mention> mentions = recognizer_.Recognize(s, &ctx_);
  const size_t first_triple = result_.triples.size();
  sentence_ = si;
  sentence_triples_ = first_triple;
  for (const Mention& m : mentions) {
    if (m.type != MentionType::kDemonym) named_.insert(m.actor);
    if (m.title_org != kNoActor) named_.insert(m.title_org);
    const ActorKind kind = ActorAt(m.actor).kind;
    if (m.type != MentionType::kDemonym && kind != ActorKind::kPerson && !bodies_.count(m.actor)) {
      bodies_[m.actor] = FirstMention{si, span, MentionSurface(doc_, s, m), {}, kNoActor, false, false};
    }
  }
  if (!mentions.empty()) result_.mentions.push_back({si, span.begin, span.end, mentions});
  NotePersons(si, span, s, mentions);
  SentenceView v(doc_, si, span, s, std::move(mentions), lexicon_, grammar_, ctx_);
  Dateline(v);
  GatheringPlace(v);
  SentenceState st;
  for (const CueHit& h : v.hits) st.hedged |= h.cue->frame == Frame::kHedge;
  Speaker(v, &st);
  st.event_date = ResolveRelativeDate(v.toks, ctx_.date, grammar_.words);
  for (size_t hi = 0; hi < v.hits.size(); ++hi) Cue(v, hi, &st);
  HeadlineVisit(v, st);
  PossessorLeads(v, st);
  DropRedundant(first_triple);
  for (size_t k = 0; k < v.mentions.size(); ++k) {
    if (IsPlace(v, k)) {
      last_place_ = v.mentions[k].actor;
      last_place_sentence_ = v.index;
    }
  }
}

void DocumentExtraction::PossessorLeads(const SentenceView& v, const SentenceState& st) {
  for (size_t k = 0; k + 1 < v.mentions.size(); ++k) {
    const Mention& who = v.mentions[k];
    const Mention& body = v.mentions[k + 1];
    if (v.kinds[k] != ActorKind::kPerson || who.last + 2 != body.first || v.toks[who.first].is_arabic ||
        !v.words.IsAsWritten(WordClass::kPossessiveClitic, v.toks[who.last + 1])) {
      continue;
    }
    const ActorKind kind = v.kinds[k + 1];
    if (kind != ActorKind::kArmedGroup && kind != ActorKind::kParty && kind != ActorKind::kMilitary &&
        kind != ActorKind::kGovernment) {
      continue;
    }
    // (What the lexicon already knows, Roles() says once.)
    const std::vector<const Role*> known = lexicon_.RolesOf(who.actor, ctx_.date);
    if (std::any_of(known.begin(), known.end(), [&](const Role* r) { return r->org == body.actor; })) continue;
    const uint32_t cb = v.s.OriginalBegin(who.last + 1), ce = v.s.OriginalEnd(who.last + 1);
    Emit(v, st, who.actor, FindRelation("leads"), body.actor, false, v.Surface(who), v.Surface(body), cb, ce,
         "possessor");
  }
}

void DocumentExtraction::Cue(const SentenceView& v, size_t hi, SentenceState* st) {
  const CueHit& h = v.hits[hi];
  Frame frame = h.cue->frame;
  const RelationInfo* rel = h.cue->relation;
  // A generic cooperation noun takes its relation from the field named with
  // it ("التعاون بين البلدين في مجال الطاقة", "cooperation in the field of
  // combating terrorism"), and then links the pair around it as the
  // specific cooperation cues do.
  if (frame == Frame::kCoop) {
    const RelationInfo* field = nullptr;
    for (const CueHit& d : v.hits) {
      if (d.cue->frame != Frame::kDomain || field != nullptr) continue;
      const bool after = d.first > h.last;
      if (!after && d.last + 1 != h.first) continue;  // "military cooperation" directly
      const uint32_t from = after ? h.last : d.last, to = after ? d.first : h.first;
      if (v.SameClause(from, to) && v.TokenGap(from, to) <= 8) field = d.cue->relation;
    }
    if (field == nullptr) return;
    frame = Frame::kSym;
    rel = field;
  }
  if (rel == nullptr || frame == Frame::kDomain) return;
  // "أبرمت ... اتفاقية دفاع مشترك مع", "signed a defence pact with": the
  // signing verb takes the specific agreement its object names.
  if (Is(rel, "sign_agreement") && frame == Frame::kVerb) {
    for (size_t hj = hi + 1; hj < v.hits.size(); ++hj) {
      const RelationInfo* r2 = v.hits[hj].cue->relation;
      if (r2 == nullptr) continue;
      if (v.TokenGap(h.last, v.hits[hj].first) > 3) break;
      if (Is(r2, "arms_deal") || Is(r2, "defense_pact") || Is(r2, "economic_cooperation")) {
        rel = r2;
        break;
      }
    }
    // "وقعت مصر وفرنسا اتفاقا تحصل بموجبه القوات المسلحة على 24 مقاتلة",
    // "signed a contract for 24 Rafale jets": what it buys is arms.
    for (uint32_t j = h.last + 1; Is(rel, "sign_agreement") && j < v.toks.size() && v.TokenGap(h.last, j) <= 16; ++j) {
      if (!v.SameClause(h.last, j)) break;
      if (v.words.Is(WordClass::kArmsNoun, v.toks[j])) rel = FindRelation("arms_deal");
    }
  }
  const CueHit* negator = Negator(v, h);
  const bool neg = negator != nullptr;
  // "Germany halted arms exports to Saudi Arabia": a supply its supplier
  // halted is a sanction on the one it went to.
  const bool halted = neg && frame == Frame::kSupply && HaltsSupply(v, *negator);
  if (frame == Frame::kEscort || frame == Frame::kDelegation) return Escort(v, h, rel, neg, st);
  if (frame == Frame::kAttend) return Attend(v, h, neg, *st);
  const uint32_t cb = v.s.OriginalBegin(h.first), ce = v.s.OriginalEnd(h.last);

  Arguments found = FindArguments(v, h, rel, frame, grammar_.constructions);
  result_.decisions.push_back({v.index, cb, ce, rel, found.row ? found.row->name : std::string(), 0});
  const size_t triples_before = result_.triples.size();
  struct Count {  // the decision counts the triples this cue gives, however it returns
    Extraction& r;
    size_t before;
    ~Count() { r.decisions.back().triples = static_cast<uint32_t>(r.triples.size() - before); }
  } count{result_, triples_before};
  if (found.row == nullptr || found.row->action == Construction::Action::kStop) return;
  std::vector<size_t> subj = found.subject, obj = found.object;
  bool all_pairs = false;
  // "بين قطر من جهة والسعودية والإمارات من جهة أخرى": a list of two sides
  // pairs across them only.
  size_t other_side = 0;
  for (size_t k = 1; k < subj.size() && other_side == 0; ++k) {
    if (v.args[subj[k]].other_side) other_side = k;
  }
  if (found.row->action == Construction::Action::kPairs && other_side != 0) {
    obj.assign(subj.begin() + static_cast<std::ptrdiff_t>(other_side), subj.end());
    subj.resize(other_side);
  } else if (found.row->action == Construction::Action::kPairs) {
    if (subj.size() < 2) return;
    obj.assign(subj.begin() + 1, subj.end());
    subj.resize(1);
    all_pairs = obj.size() >= 2;
  }
  // "وقعت مصر وفرنسا اتفاقا تحصل بموجبه القوات المسلحة المصرية على ...":
  // a symmetric relation between a list and one of its own members'
  // institutions is the relation among the list.
  if (rel->symmetric && subj.size() >= 2 && !obj.empty() &&
      std::all_of(obj.begin(), obj.end(), [&](size_t o) {
        const Actor& x = ActorAt(v.mentions[o].actor);
        return x.kind != ActorKind::kState && x.kind != ActorKind::kPerson &&
               std::any_of(subj.begin(), subj.end(), [&](size_t k) { return ActorAt(v.mentions[k].actor).id == x.country; });
      })) {
    obj.clear();
  }
  if (rel->symmetric && obj.empty() && subj.size() >= 2) {
    // "Pakistan and Saudi Arabia signed ...": the pair itself (or its two
    // sides).
    const size_t split = other_side != 0 ? other_side : 1;
    obj.assign(subj.begin() + static_cast<std::ptrdiff_t>(split), subj.end());
    subj.resize(split);
  }
  std::vector<ActorIndex> subj_actors, obj_actors;
  for (size_t k : subj) subj_actors.push_back(v.mentions[k].actor);
  for (size_t k : obj) obj_actors.push_back(v.mentions[k].actor);
  // "تجاه دمشق، إذ زارها X": the place named last before the cue.
  if (found.row->action == Construction::Action::kPlace) {
    ActorIndex where = last_place_sentence_ + 1 == v.index ? last_place_ : kNoActor;
    for (size_t k = 0; k < v.mentions.size(); ++k) {
      if (v.mentions[k].last < h.first && IsPlace(v, k)) where = v.mentions[k].actor;
    }
    if (where == kNoActor) return;
    obj_actors.push_back(where);
  }
  // "حيث استقبله الأسد": the person named last before the cue, not its
  // subject, nor one a preposition governs ("talks with Y, and X will
  // receive him" receives the guest, not Y).
  if (found.row->action == Construction::Action::kPronoun) {
    ActorIndex who = kNoActor;
    std::vector<ActorIndex> governed;
    for (size_t k = 0; k < v.mentions.size(); ++k) {
      if (v.args[k].prep != Prep::kNone) governed.push_back(v.mentions[k].actor);
    }
    for (const Mention& m : v.mentions) {
      if (m.last < h.first && ActorAt(m.actor).kind == ActorKind::kPerson &&
          std::find(governed.begin(), governed.end(), m.actor) == governed.end() &&
          std::find(subj_actors.begin(), subj_actors.end(), m.actor) == subj_actors.end()) {
        who = m.actor;
      }
    }
    if (who == kNoActor) return;
    obj_actors.push_back(who);
  }
  // "قطع علاقاته مع إيران ويتهمها بـ": the actor named last before the
  // cue, whatever governs it, neither its subject nor the sentence's.
  if (found.row->action == Construction::Action::kReferent) {
    ActorIndex who = kNoActor;
    auto subject = [&](ActorIndex a) {
      return std::find(subj_actors.begin(), subj_actors.end(), a) != subj_actors.end() ||
             std::find(st->subjects.begin(), st->subjects.end(), a) != st->subjects.end();
    };
    for (size_t k = 0; k < v.mentions.size(); ++k) {
      const ActorIndex a = v.mentions[k].actor;
      if (v.mentions[k].last < h.first && !IsPlace(v, k) && ActorAt(a).kind != ActorKind::kCity && !subject(a)) who = a;
    }
    if (who == kNoActor) return;
    obj_actors.push_back(who);
  }
  // "Bilateral trade doubled, Egypt's minister told Putin": with no row
  // finding arguments, a clause that names two actors and no more (places
  // aside) relates those two.
  // With an S (a mediator: "بعد وساطة قطرية", "بوساطة سعودية"), the two
  // actors of its clause besides the S are the S's two sides.
  if (found.row->action == Construction::Action::kSides) {
    // (Actors written on right after the S share its side: "بوساطة قطرية
    // مصرية أمريكية" is three mediators.)
    std::vector<ActorIndex> own = subj_actors;
    if (!subj.empty()) {
      uint32_t end = v.mentions[subj.back()].last;
      for (size_t k = 0; k < v.mentions.size(); ++k) {
        if (v.mentions[k].first != end + 1) continue;
        own.push_back(v.mentions[k].actor);
        end = v.mentions[k].last;
      }
    }
    std::vector<size_t> sides;
    for (size_t k = 0; k < v.mentions.size(); ++k) {
      if (ActorAt(v.mentions[k].actor).kind == ActorKind::kCity || IsPlace(v, k)) continue;
      if (!v.SameClause(h.first, v.mentions[k].first)) continue;
      if (std::find(own.begin(), own.end(), v.mentions[k].actor) != own.end()) continue;
      if (std::none_of(sides.begin(), sides.end(), [&](size_t s) { return v.mentions[s].actor == v.mentions[k].actor; })) {
        sides.push_back(k);
      }
    }
    if (sides.size() != 2) return;
    if (!subj_actors.empty()) {
      obj = sides;
      obj_actors = {v.mentions[sides[0]].actor, v.mentions[sides[1]].actor};
    } else {
      subj = {sides[0]};
      obj = {sides[1]};
      subj_actors = {v.mentions[sides[0]].actor};
      obj_actors = {v.mentions[sides[1]].actor};
    }
  }
  // "condemned the strikes": the act the document last reported, by its
  // author; further back only where every attack it reported had one
  // author, a body (a person named as attacking is often its spokesman).
  if (found.row->action == Construction::Action::kAuthor) {
    if (last_attacker_ == kNoActor) return;
    if (last_attack_sentence_ + 2 < v.index &&
        (!one_attacker_ || ActorAt(last_attacker_).kind == ActorKind::kPerson)) {
      return;
    }
    obj_actors.push_back(last_attacker_);
  }
  // A verb with no written subject continues the previous one: the row's
  // S is optional and was not matched.
  bool carries = false;
  for (const Element& e : found.row->elements) carries |= e.kind == Element::Kind::kSubject && e.min == 0;
  // With none yet in this sentence, the actor it opens with ("Guterres was
  // in Tripoli when the offensive began and flew to Benghazi"), else the
  // previous sentence's.
  // (In Arabic, the actor right after an opening كان: "وكانت الرياض قد
  // أغلقت سفارتها ... ودعمت فصائل المعارضة".)
  std::vector<ActorIndex> opening;
  // Where that actor stands: first in English, after كان in Arabic.
  uint32_t opens_at = UINT32_MAX;
  if (!v.toks.empty()) opens_at = !v.toks[0].is_arabic ? 0 : v.words.Is(WordClass::kPastAux, v.toks[0]) ? 1 : UINT32_MAX;
  // In Arabic too, for a verb coordinated with و (on it or on the word
  // before it), the actor right after the first word, with no other before
  // the verb: "طالبت السعودية بوقف إطلاق النار، وانتقدت إسرائيل".
  if (!v.toks.empty() && v.toks[0].is_arabic && opens_at == UINT32_MAX && v.toks[0].is_word &&
      (v.words.PrefixLength(WordClass::kCliticConj, h.proclitic) > 0 ||
       (h.first > 1 && v.words.PrefixLength(WordClass::kCliticConj, v.toks[h.first - 1].text) > 0))) {
    opens_at = 1;
    // (A list it heads is one subject: "طالبت السعودية والكويت ...، وقد أدانتا".)
    const size_t listed = v.mentions.empty() ? 1 : v.GroupRight(0, rel).back() + 1;
    for (size_t k = listed; k < v.mentions.size() && v.mentions[k].last < h.first; ++k) {
      if (v.args[k].prep == Prep::kNone && v.mentions[k].type != MentionType::kDemonym) opens_at = UINT32_MAX;
    }
  }
  if (st->subjects.empty() && !v.mentions.empty() && v.mentions[0].first == opens_at &&
      v.mentions[0].last < h.first && v.args[0].prep == Prep::kNone &&
      v.mentions[0].type != MentionType::kDemonym) {
    for (size_t k : v.GroupRight(0, rel)) {
      if (v.mentions[k].last < h.first) opening.push_back(v.mentions[k].actor);
    }
  }
  if (subj_actors.empty() && !obj_actors.empty() && carries && !found.subject_written &&
      (!st->subjects.empty() || !opening.empty() ||
       (last_subject_sentence_ + 1 >= v.index && !last_subjects_.empty()))) {
    subj_actors = !st->subjects.empty() ? st->subjects : !opening.empty() ? opening : last_subjects_;
  }
  // "agreed to buy Turkish drones": with no other party, the state whose
  // adjective stands inside the cue (or, in Arabic, right after it) sold them.
  if (Is(rel, "arms_deal") && obj_actors.empty()) {
    for (const Mention& m : v.mentions) {
      // (Inside the cue, or the Arabic adjective right after its noun.)
      if (m.type != MentionType::kDemonym || m.first <= h.first || m.first > h.last + 1) continue;
      obj_actors.push_back(m.actor);
      break;
    }
  }
  // "Lavrov held talks in Algiers": a meeting with no partner named still
  // took its subject to where it was held.
  if (obj_actors.empty() && !subj_actors.empty() && Is(rel, "meet") && !neg && frame != Frame::kPassive &&
      frame != Frame::kNoun) {
    construction_ = found.row->name;
    MeetingPlace(v, *st, h, subj_actors, {}, subj);
    construction_.clear();
    return;
  }
  if (subj_actors.empty() || obj_actors.empty()) return;
  construction_ = found.row->name;  // every triple of this cue says which construction found it
  auto surf = [&](ActorIndex a, const std::vector<size_t>& ks) {
    for (size_t k : ks) {
      if (v.mentions[k].actor == a) return v.Surface(v.mentions[k]);
    }
    for (const Mention& m : v.mentions) {
      if (m.actor == a) return v.Surface(m);
    }
    return ActorAt(a).name_en;
  };
  // (`O[foreign]`: no pair of two actors of one state.)
  const bool foreign_only = std::any_of(found.row->elements.begin(), found.row->elements.end(), [](const Element& e) {
    return e.kind == Element::Kind::kObject && e.foreign;
  });
  for (ActorIndex sa : subj_actors) {
    for (ActorIndex oa : obj_actors) {
      if (foreign_only && !ActorAt(sa).StateId().empty() && ActorAt(sa).StateId() == ActorAt(oa).StateId()) continue;
      if (frame == Frame::kHost) {
        Emit(v, *st, sa, FindRelation("meet"), oa, neg, surf(sa, subj), surf(oa, obj), cb, ce, "cue");
        if (ActorAt(oa).country != ActorAt(sa).country) {
          Emit(v, *st, sa, FindRelation("host"), oa, neg, surf(sa, subj), surf(oa, obj), cb, ce, "cue");
        }
        // The guest came to the host's state.
        const std::string& country = ActorAt(sa).country;
        ActorIndex host_state = country.empty() ? kNoActor : lexicon_.FindById(country);
        if (host_state != kNoActor && ActorAt(oa).country != country) {
          Emit(v, *st, oa, FindRelation("visit"), host_state, neg, surf(oa, obj), ActorAt(host_state).name_en, cb,
               ce, "reception");
        }
        continue;
      }
      // "The two leaders discussed security cooperation": cooperation is
      // between their states.
      if (Is(rel, "security_cooperation") || Is(rel, "economic_cooperation")) {
        auto state_of = [&](ActorIndex x) {
          const Actor& a = ActorAt(x);
          if (a.kind == ActorKind::kState) return x;
          return a.kind == ActorKind::kPerson && !a.country.empty() ? lexicon_.FindById(a.country) : kNoActor;
        };
        const ActorIndex a = state_of(sa), b = state_of(oa);
        if (a != kNoActor && b != kNoActor && a != b) {
          Emit(v, *st, a, rel, b, neg, ActorAt(a).name_en, ActorAt(b).name_en, cb, ce, "cue");
          continue;
        }
      }
      // "هاجم كاتس أردوغان", "Trump attacked Biden": one person attacking
      // another is speaking against them (but "the offensive he led
      // toppled Assad" is no speech: only a verb that may be words).
      const bool verbal = Is(rel, "attack") && ActorAt(sa).kind == ActorKind::kPerson &&
                          ActorAt(oa).kind == ActorKind::kPerson && v.words.Is(WordClass::kVerbalAttack, v.toks[h.first]);
      Emit(v, *st, sa, verbal ? FindRelation("condemn") : rel, oa, neg, surf(sa, subj), surf(oa, obj), cb, ce, "cue");
      if (!rel->implies.empty()) {
        Emit(v, *st, sa, FindRelation(rel->implies), oa, neg, surf(sa, subj), surf(oa, obj), cb, ce, "implied");
      }
      if (halted) Emit(v, *st, sa, FindRelation("sanction"), oa, false, surf(sa, subj), surf(oa, obj), cb, ce, "implied");
      if (Is(rel, "visit") && ActorAt(oa).kind == ActorKind::kPerson) {
        // Visiting a leader is meeting them.
        Emit(v, *st, sa, FindRelation("meet"), oa, neg, surf(sa, subj), surf(oa, obj), cb, ce, "cue");
      }
      if (found.row->action != Construction::Action::kSides) {
        SignedInPerson(v, *st, rel, sa, oa, neg, surf(sa, subj), surf(oa, obj), cb, ce);
      }
    }
  }
  // "Putin hosted Rouhani and Erdogan": the guests received together met
  // each other too (persons of different states).
  if (frame == Frame::kHost && !neg) {
    for (size_t x = 0; x < obj_actors.size(); ++x) {
      for (size_t y = x + 1; y < obj_actors.size(); ++y) {
        const Actor& a = ActorAt(obj_actors[x]);
        const Actor& b = ActorAt(obj_actors[y]);
        if (a.kind != ActorKind::kPerson || b.kind != ActorKind::kPerson || a.country.empty() || b.country.empty() ||
            a.country == b.country) {
          continue;
        }
        Emit(v, *st, obj_actors[x], FindRelation("meet"), obj_actors[y], false, surf(obj_actors[x], obj),
             surf(obj_actors[y], obj), cb, ce, "guests");
      }
    }
  }
  if (all_pairs && rel->symmetric) {
    for (size_t x = 0; x < obj_actors.size(); ++x) {
      for (size_t y = x + 1; y < obj_actors.size(); ++y) {
        if (obj_actors[x] == obj_actors[y]) continue;
        Emit(v, *st, obj_actors[x], rel, obj_actors[y], neg, surf(obj_actors[x], obj), surf(obj_actors[y], obj),
             cb, ce, "cue");
        SignedInPerson(v, *st, rel, obj_actors[x], obj_actors[y], neg, surf(obj_actors[x], obj),
                       surf(obj_actors[y], obj), cb, ce);
      }
    }
  }
  // A passive's agent ("بقيادة X", "backed by X") is not the clause's
  // subject, which a later verb with none written would continue.
  // (Two sides read off the clause are no subject a later verb continues.)
  if (!neg && frame != Frame::kPassive && found.row->action != Construction::Action::kSides) {
    st->subjects = subj_actors;
    last_subjects_ = subj_actors;
    last_subject_sentence_ = v.index;
  }
  if (Is(rel, "meet") && !neg) MeetingPlace(v, *st, h, subj_actors, obj_actors, subj);
  if (Is(rel, "visit") && !neg && frame == Frame::kVerb) CameFrom(v, *st, h, subj_actors, subj);
  if (Is(rel, "sign_agreement") && !neg && found.row->action != Construction::Action::kSides) {
    // Persons who signed together met where they signed.
    auto persons = [&](std::vector<ActorIndex> side) {
      std::erase_if(side, [&](ActorIndex a) { return ActorAt(a).kind != ActorKind::kPerson; });
      return side;
    };
    const std::vector<ActorIndex> ps = persons(subj_actors), po = persons(obj_actors);
    if (ps.size() + po.size() >= 2) MeetingPlace(v, *st, h, ps, po, subj);
  }
  construction_.clear();
}

void DocumentExtraction::SignedInPerson(const SentenceView& v, const SentenceState& st, const RelationInfo* rel,
                                        ActorIndex a, ActorIndex b, bool neg, const std::string& a_surface,
                                        const std::string& b_surface, uint32_t cb, uint32_t ce) {
  // Two persons who sign or reach an agreement met to do it ("Erdogan and
  // Putin reached an agreement", "شكري ونظيره اليوناني وقعا اتفاقا").
  if (!Is(rel, "sign_agreement") || ActorAt(a).kind != ActorKind::kPerson || ActorAt(b).kind != ActorKind::kPerson) {
    return;
  }
  Emit(v, st, a, FindRelation("meet"), b, neg, a_surface, b_surface, cb, ce, "implied");
}

}  // namespace tahaluf::extract
