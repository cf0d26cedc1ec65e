// Relative dates: "يوم الاثنين", "yesterday", "last week" resolved against
// the document's date.
#include <cstdio>

#include "tahaluf/extract.h"

namespace tahaluf {
namespace {

// Days since 1970-01-01 for a civil date, and back (Howard Hinnant's
// algorithms).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y + (m <= 2)), m, d);
  return buf;
}

}  // namespace

std::string ResolveRelativeDate(const std::vector<Token>& toks, int32_t date,
                                const WordClasses& words) {
  if (date == 0 || date % 100 == 0 || (date / 100) % 100 == 0) return "";  // needs a full date
  int64_t today = DaysFromCivil(date / 10000, (date / 100) % 100, date % 100);
  // 1970-01-01 was a Thursday: weekday 0 = Monday.
  auto weekday_of = [](int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); };
  static constexpr WordClass kDays[] = {
      WordClass::kWeekdayMon, WordClass::kWeekdayTue, WordClass::kWeekdayWed, WordClass::kWeekdayThu,
      WordClass::kWeekdayFri, WordClass::kWeekdaySat, WordClass::kWeekdaySun,
  };
  // (The one-word classes asked below as one set: most tokens are in none.)
  static const WordClassSet kAsked = [] {
    WordClassSet set;
    set.Set(WordClass::kToday);
    for (WordClass c : kDays) set.Set(c);
    return set;
  }();
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& w = toks[i];
    if (words.IsAsWritten(WordClass::kYesterday, w)) return CivilFromDays(today - 1);
    if (!words.IsAnyAsWritten(kAsked, w) && words.MatchAt(WordClass::kLastWeek, toks, i) == 0) continue;
    if (words.IsAsWritten(WordClass::kToday, w)) return CivilFromDays(today);
    if (words.MatchAt(WordClass::kLastWeek, toks, i) > 0) return CivilFromDays(today - 7);
    for (int wd = 0; wd < 7; ++wd) {
      if (!words.IsAsWritten(kDays[wd], w)) continue;
      // The last such day on or before the document's date.
      int back = (weekday_of(today) - wd + 7) % 7;
      return CivilFromDays(today - back);
    }
  }
  return "";
}

}  // namespace tahaluf
