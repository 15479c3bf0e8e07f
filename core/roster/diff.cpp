// "What changed for me" (jamsos/diff.hpp): each person evaluated under the rules before and after,
// the figures compared, and the rule changes that explain a difference named with their citation.
#include "jamsos/diff.hpp"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "jamsos/json_writer.hpp"
#include "jamsos/nik.hpp"

namespace jamsos {
using ojson = nlohmann::ordered_json;

namespace {

template <size_t N>
JAMSOS_JSON_INLINE void lit(JsonOut& o, const char (&s)[N]) {
  o.append(s, N - 1);
}

void append_amount(JsonOut& o, bool has, Money m) {
  if (has)
    json_write_int(o, m);
  else
    lit(o, "null");
}

void append_totals(JsonOut& o, const Totals& t) {
  lit(o, "{\"employer\":"), json_write_int(o, t.employer);
  lit(o, ",\"worker\":"), json_write_int(o, t.worker);
  lit(o, ",\"government\":"), json_write_int(o, t.government);
  lit(o, ",\"total\":"), json_write_int(o, t.total);
  o.push_back('}');
}

void append_label(JsonOut& o, const DiffLabel& l) {
  if (l.roster) {
    lit(o, "\"row\":"), json_write_int(o, l.number);
    if (l.has_nik) {
      char nik[16];
      nik_put_digits(nik, l.nik);
      lit(o, ",\"nik\":\""), o.append(nik, 16), o.push_back('"');
    }
  } else {
    lit(o, "\"index\":"), json_write_int(o, l.number);
    if (l.id && !l.id->empty()) lit(o, ",\"id\":"), o.append(*l.id);
  }
}

// Whether two dated values would steer the engine alike: their dates, confidence and payload.
// The citation texts do not move a figure.
bool same_value(const Value* a, const Value* b) {
  if (!a || !b) return a == b;
  auto same_slices = [](const std::vector<Slice>& x, const std::vector<Slice>& y) {
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (x[i].above != y[i].above || !(x[i].rate == y[i].rate)) return false;
    return true;
  };
  auto same_bands = [](const std::vector<Band>& x, const std::vector<Band>& y) {
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (x[i].up_to_months != y[i].up_to_months || x[i].amount != y[i].amount) return false;
    return true;
  };
  return a->from == b->from && a->has_to == b->has_to && (!a->has_to || a->to == b->to) &&
         a->confidence == b->confidence && a->number == b->number && a->rate == b->rate && a->date == b->date &&
         a->text == b->text && a->list == b->list && a->money_list == b->money_list &&
         same_slices(a->slices, b->slices) && same_bands(a->bands, b->bands);
}

bool same_series(const Param& a, const Param& b) {
  if (a.values.size() != b.values.size()) return false;
  for (size_t i = 0; i < a.values.size(); ++i)
    if (!same_value(&a.values[i], &b.values[i])) return false;
  return true;
}

}  // namespace

RuleWatch& AnswerDiff::watch(Date as_of) {
  if (as_of == watch_as_of_) return watch_;  // a roster: every row has the same as_of
  watch_as_of_ = as_of;
  const Date month = month_end(as_of);
  std::unique_ptr<Watched>& w = watched_[month.days];
  if (!w) {
    w = std::make_unique<Watched>();
    for (int i = 0; i < kParamCount; ++i) {
      const P id = static_cast<P>(i);
      w->at[i] = !same_value(before_.at(id, month), after_.at(id, month));
      w->series[i] = !same_series(before_.param(id), after_.param(id));
    }
  }
  watch_.at = w->at;
  watch_.series = w->series;
  return watch_;
}

const std::string& AnswerDiff::because(P id, Date d) {
  const Value* va = before_.at(id, d);
  const Value* vb = after_.at(id, d);
  auto key = std::make_tuple(static_cast<int>(id), va, vb);
  auto it = memo_.find(key);
  if (it != memo_.end()) return it->second.first;
  std::pair<std::string, std::string>& slot = memo_[key];
  RuleChange c;
  if (!before_index_) {
    before_index_ = std::make_unique<RuleIndex>(before_);
    after_index_ = std::make_unique<RuleIndex>(after_);
  }
  if (!change_at(*before_index_, *after_index_, id, d, c)) return slot.first;
  ojson e = {{"parameter", c.parameter}, {"kind", c.kind}, {"from", c.from}};
  if (!c.old_value.empty()) e["old"] = ojson::parse(c.old_value, nullptr, false);
  if (!c.new_value.empty()) e["new"] = ojson::parse(c.new_value, nullptr, false);
  e["citation"] = c.citation;
  e["text_id"] = c.text_id;
  e["text_en"] = c.text_en;
  slot.first = e.dump(-1, ' ', false, ojson::error_handler_t::replace);
  slot.second = c.parameter;
  return slot.first;
}

void AnswerDiff::compare(const Input& in, const Result& a, const Result& b, const DiffLabel& label, DiffSummary& sum,
                         std::string& target) {
  const Money ta[4] = {a.monthly.employer, a.monthly.worker, a.monthly.government, a.monthly.total};
  const Money tb[4] = {b.monthly.employer, b.monthly.worker, b.monthly.government, b.monthly.total};
  for (int k = 0; k < 4; ++k) {
    sum.overflow = __builtin_add_overflow(sum.before[k], ta[k], &sum.before[k]) || sum.overflow;
    sum.overflow = __builtin_add_overflow(sum.after[k], tb[k], &sum.after[k]) || sum.overflow;
  }
  if (&a == &b) return;  // the same answer (AnswerDiff::watch)
  JsonOut out(target);
  bool any = false;
  // `{"program":"JKK","field":"worker","before":` for each program and field, made once.
  static const std::vector<std::string> kOpen = [] {
    std::vector<std::string> v;
    static const char* const kNames[5] = {"employer", "worker", "government", "total", "status"};
    for (int p = 0; p < kPrograms; ++p)
      for (const char* f : kNames)
        v.push_back(std::string("{\"program\":\"") + program_code(p) + "\",\"field\":\"" + f + "\",\"before\":");
    return v;
  }();
  auto open_change = [&](int p, int field) {
    if (!any) {
      out.push_back('{'), append_label(out, label), lit(out, ",\"as_of\":\"");
      char d[10];
      format_date_chars(d, in.as_of);
      out.append(d, 10), lit(out, "\",\"changes\":[");
    } else {
      out.push_back(',');
    }
    any = true;
    out.append(kOpen[static_cast<size_t>(p * 5 + field)]);
  };
  for (int p = 0; p < kPrograms; ++p) {
    const ProgramResult &x = a.programs[p], &y = b.programs[p];
    if (x.status != y.status) {
      open_change(p, 4);
      out.push_back('"'), out += status_code(x.status), lit(out, "\",\"after\":\""), out += status_code(y.status),
          lit(out, "\"}");
    }
    const Money xs[4] = {x.employer, x.worker, x.government, x.total};
    const Money ys[4] = {y.employer, y.worker, y.government, y.total};
    for (int k = 0; k < 4; ++k) {
      const bool hx = x.has_amounts, hy = y.has_amounts;
      if (hx == hy && (!hx || xs[k] == ys[k])) continue;
      open_change(p, k);
      append_amount(out, hx, xs[k]);
      lit(out, ",\"after\":");
      append_amount(out, hy, ys[k]);
      out.push_back('}');
    }
  }
  if (!any) return;
  ++sum.changed;
  lit(out, "],\"monthly\":{\"before\":");
  append_totals(out, a.monthly);
  lit(out, ",\"after\":");
  append_totals(out, b.monthly);
  lit(out, "},\"because\":[");
  bool seen[kParamCount] = {};
  used_params(a, seen);
  used_params(b, seen);
  if (in.as_of != because_as_of_) {
    because_as_of_ = in.as_of;
    because_params_.clear();
    for (int i = 0; i < kParamCount; ++i)
      if (!because(static_cast<P>(i), in.as_of).empty()) because_params_.push_back(i);
  }
  if (counted_ != &sum) {
    counted_ = &sum;
    std::fill(std::begin(count_), std::end(count_), nullptr);
  }
  bool explained = false;
  for (int i : because_params_) {
    if (!seen[i]) continue;
    if (explained) out.push_back(',');
    explained = true;
    out.append(because(static_cast<P>(i), in.as_of));
    if (!count_[i]) count_[i] = &sum.by_parameter[param_spec(static_cast<P>(i)).key];
    ++*count_[i];
  }
  if (!explained) ++sum.unexplained;
  lit(out, "]}\n");
}

bool diff_inputs(const RuleSet& before, const RuleSet& after, const std::string& text, std::string& out,
                 DiffSummary& sum, std::string& error) {
  AnswerDiff d(before, after);
  Input in;
  Result ra, rb;
  std::string id;
  auto one = [&](const std::string& obj, int64_t index) {
    ++sum.rows;
    InputError err;
    if (!parse_input_text(after, obj, in, id, err)) return void(++sum.errors);
    RuleWatch& w = d.watch(in.as_of);
    w.hit = false;
    evaluate(after, in, rb, &w);
    if (w.hit) evaluate(before, in, ra);  // else the same answer (AnswerDiff::watch)
    DiffLabel label;
    label.number = index;
    label.id = &id;
    d.compare(in, w.hit ? ra : rb, rb, label, sum, out);
  };
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) ++i;
  if (i < text.size() && text[i] == '[') {
    ojson arr = ojson::parse(text, nullptr, false);
    if (arr.is_discarded() || !arr.is_array()) return error = "the input is not a JSON array of eval inputs", false;
    int64_t n = 0;
    for (const ojson& e : arr) one(e.dump(-1, ' ', false, ojson::error_handler_t::replace), n++);
    return true;
  }
  // JSON Lines: one object per line; blank lines are skipped.
  int64_t n = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string::npos) one(line, n++);
    start = end + 1;
  }
  return true;
}

