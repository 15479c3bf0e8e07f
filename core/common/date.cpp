#include "jamsos/date.hpp"

namespace jamsos {

// Howard Hinnant's days_from_civil / civil_from_days.
Date from_ymd(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = static_cast<unsigned>((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return Date{era * 146097 + static_cast<int>(doe) - 719468};
}

Ymd to_ymd(Date dt) {
  int z = dt.days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Ymd{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool valid_ymd(int y, int m, int d) {
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  int max = mdays[m - 1] + (m == 2 && leap(y) ? 1 : 0);
  return d <= max;
}

bool parse_date(const char* s, size_t n, Date& out) {
  if (n != 10 || s[4] != '-' || s[7] != '-') return false;
  int v[8];
  const int pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
  for (int i = 0; i < 8; ++i) {
    char c = s[pos[i]];
    if (c < '0' || c > '9') return false;
    v[i] = c - '0';
  }
  int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
  int m = v[4] * 10 + v[5];
  int d = v[6] * 10 + v[7];
  if (!valid_ymd(y, m, d)) return false;
  out = from_ymd(y, m, d);
  return true;
}

void format_date_chars(char (&buf)[10], Date dt) {
  Ymd t = to_ymd(dt);
  const int digits[8] = {t.year / 1000 % 10, t.year / 100 % 10, t.year / 10 % 10, t.year % 10,
                         t.month / 10,       t.month % 10,      t.day / 10,       t.day % 10};
  static const int pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
  for (int i = 0; i < 8; ++i) buf[pos[i]] = static_cast<char>('0' + digits[i]);
  buf[4] = buf[7] = '-';
}

void append_date(std::string& out, Date dt) {
  char buf[10];
  format_date_chars(buf, dt);
  out.append(buf, 10);
}

std::string format_date(Date d) {
  std::string s;
  append_date(s, d);
  return s;
}

std::string format_long_date(Date d, bool id) {
  static const char* const kId[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                    "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  static const char* const kEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
  Ymd y = to_ymd(d);
  return std::to_string(y.day) + ' ' + (id ? kId : kEn)[y.month - 1] + ' ' + std::to_string(y.year);
}

Date one_month_before(Date d) {
  Ymd t = to_ymd(d);
  int y = t.month == 1 ? t.year - 1 : t.year, m = t.month == 1 ? 12 : t.month - 1, day = t.day;
  while (!valid_ymd(y, m, day)) --day;
  return from_ymd(y, m, day);
}

int age_on(Date birth, Date on) {
  Ymd b = to_ymd(birth), o = to_ymd(on);
  int age = o.year - b.year;
  if (o.month < b.month || (o.month == b.month && o.day < b.day)) --age;
  return age;
}

Date month_end(Date d) {
  Ymd y = to_ymd(d);
  Date next = y.month == 12 ? from_ymd(y.year + 1, 1, 1) : from_ymd(y.year, y.month + 1, 1);
  return Date{next.days - 1};
}

}  // namespace jamsos
