// Calendar dates as day numbers. Rules are dated, ages are completed years (DECISIONS.md 3).
#pragma once
#include <cstdint>
#include <string>

namespace jamsos {

struct Date {
  int32_t days = 0;  // days since 1970-01-01 (proleptic Gregorian)
  friend bool operator<(Date a, Date b) { return a.days < b.days; }
  friend bool operator<=(Date a, Date b) { return a.days <= b.days; }
  friend bool operator>(Date a, Date b) { return a.days > b.days; }
  friend bool operator>=(Date a, Date b) { return a.days >= b.days; }
  friend bool operator==(Date a, Date b) { return a.days == b.days; }
  friend bool operator!=(Date a, Date b) { return a.days != b.days; }
};

struct Ymd {
  int year, month, day;
};

Date from_ymd(int y, int m, int d);
Ymd to_ymd(Date d);
bool valid_ymd(int y, int m, int d);
// Strict "YYYY-MM-DD". Returns false for anything else (including 2023-02-30).
bool parse_date(const char* s, size_t n, Date& out);
inline bool parse_date(const std::string& s, Date& out) { return parse_date(s.data(), s.size(), out); }
std::string format_date(Date d);  // "2026-03-01"
// "2 Februari 2021" (indonesian) or "2 February 2021": a date in running text.
std::string format_long_date(Date d, bool indonesian);
void append_date(std::string& out, Date d);
void format_date_chars(char (&buf)[10], Date d);  // the same ten characters, no allocation
// The same day one month earlier, clamped to that month's end (2026-03-31 -> 2026-02-28): the
// default "last month" of a roster reconciliation.
Date one_month_before(Date d);
Date month_end(Date d);  // the last day of d's month
// Completed years on `on` for someone born on `birth` (birth <= on).
int age_on(Date birth, Date on);

}  // namespace jamsos
