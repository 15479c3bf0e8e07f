// What changed between two rule sets (docs/RULES.md): every dated value that was added, changed or
// removed, with its citation and a sentence in both languages. `jamsos rules --since OLD` writes
// these as the bundle's changelog; `jamsos diff` names them as the reason a figure changed.
#pragma once
#include <string>
#include <vector>

#include "jamsos/rules.hpp"

namespace jamsos {

struct RuleChange {
  std::string parameter;   // its key, e.g. "jp.ceiling"
  std::string kind;        // "added" | "changed" | "removed"
  std::string from;        // the value's first date, "YYYY-MM-DD"
  std::string old_value;   // as a person reads it ("Rp10.042.300", "0.89%"); "" when added
  std::string new_value;   // "" when removed
  std::string citation;    // the new value's (the old one's when removed)
  std::string instrument;  // likewise
  std::string text_id, text_en;
};

// The values of every parameter, each as canonical JSON (value, period, citation, confidence),
// found by parameter and first date: what two rule sets are compared by.
class RuleIndex {
 public:
  explicit RuleIndex(const RuleSet& set);
  // The canonical JSON of the value of `id` that starts on `from`; null when there is none.
  const std::string* value_json(P id, Date from) const;
  // The value in force on `d` as canonical JSON ("" when none).
  std::string at_json(P id, Date d) const;
  const RuleSet& set() const { return *set_; }

 private:
  const RuleSet* set_;
  std::vector<std::vector<std::pair<int32_t, std::string>>> values_;  // per parameter: (from, json)
};

// Every dated value that differs from `before` to `after`, in parameter-key order, then by date.
std::vector<RuleChange> diff_rules(const RuleSet& before, const RuleSet& after);
// The one change of `id` that decides the value in force on `d`: how it reads in `before` and
// `after` (kind "changed", "added" or "removed"); false when both sets hold the same value then.
bool change_at(const RuleIndex& before, const RuleIndex& after, P id, Date d, RuleChange& out);
// Within one rule set: how the value of `id` in force on `d1` differs from the one in force on a
// later `d2` (kind "changed", "started" or "ended", `from` the first day of the new state); false
// when the same value is in force on both dates.
bool change_between(const RuleIndex& index, P id, Date d1, Date d2, RuleChange& out);
// As the bundle's "changelog" JSON array.
std::string changelog_json(const std::vector<RuleChange>& changes);

}  // namespace jamsos
