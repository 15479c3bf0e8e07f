// "What will change for this person" (issue 11): one input evaluated for its own month and each of
// the following months under one rule set; every month whose figures differ from the month
// before is listed with the figures old -> new and why: the rule values in force that changed
// (a relief window ending, a new JP ceiling) and, for a status that changed (pension age reached),
// the reasons of the new status. `jamsos upcoming`, and upcoming() in the page's benefits module.
#pragma once
#include <string>

#include "jamsos/rules.hpp"

namespace jamsos {

constexpr int kUpcomingDefaultMonths = 12;
constexpr int kUpcomingMaxMonths = 120;

// `input` is one eval input object (docs/CONTRACT.md); `months` 1..kUpcomingMaxMonths after its
// month. Writes {"as_of","rules_version","months","monthly","upcoming":[...],"notes":[...]}
// (docs/CONTRACT.md "Upcoming changes"), or the contract's error object; false on an input error.
bool upcoming_json(const RuleSet& R, const std::string& input, int months, std::string& out);

}  // namespace jamsos
