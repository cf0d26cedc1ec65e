#include "tahaluf/extract.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "tahaluf/dates.h"
#include "tahaluf/normalize.h"
#include "tahaluf/utf8.h"
#include "tsv.h"

namespace tahaluf {
namespace {

// The preposition that governs a mention, from the word before it or the
// proclitic on its first word.
enum class Prep : uint8_t {
  kNone, kTo, kWith, kFrom, kIn, kBy, kOf, kFor, kAgainst, kOn, kBetween,
};

struct Arg {
  const Mention* m = nullptr;
  Prep prep = Prep::kNone;
  bool conj = false;   // joined to the previous mention by and / و / a comma
  bool comma_only = false;  // ... by a comma alone (a list only if and / و follows)
  bool weak = false;   // a demonym modifying a following actor
  bool modifier = false;  // "Sudan's RSF": Sudan only qualifies RSF
};

struct CueHit {
  const Cue* cue;
  uint32_t first, last;
};

Prep PrepOfWord(std::string_view w) {
  static const std::pair<const char*, Prep> kWords[] = {
      {"to", Prep::kTo}, {"into", Prep::kTo}, {"toward", Prep::kTo},
      {"towards", Prep::kTo}, {"with", Prep::kWith}, {"from", Prep::kFrom},
      {"in", Prep::kIn}, {"at", Prep::kIn}, {"near", Prep::kIn},
      {"inside", Prep::kIn}, {"by", Prep::kBy}, {"of", Prep::kOf},
      {"for", Prep::kFor}, {"against", Prep::kAgainst}, {"on", Prep::kOn},
      {"between", Prep::kBetween}, {"among", Prep::kBetween},
      {"\xD8\xA7\xD9\x84\xD9\x8A", Prep::kTo},              // الي (إلى folded)
      {"\xD9\x86\xD8\xAD\xD9\x88", Prep::kTo},              // نحو
      {"\xD9\x85\xD8\xB9", Prep::kWith},                    // مع
      {"\xD9\x85\xD9\x86", Prep::kFrom},                    // من
      {"\xD9\x81\xD9\x8A", Prep::kIn},                      // في
      {"\xD9\x82\xD8\xB1\xD8\xA8", Prep::kIn},              // قرب
      {"\xD8\xB9\xD9\x84\xD9\x8A", Prep::kOn},              // علي (على)
      {"\xD8\xB6\xD8\xAF", Prep::kAgainst},                 // ضد
      {"\xD8\xA8\xD9\x8A\xD9\x86", Prep::kBetween},         // بين
      // "اجتماع ضم / جمع A وB وC", "a meeting comprising A, B and C": the
      // participants, as after بين.
      {"\xD8\xB6\xD9\x85", Prep::kBetween},                     // ضم
      {"\xD8\xB6\xD9\x85\xD8\xAA", Prep::kBetween},           // ضمت
      {"\xD9\x8A\xD8\xB6\xD9\x85", Prep::kBetween},           // يضم
      {"\xD8\xAA\xD8\xB6\xD9\x85", Prep::kBetween},           // تضم
      {"\xD8\xAC\xD9\x85\xD8\xB9", Prep::kBetween},           // جمع
      {"\xD8\xAC\xD9\x85\xD8\xB9\xD8\xAA", Prep::kBetween}, // جمعت
      {"\xD9\x8A\xD8\xAC\xD9\x85\xD8\xB9", Prep::kBetween}, // يجمع
      {"comprising", Prep::kBetween},
      {"\xD9\x84\xD8\xAF\xD9\x8A", Prep::kWith},            // لدي (لدى)
      {"\xD8\xB9\xD9\x86", Prep::kFrom},                    // عن
  };
  for (const auto& [word, prep] : kWords) {
    if (w == word) return prep;
  }
  return Prep::kNone;
}

// "," or the Arabic comma "،".
bool IsComma(std::string_view w) { return w == "," || w == "\xD8\x8C"; }

// "which", "who", "whose", الذي / التي and their duals and plurals.
bool IsRelativePronoun(std::string_view w) {
  return w == "which" || w == "who" || w == "whose" ||
         w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||                          // الذي
         w == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" ||                          // التي
         w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||                // الذين
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD8\xA7\xD9\x86" ||      // اللذان
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||      // اللذين
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86" ||      // اللتان
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86";        // اللتين
}

bool IsAnd(std::string_view w) {
  return w == "and" || w == "&" || w == "," || w == "\xD8\x8C" /* ، */ ||
         w == "\xD9\x88" /* و */ || w == "as" /* as well as */ || w == "well" ||
         w == "including" || w == "notably" ||
         w == "\xD8\xA8\xD9\x85\xD8\xA7" /* بما */ || w == "\xD8\xB0\xD9\x84\xD9\x83" /* ذلك */;
}

// Words and marks that end the clause a cue's arguments are sought in.
bool IsClauseBoundary(const Token& t) {
  static const char* const kWords[] = {
      ";", ":", "\xD8\x9B" /* ؛ */, "(", ")", "?", "!", "\xD8\x9F" /* ؟ */,
      "while", "but", "whereas", "although", "though", "however", "meanwhile",
      "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",  // بينما
      "\xD9\x84\xD9\x83\xD9\x86",                  // لكن
      "\xD9\x84\xD9\x83\xD9\x86\xD9\x87",          // لكنه
      "\xD9\x84\xD9\x83\xD9\x86\xD9\x87\xD8\xA7",  // لكنها
      "\xD8\xAD\xD9\x8A\xD8\xAB",                  // حيث
      "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7",          // فيما
      "\xD8\xA8\xD8\xB3\xD8\xA8\xD8\xA8",          // بسبب
      "\xD8\xB1\xD8\xBA\xD9\x85",                  // رغم
      "\xD9\x83\xD9\x85\xD8\xA7",                  // كما (as also: a new clause)
      "because", "despite", "whose",
  };
  for (const char* w : kWords) {
    if (t.text == w) return true;
  }
  return false;
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

// Nouns for places: "في مدينة X", "in the city of X".
bool IsPlaceNoun(const Token& t) {
  static const char* const kWords[] = {
      "city", "town", "capital", "port", "province", "region", "village", "base",
      "\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD9\x87",              // مدينه
      "\xD8\xB9\xD8\xA7\xD8\xB5\xD9\x85\xD9\x87",              // عاصمه
      "\xD8\xA8\xD9\x84\xD8\xAF\xD9\x87",                        // بلده
      "\xD9\x85\xD9\x86\xD8\xB7\xD9\x82\xD9\x87",              // منطقه
      "\xD9\x88\xD9\x84\xD8\xA7\xD9\x8A\xD9\x87",              // ولايه
      "\xD9\x85\xD8\xAD\xD8\xA7\xD9\x81\xD8\xB8\xD9\x87",    // محافظه
      "\xD9\x85\xD9\x8A\xD9\x86\xD8\xA7\xD8\xA1",              // ميناء
      "\xD9\x82\xD8\xA7\xD8\xB9\xD8\xAF\xD9\x87",              // قاعده
  };
  std::string_view forms[6];
  int n = t.is_arabic ? ArabicStems(t.text, forms) : 1;
  if (!t.is_arabic) forms[0] = t.text;
  for (int k = 0; k < n; ++k) {
    std::string_view f = t.is_arabic ? StripArabicArticle(forms[k]) : forms[k];
    for (const char* w : kWords) {
      if (f == w) return true;
    }
  }
  return false;
}

// Verbs whose object noun carries the event: "قدمت ... الدعم ل",
// "عقد ... محادثات مع", "أجرى ... زيارة إلى".
bool IsLightVerb(const Token& t) {
  if (!t.is_arabic) return false;
  static const char* const kStems[] = {
      "\xD9\x82\xD8\xAF\xD9\x85",                  // قدم
      "\xD9\x82\xD8\xAF\xD9\x85\xD8\xAA",        // قدمت
      "\xD9\x8A\xD9\x82\xD8\xAF\xD9\x85",        // يقدم
      "\xD8\xAA\xD9\x82\xD8\xAF\xD9\x85",        // تقدم
      "\xD8\xB9\xD9\x82\xD8\xAF",                  // عقد
      "\xD8\xB9\xD9\x82\xD8\xAF\xD8\xAA",        // عقدت
      "\xD9\x8A\xD8\xB9\xD9\x82\xD8\xAF",        // يعقد
      "\xD8\xAA\xD8\xB9\xD9\x82\xD8\xAF",        // تعقد
      "\xD8\xA7\xD8\xAC\xD8\xB1\xD9\x8A",        // اجري (أجرى)
      "\xD8\xA7\xD8\xAC\xD8\xB1\xD8\xAA",        // اجرت
      "\xD9\x8A\xD8\xAC\xD8\xB1\xD9\x8A",        // يجري
      "\xD8\xAA\xD8\xAC\xD8\xB1\xD9\x8A",        // تجري
      "\xD9\x85\xD9\x86\xD8\xAD",                  // منح
      "\xD9\x85\xD9\x86\xD8\xAD\xD8\xAA",        // منحت
      "\xD9\x88\xD9\x81\xD8\xB1",                  // وفر
      "\xD9\x88\xD9\x81\xD8\xB1\xD8\xAA",        // وفرت
      "\xD9\x8A\xD9\x88\xD9\x81\xD8\xB1",        // يوفر
      "\xD8\xAA\xD9\x88\xD9\x81\xD8\xB1",        // توفر
  };
  std::string_view stems[6];
  int n = ArabicStems(t.text, stems);
  for (int k = 0; k < n; ++k) {
    for (const char* w : kStems) {
      if (stems[k] == w) return true;
    }
  }
  return false;
}

// First two code points of `w`: the cue bucket key.
std::string_view Key(std::string_view w) {
  size_t i = 0, n = 0;
  while (i < w.size() && n < 2) {
    DecodeUtf8(w, &i);
    ++n;
  }
  return w.substr(0, i);
}

bool TokenMatches(std::string_view cue_tok, std::string_view word) {
  if (!cue_tok.empty() && cue_tok.back() == '*') {
    return StartsWith(word, cue_tok.substr(0, cue_tok.size() - 1));
  }
  return word == cue_tok;
}

bool WordMatches(std::string_view cue_tok, const Token& t) {
  if (!t.is_word) return cue_tok == t.text;
  if (!t.is_arabic) return TokenMatches(cue_tok, t.text);
  std::string_view stems[6];
  int n = ArabicStems(t.text, stems);
  for (int k = 0; k < n; ++k) {
    if (TokenMatches(cue_tok, stems[k])) return true;
  }
  return false;
}

std::optional<Frame> ParseFrame(std::string_view f) {
  static const std::pair<const char*, Frame> kFrames[] = {
      {"verb", Frame::kVerb}, {"noun", Frame::kNoun}, {"passive", Frame::kPassive},
      {"sym", Frame::kSym}, {"supply", Frame::kSupply}, {"host", Frame::kHost},
      {"kin", Frame::kKin}, {"kin_pron", Frame::kKinPron},
      {"hedge", Frame::kHedge}, {"negation", Frame::kNegation}, {"speech", Frame::kSpeech},
      {"denial", Frame::kDenial}, {"coop", Frame::kCoop}, {"domain", Frame::kDomain},
      {"escort", Frame::kEscort},
  };
  for (const auto& [name, frame] : kFrames) {
    if (f == name) return frame;
  }
  return std::nullopt;
}

bool IsLeadingPosition(std::string_view p) {
  return p == "head_of_state" || p == "head_of_government" || p == "army_chief" ||
         p == "commander" || p == "leader" || p == "secretary_general" ||
         p == "speaker";
}

}  // namespace

namespace {

// Days since 1970-01-01 for a civil date, and back (Howard Hinnant's
// algorithms).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y + (m <= 2)), m, d);
  return buf;
}

}  // namespace

std::string ResolveRelativeDate(const std::vector<Token>& toks, int32_t date) {
  if (date == 0 || date % 100 == 0 || (date / 100) % 100 == 0) return "";  // needs a full date
  int64_t today = DaysFromCivil(date / 10000, (date / 100) % 100, date % 100);
  // 1970-01-01 was a Thursday: weekday 0 = Monday.
  auto weekday_of = [](int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); };
  static const std::pair<const char*, int> kDays[] = {
      {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3}, {"friday", 4},
      {"saturday", 5}, {"sunday", 6},
      {"\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAB\xD9\x86\xD9\x8A\xD9\x86", 0},  // الاثنين
      {"\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA7\xD8\xA1", 1},  // الثلاثاء
      {"\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9\xD8\xA7\xD8\xA1", 2},  // الاربعاء
      {"\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD9\x8A\xD8\xB3", 3},  // الخميس
      {"\xD8\xA7\xD9\x84\xD8\xAC\xD9\x85\xD8\xB9\xD9\x87", 4},  // الجمعه
      {"\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA8\xD8\xAA", 5},  // السبت
      {"\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAD\xD8\xAF", 6},  // الاحد
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    std::string_view w = toks[i].text;
    if (w == "yesterday" || w == "\xD8\xA7\xD9\x85\xD8\xB3" /* امس */) return CivilFromDays(today - 1);
    if (w == "today" || w == "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85" /* اليوم */) return CivilFromDays(today);
    bool last_week = (w == "last" && i + 1 < toks.size() && toks[i + 1].text == "week") ||
                     (w == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB3\xD8\xA8\xD9\x88\xD8\xB9" /* الاسبوع */ &&
                      i + 1 < toks.size() && toks[i + 1].text == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xD9\x8A" /* الماضي */);
    if (last_week) return CivilFromDays(today - 7);
    for (const auto& [name, wd] : kDays) {
      if (w != name) continue;
      // The last such day on or before the document's date.
      int back = (weekday_of(today) - wd + 7) % 7;
      return CivilFromDays(today - back);
    }
  }
  return "";
}

void CueLexicon::Add(std::string_view content, std::string_view source,
                     std::vector<Status>* problems) {
  ReadTsv(content, source, {"lang", "relation", "cue", "frame"}, problems,
          [&](size_t line, const std::vector<std::string_view>& f) {
            auto fail = [&](const std::string& msg) {
              problems->emplace_back(ErrorCode::kLexicon, std::string(source),
                                     msg + "; row skipped", line);
            };
            Cue c;
            c.line = static_cast<uint32_t>(line);
            if (f[0] != "ar" && f[0] != "en") return fail("lang must be 'ar' or 'en'");
            c.lang = f[0];
            std::optional<Frame> frame = ParseFrame(f[3]);
            if (!frame) return fail("unknown frame '" + std::string(f[3]) +
                                    "' (verb, noun, passive, sym, supply, host, kin, "
                                    "kin_pron, hedge, negation, speech, denial, coop, domain, escort)");
            c.frame = *frame;
            if (c.frame == Frame::kHedge || c.frame == Frame::kNegation ||
                c.frame == Frame::kSpeech || c.frame == Frame::kDenial || c.frame == Frame::kCoop) {
              if (f[1] != "-") {
                return fail("hedge, negation, speech, denial and coop cues take relation '-'");
              }
            } else {
              c.relation = FindRelation(f[1]);
              if (c.relation == nullptr) return fail("unknown relation '" + std::string(f[1]) + "'");
            }
            // Tokens: folded words; a trailing '*' marks a prefix.
            size_t start = 0;
            std::string_view cue = f[2];
            while (start < cue.size()) {
              size_t sp = cue.find(' ', start);
              if (sp == std::string_view::npos) sp = cue.size();
              std::string_view word = cue.substr(start, sp - start);
              start = sp + 1;
              if (word.empty()) continue;
              bool prefix = word.back() == '*';
              if (prefix) word.remove_suffix(1);
              std::string folded = Normalizer::Get().Fold(word);
              if (folded.empty() || folded.find(' ') != std::string::npos) {
                // Punctuation cues ("-backed") keep their normalised text.
                folded = Normalizer::Get().Normalize(word).text;
              }
              if (folded.empty()) return fail("empty cue word");
              if (prefix) folded += '*';
              c.tokens.push_back(std::move(folded));
            }
            if (c.tokens.empty()) return fail("empty cue");
            std::string key(Key(c.tokens[0]));
            if (!key.empty() && key.back() == '*') key.pop_back();
            uint32_t idx = static_cast<uint32_t>(cues_.size());
            cues_.push_back(std::move(c));
            by_key_[key].push_back(idx);
          });
}

const std::vector<uint32_t>* CueLexicon::Bucket(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  return it == by_key_.end() ? nullptr : &it->second;
}

Extractor::Extractor(const Lexicon& lexicon, const CueLexicon& cues)
    : lexicon_(lexicon), cues_(cues), recognizer_(lexicon) {}

Extraction Extractor::Extract(const Document& doc) const {
  Extraction result;
  DocumentContext ctx;
  ctx.date = ParseDay(doc.date).value_or(kUndated);
  auto actor = [&](ActorIndex i) -> const Actor& { return ctx.ActorAt(lexicon_, i); };
  std::vector<SentenceSpan> spans = segmenter_.Sentences(doc.text, doc.body_begin);
  std::set<std::tuple<ActorIndex, const RelationInfo*, ActorIndex, bool>> seen;
  // First sentence and mention of each person, for role triples.
  struct FirstMention {
    uint32_t sentence;
    SentenceSpan span;
    std::string surface;
    std::string title_position;
    ActorIndex title_org;
    bool former = false;  // "الرئيس الراحل", "former president": past roles too
    // "خليفة حفتر، قائد القوات المسيطرة على شرق ليبيا": an appositive title
    // of command after the name, its org not named as such.
    bool heads_something = false;
  };
  std::vector<std::pair<ActorIndex, FirstMention>> persons;
  std::vector<ActorIndex> last_subjects;  // for verbs with no written subject
  uint32_t last_subject_sentence = 0;

  std::set<ActorIndex> named;  // actors named (not only as adjectives)
  ActorIndex dateline = kNoActor;
  std::string dateline_surface;
  for (uint32_t si = 0; si < spans.size(); ++si) {
    TokenizedSentence s = Tokenize(doc.text, spans[si]);
    std::vector<Mention> mentions = recognizer_.Recognize(s, &ctx);
    size_t sentence_first_triple = result.triples.size();
    for (const Mention& m : mentions) {
      if (m.type != MentionType::kDemonym) named.insert(m.actor);
      if (m.title_org != kNoActor) named.insert(m.title_org);
    }
    if (!mentions.empty()) result.mentions.push_back({si, spans[si].begin, spans[si].end, mentions});
    const std::vector<Token>& toks = s.tokens;
    // An actor as written, without the conjunction or preposition joined to
    // its first word ("وطرابلس" is written "طرابلس"); the article stays.
    auto surface = [&](const Mention& m) {
      std::string_view text = std::string_view(doc.text).substr(m.begin, m.end - m.begin);
      const Token& first = toks[m.first];
      if (m.proclitic_bytes == 0 || !first.is_arabic) return std::string(text);
      std::string_view prefix = first.text.substr(0, std::min<size_t>(m.proclitic_bytes, first.text.size()));
      if (prefix.size() >= 4 && prefix.substr(prefix.size() - 4) == "\xD8\xA7\xD9\x84") {  // ال
        prefix.remove_suffix(4);
      }
      size_t letters = prefix.size() / 2, at = 0;
      for (; letters > 0 && at + 1 < text.size(); --letters) {
        at += 2;  // an Arabic letter; then its diacritics, if any
        while (at + 1 < text.size() && static_cast<unsigned char>(text[at]) == 0xD9 &&
               static_cast<unsigned char>(text[at + 1]) >= 0x8B &&
               static_cast<unsigned char>(text[at + 1]) <= 0x92) {
          at += 2;
        }
      }
      return std::string(text.substr(at));
    };
    for (const Mention& m : mentions) {
      // "قوات حفتر", "Haftar's forces": the text names the force and whose
      // it is.
      if (m.owner != kNoActor) {
        named.insert(m.actor);
        auto it = std::find_if(persons.begin(), persons.end(),
                               [&](const auto& p) { return p.first == m.owner; });
        if (it == persons.end()) {
          persons.push_back({m.owner, {si, spans[si], surface(m), "", kNoActor}});
        }
      }
      if (actor(m.actor).kind != ActorKind::kPerson) continue;
      // A word of former office just before the name, or inside its title
      // ("الرئيس الراحل", "former president", "the regime of").
      bool former = false;
      for (uint32_t j = m.first >= 3 ? m.first - 3 : 0; j <= m.last && j < toks.size(); ++j) {
        std::string_view w = toks[j].text;
        former |= w == "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA7\xD8\xAD\xD9\x84" ||  // الراحل
                  w == "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82" ||  // السابق
                  w == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAE\xD9\x84\xD9\x88\xD8\xB9" ||  // المخلوع
                  w == "\xD9\x86\xD8\xB8\xD8\xA7\xD9\x85" ||  // نظام (X's regime)
                  w == "\xD8\xB9\xD9\x87\xD8\xAF" ||            // عهد (X's era)
                  w == "former" || w == "deposed" || w == "ousted" || w == "regime" || w == "era" ||
                  (w == "late" && j > 0 && toks[j - 1].text == "the");
      }
      // "X، قائد ...", "X, the commander of ...": a title of command right
      // after the name, in apposition.
      bool heads = false;
      if (m.last + 2 < toks.size() && IsComma(toks[m.last + 1].text)) {
        uint32_t j = m.last + 2;
        if (j + 1 < toks.size() && toks[j].text == "the") ++j;
        for (const Title& t : lexicon_.titles()) {
          if (!t.tokens.empty() && IsLeadingPosition(t.position) && WordMatches(t.tokens[0], toks[j]) &&
              (t.tokens.size() == 1 || (j + 1 < toks.size() && WordMatches(t.tokens[1], toks[j + 1])))) {
            heads = true;
            break;
          }
        }
      }
      auto it = std::find_if(persons.begin(), persons.end(),
                             [&](const auto& p) { return p.first == m.actor; });
      if (it != persons.end()) it->second.heads_something |= heads;
      if (it == persons.end()) {
        persons.push_back({m.actor, {si, spans[si], surface(m), m.title_position, m.title_org, former, heads}});
      } else if (it->second.title_position.empty() && !m.title_position.empty()) {
        it->second = {si, spans[si], surface(m), m.title_position, m.title_org, former || it->second.former,
                      heads || it->second.heads_something};
      } else {
        it->second.former |= former;
      }
    }

    // Nisba adjectives: usable only on an institution, whose noun then
    // joins the mention ("جنود إثيوبيين", "Pakistani officials").
    std::vector<bool> weak_demonym(mentions.size(), false);
    for (size_t k = 0; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      // A nisba adjective names its state as an actor only on an
      // institution: "الحكومة الباكستانية", "Pakistani officials", "مصادر
      // باكستانية"; elsewhere ("وزيرا الخارجية التركيان", "الشرق الليبي")
      // it only describes.
      if (m.type == MentionType::kDemonym) {
        bool institution = false;
        auto is_institution = [](std::string_view w) {
          static const char* const kWords[] = {
              "government", "authorities", "officials", "presidency", "forces", "army",
              "military", "troops", "navy", "leadership", "regime", "state", "sources",
              "diplomats", "ministry", "side", "delegation", "police", "intelligence",
              "soldiers", "troops", "militants", "gunmen", "rebels", "fighters", "civilians",
              "warplanes", "jets", "aircraft", "drones", "unit", "navy", "militia", "militias",
              "\xD8\xAC\xD9\x86\xD9\x88\xD8\xAF",                          // جنود
              "\xD9\x85\xD8\xB3\xD9\x84\xD8\xAD\xD9\x88\xD9\x86",      // مسلحون
              "\xD9\x85\xD8\xB3\xD9\x84\xD8\xAD\xD9\x8A\xD9\x86",      // مسلحين
              "\xD9\x85\xD8\xAA\xD9\x85\xD8\xB1\xD8\xAF\xD9\x8A\xD9\x86",  // متمردين
              "\xD9\x85\xD8\xAA\xD9\x85\xD8\xB1\xD8\xAF\xD9\x88\xD9\x86",  // متمردون
              "\xD9\x85\xD9\x82\xD8\xA7\xD8\xAA\xD9\x84\xD9\x8A\xD9\x86",  // مقاتلين
              "\xD9\x85\xD8\xAF\xD9\x86\xD9\x8A\xD9\x8A\xD9\x86",      // مدنيين
              "\xD9\x88\xD8\xAD\xD8\xAF\xD9\x87",                          // وحده
              "\xD8\xB7\xD8\xA7\xD9\x8A\xD8\xB1\xD8\xA7\xD8\xAA",      // طايرات (طائرات)
              "\xD8\xB4\xD8\xB1\xD8\xB7\xD9\x87",                          // شرطه
              "\xD8\xA8\xD8\xAD\xD8\xB1\xD9\x8A\xD9\x87",                // بحريه
              "\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD9\x87",              // حكومه
              "\xD8\xB3\xD9\x84\xD8\xB7\xD8\xA7\xD8\xAA",              // سلطات
              "\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84\xD9\x88\xD9\x86",  // مسؤولون
              "\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84\xD9\x8A\xD9\x86",  // مسؤولين
              "\xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB3\xD9\x87",              // رياسه
              "\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA",                        // قوات
              "\xD8\xAC\xD9\x8A\xD8\xB4",                                  // جيش
              "\xD8\xAF\xD9\x88\xD9\x84\xD9\x87",                        // دوله
              "\xD9\x82\xD9\x8A\xD8\xA7\xD8\xAF\xD9\x87",              // قياده
              "\xD9\x86\xD8\xB8\xD8\xA7\xD9\x85",                        // نظام
              "\xD8\xAE\xD8\xA7\xD8\xB1\xD8\xAC\xD9\x8A\xD9\x87",    // خارجيه
              "\xD9\x85\xD8\xB5\xD8\xA7\xD8\xAF\xD8\xB1",              // مصادر
              "\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD9\x87",              // وزاره
              "\xD8\xA8\xD8\xB9\xD8\xAB\xD9\x87",                        // بعثه
              "\xD9\x88\xD9\x81\xD8\xAF",                                  // وفد
              "\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8",                        // جانب
          };
          for (const char* k : kWords) {
            if (w == k) return true;
          }
          return false;
        };
        const Token& first = toks[m.first];
        // A dual adjective (التركيان) agrees with two persons, never with an
        // institution.
        std::string_view last_word = toks[m.last].text;
        bool dual = last_word.size() > 6 &&
                    last_word.substr(last_word.size() - 6) == "\xD9\x8A\xD8\xA7\xD9\x86";  // يان
        if (first.is_arabic && !dual) {
          // The noun before the adjective: "الحكومة الباكستانية".
          bool free_before = m.first > 0 && toks[m.first - 1].is_word &&
                             (k == 0 || mentions[k - 1].last < m.first - 1);
          if (free_before) {
            std::string_view forms[6];
            int nf = ArabicStems(toks[m.first - 1].text, forms);
            for (int j = 0; j < nf && !institution; ++j) {
              if (is_institution(StripArabicArticle(forms[j]))) {
                institution = true;
                m.first -= 1;
                m.begin = s.OriginalBegin(m.first);
                m.proclitic_bytes = static_cast<uint8_t>(toks[m.first].text.size() - forms[j].size());
              }
            }
          }
        } else if (m.last + 1 < toks.size() &&
                   (k + 1 == mentions.size() || mentions[k + 1].first > m.last + 1)) {
          institution = is_institution(toks[m.last + 1].text);
          if (institution) {
            m.last += 1;
            m.end = s.OriginalEnd(m.last);
          }
        }
        weak_demonym[k] = !institution;
        // "قائد البحرية الباكستانية الأدميرال فلان": the adjective belongs to
        // the title of the person right after it.
        if (k + 1 < mentions.size() && actor(mentions[k + 1].actor).kind == ActorKind::kPerson &&
            mentions[k + 1].first <= m.last + 3) {
          bool punct = false;
          for (uint32_t j = m.last + 1; j < mentions[k + 1].first; ++j) punct |= !toks[j].is_word;
          if (!punct) weak_demonym[k] = true;
        }
      }
      // "الجيش السوداني", "Sudanese army", "Sudan's armed forces": the
      // state's army when the lexicon knows exactly one.
      auto army_word = [](std::string_view w) {
        return w == "army" || w == "military" || w == "forces" || w == "troops" ||
               w == "\xD8\xAC\xD9\x8A\xD8\xB4" /* جيش */ ||
               w == "\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA" /* قوات */;
      };
      if (actor(m.actor).kind == ActorKind::kState && m.actor < lexicon_.size()) {
        bool army = false;
        if (m.type == MentionType::kDemonym && !weak_demonym[k]) {
          if (toks[m.first].is_arabic && m.first < toks.size()) {
            std::string_view forms[6];
            int nf = ArabicStems(toks[m.first].text, forms);
            for (int j = 0; j < nf && !army; ++j) army = army_word(StripArabicArticle(forms[j]));
          } else {
            army = army_word(toks[m.last].text);
          }
        } else if (m.type != MentionType::kDemonym && m.last + 2 < toks.size() &&
                   toks[m.last + 1].text == "'s" &&
                   (k + 1 == mentions.size() || mentions[k + 1].first > m.last + 3)) {
          uint32_t w = m.last + 2;
          if (toks[w].text == "armed" && w + 1 < toks.size() && toks[w + 1].text == "forces") ++w;
          if (army_word(toks[w].text)) {
            army = true;
            m.last = w;
            m.end = s.OriginalEnd(w);
          }
        }
        ActorIndex military = army ? lexicon_.MilitaryOf(m.actor) : kNoActor;
        if (military != kNoActor) {
          m.actor = military;
          m.type = MentionType::kHeadNoun;
        }
      }
    }

    // Arguments: governing preposition, coordination, weak demonyms.
    std::vector<Arg> args(mentions.size());
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& m = mentions[k];
      Arg& a = args[k];
      a.m = &m;
      const Token& first = toks[m.first];
      if (first.is_arabic && m.proclitic_bytes > 0) {
        std::string_view procl = first.text.substr(0, m.proclitic_bytes);
        // The article is no preposition: "وال", "بال" -> "و", "ب".
        if (procl.size() >= 4 && procl.substr(procl.size() - 4) == "\xD8\xA7\xD9\x84") {
          procl.remove_suffix(4);
        }
        if (StartsWith(procl, "\xD9\x88") || StartsWith(procl, "\xD9\x81")) {  // و ف
          a.conj = true;
          procl.remove_prefix(2);
        }
        if (StartsWith(procl, "\xD8\xA8")) a.prep = Prep::kWith;         // ب
        else if (StartsWith(procl, "\xD9\x84")) a.prep = Prep::kTo;      // ل
        else if (StartsWith(procl, "\xD9\x83")) a.prep = Prep::kOf;      // ك
      }
      if (a.prep == Prep::kNone && m.first > 0) {
        const Token& prev = toks[m.first - 1];
        if (prev.is_word) {
          std::string_view pw = prev.text;
          if (prev.is_arabic && StartsWith(pw, "\xD9\x88") && pw.size() > 2 &&
              PrepOfWord(pw.substr(2)) != Prep::kNone) {
            pw.remove_prefix(2);  // ومع, وفي
            a.conj = true;
          }
          a.prep = PrepOfWord(pw);
          // "كل من X وY" (both X and Y): a list, not a preposition.
          if (a.prep == Prep::kFrom && m.first > 1 &&
              toks[m.first - 2].text == "\xD9\x83\xD9\x84") {  // كل
            // The list takes the preposition before it: "مع كل من".
            a.prep = Prep::kNone;
            if (m.first > 2 && toks[m.first - 3].is_word) {
              std::string_view before = toks[m.first - 3].text;
              if (StartsWith(before, "\xD9\x88") && PrepOfWord(before.substr(2)) != Prep::kNone)
                before.remove_prefix(2);
              a.prep = PrepOfWord(before);
            }
          }
          // "في مدينة بنغازي", "بمدينة بنغازي": a place noun between.
          if (a.prep == Prep::kNone && prev.is_arabic && IsPlaceNoun(prev)) {
            std::string_view forms[6];
            int nf = ArabicStems(prev.text, forms);
            if (nf > 1 && StartsWith(prev.text, "\xD8\xA8")) a.prep = Prep::kIn;  // بمدينة
            if (m.first > 1 && toks[m.first - 2].is_word) {
              std::string_view w2 = toks[m.first - 2].text;
              if (StartsWith(w2, "\xD9\x88") && w2.size() > 2) w2.remove_prefix(2);
              if (PrepOfWord(w2) == Prep::kIn) a.prep = Prep::kIn;
            }
          }
          // "in the eastern Libyan city of Benghazi".
          if (a.prep == Prep::kOf && m.first > 1 && IsPlaceNoun(toks[m.first - 2])) {
            for (uint32_t j = m.first - 2, steps = 0; j > 0 && steps < 5; --j, ++steps) {
              if (PrepOfWord(toks[j - 1].text) == Prep::kIn) {
                a.prep = Prep::kIn;
                break;
              }
            }
          }
          if (a.prep == Prep::kNone && m.first > 1 && toks[m.first - 1].text == "the") {
            a.prep = PrepOfWord(toks[m.first - 2].text);
          }
        }
      }
      if (k > 0 && mentions[k - 1].first == m.first && mentions[k - 1].last == m.last) {
        a.conj = true;  // the second of a pair ("البلدين", "the two sides")
        a.prep = args[k - 1].prep;
      } else if (k > 0) {
        // Joined to the previous mention by and / و / a comma only.
        const Mention& p = mentions[k - 1];
        bool only_and = true;
        for (uint32_t j = p.last + 1; j < m.first; ++j) {
          if (!IsAnd(toks[j].text) && toks[j].text != "the" &&
              toks[j].text != "both") only_and = false;
        }
        if (only_and && (m.first > p.last + 1 || a.conj)) {
          bool word_and = a.conj;  // a و proclitic
          for (uint32_t j = p.last + 1; j < m.first; ++j) {
            std::string_view t = toks[j].text;
            word_and |= t != "," && t != "\xD8\x8C" && t != "the" && t != "both";
          }
          a.conj = true;
          a.comma_only = !word_and;
        } else if (!only_and) {
          a.conj = false;
        }
      }
      // English possessive modifier: "Sudan's RSF", "Pakistan's army".
      if (k + 1 < mentions.size() && m.last + 2 == mentions[k + 1].first &&
          toks[m.last + 1].text == "'s" &&
          actor(m.actor).kind == ActorKind::kState) {
        a.modifier = true;
      }
      a.weak = weak_demonym[k];
    }

    // A dateline opens a paragraph: "RIYADH (Dunya News) -", "KARACHI:",
    // "كراتشي - ". It places the story, and is no actor in it.
    if (!mentions.empty() && mentions[0].first == 0 && mentions[0].last + 1 < toks.size()) {
      const Token& next = toks[mentions[0].last + 1];
      bool paragraph_start = spans[si].begin == doc.body_begin ||
                             (spans[si].begin > 0 && doc.text[spans[si].begin - 1] == '\n');
      ActorKind k = actor(mentions[0].actor).kind;
      if (paragraph_start && !next.is_word && (next.text == "(" || next.text == ":" || next.text == "-") &&
          (k == ActorKind::kCity || mentions[0].type == MentionType::kCapital)) {
        args[0].prep = Prep::kIn;
        if (dateline == kNoActor) {
          dateline = mentions[0].actor;
          dateline_surface = surface(mentions[0]);
        }
      }
    }

    // Cues, longest first; none inside an actor's name.
    auto inside_mention = [&](uint32_t i) {
      for (const Mention& m : mentions) {
        if (m.first <= i && i <= m.last) return true;
      }
      return false;
    };
    std::vector<CueHit> hits;
    for (uint32_t i = 0; i < toks.size(); ++i) {
      if (!toks[i].is_word || inside_mention(i)) continue;
      std::string_view stems[6];
      int ns = toks[i].is_arabic ? ArabicStems(toks[i].text, stems) : 1;
      if (!toks[i].is_arabic) stems[0] = toks[i].text;
      std::set<uint32_t> tried;
      for (int k = 0; k < ns; ++k) {
        const std::vector<uint32_t>* bucket = cues_.Bucket(Key(stems[k]));
        if (bucket == nullptr) continue;
        for (uint32_t ci : *bucket) {
          if (!tried.insert(ci).second) continue;
          const Cue& cue = cues_.cues()[ci];
          if (!WordMatches(cue.tokens[0], toks[i])) continue;
          // Later words of a relation cue may come a few words on ("fired
          // around 180 ballistic missiles at"): up to kCueGap plain words
          // (no actor, no punctuation) in all.
          // Hedges, negations and verbs of saying match as written.
          const uint32_t kCueGap = cue.relation != nullptr ? 3 : 0;
          uint32_t j = i, skipped = 0;
          bool ok = true;
          for (size_t w = 1; w < cue.tokens.size() && ok; ++w) {
            ++j;
            while (j < toks.size() && skipped < kCueGap && toks[j].is_word && !inside_mention(j) &&
                   !WordMatches(cue.tokens[w], toks[j])) {
              ++j;
              ++skipped;
            }
            ok = j < toks.size() && !inside_mention(j) && WordMatches(cue.tokens[w], toks[j]);
          }
          if (ok) hits.push_back({&cue, i, j});
        }
      }
    }
    // Keep hits not inside a longer one.
    std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) {
      return std::make_tuple(a.last - a.first, b.first) > std::make_tuple(b.last - b.first, a.first);
    });
    std::vector<CueHit> kept;
    for (const CueHit& h : hits) {
      bool covered = false;
      for (const CueHit& k : kept) {
        if (h.first <= k.last && k.first <= h.last &&
            (k.last - k.first > h.last - h.first)) covered = true;
      }
      if (!covered) kept.push_back(h);
    }
    std::sort(kept.begin(), kept.end(), [](const CueHit& a, const CueHit& b) {
      return std::tie(a.first, a.cue->line) < std::tie(b.first, b.cue->line);
    });

    // A cue that ends in its own preposition ("fired missiles at", "opened
    // fire on") governs the actor right after it: that preposition marks
    // the cue's object, not a place ("at Israel" is no venue here).
    for (const CueHit& h : kept) {
      if (h.cue->tokens.size() < 2 || PrepOfWord(toks[h.last].text) != Prep::kIn) continue;
      for (size_t k = 0; k < mentions.size(); ++k) {
        if (mentions[k].first == h.last + 1) args[k].prep = Prep::kNone;
      }
    }

    bool hedged = false;
    for (const CueHit& h : kept) hedged |= h.cue->frame == Frame::kHedge;
    // The source of a reported claim: the subject of a verb of saying,
    // after it in Arabic ("قالت مصادر باكستانية") and in English inversion
    // ("said the four officials"), before it otherwise ("officials said").
    std::string speaker;
    auto function_word = [](std::string_view w) {
      return w == "\xD8\xA7\xD9\x86" /* ان */ || w == "\xD9\x81\xD9\x8A" /* في */ ||
             w == "\xD9\x81\xD9\x8A\xD9\x87" /* فيه */ || w == "\xD8\xB9\xD9\x86" /* عن */ ||
             w == "that" || w == "on" || w == "in" || w == "it" || w == "he" || w == "she" ||
             w == "they" || w == "this" || w == "there" || w == "and" || w == "a";
    };
    for (const CueHit& h : kept) {
      if (h.cue->frame != Frame::kSpeech || !speaker.empty()) continue;
      bool arabic = toks[h.first].is_arabic;
      bool inverted = !arabic && h.last + 1 < toks.size() && toks[h.last + 1].text == "the";
      bool after = arabic || inverted;
      const Mention* best = nullptr;
      for (const Mention& m : mentions) {
        size_t k = static_cast<size_t>(&m - mentions.data());
        if (args[k].prep == Prep::kIn) continue;
        if (after && m.first > h.last && m.first - h.last <= 4) {
          best = &m;
          break;
        }
        if (!after && m.last < h.first && h.first - m.last <= 2) best = &m;
      }
      if (best != nullptr) {
        speaker = surface(*best);
        continue;
      }
      // No actor: the words that name the source ("officials", "مصادر").
      std::vector<uint32_t> words;
      if (after) {
        for (uint32_t j = h.last + 1; j < toks.size() && words.size() < 4; ++j) {
          if (!toks[j].is_word || function_word(toks[j].text)) break;
          words.push_back(j);
        }
      } else {
        for (uint32_t j = h.first; j > 0 && words.size() < 3; --j) {
          if (!toks[j - 1].is_word || function_word(toks[j - 1].text)) break;
          words.insert(words.begin(), j - 1);
        }
      }
      if (!words.empty()) {
        uint32_t b = s.OriginalBegin(words.front()), e = s.OriginalEnd(words.back());
        speaker = doc.text.substr(b, e - b);
      }
    }
    std::string event_date = ResolveRelativeDate(toks, ctx.date);
    auto token_gap = [&](uint32_t a, uint32_t b) {  // word tokens strictly between
      uint32_t n = 0;
      for (uint32_t j = a + 1; j < b; ++j) n += toks[j].is_word;
      return n;
    };
    // Whether no clause boundary stands strictly between tokens a and b.
    auto same_clause = [&](uint32_t a, uint32_t b) {
      for (uint32_t j = a + 1; j < b; ++j) {
        if (IsClauseBoundary(toks[j])) return false;
      }
      return true;
    };
    auto negated_at = [&](const CueHit& h) {
      for (const CueHit& n : kept) {
        if (n.cue->frame == Frame::kDenial && n.last < h.first) return true;
        if (n.cue->frame != Frame::kNegation || n.last >= h.first) continue;
        // Within four words ("fears of an all-out war": a hyphen is no word).
        if (token_gap(n.last, h.first) < 4) return true;
      }
      return false;
    };

    auto emit = [&](ActorIndex sub, const RelationInfo* rel, ActorIndex obj,
                    bool neg, const std::string& sub_surface,
                    const std::string& obj_surface, uint32_t cb, uint32_t ce,
                    const char* how) {
      if (sub == kNoActor || obj == kNoActor || sub == obj) return;
      ActorKind sk = actor(sub).kind, ok = actor(obj).kind;
      // Places do not act; only visits and attacks have a place as object.
      if (sk == ActorKind::kCity) return;
      if (ok == ActorKind::kCity && rel->name != "visit" && rel->name != "attack") return;
      if ((rel->name == "leads" || rel->name == "member_of") &&
          (ok == ActorKind::kPerson || ok == ActorKind::kCity)) return;
      if (rel->name == "child_of" && (sk != ActorKind::kPerson || ok != ActorKind::kPerson)) return;
      auto key = std::make_tuple(sub, rel, obj, neg);
      if (rel->symmetric && sub > obj) key = std::make_tuple(obj, rel, sub, neg);
      if (!seen.insert(std::tuple_cat(key)).second) {
        // Same fact again: a new piece of evidence only in a new sentence.
        for (const Triple& t : result.triples) {
          if (t.sentence == si && t.relation == rel &&
              ((t.subject == sub && t.object == obj) ||
               (rel->symmetric && t.subject == obj && t.object == sub)))
            return;
        }
      }
      Triple t;
      t.subject = sub;
      t.object = obj;
      t.relation = rel;
      t.negated = neg;
      t.hedged = hedged;
      t.sentence = si;
      t.begin = spans[si].begin;
      t.end = spans[si].end;
      t.cue_begin = cb;
      t.cue_end = ce;
      t.subject_surface = sub_surface;
      t.object_surface = obj_surface;
      t.derivation = how;
      t.speaker = speaker;
      t.event_date = event_date;
      result.triples.push_back(std::move(t));
    };

    // Mentions on each side of a cue, within the clause.
    auto left_of = [&](uint32_t pos) {
      std::vector<size_t> out;
      uint32_t words = 0;
      for (long j = static_cast<long>(pos) - 1; j >= 0 && words < 18; --j) {
        if (IsClauseBoundary(toks[j]) && !inside_mention(static_cast<uint32_t>(j))) break;
        if (toks[j].is_word) ++words;
      }
      uint32_t stop = pos;
      {
        long j = static_cast<long>(pos) - 1;
        uint32_t w = 0;
        for (; j >= 0 && w < 18; --j) {
          if (IsClauseBoundary(toks[j]) && !inside_mention(static_cast<uint32_t>(j))) break;
          if (toks[j].is_word) ++w;
        }
        stop = static_cast<uint32_t>(j + 1);
      }
      for (size_t k = 0; k < mentions.size(); ++k) {
        if (mentions[k].first >= stop && mentions[k].last < pos) out.push_back(k);
      }
      return out;
    };
    auto right_of = [&](uint32_t pos, uint32_t limit = 26) {
      std::vector<size_t> out;
      uint32_t j = pos + 1, w = 0;
      for (; j < toks.size() && w < limit; ++j) {
        if (IsClauseBoundary(toks[j]) && !inside_mention(static_cast<uint32_t>(j))) break;
        if (toks[j].text == "," && j + 1 < toks.size() && toks[j + 1].text == "and") {
          // ", and" starts a new clause unless an actor follows it.
          size_t next = j + 2;
          if (next < toks.size() && toks[next].text == "the") ++next;
          bool actor_next = false;
          for (const Mention& m : mentions) actor_next |= m.first == next;
          if (!actor_next) break;
        }
        if (toks[j].is_word) ++w;
      }
      for (size_t k = 0; k < mentions.size(); ++k) {
        if (mentions[k].first > pos && mentions[k].last < j) out.push_back(k);
      }
      return out;
    };
    auto usable = [&](size_t k, const RelationInfo* rel) {
      const Arg& a = args[k];
      if (a.weak || a.modifier) return false;
      bool place_ok = rel->name == "visit" || rel->name == "attack";
      if (a.prep == Prep::kIn && !place_ok) return false;
      ActorKind kind = actor(a.m->actor).kind;
      if (kind == ActorKind::kCity && !place_ok) return false;
      return true;
    };
    auto filter = [&](std::vector<size_t> v, const RelationInfo* rel) {
      v.erase(std::remove_if(v.begin(), v.end(), [&](size_t k) { return !usable(k, rel); }),
              v.end());
      return v;
    };
    // k and the mentions coordinated with it after (or before) it.
    auto single = [](const RelationInfo* rel) {
      return rel->name == "leads" || rel->name == "member_of" || rel->name == "child_of";
    };
    // A list is linked by and / و; commas join it only before the last
    // and ("Egypt, Saudi Arabia and the UAE"), never on their own (an
    // apposition: "صدام حفتر، نائب قائد ...").
    auto group_right = [&](size_t k, const RelationInfo* rel) {
      std::vector<size_t> g{k};
      if (single(rel)) return g;
      size_t keep = 1;
      for (size_t j = k + 1; j < mentions.size() && args[j].conj; ++j) {
        if (usable(j, rel)) g.push_back(j);
        if (!args[j].comma_only) keep = g.size();
      }
      g.resize(keep);
      return g;
    };
    auto group_left = [&](size_t k, const RelationInfo* rel) {
      std::vector<size_t> g{k};
      if (single(rel)) return g;
      bool and_seen = false;
      for (size_t j = k; j > 0 && args[j].conj; --j) {
        and_seen |= !args[j].comma_only;
        if (!and_seen) break;
        if (usable(j - 1, rel)) g.insert(g.begin(), j - 1);
      }
      return g;
    };

    // The first actor after the subject group that is not the subject
    // again, with the list it heads.
    auto object_after = [&](const std::vector<size_t>& subj, const std::vector<size_t>& R,
                            const RelationInfo* rel) -> std::vector<size_t> {
      for (size_t k : R) {
        bool same = false;
        for (size_t j : subj) same |= mentions[j].actor == mentions[k].actor;
        if (k > subj.back() && !same) return group_right(k, rel);
      }
      return {};
    };
    std::vector<ActorIndex> sentence_subjects;
    for (size_t hi = 0; hi < kept.size(); ++hi) {
      const CueHit& h = kept[hi];
      // A generic cooperation noun takes its relation from the field named
      // with it ("التعاون بين البلدين في مجال الطاقة", "cooperation in the
      // field of combating terrorism"), and then links the pair around it
      // as the specific cooperation cues do.
      Cue resolved;
      const Cue* cue_ptr = h.cue;
      if (cue_ptr->frame == Frame::kCoop) {
        const RelationInfo* field = nullptr;
        for (const CueHit& d : kept) {
          if (d.cue->frame != Frame::kDomain || field != nullptr) continue;
          const bool after = d.first > h.last;
          if (!after && d.last + 1 != h.first) continue;  // "military cooperation" directly
          const uint32_t from = after ? h.last : d.last, to = after ? d.first : h.first;
          if (same_clause(from, to) && token_gap(from, to) <= 8) field = d.cue->relation;
        }
        if (field == nullptr) continue;
        resolved = *cue_ptr;
        resolved.frame = Frame::kSym;  // as the specific cooperation cues
        resolved.relation = field;
        cue_ptr = &resolved;
      }
      const Cue& cue = *cue_ptr;
      if (cue.relation == nullptr || cue.frame == Frame::kDomain) continue;
      const RelationInfo* rel = cue.relation;
      // "أبرمت ... اتفاقية دفاع مشترك مع", "signed a defence pact with": the
      // signing verb takes the specific agreement its object names.
      if (rel->name == "sign_agreement" && cue.frame == Frame::kVerb) {
        for (size_t hj = hi + 1; hj < kept.size(); ++hj) {
          const RelationInfo* r2 = kept[hj].cue->relation;
          if (r2 == nullptr) continue;
          if (token_gap(h.last, kept[hj].first) > 3) break;
          if (r2->name == "arms_deal" || r2->name == "defense_pact" ||
              r2->name == "economic_cooperation") {
            rel = r2;
            break;
          }
        }
      }
      bool neg = negated_at(h);
      bool arabic = toks[h.first].is_arabic;
      uint32_t cb = s.OriginalBegin(h.first), ce = s.OriginalEnd(h.last);
      std::vector<size_t> L = filter(left_of(h.first), rel);
      std::vector<size_t> R = filter(right_of(h.last), rel);
      // A cue inside a relative clause ("Araghchi, who arrived in Riyadh,
      // held talks with ...") takes its object before the comma closing it.
      for (uint32_t back = 1; back <= 2 && back <= h.first; ++back) {
        if (!IsRelativePronoun(toks[h.first - back].text)) continue;
        for (uint32_t j = h.last + 1; j < toks.size(); ++j) {
          if (!IsComma(toks[j].text)) continue;
          std::erase_if(R, [&](size_t k) { return mentions[k].first > j; });
          break;
        }
        break;
      }
      // A relative clause after the cue ("..., which backs the army") has
      // its own verb: what it names is not this cue's object.
      for (uint32_t j = h.last + 1; j < toks.size(); ++j) {
        if (!IsRelativePronoun(toks[j].text)) continue;
        R.erase(std::remove_if(R.begin(), R.end(), [&](size_t k) { return mentions[k].first > j; }),
                R.end());
        break;
      }
      if (cue.frame == Frame::kEscort) {
        // "ورافق خليفة في الزيارة نجله صدام وأسامة حماد": the one escorted
        // is named right after an Arabic cue, or is the clause's subject
        // ("Haftar visited Moscow, accompanied by ..."); the others named
        // after the cue went along, to where that one last went.
        std::vector<size_t> after = filter(right_of(h.last), rel);
        ActorIndex principal = kNoActor;
        size_t first_companion = 0;
        if (arabic && !after.empty() && token_gap(h.last, mentions[after[0]].first) <= 1) {
          principal = mentions[after[0]].actor;
          first_companion = 1;
        } else if (!arabic && sentence_subjects.empty()) {
          for (size_t k : L) {
            if (args[k].prep == Prep::kNone && principal == kNoActor) principal = mentions[k].actor;
          }
        }
        if (principal == kNoActor && !sentence_subjects.empty()) principal = sentence_subjects.front();
        if (principal == kNoActor && last_subject_sentence + 1 >= si && !last_subjects.empty()) {
          principal = last_subjects.front();
        }
        ActorIndex destination = kNoActor;
        std::string destination_surface;
        for (auto it = result.triples.rbegin(); it != result.triples.rend(); ++it) {
          if (it->relation->name == "visit" && it->subject == principal && !it->negated &&
              actor(it->object).kind != ActorKind::kPerson) {
            destination = it->object;
            destination_surface = it->object_surface;
            break;
          }
        }
        if (destination == kNoActor) continue;
        for (size_t c = first_companion; c < after.size(); ++c) {
          const ActorIndex who = mentions[after[c]].actor;
          if (who == principal || who == destination || actor(who).kind == ActorKind::kState) continue;
          emit(who, rel, destination, neg, surface(mentions[after[c]]), destination_surface, cb, ce,
               "companion");
        }
        continue;
      }
      // "أدانت مصر الهجمات على بورتسودان", "condemned the attacks on
      // civilians": what an attack noun governs is its target, not the one
      // condemned.
      if (rel->name == "condemn") {
        for (const CueHit& a : kept) {
          if (a.first <= h.last || a.cue->relation == nullptr || a.cue->relation->name != "attack" ||
              a.cue->frame != Frame::kNoun) {
            continue;
          }
          std::erase_if(R, [&](size_t k) { return mentions[k].first > a.last; });
          break;
        }
      }
      std::vector<size_t> subj, obj;
      // "talks between A, B and C": every pair of the list, not only the
      // pairs with A.
      bool all_pairs = false;

      auto first_with = [&](const std::vector<size_t>& v, std::initializer_list<Prep> preps) -> long {
        for (size_t k : v) {
          for (Prep p : preps) {
            if (args[k].prep == p) return static_cast<long>(k);
          }
        }
        return -1;
      };

      switch (cue.frame) {
        case Frame::kKin: {
          // "صدام، نجل خليفة حفتر" / "Saddam, son of Khalifa Haftar".
          if (!L.empty() && !R.empty()) {
            subj = {L.back()};
            obj = {R.front()};
          }
          break;
        }
        case Frame::kKinPron: {
          // "ورافق خليفة نجله صدام": Saddam child_of Khalifa.
          if (!R.empty() && token_gap(h.last, mentions[R.front()].first) <= 1) {
            subj = {R.front()};
            for (auto it = L.rbegin(); it != L.rend(); ++it) {
              if (actor(mentions[*it].actor).kind == ActorKind::kPerson) {
                obj = {*it};
                break;
              }
            }
          }
          break;
        }
        case Frame::kPassive: {
          long agent = first_with(R, {Prep::kFrom, Prep::kBy, Prep::kNone});
          // The patient is what the participle qualifies: right before it.
          // (not itself the agent of another participle: "من تركيا").
          if (agent >= 0 && !L.empty() && token_gap(mentions[L.back()].last, h.first) <= 3 &&
              args[L.back()].prep != Prep::kIn && args[L.back()].prep != Prep::kFrom &&
              args[L.back()].prep != Prep::kBy) {
            subj = group_right(static_cast<size_t>(agent), rel);
            obj = group_left(L.back(), rel);
          }
          break;
        }
        case Frame::kSym:
        case Frame::kVerb:
        case Frame::kHost:
        case Frame::kSupply:
        case Frame::kNoun: {
          // A participle in a hyphenated adjective ("the UAE-backed RSF",
          // "a NATO-backed uprising"): the agent just before the hyphen, the
          // one acted on just after, or nobody.
          if (!arabic && h.first >= 1 && toks[h.first - 1].text == "-") {
            long agent = -1, patient = -1;
            for (size_t k : L) {
              if (mentions[k].last + 2 == h.first) agent = static_cast<long>(k);
            }
            for (size_t k : R) {
              if (mentions[k].first == h.last + 1 && patient < 0) patient = static_cast<long>(k);
            }
            if (agent >= 0 && patient >= 0) {
              subj = {static_cast<size_t>(agent)};
              obj = group_right(static_cast<size_t>(patient), rel);
            }
            break;
          }
          // "between X and Y", "jointly developed by X and Y".
          long between = rel->symmetric ? first_with(R, {Prep::kBetween, Prep::kBy}) : -1;
          if (between >= 0 && token_gap(h.last, mentions[between].first) > 5) between = -1;
          if (between >= 0) {
            std::vector<size_t> g = group_right(static_cast<size_t>(between), rel);
            if (g.size() >= 2) {
              subj = {g[0]};
              obj.assign(g.begin() + 1, g.end());
              all_pairs = g.size() >= 3;
              break;
            }
          }
          // A state word after "between X and Y" ("relations between the
          // two countries have been strained", "العلاقات بين البلدين قطيعة").
          if (rel->symmetric && cue.frame == Frame::kSym) {
            long left_between = -1;
            for (size_t k : L) {
              // The first of a pair written as one word ("البلدين").
              bool pair_second = k > 0 && mentions[k - 1].first == mentions[k].first;
              if (args[k].prep == Prep::kBetween && !pair_second) left_between = static_cast<long>(k);
            }
            if (left_between >= 0) {
              std::vector<size_t> g = group_right(static_cast<size_t>(left_between), rel);
              if (g.size() >= 2 && mentions[g.back()].last < h.first &&
                  token_gap(mentions[g.back()].last, h.first) <= 4) {
                subj = {g[0]};
                obj.assign(g.begin() + 1, g.end());
                break;
              }
            }
          }
          // "اتهم البرهان الإمارات بتزويد قوات الدعم السريع": the charge
          // (a masdar with ب after an accusation) is the accused's act, not
          // the accuser's: its subject is the actor just before it.
          if (arabic && cue.frame != Frame::kSym && StartsWith(toks[h.first].text, "\xD8\xA8") &&
              !TokenMatches(h.cue->tokens[0], toks[h.first].text)) {
            bool charge = false;
            for (const CueHit& a : kept) {
              if (a.cue->relation == nullptr || a.cue->relation->name != "accuse" || a.last >= h.first) continue;
              charge |= same_clause(a.last, h.first);
            }
            long accused = -1;
            for (size_t k : L) {
              if (mentions[k].last + 1 == h.first) accused = static_cast<long>(k);
            }
            if (charge && accused >= 0) {
              subj = {static_cast<size_t>(accused)};
              if (!R.empty() && token_gap(h.last, mentions[R.front()].first) <= 2) {
                obj = group_right(R.front(), rel);
              }
              break;
            }
          }
          // "Cairo, which backs the army", "الإمارات التي تدعم قوات الدعم
          // السريع": a relative pronoun right before the verb makes the
          // actor before it the subject, whatever governs that actor.
          // Auxiliaries and adverbs may stand between ("who have fought",
          // "which has long backed").
          uint32_t pronoun = h.first;
          for (uint32_t j = h.first; j > 1 && h.first - j < 3;) {
            --j;
            std::string_view w = toks[j].text;
            // "that" right before a verb is a relative ("an uprising that
            // toppled ..."), not "said that".
            if (IsRelativePronoun(w) || (w == "that" && !arabic)) {
              pronoun = j;
              break;
            }
            if (w != "have" && w != "has" && w != "had" && w != "is" && w != "are" && w != "was" &&
                w != "were" && w != "been" && w != "long" && w != "also") {
              break;
            }
          }
          const bool verb_like = cue.frame == Frame::kVerb || cue.frame == Frame::kSupply ||
                                 (cue.frame == Frame::kSym && !arabic);
          if (verb_like && pronoun < h.first && pronoun > 0) {
            long antecedent = -1;
            for (size_t k : L) {
              const uint32_t end = mentions[k].last;
              if (end + 1 == pronoun ||
                  (end + 2 == pronoun && IsComma(toks[end + 1].text))) {
                antecedent = static_cast<long>(k);
              }
            }
            // "the Houthis in Yemen, who ...": the head before a place.
            if (antecedent < 0) {
              for (size_t k = 0; k < mentions.size(); ++k) {
                const uint32_t end = mentions[k].last;
                if (end >= pronoun || pronoun - end > 6 || args[k].prep == Prep::kIn) continue;
                bool place_between = false;
                for (size_t q = k + 1; q < mentions.size() && mentions[q].last < pronoun; ++q) {
                  place_between |= args[q].prep == Prep::kIn;
                }
                if (place_between) antecedent = static_cast<long>(k);
              }
            }
            // The clause is about a thing, not an actor: no subject here.
            uint32_t head = pronoun - 1;
            if (head > 0 && IsComma(toks[head].text)) --head;
            if (antecedent < 0 && !arabic && !inside_mention(head)) break;
            if (antecedent >= 0 && !R.empty()) {
              long o = arabic ? static_cast<long>(R.front())
                              : first_with(R, {Prep::kNone, Prep::kWith, Prep::kTo, Prep::kOn,
                                               Prep::kAgainst, Prep::kFor});
              if (cue.frame == Frame::kSupply) o = first_with(R, {Prep::kTo, Prep::kFor, Prep::kWith});
              if (o >= 0) {
                subj = group_left(static_cast<size_t>(antecedent), rel);
                obj = group_right(static_cast<size_t>(o), rel);
                break;
              }
            }
          }
          bool noun = cue.frame == Frame::kNoun || cue.frame == Frame::kSym;
          // A subject is never governed by a preposition; an Arabic verb
          // with و or ف on it opens a new clause ("والتقى حفتر ..."), so
          // nothing before it is its subject.
          std::vector<size_t> Ls;
          bool opens_clause = arabic && !noun &&
                              (StartsWith(toks[h.first].text, "\xD9\x88") ||
                               StartsWith(toks[h.first].text, "\xD9\x81")) &&
                              !TokenMatches(h.cue->tokens[0], toks[h.first].text);  // و not a root letter
          for (size_t k : L) {
            if (args[k].prep == Prep::kNone && !opens_clause) Ls.push_back(k);
          }
          // "Egypt condemned the attack on Sudan", "أدانت مصر الهجمات على
          // بورتسودان": the condemned attack is not the condemner's.
          if (noun && rel->name == "attack") {
            for (const CueHit& c : kept) {
              if (c.cue->relation == nullptr || c.cue->relation->name != "condemn" || c.last >= h.first) continue;
              if (token_gap(c.last, h.first) <= 3) Ls.clear();
            }
          }
          // "Minawi, whose movement fights beside the army, accused the
          // RSF": a relative clause closed by a comma just before the verb
          // holds no subject of it.
          // The comma closing it may be a word before the cue ("اللقاء، الذي
          // حضره ... قالن، تناول التعاون").
          uint32_t closing = h.first;
          for (uint32_t j = h.first; j > 0 && h.first - j < 3;) {
            --j;
            if (IsComma(toks[j].text)) {
              closing = j;
              break;
            }
            if (!toks[j].is_word || inside_mention(j)) break;
          }
          if (!Ls.empty() && closing < h.first) {
            for (uint32_t j = closing, words = 0; j > 0 && words < 18; --j) {
              if (IsRelativePronoun(toks[j].text)) {
                std::erase_if(Ls, [&](size_t k) { return mentions[k].first > j; });
                break;
              }
              if (IsClauseBoundary(toks[j])) break;
              words += toks[j].is_word;
            }
          }
          long after = R.empty() ? -1 : static_cast<long>(R.front());
          // A verb that opens its clause may have its subject a few words
          // on ("استقبل وزيرا الخارجية والدفاع التركيان، هاكان فيدان").
          uint32_t reach = arabic && Ls.empty() && !noun ? 6 : 2;
          bool after_bare = after >= 0 && args[after].prep == Prep::kNone &&
                            token_gap(h.last, mentions[after].first) <= reach;
          bool before_adjacent =
              !Ls.empty() && token_gap(mentions[Ls.back()].last, h.first) <= 2;
          // Arabic event nouns: the genitive right after is the agent
          // (زيارة حفتر إلى), "قام X بزيارة" has it before; a bare definite
          // noun (وخلال اللقاء) points back and takes no arguments.
          bool arabic_noun = arabic && cue.frame == Frame::kNoun;
          std::string_view cue_word = toks[h.first].text;
          bool with_ba = arabic_noun && StartsWith(cue_word, "\xD8\xA8");  // ب
          // "زار بنغازي للقاء خليفة حفتر": a masdar of purpose; its
          // genitive is the object, the clause's subject its subject.
          bool purpose = arabic_noun && StartsWith(cue_word, "\xD9\x84") &&
                         !StartsWith(cue_word, "\xD9\x84\xD9\x82");  // ل, not لق...
          // "كان في استقباله الرئيس أردوغان", "أكدت مصر دعمها للجيش": an event
          // noun with a pronoun on it is the act of the one the pronoun
          // stands for (the actor before it, or the clause's subject carried
          // below) towards the actor named after it.
          if (arabic_noun && after >= 0 && token_gap(h.last, mentions[after].first) <= 3) {
            std::string_view stem = StripArabicArticle(cue_word);
            std::string_view base = h.cue->tokens[0];
            const bool prefix_cue = !base.empty() && base.back() == '*';
            if (prefix_cue) base.remove_suffix(1);
            const size_t at = stem.find(base);
            // The word from where the cue starts: "دعمها", "لقائه".
            std::string_view word = at == std::string_view::npos ? std::string_view() : stem.substr(at);
            auto ends_with = [&](std::string_view e) {
              return word.size() > e.size() && word.substr(word.size() - e.size()) == e;
            };
            // A lone ه may be a folded ة (زيارة, قمة): taken as a pronoun only
            // after a meeting noun's stem (لقائه, استقباله).
            const bool pronoun = ends_with("\xD9\x87\xD8\xA7") ||                          // ها
                                 ends_with("\xD9\x87\xD9\x85\xD8\xA7") ||                // هما
                                 ends_with("\xD9\x87\xD9\x85") ||                          // هم
                                 (prefix_cue && rel->name == "meet" && word.size() >= base.size() &&
                                  word.substr(base.size()) == "\xD9\x87");                   // ه
            if (pronoun) {
              obj = group_right(static_cast<size_t>(after), rel);
              if (!Ls.empty()) subj = group_left(Ls.back(), rel);
              break;
            }
          }
          if (purpose && after >= 0 && mentions[after].first == h.last + 1) {
            obj = group_right(static_cast<size_t>(after), rel);
            if (!Ls.empty()) subj = group_left(Ls.back(), rel);
            else if (!sentence_subjects.empty()) {
              // filled from the clause subject below
            }
            break;
          }
          if ((arabic_noun || (arabic && cue.frame == Frame::kSym && !StartsWith(cue_word, "\xD9\x8A") &&
                               !StartsWith(cue_word, "\xD8\xAA"))) &&
              after_bare &&
              (token_gap(h.last, mentions[after].first) > 0 || mentions[after].first != h.last + 1)) {
            after_bare = false;  // a genitive follows its noun directly
          }
          if (arabic && cue.frame == Frame::kSupply && after_bare &&
              mentions[after].first == h.last + 1 && !before_adjacent) {
            // "تزويد الجيش بطائرات": the supply masdar's genitive receives.
            obj = group_right(static_cast<size_t>(after), rel);
            if (!Ls.empty()) subj = group_left(Ls.back(), rel);
            break;
          }
          if (arabic && after_bare && !noun && rel->name == "visit" && !before_adjacent &&
              (actor(mentions[after].actor).kind == ActorKind::kState ||
               actor(mentions[after].actor).kind == ActorKind::kCity) &&
              std::none_of(R.begin(), R.end(), [&](size_t k) {
                return actor(mentions[k].actor).kind == ActorKind::kPerson;
              })) {
            // "وقد زار روسيا": a place right after the verb is where the
            // clause's subject went.
            obj = {static_cast<size_t>(after)};
            if (!Ls.empty()) subj = group_left(Ls.back(), rel);
            break;
          }
          if (arabic && after_bare && (!before_adjacent || noun) && !with_ba) {
            // Verb-first (التقى خليفة بمنير) or genitive (زيارة حفتر إلى).
            subj = group_right(static_cast<size_t>(after), rel);
            obj = object_after(subj, R, rel);
            // "زار أردوغان القاهرة والتقى السيسي": a verb opening a second
            // clause, with one actor after it and nothing more, continues
            // the sentence's subject; that actor is its object.
            if (obj.empty() && opens_clause && !sentence_subjects.empty() &&
                std::none_of(subj.begin(), subj.end(), [&](size_t k) {
                  return std::find(sentence_subjects.begin(), sentence_subjects.end(),
                                   mentions[k].actor) != sentence_subjects.end();
                })) {
              obj.swap(subj);
            }
          } else if (arabic_noun && !with_ba) {
            // No genitive: the noun is the object of a light verb ("قدمت كل
            // من السعودية ومصر الدعم لخليفة"), whose subject is the bare
            // actor before it; the other side takes a preposition.
            bool light_verb = false;
            if (!Ls.empty()) {
              for (uint32_t j = mentions[Ls.back()].last + 1; j < h.first && !light_verb; ++j) {
                light_verb = IsLightVerb(toks[j]);
              }
              // Verb-first: "وقدمت كل من السعودية ومصر الدعم", "أجرى قائد
              // القوات ... صدام حفتر زيارة": the light verb opens the clause.
              uint32_t head = mentions[group_left(Ls.back(), rel).front()].first;
              long j = static_cast<long>(head) - 1;
              for (uint32_t w = 0; j >= 0 && w < 12 && !light_verb; --j) {
                if (IsClauseBoundary(toks[j]) || IsComma(toks[j].text)) break;
                if (toks[j].is_word) ++w;
                light_verb = IsLightVerb(toks[j]);
              }
            }
            if (!Ls.empty() && light_verb) {
              subj = group_left(Ls.back(), rel);
              long o = first_with(R, {Prep::kTo, Prep::kWith, Prep::kOn, Prep::kAgainst});
              if (o >= 0) obj = group_right(static_cast<size_t>(o), rel);
            }
          } else if (!arabic && noun && after >= 0 && args[after].prep == Prep::kOf &&
                     !before_adjacent) {
            // "the visit of X to Y".
            subj = group_right(static_cast<size_t>(after), rel);
            obj = object_after(subj, R, rel);
          } else {
            if (!Ls.empty()) {
              // An English event noun with no possessor before it belongs to
              // the clause's subject, not to the object of an earlier verb:
              // "Haftar visited Moscow to hold talks with ...".
              size_t pick = Ls.back();
              uint32_t gap = token_gap(mentions[Ls.back()].last, h.first);
              bool possessor = gap == 0 || (gap == 1 && toks[mentions[Ls.back()].last + 1].text == "'s");
              if (!arabic && noun && !possessor) {
                pick = Ls.front();
                // The whole list the subject is in ("the two countries").
                subj = group_left(pick, rel);
                for (size_t k : group_right(pick, rel)) {
                  if (k != pick && mentions[k].last < h.first) subj.push_back(k);
                }
              } else {
                subj = group_left(pick, rel);
              }
            }
            if (after >= 0) {
              if (noun && !arabic) {
                // "talks with X", "support for X", "attack on X"; "talks on
                // Sudan" are about Sudan.
                long o = rel->polarity == Polarity::kHostile
                             ? first_with(R, {Prep::kOn, Prep::kAgainst, Prep::kWith, Prep::kTo, Prep::kOf,
                                              Prep::kBetween})
                             : first_with(R, {Prep::kTo, Prep::kWith, Prep::kFor, Prep::kOf, Prep::kBetween});
                if (o >= 0) obj = group_right(static_cast<size_t>(o), rel);
              } else if (cue.frame == Frame::kSupply) {
                // The recipient follows what is supplied closely: "الأسلحة إلى
                // قوات الدعم السريع", "weapons to the RSF".
                long o = first_with(R, {Prep::kTo, Prep::kFor, Prep::kWith});
                if (o >= 0 && token_gap(h.last, mentions[o].first) > 4) o = -1;
                if (o >= 0) obj = group_right(static_cast<size_t>(o), rel);
              } else if (cue.frame == Frame::kSym && arabic) {
                // "ترتبط باكستان بعلاقات جيدة مع كل من الإمارات": the other
                // side comes with مع / ب / ل, or right after the cue.
                long o = first_with(R, {Prep::kWith, Prep::kTo, Prep::kFrom});
                if (o < 0 && token_gap(h.last, mentions[after].first) == 0) o = after;
                if (o >= 0) obj = group_right(static_cast<size_t>(o), rel);
              } else if (!arabic) {
                // An English verb's object is bare or takes with / to / on /
                // against; "of his forces", "from X" modify something else.
                long o = first_with(R, {Prep::kNone, Prep::kWith, Prep::kTo, Prep::kOn,
                                        Prep::kAgainst, Prep::kFor});
                // A reception's guest follows it ("welcomed Sisi", "hosted
                // the Qatari emir"); "welcomed the sanctions on Sudan" is
                // no reception.
                if (o >= 0 && cue.frame == Frame::kHost && token_gap(h.last, mentions[o].first) > 3) o = -1;
                if (o >= 0) obj = group_right(static_cast<size_t>(o), rel);
              } else {
                obj = group_right(static_cast<size_t>(after), rel);
              }
            }
            if (cue.frame == Frame::kSupply && obj.empty() && Ls.size() >= 2) {
              // "Haftar supports the RSF with fuel and weapons", "يزود X بالأسلحة".
              bool with = arabic && StartsWith(cue_word, "\xD8\xA8");
              for (uint32_t j = mentions[Ls.back()].last + 1; j < h.first && !with; ++j) {
                with = toks[j].text == "with";
              }
              if (with) {
                obj = {Ls.back()};
                subj = group_left(Ls[Ls.size() - 2], rel);
              }
            }
          }
          if (rel->symmetric && obj.empty() && subj.size() >= 2) {
            // "Pakistan and Saudi Arabia signed ...": the pair itself.
            obj.assign(subj.begin() + 1, subj.end());
            subj.resize(1);
          }
          break;
        }
        default:
          break;
      }
      std::vector<ActorIndex> subj_actors, obj_actors;
      for (size_t k : subj) subj_actors.push_back(mentions[k].actor);
      for (size_t k : obj) obj_actors.push_back(mentions[k].actor);
      if (subj_actors.empty() && !obj_actors.empty() && arabic &&
          (cue.frame == Frame::kVerb || cue.frame == Frame::kNoun) &&
          (!sentence_subjects.empty() || (last_subject_sentence + 1 >= si && !last_subjects.empty()))) {
        // A verb with no written subject continues the previous one.
        subj_actors = sentence_subjects.empty() ? last_subjects : sentence_subjects;
      }
      if (subj_actors.empty() || obj_actors.empty()) continue;
      auto surf = [&](ActorIndex a, const std::vector<size_t>& ks) {
        for (size_t k : ks) {
          if (mentions[k].actor == a) return surface(mentions[k]);
        }
        for (const Mention& m : mentions) {
          if (m.actor == a) return surface(m);
        }
        return actor(a).name_en;
      };
      for (ActorIndex sa : subj_actors) {
        for (ActorIndex oa : obj_actors) {
          const RelationInfo* r = rel;
          ActorKind ok = actor(oa).kind;
          (void)ok;
          if (cue.frame == Frame::kHost) {
            emit(sa, FindRelation("meet"), oa, neg, surf(sa, subj), surf(oa, obj), cb, ce, "cue");
            // The guest came to the host's state.
            const std::string& country = actor(sa).country;
            ActorIndex host_state = country.empty() ? kNoActor : lexicon_.FindById(country);
            if (host_state != kNoActor && actor(oa).country != country) {
              emit(oa, FindRelation("visit"), host_state, neg, surf(oa, obj),
                   actor(host_state).name_en, cb, ce, "reception");
            }
            continue;
          }
          emit(sa, r, oa, neg, surf(sa, subj), surf(oa, obj), cb, ce, "cue");
          if (r->name == "supply_arms") {
            // Arming someone is backing them materially (CAMEO 07).
            emit(sa, FindRelation("support"), oa, neg, surf(sa, subj), surf(oa, obj), cb, ce,
                 "implied");
          }
          if (r->name == "visit" && actor(oa).kind == ActorKind::kPerson) {
            // Visiting a leader is meeting them.
            emit(sa, FindRelation("meet"), oa, neg, surf(sa, subj), surf(oa, obj), cb, ce, "cue");
          }
        }
      }
      if (all_pairs && rel->symmetric) {
        for (size_t x = 0; x < obj_actors.size(); ++x) {
          for (size_t y = x + 1; y < obj_actors.size(); ++y) {
            if (obj_actors[x] == obj_actors[y]) continue;
            emit(obj_actors[x], rel, obj_actors[y], neg, surf(obj_actors[x], obj),
                 surf(obj_actors[y], obj), cb, ce, "cue");
          }
        }
      }
      // A passive's agent ("بقيادة X", "backed by X") is not the clause's
      // subject, which a later verb with none written would continue.
      if (!neg && cue.frame != Frame::kPassive) {
        sentence_subjects = subj_actors;
        last_subjects = subj_actors;
        last_subject_sentence = si;
      }
      // A meeting held in a place: who came from elsewhere visited it.
      if (rel->name == "meet" && !neg) {
        std::vector<size_t> around = left_of(h.first);
        for (size_t k : right_of(h.last, 40)) around.push_back(k);
        bool placed = false;
        auto visit_place = [&](ActorIndex where, const std::string& where_surface,
                               const char* how) {
          const Actor& place = actor(where);
          if (place.kind != ActorKind::kState && place.kind != ActorKind::kCity) return;
          std::string place_country = place.kind == ActorKind::kState ? place.id : place.country;
          for (const auto* side : {&subj_actors, &obj_actors}) {
            for (ActorIndex p : *side) {
              const Actor& who = actor(p);
              if (who.country.empty() || who.country == place_country) continue;
              emit(p, FindRelation("visit"), where, false, surf(p, subj), where_surface, cb, ce, how);
            }
          }
        };
        for (size_t k : around) {
          if (args[k].prep != Prep::kIn) continue;
          // A city or a capital places a meeting; "the situation in Libya"
          // does not.
          if (actor(mentions[k].actor).kind != ActorKind::kCity &&
              mentions[k].type != MentionType::kCapital) continue;
          placed = true;
          visit_place(mentions[k].actor, surface(mentions[k]), "meeting-place");
        }
        // No place named: the article's dateline ("RIYADH (Agency) -"),
        // unless the sentence takes someone elsewhere ("flew to Doha,
        // where he met ...", "arrived in Ankara").
        for (size_t k = 0; k < mentions.size() && !placed; ++k) {
          if (args[k].prep != Prep::kIn && args[k].prep != Prep::kTo) continue;
          if (mentions[k].actor == dateline) continue;  // the dateline itself
          placed = actor(mentions[k].actor).kind == ActorKind::kCity ||
                   mentions[k].type == MentionType::kCapital;
        }
        if (!placed && dateline != kNoActor) visit_place(dateline, dateline_surface, "dateline");
      }
    }
    // A specific agreement (arms deal, defence pact) between a pair makes
    // the generic "signed an agreement" between them redundant.
    auto specific = [&](const Triple& t) {
      return t.relation->name == "arms_deal" || t.relation->name == "defense_pact" ||
             t.relation->name == "economic_cooperation";
    };
    for (size_t i = sentence_first_triple; i < result.triples.size();) {
      const Triple& t = result.triples[i];
      bool redundant = false;
      if (t.relation->name == "sign_agreement") {
        for (size_t j = sentence_first_triple; j < result.triples.size(); ++j) {
          const Triple& u = result.triples[j];
          if (specific(u) && ((u.subject == t.subject && u.object == t.object) ||
                              (u.subject == t.object && u.object == t.subject)))
            redundant = true;
        }
      }
      if (redundant) {
        result.triples.erase(result.triples.begin() + static_cast<long>(i));
      } else {
        ++i;
      }
    }
  }

  // Roles: what the lexicon knows of each person named, at the document's
  // date, and what a title in the text says of one it does not know.
  auto add_role = [&](ActorIndex person, const char* relation, ActorIndex org,
                      const auto& fm, const char* how) {
    Triple t;
    t.subject = person;
    t.object = org;
    t.relation = FindRelation(relation);
    t.sentence = fm.sentence;
    t.begin = fm.span.begin;
    t.end = fm.span.end;
    t.subject_surface = fm.surface;
    t.object_surface = actor(org).name_en;
    t.derivation = how;
    result.triples.push_back(std::move(t));
  };
  for (const auto& [person, fm] : persons) {
    std::vector<const Role*> roles = lexicon_.RolesOf(person, ctx.date);
    int32_t at = ctx.date == 0 ? 99999999 : ctx.date;
    std::vector<const Role*> chosen;
    for (const Role* r : roles) {
      bool current = r->start <= at && at <= r->end;
      bool past = fm.former && r->end < at;
      if ((!current && !past) || !named.count(r->org)) continue;
      chosen.push_back(r);
    }
    // The text says the person commands something it does not name as the
    // lexicon does; the lexicon says what (its first current command).
    if (fm.heads_something &&
        std::none_of(chosen.begin(), chosen.end(), [](const Role* r) { return r->relation == "leads"; })) {
      for (const Role* r : roles) {
        if (r->relation == "leads" && r->start <= at && at <= r->end) {
          chosen.push_back(r);
          break;
        }
      }
    }
    if (chosen.empty()) {
      // A minister of a ministry, an officer of an army the text does not
      // name: a member of the state it does name.
      for (const Role* r : roles) {
        bool current = r->start <= at && at <= r->end;
        ActorIndex state = lexicon_.FindById(lexicon_.actor(r->org).country);
        if (!current || state == kNoActor || !named.count(state) ||
            lexicon_.actor(r->org).kind == ActorKind::kState) continue;
        // Only offices of the state's government: ministers, officials.
        ActorKind ok = lexicon_.actor(r->org).kind;
        if (r->relation != "member_of" && ok != ActorKind::kMinistry && ok != ActorKind::kGovernment)
          continue;
        add_role(person, "member_of", state, fm, "role");
        break;
      }
    }
    // The role that heads something says more than a membership.
    bool leads = std::any_of(chosen.begin(), chosen.end(),
                             [](const Role* r) { return r->relation == "leads"; });
    std::set<std::pair<std::string, ActorIndex>> done;
    // Heading a state or a government says it all; a minister heads a
    // ministry and is a member of the state.
    bool top_office = std::any_of(chosen.begin(), chosen.end(), [&](const Role* r) {
      ActorKind k = lexicon_.actor(r->org).kind;
      return r->relation == "leads" && (k == ActorKind::kState || k == ActorKind::kGovernment ||
                                        k == ActorKind::kMilitary || k == ActorKind::kArmedGroup);
    });
    for (const Role* r : chosen) {
      if (leads && r->relation != "leads" && top_office) continue;
      if (!done.insert({r->relation, r->org}).second) continue;
      add_role(person, r->relation.c_str(), r->org, fm, "role");
    }
    bool title_covered = std::any_of(chosen.begin(), chosen.end(),
                                     [&](const Role* r) { return r->org == fm.title_org; });
    // A title written with its org ("رئيس حكومة الوفاق فائز السراج") says
    // who led what, whatever the lexicon's dates.
    bool title_says = !fm.title_position.empty() && fm.title_org != kNoActor && !title_covered &&
                      (chosen.empty() || (IsLeadingPosition(fm.title_position) &&
                                          actor(fm.title_org).kind != ActorKind::kState));
    if (title_says) {
      add_role(person, IsLeadingPosition(fm.title_position) ? "leads" : "member_of", fm.title_org, fm, "title");
    }
  }
  result.discovered = std::move(ctx.discovered);
  std::stable_sort(result.triples.begin(), result.triples.end(),
                   [](const Triple& a, const Triple& b) { return a.sentence < b.sentence; });
  // Each triple carries its actors' records and its sentence (triple.h).
  for (Triple& t : result.triples) {
    t.subject_actor = NodeFromActor(result.ActorAt(lexicon_, t.subject));
    t.object_actor = NodeFromActor(result.ActorAt(lexicon_, t.object));
    t.doc = doc.id;
    t.date = doc.date;
    t.lang = doc.lang;
    t.text = doc.text.substr(t.begin, t.end - t.begin);
  }
  return result;
}

}  // namespace tahaluf
