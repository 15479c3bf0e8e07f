// The one check of an Input's fields against each other, used by the JSON contract (as the
// first error of an input) and by roster rows (each as a row error). Field types and ranges are
// checked where the text is read (contract input, roster cells); this is what only makes sense
// once all fields are known.
#pragma once
#include <cstdint>

#include "jamsos/engine.hpp"

namespace jamsos {

enum class InputCheck : uint8_t {
  BirthAfterAsOf,        // birth_date after as_of
  AgeOver120,            // birth_date gives an age over 120 on as_of
  RoleSegmentConflict,   // the role implies another segment (`implied`)
  PmiForeign,            // a migrant worker (PMI) is an Indonesian citizen by definition
  PmiJhtChoice,          // pmi_jht_monthly is not one of the amounts in `param`
  MemberSinceAfterAsOf,  // member_since after as_of
  WageTwice,             // monthly_wage and daily_wage both given
  WorkDaysAlone,         // work_days without daily_wage
};

struct InputIssue {
  InputCheck check;
  const char* field;   // the input field to name in the error
  Segment implied;     // RoleSegmentConflict: the segment the role implies
  Role role;           // RoleSegmentConflict: the role
  const Value* param;  // PmiJhtChoice: the rule listing the allowed amounts
};

// Writes the problems of `in` in the order the contract reports them (at most `max`); returns
// how many there are. No problem: 0.
int validate(const RuleSet& R, const Input& in, InputIssue* out, int max);

}  // namespace jamsos
