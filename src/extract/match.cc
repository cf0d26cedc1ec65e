#include "match.h"

#include <algorithm>
#include <bit>
#include <tuple>
#include <utility>

namespace tahaluf::extract {
namespace {

uint32_t Bit(unsigned i) { return 1u << i; }

class Matcher {
 public:
  Matcher(const SentenceView& v, const CueHit& h, const RelationInfo* rel, Frame frame)
      : v_(v), h_(h), rel_(rel), frame_(frame) {
    std::tie(lo_, hi_) = v.Window(h);
    // An Arabic verb with و or ف on it opens a new clause ("والتقى حفتر
    // ..."): nothing before it is its subject.
    // (A word with the article is a noun: "والأسلحة" opens nothing.)
    const bool verb = (frame == Frame::kVerb || frame == Frame::kHost || frame == Frame::kSupply) &&
                      h.proclitic.find("ال") == std::string_view::npos;
    if (verb && v.toks[h.first].is_arabic && v.words.PrefixLength(WordClass::kCliticConj, h.proclitic) > 0) {
      lo_ = h.first;
    }
    // "وخليفة مقرب من الإمارات، وقد قدم الأسلحة ...": a clause opened after
    // a comma by a word with و shares the subject of the clause before,
    // and no other actor of it.
    clause_lo_ = lo_;
    // "، وهو ما رفضته القاهرة": a verb right after وهو ما takes what the
    // clause before did as its object; its clause reaches back over it.
    const bool deed = h.first >= 2 && v.words.IsAsWritten(WordClass::kSubjectPronoun, v.toks[h.first - 2]) &&
                      v.words.IsAsWritten(WordClass::kDeedRelative, v.toks[h.first - 1]) &&
                      v.words.IsAsWritten(WordClass::kObjectPronounVerb, v.toks[h.first]);
    for (uint32_t j = h.first; j > lo_; --j) {
      if (v.OpensClause(j) && !(deed && j + 2 == h.first)) {
        clause_lo_ = j;
        break;
      }
    }
    // "، وهو حليف مقرب من أردوغان": a pronoun opening the clause stands
    // for the actor named just before it.
    const bool pronoun = clause_lo_ > lo_ && v.words.IsAsWritten(WordClass::kSubjectPronoun, v.toks[clause_lo_]);
    for (size_t k = 0; k < v.mentions.size() && clause_lo_ > lo_; ++k) {
      const Mention& m = v.mentions[k];
      if (m.first < lo_ || m.last >= clause_lo_ || !v.Usable(k, rel)) continue;
      if (pronoun) {
        shared_subject_ = static_cast<long>(k);  // the last one wins
      } else if (v.args[k].prep == Prep::kNone) {
        shared_subject_ = static_cast<long>(k);
        break;
      }
    }
    // Actors inside a relative clause the cue is not in belong to that
    // clause's verb: "Minawi, whose movement fights beside the army,
    // accused the RSF".
    opaque_.assign(v.mentions.size(), false);
    // (A relative clause that ends by the cue cannot hold it.)
    MarkInside(v.relatives, [&](uint32_t, uint32_t to) { return to <= h.first; });
    // The members of a delegation ("، يترأسه X، ويضم Y،") are no arguments
    // of the sentence's verb.
    MarkInside(v.delegations, [&](uint32_t from, uint32_t to) { return !(from <= h.first && h.first < to); });
    // "بحسب بيان لوزارة الخارجية السعودية", "بوساطة قطرية", "بحضور X": a
    // claim's source, a mediator, those present are no argument of it.
    MarkInside(v.asides, [&](uint32_t from, uint32_t to) { return !(from <= h.first && h.first < to); });
    MarkInside(v.parentheticals, [&](uint32_t from, uint32_t to) { return !(from <= h.first && h.first < to); });
    // A comma just before the cue may close a relative clause that holds
    // an apposition of its own ("Niger, whose leaders, X and Y, have
    // joined"): what follows the pronoun up to that comma is the clause's.
    uint32_t closing = h.first;
    for (uint32_t j = h.first; j > 0 && h.first - j < 3;) {
      --j;
      if (v.words.IsAsWritten(WordClass::kComma, v.toks[j])) {
        if (!v.ClosesTimeAside(j)) closing = j;
        break;
      }
      if (!v.toks[j].is_word || v.InsideMention(j)) break;
    }
    MarkAppositions(h);
    for (uint32_t j = closing, words = 0; closing < h.first && j > 0 && words < 18; --j) {
      if (v.words.IsAsWritten(WordClass::kRelative, v.toks[j])) {
        for (size_t k = 0; k < v.mentions.size(); ++k) {
          if (v.mentions[k].first > j && v.mentions[k].last < closing) opaque_[k] = true;
        }
        break;
      }
      if (v.IsClauseBreak(j)) break;
      words += v.toks[j].is_word;
    }
  }

