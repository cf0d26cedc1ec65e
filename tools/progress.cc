#include "progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace tahaluf::cli {
namespace {

std::string Clock(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

size_t TerminalWidth() {
  struct winsize ws;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 10) return ws.ws_col;
  return 80;
}

// Cuts `s` to `width` columns, counting UTF-8 lead bytes as one column.
std::string Fit(const std::string& s, size_t width) {
  size_t cols = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cols == width) return s.substr(0, i);
      ++cols;
    }
  }
  return s;
}

}  // namespace

bool Progress::ShouldShow(bool quiet) {
  if (quiet) return false;
  if (const char* force = std::getenv("TAHALUF_PROGRESS"); force && *force) {
    return std::string(force) != "0";
  }
  return isatty(STDERR_FILENO) == 1;
}

Progress::Progress(std::string label, size_t total, bool quiet)
    : label_(std::move(label)), total_(total), enabled_(ShouldShow(quiet)) {
  start_ = step_start_ = std::chrono::steady_clock::now();
  last_draw_ = start_ - std::chrono::seconds(1);
  if (enabled_) ticker_ = std::thread([this] { Tick(); });
}

Progress::~Progress() { Finish(); }

void Progress::SetUnit(std::string unit) {
  std::lock_guard<std::mutex> lock(mutex_);
  unit_ = std::move(unit);
}

void Progress::Advance(size_t n) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  done_ += n;
  Draw(false);
}

void Progress::Set(size_t done) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  done_ = done;
  Draw(false);
}

void Progress::Step(std::string what) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  step_ = std::move(what);
  step_start_ = std::chrono::steady_clock::now();
  Draw(true);
}

void Progress::Finish() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (finished_) return;
    finished_ = true;
    if (enabled_ && drawn_) {
      std::fputs("\r\x1b[K", stderr);
      std::fflush(stderr);
    }
  }
  wake_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

std::string Progress::Format(const std::string& label, const std::string& step,
                             const std::string& unit, size_t done, size_t total,
                             double elapsed) {
  std::string line = label + ":";
  if (!step.empty()) line += " " + step;
  if (total > 0 || done > 0) {
    line += step.empty() ? " " : ", ";
    line += std::to_string(done);
    if (total > 0) {
      line += '/';
      line += std::to_string(total);
    }
    line += ' ';
    line += unit;
    if (total > 0) line += " (" + std::to_string(done * 100 / total) + "%)";
    if (elapsed > 0.5 && done > 0) {
      double rate = static_cast<double>(done) / elapsed;
      char buf[32];
      std::snprintf(buf, sizeof buf, rate >= 10 ? "%.0f/s" : "%.1f/s", rate);
      line += std::string(", ") + buf;
      if (total > done) line += ", " + Clock(static_cast<double>(total - done) / rate) + " left";
    }
  } else {
    line += " \u2026 " + Clock(elapsed);
  }
  return line;
}

void Progress::Draw(bool force) {
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  bool counted = total_ > 0 || done_ > 0;
  double elapsed = std::chrono::duration<double>(now - (counted ? start_ : step_start_)).count();
  std::string line = Fit(Format(label_, step_, unit_, done_, total_, elapsed), TerminalWidth() - 1);
  std::string out = "\r" + line + "\x1b[K";
  std::fwrite(out.data(), 1, out.size(), stderr);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Tick() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!finished_) {
    wake_.wait_for(lock, std::chrono::milliseconds(500));
    if (finished_) break;
    Draw(true);
  }
}

}  // namespace tahaluf::cli
