// evaluate(): Input -> Result, in one pass, each step once:
//   1. excluded roles stop here (role table: Taspen / ASABRI);
//   2. the role preset fills what the input left out (roles.cpp) and names the payers;
//   3. warnings about the inputs themselves (a child, inputs the segment does not use);
//   4. the segment's programs (programs/{pu,bpu,jakon,pmi}.cpp), each settled once (totals.cpp);
//   5. warnings that need every program, then the totals (totals.cpp);
//   6. what the input asked for on top: late payment (late_payment.cpp), the payslip (payslip.cpp).
// The rules themselves live in programs/, one instrument after another.
#include "jamsos/roles.hpp"
#include "programs/program.hpp"

namespace jamsos {
namespace {

using namespace detail;

Scale scale_from_text(const Value* v) {
  if (!v) return Scale::None;
  for (int s = 1; s <= 4; ++s)
    if (text_is(v->text, scale_code(static_cast<Scale>(s)))) return static_cast<Scale>(s);
  return Scale::None;
}

void add_default(Result& r, const Value* v, DefaultField f, int64_t value) {
  if (v && r.n_defaults < sizeof(r.defaults) / sizeof(r.defaults[0]))
    r.defaults[r.n_defaults++] = Step{StepKind::DefaultApplied, Party::Employer, v, value, 0, f, Rate{}};
}

// Role presets (CONTRACT.md, roles.cpp): defaults only fill inputs that were not given.
void apply_role(Ctx& c, const RoleInfo& role) {
  Result& r = c.out;
  if (role.default_scale != P::Count_ && c.scale == Scale::None) {
    const Value* v = c.at(role.default_scale);
    c.scale = scale_from_text(v);
    if (c.scale != Scale::None) add_default(r, v, kDefScale, static_cast<int64_t>(c.scale));
  }
  if (role.default_risk_group != P::Count_ && !c.risk_group) {
    const Value* v = c.at(role.default_risk_group);
    if (v && v->number >= 1 && v->number <= 5) {
      c.risk_group = static_cast<int>(v->number);
      add_default(r, v, kDefRiskGroup, v->number);
    }
  }
  if (role.default_income != P::Count_ && c.declared_income < 0) {
    const Value* v = c.at(role.default_income);
    if (v) c.declared_income = v->number, add_default(r, v, kDefIncome, v->number);
  }
  if (role.default_sector != P::Count_ && c.sector == BpuSector::None) {
    const Value* v = c.at(role.default_sector);
    if (v) {
      c.sector = text_is(v->text, "transport") ? BpuSector::Transport : BpuSector::Other;
      add_default(r, v, kDefSector, static_cast<int64_t>(c.sector));
    }
  }
  if (role.default_funded_by != P::Count_ && c.funded_by == FundedBy::None) {
    const Value* v = c.at(role.default_funded_by);
    for (int f = 1; v && f <= static_cast<int>(FundedBy::Other); ++f)
      if (text_is(v->text, funded_by_code(static_cast<FundedBy>(f)))) {
        c.funded_by = static_cast<FundedBy>(f);
        add_default(r, v, kDefFundedBy, f);
      }
  }
  for (int i = 0; i < role.n_notes; ++i) note(r, role.notes[i]);
  r.payer_employer = role.employer_payer;
  r.payer_worker = role.worker_payer;
}

void init_program(ProgramResult& p) {
  p.status = Status::NeedInfo;
  p.enrolled = false;
  p.settled = false;
  p.period = Period::Monthly;
  p.has_amounts = p.has_basis = p.has_rate = false;
  p.basis = 0;
  p.rate = Rate{};
  p.employer = p.worker = p.government = p.total = 0;
  p.missing = 0;
  p.no_rule = false;
  p.risk_group = 0;
  p.ceiling = p.pension_age = p.funding_rate = p.relief_param = nullptr;
  p.has_recomposition = p.jkk_recomposition_unknown = false;
  p.has_undiscounted = false;
  p.undiscounted_total = 0;
  p.from_jkk = p.from_jkm = 0;
  p.relief = ReliefCode::None;
  p.has_deferred = false;
  p.deferred_employer = p.deferred_worker = 0;
  p.included_in_jkk = false;
  p.n_reasons = p.n_steps = 0;
}

void init_result(const Input& in, Result& out) {
  out.as_of = in.as_of;
  out.role = in.role;
  out.excluded = false;
  out.excluded_scheme = nullptr;
  out.monthly = out.one_time = Totals{0, 0, 0, 0};
  out.complete = true;
  out.totals_missing = 0;
  out.payer_employer = Payer::Employer;
  out.payer_worker = Payer::Worker;
  out.payer_government = Payer::Apbn;
  out.n_defaults = out.n_notes = out.n_warnings = 0;
  out.has_wage_step = false;
  out.late.asked = false;
  out.late.n = 0;
  for (ProgramResult& p : out.programs) init_program(p);
}

void ignored(Ctx& c, bool given, IgnoredField f) {
  if (given) warn(c.out, WarningCode::InputIgnored, f);
}

void warn_ignored_inputs(Ctx& c) {
  const Input& in = c.in;
  Segment s = c.segment;
  if (s == Segment::None) return;
  bool pu = s == Segment::PU;
  ignored(c, in.monthly_wage >= 0 && !(pu || s == Segment::JAKON), kIgnWage);
  ignored(c, in.daily_wage >= 0 && !(pu || s == Segment::JAKON), kIgnDailyWage);
  ignored(c, in.scale != Scale::None && !pu, kIgnScale);
  ignored(c, in.risk_group && !(pu || s == Segment::JAKON), kIgnRiskGroup);
  ignored(c, in.declared_income >= 0 && s != Segment::BPU, kIgnIncome);
  ignored(c, in.bpu_sector != BpuSector::None && s != Segment::BPU, kIgnSector);
  ignored(c, in.contract_value >= 0 && (s != Segment::JAKON || c.wage >= 0), kIgnContract);
  ignored(c, in.placement_months > 0 && s != Segment::PMI, kIgnPlacement);
  ignored(c, in.pmi_jht_monthly >= 0 && s != Segment::PMI, kIgnPmiJht);
  ignored(c, in.has_industry && !pu, kIgnIndustry);
  ignored(c, in.headcount >= 0 && !pu, kIgnHeadcount);
  ignored(c, in.jkn >= 0 && !pu, kIgnJkn);
  ignored(c, in.jp_deferral_requested && !pu, kIgnDeferral);
  ignored(c, in.funded_by != FundedBy::None && s != Segment::BPU, kIgnFundedBy);
  ignored(c, in.has_member_since && !pu, kIgnMemberSince);
  ignored(c, in.scheme != Scheme::None && role_info(in.role).unconfirmed_scheme == P::Count_, kIgnScheme);
}

// DECISIONS.md 4: a rule that came into force after the `as_of` day but within its month covers
// the whole month (U); the answer says so whenever such a rule was used.
bool started_after(const Value* v, Date as_of) { return v && v->from > as_of; }
void note_mid_month(const RuleSet& R, Result& out, Date as_of, Date month) {
  if (!R.starts_within(as_of, month)) return;  // no rule starts in the rest of the month: none used
  bool hit = false;
  for (const ProgramResult& p : out.programs) {
    for (int i = 0; i < p.n_steps; ++i) hit = hit || started_after(p.steps[i].param, as_of);
    for (int i = 0; i < p.n_reasons; ++i) hit = hit || started_after(p.reasons[i].param, as_of);
  }
  for (int i = 0; i < out.n_defaults; ++i) hit = hit || started_after(out.defaults[i].param, as_of);
  if (hit) note(out, NoteCode::MidMonthStart);
}

// Excluded groups (PP 49/2023; Taspen, ASABRI): decided before any BPJS Ketenagakerjaan rule.
void evaluate_excluded(Ctx& c, const RoleInfo& role) {
  Result& out = c.out;
  out.excluded = true;
  out.segment = Segment::None;
  out.excluded_scheme = c.at(role.excluded_scheme);
  out.payer_employer = out.payer_worker = out.payer_government = Payer::None;
  ReasonCode why = role.role == Role::TniPolri ? ReasonCode::ExcludedTniPolri : ReasonCode::ExcludedAsn;
  for (ProgramResult& p : out.programs) {
    p.status = Status::NotEligible;
    reason(p, why, out.excluded_scheme);
  }
}

// Daily-paid workers (REFERENCE.md 4.2, pu.wage.daily_days): the monthly wage is the daily wage
// times the working days (work_days, else the rule's 25), shown as the first explanation line.
void wage_from_daily(Ctx& c) {
  const Input& in = c.in;
  c.wage = in.monthly_wage;
  const Value* days = in.daily_wage < 0 ? nullptr : c.at(PARAM("pu.wage.daily_days"));
  if (!days) return;
  const int64_t n = in.work_days ? in.work_days : days->number;
  c.wage = in.daily_wage * n;
  c.out.has_wage_step = true;
  c.out.wage_step = Step{StepKind::WageFromDaily, Party::Employer, days, in.daily_wage, n, c.wage, Rate{}};
}

// A role whose scheme is unconfirmed (part-time PPPK: BPJS Ketenagakerjaan or TASPEN, the sources
// conflict) and no `scheme` given: no program is decided, each names the conflict and asks for
// `scheme`, rather than a silent exclusion.
void scheme_unconfirmed(Ctx& c, const RoleInfo& role) {
  const Value* v = c.at(role.unconfirmed_scheme);
  for (ProgramResult& p : c.out.programs) {
    p.status = Status::NeedInfo;
    p.settled = false;
    p.missing = kMissScheme;
    p.n_reasons = 0;
    reason(p, ReasonCode::SchemeUnconfirmed, v);
  }
}

void evaluate_segment(Ctx& c) {
  Result& out = c.out;
  switch (c.segment) {
    case Segment::PU:
      evaluate_pu(c);
      break;
    case Segment::BPU:
      if (out.payer_worker == Payer::Worker) out.payer_worker = Payer::Participant;
      out.payer_employer = Payer::None;
      evaluate_bpu(c);
      break;
    case Segment::JAKON:
      out.payer_employer = Payer::Contractor;
      evaluate_jakon(c);
      break;
    case Segment::PMI:
      out.payer_worker = Payer::Participant;
      out.payer_employer = Payer::None;
      evaluate_pmi(c);
      break;
    case Segment::None:
      for (ProgramResult& p : out.programs) {
        p.missing = kMissSegment;
        reason(p, ReasonCode::NeedSegment);
      }
      break;
  }
  if (c.segment != Segment::PU && c.segment != Segment::BPU) out.payer_government = Payer::None;
}

}  // namespace

void evaluate(const RuleSet& R, const Input& in, Result& out) { evaluate(R, in, out, nullptr); }

void evaluate(const RuleSet& R, const Input& in, Result& out, RuleWatch* watch) {
  init_result(in, out);
  // DECISIONS.md 4: `as_of` names a contribution month; every rule is the one in force on its last day.
  const Date month = month_end(in.as_of);
  Ctx c{R,
        in,
        out,
        month,
        R.rounding(month),
        in.segment,
        in.scale,
        in.risk_group,
        in.declared_income,
        -1,
        in.bpu_sector,
        in.funded_by,
        in.has_birth,
        0,
        watch};
  c.seen_at(PARAM("rounding.contribution"));  // read by R.rounding() above
  if (in.has_birth) c.age = age_on(in.birth_date, in.as_of);

  const RoleInfo& role = role_info(in.role);
  if (role.excluded) return evaluate_excluded(c, role), evaluate_payslip(c);
  // An unconfirmed scheme the input settles as TASPEN: excluded like the full PPPK (PP 49/2023).
  const bool scheme_role = role.unconfirmed_scheme != P::Count_;
  if (scheme_role && in.scheme == Scheme::Taspen)
    return evaluate_excluded(c, role_info(Role::Pppk)), evaluate_payslip(c);
  if (c.segment == Segment::None) c.segment = role.segment;
  out.segment = c.segment;
  apply_role(c, role);
  wage_from_daily(c);
  if (c.has_age && c.age < 15) warn(out, WarningCode::ChildWorker, c.age);
  warn_ignored_inputs(c);

  evaluate_segment(c);
  if (scheme_role && in.scheme == Scheme::None) scheme_unconfirmed(c, role);
  for (int i = 0; i < kPrograms; ++i) settle(c, i);
  warn_after_programs(c);
  add_totals(out);
  evaluate_late_payment(c);
  evaluate_payslip(c);
  // DECISIONS.md 20: past the date the rule data was last checked, newer rules may exist.
  if (in.as_of > R.reviewed_until()) warn(out, WarningCode::RulesMayBeOutdated);
  note_mid_month(R, out, in.as_of, month);
  note(out, NoteCode::Rounding);
}

}  // namespace jamsos