  bool Match(const Construction& row, Arguments* out) {
    if (!CueFits(row.elements[row.cue], h_, rel_, frame_)) return false;
    split_row_ = (row.elements[row.cue].flags_on & Bit(static_cast<unsigned>(CueFlag::kSplit))) != 0;
    for (const PatternForm& form : row.forms) {
      if (!WordsThere(form) || !ActorsThere(form)) continue;
      form_ = &form;
      subject_.clear();
      object_.clear();
      subject_written_ = false;
      if (!MatchLeft(0, static_cast<long>(h_.first) - 1)) continue;
      if (row.action == Construction::Action::kLimit) {
        // Cut the window where the outermost element began (right) or
        // ended (left).
        if (RightCount() > 0) {
          hi_ = std::min<uint32_t>(hi_, static_cast<uint32_t>(last_start_right_));
        } else {
          lo_ = std::max<uint32_t>(lo_, static_cast<uint32_t>(last_end_left_ + 1));
        }
        return false;
      }
      out->row = &row;
      out->subject = subject_;
      out->object = object_;
      out->subject_written = subject_written_;
      return true;
    }
    return false;
  }

 private:
  bool CueFits(const Element& e, const CueHit& h, const RelationInfo* rel, Frame frame) const {
    if (!e.relations.empty()) {
      bool in = std::find(e.relations.begin(), e.relations.end(), rel) != e.relations.end();
      if (in == e.relations_negated) return false;
    }
    if (e.frames != 0 && (e.frames & Bit(static_cast<unsigned>(frame))) == 0) return false;
    if (!e.classes.empty() && std::none_of(e.classes.begin(), e.classes.end(),
                                           [&](WordClass c) { return v_.words.Is(c, v_.toks[h.first]); })) {
      return false;
    }
    if (e.clitic >= 0) {
      // `clitic=none`: nothing joined to the word but the article.
      const bool holds = e.clitic == kNoClitic
                             ? h.proclitic.empty() || h.proclitic == "ال"
                             : v_.words.PrefixLength(static_cast<WordClass>(e.clitic), h.proclitic) > 0;
      if (holds == e.clitic_negated) return false;
    }
    for (unsigned named = e.flags_on | e.flags_off; named != 0; named &= named - 1) {
      const unsigned f = static_cast<unsigned>(std::countr_zero(named));
      if (Flag(static_cast<CueFlag>(f), h, rel) != ((e.flags_on >> f) & 1)) return false;
    }
    return true;
  }

  // Whether the sentence holds, on each side of the cue, a word that may
  // be of each set of classes the form needs there: most forms that fail
  // fail for want of a word, and this costs a few bit tests, not a walk
  // over every stop of a gap.
  bool WordsThere(const PatternForm& form) {
    if (!sides_classified_) {
      words_before_ = v_.words.MayStartIn(v_.toks, 0, h_.first);
      words_after_ = v_.words.MayStartIn(v_.toks, h_.last + 1, v_.toks.size());
      sides_classified_ = true;
    }
    auto all_there = [](const std::vector<WordClassSet>& needs, const WordClassSet& there) {
      return std::all_of(needs.begin(), needs.end(), [&](const WordClassSet& n) { return n.Intersects(there); });
    };
    return all_there(form.words_before, words_before_) && all_there(form.words_after, words_after_);
  }

