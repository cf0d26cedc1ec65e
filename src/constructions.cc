#include "tahaluf/constructions.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <span>

#include "tahaluf/normalize.h"
#include "tsv.h"

namespace tahaluf {
namespace {

constexpr std::string_view kPrepNames[] = {
    "none", "to", "with", "from", "in", "by", "of", "for", "against", "on", "between",
};

constexpr std::pair<std::string_view, CueFlag> kFlags[] = {
    {"symmetric", CueFlag::kSymmetric},  {"hostile", CueFlag::kHostile},
    {"imperfect", CueFlag::kImperfect},  {"pronoun", CueFlag::kPronoun},
    {"pronoun.ambiguous", CueFlag::kPronounAmbiguous},
    {"prefix", CueFlag::kPrefix},        {"alone", CueFlag::kAlone},
    {"subject_near", CueFlag::kSubjectNear}, {"person_after", CueFlag::kPersonAfter},
    {"participle", CueFlag::kParticiple}, {"split", CueFlag::kSplit},
    {"opens", CueFlag::kOpens},
    {"after_break", CueFlag::kAfterBreak},
};

constexpr std::pair<std::string_view, WordClass> kClitics[] = {
    {"conj", WordClass::kCliticConj}, {"with", WordClass::kCliticWith},
    {"to", WordClass::kCliticTo},     {"of", WordClass::kCliticOf},
};

// Splits on `sep` outside [...] and "...".
std::vector<std::string_view> SplitOutside(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? s[i] : sep;
    if (c == '"') quoted = !quoted;
    if (!quoted && c == '[') ++depth;
    if (!quoted && c == ']') --depth;
    if (i == s.size() || (c == sep && depth == 0 && !quoted)) {
      if (i > start) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

struct Parser {
  std::string error;

  bool Fail(std::string msg) {
    if (error.empty()) error = std::move(msg);
    return false;
  }

  bool ParseNumber(std::string_view s, int* out) {
    if (s.empty() || s.size() > 4) return false;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
  }

  bool ParseFrames(std::string_view list, uint32_t* out) {
    for (std::string_view f : SplitBar(list)) {
      std::optional<Frame> frame = ParseFrame(f);
      if (!frame) return Fail("unknown frame '" + std::string(f) + "'");
      *out |= 1u << static_cast<unsigned>(*frame);
    }
    return true;
  }

  // One attribute of an actor element.
  bool ActorAttr(std::string_view a, Element* e) {
    if (a == "list") return (e->list = 2) != 0;
    if (a.substr(0, 5) == "list=") {  // list=N: N or more
      const std::string_view n = a.substr(5);
      if (n.size() != 1 || n[0] < '2' || n[0] > '9') {
        return Fail("list= wants a count from 2 to 9: '" + std::string(a) + "'");
      }
      return (e->list = static_cast<uint8_t>(n[0] - '0')) != 0;
    }
    if (a == "far") return e->far = true;
    if (a == "foreign") return e->foreign = true;
    const size_t eq = a.find('=');
    if (eq == std::string_view::npos) return Fail("unknown attribute '" + std::string(a) + "'");
    const bool negated = eq > 0 && a[eq - 1] == '!';
    std::string_view key = a.substr(0, negated ? eq - 1 : eq), value = a.substr(eq + 1);
    uint32_t bits = 0;
    if (key == "prep") {
      for (std::string_view v : SplitBar(value)) {
        size_t p = 0;
        while (p < std::size(kPrepNames) && kPrepNames[p] != v) ++p;
        if (p == std::size(kPrepNames)) return Fail("unknown preposition '" + std::string(v) + "'");
        bits |= 1u << p;
      }
      e->preps = negated ? ~bits : bits;
      e->in_ok = !negated && (bits & (1u << static_cast<unsigned>(Prep::kIn))) != 0;
      return true;
    }
    // The mention's first word is of a class: S[word=pair.nominative].
    if (key == "word") return negated ? Fail("'word' cannot be negated") : WordAttr(value, e);
    if (key == "kind") {
      for (std::string_view v : SplitBar(value)) {
        std::optional<ActorKind> k = ParseActorKind(v);
        if (!k) return Fail("unknown actor kind '" + std::string(v) + "'");
        bits |= 1u << static_cast<unsigned>(*k);
      }
      e->kinds = negated ? ~bits : bits;
      return true;
    }
    return Fail("unknown attribute '" + std::string(key) + "'");
  }

  // `word=CLASS|CLASS`: the classes into e->classes.
  bool WordAttr(std::string_view value, Element* e) {
    for (std::string_view v : SplitBar(value)) {
      size_t c = 0;
      while (c < static_cast<size_t>(WordClass::kCount) && WordClassName(static_cast<WordClass>(c)) != v) ++c;
      if (c == static_cast<size_t>(WordClass::kCount)) return Fail("unknown word class '" + std::string(v) + "'" + WordClassSuggestion(v));
      e->classes.push_back(static_cast<WordClass>(c));
    }
    return true;
  }

  // One attribute of a cue element.
  bool CueAttr(std::string_view a, Element* e) {
    const bool not_flag = !a.empty() && a[0] == '!';
    std::string_view name = not_flag ? a.substr(1) : a;
    for (const auto& [flag_name, flag] : kFlags) {
      if (name != flag_name) continue;
      (not_flag ? e->flags_off : e->flags_on) |= 1u << static_cast<unsigned>(flag);
      return true;
    }
    const size_t eq = a.find('=');
    if (eq == std::string_view::npos) return Fail("unknown attribute '" + std::string(a) + "'");
    // "!clitic=with" and "clitic!=with" both negate.
    const bool negated = (eq > 0 && a[eq - 1] == '!') || not_flag;
    std::string_view key = a.substr(not_flag ? 1 : 0, (eq > 0 && a[eq - 1] == '!' ? eq - 1 : eq) - (not_flag ? 1 : 0));
    std::string_view value = a.substr(eq + 1);
    if (key == "relation") {
      for (std::string_view v : SplitBar(value)) {
        const RelationInfo* r = FindRelation(v);
        if (r == nullptr) return Fail("unknown relation '" + std::string(v) + "'");
        e->relations.push_back(r);
      }
      e->relations_negated = negated;
      return true;
    }
    if (key == "frame") {
      uint32_t bits = 0;
      if (!ParseFrames(value, &bits)) return false;
      e->frames = negated ? ~bits : bits;
      return true;
    }
    // The cue's first word is of a class: CUE[word=participate].
    if (key == "word") return negated ? Fail("'word' cannot be negated") : WordAttr(value, e);
    if (key == "clitic") {
      e->clitic_negated = negated;
      if (value == "none") {
        e->clitic = kNoClitic;
        return true;
      }
      for (const auto& [clitic_name, wc] : kClitics) {
        if (value == clitic_name) {
          e->clitic = static_cast<int8_t>(wc);
          return true;
        }
      }
      return Fail("unknown clitic '" + std::string(value) + "' (conj, with, to, of, none)");
    }
    return Fail("unknown attribute '" + std::string(key) + "'");
  }

  // Strips a trailing ? or {m,n} into e->min / e->max.
  bool Repetition(std::string_view* s, Element* e) {
    if (!s->empty() && s->back() == '?') {
      e->min = 0;
      s->remove_suffix(1);
      return true;
    }
    if (!s->empty() && s->back() == '}') {
      const size_t open = s->rfind('{');
      const size_t comma = s->rfind(',');
      int lo = 0, hi = 0;
      if (open == std::string_view::npos || comma == std::string_view::npos || comma < open ||
          !ParseNumber(s->substr(open + 1, comma - open - 1), &lo) ||
          !ParseNumber(s->substr(comma + 1, s->size() - comma - 2), &hi) || lo > hi || hi > 9) {
        return Fail("bad repetition in '" + std::string(*s) + "' (write {m,n}, n at most 9)");
      }
      e->min = static_cast<uint8_t>(lo);
      e->max = static_cast<uint8_t>(hi);
      s->remove_suffix(s->size() - open);
    }
    return true;
  }

  bool ParseElement(std::string_view tok, Element* e) {
    const std::string written(tok);
    if (tok[0] == '~') {
      e->kind = Element::Kind::kGap;
      tok.remove_prefix(1);
      if (!tok.empty() && tok[0] == '~') {
        e->cross_actors = true;
        tok.remove_prefix(1);
      }
      if (tok.empty()) return true;
      bool at_least = tok.back() == '-';
      if (at_least) tok.remove_suffix(1);
      int n = 0;
      if (!ParseNumber(tok, &n)) return Fail("bad gap '" + written + "' (~, ~N, ~N-, ~~, ~~N)");
      if (at_least) {
        e->gap_min = static_cast<uint16_t>(n);
      } else {
        e->gap_max = static_cast<uint16_t>(n);
      }
      return true;
    }
    if (tok[0] == '"') {
      e->kind = Element::Kind::kLiteral;
      if (!Repetition(&tok, e)) return false;
      if (tok.size() < 3 || tok.back() != '"') return Fail("bad literal '" + written + "'");
      e->literal = Normalizer::Get().Normalize(tok.substr(1, tok.size() - 2)).text;
      return true;
    }
    if (tok[0] == '@') {
      e->kind = Element::Kind::kWord;
      tok.remove_prefix(1);
      if (!Repetition(&tok, e)) return false;
      for (std::string_view name : SplitBar(tok)) {
        size_t c = 0;
        while (c < static_cast<size_t>(WordClass::kCount) && WordClassName(static_cast<WordClass>(c)) != name) ++c;
        if (c == static_cast<size_t>(WordClass::kCount)) {
          return Fail("unknown word class '" + std::string(name) + "' in '" + written + "'" + WordClassSuggestion(name));
        }
        e->classes.push_back(static_cast<WordClass>(c));
      }
      return !e->classes.empty() || Fail("empty word element '" + written + "'");
    }
    if (tok == "!A") {
      e->kind = Element::Kind::kNotActor;
      return true;
    }
    if (!Repetition(&tok, e)) return false;
    if (e->max != 1) return Fail("only words and literals repeat: '" + written + "'");
    std::string_view head = tok, attrs;
    if (const size_t open = tok.find('['); open != std::string_view::npos) {
      if (tok.back() != ']') return Fail("unclosed [ in '" + written + "'");
      head = tok.substr(0, open);
      attrs = tok.substr(open + 1, tok.size() - open - 2);
    }
    const bool cue_like = head == "CUE" || head == "OTHER";
    if (head == "CUE") e->kind = Element::Kind::kCue;
    else if (head == "OTHER") e->kind = Element::Kind::kOther;
    else if (head == "S") e->kind = Element::Kind::kSubject;
    else if (head == "O") e->kind = Element::Kind::kObject;
    else if (head == "A") e->kind = Element::Kind::kActor;
    else return Fail("unknown element '" + written + "' (CUE, OTHER, S, O, A, @class, \"text\", ~)");
    if (e->kind == Element::Kind::kCue && e->min == 0) return Fail("CUE cannot be optional");
    for (std::string_view a : SplitOutside(attrs, ',')) {
      if (!(cue_like ? CueAttr(a, e) : ActorAttr(a, e))) {
        error += " in '" + written + "'";
        return false;
      }
    }
    return true;
  }
};

// The forms of a pattern: each optional actor or cue present, or left out
// with a gap next to it (two gaps that meet become one); fullest first.
std::vector<PatternForm> Forms(const std::vector<Element>& elements) {
  std::vector<size_t> optional;
  for (size_t i = 0; i < elements.size(); ++i) {
    const Element::Kind k = elements[i].kind;
    if (elements[i].min == 0 && k != Element::Kind::kWord && k != Element::Kind::kLiteral) optional.push_back(i);
  }
  std::vector<PatternForm> forms;
  // Subsets by how many are left out, fewest first; within that, in order.
  for (size_t dropped = 0; dropped <= optional.size(); ++dropped) {
    for (uint32_t mask = 0; mask < (1u << optional.size()); ++mask) {
      if (static_cast<size_t>(__builtin_popcount(mask)) != dropped) continue;
      std::vector<Element> kept;
      for (size_t i = 0; i < elements.size(); ++i) {
        bool drop = false;
        for (size_t o = 0; o < optional.size(); ++o) drop |= (mask >> o & 1) && optional[o] == i;
        if (drop) continue;
        Element e = elements[i];
        if (e.min == 0 && e.kind != Element::Kind::kWord && e.kind != Element::Kind::kLiteral) e.min = 1;
        if (e.kind == Element::Kind::kGap && !kept.empty() && kept.back().kind == Element::Kind::kGap) {
          Element& g = kept.back();
          g.gap_min = std::min(g.gap_min, e.gap_min);
          g.gap_max = std::max(g.gap_max, e.gap_max);
          g.cross_actors |= e.cross_actors;
          continue;
        }
        kept.push_back(std::move(e));
      }
      while (!kept.empty() && kept.front().kind == Element::Kind::kGap) kept.erase(kept.begin());
      while (!kept.empty() && kept.back().kind == Element::Kind::kGap) kept.pop_back();
      PatternForm f;
      for (size_t i = 0; i < kept.size(); ++i) {
        if (kept[i].kind == Element::Kind::kCue) f.cue = i;
      }
      for (size_t i = 0; i < kept.size(); ++i) {
        const Element::Kind k = kept[i].kind;
        if (k == Element::Kind::kSubject || k == Element::Kind::kObject || k == Element::Kind::kActor) {
          (i < f.cue ? f.actor_before : f.actor_after) = true;
        }
        if (k != Element::Kind::kWord || kept[i].min == 0) continue;
        WordClassSet any;
        for (WordClass c : kept[i].classes) any.Set(c);
        (i < f.cue ? f.words_before : f.words_after).push_back(any);
      }
      f.elements = std::move(kept);
      forms.push_back(std::move(f));
    }
  }
  return forms;
}

}  // namespace

std::string_view PrepName(Prep p) {
  size_t i = static_cast<size_t>(p);
  return i < std::size(kPrepNames) ? kPrepNames[i] : "?";
}

void Constructions::Add(std::string_view content, std::string_view source,
                        std::vector<Status>* problems) {
  ReadTsv(content, source, {"name", "lang", "frames", "pattern", "action"}, problems,
          [&](size_t line, const std::vector<std::string_view>& f) {
            auto fail = [&](const std::string& msg) {
              problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                     "construction '" + std::string(f[0]) + "': " + msg + "; row skipped",
                                     line);
            };
            Construction c;
            c.name = f[0];
            c.line = static_cast<uint32_t>(line);
            c.pattern = f[3];
            if (f[1] != "ar" && f[1] != "en" && f[1] != "*") return fail("lang must be 'ar', 'en' or '*'");
            c.lang = f[1];
            Parser p;
            if (f[2] != "*" && !p.ParseFrames(f[2], &c.frames)) return fail(p.error);
            if (f[4] == "pair") c.action = Construction::Action::kPair;
            else if (f[4] == "pairs") c.action = Construction::Action::kPairs;
            else if (f[4] == "stop") c.action = Construction::Action::kStop;
            else if (f[4] == "limit") c.action = Construction::Action::kLimit;
            else if (f[4] == "author") c.action = Construction::Action::kAuthor;
            else if (f[4] == "place") c.action = Construction::Action::kPlace;
            else if (f[4] == "pronoun") c.action = Construction::Action::kPronoun;
            else if (f[4] == "referent") c.action = Construction::Action::kReferent;
            else if (f[4] == "sides") c.action = Construction::Action::kSides;
            else return fail("unknown action '" + std::string(f[4]) + "' (pair, pairs, stop, limit, author, place, pronoun, referent, sides)");
            size_t cues = 0, subjects = 0, objects = 0;
            for (std::string_view tok : SplitOutside(f[3], ' ')) {
              Element e;
              if (!p.ParseElement(tok, &e)) return fail(p.error);
              if (e.kind == Element::Kind::kCue) {
                c.cue = c.elements.size();
                ++cues;
              }
              subjects += e.kind == Element::Kind::kSubject;
              objects += e.kind == Element::Kind::kObject;
              c.elements.push_back(std::move(e));
            }
            if (cues != 1) return fail("a pattern has exactly one CUE");
            if (subjects > 1 || objects > 1) return fail("a pattern has at most one S and one O");
            if (c.action == Construction::Action::kPair && objects != 1) {
              return fail("action 'pair' needs an O");
            }
            if (c.action == Construction::Action::kPairs && (subjects != 1 || objects != 0)) {
              return fail("action 'pairs' needs an S (the list) and no O");
            }
            if (c.action == Construction::Action::kAuthor && objects != 0) {
              return fail("action 'author' takes no O (the act's author is the object)");
            }
            if (c.action == Construction::Action::kPlace && (subjects != 1 || objects != 0)) {
              return fail("action 'place' needs an S and no O (the place named before is the object)");
            }
            if (c.action == Construction::Action::kPronoun && (subjects != 1 || objects != 0)) {
              return fail("action 'pronoun' needs an S and no O (the person named before is the object)");
            }
            if (c.action == Construction::Action::kReferent && (subjects != 1 || objects != 0)) {
              return fail("action 'referent' needs an S and no O (the actor named before is the object)");
            }
            if (c.action == Construction::Action::kSides && (subjects > 1 || objects != 0)) {
              return fail("action 'sides' takes no O and at most one S (the clause's two other actors are the pair, or "
                          "the S's two sides)");
            }
            if (c.action == Construction::Action::kLimit && (subjects != 0 || objects != 0 || c.elements.size() < 2)) {
              return fail("action 'limit' takes no S or O, and an element besides the CUE");
            }
            for (size_t i = 0; i < c.elements.size(); ++i) {
              const Element& e = c.elements[i];
              const bool edge = i == 0 || i + 1 == c.elements.size();
              if (e.kind == Element::Kind::kGap && (edge || c.elements[i + 1].kind == Element::Kind::kGap)) {
                return fail("a gap stands between two elements");
              }
            }
            for (const Construction& other : rows_) {
              if (other.name == c.name) return fail("name used before, at line " + std::to_string(other.line));
            }
            c.forms = Forms(c.elements);
            rows_.push_back(std::move(c));
          });
  IndexRows();
}

void Constructions::IndexRows() {
  const std::span<const RelationInfo> relations = Relations();
  // Whether the row's CUE admits relation r (r == relations.size(): none;
  // one more: a relation not of the table, which any row may take).
  auto admits = [&](const Construction& row, size_t r) {
    const Element& cue = row.elements[row.cue];
    if (cue.relations.empty() || r > relations.size()) return true;
    const RelationInfo* rel = r < relations.size() ? &relations[r] : nullptr;
    const bool in = std::find(cue.relations.begin(), cue.relations.end(), rel) != cue.relations.end();
    return in != cue.relations_negated;
  };
  for (int arabic = 0; arabic < 2; ++arabic) {
    for (size_t frame = 0; frame < kFrameBits; ++frame) {
      std::vector<std::vector<uint32_t>>& by_relation = rows_for_[arabic][frame];
      by_relation.assign(relations.size() + 2, {});
      for (uint32_t i = 0; i < rows_.size(); ++i) {
        const Construction& row = rows_[i];
        if ((row.lang != "*" && row.lang != (arabic ? "ar" : "en")) ||
            (row.frames != 0 && (row.frames >> frame & 1) == 0)) {
          continue;
        }
        for (size_t r = 0; r < by_relation.size(); ++r) {
          if (admits(row, r)) by_relation[r].push_back(i);
        }
      }
    }
  }
}

const std::vector<uint32_t>& Constructions::RowsFor(bool arabic, Frame frame, const RelationInfo* rel) const {
  const std::span<const RelationInfo> relations = Relations();
  const std::vector<std::vector<uint32_t>>& by_relation =
      rows_for_[arabic ? 1 : 0][static_cast<size_t>(frame) % kFrameBits];
  const std::less<const RelationInfo*> before;
  const bool listed = rel != nullptr && !before(rel, relations.data()) && before(rel, relations.data() + relations.size());
  const size_t r = rel == nullptr ? relations.size()
                   : listed       ? static_cast<size_t>(rel - relations.data())
                                  : relations.size() + 1;
  return by_relation[r];
}

}  // namespace tahaluf
