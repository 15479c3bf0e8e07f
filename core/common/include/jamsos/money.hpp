// Money is whole rupiah in a signed 64-bit integer; rates are exact decimals (DECISIONS.md 1).
// No floating point anywhere in money math.
#pragma once
#include <cstdint>
#include <string>

namespace jamsos {

using Money = int64_t;  // whole rupiah

// Largest rupiah amount accepted as input (Rp1,000 trillion); keeps every product exact in 128 bits.
constexpr Money kMaxMoney = 1000000000000000LL;

// A rate as an exact fraction of the whole, in units of 1e-12 (1 % = 10,000,000,000 units).
struct Rate {
  int64_t units = 0;
  static constexpr int64_t kOne = 1000000000000LL;  // 100 %
  friend bool operator==(Rate a, Rate b) { return a.units == b.units; }
  friend bool operator!=(Rate a, Rate b) { return a.units != b.units; }
};

// Parses "0.24%", "5.7%", "100%", "0.0015%". At most 10 decimals in the percent figure.
bool parse_rate(const std::string& s, Rate& out);
// Exact product of two rates (a discount factor times a rate). `exact` is false if the product
// would need more than 12 decimal places of a fraction (the loader rejects such data).
Rate multiply(Rate a, Rate b, bool* exact = nullptr);

// An exact amount before rounding, in 1e-12 rupiah.
struct Exact {
  __int128 pico = 0;
  Exact& operator+=(Exact o) {
    pico += o.pico;
    return *this;
  }
};
inline Exact exact_of(Money base, Rate r) { return Exact{static_cast<__int128>(base) * r.units}; }
inline Exact exact_money(Money m) { return Exact{static_cast<__int128>(m) * Rate::kOne}; }

enum class Rounding { HalfUp, Floor };
// The one rounding step (DECISIONS.md 2): exact amount -> whole rupiah.
Money round_rupiah(Exact e, Rounding mode);

// Character-buffer formatters (no allocation); each returns the number of characters written.
constexpr int kFormatBuf = 48;
int format_int_chars(char (&buf)[kFormatBuf], int64_t v);
int format_rupiah_chars(char (&buf)[kFormatBuf], Money m, bool indonesian);
int format_rate_chars(char (&buf)[kFormatBuf], Rate r, bool indonesian);

// "0.24%" (English, dot) or "0,24%" (Indonesian, comma). Trailing zeros trimmed.
std::string format_rate(Rate r, bool indonesian = false);
void append_rate(std::string& out, Rate r, bool indonesian = false);
// "Rp5,000,000" (English) or "Rp5.000.000" (Indonesian).
void append_rupiah(std::string& out, Money m, bool indonesian);
std::string format_rupiah(Money m, bool indonesian);
void append_int(std::string& out, int64_t v);

}  // namespace jamsos
