#include "tahaluf/status.h"

namespace tahaluf {

std::string_view ErrorCodeGloss(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "no error";
    case ErrorCode::kIo: return "cannot read or write a file";
    case ErrorCode::kEncoding: return "input is not valid UTF-8";
    case ErrorCode::kEmpty: return "input holds no text";
    case ErrorCode::kSyntax: return "malformed input";
    case ErrorCode::kLexicon: return "invalid lexicon entry";
    case ErrorCode::kGraph: return "invalid graph file";
    case ErrorCode::kNotFound: return "not found";
    case ErrorCode::kUsage: return "invalid arguments";
    case ErrorCode::kStale: return "out of date";
  }
  return "unknown error";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out = source_.empty() ? std::string("<input>") : source_;
  if (line_ != kNoPosition) out += ":" + std::to_string(line_);
  out += ": ";
  if (offset_ != kNoPosition) out += "byte " + std::to_string(offset_) + ": ";
  out += message_.empty() ? std::string(ErrorCodeGloss(code_)) : message_;
  return out;
}

}  // namespace tahaluf
