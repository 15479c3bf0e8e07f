// The budget planner: people x an input template x months, evaluated month by month.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

#include "budget_json_parts.hpp"
#include "jamsos/json_writer.hpp"
#include "jamsos/messages.hpp"
#include "jamsos/roster.hpp"

namespace jamsos {

namespace {

// A month paid on the template's paid_on (res.late, engine/late_payment.cpp): the due date, months
// late and fine per person, and what paying late adds to the contribution (PP 36/2025 Pasal 11 as
// read in the rules: the discounted JKK owed at the full rate), which the employer pays.
void add_late(const Result& res, BudgetMonth& bm, bool& overflow) {
  const LatePayment& L = res.late;
  bm.fine_known = true;
  if (!L.asked || L.n == 0) return;
  bm.has_due = true;
  bm.due = L.lines[0].due;  // one due date per month and segment
  bm.months_late = L.lines[0].months;
  bm.fine = L.total_fine;
  bm.fine_known = L.has_fines;
  for (int i = 0; i < L.n; ++i) {
    const LateLine& l = L.lines[i];
    const ProgramResult& p = res.programs[l.program];
    if (l.full_rate) add_checked(bm.per_person[0], l.contribution - (p.employer + p.worker), overflow);
  }
}

}  // namespace

Money budget_month_amounts(const Result& res, bool first, Money (&out)[3], bool& relief, bool& overflow) {
  Money one_time = 0;
  for (int p = 0; p < kPrograms; ++p) {
    const ProgramResult& pr = res.programs[p];
    if (!pr.enrolled || !pr.has_amounts) continue;
    relief = relief || pr.relief != ReliefCode::None;
    if (pr.period == Period::OneTime) {
      if (first) one_time += pr.total;
      continue;
    }
    add_checked(out[0], pr.employer, overflow);
    add_checked(out[1], pr.worker, overflow);
    add_checked(out[2], pr.government, overflow);
  }
  if (first) {
    // One-time amounts (JAKON, PMI) are charged once, in the first month, by their party.
    for (int p = 0; p < kPrograms; ++p) {
      const ProgramResult& pr = res.programs[p];
      if (!pr.enrolled || !pr.has_amounts || pr.period != Period::OneTime) continue;
      add_checked(out[0], pr.employer, overflow);
      add_checked(out[1], pr.worker, overflow);
      add_checked(out[2], pr.government, overflow);
    }
  }
  return one_time;
}

bool plan_budget(const RuleSet& R, const Input& tmpl, int64_t people, int year, int month, int months, BudgetPlan& out,
                 std::string& error) {
  out = BudgetPlan();
  if (people < 0 || people > 100000000) return error = "people must be between 0 and 100,000,000", false;
  if (months < 1 || months > 600) return error = "months must be between 1 and 600", false;
  if (month < 1 || month > 12 || year < 1 || year > 9999) return error = "the start month must be YYYY-MM", false;
  if (from_ymd(year, month, 1) < R.start())
    return error = "the start month must be on or after " + format_date(R.start()) + ", when the rules begin", false;
  if (tmpl.monthly_wage > kMaxMonthlyAmount || tmpl.declared_income > kMaxMonthlyAmount)
    return error = std::string(tmpl.monthly_wage > kMaxMonthlyAmount ? "monthly_wage" : "declared_income") +
                   " must be at most 10,000,000,000 a month",
           false;
  out.people = people;
  Input in = tmpl;
  Result res;
  bool overflow = false;  // every sum and product is checked
  for (int i = 0; i < months; ++i) {
    int y = year + (month - 1 + i) / 12, m = (month - 1 + i) % 12 + 1;
    in.as_of = from_ymd(y, m, 1);
    if (in.has_birth && in.birth_date > in.as_of) return error = "birth_date is after " + format_date(in.as_of), false;
    evaluate(R, in, res);
    BudgetMonth bm{};
    bm.as_of = in.as_of;
    bm.complete = res.complete;
    bm.one_time = budget_month_amounts(res, i == 0, bm.per_person, bm.relief, overflow);
    if (i == 0) {
      out.payers[0] = res.payer_employer;
      out.payers[1] = res.payer_worker;
      out.payers[2] = res.payer_government;
    }
    if (in.has_paid_on) add_late(res, bm, overflow);
    for (int n = 0; n < res.n_notes; ++n)
      if (std::find(out.notes.begin(), out.notes.end(), res.notes[n]) == out.notes.end())
        out.notes.push_back(res.notes[n]);
    for (int k = 0; k < 3; ++k) add_checked(bm.per_person_total, bm.per_person[k], overflow);
    out.complete = out.complete && bm.complete;
    add_checked(out.fine_per_person, bm.fine, overflow);
    out.fines_known = out.fines_known && bm.fine_known;
    for (int k = 0; k < 3; ++k) add_checked(out.per_person[k], bm.per_person[k], overflow);
    add_checked(out.per_person_total, bm.per_person_total, overflow);
    // Each month's amounts for all people (budget_json and budget_csv multiply them out).
    Money x;
    for (int k = 0; k < 3; ++k) overflow = __builtin_mul_overflow(bm.per_person[k], people, &x) || overflow;
    overflow = __builtin_mul_overflow(bm.per_person_total, people, &x) || overflow;
    out.months.push_back(bm);
  }
  out.has_paid_on = in.has_paid_on;
  out.paid_on = in.paid_on;
  overflow = __builtin_mul_overflow(out.fine_per_person, people, &out.fine_total) || overflow;
  for (int k = 0; k < 3; ++k) overflow = __builtin_mul_overflow(out.per_person[k], people, &out.total[k]) || overflow;
  overflow = __builtin_mul_overflow(out.per_person_total, people, &out.grand_total) || overflow;
  if (overflow) {
    out = BudgetPlan();
    return error =
               "the budget's total is too large to represent (over 9,223,372,036,854,775,807 rupiah); plan fewer "
               "people or months",
           false;
  }
  return true;
}

std::string budget_error_json(const char* code, const char* field, const std::string& message) {
  std::string out = "{\"error\":{\"code\":";
  json_write_string(out, std::string(code));
  out += ",\"field\":";
  json_write_string(out, std::string(field));
  out += ",\"message\":";
  json_write_string(out, message);
  out += "}}";
  return out;
}

std::string budget_month_text(Date d) {
  Ymd y = to_ymd(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y.year, y.month);
  return buf;
}

nlohmann::ordered_json budget_notes_json(const std::vector<NoteCode>& codes) {
  nlohmann::ordered_json notes = nlohmann::ordered_json::array();
  for (NoteCode c : codes) {
    messages::Pair n = messages::note(c);
    notes.push_back({{"code", messages::note_code(c)},
                     {"text_id", n.id},
                     {"text_en", n.en},
                     {"citation", messages::note_citation(c)},
                     {"confidence", messages::note_confidence(c)}});
  }
  return notes;
}

std::string budget_json(const BudgetPlan& p, const RuleSet& R) {
  using oj = nlohmann::ordered_json;
  oj j = oj::object();
  j["rules_version"] = R.version();
  j["people"] = p.people;
  j["months"] = static_cast<int64_t>(p.months.size());
  if (!p.months.empty()) {
    j["from"] = budget_month_text(p.months.front().as_of);
    j["to"] = budget_month_text(p.months.back().as_of);
  }
  j["complete"] = p.complete;
  oj payers = oj::object();
  const char* names[3] = {"employer", "worker", "government"};
  for (int k = 0; k < 3; ++k) {
    messages::Pair l = messages::payer_label(p.payers[k]);
    payers[names[k]] = {{"code", payer_code(p.payers[k])}, {"label_id", l.id}, {"label_en", l.en}};
  }
  j["payers"] = payers;
  j["per_person"] = {{"employer", p.per_person[0]},
                     {"worker", p.per_person[1]},
                     {"government", p.per_person[2]},
                     {"total", p.per_person_total}};
  j["total"] = {{"employer", p.total[0]}, {"worker", p.total[1]}, {"government", p.total[2]}, {"total", p.grand_total}};
  if (p.has_paid_on) {
    // Fines (rule late.pu.fine_rate, borne by the employer) are outside the contribution totals;
    // null where no fine figure is known (BPU).
    oj f = oj::object();
    f["paid_on"] = format_date(p.paid_on);
    f["known"] = p.fines_known;
    f["per_person"] = p.fines_known ? oj(p.fine_per_person) : oj(nullptr);
    f["total"] = p.fines_known ? oj(p.fine_total) : oj(nullptr);
    f["total_with_fines"] = p.fines_known ? oj(p.grand_total + p.fine_total) : oj(nullptr);
    j["late_payment"] = f;
  }
  j["notes"] = budget_notes_json(p.notes);
  oj ms = oj::array();
  for (const BudgetMonth& m : p.months) {
    ms.push_back({{"month", budget_month_text(m.as_of)},
                  {"per_person", m.per_person_total},
                  {"employer", m.per_person[0] * p.people},
                  {"worker", m.per_person[1] * p.people},
                  {"government", m.per_person[2] * p.people},
                  {"total", m.per_person_total * p.people},
                  {"relief", m.relief},
                  {"complete", m.complete}});
    if (p.has_paid_on && m.has_due) {
      oj& b = ms.back();
      b["due_date"] = format_date(m.due);
      b["months_late"] = m.months_late;
      b["fine"] = m.fine_known ? oj(m.fine * p.people) : oj(nullptr);
    }
  }
  j["by_month"] = ms;
  return j.dump(2, ' ', false, oj::error_handler_t::replace);
}

std::string budget_csv(const BudgetPlan& p, char d) {
  std::string out;
  std::vector<std::string> head = {"month",      "people", "per_person", "employer", "worker",
                                   "government", "total",  "relief",     "complete"};
  if (p.has_paid_on) head.insert(head.end(), {"due_date", "months_late", "fine"});
  csv_append_row(out, head, d);
  for (const BudgetMonth& m : p.months) {
    std::vector<std::string> row = {budget_month_text(m.as_of),
                                    std::to_string(p.people),
                                    std::to_string(m.per_person_total),
                                    std::to_string(m.per_person[0] * p.people),
                                    std::to_string(m.per_person[1] * p.people),
                                    std::to_string(m.per_person[2] * p.people),
                                    std::to_string(m.per_person_total * p.people),
                                    m.relief ? "true" : "false",
                                    m.complete ? "true" : "false"};
    if (p.has_paid_on) {
      // Unknown fine (BPU): an empty cell, as in the JSON's null.
      row.push_back(m.has_due ? format_date(m.due) : "");
      row.push_back(m.has_due ? std::to_string(m.months_late) : "");
      row.push_back(m.has_due && m.fine_known ? std::to_string(m.fine * p.people) : "");
    }
    csv_append_row(out, row, d);
  }
  std::vector<std::string> total = {"total",
                                    std::to_string(p.people),
                                    std::to_string(p.per_person_total),
                                    std::to_string(p.total[0]),
                                    std::to_string(p.total[1]),
                                    std::to_string(p.total[2]),
                                    std::to_string(p.grand_total),
                                    "",
                                    p.complete ? "true" : "false"};
  if (p.has_paid_on) total.insert(total.end(), {"", "", p.fines_known ? std::to_string(p.fine_total) : ""});
  csv_append_row(out, total, d);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Budget requests
// ---------------------------------------------------------------------------------------------
namespace {

using json = nlohmann::json;

// The contract's error for one field's value (what it says when an input object holds it).
bool contract_error(const RuleSet& R, const char* key, const json& value, InputError& err) {
  json j = json::object();
  j["as_of"] = format_date(R.start());
  j[key] = value;
  Input in;
  std::string id;
  return !parse_input_text(R, j.dump(-1, ' ', false, json::error_handler_t::replace), in, id, err);
}

}  // namespace

bool parse_budget_month(const std::string& s, int& year, int& month) {
  Date d;
  if (s.size() != 7 || !parse_date(s + "-01", d)) return false;
  Ymd t = to_ymd(d);
  year = t.year, month = t.month;
  return true;
}

bool budget_template_from_json(const RuleSet& R, const std::string& text, int year, int month, Input& tmpl,
                               InputError& err) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    err = InputError{"malformed_json", "", "the template must be a JSON object"};
    return false;
  }
  j["as_of"] = format_date(from_ymd(year, month, 1));
  std::string id;
  return parse_input_text(R, j.dump(-1, ' ', false, json::error_handler_t::replace), tmpl, id, err);
}

