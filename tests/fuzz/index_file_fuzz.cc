// Fuzz target: the index file reader. An input is either an index file
// (it starts with the magic "TAHALUFX") or a graph file, optionally
// followed by a NUL and patches (five bytes each: a little-endian offset
// and a byte to XOR there) applied to the index file made from it. Either
// way the file is sealed with a good checksum before it is read, so that
// the structure checks behind the checksum are what is fuzzed. Read, the
// index must answer every question; read unpatched, it must be the graph's.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "fuzz_queries.h"
#include "tahaluf/graph_io.h"
#include "tahaluf/tie_index_file.h"

namespace {

void Seal(std::string* bytes) {
  if (bytes->size() < 8) return;
  const uint64_t sum =
      tahaluf::TieIndexFileChecksum(std::string_view(*bytes).substr(0, bytes->size() - 8));
  std::memcpy(bytes->data() + bytes->size() - 8, &sum, 8);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tahaluf;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string file;
  TieIndex graph_index;
  bool patched = true;
  if (input.substr(0, 8) == "TAHALUFX") {
    file = std::string(input);
  } else {
    const size_t nul = input.find('\0');
    const std::string json(input.substr(0, nul));
    if (!IndexGraphJson(json, "fuzz.json", &graph_index).ok()) return 0;
    FUZZ_CHECK(WriteTieIndexFile(graph_index, GraphFileStamp{1, 2, 3},
                                 [&](std::string_view piece) { file += piece; })
                   .ok());
    std::string_view patches = nul == std::string_view::npos ? "" : input.substr(nul + 1);
    patched = patches.size() >= 5;
    for (; patches.size() >= 5; patches.remove_prefix(5)) {
      uint32_t at;
      std::memcpy(&at, patches.data(), 4);
      file[at % file.size()] ^= patches[4];
    }
    if (!patched) {
      // What was written reads back as it was, checksum and all.
      TieIndex back;
      FUZZ_CHECK(ReadTieIndexFile(file, "fuzz.tix", GraphFileStamp{1, 2, 3}, &back).ok());
      FUZZ_CHECK(GraphJson(back) == GraphJson(graph_index));
    }
  }
  Seal(&file);
  TieIndex index;
  const Status s = ReadTieIndexFile(file, "fuzz.tix", std::nullopt, &index);
  if (!s.ok()) {
    FUZZ_CHECK(s.code() == ErrorCode::kGraph || s.code() == ErrorCode::kStale);
    FUZZ_CHECK(index.num_nodes() == 0);
    return 0;
  }
  GraphJson(index);
  fuzz::AskEverything(index);
  TieFilter filter;
  filter.since = 20230000;
  filter.min_evidence = 2;
  fuzz::AskEverything(index, filter);
  return 0;
}
