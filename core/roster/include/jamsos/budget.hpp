// The budget planner: people x an input template x months.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "jamsos/contract.hpp"
#include "jamsos/engine.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Budget planner: N people x an input template x months, each month evaluated on its 1st day so
// relief windows apply month by month.
// ---------------------------------------------------------------------------------------------
struct BudgetMonth {
  Date as_of;
  Money per_person[3];  // employer, worker, government (enrolled programs, monthly)
  Money per_person_total;
  Money one_time;  // one-time amounts (JAKON, PMI), counted in the first month only
  bool complete;
  bool relief;  // a relief rule applied this month
  // With a payment date (BudgetPlan::has_paid_on; engine/late_payment.cpp): when the month was
  // due, how many months late the payment is and the fine per person (not known for BPU, where no
  // source gives a fine figure). A late payment can also raise the contribution itself (PP 36/2025
  // Pasal 11 as read in the rules: JKK without the discount); that is in per_person[0].
  bool has_due;  // false: no late-payment rule for this month (JAKON, PMI, nothing owed)
  Date due;
  int months_late;
  Money fine;
  bool fine_known;
};
struct BudgetPlan {
  int64_t people = 0;
  std::vector<BudgetMonth> months;
  Money per_person[3] = {0, 0, 0};
  Money per_person_total = 0;
  Money total[3] = {0, 0, 0};
  Money grand_total = 0;
  Payer payers[3] = {Payer::None, Payer::None, Payer::None};
  bool complete = true;
  // Every month paid on one date (the template's paid_on, e.g. when the village's funds arrive).
  bool has_paid_on = false;
  Date paid_on{};
  Money fine_per_person = 0, fine_total = 0;
  bool fines_known = true;      // every month's fine is known
  std::vector<NoteCode> notes;  // the answers' notes, each once, in the order first met
};
// One answer's amounts for one planned month, added to `out` by party (employer, worker,
// government): the enrolled programs with amounts, monthly ones every month and one-time ones
// (JAKON, PMI) only in the `first` month. Sets `relief` when a relief rule applied; returns the
// one-time total counted. Shared by the package plan and the roster plan (roster_budget.hpp).
Money budget_month_amounts(const Result& res, bool first, Money (&out)[3], bool& relief, bool& overflow);

// `tmpl.as_of` is ignored; months 1-600 from (year, month). False (with `error`) for bad arguments.
// With `tmpl.has_paid_on`, every month is paid on `tmpl.paid_on`: due dates, months late and fines.
bool plan_budget(const RuleSet& rules, const Input& tmpl, int64_t people, int year, int month, int months,
                 BudgetPlan& out, std::string& error);
std::string budget_json(const BudgetPlan& plan, const RuleSet& rules);
// month,as_of,employer,worker,government,total,relief (per month for all people) and a total line.
std::string budget_csv(const BudgetPlan& plan, char delimiter = ',');

// ---------------------------------------------------------------------------------------------
// Budget requests: the CLI (`jamsos budget`, flags) and the page (a JSON template) build the same
// request and run it the same way.
// ---------------------------------------------------------------------------------------------
struct BudgetRequest {
  Input tmpl;  // the person; as_of is the first month's 1st day (each month sets its own)
  int64_t people = -1;
  int year = 0, month = 0;  // the first month
  int months = 0;
};

// "YYYY-MM" (the CLI's --from, the page's from) -> year and month. False if it is not a month.
bool parse_budget_month(const std::string& s, int& year, int& month);

// The template from a contract input object (JSON text; its as_of is replaced by year-month-01),
// validated by the contract. The page's template and the CLI's --input.
bool budget_template_from_json(const RuleSet& R, const std::string& json, int year, int month, Input& tmpl,
                               InputError& err);

// One template field from text as a person types it (the CLI's flags), read with the roster's
// cell parsers. Ok: set on `tmpl`. Usage: `usage` says why (a bad flag value). Input: the value
// is one the contract refuses; `err` is the contract's own error for it.
enum class BudgetField : uint8_t {
  Role,
  Segment,
  Wage,
  Income,
  Sector,
  Scale,
  RiskGroup,
  BirthDate,
  Jkn,
  OptIn,
  PaidOn
};
enum class BudgetSet : uint8_t { Ok, Usage, Input };
BudgetSet budget_set_field(const RuleSet& R, Input& tmpl, BudgetField f, const std::string& value, InputError& err,
                           std::string& usage);

// The contract's checks across fields, on a template built field by field (budget_set_field).
bool budget_check_template(const RuleSet& R, const Input& tmpl, InputError& err);

// Plans `req`: budget_json (or budget_csv when `csv`) in `out`; false with `error` (plan_budget's).
bool budget_run(const RuleSet& R, const BudgetRequest& req, bool csv, std::string& out, std::string& error);

// The page's entry point: a JSON template (as_of ignored), people, "YYYY-MM", months.
// budget_json (or budget_csv when `csv`), or {"error":{"code","field","message"}}.
std::string budget_from_json(const RuleSet& R, const std::string& tmpl_json, int64_t people, const std::string& from,
                             int months, bool csv);

}  // namespace jamsos
