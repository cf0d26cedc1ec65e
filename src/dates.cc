#include "tahaluf/dates.h"

#include <cstdio>

namespace tahaluf {
namespace {

// The number written by text[pos, pos + n), or -1 when those are not all
// digits.
int Digits(std::string_view text, size_t pos, size_t n) {
  int v = 0;
  for (size_t k = pos; k < pos + n; ++k) {
    if (k >= text.size() || text[k] < '0' || text[k] > '9') return -1;
    v = v * 10 + (text[k] - '0');
  }
  return v;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Day> ParseDay(std::string_view text, bool as_end) {
  const int year = Digits(text, 0, 4);
  if (year < 0) return std::nullopt;
  int month = as_end ? 99 : 0, day = as_end ? 99 : 0;
  if (text.size() > 4) {
    if (text[4] != '-') return std::nullopt;
    month = Digits(text, 5, 2);
    if (month < 1 || month > 12) return std::nullopt;
    if (text.size() > 7) {
      if (text[7] != '-') return std::nullopt;
      day = Digits(text, 8, 2);
      if (day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
      if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
    } else if (text.size() != 7) {
      return std::nullopt;
    }
  }
  return year * 10000 + month * 100 + day;
}

bool IsIsoDate(std::string_view text) { return text.size() <= 10 && ParseDay(text).has_value(); }

std::string FullDate(std::string_view date, bool end_of_period) {
  const std::optional<Day> day = ParseDay(date, end_of_period);
  if (!day) return {};
  const int y = *day / 10000;
  int m = *day / 100 % 100, d = *day % 100;
  if (m == 0 || m == 99) m = m == 0 ? 1 : 12;
  if (d == 0 || d == 99) d = d == 0 ? 1 : DaysInMonth(y, m);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace tahaluf
