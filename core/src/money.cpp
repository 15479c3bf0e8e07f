#include "jamsos/money.hpp"

namespace jamsos {

bool parse_rate(const std::string& s, Rate& out) {
  // digits [ '.' digits ] '%'
  size_t n = s.size();
  if (n < 2 || s[n - 1] != '%') return false;
  int64_t whole = 0, frac = 0;
  int frac_digits = 0;
  size_t i = 0;
  bool any = false;
  for (; i < n - 1 && s[i] >= '0' && s[i] <= '9'; ++i) {
    whole = whole * 10 + (s[i] - '0');
    any = true;
    if (whole > 100000) return false;
  }
  if (i < n - 1 && s[i] == '.') {
    ++i;
    for (; i < n - 1 && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (++frac_digits > 10) return false;
      frac = frac * 10 + (s[i] - '0');
    }
    if (frac_digits == 0) return false;
  }
  if (!any || i != n - 1) return false;
  // percent -> fraction units: 1 % = 1e10 units.
  int64_t scale = 10000000000LL;
  for (int k = 0; k < frac_digits; ++k) scale /= 10;
  out.units = whole * 10000000000LL + frac * scale;
  return true;
}

Rate multiply(Rate a, Rate b, bool* exact) {
  __int128 p = static_cast<__int128>(a.units) * b.units;
  if (exact) *exact = (p % Rate::kOne) == 0;
  return Rate{static_cast<int64_t>(p / Rate::kOne)};
}

Money round_rupiah(Exact e, Rounding mode) {
  const __int128 one = Rate::kOne;
  __int128 v = e.pico;
  bool neg = v < 0;
  if (neg) v = -v;
  __int128 q = mode == Rounding::HalfUp ? (v + one / 2) / one : v / one;
  if (neg) q = -q;  // amounts are never negative; kept symmetric for safety
  return static_cast<Money>(q);
}

void append_int(std::string& out, int64_t v) {
  char buf[24];
  int i = 24;
  bool neg = v < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  do {
    buf[--i] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u);
  if (neg) buf[--i] = '-';
  out.append(buf + i, 24 - i);
}

void append_rate(std::string& out, Rate r, bool indonesian) {
  int64_t u = r.units;
  if (u < 0) { out += '-'; u = -u; }
  int64_t whole = u / 10000000000LL, frac = u % 10000000000LL;
  append_int(out, whole);
  if (frac) {
    char digits[10];
    for (int k = 9; k >= 0; --k) { digits[k] = static_cast<char>('0' + frac % 10); frac /= 10; }
    int len = 10;
    while (len > 0 && digits[len - 1] == '0') --len;
    out += indonesian ? ',' : '.';
    out.append(digits, len);
  }
  out += '%';
}

std::string format_rate(Rate r, bool indonesian) {
  std::string s;
  append_rate(s, r, indonesian);
  return s;
}

void append_rupiah(std::string& out, Money m, bool indonesian) {
  if (m < 0) { out += '-'; m = -m; }
  out += "Rp";
  char buf[32];
  int i = 32, group = 0;
  uint64_t u = static_cast<uint64_t>(m);
  do {
    if (group == 3) { buf[--i] = indonesian ? '.' : ','; group = 0; }
    buf[--i] = static_cast<char>('0' + u % 10);
    u /= 10;
    ++group;
  } while (u);
  out.append(buf + i, 32 - i);
}

std::string format_rupiah(Money m, bool indonesian) {
  std::string s;
  append_rupiah(s, m, indonesian);
  return s;
}

}  // namespace jamsos
