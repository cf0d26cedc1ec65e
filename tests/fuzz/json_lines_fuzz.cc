// Fuzz target: the JSON Lines reader (articles, one object a line). Any
// bytes: good lines become Documents that CheckDocument accepts again,
// each bad line one error naming its line.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "tahaluf/dates.h"
#include "tahaluf/document.h"
#include "tahaluf/text.h"
#include "tahaluf/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tahaluf;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<Document> docs;
  std::vector<Status> errors;
  ParseJsonLines("fuzz.jsonl", bytes, &docs, &errors);
  LineReader lines(bytes);
  for (Line l; lines.Next(&l);) {
  }
  FUZZ_CHECK(docs.size() + errors.size() <= lines.count());
  size_t last_line = 0;
  for (const Status& e : errors) {
    FUZZ_CHECK(e.source() == "fuzz.jsonl");
    FUZZ_CHECK(e.line() != Status::kNoPosition && e.line() > last_line && e.line() <= lines.count());
    FUZZ_CHECK(e.offset() == Status::kNoPosition || e.offset() < size);
    last_line = e.line();
  }
  for (Document& doc : docs) {
    for (const std::string* field : {&doc.id, &doc.text, &doc.source, &doc.title, &doc.date}) {
      FUZZ_CHECK(FindInvalidUtf8(*field) == std::string::npos);
    }
    FUZZ_CHECK(doc.lang == "ar" || doc.lang == "en");
    FUZZ_CHECK(doc.date.empty() || IsIsoDate(doc.date));
    Document again = doc;
    FUZZ_CHECK(CheckDocument(&again).ok());
  }
  return 0;
}
