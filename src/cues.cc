#include "tahaluf/cues.h"

#include <algorithm>

#include "tahaluf/normalize.h"
#include "tahaluf/utf8.h"
#include "tsv.h"

namespace tahaluf {
namespace {

// First two code points of `w`: the key that groups cues (Matching).
std::string_view Key(std::string_view w) {
  size_t i = 0, n = 0;
  while (i < w.size() && n < 2) {
    DecodeUtf8(w, &i);
    ++n;
  }
  return w.substr(0, i);
}

// A cue word folded as the text is; a trailing '*' (any ending) is kept.
std::string FoldCueWord(std::string_view word) {
  bool prefix = !word.empty() && word.back() == '*';
  if (prefix) word.remove_suffix(1);
  std::string folded = Normalizer::Get().Fold(word);
  if (folded.empty() || folded.find(' ') != std::string::npos) {
    // Punctuation cues ("-backed") keep their normalised text.
    folded = Normalizer::Get().Normalize(word).text;
  }
  if (prefix) folded += '*';
  return folded;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// English: the plural of a noun, the third person of a verb.
std::string EnglishS(const std::string& w) {
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") || EndsWith(w, "sh")) {
    return w + "es";
  }
  if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

// English inflections of a verb (base, -s, -ed, -ing) or a noun (base,
// plural). Spelling rules over-generate where English is irregular (both
// "banned" and "baned"): a form no text has costs nothing.
std::vector<std::string> EnglishForms(const std::string& w, bool verb) {
  std::vector<std::string> out{w, EnglishS(w)};
  if (!verb) return out;
  const size_t n = w.size();
  std::string stem = w;
  if (n > 1 && w.back() == 'y' && !IsVowel(w[n - 2])) {
    out.push_back(w.substr(0, n - 1) + "ied");
  } else if (w.back() == 'e') {
    out.push_back(w + "d");
  } else {
    out.push_back(w + "ed");
  }
  if (EndsWith(w, "ie")) {
    out.push_back(w.substr(0, n - 2) + "ying");
  } else if (w.back() == 'e' && !EndsWith(w, "ee")) {
    out.push_back(w.substr(0, n - 1) + "ing");
  } else {
    out.push_back(w + "ing");
  }
  // A short final syllable doubles its consonant: ban -> banned, banning.
  if (n >= 3 && !IsVowel(w[n - 1]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 3]) && w[n - 1] != 'w' &&
      w[n - 1] != 'x' && w[n - 1] != 'y') {
    out.push_back(w + w.back() + "ed");
    out.push_back(w + w.back() + "ing");
  }
  return out;
}

// Arabic verb forms, third person, from the perfect and the imperfect of
// the masculine singular (folded): زار/يزور gives زار زارت زارا زاروا
// زارتا, يزور تزور يزوران تزوران يزورون يزوروا نزور. A final ي (ى folded)
// is also taken as a weak letter: التقى gives التقت التقيا التقوا.
std::vector<std::string> ArabicVerbForms(const std::string& perfect, const std::string& imperfect) {
  const std::string ya = "ي", ta = "ت", alif = "ا", waw = "و", nun = "ن";
  std::vector<std::string> out;
  if (!perfect.empty()) {
    for (const char* suffix : {"", "ت", "ا", "وا", "تا"}) out.push_back(perfect + suffix);
    if (EndsWith(perfect, ya) && perfect.size() > ya.size()) {
      const std::string stem = perfect.substr(0, perfect.size() - ya.size());
      for (const char* suffix : {"ت", "يا", "وا", "تا"}) out.push_back(stem + suffix);
    }
  }
  if (!imperfect.empty()) {
    const std::string body = EndsWith(imperfect, ya) ? imperfect.substr(ya.size())
                                                     : imperfect.substr(std::min(imperfect.size(), ya.size()));
    const bool starts_ya = imperfect.substr(0, ya.size()) == ya;
    const std::string tail = starts_ya ? imperfect.substr(ya.size()) : imperfect;  // without its prefix
    for (const std::string& prefix : {ya, ta, nun}) {
      out.push_back(prefix + tail);
      out.push_back(prefix + tail + alif + nun);  // dual
    }
    out.push_back(ya + tail + waw + nun);  // plural
    out.push_back(ya + tail + waw + alif);
    // A final weak letter drops before the plural ending: يلتقي -> يلتقون.
    if (EndsWith(tail, ya) || EndsWith(tail, waw)) {
      const std::string weak = tail.substr(0, tail.size() - ya.size());
      out.push_back(ya + weak + waw + nun);
      out.push_back(ya + weak + waw + alif);
    }
    (void)body;
  }
  return out;
}

// The forms a cue's first word stands for: as written; English `word+`
// with its inflections (`meet+|met`: and irregular forms after |); Arabic
// `perfect/imperfect` with the verb's conjugation. Errors go to `error`.
std::vector<std::string> FamilyForms(std::string_view written, std::string_view lang, Frame frame,
                                     std::string* error) {
  std::vector<std::string> out;
  auto add = [&](std::string form) {
    if (!form.empty() && std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
  };
  if (written.find('/') != std::string_view::npos) {
    if (lang != "ar") {
      *error = "perfect/imperfect families are Arabic; write an English family as word+";
      return out;
    }
    // ("طالب/يطالب|مطالبا" would read "يطالب|مطالبا" as one imperfect.)
    if (written.find('|') != std::string_view::npos) {
      *error = "a verb family is one perfect/imperfect pair; put other forms (a|b) on a row of their own";
      return out;
    }
    const size_t slash = written.find('/');
    const std::string perfect = FoldCueWord(written.substr(0, slash));
    const std::string imperfect = FoldCueWord(written.substr(slash + 1));
    if (perfect.find('*') != std::string::npos || imperfect.find('*') != std::string::npos) {
      *error = "a verb family takes whole words, not a prefix with *";
      return out;
    }
    for (std::string& f : ArabicVerbForms(perfect, imperfect)) add(std::move(f));
    return out;
  }
  for (std::string_view alt : SplitBar(written)) {
    const bool family = !alt.empty() && alt.back() == '+';
    if (family) alt.remove_suffix(1);
    std::string folded = FoldCueWord(alt);
    if (folded.empty()) continue;
    if (!family) {
      add(std::move(folded));
      continue;
    }
    if (lang != "en" || folded.back() == '*') {
      *error = "word+ families are English words; for Arabic write perfect/imperfect or a stem with *";
      return out;
    }
    const bool verb = frame != Frame::kNoun;
    for (std::string& f : EnglishForms(folded, verb)) add(std::move(f));
  }
  if (out.empty()) *error = "empty cue word";
  return out;
}

}  // namespace

std::optional<Frame> ParseFrame(std::string_view f) {
  static const std::pair<const char*, Frame> kFrames[] = {
      {"verb", Frame::kVerb}, {"noun", Frame::kNoun}, {"passive", Frame::kPassive},
      {"sym", Frame::kSym}, {"supply", Frame::kSupply}, {"host", Frame::kHost},
      {"kin", Frame::kKin}, {"kin_pron", Frame::kKinPron},
      {"hedge", Frame::kHedge}, {"negation", Frame::kNegation}, {"speech", Frame::kSpeech},
      {"denial", Frame::kDenial}, {"coop", Frame::kCoop}, {"domain", Frame::kDomain},
      {"escort", Frame::kEscort}, {"delegation", Frame::kDelegation}, {"attend", Frame::kAttend},
  };
  for (const auto& [name, frame] : kFrames) {
    if (f == name) return frame;
  }
  return std::nullopt;
}

void CueLexicon::Add(std::string_view content, std::string_view source,
                     std::vector<Status>* problems) {
  ReadTsv(content, source, {"lang", "relation", "cue", "frame"}, problems,
          [&](size_t line, const std::vector<std::string_view>& f) {
            auto fail = [&](const std::string& msg) {
              problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                     msg + "; row skipped", line);
            };
            if (f[0] != "ar" && f[0] != "en") return fail("lang must be 'ar' or 'en'");
            Cue c;
            c.line = static_cast<uint32_t>(line);
            c.lang = std::string(f[0]);
            std::optional<Frame> frame = ParseFrame(f[3]);
            if (!frame) return fail("unknown frame '" + std::string(f[3]) +
                                    "' (verb, noun, passive, sym, supply, host, kin, "
                                    "kin_pron, hedge, negation, speech, denial, coop, domain, escort, delegation, attend)");
            c.frame = *frame;
            if (c.frame == Frame::kHedge || c.frame == Frame::kNegation ||
                c.frame == Frame::kSpeech || c.frame == Frame::kDenial || c.frame == Frame::kCoop) {
              if (f[1] != "-") {
                return fail("hedge, negation, speech, denial and coop cues take relation '-'");
              }
            } else {
              c.relation = FindRelation(f[1]);
              if (c.relation == nullptr) return fail("unknown relation '" + std::string(f[1]) + "'");
              if (c.frame == Frame::kAttend && f[1] != "visit") return fail("attend cues take relation 'visit'");
            }
            // Tokens: folded words; a trailing '*' marks a prefix. The first
            // word may name a family (see FamilyForms): one cue per form.
            std::vector<std::string> rest;
            std::string_view first;
            size_t start = 0;
            std::string_view cue = f[2];
            while (start < cue.size()) {
              size_t sp = cue.find(' ', start);
              if (sp == std::string_view::npos) sp = cue.size();
              std::string_view word = cue.substr(start, sp - start);
              start = sp + 1;
              if (word.empty()) continue;
              if (first.empty()) {
                first = word;
                continue;
              }
              std::string folded = FoldCueWord(word);
              if (folded.empty() || folded == "*") return fail("empty cue word");
              rest.push_back(std::move(folded));
            }
            if (first.empty()) return fail("empty cue");
            std::string error;
            std::vector<std::string> forms = FamilyForms(first, c.lang, c.frame, &error);
            if (!error.empty()) return fail(error);
            for (std::string& form : forms) {
              Cue one;
              one.lang = c.lang;
              one.relation = c.relation;
              one.frame = c.frame;
              one.line = c.line;
              one.verb_family = c.lang == "ar" && first.find('/') != std::string_view::npos;
              one.tokens.push_back(std::move(form));
              one.tokens.insert(one.tokens.end(), rest.begin(), rest.end());
              const std::string& first_token = one.tokens[0];
              const uint32_t idx = static_cast<uint32_t>(cues_.size());
              if (!first_token.empty() && first_token.back() == '*') {
                std::string key(Key(first_token));
                if (key.back() == '*') key.pop_back();
                prefixes_by_key_[key].push_back(idx);
              } else {
                by_first_[first_token].push_back(idx);
              }
              cues_.push_back(std::move(one));
            }
          });
}

CueLexicon::Forms::Forms(const std::string_view* forms, int count) : form(forms), n(std::min(count, kMaxForms)) {
  for (int j = 0; j < n; ++j) key_size[j] = static_cast<uint8_t>(Key(forms[j]).size());
}

void CueLexicon::Matching(const Forms& word, int k, std::vector<uint32_t>* out) const {
  out->clear();
  const int n = word.n;
  const std::string_view* forms = word.form;
  if (k >= n) return;
  const std::string_view key = word.key(k);
  // (The keys and prefixes are a few bytes: compared in a loop, SameBytes,
  // not by a call to memcmp each, a hundred thousand words a megabyte.)
  for (int j = 0; j < k; ++j) {
    if (SameBytes(word.key(j), key)) return;
  }
  for (int j = k; j < n; ++j) {
    const std::vector<uint32_t>* whole = SameBytes(word.key(j), key) ? by_first_.Find(forms[j]) : nullptr;
    if (whole != nullptr) out->insert(out->end(), whole->begin(), whole->end());
  }
  if (const std::vector<uint32_t>* prefixed = prefixes_by_key_.Find(key)) {
    for (uint32_t ci : *prefixed) {
      const std::string_view token = cues_[ci].tokens[0];
      const std::string_view prefix = token.substr(0, token.size() - 1);
      auto starts = [&](std::string_view f) { return f.size() >= prefix.size() && SameBytes(f.substr(0, prefix.size()), prefix); };
      if (std::any_of(forms, forms + n, starts)) out->push_back(ci);
    }
  }
  if (out->size() > 1) {
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
  }
}

}  // namespace tahaluf
