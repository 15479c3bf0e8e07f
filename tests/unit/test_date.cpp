// Dates and completed-year ages (DECISIONS.md 3).
#include <doctest/doctest.h>

#include "jamsos/date.hpp"

using namespace jamsos;

TEST_CASE("strict YYYY-MM-DD parsing") {
  Date d;
  CHECK(parse_date("2026-03-01", d));
  CHECK(format_date(d) == "2026-03-01");
  CHECK(parse_date("2024-02-29", d));
  CHECK_FALSE(parse_date("2023-02-29", d));
  CHECK_FALSE(parse_date("2023-02-30", d));
  CHECK_FALSE(parse_date("2023-13-01", d));
  CHECK_FALSE(parse_date("2023-1-01", d));
  CHECK_FALSE(parse_date("01-03-2026", d));
  CHECK_FALSE(parse_date("2026-03-01T00:00", d));
  CHECK_FALSE(parse_date("", d));
}

TEST_CASE("day numbers round-trip and order") {
  for (int y : {1900, 1970, 2000, 2015, 2024, 2043, 2100})
    for (int m = 1; m <= 12; ++m) {
      Date d = from_ymd(y, m, 15);
      Ymd t = to_ymd(d);
      CHECK(t.year == y);
      CHECK(t.month == m);
      CHECK(t.day == 15);
    }
  CHECK(from_ymd(2025, 2, 6) < from_ymd(2025, 2, 7));
  CHECK(from_ymd(1970, 1, 1).days == 0);
}

TEST_CASE("age is completed years on the date: born 1972-04-01 is 54 on 2026-04-01, 53 the day before") {
  Date b = from_ymd(1972, 4, 1);
  CHECK(age_on(b, from_ymd(2026, 4, 1)) == 54);
  CHECK(age_on(b, from_ymd(2026, 3, 31)) == 53);
  CHECK(age_on(from_ymd(2000, 2, 29), from_ymd(2001, 2, 28)) == 0);
  CHECK(age_on(from_ymd(2000, 2, 29), from_ymd(2001, 3, 1)) == 1);
}

TEST_CASE("one month earlier keeps the day, clamped to the month's end") {
  CHECK(format_date(one_month_before(from_ymd(2026, 5, 15))) == "2026-04-15");
  CHECK(format_date(one_month_before(from_ymd(2026, 3, 31))) == "2026-02-28");
  CHECK(format_date(one_month_before(from_ymd(2024, 3, 30))) == "2024-02-29");
  CHECK(format_date(one_month_before(from_ymd(2026, 1, 10))) == "2025-12-10");
}
