// Benefit estimates: JHT (projection and withdrawal options, PP 46/2015), JP (PP 45/2015) and JKP
// cash (PP 37/2021 as amended by PP 6/2025).
#include <algorithm>

#include "internal.hpp"

namespace jamsos {
namespace benefits {

namespace {
// The day the person turns `years` (a 29 February birthday falls on 1 March, as age_on() counts).
Date birthday(Date birth, int64_t years) {
  Ymd b = to_ymd(birth);
  int y = b.year + static_cast<int>(years);
  return valid_ymd(y, b.month, b.day) ? from_ymd(y, b.month, b.day) : from_ymd(y, 3, 1);
}

// DECISIONS.md 9: the first day d on which age(d) >= the pension age in force on d (jp.pension_age).
const Value* pension_date(const RuleSet& R, Date birth, Date& out) {
  const Param& pa = R.param(PARAM("jp.pension_age"));
  for (size_t i = 0; i < pa.values.size(); ++i) {
    const Value& v = pa.values[i];
    Date d = birthday(birth, v.number);
    if (i > 0 && d < v.from) d = v.from;
    if (v.has_to && d > v.to) continue;
    out = d;
    return &v;
  }
  return nullptr;
}

constexpr int kMaxProjectionMonths = 12 * 100;
}  // namespace

// --- JHT: the balance projected month by month to the event, and the withdrawal options ----------
void jht(Ctx& c, BenefitEvent ev) {
  BenefitLine& l = add_line(c, JHT, ev, BenefitItem::JhtBalance);
  const size_t index = c.out.lines.size() - 1;
  const bool is_covered = covered(c, l);
  Date end = c.event;
  const Value* payout = c.R.at(PARAM("benefit.jht.payout_age"), c.in.base.as_of);
  use(c, l, payout);
  if (ev == BenefitEvent::OldAge) {
    if (payout) condition(l, BenefitCondition::JhtPayoutAge, static_cast<int>(payout->number));
    if (c.in.base.citizenship == Citizenship::WNA) condition(l, BenefitCondition::JhtForeignerLeaving);
    if (!c.in.has_event_date) {
      if (!c.in.base.has_birth || !payout) {
        l.status = BenefitStatus::NeedInfo;
        l.missing |= kBMissBirth;
        return;
      }
      end = birthday(c.in.base.birth_date, payout->number);
    }
  }
  if (ev == BenefitEvent::JobLoss) {
    const Value* wait = c.R.at(PARAM("benefit.jht.resign_wait_months"), c.event);
    use(c, l, wait);
    if (wait) condition(l, BenefitCondition::JhtResignWait, static_cast<int>(wait->number));
  }
  if (!is_covered) return;
  // The return: the user's, or the rules' assumption (U, shown as such).
  JhtProjection pr;
  pr.present = true;
  if (c.in.has_return) {
    pr.annual_return = c.in.jht_return;
    note(c, BenefitNote::ReturnAssumed);
  } else {
    pr.default_return = c.R.at(PARAM("benefit.jht.default_return"), c.in.base.as_of);
    if (pr.default_return) pr.annual_return = pr.default_return->rate;
    use(c, l, pr.default_return);
    note(c, BenefitNote::ReturnAssumed, pr.default_return);
  }
  pr.start = first_of_month(c.in.base.as_of);
  pr.months = std::min(months_between(c.in.base.as_of, end), kMaxProjectionMonths);
  pr.end = add_months(pr.start, pr.months);
  pr.start_balance = c.in.jht_balance >= 0 ? c.in.jht_balance : 0;
  if (c.in.jht_balance < 0) note(c, BenefitNote::JhtStartBalanceZero);
  if (pr.months > 0) note(c, BenefitNote::FutureContributions);
  const bool pu = c.in.base.segment == Segment::PU;
  const ProgramResult& ej = c.out.eval.programs[JHT];
  if (pr.months == 0 && c.in.jht_balance < 0) {  // nothing to project and no balance given
    l.status = BenefitStatus::NeedInfo;
    l.missing |= kBMissJhtBalance;
    return;
  }
  if (pr.months > 0 && ((pu && c.wage < 0) || (!pu && !ej.has_amounts))) {
    l.status = BenefitStatus::NeedInfo;
    l.missing |= kBMissWage;
    return;
  }
  Money bal = pr.start_balance;
  for (int i = 0; i < pr.months; ++i) {
    const Date m = add_months(pr.start, i);
    const Date m_end = month_end(m);
    Money contrib = ej.has_amounts ? ej.total : 0;
    if (pu) {
      const Value* er = c.R.at(PARAM("pu.jht.rate.employer"), m_end);
      const Value* wr = c.R.at(PARAM("pu.jht.rate.worker"), m_end);
      const Money w = c.wage_on(m);
      contrib = (er ? apply(er->rate, w, c.rnd) : 0) + (wr ? apply(wr->rate, w, c.rnd) : 0);
    }
    const __int128 next =
        static_cast<__int128>(bal) + contrib +
        round_half_up(static_cast<__int128>(bal) * pr.annual_return.units, static_cast<__int128>(12) * Rate::kOne);
    if (next > kMaxMoney) {  // beyond any real balance (an extreme return over decades): no figure
      BenefitLine& big = c.out.lines[index];
      big.status = BenefitStatus::Unconfirmed;
      condition(big, BenefitCondition::TooLarge);
      return;
    }
    bal = static_cast<Money>(next);
    pr.contributed += contrib;
    if ((i + 1) % 12 == 0 || i + 1 == pr.months)
      pr.points.push_back(JhtPoint{add_months(pr.start, i + 1), bal, pr.contributed});
  }
  pr.final_balance = bal;
  BenefitLine& line = c.out.lines[index];
  line.kind = AmountKind::Amount;
  line.amount = bal;
  line.months = pr.months;
  line.rate = pr.annual_return;
  line.a = pr.start_balance;
  line.b = pr.contributed;
  if (ev == BenefitEvent::OldAge || !c.out.jht.present) c.out.jht = pr;
  if (ev != BenefitEvent::OldAge) return;
  // Partial withdrawal after 10 years of membership: 30 % for a home or 10 % for other needs, once.
  const Value* years = c.R.at(PARAM("benefit.jht.partial.min_years"), c.in.base.as_of);
  const P parts[2] = {PARAM("benefit.jht.partial.housing"), PARAM("benefit.jht.partial.other")};
  const BenefitItem items[2] = {BenefitItem::JhtPartialHousing, BenefitItem::JhtPartialOther};
  for (int k = 0; k < 2; ++k) {
    BenefitLine& p = add_line(c, JHT, ev, items[k]);
    covered(c, p);
    const Value* share = c.R.at(parts[k], c.in.base.as_of);
    use(c, p, share);
    use(c, p, years);
    if (years) condition(p, BenefitCondition::JhtPartialYears, static_cast<int>(years->number));
    condition(p, BenefitCondition::JhtPartialOnce);
    if (share) p.rate = share->rate;
    if (c.in.jht_balance >= 0 && share) {
      p.kind = AmountKind::UpTo;
      p.a = c.in.jht_balance;
      p.amount = apply(share->rate, c.in.jht_balance, c.rnd);
    }
    if (c.in.contribution_months < 0) {
      p.status = BenefitStatus::Conditional;
      p.missing |= kBMissContributionMonths;
    } else if (years && c.in.contribution_months < years->number * 12) {
      p.status = BenefitStatus::NotPayable;
    }
  }
}

// --- JP: monthly pension 1 % x (months / 12) x average wage, or the lump sum under 180 months ------
void jp(Ctx& c, BenefitEvent ev) {
  if (ev != BenefitEvent::OldAge) {  // survivor or disability pension: percentages unconfirmed (U)
    BenefitLine& s = add_line(c, JP, ev, BenefitItem::JpSurvivor);
    if (covered(c, s)) s.status = BenefitStatus::Unconfirmed;
    condition(s, BenefitCondition::AskBpjs);
    return;
  }
  BenefitLine& l = add_line(c, JP, ev, BenefitItem::JpMonthly);
  const size_t index = c.out.lines.size() - 1;
  const bool is_covered = covered(c, l);
  const Value* minm = c.R.at(PARAM("benefit.jp.min_months"), c.in.base.as_of);
  const Value* accrual = c.R.at(PARAM("benefit.jp.accrual_rate"), c.in.base.as_of);
  use(c, l, accrual);
  use(c, l, minm);
  if (minm) condition(l, BenefitCondition::JpMinMonths, static_cast<int>(minm->number));
  Date pension{};
  if (c.in.has_event_date) {
    pension = c.in.event_date;
  } else if (!c.in.base.has_birth || !pension_date(c.R, c.in.base.birth_date, pension)) {
    l.status = BenefitStatus::NeedInfo;
    l.missing |= kBMissBirth;
    return;
  }
  l.a = pension.days;  // rendered as the pension date
  const Value* age = c.R.at(PARAM("jp.pension_age"), pension);
  use(c, l, age);
  const Value* vmin = c.R.at(PARAM("benefit.jp.min"), pension);
  const Value* vmax = c.R.at(PARAM("benefit.jp.max"), pension);
  use(c, l, vmin);
  use(c, l, vmax);
  if (!vmin || !vmax) note(c, BenefitNote::JpMinMaxUnknown, nullptr, to_ymd(pension).year);
  if (vmin || vmax) note(c, BenefitNote::JpMinMaxMonth, vmin ? vmin : vmax);
  note(c, BenefitNote::JpNotIndexed);
  if (!is_covered) return;
  // Months: contribution_months before as_of (from JP's start at most) and the months to the pension.
  const Date jp_start = c.R.param(PARAM("pu.jp.rate.employer")).values.front().from;
  const int max_past = months_between(jp_start, c.in.base.as_of);
  int past = c.in.contribution_months >= 0 ? c.in.contribution_months : 0;
  if (c.in.contribution_months < 0) note(c, BenefitNote::ContributionMonthsAbsent);
  if (past > max_past) {
    past = max_past;
    note(c, BenefitNote::JpMonthsClamped, nullptr, max_past);
  }
  const int future = std::min(months_between(c.in.base.as_of, pension), kMaxProjectionMonths);
  if (future > 0) note(c, BenefitNote::FutureContributions);
  const int n = past + future;
  if (c.wage < 0 && n > 0) {
    l.status = BenefitStatus::NeedInfo;
    l.missing |= kBMissWage;
    return;
  }
  __int128 sum = 0;
  Money contributions = 0;
  const Date first = add_months(first_of_month(c.in.base.as_of), -past);
  const Value* last_ceiling = nullptr;
  for (int i = 0; i < n; ++i) {
    const Date m = add_months(first, i);
    const Date m_end = month_end(m);
    const Value* ceiling = c.R.at(PARAM("jp.ceiling"), m_end);
    if (ceiling) last_ceiling = ceiling;
    Money w = c.wage_on(m);
    if (ceiling && w > ceiling->number) w = ceiling->number;
    sum += w;
    const Value* er = c.R.at(PARAM("pu.jp.rate.employer"), m_end);
    const Value* wr = c.R.at(PARAM("pu.jp.rate.worker"), m_end);
    contributions += (er ? apply(er->rate, w, c.rnd) : 0) + (wr ? apply(wr->rate, w, c.rnd) : 0);
  }
  BenefitLine& line = c.out.lines[index];
  use(c, line, last_ceiling);
  line.arg = n;
  line.b = n > 0 ? round_half_up(sum, n) : 0;  // the average wage counted (capped, not indexed)
  // 1 % x (n / 12) x (sum / n) = 1 % x sum / 12
  const Money raw = accrual ? round_half_up(sum * accrual->rate.units, static_cast<__int128>(12) * Rate::kOne) : 0;
  Money monthly = raw;
  if (vmin && monthly < vmin->number) monthly = vmin->number;
  if (vmax && monthly > vmax->number) monthly = vmax->number;
  if (vmin && monthly != vmin->number) info_only(line, vmin);
  if (vmax && monthly != vmax->number) info_only(line, vmax);
  line.rate = accrual ? accrual->rate : Rate{};
  line.kind = AmountKind::Monthly;
  line.amount = monthly;
  line.months = 0;  // for life
  if (minm && n < minm->number) {
    line.status = BenefitStatus::NotPayable;
    line.kind = AmountKind::None;
    BenefitLine& ls = add_line(c, JP, ev, BenefitItem::JpLumpSum);
    covered(c, ls);
    use(c, ls, minm);
    use(c, ls, last_ceiling);
    condition(ls, BenefitCondition::JpUnderMinMonths, static_cast<int>(minm->number));
    ls.kind = AmountKind::Amount;
    ls.amount = contributions;
    ls.arg = n;
    note(c, BenefitNote::JpReturnsNotEstimated);
  }
}

// --- JKP cash: 45 % x 3 + 25 % x 3 months (PP 37/2021), 60 % x 6 months from 2025-02-07 (PP 6/2025),
// on the wage capped at Rp5,000,000; the contribution record as inputs.
void jkp(Ctx& c) {
  const BenefitEvent ev = BenefitEvent::JobLoss;
  const Value* sched = c.R.at(PARAM("benefit.jkp.schedule"), c.event);
  if (!sched) {
    BenefitLine& l = add_line(c, JKP, ev, BenefitItem::JkpCashTotal);
    l.status = BenefitStatus::NotPayable;
    const Value& began = c.R.param(PARAM("benefit.jkp.schedule")).values.front();
    condition(l, BenefitCondition::JkpNotInForce, began.from.days);  // the text names that day
    use(c, l, &began);                                               // when JKP began
    return;
  }
  const Value* cap = c.R.at(PARAM("benefit.jkp.wage_cap"), c.event);
  const Value* months = c.R.at(PARAM("benefit.jkp.months"), c.event);
  const Value* in24 = c.R.at(PARAM("benefit.jkp.min_months_in_24"), c.event);
  const Value* consec = c.R.at(PARAM("benefit.jkp.min_consecutive"), c.event);
  note(c, BenefitNote::JkpTransition, sched);
  if (cap && below_b(cap->confidence)) note(c, BenefitNote::JkpCapUnconfirmed, cap);
  const Money base = c.wage < 0 ? -1 : (cap && c.wage > cap->number ? cap->number : c.wage);
  auto record = [&](BenefitLine& l) {
    covered(c, l);
    use(c, l, sched);
    use(c, l, cap);
    use(c, l, months);
    use(c, l, in24);
    use(c, l, consec);
    if (in24) condition(l, BenefitCondition::JkpMonthsIn24, static_cast<int>(in24->number));
    if (consec) condition(l, BenefitCondition::JkpConsecutive, static_cast<int>(consec->number));
    if (c.in.jkp_months_in_24 < 0 || c.in.jkp_consecutive_months < 0) {
      if (l.status == BenefitStatus::Payable) l.status = BenefitStatus::Conditional;
      l.missing |= kBMissJkpRecord;
    } else if ((in24 && c.in.jkp_months_in_24 < in24->number) ||
               (consec && c.in.jkp_consecutive_months < consec->number)) {
      l.status = BenefitStatus::NotPayable;
      condition(l, BenefitCondition::JkpNotMet);
    }
    if (base < 0) {
      if (l.status != BenefitStatus::NotPayable) l.status = BenefitStatus::NeedInfo;
      l.missing |= kBMissWage;
    }
  };
  Money total = 0;
  const int64_t total_months = months ? months->number : 0;
  for (size_t i = 0; i < sched->slices.size(); ++i) {
    const int64_t from = sched->slices[i].above;
    const int64_t to = i + 1 < sched->slices.size() ? sched->slices[i + 1].above : total_months;
    if (to <= from) continue;
    BenefitLine& l = add_line(c, JKP, ev, BenefitItem::JkpCash);
    record(l);
    l.arg = static_cast<int>(from) + 1;
    l.months = static_cast<int>(to - from);
    l.rate = sched->slices[i].rate;
    l.a = c.wage;
    l.b = base;
    if (base >= 0) {
      l.kind = AmountKind::Monthly;
      l.amount = apply(l.rate, base, c.rnd);
      total += l.amount * l.months;
    }
  }
  BenefitLine& t = add_line(c, JKP, ev, BenefitItem::JkpCashTotal);
  record(t);
  t.months = static_cast<int>(total_months);
  t.a = c.wage;
  t.b = base;
  if (base >= 0) t.kind = AmountKind::Amount, t.amount = total;
  BenefitLine& nc = add_line(c, JKP, ev, BenefitItem::JkpNonCash);
  record(nc);
  nc.missing &= static_cast<uint16_t>(~kBMissWage);
  if (nc.status == BenefitStatus::NeedInfo) nc.status = BenefitStatus::Conditional;
}

}  // namespace benefits
}  // namespace jamsos
