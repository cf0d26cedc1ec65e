// Ground floor: dates. Articles, the lexicon and graph files write dates as
// ISO 8601 strings, often partial: "2024", "2024-03", "2024-03-05" (files
// other tools wrote may add a time: "2024-03-05T10:00:00Z"). This is the one
// parser of them. A Day is the date as a number that sorts as dates do
// (2024-03-05 is 20240305); the parts a partial date leaves out are 0 when it
// stands for the start of its period and 99 when it stands for the end
// ("2024-03" is 20240300 or 20240399), so a window [since, until] is two
// comparisons.
//
// Usage:
//   std::optional<tahaluf::Day> since = tahaluf::ParseDay("2024", /*as_end=*/false);
//   if (tahaluf::IsIsoDate(front_matter_date)) ...         // no time allowed
//   std::string gephi = tahaluf::FullDate("2024-02", true);  // "2024-02-29"
#ifndef TAHALUF_DATES_H_
#define TAHALUF_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tahaluf {

using Day = int32_t;
constexpr Day kUndated = 0;

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" (month 01-12, a day its month has:
// "2024-02-29" is read, "2023-02-29" and "2024-02-31" are not), optionally
// followed by a time after 'T' or ' ' (left out); nullopt for anything else.
// `as_end` fills left-out parts with 99 instead of 0.
std::optional<Day> ParseDay(std::string_view text, bool as_end = false);

// True for the dates documents and the lexicon may carry: what ParseDay
// reads, without a time.
bool IsIsoDate(std::string_view text);

// A calendar date, "YYYY-MM-DD", for the first (or, with `end_of_period`,
// the last) day of what `date` covers: ("2024-02", false) -> "2024-02-01",
// ("2024-02", true) -> "2024-02-29". Empty when ParseDay does not read
// `date`.
std::string FullDate(std::string_view date, bool end_of_period);

}  // namespace tahaluf

#endif  // TAHALUF_DATES_H_
