// A progress line on stderr for long runs: what is being done, how far
// along, the rate and the time left, redrawn in place ("\r") at most ten
// times a second. Shown only when stderr is a terminal and --quiet was not
// given, so pipes, logs and CI output stay clean. During a step that
// reports no counts (a Graphviz layout) a background ticker keeps the
// elapsed time moving, so a long step does not look like a hang.
//
// Usage (counted work, e.g. `build`):
//   Progress progress("build", docs.size(), args.Has("--quiet"));
//   progress.SetUnit("documents");
//   for (const Document& doc : docs) { ...; progress.Advance(); }
//   progress.Finish();  // clears the line; the summary line follows
//
// Usage (steps, e.g. `render`):
//   Progress progress("render", 0, args.Has("--quiet"));
//   progress.Step("laying out 5000 actors with sfdp");
//   ... long call ...
//   progress.Step("drawing PNG");
//   progress.Finish();
#ifndef TAHALUF_TOOLS_PROGRESS_H_
#define TAHALUF_TOOLS_PROGRESS_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace tahaluf::cli {

class Progress {
 public:
  // `total` is the number of units of work (0 when unknown or uncounted).
  Progress(std::string label, size_t total, bool quiet);
  ~Progress();  // Finish()
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // True when the line is drawn: stderr is a terminal and not quiet.
  bool enabled() const { return enabled_; }
  // Whether a line would be drawn for this process: stderr is a terminal
  // and `quiet` is false. TAHALUF_PROGRESS=1 forces it on (for tests),
  // TAHALUF_PROGRESS=0 off.
  static bool ShouldShow(bool quiet);

  void SetUnit(std::string unit);  // "documents" (default "items")
  void Advance(size_t n = 1);
  void Set(size_t done);
  // A step without counts; the ticker shows its elapsed time.
  void Step(std::string what);
  // Clears the line and stops the ticker. Safe to call twice.
  void Finish();

  // The text of the line at `done` units after `elapsed` seconds:
  // "build: 120/500 documents (24%), 31/s, 0:12 left". Exposed for tests.
  static std::string Format(const std::string& label, const std::string& step,
                            const std::string& unit, size_t done, size_t total,
                            double elapsed_seconds);

 private:
  void Draw(bool force);  // with mutex_ held
  void Tick();

  std::string label_, unit_ = "items", step_;
  size_t total_ = 0, done_ = 0;
  bool enabled_ = false, finished_ = false, drawn_ = false;
  std::chrono::steady_clock::time_point start_, step_start_, last_draw_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread ticker_;
};

}  // namespace tahaluf::cli

#endif  // TAHALUF_TOOLS_PROGRESS_H_
