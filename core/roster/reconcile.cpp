// Monthly reconciliation: two rosters compared by NIK (Reconciler, reconcile_run).
#include <nlohmann/json.hpp>

#include "jamsos/messages.hpp"
#include "jamsos/roster.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Reconciliation
// ---------------------------------------------------------------------------------------------
// Last month's evaluator keeps no duplicate set of its own: index_ already holds every NIK once
// (a second row with the same NIK counts as an error below), which saves 16-32 bytes a person.
Reconciler::Reconciler(const RuleSet& rules, const ReconcileOptions& opt)
    : R_(&rules), opt_(opt), last_eval_(rules, opt.last_as_of, false), this_eval_(rules, opt.this_as_of, true) {}

bool Reconciler::header(CsvReader& r, CsvRow& row, RowEvaluator& ev, bool& done) {
  std::vector<std::string> h(row.cells.begin(), row.cells.begin() + static_cast<long>(row.size));
  ColumnMap map = detect_columns(h);
  for (const auto& m : opt_.mapping) {
    std::string err;
    if (!apply_mapping(map, h, h.size(), m.first, m.second, err)) {
      error_ = "--map " + m.first + "=" + m.second + ": " + err;
      return false;
    }
  }
  if (map[Field::Nik] < 0) {
    error_ = "tidak ada kolom NIK untuk mencocokkan baris / no NIK column to match rows on";
    return false;
  }
  ev.set_columns(map);
  r.set_width(row.size);  // a bad record is an error row from now on
  done = true;
  return true;
}

bool Reconciler::feed_last(const char* data, size_t n) {
  last_reader_.feed(data, n);
  while (last_reader_.next(csv_)) {
    if (!last_header_) {
      if (!header(last_reader_, csv_, last_eval_, last_header_)) return false;
      continue;
    }
    last_eval_.evaluate(csv_, row_);
    ++sum_.last_rows;
    // Rows with a valid NIK are kept, even with other errors, so they are not reported as
    // removed; their amounts count only when the row evaluated.
    if (!row_.has_nik || index_.find(row_.nik.value)) {
      ++sum_.last_errors;
      continue;
    }
    if (row_.error) ++sum_.last_errors;
    Entry e{row_.nik.value,
            row_.record,
            row_.in.monthly_wage,
            row_.in.declared_income,
            {0, 0, 0},
            row_.in.role,
            row_.in.segment,
            false,
            0,
            static_cast<uint64_t>(names_.size())};
    if (row_.evaluated)
      for (int k = 0; k < 3; ++k)
        e.totals[k] = row_.totals[k], add_checked(sum_.last_total[k], row_.totals[k], overflow_);
    int c = last_eval_.columns()[Field::Nama];
    if (c >= 0 && static_cast<size_t>(c) < csv_.size) {
      const std::string& nm = csv_.cells[static_cast<size_t>(c)];
      e.nama_len = static_cast<uint32_t>(nm.size());  // a cell is at most CsvReader::kMaxRecord bytes
      names_ += nm;
    }
    entries_.push_back(std::move(e));
    index_.insert(row_.nik.value, static_cast<int64_t>(entries_.size()));
  }
  if (last_reader_.overflow()) {
    error_ = "last roster: a record over 1 MiB, probably an unclosed quote";
    return false;
  }
  return true;
}

bool Reconciler::finish_last() {
  last_reader_.finish();
  if (!feed_last(nullptr, 0)) return false;
  if (!last_header_) {
    error_ = "last roster: no header row";
    return false;
  }
  return true;
}

static const char* kReconcileColumns[] = {"change",     "row",       "nik",       "nama",      "changed_fields",
                                          "role_last",  "role_this", "wage_last", "wage_this", "total_last",
                                          "total_this", "delta",     "error"};

