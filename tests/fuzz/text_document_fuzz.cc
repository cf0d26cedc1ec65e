// Fuzz target: the article reader (a text file with optional front matter).
// Any bytes: a Document that keeps the reader's promises, or an error.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "tahaluf/dates.h"
#include "tahaluf/document.h"
#include "tahaluf/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tahaluf;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Document doc;
  const Status s = ParseTextDocument("dir/fuzz.txt", bytes, &doc);
  if (!s.ok()) {
    FUZZ_CHECK(!s.ToString().empty());
    FUZZ_CHECK(s.offset() == Status::kNoPosition || s.offset() < size);
    return 0;
  }
  FUZZ_CHECK(doc.text == bytes);  // spans point into the file's bytes
  FUZZ_CHECK(doc.id == "fuzz");
  FUZZ_CHECK(doc.body_begin <= doc.text.size());
  FUZZ_CHECK(doc.lang == "ar" || doc.lang == "en");
  FUZZ_CHECK(doc.date.empty() || IsIsoDate(doc.date));
  FUZZ_CHECK(FindInvalidUtf8(doc.text) == std::string::npos);
  FUZZ_CHECK(FindInvalidUtf8(doc.title) == std::string::npos);
  return 0;
}
