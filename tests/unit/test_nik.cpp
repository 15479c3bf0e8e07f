// NIK structure per ../shared/domain/NIK.md. Expected values worked out by hand from the digit
// layout PP RR DD dd mm yy ssss and the published examples.
#include <doctest/doctest.h>

#include <string>

#include "jamsos/nik.hpp"

using namespace jamsos;

TEST_CASE("nik: published example 3515140508680001 is a Jawa Timur man born 05-08-1968") {
  Nik n;
  REQUIRE(parse_nik("3515140508680001", n) == NikError::None);
  CHECK(n.province == 35);
  CHECK(std::string(nik_province_name(35)) == "Jawa Timur");
  CHECK(n.regency == 15);
  CHECK(n.district == 14);
  CHECK(n.day == 5);
  CHECK(n.month == 8);
  CHECK(n.yy == 68);
  CHECK_FALSE(n.female);
  CHECK(n.serial == 1);
  CHECK(n.value == 3515140508680001ULL);
  CHECK(nik_matches_birth(n, from_ymd(1968, 8, 5)));
  CHECK_FALSE(nik_matches_birth(n, from_ymd(1968, 8, 6)));
  CHECK_FALSE(nik_matches_birth(n, from_ymd(1969, 8, 5)));
}

TEST_CASE("nik: 3515144508680002 is a woman (day 45 = 5 + 40) born 05-08-1968") {
  Nik n;
  REQUIRE(parse_nik("3515144508680002", n) == NikError::None);
  CHECK(n.female);
  CHECK(n.day == 5);
  CHECK(n.serial == 2);
  CHECK(nik_matches_birth(n, from_ymd(1968, 8, 5)));
}

TEST_CASE("nik: 3602041211870001 is Banten, 12-11-1987") {
  Nik n;
  REQUIRE(parse_nik("3602041211870001", n) == NikError::None);
  CHECK(std::string(nik_province_name(n.province)) == "Banten");
  CHECK(n.day == 12);
  CHECK(n.month == 11);
  CHECK(n.yy == 87);
  Date d;
  REQUIRE(nik_birth_date(n, nullptr, from_ymd(2026, 5, 1), d));
  CHECK(d == from_ymd(1987, 11, 12));
}

TEST_CASE("nik: structural errors") {
  Nik n;
  CHECK(parse_nik("", n) == NikError::Empty);
  CHECK(parse_nik("   ", n) == NikError::Empty);
  CHECK(parse_nik("351514050868000", n) == NikError::Length);      // 15 digits
  CHECK(parse_nik("35151405086800011", n) == NikError::Length);    // 17 digits
  CHECK(parse_nik("35151405086800O1", n) == NikError::NotDigits);  // letter O
  CHECK(parse_nik("3.51514E+15", n) == NikError::Scientific);
  CHECK(parse_nik("9915140508680001", n) == NikError::Province);  // 99 not a province
  CHECK(parse_nik("2015140508680001", n) == NikError::Province);  // 20 not a province
  CHECK(parse_nik("3500140508680001", n) == NikError::Regency);
  CHECK(parse_nik("3515000508680001", n) == NikError::District);
  CHECK(parse_nik("3515140008680001", n) == NikError::Day);  // day 00
  CHECK(parse_nik("3515143208680001", n) == NikError::Day);  // 32
  CHECK(parse_nik("3515144008680001", n) == NikError::Day);  // 40
  CHECK(parse_nik("3515147208680001", n) == NikError::Day);  // 72
  CHECK(parse_nik("3515140513680001", n) == NikError::Month);
  CHECK(parse_nik("3515140500680001", n) == NikError::Month);
  CHECK(parse_nik("3515143102680001", n) == NikError::Date);  // 31 February
  CHECK(parse_nik("3515142902670001", n) == NikError::Date);  // 29-02-67: never a leap year
  CHECK(parse_nik("3515142902680001", n) == NikError::None);  // 29-02-68: leap
  CHECK(parse_nik("3515140508680000", n) == NikError::Serial);
}

TEST_CASE("nik: tolerated spellings") {
  Nik n;
  CHECK(parse_nik(" 3515140508680001 ", n) == NikError::None);
  CHECK(parse_nik("'3515140508680001", n) == NikError::None);  // Excel text marker
  CHECK(parse_nik("3515 1405 0868 0001", n) == NikError::None);
  CHECK(parse_nik("3515140508680001.0", n) == NikError::None);  // number cell
  CHECK(n.value == 3515140508680001ULL);
  CHECK(parse_nik("3515140508680001.5", n) == NikError::NotDigits);
}

TEST_CASE("nik: century from the birth column, else the latest one not after as_of") {
  Nik n;
  REQUIRE(parse_nik("3515140508050001", n) == NikError::None);  // yy = 05
  Date d, birth = from_ymd(2005, 8, 5);
  REQUIRE(nik_birth_date(n, &birth, from_ymd(2026, 1, 1), d));
  CHECK(d == from_ymd(2005, 8, 5));
  REQUIRE(nik_birth_date(n, nullptr, from_ymd(2026, 1, 1), d));
  CHECK(d == from_ymd(2005, 8, 5));
  REQUIRE(parse_nik("3515140508300001", n) == NikError::None);  // yy = 30: 2030 is future -> 1930
  REQUIRE(nik_birth_date(n, nullptr, from_ymd(2026, 1, 1), d));
  CHECK(d == from_ymd(1930, 8, 5));
  birth = from_ymd(1929, 8, 5);  // a typo'd birth column still picks the nearest century
  REQUIRE(nik_birth_date(n, &birth, from_ymd(2026, 1, 1), d));
  CHECK(d == from_ymd(1930, 8, 5));
  REQUIRE(parse_nik("3515141512250001", n) == NikError::None);  // 15-12-25 on as_of 2025-12-01 -> 1925
  REQUIRE(nik_birth_date(n, nullptr, from_ymd(2025, 12, 1), d));
  CHECK(d == from_ymd(1925, 12, 15));
}

TEST_CASE("nik: duplicate set returns the first record") {
  NikSet s;
  CHECK(s.insert(3515140508680001ULL, 2) == 0);
  CHECK(s.insert(3515144508680002ULL, 3) == 0);
  CHECK(s.insert(3515140508680001ULL, 9) == 2);
  CHECK(s.find(3515144508680002ULL) == 3);
  CHECK(s.find(3602041211870001ULL) == 0);
  int clashes = 0;
  for (uint64_t i = 1; i <= 100000; ++i)
    clashes += s.insert(3500000000000000ULL + i * 7919, static_cast<int64_t>(i) + 10) != 0;
  CHECK(clashes == 0);
  CHECK(s.size() == 100002);
  CHECK(s.find(3500000000000000ULL + 5000 * 7919) == 5010);
  CHECK(s.find(3515140508680001ULL) == 2);
}

TEST_CASE("nik: written back as 16 digits, leading zeros kept") {
  Nik n;
  REQUIRE(parse_nik("3515140508680001", n) == NikError::None);
  CHECK(nik_digits(n.value) == "3515140508680001");
  CHECK(nik_digits(1) == "0000000000000001");
  std::string s = "x";
  nik_append_digits(s, 1100000000000042ull);
  CHECK(s == "x1100000000000042");
  char b[17] = {};
  CHECK(nik_put_digits(b, 9999999999999999ull) == b + 16);
  CHECK(std::string(b) == "9999999999999999");
}
