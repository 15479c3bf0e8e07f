// The budget of a roster over months (jamsos/roster_budget.hpp): each row read and checked as
// `jamsos roster` reads it, then evaluated on the 1st day of every planned month; the month's
// amounts by party come from budget_month_amounts (the package planner's), by payer from the answer.
#include "jamsos/roster_budget.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "budget_json_parts.hpp"
#include "jamsos/json_writer.hpp"
#include "jamsos/messages.hpp"

namespace jamsos {

namespace {

RosterOptions first_month(RosterOptions o, int year, int month) {
  o.as_of = (month >= 1 && month <= 12 && year >= 1 && year <= 9999) ? from_ymd(year, month, 1) : Date{};
  return o;
}

}  // namespace

RosterBudget::RosterBudget(const RuleSet& rules, const RosterOptions& opt, int year, int month, int months)
    : RosterInput(rules, first_month(opt, year, month)) {
  reader_.set_copy_cells(false);
  if (months < 1 || months > 600) {
    error_ = "months must be between 1 and 600";
    failed_ = true;
    return;
  }
  if (month < 1 || month > 12 || year < 1 || year > 9999) {
    error_ = "the start month must be YYYY-MM";
    failed_ = true;
    return;
  }
  if (opt_.as_of < rules.start()) {
    error_ = "the start month must be on or after " + format_date(rules.start()) + ", when the rules begin";
    failed_ = true;
    return;
  }
  months_.resize(static_cast<size_t>(months));
  for (int i = 0; i < months; ++i)
    months_[static_cast<size_t>(i)].as_of = from_ymd(year + (month - 1 + i) / 12, (month - 1 + i) % 12 + 1, 1);
}

bool RosterBudget::drain() {
  while (reader_.next(csv_)) {
    if (!header_done_) {
      if (!take_header(csv_)) return !(failed_ = true);
      continue;
    }
    eval_.evaluate(csv_, row_);
    ++rows_;
    if (row_.error || !row_.evaluated) {
      ++invalid_;  // said in the answer ("invalid"), never silently dropped
      continue;
    }
    ++computed_;
    bool incomplete = false;
    for (size_t i = 0; i < months_.size(); ++i) {
      const Result* r = &row_.res;  // the first month is the row's own answer
      if (i > 0) {
        in_ = row_.in;
        in_.as_of = months_[i].as_of;
        evaluate(*R_, in_, res_);
        r = &res_;
      }
      RosterBudgetMonth& m = months_[i];
      Money party[3] = {0, 0, 0};
      bool relief = false;
      budget_month_amounts(*r, i == 0, party, relief, overflow_);
      const Payer payer[3] = {r->payer_employer, r->payer_worker, r->payer_government};
      for (int k = 0; k < 3; ++k) {
        add_checked(m.party[k], party[k], overflow_);
        add_checked(m.total, party[k], overflow_);
        add_checked(m.by_payer[static_cast<int>(payer[k])], party[k], overflow_);
        add_checked(total_[k], party[k], overflow_);
        add_checked(grand_, party[k], overflow_);
        add_checked(by_payer_[static_cast<int>(payer[k])], party[k], overflow_);
      }
      ++m.people;
      if (relief) ++m.relief;
      if (!r->complete) ++m.need_info, incomplete = true;
      for (int n = 0; n < r->n_notes; ++n)
        if (std::find(notes_.begin(), notes_.end(), r->notes[n]) == notes_.end()) notes_.push_back(r->notes[n]);
    }
    if (incomplete) ++need_info_;
    if (overflow_) {
      error_ = totals_overflow_error();
      return !(failed_ = true);
    }
  }
  return reader_ok();
}

bool RosterBudget::feed(const char* data, size_t n) {
  if (failed_) return false;
  reader_.feed(data, n);
  return drain();
}

bool RosterBudget::finish() {
  if (failed_) return false;
  reader_.finish();
  return drain() && header_seen();
}

std::string RosterBudget::json() const {
  using oj = nlohmann::ordered_json;
  oj j = oj::object();
  j["rules_version"] = R_->version();
  j["source"] = "roster";
  j["from"] = months_.empty() ? "" : budget_month_text(months_.front().as_of);
  j["to"] = months_.empty() ? "" : budget_month_text(months_.back().as_of);
  j["months"] = static_cast<int64_t>(months_.size());
  j["rows"] = rows_;
  j["computed"] = computed_;
  j["invalid"] = invalid_;
  j["need_info"] = need_info_;
  j["complete"] = invalid_ == 0 && need_info_ == 0;
  j["total"] = {{"employer", total_[0]}, {"worker", total_[1]}, {"government", total_[2]}, {"total", grand_}};
  oj payers = oj::array();
  for (int p = 0; p < kPayers; ++p) {
    if (!by_payer_[p]) continue;
    messages::Pair l = messages::payer_label(static_cast<Payer>(p));
    payers.push_back({{"code", payer_code(static_cast<Payer>(p))},
                      {"label_id", l.id},
                      {"label_en", l.en},
                      {"amount", by_payer_[p]}});
  }
  j["payers"] = payers;
  j["notes"] = budget_notes_json(notes_);
  oj ms = oj::array();
  for (const RosterBudgetMonth& m : months_) {
    oj bp = oj::object();
    for (int p = 0; p < kPayers; ++p)
      if (by_payer_[p]) bp[payer_code(static_cast<Payer>(p))] = m.by_payer[p];
    ms.push_back({{"month", budget_month_text(m.as_of)},
                  {"people", m.people},
                  {"employer", m.party[0]},
                  {"worker", m.party[1]},
                  {"government", m.party[2]},
                  {"total", m.total},
                  {"payers", bp},
                  {"relief", m.relief > 0},
                  {"relief_people", m.relief},
                  {"need_info", m.need_info},
                  {"complete", m.need_info == 0}});
  }
  j["by_month"] = ms;
  return j.dump(2, ' ', false, oj::error_handler_t::replace);
}

std::string RosterBudget::csv(char d) const {
  std::string out;
  std::vector<std::string> head = {"month", "people", "employer", "worker", "government", "total"};
  for (int p = 0; p < kPayers; ++p)
    if (by_payer_[p]) head.push_back(std::string("payer_") + payer_code(static_cast<Payer>(p)));
  head.insert(head.end(), {"relief", "need_info"});
  csv_append_row(out, head, d);
  auto row = [&](const std::string& label, int64_t people, const Money* party, Money total, const Money* by_payer,
                 const std::string& relief, int64_t need) {
    std::vector<std::string> r = {label, std::to_string(people)};
    for (int k = 0; k < 3; ++k) r.push_back(std::to_string(party[k]));
    r.push_back(std::to_string(total));
    for (int p = 0; p < kPayers; ++p)
      if (by_payer_[p]) r.push_back(std::to_string(by_payer[p]));
    r.push_back(relief);
    r.push_back(std::to_string(need));
    csv_append_row(out, r, d);
  };
  for (const RosterBudgetMonth& m : months_)
    row(budget_month_text(m.as_of), m.people, m.party, m.total, m.by_payer, m.relief ? "true" : "false", m.need_info);
  row("total", computed_, total_, grand_, by_payer_, "", need_info_);
  return out;
}

std::string roster_budget_run(const RuleSet& rules, const std::string& csv_text, const RosterOptions& opt,
                              const std::string& from, int months, bool csv) {
  int year = 0, month = 0;
  if (!parse_budget_month(from, year, month)) return budget_error_json("invalid_date", "from", "from must be YYYY-MM");
  if (months < 1 || months > 600)
    return budget_error_json("out_of_range", "months", "months must be between 1 and 600");
  RosterBudget b(rules, opt, year, month, months);
  if (!(b.feed(csv_text.data(), csv_text.size()) && b.finish()))
    return budget_error_json(b.has_header() ? "roster_failed" : "roster_unreadable", "roster", b.error());
  return csv ? b.csv() : b.json();
}

}  // namespace jamsos
