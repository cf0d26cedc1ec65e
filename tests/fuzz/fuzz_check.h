// The fuzz targets' one helper: an invariant that fails stops the run
// with a message, as a crash libFuzzer keeps the input of.
#ifndef TAHALUF_TESTS_FUZZ_FUZZ_CHECK_H_
#define TAHALUF_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                        \
  do {                                                                               \
    if (!(condition)) {                                                              \
      std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, \
                   __LINE__);                                                        \
      std::abort();                                                                  \
    }                                                                                \
  } while (0)

#endif  // TAHALUF_TESTS_FUZZ_FUZZ_CHECK_H_
