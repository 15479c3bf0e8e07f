// "What changed for me": the same people under two rule sets (`jamsos diff`, docs/RULES.md). Each
// eval input (JSON) or roster row (CSV) is evaluated with the rules before and after; a row whose
// figures change is written as a JSON line with the figures old -> new and the rule changes behind
// them (the parameters the two answers used whose value on that date differs), then a summary.
#pragma once
#include <climits>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "jamsos/roster.hpp"
#include "jamsos/rules_diff.hpp"

namespace jamsos {

struct DiffSummary {
  int64_t rows = 0, changed = 0, errors = 0;
  Money before[4] = {0, 0, 0, 0}, after[4] = {0, 0, 0, 0};  // monthly: employer, worker, government, total
  std::map<std::string, int64_t> by_parameter;              // rows each changed parameter explains
  int64_t unexplained = 0;                                  // changed rows no rule change explains
  bool overflow = false;
};

// Who a compared answer belongs to, written at the start of its line only when a figure changes:
// a roster row ("row":7,"nik":"...") or an eval input ("index":3,"id":...).
struct DiffLabel {
  bool roster = false;
  int64_t number = 0;               // the row's record number, or the input's index
  bool has_nik = false;             // roster
  uint64_t nik = 0;                 // its 16 digits
  const std::string* id = nullptr;  // eval input: its "id", already JSON (null or empty: none)
};

// Compares two answers for one person and appends the JSON line when a figure differs.
class AnswerDiff {
 public:
  AnswerDiff(const RuleSet& before, const RuleSet& after) : before_(before), after_(after) {}
  const RuleSet& before_rules() const { return before_; }
  void compare(const Input& in, const Result& before, const Result& after, const DiffLabel& label, DiffSummary& sum,
               std::string& out);
  // The rule values the two sets do not share for inputs of `as_of`'s month: the value in force
  // at the month's end, and each parameter's whole history (engine.hpp RuleWatch). An input whose
  // evaluation under `after` reads none of them has the same figures under `before` and is not
  // evaluated again: most of a roster, when an update changes a few parameters. `hit` is left to
  // the caller to clear.
  RuleWatch& watch(Date as_of);

 private:
  struct Watched {
    bool at[kParamCount];
    bool series[kParamCount];
  };
  // The "because" entry (JSON, "" when the value did not change) per parameter and the two values
  // in force: rows share a handful of these, so each is worked out once.
  const std::string& because(P id, Date d);
  const RuleSet& before_;
  const RuleSet& after_;
  std::unique_ptr<RuleIndex> before_index_, after_index_;  // for because(), made on first use
  // The parameters whose "because" entry is not empty on `because_as_of_`, ascending: a changed
  // row's explanation is looked for among these only.
  Date because_as_of_{INT32_MIN};
  std::vector<int> because_params_;
  // Where compare() counts each parameter in `counted_`'s by_parameter (map values stay put).
  const DiffSummary* counted_ = nullptr;
  int64_t* count_[kParamCount] = {};
  std::map<std::tuple<int, const Value*, const Value*>, std::pair<std::string, std::string>> memo_;
  std::map<int32_t, std::unique_ptr<Watched>> watched_;  // by the month's last day
  RuleWatch watch_;
  Date watch_as_of_{INT32_MIN};
};

// Eval inputs: a JSON array of objects, or JSON Lines; each read with the `after` rules' contract.
// False (with `error`) only when the text is neither; bad elements are counted as errors.
bool diff_inputs(const RuleSet& before, const RuleSet& after, const std::string& text, std::string& out,
                 DiffSummary& sum, std::string& error);

// A roster CSV, streamed: rows are read and checked as `jamsos roster` does (with the `after` rules).
class RosterDiff : public RosterInput {
 public:
  RosterDiff(const RuleSet& before, const RuleSet& after, const RosterOptions& opt);
  bool feed(const char* data, size_t n, std::string& out);
  bool finish(std::string& out);
  const DiffSummary& diff_summary() const { return dsum_; }

 private:
  bool drain(std::string& out);
  const RuleSet* before_;
  AnswerDiff diff_;
  Result old_;
  DiffSummary dsum_;
};

std::string diff_summary_json(const DiffSummary& s);

}  // namespace jamsos
