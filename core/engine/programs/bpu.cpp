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
  // Only the window of the person's sector is read when the sector is known (a rule update that
  // changes the other window then leaves this answer alone: jamsos diff evaluates it once).
  const bool known = c.sector != BpuSector::None;
  const Value* t =
      known && c.sector != BpuSector::Transport ? nullptr : c.at(PARAM("relief.pp50_2025.transport_factor"));
  const Value* o = known && c.sector != BpuSector::Other ? nullptr : c.at(PARAM("relief.pp50_2025.other_factor"));
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
    // PP 50/2025 Pasal 3 (relief.pp50_2025.excluded_funding): no discount when JKK and JKM are paid
    // through the APBN or APBD. funded_by absent counts as "self" (DECISIONS.md 16, said in a note);
    // "apbdes" keeps the discount, with the undiscounted amount beside it (U: APBDes may count as APBD).
    FundedBy by = c.funded_by == FundedBy::None ? FundedBy::Self : c.funded_by;
    if (c.funded_by == FundedBy::None) note(c.out, NoteCode::FundedBySelfAssumed);
    if (in_list(c.at(PARAM("relief.pp50_2025.excluded_funding")), funded_by_code(by))) {
      note(c.out, NoteCode::Pp50BudgetExcluded);
      return nullptr;
    }
    if (by == FundedBy::Apbdes) note(c.out, NoteCode::Pp50Apbdes);
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
  // The choice rests on the BPU JHT rule itself (PP 46/2015), not on employer staging.
  reason(jht, (c.in.opt_in >> JHT) & 1 ? ReasonCode::OptedIn : ReasonCode::NotOptedIn, jht_rate);
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
  const bool show_full = code == ReliefCode::Pp50_2025 && c.funded_by == FundedBy::Apbdes;
  if (show_full) jkm.has_undiscounted = true, jkm.undiscounted_total = jkm_amount->number;
  // REFERENCE.md 3.6: JKK + JKM as the required minimum is common practice, not regulation text (C/U).
  note(c.out, NoteCode::BpuMinimumPackage);

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

  // Only the two ends of the Lampiran band table are known; an income between them is used as it is (U).
  if (!clamp && income != lo->number && income != hi->number) note(c.out, NoteCode::BpuBands);
  if (clamp) step(jkk, StepKind::BasisClamped, Party::Worker, clamp, income, basis);
  charge_rate(c, jkk, Party::Worker, basis, jkk_rate, relief, code);
  if (show_full)
    jkk.has_undiscounted = true, jkk.undiscounted_total = round_rupiah(exact_of(basis, jkk_rate->rate), c.rnd);

  // JHT (bpu.jht.rate) on the same basis; PP 50/2025 names only JKK and JKM, so no discount here (U).
  if (clamp) step(jht, StepKind::BasisClamped, Party::Worker, clamp, income, basis);
  charge_rate(c, jht, Party::Worker, basis, jht_rate, nullptr, ReliefCode::None);
}

}  // namespace detail
}  // namespace jamsos
