// Dates: the one parser of the ISO dates articles, the lexicon and graph
// files carry, and the calendar dates exports write.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "tahaluf/dates.h"

namespace tahaluf {
namespace {

TEST_CASE("dates: ParseDay reads partial dates as the start or the end of their period") {
  struct Row {
    std::string text;
    bool as_end;
    std::optional<Day> want;
  };
  const Row rows[] = {
      {"2023-04-05", false, 20230405},
      {"2023-04-05", true, 20230405},
      {"2023-04-05T10:00:00Z", false, 20230405},
      {"2023-04-05 10:00", false, 20230405},
      {"2023-04", false, 20230400},
      {"2023-04", true, 20230499},
      {"2023", false, 20230000},
      {"2023", true, 20239999},
      {"", false, std::nullopt},
      {"04/05/2023", false, std::nullopt},
      {"2023-13-01", false, std::nullopt},
      {"2023-00", false, std::nullopt},
      {"2023-04-32", false, std::nullopt},
      {"2024-02-31", false, std::nullopt},  // a day its month lacks
      {"2023-02-29", false, std::nullopt},
      {"2023-04-31", false, std::nullopt},
      {"2024-02-29", false, 20240229},
      {"2000-02-29", false, 20000229},
      {"1900-02-29", false, std::nullopt},
      {"2023-4-1", false, std::nullopt},
      {"2023-04-05x", false, std::nullopt},
      {"202", false, std::nullopt},
      {"2023-", false, std::nullopt},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(ParseDay(r.text, r.as_end) == r.want);
  }
}

TEST_CASE("dates: IsIsoDate takes what ParseDay reads, without a time") {
  struct Row {
    std::string text;
    bool want;
  };
  const Row rows[] = {
      {"2025", true},        {"2025-09", true},     {"2025-09-17", true},
      {"2025-13-01", false}, {"17/09/2025", false}, {"2025-09-17T10:00", false},
      {"", false},           {"2025-9", false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(IsIsoDate(r.text) == r.want);
  }
}

TEST_CASE("dates: FullDate gives the first or last calendar day of a period") {
  struct Row {
    std::string date;
    bool end;
    std::string want;
  };
  const Row rows[] = {
      {"2024-03-05", false, "2024-03-05"}, {"2024-03-05", true, "2024-03-05"},
      {"2024-02", false, "2024-02-01"},    {"2024-02", true, "2024-02-29"},
      {"2023-02", true, "2023-02-28"},     {"1900-02", true, "1900-02-28"},
      {"2000-02", true, "2000-02-29"},     {"2024", false, "2024-01-01"},
      {"2024", true, "2024-12-31"},        {"2024-03-05T10:00:00Z", false, "2024-03-05"},
      {"", false, ""},                     {"March", false, ""},
      {"2024-13", false, ""},              {"2024-02-30", false, ""},
      {"2024/03/05", false, ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.date);
    CHECK(FullDate(r.date, r.end) == r.want);
  }
}

}  // namespace
}  // namespace tahaluf
