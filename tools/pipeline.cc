#include "pipeline.h"

#include <string>
#include <thread>

namespace tahaluf::cli {

namespace {
// More threads than this would only share the same cores.
constexpr size_t kMaxJobs = 1024;
}  // namespace

Flag JobsFlag() {
  return {"--jobs", true, "threads to extract on (default: the machine's cores)"};
}

bool ParseJobs(const Args& args, size_t* jobs) {
  const size_t cores = std::max<size_t>(std::thread::hardware_concurrency(), 1);
  if (!ParseCount(args, "--jobs", cores, jobs)) return false;
  if (*jobs == 0 || *jobs > kMaxJobs) {
    Report("-j/--jobs takes a whole number from 1 to " + std::to_string(kMaxJobs) + ", not '" +
           args.Get("--jobs") + "'");
    return false;
  }
  return true;
}

}  // namespace tahaluf::cli