  // Whether a mention the form's actors before and after the cue could
  // bind stands there: wholly in the window (as it is now: a limit may
  // have narrowed it), on that side of the cue, not opaque.
  bool ActorsThere(const PatternForm& form) const {
    bool before = !form.actor_before, after = !form.actor_after;
    for (size_t k = 0; k < v_.mentions.size() && !(before && after); ++k) {
      const Mention& m = v_.mentions[k];
      if (opaque_[k] || m.first < lo_ || m.last >= hi_) continue;
      before |= m.last < h_.first;
      after |= m.first > h_.last;
    }
    return before && after;
  }

  bool Flag(CueFlag f, const CueHit& h, const RelationInfo* rel) const {
    const Token& t = v_.toks[h.first];
    switch (f) {
      case CueFlag::kSymmetric: return rel != nullptr && rel->symmetric;
      case CueFlag::kHostile: return rel != nullptr && rel->polarity == Polarity::kHostile;
      case CueFlag::kImperfect:
        return t.is_arabic && v_.words.PrefixLength(WordClass::kImperfectPrefix, t.text) > 0;
      case CueFlag::kPrefix: return !h.cue->tokens[0].empty() && h.cue->tokens[0].back() == '*';
      case CueFlag::kPronoun:
      case CueFlag::kPronounAmbiguous: {
        if (!t.is_arabic) return false;
        // The word from where the cue starts: "دعمها", "لقائه".
        std::string_view stem = StripArabicArticle(t.text);
        std::string_view base = h.cue->tokens[0];
        if (!base.empty() && base.back() == '*') base.remove_suffix(1);
        const size_t at = stem.find(base);
        if (at == std::string_view::npos) return false;
        std::string_view word = stem.substr(at);
        if (f == CueFlag::kPronoun) return v_.words.HasSuffix(WordClass::kPronounSuffix, word);
        return word.size() >= base.size() &&
               v_.words.Is(WordClass::kPronounSuffixAmbiguous, word.substr(base.size()));
      }
      case CueFlag::kAlone:
      case CueFlag::kSubjectNear:
        for (size_t k = 0; k < v_.mentions.size(); ++k) {
          const Mention& m = v_.mentions[k];
          if (m.first >= clause_lo_ && m.last < h.first && !opaque_[k] && v_.args[k].prep == Prep::kNone &&
              v_.Usable(k, rel_) && (f == CueFlag::kAlone || v_.TokenGap(m.last, h.first) <= 2)) {
            return f == CueFlag::kSubjectNear;
          }
        }
        return f == CueFlag::kAlone;
      case CueFlag::kPersonAfter:
        for (size_t k = 0; k < v_.mentions.size(); ++k) {
          const Mention& m = v_.mentions[k];
          if (m.first > h.last && m.last < hi_ && v_.kinds[k] == ActorKind::kPerson && v_.Usable(k, rel_)) {
            return true;
          }
        }
        return false;
      case CueFlag::kParticiple: return v_.IsParticiple(h);
      case CueFlag::kSplit: return h.rest_last != 0;
      case CueFlag::kOpens:
        for (uint32_t j = 0; j < h.first; ++j) {
          if (v_.toks[j].is_word) return false;
        }
        return true;
      case CueFlag::kAfterBreak: return h.first > 0 && v_.IsClauseBreak(h.first - 1);
      case CueFlag::kCount: break;
    }
    return false;
  }

  bool SameAsSubject(size_t k) const {
    for (size_t s : subject_) {
      if (v_.mentions[s].actor == v_.mentions[k].actor) return true;
    }
    return false;
  }

  // Whether a gap may not cross mention k.
  bool Blocks(size_t k, const Element& gap) const {
    if (gap.cross_actors || opaque_[k]) return false;
    if (!subject_.empty() && SameAsSubject(k)) return false;
    return v_.Usable(k, rel_);
  }

