// Benefit estimates: the dispatch and the death and work-accident benefits.
//   JKM  PP 44/2015 as amended by PP 82/2019 (regime by the date of death: core/rules/pp82-2019-jkm-benefits.json)
//   JKK  PP 44/2015 Lampiran III as amended by PP 82/2019 (core/rules/pp44-2015-jkk-benefits.json)
//   Scholarship: PP 82/2019 and Permenaker 5/2021 (core/rules/permenaker-5-2021-scholarship.json)
#include <algorithm>

#include "internal.hpp"

namespace jamsos {

const char* benefit_event_code(BenefitEvent e) {
  static const char* n[] = {"all", "death_non_work", "death_work", "incapacity", "disability", "job_loss", "old_age"};
  return n[static_cast<int>(e)];
}
const char* school_level_code(SchoolLevel l) {
  static const char* n[] = {"belum_sekolah", "tk", "sd", "smp", "sma", "pt"};
  return n[static_cast<int>(l)];
}
const char* benefit_status_code(BenefitStatus s) {
  static const char* n[] = {"payable", "conditional", "not_payable", "need_info", "unconfirmed"};
  return n[static_cast<int>(s)];
}
const char* benefit_missing_field(int i) {
  static const char* n[] = {"monthly_wage",       "birth_date",       "contribution_months", "children",
                            "disability_percent", "jkp_months_in_24", "event_date",          "jht_balance"};
  return n[i];
}

namespace benefits {

Money Ctx::wage_on(Date d) const {
  Money w = wage;
  for (const WagePeriod& p : in.wage_history) {
    if (d < p.from) break;
    w = p.wage;
  }
  return w;
}

BenefitLine& add_line(Ctx& c, int program, BenefitEvent ev, BenefitItem item) {
  c.out.lines.emplace_back();
  BenefitLine& l = c.out.lines.back();
  l = BenefitLine{};
  l.program = static_cast<uint8_t>(program);
  l.event = ev;
  l.item = item;
  l.kind = AmountKind::None;
  l.status = BenefitStatus::Payable;
  return l;
}

void note(Ctx& c, BenefitNote code, const Value* v, int arg) {
  for (const BenefitNoteEntry& n : c.out.notes)
    if (n.code == code && n.value == v) return;
  c.out.notes.push_back(BenefitNoteEntry{code, v, arg});
}

void use(Ctx& c, BenefitLine& l, const Value* v) {
  if (!v) return;
  for (int i = 0; i < l.n_params; ++i)
    if (l.params[i] == v) return;
  if (l.n_params < sizeof(l.params) / sizeof(l.params[0])) l.params[l.n_params++] = v;
  if (below_b(v->confidence)) note(c, BenefitNote::FigureBelowB, v);
}

void info_only(BenefitLine& l, const Value* v) {
  for (int i = 0; i < l.n_params; ++i)
    if (l.params[i] == v) l.info_params = static_cast<uint16_t>(l.info_params | (1u << i));
}

void condition(BenefitLine& l, BenefitCondition cond, int arg) {
  if (l.n_conditions >= sizeof(l.conditions) / sizeof(l.conditions[0])) return;
  l.condition_args[l.n_conditions] = arg;
  l.conditions[l.n_conditions++] = cond;
}

bool covered(Ctx& c, BenefitLine& l) {
  const ProgramResult& p = c.out.eval.programs[l.program];
  if (c.out.eval.excluded || p.status == Status::NotEligible || (p.status == Status::Optional && !p.enrolled)) {
    l.status = BenefitStatus::NotPayable;
    condition(l, BenefitCondition::NotEnrolled);
    return false;
  }
  if (p.status == Status::NeedInfo) {
    l.status = BenefitStatus::Conditional;
    condition(l, BenefitCondition::IfEnrolled);
  }
  return true;
}

Money round_half_up(__int128 num, __int128 den) {
  if (den <= 0) return 0;
  return static_cast<Money>((2 * num + den) / (2 * den));
}

Money apply(Rate r, Money base, Rounding rnd) { return round_rupiah(exact_of(base, r), rnd); }

int months_between(Date a, Date b) {
  Ymd x = to_ymd(a), y = to_ymd(b);
  int n = (y.year - x.year) * 12 + (y.month - x.month);
  return n > 0 ? n : 0;
}
Date first_of_month(Date d) {
  Ymd y = to_ymd(d);
  return from_ymd(y.year, y.month, 1);
}
Date add_months(Date first, int n) {
  Ymd y = to_ymd(first);
  int m = y.year * 12 + (y.month - 1) + n;
  return from_ymd(m / 12, m % 12 + 1, 1);
}

// A fixed amount from a dated parameter in force on the event date.
static void fixed(Ctx& c, int program, BenefitEvent ev, BenefitItem item, P param, AmountKind kind) {
  BenefitLine& l = add_line(c, program, ev, item);
  covered(c, l);
  const Value* v = c.R.at(param, c.event);
  use(c, l, v);
  if (!v) {
    l.status = BenefitStatus::Unconfirmed;
    condition(l, BenefitCondition::AskBpjs);
    return;
  }
  l.kind = kind;
  l.amount = v->number;
}

// JKK medical care as medically needed (no cost ceiling from PP 82/2019).
static void medical(Ctx& c, BenefitEvent ev) {
  BenefitLine& l = add_line(c, JKK, ev, BenefitItem::JkkMedical);
  covered(c, l);
  const Value* v = c.R.at(PARAM("benefit.jkk.medical"), c.event);
  use(c, l, v);
  if (v && v->text == "as_medically_needed_no_ceiling") condition(l, BenefitCondition::NoCeiling);
}

// --- JKM: lump sum, periodic benefit paid at once, funeral (PP 44/2015, PP 82/2019 from 2019-12-02) --
void jkm(Ctx& c) {
  const BenefitEvent ev = BenefitEvent::DeathNonWork;
  fixed(c, JKM, ev, BenefitItem::JkmLumpSum, PARAM("benefit.jkm.lump_sum"), AmountKind::Amount);
  fixed(c, JKM, ev, BenefitItem::JkmPeriodic, PARAM("benefit.jkm.periodic"), AmountKind::Amount);
  fixed(c, JKM, ev, BenefitItem::Funeral, PARAM("benefit.death.funeral"), AmountKind::Amount);
  scholarship(c, ev, false, false);
}

// --- JKK death: 60 % x 80 x wage, at least the JKM death benefit; periodic; funeral ------------------
void jkk_death(Ctx& c) {
  const BenefitEvent ev = BenefitEvent::DeathWork;
  medical(c, ev);
  BenefitLine& l = add_line(c, JKK, ev, BenefitItem::JkkDeathLumpSum);
  covered(c, l);
  const Value* rate = c.R.at(PARAM("benefit.jkk.death.rate"), c.event);
  const Value* months = c.R.at(PARAM("benefit.jkk.death.wage_months"), c.event);
  const Value* minimum = c.R.at(PARAM("benefit.jkk.death.minimum"), c.event);
  use(c, l, rate);
  use(c, l, months);
  use(c, l, minimum);
  if (minimum && below_b(minimum->confidence)) note(c, BenefitNote::JkkDeathMinimum, minimum);
  if (c.wage < 0) {
    l.status = BenefitStatus::NeedInfo;
    l.missing |= kBMissWage;
  } else if (rate && months) {
    l.kind = AmountKind::Amount;
    l.a = c.wage;
    l.rate = rate->rate;
    l.arg = static_cast<int>(months->number);
    l.b = round_rupiah(Exact{static_cast<__int128>(c.wage) * rate->rate.units * months->number}, c.rnd);
    l.amount = minimum && minimum->number > l.b ? minimum->number : l.b;
    if (minimum && l.amount == l.b) info_only(l, minimum);
  }
  fixed(c, JKK, ev, BenefitItem::JkkPeriodic, PARAM("benefit.jkk.periodic"), AmountKind::Amount);
  fixed(c, JKK, ev, BenefitItem::Funeral, PARAM("benefit.death.funeral"), AmountKind::Amount);
  scholarship(c, ev, true, false);
}

// --- JKK temporary incapacity (STMB), medical care, transport and home care -----------------------
void jkk_incapacity(Ctx& c) {
  const BenefitEvent ev = BenefitEvent::Incapacity;
  medical(c, ev);
  const Value* sched = c.R.at(PARAM("benefit.jkk.stmb.schedule"), c.event);
  if (sched && below_b(sched->confidence)) note(c, BenefitNote::StmbConflict, sched);
  if (sched) {
    for (size_t i = 0; i < sched->slices.size(); ++i) {
      BenefitLine& l = add_line(c, JKK, ev, BenefitItem::JkkStmb);
      covered(c, l);
      use(c, l, sched);
      const bool last = i + 1 == sched->slices.size();
      l.arg = static_cast<int>(sched->slices[i].above) + 1;  // the first month of the stage
      l.months = last ? 0 : static_cast<int>(sched->slices[i + 1].above - sched->slices[i].above);
      l.rate = sched->slices[i].rate;
      if (last) condition(l, BenefitCondition::UntilRecovery);
      if (c.wage < 0) {
        l.status = BenefitStatus::NeedInfo;
        l.missing |= kBMissWage;
        continue;
      }
      l.kind = AmountKind::Monthly;
      l.a = c.wage;
      l.amount = apply(l.rate, c.wage, c.rnd);
    }
  }
  fixed(c, JKK, ev, BenefitItem::JkkTransportLand, PARAM("benefit.jkk.transport.land"), AmountKind::UpTo);
  fixed(c, JKK, ev, BenefitItem::JkkTransportSea, PARAM("benefit.jkk.transport.sea"), AmountKind::UpTo);
  fixed(c, JKK, ev, BenefitItem::JkkTransportAir, PARAM("benefit.jkk.transport.air"), AmountKind::UpTo);
  if (c.R.at(PARAM("benefit.jkk.home_care.max"), c.event)) {
    fixed(c, JKK, ev, BenefitItem::JkkHomeCare, PARAM("benefit.jkk.home_care.max"), AmountKind::UpTo);
    BenefitLine& l = c.out.lines.back();
    const Value* m = c.R.at(PARAM("benefit.jkk.home_care.months"), c.event);
    use(c, l, m);
    l.months = m ? static_cast<int>(m->number) : 0;
  }
}

// --- JKK disability: partial (table % x 80 x wage), total permanent (lump sum unconfirmed) ---------
void jkk_disability(Ctx& c) {
  const BenefitEvent ev = BenefitEvent::Disability;
  BenefitLine& l = add_line(c, JKK, ev, BenefitItem::JkkPartialDisability);
  covered(c, l);
  const Value* months = c.R.at(PARAM("benefit.jkk.disability.wage_months"), c.event);
  use(c, l, months);
  if (months) l.arg = static_cast<int>(months->number);
  if (c.wage < 0 || c.in.disability_percent < 0) {
    l.status = BenefitStatus::NeedInfo;
    if (c.wage < 0) l.missing |= kBMissWage;
    if (c.in.disability_percent < 0) l.missing |= kBMissDisability;
  } else if (months) {
    l.kind = AmountKind::Amount;
    l.a = c.wage;
    l.b = c.in.disability_percent;
    l.amount = round_half_up(static_cast<__int128>(c.wage) * c.in.disability_percent * months->number, 100);
  }
  BenefitLine& t = add_line(c, JKK, ev, BenefitItem::JkkTotalDisability);
  covered(c, t);
  t.status = BenefitStatus::Unconfirmed;
  condition(t, BenefitCondition::AskBpjs);
  if (c.R.at(PARAM("benefit.jkk.disability.total_periodic"), c.event)) {
    fixed(c, JKK, ev, BenefitItem::JkkTotalPeriodic, PARAM("benefit.jkk.disability.total_periodic"),
          AmountKind::Amount);
    condition(c.out.lines.back(), BenefitCondition::TotalDisabilityOnly);
  }
  scholarship(c, ev, true, true);
}

// --- Scholarship: up to 2 children by school level (PP 82/2019, Permenaker 5/2021); 1 child Rp12 juta
// under PP 44/2015. The schedule in force on the later of the event and as_of (claimed every year).
void scholarship(Ctx& c, BenefitEvent ev, bool work, bool disability) {
  const int program = work ? JKK : JKM;
  const Date d = c.event;
  const Value* maxc = c.R.at(PARAM("benefit.scholarship.max_children"), d);
  const Value* flat = c.R.at(PARAM("benefit.scholarship.flat"), d);
  const Value* minyears = c.R.at(PARAM("benefit.scholarship.jkm_min_years"), d);
  auto common = [&](BenefitLine& l) {
    covered(c, l);
    use(c, l, maxc);
    if (disability) condition(l, BenefitCondition::TotalDisabilityOnly);
    if (!work) {
      use(c, l, minyears);
      if (!minyears) {
        condition(l, BenefitCondition::JkmScholarshipYearsUnknown);
        if (l.status == BenefitStatus::Payable) l.status = BenefitStatus::Conditional;
      } else {
        condition(l, BenefitCondition::JkmScholarshipYears, static_cast<int>(minyears->number));
        if (c.in.contribution_months < 0) {
          if (l.status == BenefitStatus::Payable) l.status = BenefitStatus::Conditional;
          l.missing |= kBMissContributionMonths;
        } else if (c.in.contribution_months < minyears->number * 12) {
          l.status = BenefitStatus::NotPayable;
        }
      }
    }
  };
  if (flat) {  // PP 44/2015: Rp12,000,000 for one child
    BenefitLine& l = add_line(c, program, ev, BenefitItem::Scholarship);
    common(l);
    use(c, l, flat);
    l.kind = AmountKind::Amount;
    l.amount = flat->number;
    l.arg = -1;
    if (c.in.children.empty() && l.status == BenefitStatus::Payable) l.status = BenefitStatus::Conditional;
    return;
  }
  const Date sched = c.in.base.as_of > d ? c.in.base.as_of : d;
  static const P per_year[5] = {PARAM("benefit.scholarship.tk.per_year"), PARAM("benefit.scholarship.sd.per_year"),
                                PARAM("benefit.scholarship.smp.per_year"), PARAM("benefit.scholarship.sma.per_year"),
                                PARAM("benefit.scholarship.pt.per_year")};
  static const P years[5] = {PARAM("benefit.scholarship.tk.years"), PARAM("benefit.scholarship.sd.years"),
                             PARAM("benefit.scholarship.smp.years"), PARAM("benefit.scholarship.sma.years"),
                             PARAM("benefit.scholarship.pt.years")};
  const Value* maxage = c.R.at(PARAM("benefit.scholarship.max_age"), sched);
  const Value* maxtotal = c.R.at(PARAM("benefit.scholarship.max_total"), sched);
  if (c.in.children.empty()) {  // no children given: the maximum, conditional on children
    BenefitLine& l = add_line(c, program, ev, BenefitItem::Scholarship);
    common(l);
    use(c, l, maxtotal);
    l.arg = -1;
    l.missing |= kBMissChildren;
    if (l.status == BenefitStatus::Payable) l.status = BenefitStatus::Conditional;
    if (maxtotal) l.kind = AmountKind::UpTo, l.amount = maxtotal->number;
    condition(l, BenefitCondition::ScholarshipYearly);
    return;
  }
  const int n = std::min<int>(static_cast<int>(c.in.children.size()), maxc ? static_cast<int>(maxc->number) : 0);
  Money total = 0;
  for (int i = 0; i < n; ++i) {
    const BenefitChild& ch = c.in.children[static_cast<size_t>(i)];
    BenefitLine& l = add_line(c, program, ev, BenefitItem::Scholarship);
    common(l);
    use(c, l, maxage);
    l.arg = i;
    l.kind = AmountKind::UpTo;
    condition(l, BenefitCondition::ScholarshipYearly);
    note(c, BenefitNote::ScholarshipEstimate);
    if (ch.age >= 0 && maxage && ch.age >= maxage->number) {
      l.status = BenefitStatus::NotPayable;
      condition(l, BenefitCondition::ScholarshipChildAge, ch.age);
      l.amount = 0;
      continue;
    }
    // Years left before age 23 (when the age is known), spent level by level from the current one.
    int64_t left = (ch.age >= 0 && maxage) ? maxage->number - ch.age : 1000;
    const int from = ch.level == SchoolLevel::None ? 0 : static_cast<int>(ch.level) - 1;
    Money sum = 0;
    for (int k = from; k < 5 && left > 0; ++k) {
      const Value* py = c.R.at(per_year[k], sched);
      const Value* ny = c.R.at(years[k], sched);
      use(c, l, py);
      use(c, l, ny);
      if (!py || !ny) continue;
      const int64_t y = std::min<int64_t>(ny->number, left);
      sum += py->number * y;
      left -= y;
    }
    if (maxage) condition(l, BenefitCondition::ScholarshipAge, static_cast<int>(maxage->number));
    l.amount = sum;
    total += sum;
  }
  if (maxtotal && total > maxtotal->number) {
    BenefitLine& l = c.out.lines.back();
    use(c, l, maxtotal);
    l.amount -= total - maxtotal->number;
  }
}

}  // namespace benefits

void estimate_benefits(const RuleSet& R, const BenefitInput& in, BenefitResult& out) {
  out = BenefitResult();
  evaluate(R, in.base, out.eval);
  Money wage = -1;
  const ProgramResult& jkk = out.eval.programs[JKK];
  if (in.base.segment != Segment::JAKON && jkk.has_basis && jkk.basis > 0) wage = jkk.basis;
  if (wage < 0 && in.base.monthly_wage >= 0) wage = in.base.monthly_wage;
  if (wage < 0 && in.base.daily_wage >= 0) wage = in.base.daily_wage * (in.base.work_days > 0 ? in.base.work_days : 25);
  if (wage < 0 && !in.wage_history.empty()) wage = in.wage_history.back().wage;
  benefits::Ctx c{R, in, out, in.has_event_date ? in.event_date : in.base.as_of, wage, R.rounding(in.base.as_of)};
  // With a wage history, the wage on the event date is the wage the benefits use.
  if (!in.wage_history.empty() && in.wage_history.front().from <= c.event) c.wage = c.wage_on(c.event);
  out.lines.reserve(64);
  if (in.base.segment == Segment::PMI) benefits::note(c, BenefitNote::PmiBenefitsUnconfirmed);
  const bool all = in.event == BenefitEvent::All;
  if (all || in.event == BenefitEvent::DeathNonWork) {
    benefits::jkm(c);
    benefits::jht(c, BenefitEvent::DeathNonWork);
    benefits::jp(c, BenefitEvent::DeathNonWork);
  }
  if (all || in.event == BenefitEvent::DeathWork) {
    benefits::jkk_death(c);
    benefits::jht(c, BenefitEvent::DeathWork);
    benefits::jp(c, BenefitEvent::DeathWork);
  }
  if (all || in.event == BenefitEvent::Incapacity) benefits::jkk_incapacity(c);
  if (all || in.event == BenefitEvent::Disability) {
    benefits::jkk_disability(c);
    benefits::jp(c, BenefitEvent::Disability);
  }
  if (all || in.event == BenefitEvent::JobLoss) {
    benefits::jkp(c);
    benefits::jht(c, BenefitEvent::JobLoss);
  }
  if (all || in.event == BenefitEvent::OldAge) {
    benefits::jht(c, BenefitEvent::OldAge);
    benefits::jp(c, BenefitEvent::OldAge);
  }
}

}  // namespace jamsos
