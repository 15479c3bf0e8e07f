// Roster cells: rupiah amounts and dates as people type them in spreadsheets.
#include <cstdlib>
#include <cstring>

#include "jamsos/roster.hpp"
#include "roster_internal.hpp"

namespace jamsos {

namespace {
using detail::alnum;
using detail::contains;
using detail::lower;
using detail::starts_with;
}  // namespace

// ------------------------------------------------------------------------------------------
// Money
// ------------------------------------------------------------------------------------------
MoneyCell parse_money_cell(const char* s, size_t n, Money& out) {
  // Fast path for the common spellings: plain digits ("4500000") or digits grouped by threes with
  // one kind of separator ("4.500.000", "4,500,000"), optionally after "Rp", "Rp." or "Rp ".
  // Whatever it refuses goes to the general parser below, which gives these strings the same
  // values; the fast path only skips its copies.
  {
    const char* p = s;
    size_t k = n;
    if (k >= 3 && (p[0] == 'R' || p[0] == 'r') && (p[1] == 'P' || p[1] == 'p')) {
      p += 2, k -= 2;
      if (*p == '.') ++p, --k;
      if (k && *p == ' ') ++p, --k;
    }
    if (k > 0 && k <= 19 && p[0] >= '0' && p[0] <= '9') {
      uint64_t v = 0;  // at most 19 digits: fits
      size_t group = 0, first = 0;
      char sep = 0;
      bool plain = true;
      for (size_t i = 0; i < k && plain; ++i) {
        char c = p[i];
        if (c >= '0' && c <= '9') {
          v = v * 10 + static_cast<uint64_t>(c - '0');
          sep ? ++group : ++first;
        } else if ((c == '.' || c == ',') && (sep ? c == sep && group == 3 : (first >= 1 && first <= 3))) {
          sep = c;
          group = 0;
        } else {
          plain = false;
        }
      }
      if (plain && (!sep || group == 3) && (sep || first <= 16) && v <= static_cast<uint64_t>(kMaxMoney)) {
        out = static_cast<Money>(v);
        return MoneyCell::Ok;
      }
    }
  }
  // Trim blanks (including the UTF-8 no-break space C2 A0).
  auto blank = [](const char* p, size_t k, size_t i) {
    return p[i] == ' ' || p[i] == '\t' ||
           (static_cast<unsigned char>(p[i]) == 0xA0 && i > 0 && static_cast<unsigned char>(p[i - 1]) == 0xC2) ||
           (static_cast<unsigned char>(p[i]) == 0xC2 && i + 1 < k && static_cast<unsigned char>(p[i + 1]) == 0xA0);
  };
  std::string t;
  t.reserve(n);
  for (size_t i = 0; i < n; ++i)
    if (!blank(s, n, i)) t.push_back(lower(s[i]));
  if (!t.empty() && t[0] == '\'') t.erase(0, 1);
  if (t.empty()) return MoneyCell::Empty;
  bool negative = false;
  if (t[0] == '-' || (t[0] == '(' && t.back() == ')')) {
    negative = true;
    t.erase(0, 1);
    if (!t.empty() && t.back() == ')') t.pop_back();
  }
  if (starts_with(t, "rp."))
    t.erase(0, 3);
  else if (starts_with(t, "rp"))
    t.erase(0, 2);
  else if (starts_with(t, "idr"))
    t.erase(0, 3);
  if (!t.empty() && t[0] == '-') negative = true, t.erase(0, 1);
  // ",-" / ".-" after the amount ("Rp5.000.000,-").
  if (t.size() >= 2 && t.back() == '-' && (t[t.size() - 2] == ',' || t[t.size() - 2] == '.')) t.resize(t.size() - 2);
  int64_t mult = 1;
  static const struct {
    const char* suffix;
    int64_t m;
  } kMult[] = {{"juta", 1000000},
               {"jt", 1000000},
               {"ribu", 1000},
               {"rb", 1000},
               {"k", 1000}};  // not "m": in Indonesian M is miliar
  for (const auto& m : kMult) {
    size_t len = std::strlen(m.suffix);
    if (t.size() > len && t.compare(t.size() - len, len, m.suffix) == 0) {
      mult = m.m;
      t.resize(t.size() - len);
      if (!t.empty() && t.back() == '.') t.pop_back();  // "5 jt." or "5jt."
      break;
    }
  }
  if (t.empty()) return MoneyCell::Invalid;
  // Only digits and separators remain.
  int ndot = 0, ncomma = 0;
  size_t last_sep = std::string::npos;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '.')
      ++ndot, last_sep = i;
    else if (c == ',')
      ++ncomma, last_sep = i;
    else if (c < '0' || c > '9')
      return MoneyCell::Invalid;
  }
  if (t[0] == '.' || t[0] == ',' || t.back() == '.' || t.back() == ',') return MoneyCell::Invalid;
  char dec = 0;  // the decimal separator, if any
  if (ndot && ncomma) {
    dec = t[last_sep];
    if ((dec == '.' ? ndot : ncomma) != 1) return MoneyCell::Invalid;
  } else if (ndot + ncomma == 1) {
    size_t after = t.size() - last_sep - 1;
    // Exactly three digits after a single separator make it a thousands separator ("5.000",
    // "5,000", "1.500 ribu"); otherwise it is a decimal point ("2,5 juta", "5000000,00").
    if (after != 3) dec = t[last_sep];
  }
  char thousands = dec == '.' ? ',' : dec == ',' ? '.' : (ndot ? '.' : ',');
  // Integer part: groups of three after the first when thousands separators are used.
  size_t end = dec ? t.find(dec) : t.size();
  __int128 whole = 0;
  int group = -1;  // digits since the last thousands separator; -1 before the first one
  bool any_thousands = false;
  size_t first_group = 0;
  for (size_t i = 0; i < end; ++i) {
    char c = t[i];
    if (c == thousands) {
      if (group == -1) {
        if (first_group == 0 || first_group > 3) return MoneyCell::Invalid;
      } else if (group != 3) {
        return MoneyCell::Invalid;
      }
      any_thousands = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return MoneyCell::Invalid;
    whole = whole * 10 + (c - '0');
    if (whole > static_cast<__int128>(kMaxMoney) * 10) return MoneyCell::TooLarge;
    if (group >= 0)
      ++group;
    else
      ++first_group;
  }
  if (any_thousands && group != 3) return MoneyCell::Invalid;
  // Fraction: exact, must give whole rupiah after the multiplier.
  __int128 frac = 0, scale = 1;
  if (dec) {
    for (size_t i = end + 1; i < t.size(); ++i) {
      char c = t[i];
      if (c < '0' || c > '9') return MoneyCell::Invalid;
      if (scale > 1000000000000LL) return MoneyCell::Invalid;
      frac = frac * 10 + (c - '0');
      scale *= 10;
    }
  }
  __int128 total = whole * mult;
  if (frac) {
    __int128 f = frac * mult;
    if (f % scale != 0) return negative ? MoneyCell::Negative : MoneyCell::Decimals;
    total += f / scale;
  }
  if (negative && total != 0) return MoneyCell::Negative;
  if (total > kMaxMoney) return MoneyCell::TooLarge;
  out = static_cast<Money>(total);
  return MoneyCell::Ok;
}

