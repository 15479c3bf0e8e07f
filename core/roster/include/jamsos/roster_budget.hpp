// The budget of a roster over months (`jamsos budget --roster FILE`, the page's "from the imported
// roster" planner): every person of the roster (their role, wage, income, ... as `jamsos roster`
// reads them) evaluated month by month from a start month, so relief windows, the JP ceiling and
// ages apply month by month; the cost per month per party and per payer (the village budget, the
// employer, the worker, ...). Rows that cannot be computed are counted, never dropped in silence.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "jamsos/roster.hpp"

namespace jamsos {

struct RosterBudgetMonth {
  Date as_of;
  Money party[3] = {0, 0, 0};  // employer, worker, government
  Money total = 0;
  Money by_payer[kPayers] = {};
  int64_t people = 0;     // rows computed this month
  int64_t need_info = 0;  // of them, answers with a program still needing data (amounts partial)
  int64_t relief = 0;     // of them, answers with a relief rule applied
};

class RosterBudget : public RosterInput {
 public:
  // The rows are read and checked as `jamsos roster` does on the first month's 1st day
  // (opt.as_of is replaced by it); `months` 1-600 from (year, month).
  RosterBudget(const RuleSet& rules, const RosterOptions& opt, int year, int month, int months);
  // False on a fatal problem (bad arguments, no known header, a runaway quote, totals too large): error().
  bool feed(const char* data, size_t n);
  bool finish();
  // {"rules_version","source":"roster","from","to","months","rows","computed","invalid","need_info",
  //  "complete","total":{...},"payers":[{code,label_id,label_en,amount}],"notes":[...],
  //  "by_month":[{"month","people","employer","worker","government","total","payers":{code:amount},
  //  "relief","relief_people","need_info","complete"}]}
  std::string json() const;
  // month,people,employer,worker,government,total,payer_<code>...,relief,need_info and a total line.
  std::string csv(char delimiter = ',') const;
  const std::vector<RosterBudgetMonth>& months() const { return months_; }
  int64_t invalid() const { return invalid_; }
  int64_t need_info() const { return need_info_; }

 private:
  bool drain();
  std::vector<RosterBudgetMonth> months_;
  Money total_[3] = {0, 0, 0};
  Money grand_ = 0;
  Money by_payer_[kPayers] = {};
  int64_t rows_ = 0, computed_ = 0, invalid_ = 0, need_info_ = 0;
  bool overflow_ = false;
  std::vector<NoteCode> notes_;
  Input in_;
  Result res_;
};

// One call for a whole roster text under `rules` (the page; the CLI streams). JSON (or CSV when
// `csv`), or {"error":{"code","field","message"}}.
std::string roster_budget_run(const RuleSet& rules, const std::string& csv_text, const RosterOptions& opt,
                              const std::string& from, int months, bool csv);

}  // namespace jamsos
