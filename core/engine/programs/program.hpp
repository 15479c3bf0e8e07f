// Shared helpers for the rule modules (pu.cpp, bpu.cpp, jakon.cpp, pmi.cpp). Not a public header.
#pragma once
#include "jamsos/engine.hpp"

namespace jamsos {
namespace detail {

// The inputs after role defaults, plus the rule set and the date.
struct Ctx {
  const RuleSet& R;
  const Input& in;
  Result& out;
  Date d;  // the last day of the as_of month: the rules in force (DECISIONS.md 4); ages use in.as_of
  Rounding rnd;
  Segment segment;
  Scale scale;
  int risk_group;
  Money declared_income;
  Money wage;  // the monthly wage: monthly_wage, or daily_wage x days (-1: not given)
  BpuSector sector;
  FundedBy funded_by;
  bool has_age;
  int age;
  RuleWatch* watch;  // null unless a caller asked which rule values were read (engine.hpp)
  // Every rule value the engine reads goes through at() (the value in force on d) or series()
  // (a parameter's whole history), so that a RuleWatch sees it.
  const Value* at(P p) const {
    seen_at(p);
    return R.at(p, d);
  }
  const Param& series(P p) const {
    if (watch && watch->series[static_cast<int>(p)]) watch->hit = true;
    return R.param(p);
  }
  // For a value read through the rule set itself (R.rounding()).
  void seen_at(P p) const {
    if (watch && watch->at[static_cast<int>(p)]) watch->hit = true;
  }
};

inline void reason(ProgramResult& p, ReasonCode c, const Value* v = nullptr, int arg = 0) {
  if (p.n_reasons < sizeof(p.reasons) / sizeof(p.reasons[0])) p.reasons[p.n_reasons++] = Reason{c, v, arg};
}
inline void step(ProgramResult& p, StepKind k, Party party, const Value* v, int64_t a = 0, int64_t b = 0, int64_t c = 0,
                 Rate r = Rate{}) {
  if (p.n_steps < sizeof(p.steps) / sizeof(p.steps[0])) p.steps[p.n_steps++] = Step{k, party, v, a, b, c, r};
}
inline void set_amounts(ProgramResult& p, Money employer, Money worker, Money government) {
  p.has_amounts = true;
  p.employer = employer;
  p.worker = worker;
  p.government = government;
  p.total = employer + worker + government;
}
inline bool in_list(const Value* v, const char* s) {
  if (!v) return false;
  for (const std::string& e : v->list)
    if (text_is(e, s)) return true;
  return false;
}
inline bool in_list(const Value* v, const std::string& s) {
  if (!v) return false;
  for (const std::string& e : v->list)
    if (e == s) return true;
  return false;
}
inline void status_from_staging(ProgramResult& p, const Ctx& c, int program, const Value* staging) {
  bool mandatory = in_list(staging, scale_code(c.scale));
  p.status = mandatory ? Status::Mandatory : Status::Optional;
  reason(p, mandatory ? ReasonCode::StagingMandatory : ReasonCode::StagingOptional, staging, static_cast<int>(c.scale));
  if (!mandatory) reason(p, (c.in.opt_in >> program) & 1 ? ReasonCode::OptedIn : ReasonCode::NotOptedIn);
}
inline void warn(Result& r, WarningCode c, int arg = 0) {
  if (r.n_warnings < sizeof(r.warnings) / sizeof(r.warnings[0])) r.warnings[r.n_warnings++] = Warning{c, arg};
}
inline void note(Result& r, NoteCode c) {
  for (int i = 0; i < r.n_notes; ++i)
    if (r.notes[i] == c) return;
  if (r.n_notes < sizeof(r.notes) / sizeof(r.notes[0])) r.notes[r.n_notes++] = c;
}
// PP 44/2015 Pasal 16(1) and Lampiran I: the JKK rate of risk group 1-5 (PU and JAKON wage basis).
inline P jkk_rate(int risk_group) {
  static const P rates[5] = {PARAM("pu.jkk.rate.group1"), PARAM("pu.jkk.rate.group2"), PARAM("pu.jkk.rate.group3"),
                             PARAM("pu.jkk.rate.group4"), PARAM("pu.jkk.rate.group5")};
  return rates[risk_group - 1];
}

// rate x factor, exact (the loader guarantees exactness).
inline Rate apply_factor(Rate r, const Value* factor) { return factor ? multiply(r, factor->rate) : r; }

// Charges `rate` (times the relief factor, if any) on `base` to one party, rounded once, and
// records basis, rate, relief and the explanation steps. Used by PU, BPU and JAKON (wage basis).
void charge_rate(Ctx& c, ProgramResult& p, Party party, Money base, const Value* rate, const Value* relief,
                 ReliefCode code);

// totals.cpp: a program is settled once its status is final: enrolment is decided (mandatory, or
// optional and opted in) and a program that cannot be paid carries no amounts. PU settles JKK-JP
// before JKP, whose prerequisites are their enrolment; evaluate() settles the rest.
void settle(Ctx& c, int program);
// Warnings that need every program settled: opt-ins that cannot apply, a JP ceiling that may be old.
void warn_after_programs(Ctx& c);
// Monthly and one-time totals of the enrolled programs; `complete` when nothing is missing.
void add_totals(Result& out);

void evaluate_pu(Ctx& c);
// Due dates, months late and fines for input paid_on (late_payment.cpp), after the totals.
void evaluate_late_payment(Ctx& c);
// The payslip for input payslip (payslip.cpp), after the totals: BPJS Kesehatan (JKN), take-home.
void evaluate_payslip(Ctx& c);
void jkp(Ctx& c, Money wage);  // jkp.cpp, after JKK-JP are settled
void evaluate_bpu(Ctx& c);
void evaluate_jakon(Ctx& c);
void evaluate_pmi(Ctx& c);

}  // namespace detail
}  // namespace jamsos