  int MentionCovering(long pos) const { return v_.MentionCovering(static_cast<uint32_t>(pos)); }

  // Calls `stop(t)` for each stop a gap from `pos` going `dir` may end at
  // (the next position to match), nearest first, until one returns true.
  // (The stops after one depend on nothing `stop` may change for good:
  // a binding it makes is undone when it returns false.)
  template <typename Stop>
  bool ForEachGapStop(const Element& gap, long pos, int dir, const Stop& stop) const {
    uint32_t words = 0;
    long t = pos;
    auto in_window = [&](long p) { return p >= static_cast<long>(lo_) && p < static_cast<long>(hi_); };
    if (gap.gap_min == 0 && stop(t)) return true;
    while (in_window(t)) {
      int k = MentionCovering(t);
      if (k >= 0) {
        if (Blocks(static_cast<size_t>(k), gap)) break;
        const Mention& m = v_.mentions[static_cast<size_t>(k)];
        for (uint32_t j = m.first; j <= m.last; ++j) words += v_.toks[j].is_word;
        t = dir < 0 ? static_cast<long>(m.first) - 1 : static_cast<long>(m.last) + 1;
      } else {
        if (v_.IsClauseBreak(static_cast<uint32_t>(t))) break;
        words += v_.toks[t].is_word;
        t += dir;
      }
      if (words > gap.gap_max) break;
      if (words >= gap.gap_min && stop(t)) return true;
    }
    return false;
  }

  // An English apposition between commas after an actor with no
  // preposition, before the cue ("France, Niger's former colonial ruler,
  // said it backed ECOWAS"): its actors describe the one before it and are
  // no arguments of the cue. A list ("Egypt, Jordan, and Iraq") is none: an
  // apposition holds a word outside any actor, and no "and".
  void MarkAppositions(const CueHit& h) {
    if (v_.toks[h.first].is_arabic) return;
    for (size_t k = 0; k < v_.mentions.size(); ++k) {
      const Mention& a = v_.mentions[k];
      if (a.first < lo_ || a.last + 2 >= h.first || v_.args[k].prep != Prep::kNone ||
          !v_.words.IsAsWritten(WordClass::kComma, v_.toks[a.last + 1])) {
        continue;
      }
      const uint32_t open = a.last + 1;
      uint32_t close = 0, words = 0;
      bool plain = false;
      // "Haftar, whose self-styled army is allied with the House of
      // Representatives, flew to Moscow": a relative clause between commas
      // describes the actor before it too.
      if (open + 1 < h.first && v_.words.IsAsWritten(WordClass::kRelative, v_.toks[open + 1])) {
        for (uint32_t j = open + 2; j < h.first && words <= 20; ++j) {
          if (v_.words.IsAsWritten(WordClass::kComma, v_.toks[j])) {
            close = j;
            break;
          }
          words += v_.toks[j].is_word;
        }
        for (size_t i = 0; close != 0 && i < v_.mentions.size(); ++i) {
          if (v_.mentions[i].first > open && v_.mentions[i].last < close) opaque_[i] = true;
        }
        continue;
      }
      for (uint32_t j = open + 1; j < h.first && words <= 8; ++j) {
        if (v_.words.IsAsWritten(WordClass::kComma, v_.toks[j])) {
          close = j;
          break;
        }
        // (", along with Egypt,": a list goes on, no aside.)
        if (v_.IsClauseBreak(j) || v_.words.IsAsWritten(WordClass::kRelative, v_.toks[j]) ||
            v_.words.IsAsWritten(WordClass::kAndWord, v_.toks[j]) || v_.words.MatchAt(WordClass::kAnd, v_.toks, j) > 1) {
          break;
        }
        if (!v_.toks[j].is_word) continue;
        ++words;
        plain |= !v_.InsideMention(j) && !v_.words.IsAsWritten(WordClass::kArticle, v_.toks[j]);
      }
      if (close == 0 || !plain) continue;
      for (size_t i = 0; i < v_.mentions.size(); ++i) {
        if (v_.mentions[i].first > open && v_.mentions[i].last < close) opaque_[i] = true;
      }
    }
  }

