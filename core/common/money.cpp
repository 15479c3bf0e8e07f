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
  __int128 q;
  if (v < (static_cast<__int128>(1) << 62)) {
    // Every real amount fits in 64 bits: a 64-bit division by the constant (a multiply), where
    // the 128-bit one is a library call. The same quotient.
    const uint64_t u = static_cast<uint64_t>(v), k = static_cast<uint64_t>(Rate::kOne);
    q = mode == Rounding::HalfUp ? (u + k / 2) / k : u / k;
  } else {
    q = mode == Rounding::HalfUp ? (v + one / 2) / one : v / one;
  }
  if (neg) q = -q;  // amounts are never negative; kept symmetric for safety
  return static_cast<Money>(q);
}

// Digits are written backwards into a scratch area, then moved to the front of `buf`.
static int finish(char (&buf)[kFormatBuf], const char* tmp, int start) {
  int n = kFormatBuf - start;
  for (int k = 0; k < n; ++k) buf[k] = tmp[start + k];
  return n;
}

// Two digits at a time from a table: a large roster's output is mostly integers.
int format_int_chars(char (&buf)[kFormatBuf], int64_t v) {
  static const char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  char tmp[kFormatBuf];
  int i = kFormatBuf;
  bool neg = v < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  while (u >= 100) {
    const unsigned r = static_cast<unsigned>(u % 100);
    u /= 100;
    i -= 2;
    tmp[i] = kPairs[2 * r], tmp[i + 1] = kPairs[2 * r + 1];
  }
  if (u >= 10) {
    i -= 2;
    tmp[i] = kPairs[2 * u], tmp[i + 1] = kPairs[2 * u + 1];
  } else {
    tmp[--i] = static_cast<char>('0' + u);
  }
  if (neg) tmp[--i] = '-';
  return finish(buf, tmp, i);
}

int format_rupiah_chars(char (&buf)[kFormatBuf], Money m, bool indonesian) {
  char tmp[kFormatBuf];
  int i = kFormatBuf, group = 0;
  bool neg = m < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(m) : static_cast<uint64_t>(m);
  do {
    if (group == 3) {
      tmp[--i] = indonesian ? '.' : ',';
      group = 0;
    }
    tmp[--i] = static_cast<char>('0' + u % 10);
    u /= 10;
    ++group;
  } while (u);
  tmp[--i] = 'p';
  tmp[--i] = 'R';
  if (neg) tmp[--i] = '-';
  return finish(buf, tmp, i);
}

int format_rate_chars(char (&buf)[kFormatBuf], Rate r, bool indonesian) {
  int64_t u = r.units;
  int n = 0;
  if (u < 0) buf[n++] = '-', u = -u;
  char whole[kFormatBuf];
  int w = format_int_chars(whole, u / 10000000000LL);
  for (int k = 0; k < w; ++k) buf[n++] = whole[k];
  int64_t frac = u % 10000000000LL;
  if (frac) {
    char digits[10];
    for (int k = 9; k >= 0; --k) digits[k] = static_cast<char>('0' + frac % 10), frac /= 10;
    int len = 10;
    while (len > 0 && digits[len - 1] == '0') --len;
    buf[n++] = indonesian ? ',' : '.';
    for (int k = 0; k < len; ++k) buf[n++] = digits[k];
  }
  buf[n++] = '%';
  return n;
}

void append_int(std::string& out, int64_t v) {
  char b[kFormatBuf];
  out.append(b, static_cast<size_t>(format_int_chars(b, v)));
}

void append_rate(std::string& out, Rate r, bool indonesian) {
  char b[kFormatBuf];
  out.append(b, static_cast<size_t>(format_rate_chars(b, r, indonesian)));
}

std::string format_rate(Rate r, bool indonesian) {
  std::string s;
  append_rate(s, r, indonesian);
  return s;
}

void append_rupiah(std::string& out, Money m, bool indonesian) {
  char b[kFormatBuf];
  out.append(b, static_cast<size_t>(format_rupiah_chars(b, m, indonesian)));
}

std::string format_rupiah(Money m, bool indonesian) {
  std::string s;
  append_rupiah(s, m, indonesian);
  return s;
}

}  // namespace jamsos
