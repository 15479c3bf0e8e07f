// Pekerja Migran Indonesia: Permenaker 4/2023 Pasal 18 (from 22 Feb 2023). The participant pays.
#include "program.hpp"

namespace jamsos {
namespace detail {

void evaluate_pmi(Ctx& c) {
  ProgramResult& jkk = c.out.programs[JKK];
  ProgramResult& jkm = c.out.programs[JKM];
  ProgramResult& jht = c.out.programs[JHT];
  const Value* pre = c.at(PARAM("pmi.pre_placement"));
  const Value* bands = c.at(PARAM("pmi.placement.bands"));
  const Value* extra = c.at(PARAM("pmi.placement.extra_month"));
  const Value* choices = c.at(PARAM("pmi.jht.choices"));
  jkk.status = jkm.status = Status::Mandatory;
  jkk.period = jkm.period = Period::OneTime;
  reason(jkk, ReasonCode::PmiMandatory, bands);
  reason(jkm, ReasonCode::PmiPackageInJkk, bands);
  jkm.included_in_jkk = true;
  jht.status = Status::Optional;
  reason(jht, ReasonCode::PmiJhtOptional, choices);
  // The choice rests on the PMI JHT rule (Permenaker 4/2023), not on employer staging.
  if (choices) reason(jht, (c.in.opt_in >> JHT) & 1 ? ReasonCode::OptedIn : ReasonCode::NotOptedIn, choices);
  c.out.programs[JP].status = c.out.programs[JKP].status = Status::NotEligible;
  reason(c.out.programs[JP], ReasonCode::PmiNoJp);
  reason(c.out.programs[JKP], ReasonCode::PmiNoJkp);

  if (!pre || !bands) {
    jkk.no_rule = jkm.no_rule = jht.no_rule = true;
    warn(c.out, WarningCode::NoRuleInForce);
    return;
  }
  // Before 2023-02-22 (Permenaker 18/2018, start date unconfirmed, U): one package for contracts up
  // to 24 months, no per-month extra and no encoded JHT choices.
  if (!extra) note(c.out, NoteCode::PmiBefore2023);
  if (c.in.placement_months <= 0) {
    jkk.missing |= kMissPlacement;
    jkm.missing |= kMissPlacement;
  } else {
    int m = c.in.placement_months;
    Money during = 0;
    const Band* last = &bands->bands.back();
    const Band* hit = nullptr;
    for (const Band& b : bands->bands)
      if (m <= b.up_to_months) {
        hit = &b;
        break;
      }
    step(jkk, StepKind::PmiPre, Party::Worker, pre, pre->number);
    if (hit) {
      during = hit->amount;
      step(jkk, StepKind::PmiBand, Party::Worker, bands, m, hit->amount, hit->up_to_months);
      // Pasal 18(1)(b) names 6, 12 and 24 months; a length between them takes the next band up (U).
      if (extra && m != hit->up_to_months) note(c.out, NoteCode::PmiBandRounding);
    } else if (!extra) {
      jkk.no_rule = jkm.no_rule = true;  // Permenaker 18/2018: no amount known beyond 24 months
      warn(c.out, WarningCode::NoRuleInForce);
    } else {
      int over = m - last->up_to_months;
      during = last->amount + extra->number * over;
      step(jkk, StepKind::PmiBand, Party::Worker, bands, m, last->amount, last->up_to_months);
      step(jkk, StepKind::PmiExtra, Party::Worker, extra, over, extra->number, extra->number * over);
    }
    if (!jkk.no_rule) {
      set_amounts(jkk, 0, pre->number + during, 0);
      set_amounts(jkm, 0, 0, 0);
    }
  }
  if (!choices) {
    jht.no_rule = true;  // no JHT choice list encoded for Permenaker 18/2018
  } else if (c.in.pmi_jht_monthly < 0) {
    jht.missing |= kMissPmiJht;
  } else {
    step(jht, StepKind::ChosenAmount, Party::Worker, choices, c.in.pmi_jht_monthly);
    set_amounts(jht, 0, c.in.pmi_jht_monthly, 0);
  }
}

}  // namespace detail
}  // namespace jamsos
