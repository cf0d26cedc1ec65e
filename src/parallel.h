// Internal: two pieces of work on two threads. The index builder and the
// graph readers split large inputs in two this way, each half into its own
// output, and put the halves together in order, so the result is the same
// as one thread's.
#ifndef TAHALUF_SRC_PARALLEL_H_
#define TAHALUF_SRC_PARALLEL_H_

#include <cstddef>
#include <thread>
#include <utility>

namespace tahaluf {

// Below this many items, work is not worth a second thread.
constexpr size_t kParallelMinimum = 1u << 16;

// Runs `first` on a second thread and `second` on this one when
// `in_parallel`, else one after the other; returns when both are done.
template <typename F, typename G>
void RunTwo(bool in_parallel, F&& first, G&& second) {
  if (!in_parallel) {
    first();
    second();
    return;
  }
  std::thread worker(std::forward<F>(first));
  struct Joiner {
    std::thread& t;
    ~Joiner() {
      if (t.joinable()) t.join();
    }
  } joiner{worker};
  second();
}

}  // namespace tahaluf

#endif  // TAHALUF_SRC_PARALLEL_H_
