// The payslip (input `payslip`: true): what a wage earner's pay slip shows for the `as_of` month.
//   wage                 the monthly wage (monthly_wage, or daily_wage x days)
//   BPJS Ketenagakerjaan the worker's shares of the enrolled programs (totals.monthly.worker)
//   BPJS Kesehatan (JKN) Perpres 82/2018 as amended (core/rules/perpres-82-2018-jkn.json): 1 % of
//                        the wage capped at jkn.ppu.wage_cap from the worker, 4 % from the employer
//                        (B/C). NOT a BPJS Ketenagakerjaan program: never in `programs` nor in the
//                        totals. The floor (the regional minimum wage) is not in the rule data and
//                        is not applied; the payslip says so (jkn.ppu.wage_floor).
//   take-home pay        wage - BPJS Ketenagakerjaan - JKN (before income tax and other deductions)
// PU only: BPU participants pay JKN as independent members (PBPU) at a class rate, construction
// projects and migrant workers have no monthly payslip, and the excluded roles' JKN (civil
// servants, armed forces) rests on other pay rules; those answers say why instead.
#include "programs/program.hpp"

namespace jamsos {
namespace detail {

void evaluate_payslip(Ctx& c) {
  Result& out = c.out;
  Payslip& s = out.payslip;
  s = Payslip{};
  if (!c.in.payslip) return;
  s.asked = true;
  if (out.excluded) return void(s.status = PayslipStatus::Excluded);
  if (c.segment == Segment::None) return void(s.status = PayslipStatus::NeedSegment);
  if (c.segment != Segment::PU) return void(s.status = PayslipStatus::NotWageEarner);
  s.status = PayslipStatus::Computed;
  s.has_wage = c.wage >= 0;
  s.wage = s.has_wage ? c.wage : 0;
  s.bpjs_tk_worker = out.monthly.worker;
  s.missing = static_cast<uint16_t>(out.totals_missing | (s.has_wage ? 0u : static_cast<unsigned>(kMissWage)));
  s.rate_worker = c.at(PARAM("jkn.ppu.rate.worker"));
  s.rate_employer = c.at(PARAM("jkn.ppu.rate.employer"));
  s.cap = c.at(PARAM("jkn.ppu.wage_cap"));
  s.floor = c.at(PARAM("jkn.ppu.wage_floor"));
  s.jkn_assumed = c.in.jkn < 0;
  if (c.in.jkn == 0) {
    s.jkn = JknStatus::NotEnrolled;  // nothing is deducted for JKN on this payslip
  } else if (!s.rate_worker || !s.rate_employer || !s.cap) {
    s.jkn = JknStatus::NoRule;
  } else {
    s.jkn = JknStatus::Deducted;
    if (s.has_wage) {
      s.capped = s.wage > s.cap->number;
      s.basis = s.capped ? s.cap->number : s.wage;
      s.jkn_worker = round_rupiah(exact_of(s.basis, s.rate_worker->rate), c.rnd);
      s.jkn_employer = round_rupiah(exact_of(s.basis, s.rate_employer->rate), c.rnd);
    }
  }
  s.take_home = s.wage - s.bpjs_tk_worker - s.jkn_worker;
  s.complete = out.complete && s.has_wage && s.jkn != JknStatus::NoRule;
}

}  // namespace detail
}  // namespace jamsos
