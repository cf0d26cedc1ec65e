#include "tahaluf/cues.h"

#include "tahaluf/normalize.h"
#include "tsv.h"

namespace tahaluf {
namespace {

// First two code points of `w`: the cue bucket key.
std::string_view Key(std::string_view w) {
  size_t i = 0, n = 0;
  while (i < w.size() && n < 2) {
    DecodeUtf8(w, &i);
    ++n;
  }
  return w.substr(0, i);
}

}  // namespace

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

const std::vector<uint32_t>* CueLexicon::Bucket(std::string_view word) const {
  auto it = by_key_.find(std::string(Key(word)));
  return it == by_key_.end() ? nullptr : &it->second;
}

}  // namespace tahaluf
