// Property tests over thousands of generated inputs (deterministic seed):
// shares sum to totals, amounts never negative, monotone in wage and income, caps hold, and the
// same input always gives the same answer.
#include <doctest/doctest.h>

#include "gen_inputs.hpp"
#include "jamsos/contract.hpp"

using namespace jamsos;

static const int kCases = 20000;

TEST_CASE("party shares sum to each program's total, and totals to the enrolled programs") {
  const RuleSet& R = embedded_rules();
  testgen::Rng rng{0x9e3779b97f4a7c15ULL};
  Result res;
  for (int n = 0; n < kCases; ++n) {
    Input in = testgen::random_input(rng);
    evaluate(R, in, res);
    Totals m{0, 0, 0, 0}, o{0, 0, 0, 0};
    bool complete = true;
    for (int p = 0; p < kPrograms; ++p) {
      const ProgramResult& pr = res.programs[p];
      if (pr.status == Status::NotEligible || pr.status == Status::NeedInfo) REQUIRE_FALSE(pr.has_amounts);
      if (pr.status == Status::NeedInfo) REQUIRE(pr.missing != 0);
      if (pr.status == Status::NeedInfo) complete = false;
      if (!pr.has_amounts) {
        if (pr.enrolled) complete = false;
        continue;
      }
      REQUIRE(pr.employer >= 0);
      REQUIRE(pr.worker >= 0);
      REQUIRE(pr.government >= 0);
      REQUIRE(pr.total == pr.employer + pr.worker + pr.government);
      if (!pr.enrolled) continue;
      Totals& t = pr.period == Period::OneTime ? o : m;
      t.employer += pr.employer, t.worker += pr.worker, t.government += pr.government, t.total += pr.total;
    }
    REQUIRE(res.monthly.total == m.total);
    REQUIRE(res.monthly.employer == m.employer);
    REQUIRE(res.monthly.worker == m.worker);
    REQUIRE(res.monthly.government == m.government);
    REQUIRE(res.one_time.total == o.total);
    REQUIRE(res.complete == complete);
  }
}

TEST_CASE("caps hold: JP basis <= the ceiling in force, JKP basis <= Rp5,000,000, BPU basis in its band") {
  const RuleSet& R = embedded_rules();
  testgen::Rng rng{12345};
  Result res;
  for (int n = 0; n < kCases; ++n) {
    Input in = testgen::random_input(rng);
    evaluate(R, in, res);
    const ProgramResult& jp = res.programs[JP];
    if (jp.has_amounts && res.segment == Segment::PU) REQUIRE(jp.basis <= R.at(PARAM("jp.ceiling"), in.as_of)->number);
    const ProgramResult& jkp = res.programs[JKP];
    if (jkp.has_amounts) REQUIRE(jkp.basis <= R.at(PARAM("jkp.wage_cap"), in.as_of)->number);
    if (res.segment == Segment::BPU && res.programs[JKK].has_amounts) {
      REQUIRE(res.programs[JKK].basis >= 1000000);
      REQUIRE(res.programs[JKK].basis <= 20700000);
    }
  }
}

TEST_CASE("amounts are monotone in wage, income and contract value") {
  const RuleSet& R = embedded_rules();
  testgen::Rng rng{777};
  Result a, b;
  for (int n = 0; n < kCases; ++n) {
    Input in = testgen::random_input(rng);
    Input more = in;
    int64_t step = rng.range(1, 3000000);
    if (more.monthly_wage >= 0) more.monthly_wage += step;
    if (more.declared_income >= 0) more.declared_income += step;
    if (more.contract_value >= 0) more.contract_value += step * 1000;
    evaluate(R, in, a);
    evaluate(R, more, b);
    for (int p = 0; p < kPrograms; ++p) {
      REQUIRE(a.programs[p].status == b.programs[p].status);
      REQUIRE(a.programs[p].has_amounts == b.programs[p].has_amounts);
      if (!a.programs[p].has_amounts) continue;
      REQUIRE(a.programs[p].employer <= b.programs[p].employer);
      REQUIRE(a.programs[p].worker <= b.programs[p].worker);
      REQUIRE(a.programs[p].government <= b.programs[p].government);
      REQUIRE(a.programs[p].total <= b.programs[p].total);
    }
  }
}

TEST_CASE("each run is deterministic: the same input gives byte-identical JSON") {
  const RuleSet& R = embedded_rules();
  testgen::Rng rng{4242};
  Result r1, r2;
  for (int n = 0; n < 3000; ++n) {
    Input in = testgen::random_input(rng);
    evaluate(R, in, r1);
    evaluate(R, in, r2);
    std::string s1, s2;
    write_result(R, r1, "", s1);
    write_result(R, r2, "", s2);
    REQUIRE(s1 == s2);
  }
}
