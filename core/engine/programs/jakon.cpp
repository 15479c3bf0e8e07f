// Jasa konstruksi (construction projects): Permenaker 44/2015 (later Permenaker 5/2021), with the
// tiers restated in PP 49/2020 Pasal 12. The contractor pays (`employer`).
#include "program.hpp"

namespace jamsos {
namespace detail {

// Marginal slices, like income tax: sum of rate_i x the part of the value inside slice i.
static Money slices(Ctx& c, ProgramResult& p, const Value* table, Money value, const Value* relief) {
  Exact sum{};
  const auto& s = table->slices;
  for (size_t i = 0; i < s.size(); ++i) {
    Money lo = s[i].above;
    if (value <= lo) break;
    Money hi = i + 1 < s.size() ? s[i + 1].above : value;
    if (hi > value) hi = value;
    Rate r = apply_factor(s[i].rate, relief);
    sum += exact_of(hi - lo, r);
    step(p, StepKind::Slice, Party::Employer, table, lo, hi, static_cast<int64_t>(i), r);
  }
  Money amount = round_rupiah(sum, c.rnd);
  step(p, StepKind::SliceTotal, Party::Employer, table, value, amount);
  return amount;
}

void evaluate_jakon(Ctx& c) {
  ProgramResult& jkk = c.out.programs[JKK];
  ProgramResult& jkm = c.out.programs[JKM];
  const Value* jkk_table = c.at(PARAM("jakon.jkk.slices"));
  const Value* jkm_table = c.at(PARAM("jakon.jkm.slices"));
  jkk.status = jkm.status = Status::Mandatory;
  reason(jkk, ReasonCode::JakonMandatory, jkk_table);
  reason(jkm, ReasonCode::JakonMandatory, jkm_table);
  for (int prog = JHT; prog <= JKP; ++prog) {
    c.out.programs[prog].status = Status::NotEligible;
    reason(c.out.programs[prog], ReasonCode::JakonNotCovered, jkk_table);
  }
  note(c.out, NoteCode::JakonBasis);
  const Value* relief = c.at(PARAM("relief.pp49_2020.factor"));
  if (relief) note(c.out, NoteCode::Pp49Conditions);

  if (c.wage >= 0) {
    // Basis A (wage known): PU rates on the monthly wage (PP 49/2020 Pasal 12(1)).
    Money wage = c.wage;
    jkk.period = jkm.period = Period::Monthly;
    if (c.risk_group) jkk.risk_group = c.risk_group;
    if (!c.risk_group)
      jkk.missing |= kMissRiskGroup;
    else
      charge_rate(c, jkk, Party::Employer, wage, c.at(jkk_rate(c.risk_group)), relief, ReliefCode::Pp49_2020);
    charge_rate(c, jkm, Party::Employer, wage, c.at(PARAM("pu.jkm.rate")), relief, ReliefCode::Pp49_2020);
    return;
  }
  // Basis B (wage unknown): contract-value slices, paid once per project.
  jkk.period = jkm.period = Period::OneTime;
  if (c.in.contract_value < 0) {
    jkk.missing |= kMissContract;
    jkm.missing |= kMissContract;
    return;
  }
  Money v = c.in.contract_value;
  if (relief) {
    jkk.relief = jkm.relief = ReliefCode::Pp49_2020;
    jkk.relief_param = jkm.relief_param = relief;
  }
  Money a = slices(c, jkk, jkk_table, v, relief);
  jkk.has_basis = true, jkk.basis = v;
  set_amounts(jkk, a, 0, 0);
  Money b = slices(c, jkm, jkm_table, v, relief);
  jkm.has_basis = true, jkm.basis = v;
  set_amounts(jkm, b, 0, 0);
}

}  // namespace detail
}  // namespace jamsos
