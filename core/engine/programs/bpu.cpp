// Bukan Penerima Upah (informal and self-employed): PP 44/2015 Lampiran II, PP 46/2015, PP 50/2025.
#include "program.hpp"

namespace jamsos {
namespace detail {

// Relief on BPU JKK and JKM: PP 49/2020 (Aug 2020 - Jan 2021) or PP 50/2025 (by sector window).
static const Value* bpu_relief(Ctx& c, ReliefCode& code) {
  if (const Value* f = c.at(PARAM("relief.pp49_2020.factor"))) {
    code = ReliefCode::Pp49_2020;
    note(c.out, NoteCode::Pp49Conditions);
    return f;
  }
  const Value* t = c.at(PARAM("relief.pp50_2025.transport_factor"));
  const Value* o = c.at(PARAM("relief.pp50_2025.other_factor"));
  const Value* f = nullptr;
  if (c.sector == BpuSector::Transport)
    f = t;
  else if (c.sector == BpuSector::Other)
    f = o;
  else if (t && o && t->rate == o->rate)
    f = t;  // both windows open: the sector does not matter
  else if (t || o)
    warn(c.out, WarningCode::ReliefNeedsSector);
  if (f) {
    code = ReliefCode::Pp50_2025;
    note(c.out, NoteCode::Pp50Jht);
    note(c.out, NoteCode::Pp50Package);
  }
  return f;
}

void evaluate_bpu(Ctx& c) {
  ProgramResult& jkk = c.out.programs[JKK];
  ProgramResult& jkm = c.out.programs[JKM];
  ProgramResult& jht = c.out.programs[JHT];
  ProgramResult& jp = c.out.programs[JP];
  ProgramResult& jkp = c.out.programs[JKP];
  const Value* jkk_rate = c.at(PARAM("bpu.jkk.rate"));
  const Value* jkm_amount = c.at(PARAM("bpu.jkm.amount"));
  const Value* jht_rate = c.at(PARAM("bpu.jht.rate"));
  jkk.status = jkm.status = Status::Mandatory;
  reason(jkk, ReasonCode::BpuMandatory, jkk_rate);
  reason(jkm, ReasonCode::BpuMandatory, jkm_amount);
  jht.status = Status::Optional;
  reason(jht, ReasonCode::BpuJhtOptional, jht_rate);
  reason(jht, (c.in.opt_in >> JHT) & 1 ? ReasonCode::OptedIn : ReasonCode::NotOptedIn);
  jp.status = jkp.status = Status::NotEligible;
  reason(jp, ReasonCode::BpuNoJp);
  reason(jkp, ReasonCode::BpuNoJkp);

  ReliefCode code = ReliefCode::None;
  const Value* relief = bpu_relief(c, code);

  // JKM: a flat amount (PP 44/2015 Lampiran), times the relief factor.
  Exact jkm_exact = exact_money(jkm_amount->number);
  if (relief) {
    jkm_exact = Exact{jkm_exact.pico / Rate::kOne * relief->rate.units};
    jkm.relief = code;
    jkm.relief_param = relief;
  }
  Money jkm_pay = round_rupiah(jkm_exact, c.rnd);
  step(jkm, StepKind::FlatAmount, Party::Worker, jkm_amount, jkm_amount->number, jkm_pay, 0,
       relief ? relief->rate : Rate{Rate::kOne});
  set_amounts(jkm, 0, jkm_pay, 0);

  Money income = c.declared_income;
  if (income < 0) {
    jkk.missing |= kMissIncome;
    jht.missing |= kMissIncome;
    return;
  }
  // Basis: the declared income, raised to the lowest band or lowered to the highest (DECISIONS 15).
  const Value* lo = c.at(PARAM("bpu.basis.min"));
  const Value* hi = c.at(PARAM("bpu.basis.max"));
  Money basis = income;
  const Value* clamp = nullptr;
  if (income < lo->number)
    basis = lo->number, clamp = lo;
  else if (income > hi->number)
    basis = hi->number, clamp = hi;

  if (clamp) step(jkk, StepKind::BasisClamped, Party::Worker, clamp, income, basis);
  charge_rate(c, jkk, Party::Worker, basis, jkk_rate, relief, code);

  // JHT (bpu.jht.rate) on the same basis; PP 50/2025 names only JKK and JKM, so no discount here (U).
  if (clamp) step(jht, StepKind::BasisClamped, Party::Worker, clamp, income, basis);
  charge_rate(c, jht, Party::Worker, basis, jht_rate, nullptr, ReliefCode::None);
}

}  // namespace detail
}  // namespace jamsos
