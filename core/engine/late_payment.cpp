// Late payment (input `paid_on`): when each program's contribution for the `as_of` month was due,
// how many months late `paid_on` is, and the fine. REFERENCE.md 4.9; rules in
// core/rules/pp44-46-2015-payment.json, pp49-2020-relief.json and pp7-2025-relief.json.
//
//   PU, normal months   PP 44/45/46 2015: due the 15th of the following month; fine 2 % of the
//                       month's contribution per month late, borne by the employer (C).
//   PU, Aug 2020 - Jan 2021   PP 49/2020 Pasal 4(1), 23(1): due the 30th of the following
//                       month; fine 0.5 % per month (B).
//   PU JKK, discounted months of PP 7/2025 (Feb 2025 - Jan 2026)   PP 36/2025 Pasal 11: unpaid
//                       discounted JKK may be paid until 30 June 2026 (read here: no fine);
//                       later, JKK and its fine under PP 44/2015 (read here: the full rate, and
//                       the 2 % fine from the normal due date) (U, noted).
//   BPU                 due the 15th of the same month (C); no fine figure in the sources (U).
//   JAKON, PMI          not modelled: paid_on is reported as ignored.
// Months late: each started month after the due date counts as one (late.months_counted, C).
// Known gap: a due date on a holiday moves to the next working day; there is no holiday calendar
// here (a note says so).
#include "programs/program.hpp"

namespace jamsos {
namespace detail {

namespace {

int days_in_month(int y, int m) { return to_ymd(month_end(from_ymd(y, m, 1))).day; }

// The `day` of the month `months_after` months after as_of's month, clamped to that month's end.
Date day_of_month_after(Date as_of, int months_after, int day, bool* clamped) {
  Ymd a = to_ymd(as_of);
  int m0 = a.month - 1 + months_after;
  int y = a.year + m0 / 12, m = m0 % 12 + 1;
  int last = days_in_month(y, m);
  *clamped = day > last;
  return from_ymd(y, m, day > last ? last : day);
}

// Each started month after `due` counts (late.months_counted): one day late is one month.
int months_late(Date due, Date paid) {
  if (paid <= due) return 0;
  Ymd d = to_ymd(due), p = to_ymd(paid);
  int n = (p.year - d.year) * 12 + (p.month - d.month);
  // n whole calendar steps reach the month of `paid`; the day decides whether it is started.
  int day = d.day > days_in_month(p.year, p.month) ? days_in_month(p.year, p.month) : d.day;
  if (p.day > day) ++n;
  return n < 1 ? 1 : n;
}

Money fine_of(Ctx& c, Money contribution, const Value* rate, int months) {
  Exact e = exact_of(contribution, rate->rate);
  e.pico *= months;
  return round_rupiah(e, c.rnd);
}

}  // namespace

void evaluate_late_payment(Ctx& c) {
  Result& out = c.out;
  LatePayment& L = out.late;  // asked and n are reset by evaluate()
  L.has_fines = true;
  L.total_contribution = L.total_fine = 0;
  if (!c.in.has_paid_on || out.excluded) return;
  const bool pu = c.segment == Segment::PU, bpu = c.segment == Segment::BPU;
  if (!pu && !bpu) return warn(out, WarningCode::InputIgnored, kIgnPaidOn);
  L.asked = true;
  L.paid_on = c.in.paid_on;

  const Value* due_day = c.at(bpu ? PARAM("late.bpu.due_day") : PARAM("late.pu.due_day"));
  const Value* fine_rate = bpu ? nullptr : c.at(PARAM("late.pu.fine_rate"));
  if (pu) {
    // PP 49/2020 Pasal 4(1) and 23(1): the contribution months of the COVID-19 relief.
    if (const Value* d = c.at(PARAM("relief.pp49_2020.due_day")))
      due_day = d, fine_rate = c.at(PARAM("relief.pp49_2020.fine_rate"));
  }
  if (!due_day) return;
  bool clamped = false;
  const Date due = day_of_month_after(c.in.as_of, bpu ? 0 : 1, static_cast<int>(due_day->number), &clamped);
  if (clamped) note(out, NoteCode::Pp49DueDateFebruary);
  const int months = months_late(due, c.in.paid_on);

  for (int i = 0; i < kPrograms; ++i) {
    const ProgramResult& p = out.programs[i];
    // JKP's cash is the government's (recomposition is internal): nothing for the payer to be late on.
    if (!p.enrolled || !p.has_amounts || p.period != Period::Monthly || p.employer + p.worker == 0) continue;
    LateLine& l = L.lines[L.n++];
    l.program = static_cast<uint8_t>(i);
    l.due = due;
    l.due_param = due_day;
    l.months = months;
    l.contribution = p.employer + p.worker;  // the government's JKP share is not the payer's
    l.full_rate = false;
    l.deadline = nullptr;
    l.fine_param = fine_rate;
    if (i == JKK && p.relief == ReliefCode::Pp7_2025 && months > 0) {
      // PP 36/2025 Pasal 11 (U reading, noted).
      l.deadline = c.at(PARAM("relief.pp7_2025.late_deadline"));
      note(out, NoteCode::Pp36LateReading);
      if (l.deadline && c.in.paid_on <= l.deadline->date) {
        l.fine_param = nullptr;
      } else if (l.deadline) {
        l.full_rate = true;
        l.contribution = round_rupiah(exact_of(p.basis, c.at(jkk_rate(p.risk_group))->rate), c.rnd);
      }
    }
    l.fine_known = months == 0 || l.fine_param || l.deadline;
    l.fine = l.fine_param ? fine_of(c, l.contribution, l.fine_param, months) : 0;
    L.total_contribution += l.contribution;
    L.total_fine += l.fine;
    L.has_fines = L.has_fines && l.fine_known;
  }
  if (L.n == 0) return;
  if (months > 0) note(out, NoteCode::LateMonthCount);
  note(out, NoteCode::LateNoHolidays);
  if (bpu && months > 0) note(out, NoteCode::LateBpuNoFine);
  const Payer e = out.payer_employer;
  if (pu && months > 0 && (e == Payer::VillageGovernment || e == Payer::Ministry || e == Payer::Agency))
    note(out, NoteCode::LateStateEmployer);
}

}  // namespace detail
}  // namespace jamsos
