// Money and rate arithmetic (DECISIONS.md 1-2): exact decimals, one half-up rounding.
#include <doctest/doctest.h>

#include "jamsos/money.hpp"

using namespace jamsos;

TEST_CASE("rates parse exactly from percent strings") {
  Rate r;
  REQUIRE(parse_rate("0.24%", r));
  CHECK(r.units == 2400000000LL);
  REQUIRE(parse_rate("5.7%", r));
  CHECK(r.units == 57000000000LL);
  REQUIRE(parse_rate("100%", r));
  CHECK(r.units == Rate::kOne);
  REQUIRE(parse_rate("0.0003%", r));
  CHECK(r.units == 3000000LL);
  CHECK_FALSE(parse_rate("0.24", r));
  CHECK_FALSE(parse_rate("%", r));
  CHECK_FALSE(parse_rate("1.%", r));
  CHECK_FALSE(parse_rate("abc%", r));
  CHECK_FALSE(parse_rate("-1%", r));
}

TEST_CASE("a discount multiplies a rate exactly: 50% of 0.89% = 0.445%, 1% of 0.30% = 0.003%") {
  Rate a, b, half, one;
  parse_rate("0.89%", a);
  parse_rate("0.30%", b);
  parse_rate("50%", half);
  parse_rate("1%", one);
  bool exact = false;
  CHECK(format_rate(multiply(a, half, &exact)) == "0.445%");
  CHECK(exact);
  CHECK(format_rate(multiply(b, one, &exact)) == "0.003%");
  CHECK(exact);
}

TEST_CASE("rounding is half up to the rupiah, once") {
  Rate jkm;
  parse_rate("0.30%", jkm);
  // 0.30% x 1,500,500 = 4,501.5 -> 4,502
  CHECK(round_rupiah(exact_of(1500500, jkm), Rounding::HalfUp) == 4502);
  CHECK(round_rupiah(exact_of(1500500, jkm), Rounding::Floor) == 4501);
  // 0.24% x 1,234,567 = 2,962.9608 -> 2,963
  Rate jkk;
  parse_rate("0.24%", jkk);
  CHECK(round_rupiah(exact_of(1234567, jkk), Rounding::HalfUp) == 2963);
  // 0.24% x 1,000,100 = 2,400.24 -> 2,400
  CHECK(round_rupiah(exact_of(1000100, jkk), Rounding::HalfUp) == 2400);
  // WE-26: 2% x 9,559,600 = 191,192 exactly
  Rate two;
  parse_rate("2%", two);
  CHECK(round_rupiah(exact_of(9559600, two), Rounding::HalfUp) == 191192);
}

TEST_CASE("large amounts stay exact in 128-bit intermediates") {
  Rate r;
  parse_rate("1.74%", r);
  CHECK(round_rupiah(exact_of(kMaxMoney, r), Rounding::HalfUp) == 17400000000000LL);
}

TEST_CASE("rupiah and rate formatting in both languages") {
  CHECK(format_rupiah(5000000, true) == "Rp5.000.000");
  CHECK(format_rupiah(5000000, false) == "Rp5,000,000");
  CHECK(format_rupiah(0, false) == "Rp0");
  CHECK(format_rupiah(999, true) == "Rp999");
  Rate r;
  parse_rate("0.445%", r);
  CHECK(format_rate(r, true) == "0,445%");
  CHECK(format_rate(Rate{0}) == "0%");
}
