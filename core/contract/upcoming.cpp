// What will change for one person in the months ahead (jamsos/upcoming.hpp). The same inputs are
// evaluated month by month (DECISIONS.md 4: rules looked up on each month's last day, ages on the
// same day of that month); a month is listed when a program's status or amounts, or the monthly
// totals, differ from the month before.
#include "jamsos/upcoming.hpp"

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

#include "jamsos/contract.hpp"
#include "jamsos/messages.hpp"
#include "jamsos/rules_diff.hpp"

namespace jamsos {
using ojson = nlohmann::ordered_json;

namespace {

// The same day `k` months later, clamped to that month's end (2026-01-31 + 1 -> 2026-02-28).
Date shift_months(Date d, int k) {
  const Ymd a = to_ymd(d);
  const int m0 = a.year * 12 + (a.month - 1) + k;
  const int y = m0 / 12, m = m0 % 12 + 1;
  const int last = to_ymd(month_end(from_ymd(y, m, 1))).day;
  return from_ymd(y, m, std::min(a.day, last));
}

std::string month_of(Date d) { return format_date(d).substr(0, 7); }

ojson totals_json(const Totals& t) {
  return {{"employer", t.employer}, {"worker", t.worker}, {"government", t.government}, {"total", t.total}};
}

ojson amount(bool has, Money m) { return has ? ojson(m) : ojson(); }

// The differences between two consecutive months' answers (empty when none).
ojson changes(const Result& a, const Result& b) {
  ojson out = ojson::array();
  static const char* const kField[4] = {"employer", "worker", "government", "total"};
  for (int p = 0; p < kPrograms; ++p) {
    const ProgramResult &x = a.programs[p], &y = b.programs[p];
    if (x.status != y.status)
      out.push_back({{"program", program_code(p)},
                     {"field", "status"},
                     {"before", status_code(x.status)},
                     {"after", status_code(y.status)}});
    const Money xs[4] = {x.employer, x.worker, x.government, x.total};
    const Money ys[4] = {y.employer, y.worker, y.government, y.total};
    for (int k = 0; k < 4; ++k) {
      if (x.has_amounts == y.has_amounts && (!x.has_amounts || xs[k] == ys[k])) continue;
      out.push_back({{"program", program_code(p)},
                     {"field", kField[k]},
                     {"before", amount(x.has_amounts, xs[k])},
                     {"after", amount(y.has_amounts, ys[k])}});
    }
  }
  return out;
}

ojson change_json(const RuleChange& c) {
  ojson e = {{"parameter", c.parameter}, {"kind", c.kind}, {"from", c.from}};
  if (!c.old_value.empty()) e["old"] = ojson::parse(c.old_value, nullptr, false);
  if (!c.new_value.empty()) e["new"] = ojson::parse(c.new_value, nullptr, false);
  e["citation"] = c.citation;
  e["instrument"] = c.instrument;
  e["text_id"] = c.text_id;
  e["text_en"] = c.text_en;
  return e;
}

ojson note(const char* code, const std::string& id, const std::string& en) {
  return {{"code", code}, {"text_id", id}, {"text_en", en}};
}

}  // namespace

bool upcoming_json(const RuleSet& R, const std::string& input, int months, std::string& out) {
  out.clear();
  Input in;
  std::string id_json;
  InputError err;
  if (months < 1 || months > kUpcomingMaxMonths) {
    write_error(InputError{"invalid_value", "months", "months must be between 1 and 120"}, out);
    return false;
  }
  if (!parse_input_text(R, input, in, id_json, err)) {
    if (err.code.empty()) err = InputError{"not_an_object", "", "expected one JSON object"};  // e.g. []
    write_error(err, out);
    return false;
  }
  ojson notes = ojson::array();
  notes.push_back(note("same_inputs",
                       "Setiap bulan dihitung dengan data yang sama (upah, penghasilan, peran) dan aturan yang "
                       "diketahui sekarang; aturan yang belum terbit tidak terhitung.",
                       "Each month is computed with the same data (wage, income, role) and the rules known now; "
                       "rules not yet published are not counted."));
  if (in.has_paid_on) {
    in.has_paid_on = false;  // a payment date belongs to one month
    notes.push_back(note("paid_on_ignored", "Tanggal bayar tidak dipakai untuk bulan-bulan berikutnya.",
                         "The payment date is not used for the following months."));
  }
  // The rule values as JSON, needed only to explain a change (built from the whole bundle: not
  // for a person whose figures stay the same).
  std::unique_ptr<RuleIndex> index;
  Result prev, cur;
  evaluate(R, in, prev);
  ojson list = ojson::array();
  const ojson now = totals_json(prev.monthly);
  Date prev_day = in.as_of;
  bool past_review = false;
  for (int k = 1; k <= months; ++k) {
    Input next = in;
    next.as_of = shift_months(in.as_of, k);
    evaluate(R, next, cur);
    past_review = past_review || month_end(next.as_of) > R.reviewed_until();
    // Monthly totals are sums of the programs' amounts: they change only with a program's.
    ojson ch = changes(prev, cur);
    if (!ch.empty()) {
      if (!index) index = std::make_unique<RuleIndex>(R);
      bool seen[kParamCount] = {};
      used_params(prev, seen);
      used_params(cur, seen);
      ojson because = ojson::array();
      for (int i = 0; i < kParamCount; ++i) {
        RuleChange c;
        if (seen[i] && change_between(*index, static_cast<P>(i), month_end(prev_day), month_end(next.as_of), c))
          because.push_back(change_json(c));
      }
      ojson reasons = ojson::array();
      for (int p = 0; p < kPrograms; ++p) {
        if (prev.programs[p].status == cur.programs[p].status) continue;
        for (int i = 0; i < cur.programs[p].n_reasons; ++i) {
          const Reason& rs = cur.programs[p].reasons[i];
          reasons.push_back({{"program", program_code(p)},
                             {"code", messages::reason_code(rs.code)},
                             {"message_id", reason_message(rs, true)},
                             {"message_en", reason_message(rs, false)}});
        }
      }
      list.push_back({{"month", month_of(next.as_of)},
                      {"as_of", format_date(next.as_of)},
                      {"changes", ch},
                      {"monthly", {{"before", totals_json(prev.monthly)}, {"after", totals_json(cur.monthly)}}},
                      {"because", because},
                      {"reasons", reasons}});
    }
    prev = cur;
    prev_day = next.as_of;
  }
  if (past_review)
    notes.push_back(note("rules_may_be_outdated",
                         "Sebagian bulan jatuh setelah " + format_long_date(R.reviewed_until(), true) +
                             ", tanggal terakhir aturan diperiksa: aturan baru mungkin sudah ada.",
                         "Some months fall after " + format_long_date(R.reviewed_until(), false) +
                             ", the date the rules were last checked: newer rules may exist."));
  ojson o = ojson::object();
  if (!id_json.empty()) o["id"] = ojson::parse(id_json, nullptr, false);
  o["as_of"] = format_date(in.as_of);
  o["rules_version"] = R.version();
  o["months"] = months;
  o["monthly"] = now;
  o["upcoming"] = std::move(list);
  o["notes"] = std::move(notes);
  out = o.dump(-1, ' ', false, ojson::error_handler_t::replace);
  return true;
}

}  // namespace jamsos
