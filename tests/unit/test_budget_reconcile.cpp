// Budgets (people x package x months, relief month by month) and the reconciliation of two months'
// rosters (core/roster/budget.cpp, reconcile.cpp). Amounts worked out by hand from the rates in
// docs/CONTRACT.md.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "jamsos/roster.hpp"
#include "jamsos/roster_budget.hpp"
#include "jamsos/rules.hpp"

using namespace jamsos;

TEST_CASE("budget: 120 pekerja rentan for 12 months from April 2026 (PP 50/2025, sector other)") {
  // Apr-Dec 2026: (1% x 1,000,000 + 6,800) x 50% = 8,400; Jan-Mar 2027: 16,800.
  // 9 x 8,400 + 3 x 16,800 = 75,600 + 50,400 = 126,000 per person; x 120 = 15,120,000.
  Input t;
  t.role = Role::PekerjaRentan;
  BudgetPlan p;
  std::string err;
  REQUIRE(plan_budget(embedded_rules(), t, 120, 2026, 4, 12, p, err));
  REQUIRE(p.months.size() == 12);
  CHECK(p.months[0].per_person_total == 8400);
  CHECK(p.months[8].per_person_total == 8400);   // December 2026
  CHECK(p.months[9].per_person_total == 16800);  // January 2027
  CHECK(p.months[0].relief);
  CHECK_FALSE(p.months[9].relief);
  CHECK(p.per_person_total == 126000);
  CHECK(p.grand_total == 15120000);
  CHECK(p.total[1] == 15120000);
  CHECK(p.payers[1] == Payer::VillageBudget);
  CHECK_FALSE(plan_budget(embedded_rules(), t, 120, 2026, 13, 12, p, err));
  CHECK_FALSE(plan_budget(embedded_rules(), t, 120, 2026, 4, 0, p, err));
}

TEST_CASE("reconcile: added, removed, changed wage, and relief-only changes") {
  std::string last =
      "NIK,Nama,Jabatan,Upah\n"
      "3515140508680001,Budi,Kepala Desa,4500000\n"
      "3515144508680002,Siti,Perangkat Desa,2500000\n"
      "3602041211870001,Rentan,Pekerja Rentan,\n";
  std::string now =
      "NIK,Nama,Jabatan,Upah\n"
      "3515140508680001,Budi,Kepala Desa,5000000\n"
      "3602041211870001,Rentan,Pekerja Rentan,\n"
      "3515144508900002,Baru,Perangkat Desa,2000000\n";
  ReconcileOptions o;
  o.last_as_of = from_ymd(2026, 3, 1);
  o.this_as_of = from_ymd(2026, 4, 1);
  std::string out, sum, err;
  REQUIRE(reconcile_run(embedded_rules(), last, now, o, out, sum, err));
  auto rows = csv_parse_all(out);
  REQUIRE(rows.size() == 5);
  // Budi: 24,300 -> 0.54% x 5,000,000 = 27,000.
  CHECK(rows[1] == std::vector<std::string>{"changed", "2", "3515140508680001", "Budi", "wage", "kepala_desa",
                                            "kepala_desa", "4500000", "5000000", "24300", "27000", "2700", ""});
  // Rentan: March 16,800 -> April 8,400 (PP 50/2025 starts for sector other).
  CHECK(rows[2][0] == "amount_changed");
  CHECK(rows[2][11] == "-8400");
  CHECK(rows[3][0] == "added");
  CHECK(rows[3][10] == "10800");
  CHECK(rows[4][0] == "removed");
  CHECK(rows[4][2] == "3515144508680002");
  CHECK(rows[4][11] == "-13500");
  // Totals: last 24,300 + 13,500 + 16,800 = 54,600; this 27,000 + 8,400 + 10,800 = 46,200.
  CHECK(sum.find("\"total\": 54600") != std::string::npos);
  CHECK(sum.find("\"total\": 46200") != std::string::npos);
  CHECK(sum.find("\"total\": -8400") != std::string::npos);
}

