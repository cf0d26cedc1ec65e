// The fuzz targets without libFuzzer: runs each target once over every
// file of its folder of regression seeds (tests/fuzz/seeds/TARGET/), in a
// normal or sanitizer build, as ctest's `fuzz_seeds`. Each target's
// LLVMFuzzerTestOneInput is compiled under its own name (tests/CMakeLists).
//
// Usage: tahaluf_fuzz_replay SEEDS_DIR   (the folder holding one folder per target)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define TAHALUF_FUZZ_TARGET(name) extern "C" int name(const uint8_t* data, size_t size);
TAHALUF_FUZZ_TARGET(FuzzTextDocument)
TAHALUF_FUZZ_TARGET(FuzzJsonLines)
TAHALUF_FUZZ_TARGET(FuzzTripleLines)
TAHALUF_FUZZ_TARGET(FuzzGraphFile)
TAHALUF_FUZZ_TARGET(FuzzIndexFile)
TAHALUF_FUZZ_TARGET(FuzzKnowledge)
TAHALUF_FUZZ_TARGET(FuzzExtract)

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s SEEDS_DIR\n", argv[0]);
    return 2;
  }
  struct Target {
    const char* name;
    int (*run)(const uint8_t*, size_t);
  };
  const Target targets[] = {{"text_document", FuzzTextDocument}, {"json_lines", FuzzJsonLines},
                            {"triple_lines", FuzzTripleLines},   {"graph_file", FuzzGraphFile},
                            {"index_file", FuzzIndexFile},       {"knowledge", FuzzKnowledge},
                            {"extract", FuzzExtract}};
  namespace fs = std::filesystem;
  size_t runs = 0;
  for (const Target& t : targets) {
    const fs::path dir = fs::path(argv[1]) / t.name;
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
      if (e.is_regular_file()) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      std::fprintf(stderr, "%s: %s\n", t.name, f.filename().c_str());
      t.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      ++runs;
    }
  }
  std::printf("fuzz seeds: %zu inputs replayed, no check failed\n", runs);
  return 0;
}