// ------------------------------------------------------------------------------------------
// Dates
// ------------------------------------------------------------------------------------------
namespace {

int month_from_name(const std::string& k) {
  static const struct {
    const char* p;
    int m;
  } kMonths[] = {
      {"januari", 1},  {"january", 1},   {"jan", 1},       {"februari", 2},  {"february", 2},  {"feb", 2},
      {"pebruari", 2}, {"maret", 3},     {"march", 3},     {"mar", 3},       {"april", 4},     {"apr", 4},
      {"mei", 5},      {"may", 5},       {"juni", 6},      {"june", 6},      {"jun", 6},       {"juli", 7},
      {"july", 7},     {"jul", 7},       {"agustus", 8},   {"august", 8},    {"agu", 8},       {"agt", 8},
      {"ags", 8},      {"aug", 8},       {"september", 9}, {"sept", 9},      {"sep", 9},       {"oktober", 10},
      {"october", 10}, {"okt", 10},      {"oct", 10},      {"november", 11}, {"nopember", 11}, {"nov", 11},
      {"nop", 11},     {"desember", 12}, {"december", 12}, {"des", 12},      {"dec", 12}};
  for (const auto& m : kMonths)
    if (k == m.p) return m.m;
  return 0;
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

namespace {

inline bool digit(char c) { return c >= '0' && c <= '9'; }
inline int num2(const char* p) { return (p[0] - '0') * 10 + (p[1] - '0'); }

// Everything but the fixed-width spellings: names of months, Excel serials, times, one-digit days.
bool parse_date_cell_slow(const char* s, size_t n, Date& out) {
  std::string t(s, n);
  // "1968-08-05 00:00:00" / "05/08/1968 0:00": drop a time part.
  size_t sp = t.find(' ');
  if (sp != std::string::npos && t.find(':', sp) != std::string::npos && (t.find('-') < sp || t.find('/') < sp))
    t.resize(sp);
  if (parse_date(t, out)) return true;
  // Excel serial day number: "25000" or "25000.0".
  {
    std::string d = t;
    size_t dot = d.find('.');
    bool zeros = true;
    if (dot != std::string::npos) {
      for (size_t i = dot + 1; i < d.size(); ++i) zeros = zeros && d[i] == '0';
      d.resize(dot);
    }
    if (zeros && all_digits(d) && d.size() <= 7) {
      long v = std::atol(d.c_str());
      if (v < 1 || v > 2958465) return false;
      // 1 = 1900-01-01 in Excel, which also counts a 29-02-1900 that never was: from serial 61
      // on, serials count from 1899-12-30; below 60 from 1899-12-31.
      int base = from_ymd(1899, 12, 30).days;
      if (v < 60) base += 1;
      if (v == 60) return false;
      out = Date{base + static_cast<int32_t>(v)};
      return true;
    }
  }
  // Three parts split on - / . or blanks; month may be a name.
  std::string parts[3];
  int np = 0;
  std::string cur;
  for (size_t i = 0; i <= t.size(); ++i) {
    char c = i < t.size() ? lower(t[i]) : ' ';
    bool sep = c == '-' || c == '/' || c == '.' || c == ' ' || c == ',';
    if (!sep) {
      cur.push_back(c);
      continue;
    }
    if (!cur.empty()) {
      if (np == 3) return false;
      parts[np++] = cur;
      cur.clear();
    }
  }
  if (np != 3) return false;
  int y, m, d;
  auto num = [](const std::string& p, int& v) {
    if (!all_digits(p) || p.size() > 4) return false;
    v = std::atoi(p.c_str());
    return true;
  };
  if (parts[0].size() == 4 && all_digits(parts[0])) {  // Y M D
    if (!num(parts[0], y) || !num(parts[2], d)) return false;
    if (!num(parts[1], m) && !(m = month_from_name(parts[1]))) return false;
  } else {  // D M Y
    if (!num(parts[0], d) || !num(parts[2], y)) return false;
    if (parts[2].size() != 4) return false;  // two-digit years are ambiguous
    if (!num(parts[1], m) && !(m = month_from_name(parts[1]))) return false;
  }
  if (!valid_ymd(y, m, d)) return false;
  out = from_ymd(y, m, d);
  return true;
}

}  // namespace

bool detail::parse_date_cell_ymd(const char* s, size_t n, Date& out, Ymd& ymd) {
  while (n && (*s == ' ' || *s == '\t' || *s == '\'')) ++s, --n;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) --n;
  if (n == 0) return false;
  // Fast paths for the fixed-width spellings nearly every roster uses: DD/MM/YYYY, DD-MM-YYYY
  // and YYYY-MM-DD. The slow path gives the same answer for them, only with copies.
  if (n == 10) {
    int y = -1, m = 0, d = 0;
    if ((s[2] == '/' || s[2] == '-') && s[5] == s[2] && digit(s[0]) && digit(s[1]) && digit(s[3]) && digit(s[4]) &&
        digit(s[6]) && digit(s[7]) && digit(s[8]) && digit(s[9])) {
      d = num2(s), m = num2(s + 3), y = num2(s + 6) * 100 + num2(s + 8);
    } else if (s[4] == '-' && s[7] == '-' && digit(s[0]) && digit(s[1]) && digit(s[2]) && digit(s[3]) && digit(s[5]) &&
               digit(s[6]) && digit(s[8]) && digit(s[9])) {
      y = num2(s) * 100 + num2(s + 2), m = num2(s + 5), d = num2(s + 8);
    }
    if (y >= 0) {
      if (!valid_ymd(y, m, d)) return false;
      out = from_ymd(y, m, d);
      ymd = Ymd{y, m, d};
      return true;
    }
  }
  if (!parse_date_cell_slow(s, n, out)) return false;
  ymd = to_ymd(out);
  return true;
}

bool parse_date_cell(const char* s, size_t n, Date& out) {
  Ymd ymd;
  return detail::parse_date_cell_ymd(s, n, out, ymd);
}

}  // namespace jamsos