  // Whether an actor's preposition is the last word of a verb cue: "stood
  // by Qatar" may take its object as a verb does, as if it had none.
  bool CuesOwnPrep(size_t k) const {
    const Mention& m = v_.mentions[k];
    if (frame_ != Frame::kVerb || v_.args[k].prep == Prep::kNone || h_.last == h_.first ||
        v_.toks[m.first].is_arabic) {
      return false;
    }
    uint32_t before = m.first;
    while (before > h_.last + 1 && v_.words.IsAsWritten(WordClass::kArticle, v_.toks[before - 1])) --before;
    return before == h_.last + 1;
  }

  // The preposition is the bound actor's, or, for a list, its first one's
  // ("between A and B").
  bool ActorFits(const Element& e, size_t k, const std::vector<size_t>& group) const {
    if (e.kinds != 0 && (e.kinds & Bit(static_cast<unsigned>(v_.kinds[k]))) == 0) return false;
    if (e.kind != Element::Kind::kWord && !e.classes.empty()) {
      const Token& first = v_.toks[v_.mentions[k].first];
      if (std::none_of(e.classes.begin(), e.classes.end(),
                       [&](WordClass c) { return v_.words.Is(c, first); })) {
        return false;
      }
    }
    const size_t governed = e.list != 0 ? group.front() : k;
    if (e.preps != 0 && (e.preps & Bit(static_cast<unsigned>(v_.args[governed].prep))) == 0 &&
        !(CuesOwnPrep(governed) && (e.preps & Bit(static_cast<unsigned>(Prep::kNone))) != 0)) {
      return false;
    }
    if (group.size() < e.list) return false;
    return true;
  }

  // The list a mention bound on the left heads: the coordinated actors
  // before it (and, for a far subject, after it up to the cue).
  std::vector<size_t> LeftGroup(const Element& e, size_t k) const {
    if (e.kind == Element::Kind::kActor) return {k};
    // "بين تونس والجزائر، الداعم الرئيسي لجبهة البوليساريو", "Tunisia and
    // Algeria, the main backer of ...": a cue in an apposition (a definite
    // noun after a comma) describes the last of a list alone.
    const Mention& m = v_.mentions[k];
    const uint32_t after = m.last + 2;
    if (after <= h_.first && h_.first <= after + 2 && v_.words.IsAsWritten(WordClass::kComma, v_.toks[m.last + 1])) {
      const Token& t = v_.toks[after];
      const bool definite = (t.is_arabic ? StripArabicArticle(t.text) != t.text
                                         : v_.words.IsAsWritten(WordClass::kDeterminer, t)) &&
                            !v_.words.IsAsWritten(WordClass::kRelative, t);  // ("، اللتين قطعتا")
      bool bare = true;
      for (uint32_t j = after; j < h_.first && bare; ++j) bare = !v_.InsideMention(j) && v_.toks[j].is_word;
      if (definite && bare) return {k};
    }
    std::vector<size_t> g = v_.GroupLeft(k, rel_);
    if (e.far) {
      for (size_t j : v_.GroupRight(k, rel_)) {
        if (j != k && v_.mentions[j].last < h_.first) g.push_back(j);
      }
    }
    return g;
  }

  template <typename Rest>
  bool Bind(const Element& e, std::vector<size_t> group, const Rest& rest) {
    std::vector<size_t>* slot = e.kind == Element::Kind::kSubject ? &subject_
                                : e.kind == Element::Kind::kObject ? &object_
                                                                   : nullptr;
    if (slot == nullptr) return rest();
    std::vector<size_t> saved = std::move(*slot);
    const bool saved_written = subject_written_;
    *slot = std::move(group);
    if (e.kind == Element::Kind::kSubject) subject_written_ = true;
    if (rest()) return true;
    *slot = std::move(saved);
    subject_written_ = saved_written;
    return false;
  }