BudgetSet budget_set_field(const RuleSet& R, Input& tmpl, BudgetField f, const std::string& v, InputError& err,
                           std::string& usage) {
  auto refused = [&](const char* key, const json& value) {
    if (contract_error(R, key, value, err)) return BudgetSet::Input;
    usage = std::string(key) + ": '" + v + "' is not accepted";
    return BudgetSet::Usage;
  };
  auto bad = [&](const char* why) {
    usage = why;
    return BudgetSet::Usage;
  };
  switch (f) {
    case BudgetField::Role: {
      Role r;
      if (!parse_role_cell(v, r)) return refused("role", v);
      tmpl.role = r;
      return BudgetSet::Ok;
    }
    case BudgetField::Segment: {
      Segment s;
      if (!parse_segment_cell(v, s)) return refused("segment", v);
      tmpl.segment = s;
      return BudgetSet::Ok;
    }
    case BudgetField::Wage:
    case BudgetField::Income: {
      bool wage = f == BudgetField::Wage;
      Money m;
      MoneyCell c = parse_money_cell(v, m);
      if (c == MoneyCell::TooLarge || (c == MoneyCell::Ok && m > kMaxMonthlyAmount))
        return bad(wage ? "--wage must be at most 10,000,000,000 (rupiah a month)"
                        : "--income must be at most 10,000,000,000 (rupiah a month)");
      if (c != MoneyCell::Ok) return bad(wage ? "--wage must be a rupiah amount" : "--income must be a rupiah amount");
      (wage ? tmpl.monthly_wage : tmpl.declared_income) = m;
      return BudgetSet::Ok;
    }
    case BudgetField::Sector: {
      BpuSector s;
      if (!parse_sector_cell(v, s)) return bad("--sector must be transport or other");
      tmpl.bpu_sector = s;
      return BudgetSet::Ok;
    }
    case BudgetField::Scale: {
      Scale s;
      if (!parse_scale_cell(v, s)) return bad("--scale must be micro, small, medium or large");
      tmpl.scale = s;
      return BudgetSet::Ok;
    }
    case BudgetField::RiskGroup: {
      char* end = nullptr;
      long long x = std::strtoll(v.c_str(), &end, 10);
      if (v.empty() || *end != 0) return bad("--risk-group needs 1-5");
      if (x < 1 || x > 5) return refused("jkk_risk_group", static_cast<int64_t>(x));
      tmpl.risk_group = static_cast<int>(x);
      return BudgetSet::Ok;
    }
    case BudgetField::BirthDate: {
      Date d;
      if (!parse_date_cell(v, d)) return bad("--birth-date must be a date");
      tmpl.birth_date = d;
      tmpl.has_birth = true;
      return BudgetSet::Ok;
    }
    case BudgetField::Jkn: {
      bool b;
      if (!parse_bool_cell(v, b)) return bad("--jkn must be yes or no");
      tmpl.jkn = b ? 1 : 0;
      return BudgetSet::Ok;
    }
    case BudgetField::PaidOn: {
      Date d;
      if (!parse_date_cell(v, d)) return bad("--paid-on must be a date");
      tmpl.paid_on = d;
      tmpl.has_paid_on = true;
      return BudgetSet::Ok;
    }
    case BudgetField::OptIn: {
      uint8_t bits;
      if (!parse_opt_in_cell(v, bits)) return bad("--opt-in must list programs, e.g. JHT,JP");
      tmpl.opt_in = bits;
      return BudgetSet::Ok;
    }
  }
  return bad("unknown budget field");
}

