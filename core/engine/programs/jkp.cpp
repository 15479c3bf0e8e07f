// JKP for wage earners: PP 37/2021 as amended by PP 6/2025 (eligibility Pasal 4, funding Pasal 11).
#include "program.hpp"

namespace jamsos {
namespace detail {

// PP 6/2025 Pasal 4(2)(b) (jkp.max_age): under 54 when registered (DECISIONS.md 10). The registration
// date is the later of member_since and JKP's start, when members of that time were enrolled. Without
// member_since: under 54 on as_of holds; 54 or older already at JKP's start fails; otherwise ask.
// Returns false when the condition fails.
static bool age_at_registration(Ctx& c, ProgramResult& p, const Value* maxage) {
  const Date start = c.series(PARAM("jkp.max_age")).values.front().from;
  if (c.in.has_member_since) {
    Date reg = c.in.member_since < start ? start : c.in.member_since;
    int reg_age = age_on(c.in.birth_date, reg);
    if (reg_age < maxage->number) return true;
    reason(p, ReasonCode::JkpAge, maxage, reg_age);
    return false;
  }
  if (c.age < maxage->number) return true;
  int at_start = age_on(c.in.birth_date, start);
  if (at_start >= maxage->number) {
    reason(p, ReasonCode::JkpAge, maxage, at_start);
    return false;
  }
  p.missing |= kMissMemberSince;
  reason(p, ReasonCode::JkpNeedMemberSince, maxage, c.age);
  return true;
}

// --- PP 37/2021 as amended by PP 6/2025: JKP eligibility (Pasal 4) and funding (Pasal 11) ----------
void jkp(Ctx& c, Money wage) {
  ProgramResult& p = c.out.programs[JKP];
  const Value* govt = c.at(PARAM("jkp.govt.rate"));
  if (!govt) {
    p.status = Status::NotEligible;
    // Its start: the first date of the government's contribution rule (PP 37/2021).
    reason(p, ReasonCode::JkpNotInForce, nullptr, c.series(PARAM("jkp.govt.rate")).values.front().from.days);
    return;
  }
  bool fail = false;
  const Value* cit = c.at(PARAM("jkp.citizenship"));
  if (c.in.citizenship == Citizenship::WNA) {
    fail = true;
    reason(p, ReasonCode::JkpCitizenship, cit);
  }
  const Value* maxage = c.at(PARAM("jkp.max_age"));
  if (!c.has_age) {
    p.missing |= kMissBirth;
  } else if (maxage) {
    fail = !age_at_registration(c, p, maxage) || fail;
  }
  // PP 37/2021's own age and citizenship conditions are presumed to be PP 6/2025's (U).
  if (below_b(cit ? cit->confidence : Confidence::U) || (maxage && below_b(maxage->confidence)))
    note(c.out, NoteCode::Pp37Conditions);
  const Value* prereq = nullptr;
  if (c.scale == Scale::None) {
    p.missing |= kMissScale;
  } else {
    prereq = c.at(c.scale == Scale::Micro || c.scale == Scale::Small ? PARAM("jkp.prerequisites.micro_small")
                                                                     : PARAM("jkp.prerequisites.medium_large"));
  }
  if (c.in.jkn < 0) {
    p.missing |= kMissJkn;
  } else if (c.in.jkn == 0) {
    fail = true;
    reason(p, ReasonCode::JkpNoJkn, prereq ? prereq : c.at(PARAM("jkp.prerequisites.micro_small")));
  }
  if (prereq) {
    for (int prog = JKK; prog <= JP; ++prog) {
      if (!in_list(prereq, program_code(prog))) continue;
      const ProgramResult& q = c.out.programs[prog];
      if (q.status == Status::NeedInfo) {
        p.missing |= q.missing & (kMissBirth | kMissScale);
      } else if (!q.enrolled) {
        fail = true;
        reason(p, ReasonCode::JkpPrerequisiteMissing, prereq, prog);
      }
    }
  }
  if (fail) {
    p.status = Status::NotEligible;
    p.missing = 0;
    return;
  }
  if (p.missing) {
    p.status = Status::NeedInfo;
    reason(p, ReasonCode::JkpNeedInfo, prereq ? prereq : c.at(PARAM("jkp.prerequisites.micro_small")));
    if (wage < 0) p.missing |= kMissWage;
    return;
  }
  p.status = Status::Mandatory;
  reason(p, ReasonCode::JkpEligible, prereq, maxage ? static_cast<int>(maxage->number) : 0);
  note(c.out,
       c.out.programs[JKK].relief == ReliefCode::Pp7_2025 ? NoteCode::Pp7Recomposition : NoteCode::Recomposition);
  if (wage < 0) {
    p.missing |= kMissWage;
    return;
  }
  const Value* cap = c.at(PARAM("jkp.wage_cap"));
  Money basis = wage;
  if (cap && wage > cap->number) {
    basis = cap->number;
    step(p, StepKind::CapApplied, Party::Government, cap, wage, basis);
  }
  Money g = round_rupiah(exact_of(basis, govt->rate), c.rnd);
  step(p, StepKind::PartyRate, Party::Government, govt, basis, g, 0, govt->rate);
  const Value* fk = c.at(PARAM("jkp.recomposition.from_jkk"));
  const Value* fm = c.at(PARAM("jkp.recomposition.from_jkm"));
  p.has_recomposition = true;
  // PP 7/2025 Pasal 10 (continued by PP 36/2025 Pasal 10A) sets the JKK recomposition while JKK is
  // halved; its content is unconfirmed (REFERENCE.md 4.8.3, U): no amount is claimed for it then.
  p.jkk_recomposition_unknown = c.out.programs[JKK].relief == ReliefCode::Pp7_2025;
  if (p.jkk_recomposition_unknown) fk = nullptr;
  p.from_jkk = fk ? round_rupiah(exact_of(basis, fk->rate), c.rnd) : 0;
  p.from_jkm = fm ? round_rupiah(exact_of(basis, fm->rate), c.rnd) : 0;
  if (fk) step(p, StepKind::Recomposition, Party::Employer, fk, basis, p.from_jkk, JKK, fk->rate);
  if (fm) step(p, StepKind::Recomposition, Party::Employer, fm, basis, p.from_jkm, JKM, fm->rate);
  p.funding_rate = c.at(PARAM("jkp.funding_rate"));
  p.has_basis = p.has_rate = true;
  p.basis = basis;
  p.rate = govt->rate;
  set_amounts(p, 0, 0, g);
}

}  // namespace detail
}  // namespace jamsos