  template <typename Rest>
  bool ActorAt(const Element& e, long pos, int dir, const Rest& rest) {
    if (pos < static_cast<long>(lo_) || pos >= static_cast<long>(hi_)) return false;
    // "خفضت كل من جيبوتي والأردن تمثيلها" (both X and Y): the list opener
    // stands where its list would.
    if (dir > 0 && pos + 2 < static_cast<long>(hi_) &&
        v_.words.IsAsWritten(WordClass::kListOpener, v_.toks[static_cast<size_t>(pos)]) &&
        PrepOfWord(v_.words, v_.toks[static_cast<size_t>(pos) + 1].text) == Prep::kFrom) {
      pos += 2;
    }
    // The mentions ending (on the left) or starting (on the right) at pos,
    // in index order.
    const std::vector<std::pair<uint32_t, uint32_t>>& at = dir < 0 ? v_.ends_at : v_.starts_at;
    const auto range = std::equal_range(at.begin(), at.end(), std::make_pair(static_cast<uint32_t>(pos), 0u),
                                        [](const auto& a, const auto& b) { return a.first < b.first; });
    const size_t count = static_cast<size_t>(range.second - range.first);
    for (size_t c = 0; c < count; ++c) {
      // Pairs share one span ("البلدين"): on the left the later one first.
      const size_t k = dir < 0 ? (range.second - 1 - c)->second : (range.first + c)->second;
      const Mention& m = v_.mentions[k];
      if ((dir < 0 ? static_cast<long>(m.last) : static_cast<long>(m.first)) != pos || opaque_[k]) continue;
      if (m.first < lo_ || m.last >= hi_) continue;  // wholly inside the window
      if (dir < 0 && m.last < clause_lo_) {
        // Before the clause: only its shared subject, as a subject.
        if (e.kind != Element::Kind::kSubject || shared_subject_ < 0) continue;
        const std::vector<size_t> g = v_.GroupRight(static_cast<size_t>(shared_subject_), rel_);
        if (std::find(g.begin(), g.end(), k) == g.end()) continue;
      }
      const bool argument = e.kind != Element::Kind::kActor;
      if (argument && !v_.Usable(k, rel_, e.in_ok)) continue;
      if (e.kind == Element::Kind::kObject && SameAsSubject(k)) continue;
      if (e.kind == Element::Kind::kSubject && v_.kinds[k] == ActorKind::kCity) continue;  // places do not act
      // "joined the US-brokered framework": the actor before a hyphen is no
      // object of another cue. (As a subject it may stand for the noun it
      // modifies: "Sudan's army-backed government accused Kenya".)
      if (e.kind == Element::Kind::kObject && v_.args[k].hyphened && m.last + 2 != h_.first) continue;
      // A cue split by its subject ("وقفت فيها تركيا إلى جانب ..."): what
      // stands between the verb and its rest is no object (but a passive's
      // patient: "تلقى الرئيس اتصالا من بوتين").
      // (Unless the row reads both there: "حمّلت مصر إثيوبيا مسؤولية".)
      if (e.kind == Element::Kind::kObject && h_.rest_last != 0 && m.first > h_.first && m.last < h_.rest_first &&
          h_.cue->frame != Frame::kPassive && !split_row_) {
        continue;
      }
      // "Erdogan arrived in Cairo and met Sisi": where he arrived is no subject.
      if (e.kind == Element::Kind::kSubject && v_.args[k].cue_object && m.last < h_.first) continue;
      // (The leader after "برئاسة" is that passive's agent, no object after
      // another cue; before one, "X بقيادة Y المدعومة من Z", Y may be its.)
      if (e.kind == Element::Kind::kObject && v_.args[k].leader && m.first > h_.last + 1) continue;
      std::vector<size_t> group = dir < 0 ? LeftGroup(e, k)
                                          : (argument ? v_.GroupRight(k, rel_) : std::vector<size_t>{k});
      // A split cue's subject ends where its other words begin ("وقوف مصر
      // إلى جانب السودان": إلى جانب joins no list there).
      if (h_.rest_last != 0 && e.kind == Element::Kind::kSubject && m.first < h_.rest_first) {
        while (group.size() > 1 && v_.mentions[group.back()].first > h_.rest_first) group.pop_back();
      }
      if (!ActorFits(e, k, group)) continue;
      const long next = dir < 0 ? static_cast<long>(v_.mentions[group.front()].first) - 1
                                : static_cast<long>(v_.mentions[group.back()].last) + 1;
      if (Bind(e, std::move(group), [&] { return rest(next); })) return true;
    }
    return false;
  }

