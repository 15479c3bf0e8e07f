// The last steps of evaluate(): settling each program once, the warnings that need all of them,
// and the totals. Totals count enrolled programs only (DECISIONS.md 7; CONTRACT.md "totals").
#include "programs/program.hpp"

namespace jamsos {
namespace detail {

void settle(Ctx& c, int i) {
  ProgramResult& p = c.out.programs[i];
  if (p.settled) return;
  p.settled = true;
  if (p.status == Status::NotEligible || p.status == Status::NeedInfo) {
    // Not payable (yet): whatever a program computed on the way is not an amount to show.
    p.has_amounts = p.has_basis = p.has_rate = false;
    p.has_recomposition = p.has_deferred = false;
  }
  const bool opted_in = (c.in.opt_in >> i) & 1;
  p.enrolled = p.status == Status::Mandatory || (p.status == Status::Optional && opted_in);
}

void warn_after_programs(Ctx& c) {
  Result& out = c.out;
  for (int i = 0; i < kPrograms; ++i)
    if (out.programs[i].status == Status::NotEligible && ((c.in.opt_in >> i) & 1))
      warn(out, WarningCode::OptInNotEligible, i);
  const ProgramResult& jp = out.programs[JP];
  if (jp.status != Status::NotEligible && jp.ceiling) {
    // PP 45/2015 Pasal 29: the ceiling is adjusted every year. The last known one is more than a
    // year old: a newer one may have been announced.
    const Param& ceil = c.series(PARAM("jp.ceiling"));
    Ymd last = to_ymd(ceil.values.back().from);
    if (c.d >= from_ymd(last.year + 1, last.month, last.day)) warn(out, WarningCode::JpCeilingMayBeOutdated);
  }
}

void add_totals(Result& out) {
  for (const ProgramResult& p : out.programs) {
    if (p.status == Status::NeedInfo || (p.enrolled && !p.has_amounts)) {
      // Undecided (it may turn out mandatory) or unpriced: the totals are not the whole answer.
      out.complete = false;
      out.totals_missing |= p.missing;
      continue;
    }
    if (!p.enrolled) continue;
    Totals& t = p.period == Period::OneTime ? out.one_time : out.monthly;
    t.employer += p.employer;
    t.worker += p.worker;
    t.government += p.government;
    t.total += p.total;
  }
}

}  // namespace detail
}  // namespace jamsos