TEST_CASE("budget request: flags, the page's JSON and the contract's checks") {
  const RuleSet& R = embedded_rules();
  int y = 0, m = 0;
  CHECK(parse_budget_month("2026-04", y, m));
  CHECK((y == 2026 && m == 4));
  CHECK(!parse_budget_month("2026-13", y, m));
  CHECK(!parse_budget_month("2026-4", y, m));
  CHECK(!parse_budget_month("", y, m));

  // The flags set the template with the roster's cell parsers.
  BudgetRequest req;
  req.people = 120, req.year = 2026, req.month = 4, req.months = 12;
  InputError err;
  std::string why;
  REQUIRE(budget_template_from_json(R, "{}", 2026, 4, req.tmpl, err));
  CHECK(budget_set_field(R, req.tmpl, BudgetField::Role, "Pekerja Rentan", err, why) == BudgetSet::Ok);
  CHECK(req.tmpl.role == Role::PekerjaRentan);
  CHECK(budget_set_field(R, req.tmpl, BudgetField::Sector, "lainnya", err, why) == BudgetSet::Ok);
  CHECK(budget_set_field(R, req.tmpl, BudgetField::Income, "1 juta", err, why) == BudgetSet::Ok);
  CHECK(req.tmpl.declared_income == 1000000);
  CHECK(budget_check_template(embedded_rules(), req.tmpl, err));
  std::string out, error;
  REQUIRE(budget_run(R, req, false, out, error));
  // The same request from the page's JSON gives the same bytes.
  CHECK(budget_from_json(R, R"({"role":"pekerja_rentan","bpu_sector":"other","declared_income":1000000})", 120,
                         "2026-04", 12, false) == out);
  CHECK(out.find("\"total\": 15120000") != std::string::npos);

  // Bad values: a usage message, or the contract's own error.
  Input t;
  CHECK(budget_set_field(R, t, BudgetField::Wage, "abc", err, why) == BudgetSet::Usage);
  CHECK(why == "--wage must be a rupiah amount");
  CHECK(budget_set_field(R, t, BudgetField::Role, "astronaut", err, why) == BudgetSet::Input);
  CHECK(err.field == "role");
  CHECK(budget_set_field(R, t, BudgetField::RiskGroup, "9", err, why) == BudgetSet::Input);
  CHECK(err.code == "out_of_range");
  CHECK(budget_set_field(R, t, BudgetField::RiskGroup, "x", err, why) == BudgetSet::Usage);
  // Cross-field checks on a template built field by field.
  Input c = req.tmpl;
  c.role = Role::KepalaDesa;
  c.segment = Segment::BPU;
  CHECK(!budget_check_template(embedded_rules(), c, err));
  CHECK(err.code == "inconsistent_input");
  CHECK(err.message == "role kepala_desa implies segment PU");
  // The page's errors.
  CHECK(budget_from_json(R, "[]", 1, "2026-04", 1, false) ==
        R"({"error":{"code":"malformed_json","field":"","message":"the template must be a JSON object"}})");
  CHECK(budget_from_json(R, "{}", 1, "2026-4", 1, false).find("\"field\":\"from\"") != std::string::npos);
  CHECK(budget_from_json(R, "{}", 1, "2026-04", 0, false).find("\"field\":\"months\"") != std::string::npos);
  CHECK(budget_from_json(R, R"({"role":"x"})", 1, "2026-04", 1, false).find("\"field\":\"role\"") != std::string::npos);
}

TEST_CASE("budget: bounded inputs and checked totals") {
  Input t;
  t.segment = Segment::PU;
  t.scale = Scale::Large;
  t.risk_group = 5;
  t.monthly_wage = 10000000000;  // the largest accepted
  BudgetPlan p;
  std::string err;
  // JKK 1.74% + JKM 0.30% + JHT 5.70% of 10^10 alone is 774,000,000 a month; x 600 months x
  // 10^8 people = 4.6 x 10^19, past INT64_MAX (9.2 x 10^18): refused, not wrapped.
  CHECK_FALSE(plan_budget(embedded_rules(), t, 100000000, 2026, 1, 600, p, err));
  CHECK(err.find("too large to represent") != std::string::npos);
  CHECK(p.grand_total == 0);
  // 10^6 people fit: 774,000,000 x 600 = 464,400,000,000 a person (no birth date: JP needs data,
  // so it is not in the total), x 10^6 = 464,400,000,000,000,000.
  REQUIRE(plan_budget(embedded_rules(), t, 1000000, 2026, 1, 600, p, err));
  CHECK(p.per_person_total == 464400000000LL);
  CHECK(p.grand_total == 464400000000000000LL);
  t.monthly_wage = 10000000001;
  CHECK_FALSE(plan_budget(embedded_rules(), t, 1, 2026, 1, 1, p, err));
  CHECK(err == "monthly_wage must be at most 10,000,000,000 a month");
  std::string j =
      budget_from_json(embedded_rules(), "{\"segment\":\"PU\",\"monthly_wage\":10000000001}", 1, "2026-01", 1, false);
  CHECK(j.find("\"field\":\"monthly_wage\"") != std::string::npos);
  Input cli;
  InputError ie;
  std::string why;
  CHECK(budget_set_field(embedded_rules(), cli, BudgetField::Wage, "1000000000000000", ie, why) == BudgetSet::Usage);
  CHECK(why == "--wage must be at most 10,000,000,000 (rupiah a month)");
}