  // Marks opaque the mentions strictly inside a range that `counts`: for
  // each start, the furthest end of a range that starts before it, so that
  // a sentence with many clauses costs its length, not clauses x mentions.
  template <typename Counts>
  void MarkInside(const std::vector<std::pair<uint32_t, uint32_t>>& ranges, Counts counts) {
    if (ranges.empty()) return;
    uint32_t top = 0;
    for (const Mention& m : v_.mentions) top = std::max(top, m.first);
    std::vector<uint32_t> reach(top + 2, 0);  // reach[p + 1]: the furthest end of a range from p
    for (const auto& [from, to] : ranges) {
      if (from <= top && counts(from, to)) reach[from + 1] = std::max(reach[from + 1], to);
    }
    for (size_t p = 1; p < reach.size(); ++p) reach[p] = std::max(reach[p], reach[p - 1]);
    for (size_t k = 0; k < v_.mentions.size(); ++k) {
      if (reach[v_.mentions[k].first] > v_.mentions[k].last) opaque_[k] = true;
    }
  }

  template <typename Rest>
  bool OtherAt(const Element& e, long pos, int dir, const Rest& rest) {
    for (const CueHit& o : v_.hits) {
      if (&o == &h_ || (o.cue == h_.cue && o.first == h_.first)) continue;
      if ((dir < 0 ? static_cast<long>(o.last) : static_cast<long>(o.first)) != pos) continue;
      if (o.cue->relation == nullptr && !e.relations.empty()) continue;
      if (!CueFits(e, o, o.cue->relation, o.cue->frame)) continue;
      if (rest(dir < 0 ? static_cast<long>(o.first) - 1 : static_cast<long>(o.last) + 1)) return true;
    }
    return false;
  }