void Reconciler::handle_this(const CsvRow& c, std::string& out) {
  const char d = opt_.out_delimiter;
  if (!header_written_) {
    for (size_t i = 0; i < sizeof kReconcileColumns / sizeof *kReconcileColumns; ++i) {
      if (i) out.push_back(d);
      out += kReconcileColumns[i];
    }
    out += "\r\n";
    header_written_ = true;
  }
  this_eval_.evaluate(c, row_);
  ++sum_.this_rows;
  const ColumnMap& map = this_eval_.columns();
  auto raw = [&](Field f) -> std::string {
    int k = map[f];
    return (k >= 0 && static_cast<size_t>(k) < c.size) ? c.cells[static_cast<size_t>(k)] : std::string();
  };
  Entry* last = nullptr;
  if (row_.has_nik) {
    int64_t idx = index_.find(row_.nik.value);
    if (idx) last = &entries_[static_cast<size_t>(idx - 1)];
  }
  if (last) last->seen = true;
  Money wage = row_.in.monthly_wage >= 0 ? row_.in.monthly_wage : row_.in.declared_income;
  auto money_cell = [](std::string& o, Money m) {
    if (m >= 0) append_int(o, m);
  };
  std::string nik = row_.has_nik ? nik_digits(row_.nik.value) : raw(Field::Nik);
  if (row_.error) {
    ++sum_.this_errors;
    std::string e;
    bool first = true;
    for (int i = 0; i < row_.n_issues; ++i) {
      const Issue& is = row_.issues[i];
      if (!issue_is_error(is.code)) continue;
      if (!first) e += " | ";
      first = false;
      int k = is.has_field ? map[is.field] : -1;
      std::string cell = k >= 0 && static_cast<size_t>(k) < c.size ? c.cells[static_cast<size_t>(k)] : std::string();
      append_issue_text(e, is, row_.record, nullptr, is.has_field ? &cell : nullptr, true);
    }
    csv_append_row(out,
                   {"error", std::to_string(row_.record), nik, raw(Field::Nama), "", "", "", "", "", "", "", "", e}, d);
    return;
  }
  Money total = row_.total;
  for (int k = 0; k < 3; ++k) add_checked(sum_.this_total[k], row_.totals[k], overflow_);
  if (!last) {
    ++sum_.added;
    std::string w, t;
    money_cell(w, wage);
    append_int(t, total);
    csv_append_row(out,
                   {"added", std::to_string(row_.record), nik, raw(Field::Nama), "", "", role_code(row_.in.role), "", w,
                    "", t, t, ""},
                   d);
    return;
  }
  Money last_wage = last->wage >= 0 ? last->wage : last->income;
  Money last_total = last->totals[0] + last->totals[1] + last->totals[2];
  std::string fields;
  if (last_wage != wage) fields += "wage";
  if (last->role != row_.in.role) fields += fields.empty() ? "role" : ";role";
  if (last->segment != row_.in.segment) fields += fields.empty() ? "segment" : ";segment";
  const char* kind = !fields.empty() ? "changed" : last_total != total ? "amount_changed" : nullptr;
  if (!kind) {
    ++sum_.unchanged;
    return;
  }
  ++(fields.empty() ? sum_.amount_changed : sum_.changed);
  std::string wl, wt, tl, tt, delta;
  money_cell(wl, last_wage);
  money_cell(wt, wage);
  append_int(tl, last_total);
  append_int(tt, total);
  append_int(delta, total - last_total);
  csv_append_row(out,
                 {kind, std::to_string(row_.record), nik, raw(Field::Nama), fields, role_code(last->role),
                  role_code(row_.in.role), wl, wt, tl, tt, delta, ""},
                 d);
}

bool Reconciler::feed_this(const char* data, size_t n, std::string& out) {
  this_reader_.feed(data, n);
  while (this_reader_.next(csv_)) {
    if (!this_header_) {
      if (!header(this_reader_, csv_, this_eval_, this_header_)) return false;
      continue;
    }
    handle_this(csv_, out);
  }
  if (this_reader_.overflow()) {
    error_ = "this roster: a record over 1 MiB, probably an unclosed quote";
    return false;
  }
  return true;
}

bool Reconciler::finish(std::string& out) {
  this_reader_.finish();
  if (!feed_this(nullptr, 0, out)) return false;
  if (!this_header_) {
    error_ = "this roster: no header row";
    return false;
  }
  for (const Entry& e : entries_) {
    if (e.seen) continue;
    ++sum_.removed;
    std::string nik = nik_digits(e.nik);
    std::string w, t, delta;
    Money wage = e.wage >= 0 ? e.wage : e.income;
    if (wage >= 0) append_int(w, wage);
    Money total = e.totals[0] + e.totals[1] + e.totals[2];
    append_int(t, total);
    append_int(delta, -total);
    csv_append_row(out,
                   {"removed", std::to_string(e.record), nik, names_.substr(e.nama_at, e.nama_len), "",
                    role_code(e.role), "", w, "", t, "", delta, ""},
                   opt_.out_delimiter);
  }
  for (int k = 0; k < 3; ++k)
    add_checked(sum_.last_grand, sum_.last_total[k], overflow_),
        add_checked(sum_.this_grand, sum_.this_total[k], overflow_);
  if (overflow_) {  // the differences below are then safe: both sides are in [0, INT64_MAX]
    error_ = totals_overflow_error();
    return false;
  }
  return true;
}

std::string Reconciler::summary_json() const {
  using oj = nlohmann::ordered_json;
  const ReconcileSummary& s = sum_;
  oj j = oj::object();
  j["last_as_of"] = format_date(opt_.last_as_of);
  j["this_as_of"] = format_date(opt_.this_as_of);
  j["rules_version"] = R_->version();
  j["last_rows"] = s.last_rows;
  j["this_rows"] = s.this_rows;
  j["added"] = s.added;
  j["removed"] = s.removed;
  j["changed"] = s.changed;
  j["amount_changed"] = s.amount_changed;
  j["unchanged"] = s.unchanged;
  j["last_errors"] = s.last_errors;
  j["this_errors"] = s.this_errors;
  auto t = [](const Money* m, Money g) {
    return oj{{"employer", m[0]}, {"worker", m[1]}, {"government", m[2]}, {"total", g}};
  };
  j["last_totals"] = t(s.last_total, s.last_grand);
  j["this_totals"] = t(s.this_total, s.this_grand);
  Money dd[3] = {s.this_total[0] - s.last_total[0], s.this_total[1] - s.last_total[1],
                 s.this_total[2] - s.last_total[2]};
  j["delta"] = t(dd, s.this_grand - s.last_grand);
  return j.dump(2, ' ', false, oj::error_handler_t::replace);
}

bool reconcile_run(const RuleSet& rules, const std::string& last_csv, const std::string& this_csv,
                   const ReconcileOptions& opt, std::string& out, std::string& summary, std::string& error) {
  Reconciler r(rules, opt);
  bool ok = r.feed_last(last_csv.data(), last_csv.size()) && r.finish_last() &&
            r.feed_this(this_csv.data(), this_csv.size(), out) && r.finish(out);
  error = r.error();
  summary = ok ? r.summary_json() : std::string();
  return ok;
}

}  // namespace jamsos