TEST_CASE("roster budget: a roster over two months, one of them in a relief window") {
  // Rates (docs/CONTRACT.md, REFERENCE §4): PU JKK risk group I 0.24% + JKM 0.30% = 0.54% of the
  // wage, employer (village roles: micro staging, JKK + JKM only); BPU Rp1,000,000 band: JKK 1% =
  // 10,000 + JKM 6,800 = 16,800, PP 50/2025 halves both (5,000 + 3,400 = 8,400) for sector "other"
  // from April 2026; in March 2026 the two sector windows differ and no sector is given, so the
  // base amount applies (a warning says so).
  //   Budi, kepala desa, 4,500,000:  0.54% = 24,300 in March and April (village government)
  //   Siti, perangkat desa, 2,500,000: 0.54% = 13,500 in March and April (village government)
  //   Rentan, pekerja rentan: 16,800 in March, 8,400 in April (the village budget pays it)
  //   Paruh, PPPK paruh waktu without the scheme: every program needs data, 0 (need_info)
  //   a bad NIK: not computed (invalid)
  // March: 24,300 + 13,500 + 16,800 = 54,600; April: 24,300 + 13,500 + 8,400 = 46,200; total
  // 100,800 = village government (24,300 + 13,500) x 2 = 75,600 + village budget 16,800 + 8,400 = 25,200.
  const std::string csv =
      "NIK,Nama,Jabatan,Upah\n"
      "3515140508680001,Budi,Kepala Desa,4500000\n"
      "3515144508680002,Siti,Perangkat Desa,2500000\n"
      "3602041211870001,Rentan,Pekerja Rentan,\n"
      "3515144508900002,Paruh,PPPK Paruh Waktu,3000000\n"
      "1234,Salah,Perangkat Desa,2000000\n";
  RosterOptions o;
  RosterBudget b(embedded_rules(), o, 2026, 3, 2);
  REQUIRE(b.feed(csv.data(), csv.size()));
  REQUIRE(b.finish());
  const auto& m = b.months();
  REQUIRE(m.size() == 2);
  CHECK(m[0].total == 54600);
  CHECK(m[1].total == 46200);
  CHECK(m[0].party[0] == 37800);
  CHECK(m[0].party[1] == 16800);
  CHECK(m[1].party[1] == 8400);
  CHECK(m[0].by_payer[static_cast<int>(Payer::VillageGovernment)] == 37800);
  CHECK(m[0].by_payer[static_cast<int>(Payer::VillageBudget)] == 16800);
  CHECK(m[1].by_payer[static_cast<int>(Payer::VillageBudget)] == 8400);
  CHECK(m[0].people == 4);
  CHECK(m[0].relief == 0);
  CHECK(m[1].relief == 1);
  CHECK(m[0].need_info == 1);
  CHECK(b.invalid() == 1);
  CHECK(b.need_info() == 1);
  const std::string j = b.json();
  CHECK(j.find("\"total\": 100800") != std::string::npos);
  CHECK(j.find("\"invalid\": 1") != std::string::npos);
  CHECK(j.find("\"code\": \"village_budget\"") != std::string::npos);
  CHECK(j.find("\"amount\": 25200") != std::string::npos);
  CHECK(j.find("\"amount\": 75600") != std::string::npos);
  auto rows = csv_parse_all(b.csv());
  REQUIRE(rows.size() == 4);
  CHECK(rows[0][0] == "month");
  CHECK(rows[1][0] == "2026-03");
  CHECK(rows[1][5] == "54600");
  CHECK(rows[3][0] == "total");
  CHECK(rows[3][5] == "100800");

  // The one-call entry point (the page's) gives the same JSON; bad arguments name the field.
  CHECK(roster_budget_run(embedded_rules(), csv, o, "2026-03", 2, false) == j);
  CHECK(roster_budget_run(embedded_rules(), csv, o, "2026-3", 2, false).find("\"field\":\"from\"") !=
        std::string::npos);
  CHECK(roster_budget_run(embedded_rules(), csv, o, "2026-03", 0, false).find("\"field\":\"months\"") !=
        std::string::npos);
  CHECK(roster_budget_run(embedded_rules(), "x,y\n1,2\n", o, "2026-03", 2, false).find("\"field\":\"roster\"") !=
        std::string::npos);
}