  // Calls `length(n)` for each number of tokens n a word or literal
  // element matches at `pos` going `dir`, until one returns true.
  template <typename Length>
  bool ForEachWordLength(const Element& e, long pos, int dir, const Length& length) const {
    if (pos < static_cast<long>(lo_) || pos >= static_cast<long>(hi_)) return false;
    if (e.kind == Element::Kind::kLiteral) return v_.toks[pos].text == e.literal && length(1);
    for (WordClass c : e.classes) {
      if (dir > 0) {
        if (size_t n = v_.words.MatchAt(c, v_.toks, static_cast<size_t>(pos)); n != 0 && length(static_cast<long>(n))) {
          return true;
        }
      } else {
        for (long start = pos; start >= 0 && pos - start < 4; --start) {
          if (v_.words.MatchAt(c, v_.toks, static_cast<size_t>(start)) == static_cast<size_t>(pos - start + 1) &&
              length(pos - start + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // Greedy: as many as fit first ("X, who": the comma is taken if there).
  template <typename Rest>
  bool Repeat(const Element& e, int done, long pos, int dir, const Rest& rest) {
    if (done < e.max &&
        ForEachWordLength(e, pos, dir, [&](long n) { return Repeat(e, done + 1, pos + dir * n, dir, rest); })) {
      return true;
    }
    return done >= e.min && rest(pos);
  }

  // Matches element `e` at `pos` going `dir`, then `rest` from where it
  // ended; backtracks over the ways `e` can match until `rest` holds.
  template <typename Rest>
  bool Step(const Element& e, long pos, int dir, const Rest& rest, const Element* next) {
    switch (e.kind) {
      case Element::Kind::kGap: {
        if (next == nullptr || !next->far) return ForEachGapStop(e, pos, dir, rest);
        // The farthest candidate first.
        std::vector<long> stops;
        ForEachGapStop(e, pos, dir, [&](long p) {
          stops.push_back(p);
          return false;
        });
        for (auto p = stops.rbegin(); p != stops.rend(); ++p) {
          if (rest(*p)) return true;
        }
        return false;
      }
      case Element::Kind::kSubject:
      case Element::Kind::kObject:
      case Element::Kind::kActor:
        return ActorAt(e, pos, dir, rest);
      case Element::Kind::kOther:
        return OtherAt(e, pos, dir, rest);
      case Element::Kind::kNotActor:
        if (pos < static_cast<long>(lo_) || pos >= static_cast<long>(hi_) || MentionCovering(pos) >= 0) return false;
        return rest(pos + dir);
      case Element::Kind::kWord:
      case Element::Kind::kLiteral:
        return Repeat(e, 0, pos, dir, rest);
      case Element::Kind::kCue:
        return false;
    }
    return false;
  }

  // The form's elements before the cue, nearest first, and after it (read
  // in place: no list of them made for every cue).
  size_t LeftCount() const { return form_->cue; }
  const Element* Left(size_t i) const { return &form_->elements[form_->cue - 1 - i]; }
  size_t RightCount() const { return form_->elements.size() - form_->cue - 1; }
  const Element* Right(size_t i) const { return &form_->elements[form_->cue + 1 + i]; }

  bool MatchLeft(size_t i, long pos) {
    if (i == LeftCount()) return MatchRight(0, static_cast<long>(h_.last) + 1);
    if (i + 1 == LeftCount()) last_end_left_ = pos;  // where the outermost element ends
    const Element* next = i + 1 < LeftCount() ? Left(i + 1) : nullptr;
    return Step(*Left(i), pos, -1, [&](long p) { return MatchLeft(i + 1, p); }, next);
  }

  bool MatchRight(size_t i, long pos) {
    if (i == RightCount()) return true;
    if (i + 1 == RightCount()) last_start_right_ = pos;  // where the outermost element starts
    const Element* next = i + 1 < RightCount() ? Right(i + 1) : nullptr;
    return Step(*Right(i), pos, +1, [&](long p) { return MatchRight(i + 1, p); }, next);
  }

  const SentenceView& v_;
  const CueHit& h_;
  const RelationInfo* rel_;
  Frame frame_;
  uint32_t lo_ = 0, hi_ = 0;
  uint32_t clause_lo_ = 0;     // where the cue's own clause starts
  long shared_subject_ = -1;   // the subject of the clause before it
  std::vector<bool> opaque_;
  const PatternForm* form_ = nullptr;  // the form being matched
  std::vector<size_t> subject_, object_;
  bool subject_written_ = false;
  bool split_row_ = false;  // the row's cue is split: it reads the actors inside the split
  long last_end_left_ = 0, last_start_right_ = 0;
  // WordsThere: the classes that may start a word before and after the cue.
  bool sides_classified_ = false;
  WordClassSet words_before_, words_after_;
};

}  // namespace

Arguments FindArguments(const SentenceView& view, const CueHit& h, const RelationInfo* rel, Frame frame,
                        const Constructions& rows) {
  Matcher matcher(view, h, rel, frame);
  Arguments out;
  // The rows of the cue's language and frame, in file order: a limit
  // narrows the window of the rows after it (rows before it see the cue's
  // whole clause).
  for (uint32_t r : rows.RowsFor(view.toks[h.first].is_arabic, frame, rel)) {
    if (matcher.Match(rows.all()[r], &out)) return out;  // a limit never "matches"
  }
  return out;
}

}  // namespace tahaluf::extract
