// validate(): the cross-field checks of an Input (jamsos/validate.hpp).
#include "jamsos/validate.hpp"

#include "jamsos/roles.hpp"

namespace jamsos {

int validate(const RuleSet& R, const Input& in, InputIssue* out, int max) {
  int n = 0;
  auto add = [&](InputIssue is) {
    if (n < max) out[n] = is;
    ++n;
  };
  if (in.has_birth && in.birth_date > in.as_of)
    add({InputCheck::BirthAfterAsOf, "birth_date", Segment::None, Role::None, nullptr});
  else if (in.has_birth && age_on(in.birth_date, in.as_of) > 120)
    add({InputCheck::AgeOver120, "birth_date", Segment::None, Role::None, nullptr});
  if (in.has_member_since && in.member_since > in.as_of)
    add({InputCheck::MemberSinceAfterAsOf, "member_since", Segment::None, Role::None, nullptr});
  if (in.monthly_wage >= 0 && in.daily_wage >= 0)
    add({InputCheck::WageTwice, "daily_wage", Segment::None, Role::None, nullptr});
  if (in.work_days && in.daily_wage < 0)
    add({InputCheck::WorkDaysAlone, "work_days", Segment::None, Role::None, nullptr});
  // A role implies its segment (roles.cpp); an excluded role is outside every segment.
  if (in.role != Role::None && in.segment != Segment::None && !role_excluded(in.role) &&
      role_segment(in.role) != in.segment)
    add({InputCheck::RoleSegmentConflict, "segment", role_segment(in.role), in.role, nullptr});
  // UU 18/2017 Pasal 1 angka 2: a PMI is an Indonesian citizen.
  if (in.segment == Segment::PMI && in.citizenship == Citizenship::WNA)
    add({InputCheck::PmiForeign, "citizenship", Segment::None, Role::None, nullptr});
  if (in.pmi_jht_monthly >= 0) {
    // Permenaker 4/2023: JHT for PMI is one of a list of fixed monthly amounts.
    const Value* ch = R.at(PARAM("pmi.jht.choices"), month_end(in.as_of));
    bool found = false;
    if (ch)
      for (Money m : ch->money_list) found = found || m == in.pmi_jht_monthly;
    if (ch && !found) add({InputCheck::PmiJhtChoice, "pmi_jht_monthly", Segment::None, Role::None, ch});
  }
  return n;
}

}  // namespace jamsos