bool budget_check_template(const RuleSet& R, const Input& in, InputError& err) {
  // The contract's cross-field checks (engine/validate.cpp), with its codes and texts.
  InputIssue issue;
  if (validate(R, in, &issue, 1) > 0) return err = input_error(issue), false;
  return true;
}

bool budget_run(const RuleSet& R, const BudgetRequest& req, bool csv, std::string& out, std::string& error) {
  BudgetPlan plan;
  if (!plan_budget(R, req.tmpl, req.people, req.year, req.month, req.months, plan, error)) return false;
  out = csv ? budget_csv(plan) : budget_json(plan, R);
  return true;
}

std::string budget_from_json(const RuleSet& R, const std::string& tmpl_json, int64_t people, const std::string& from,
                             int months, bool csv) {
  BudgetRequest req;
  if (!parse_budget_month(from, req.year, req.month))
    return budget_error_json("invalid_date", "from", "from must be YYYY-MM");
  InputError err;
  if (!budget_template_from_json(R, tmpl_json, req.year, req.month, req.tmpl, err)) {
    if (err.code == "malformed_json") return budget_error_json("malformed_json", "", err.message);
    std::string out;
    write_error(err, out);
    return out;
  }
  req.people = people;
  req.months = months;
  std::string out, error;
  if (!budget_run(R, req, csv, out, error)) {
    // The field the error is about: plan_budget's messages start with it.
    const char* field = "months";
    for (const char* f : {"people", "monthly_wage", "declared_income"})
      if (error.compare(0, std::strlen(f), f) == 0) field = f;
    return budget_error_json("out_of_range", field, error);
  }
  return out;
}

}  // namespace jamsos
