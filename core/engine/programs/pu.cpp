// Penerima Upah (wage earners). Organised by the instrument each rule implements.
#include "program.hpp"

namespace jamsos {
namespace detail {

// PP 49/2020: in its window (relief.pp49_2020.factor) JKK and JKM are paid at a fraction.
static const Value* pp49_factor(Ctx& c) {
  const Value* f = c.at(PARAM("relief.pp49_2020.factor"));
  if (f) note(c.out, NoteCode::Pp49Conditions);
  return f;
}

// PP 7/2025 Pasal 4(1), extended by PP 36/2025 Pasal 10A to the January 2026 contribution month: a JKK discount
// (relief.pp7_2025.jkk_factor) for the listed labour-intensive industries (relief.pp7_2025.industries) from a minimum
// headcount (relief.pp7_2025.min_headcount).
static const Value* pp7_factor(Ctx& c) {
  const Value* f = c.at(PARAM("relief.pp7_2025.jkk_factor"));
  if (!f) return nullptr;
  if (!c.in.has_industry || c.in.headcount < 0) {
    if (!c.in.has_industry || in_list(c.at(PARAM("relief.pp7_2025.industries")), c.in.industry))
      warn(c.out, WarningCode::ReliefNeedsIndustry);
    return nullptr;
  }
  const Value* min = c.at(PARAM("relief.pp7_2025.min_headcount"));
  if (!in_list(c.at(PARAM("relief.pp7_2025.industries")), c.in.industry) || !min || c.in.headcount < min->number)
    return nullptr;
  // A condition no input expresses (JKK paid up to January 2025) is assumed: say so (DECISIONS.md 19).
  note(c.out, NoteCode::Pp7Conditions);
  return f;
}

// --- PP 44/2015 Pasal 16(1): JKK by risk group, employer only -----------------------------------
static void jkk(Ctx& c, Money wage) {
  ProgramResult& p = c.out.programs[JKK];
  p.status = Status::Mandatory;
  reason(p, ReasonCode::StagingAllScales, c.at(PARAM("staging.jkk_jkm.all_scales")));
  if (c.risk_group) p.risk_group = c.risk_group;
  if (wage < 0) p.missing |= kMissWage;
  if (!c.risk_group) p.missing |= kMissRiskGroup;
  if (p.missing) return;
  const Value* relief = pp49_factor(c);
  ReliefCode code = ReliefCode::Pp49_2020;
  if (!relief) {
    relief = pp7_factor(c);
    code = ReliefCode::Pp7_2025;
  }
  charge_rate(c, p, Party::Employer, wage, c.at(jkk_rate(c.risk_group)), relief, code);
}

// --- PP 44/2015: JKM (pu.jkm.rate), employer only; restated in PP 49/2020 Pasal 12(1) --------------
static void jkm(Ctx& c, Money wage) {
  ProgramResult& p = c.out.programs[JKM];
  p.status = Status::Mandatory;
  reason(p, ReasonCode::StagingAllScales, c.at(PARAM("staging.jkk_jkm.all_scales")));
  if (wage < 0) {
    p.missing |= kMissWage;
    return;
  }
  charge_rate(c, p, Party::Employer, wage, c.at(PARAM("pu.jkm.rate")), pp49_factor(c), ReliefCode::Pp49_2020);
}

// --- PP 46/2015: JHT (pu.jht.rate.employer + pu.jht.rate.worker), no cap; staging by Perpres 109/2013 --
static void jht(Ctx& c, Money wage) {
  ProgramResult& p = c.out.programs[JHT];
  if (c.scale == Scale::None) {
    p.status = Status::NeedInfo;
    p.missing |= kMissScale;
    reason(p, ReasonCode::NeedScale, c.at(PARAM("staging.jht.mandatory_scales")));
    if (wage < 0) p.missing |= kMissWage;
    return;
  }
  status_from_staging(p, c, JHT, c.at(PARAM("staging.jht.mandatory_scales")));
  if (wage < 0) {
    p.missing |= kMissWage;
    return;
  }
  const Value* er = c.at(PARAM("pu.jht.rate.employer"));
  const Value* wr = c.at(PARAM("pu.jht.rate.worker"));
  Money employer = round_rupiah(exact_of(wage, er->rate), c.rnd);
  Money worker = round_rupiah(exact_of(wage, wr->rate), c.rnd);
  step(p, StepKind::PartyRate, Party::Employer, er, wage, employer, 0, er->rate);
  step(p, StepKind::PartyRate, Party::Worker, wr, wage, worker, 0, wr->rate);
  p.has_basis = p.has_rate = true;
  p.basis = wage;
  p.rate = Rate{er->rate.units + wr->rate.units};
  set_amounts(p, employer, worker, 0);
}

// --- PP 45/2015 Pasal 15: the pension age (jp.pension_age), reached once (DECISIONS.md 9) ------------
// The day the person turns `years` (a 29 February birthday falls on 1 March, as age_on() counts).
static Date birthday(const Ymd& b, int64_t years) {
  int y = b.year + static_cast<int>(years);
  return valid_ymd(y, b.month, b.day) ? from_ymd(y, b.month, b.day) : from_ymd(y, 3, 1);
}

// DECISIONS.md 9 (PP 45/2015 Pasal 15): the pension age is reached once, on the first day d on which
// age(d) >= the pension age in force on d (jp.pension_age). A later step of the schedule never makes
// a pensioner a contributor again. Returns the value in force that day, or null if not yet reached.
static const Value* pension_age_reached(const Ctx& c, Date& reached) {
  const Param& pa = c.series(PARAM("jp.pension_age"));
  const Ymd birth = to_ymd(c.in.birth_date);
  // Each candidate day is on or after the birthday at its age: before the birthday at the lowest
  // age of the schedule, none is reached (the common case, and one date instead of one per step).
  int64_t lowest = INT64_MAX;
  for (const Value& v : pa.values) lowest = v.number < lowest ? v.number : lowest;
  if (pa.values.empty() || birthday(birth, lowest) > c.in.as_of) return nullptr;
  for (size_t i = 0; i < pa.values.size(); ++i) {
    const Value& v = pa.values[i];
    Date d = birthday(birth, v.number);
    if (i > 0 && d < v.from) d = v.from;  // before the rules began, the first age counts from its birthday
    if (v.has_to && d > v.to) continue;
    if (d > c.in.as_of) return nullptr;
    reached = d;
    return &v;
  }
  return nullptr;
}

// PP 45/2015 Pasal 15(4) (jp.continuation_years): after the pension age JP may go on for at most
// 3 years (optional, U); after that it is not eligible.
static bool jp_after_pension_age(Ctx& c, ProgramResult& p) {
  Date reached{};
  const Value* at = c.has_age ? pension_age_reached(c, reached) : nullptr;
  if (!at) return false;
  note(c.out, NoteCode::JpPensionAgeMethod);
  const Value* cont = c.at(PARAM("jp.continuation_years"));
  if (cont && c.in.as_of < birthday(to_ymd(reached), cont->number)) {
    p.status = Status::Optional;
    reason(p, ReasonCode::JpContinuation, cont, c.age);
    reason(p, (c.in.opt_in >> JP) & 1 ? ReasonCode::OptedIn : ReasonCode::NotOptedIn);
    note(c.out, NoteCode::JpContinuation);
    return false;
  }
  p.status = Status::NotEligible;
  reason(p, cont ? ReasonCode::JpContinuationEnded : ReasonCode::JpOverPensionAge, cont ? cont : at, c.age);
  return true;
}

// --- PP 45/2015: JP (pu.jp.rate.employer + pu.jp.rate.worker) of the wage capped at jp.ceiling
// (Pasal 28-29); staging by Perpres 109/2013 until the pension age is reached, then Pasal 15(4).
static void jp(Ctx& c, Money wage) {
  ProgramResult& p = c.out.programs[JP];
  const Value* pa = c.at(PARAM("jp.pension_age"));
  p.pension_age = pa;
  if (jp_after_pension_age(c, p)) return;
  const bool continuation = p.status == Status::Optional;
  if (!c.has_age) p.missing |= kMissBirth;
  if (continuation)
    p.missing = 0;  // the scale does not matter after the pension age
  else if (c.scale == Scale::None)
    p.missing |= kMissScale;
  if (p.missing) {
    p.status = Status::NeedInfo;
    if (p.missing & kMissScale) reason(p, ReasonCode::NeedScale, c.at(PARAM("staging.jp.mandatory_scales")));
    if (p.missing & kMissBirth) reason(p, ReasonCode::NeedBirthDate, pa);
    if (wage < 0) p.missing |= kMissWage;
    return;
  }
  if (!continuation) {
    status_from_staging(p, c, JP, c.at(PARAM("staging.jp.mandatory_scales")));
    reason(p, ReasonCode::JpBelowPensionAge, pa, c.age);
  }
  if (wage < 0) {
    p.missing |= kMissWage;
    return;
  }
  const Value* ceiling = c.at(PARAM("jp.ceiling"));
  p.ceiling = ceiling;
  Money basis = wage;
  if (ceiling && wage > ceiling->number) {
    basis = ceiling->number;
    step(p, StepKind::CapApplied, Party::Employer, ceiling, wage, basis);
  }
  const Value* er = c.at(PARAM("pu.jp.rate.employer"));
  const Value* wr = c.at(PARAM("pu.jp.rate.worker"));
  Exact ee = exact_of(basis, er->rate), we = exact_of(basis, wr->rate);
  // PP 49/2020: employers of the listed scales (relief.pp49_2020.jp_deferral_scales) may defer part of JP
  // (relief.pp49_2020.jp_deferred; shown only when asked for).
  const Value* deferred = c.in.jp_deferral_requested ? c.at(PARAM("relief.pp49_2020.jp_deferred")) : nullptr;
  // Sources conflict on whether micro and small employers could defer too (REFERENCE.md 4.8.2):
  // the rule data keeps medium and large; a micro or small employer asking is told so (U).
  if (deferred && (c.scale == Scale::Micro || c.scale == Scale::Small)) note(c.out, NoteCode::Pp49DeferralScales);
  if (deferred && in_list(c.at(PARAM("relief.pp49_2020.jp_deferral_scales")), scale_code(c.scale))) {
    Rate pay = Rate{Rate::kOne - deferred->rate.units};
    Money de = round_rupiah(exact_of(basis, multiply(er->rate, deferred->rate)), c.rnd);
    Money dw = round_rupiah(exact_of(basis, multiply(wr->rate, deferred->rate)), c.rnd);
    ee = exact_of(basis, multiply(er->rate, pay));
    we = exact_of(basis, multiply(wr->rate, pay));
    p.has_deferred = true;
    p.deferred_employer = de;
    p.deferred_worker = dw;
    p.relief = ReliefCode::Pp49_2020;
    p.relief_param = deferred;
    step(p, StepKind::Deferral, Party::Employer, deferred, de, dw);
  }
  Money employer = round_rupiah(ee, c.rnd), worker = round_rupiah(we, c.rnd);
  Rate er_eff = p.has_deferred ? multiply(er->rate, Rate{Rate::kOne - p.relief_param->rate.units}) : er->rate;
  Rate wr_eff = p.has_deferred ? multiply(wr->rate, Rate{Rate::kOne - p.relief_param->rate.units}) : wr->rate;
  step(p, StepKind::PartyRate, Party::Employer, er, basis, employer, 0, er_eff);
  step(p, StepKind::PartyRate, Party::Worker, wr, basis, worker, 0, wr_eff);
  p.has_basis = p.has_rate = true;
  p.basis = basis;
  p.rate = Rate{er_eff.units + wr_eff.units};
  set_amounts(p, employer, worker, 0);
}

void evaluate_pu(Ctx& c) {
  Money wage = c.wage;
  jkk(c, wage);
  jkm(c, wage);
  jht(c, wage);
  jp(c, wage);
  // The enrolment of JKK..JP decides JKP's prerequisites.
  for (int i = JKK; i <= JP; ++i) settle(c, i);
  jkp(c, wage);  // jkp.cpp
  if (c.in.citizenship == Citizenship::WNA) note(c.out, NoteCode::WnaJp);
}

}  // namespace detail
}  // namespace jamsos