RosterDiff::RosterDiff(const RuleSet& before, const RuleSet& after, const RosterOptions& opt)
    : RosterInput(after, opt), before_(&before), diff_(before, after) {
  reader_.set_copy_cells(false);
}

bool RosterDiff::drain(std::string& out) {
  DiffLabel label;
  label.roster = true;
  while (reader_.next(csv_)) {
    if (!header_done_) {
      if (!take_header(csv_)) return !(failed_ = true);
      continue;
    }
    RuleWatch& w = diff_.watch(eval_.as_of());
    w.hit = false;
    eval_.set_watch(&w);
    eval_.evaluate(csv_, row_);
    ++dsum_.rows;
    if (row_.error || !row_.evaluated) {
      ++dsum_.errors;
      continue;
    }
    // A row that read no rule value the two sets do not share has the same answer under both.
    const Result& old = w.hit ? (evaluate(*before_, row_.in, old_), old_) : row_.res;
    label.number = row_.record;
    label.has_nik = row_.has_nik;
    label.nik = row_.nik.value;
    diff_.compare(row_.in, old, row_.res, label, dsum_, out);
  }
  return reader_ok();
}

bool RosterDiff::feed(const char* data, size_t n, std::string& out) {
  if (failed_) return false;
  reader_.feed(data, n);
  return drain(out);
}

bool RosterDiff::finish(std::string& out) {
  if (failed_) return false;
  reader_.finish();
  return drain(out) && header_seen();
}

std::string diff_summary_json(const DiffSummary& s) {
  ojson j;
  j["rows"] = s.rows;
  j["changed"] = s.changed;
  j["errors"] = s.errors;
  static const char* const kPayer[4] = {"employer", "worker", "government", "total"};
  ojson b = ojson::object(), a = ojson::object(), d = ojson::object();
  for (int k = 0; k < 4; ++k) {
    b[kPayer[k]] = s.before[k];
    a[kPayer[k]] = s.after[k];
    Money x;
    d[kPayer[k]] = __builtin_sub_overflow(s.after[k], s.before[k], &x) ? ojson(nullptr) : ojson(x);
  }
  j["monthly_before"] = b;
  j["monthly_after"] = a;
  j["monthly_difference"] = d;
  j["by_parameter"] = s.by_parameter;
  j["unexplained"] = s.unexplained;
  j["complete"] = !s.overflow;
  return ojson({{"summary", j}}).dump(-1, ' ', false, ojson::error_handler_t::replace);
}

}  // namespace jamsos
