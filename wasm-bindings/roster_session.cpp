// The browser's roster session: see roster_session.hpp. Only the public roster API is used here.
#include "roster_session.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "jamsos/contract.hpp"
#include "jamsos/json_writer.hpp"

namespace jamsos {

namespace {

using json = nlohmann::json;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains_ci(const char* s, size_t n, const std::string& q) {
  if (q.empty()) return true;
  if (q.size() > n) return false;
  for (size_t i = 0; i + q.size() <= n; ++i) {
    size_t k = 0;
    while (k < q.size() && lower(s[i + k]) == q[k]) ++k;
    if (k == q.size()) return true;
  }
  return false;
}

}  // namespace

RosterSession::RosterSession(const RuleSet& rules, const RosterOptions& opt) : RosterInput(rules, opt) {}

RosterSession::Span RosterSession::keep_text(const std::string& s) {
  Span sp{static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(s.size())};
  pool_ += s;
  return sp;
}

void RosterSession::set_limits(int64_t max_rows, size_t memory_budget) {
  if (max_rows > 0 && max_rows < max_rows_) max_rows_ = max_rows;
  if (memory_budget > 0 && memory_budget < budget_) budget_ = memory_budget;
}

size_t RosterSession::kept_bytes() const {
  return recs_.capacity() * sizeof(Rec) + extras_.capacity() * sizeof(Extra) + issues_.capacity() * sizeof(IssueRec) +
         cells_.capacity() * sizeof(Span) + names_.capacity() + pool_.capacity();
}

namespace {
// The bytes a container asks for when `add` more elements do not fit: the new block (grown at
// least twice, as libc++ does), held together with the old one while it is copied.
size_t growth(size_t size, size_t cap, size_t add, size_t elem) {
  if (size + add <= cap) return 0;
  size_t next = cap * 2 > size + add ? cap * 2 : size + add;
  return next * elem;
}
}  // namespace

bool RosterSession::refuse(Limit l) {
  limit_ = l;
  if (l == Limit::Rows) {
    error_ =
        "daftar terlalu besar: lebih dari " + std::to_string(max_rows_) +
        " baris (batas satu lembar Excel); bagi berkas menjadi beberapa daftar / the roster is too large: more than " +
        std::to_string(max_rows_) + " rows (the limit of one Excel sheet); split the file into several rosters";
  } else {
    error_ = "daftar terlalu besar untuk memori peramban (baris " + std::to_string(csv_.record) +
             "); bagi berkas menjadi beberapa daftar / the roster is too large for the browser's memory (row " +
             std::to_string(csv_.record) + "); split the file into several rosters";
  }
  failed_ = true;
  return false;
}

bool RosterSession::room(const CsvRow& c) {
  if (static_cast<int64_t>(recs_.size()) >= max_rows_) return refuse(Limit::Rows);
  size_t text = 0, widest = 0;
  for (size_t i = 0; i < c.size; ++i) {
    text += c.cells[i].size();
    if (c.cells[i].size() > widest) widest = c.cells[i].size();
  }
  const size_t issues = static_cast<size_t>(row_.n_issues);
  // An upper bound of what keep() adds for this row (see keep()).
  size_t grow = growth(recs_.size(), recs_.capacity(), 1, sizeof(Rec)) +
                growth(extras_.size(), extras_.capacity(), 1, sizeof(Extra)) +
                growth(issues_.size(), issues_.capacity(), issues, sizeof(IssueRec)) +
                growth(cells_.size(), cells_.capacity(), c.size, sizeof(Span)) +
                growth(names_.size(), names_.capacity(), widest, 1) +
                growth(pool_.size(), pool_.capacity(), text + (issues + 3) * widest, 1);
  if (kept_bytes() + grow > budget_) return refuse(Limit::Memory);
  return true;
}

void RosterSession::reserve(size_t rows) {
  // Never more than the row limit, nor more than a quarter of the budget up front.
  if (rows > static_cast<size_t>(max_rows_)) rows = static_cast<size_t>(max_rows_);
  if (rows > budget_ / 4 / (sizeof(Rec) + 16)) rows = budget_ / 4 / (sizeof(Rec) + 16);
  recs_.reserve(rows);
  names_.reserve(rows * 16);
}

void RosterSession::keep(const CsvRow& c) {
  const RosterRow& r = row_;
  const ColumnMap& map = eval_.columns();
  auto raw = [&](Field f) -> const std::string* {
    int k = map[f];
    return (k >= 0 && static_cast<size_t>(k) < c.size) ? &c.cells[static_cast<size_t>(k)] : nullptr;
  };
  Rec rec;
  std::memset(&rec, 0, sizeof rec);
  rec.record = r.record;
  rec.nik = r.has_nik ? r.nik.value : 0;
  const std::string* nama = raw(Field::Nama);
  rec.nama_off = static_cast<uint32_t>(names_.size());
  rec.nama_len = nama ? static_cast<uint32_t>(nama->size()) : 0;
  if (nama) names_ += *nama;
  bool warned = false;
  for (int i = 0; i < r.n_issues; ++i) warned = warned || !issue_is_error(r.issues[i].code);
  rec.flags = static_cast<uint8_t>((r.error ? kError : 0) | (warned ? kWarn : 0));
  if (r.evaluated) {
    const Result& res = r.res;
    rec.flags |= kEvaluated;
    if (res.complete) rec.flags |= kComplete;
    rec.role = static_cast<uint8_t>(res.role);
    rec.segment = static_cast<uint8_t>(res.segment);
    rec.payers[0] = static_cast<uint8_t>(res.payer_employer);
    rec.payers[1] = static_cast<uint8_t>(res.payer_worker);
    rec.payers[2] = static_cast<uint8_t>(res.payer_government);
    for (int p = 0; p < kPrograms; ++p) {
      const ProgramResult& pr = res.programs[p];
      rec.status[p] = static_cast<uint8_t>(pr.status);
      if (pr.enrolled && pr.has_amounts) {
        rec.amounts |= static_cast<uint8_t>(1u << p);
        rec.amt[p][0] = pr.employer;
        rec.amt[p][1] = pr.worker;
        rec.amt[p][2] = pr.government;
      }
    }
    for (int k = 0; k < 3; ++k) rec.totals[k] = r.totals[k];
    rec.totals[3] = r.total;
  } else {
    for (int p = 0; p < kPrograms; ++p) rec.status[p] = 255;
    rec.role = static_cast<uint8_t>(r.in.role);
    rec.segment = static_cast<uint8_t>(r.in.segment);
  }
  if (r.n_issues || !r.has_nik || !r.evaluated) {
    Extra x{};
    x.issues_begin = static_cast<uint32_t>(issues_.size());
    for (int i = 0; i < r.n_issues; ++i) {
      const Issue& is = r.issues[i];
      const std::string* cell = is.has_field ? raw(is.field) : nullptr;
      issues_.push_back(IssueRec{is, cell ? keep_text(*cell) : Span{0, 0}, cell != nullptr});
    }
    x.issues_end = static_cast<uint32_t>(issues_.size());
    if (!r.has_nik)
      if (const std::string* s = raw(Field::Nik)) x.nik_raw = keep_text(*s);
    if (!r.evaluated) {
      if (r.in.role == Role::None)
        if (const std::string* s = raw(Field::Role)) x.role_raw = keep_text(*s);
      if (r.in.segment == Segment::None)
        if (const std::string* s = raw(Field::Segment)) x.segment_raw = keep_text(*s);
    }
    x.cells_begin = x.cells_end = static_cast<uint32_t>(cells_.size());
    if (r.error) {
      for (size_t i = 0; i < c.size; ++i) cells_.push_back(keep_text(c.cells[i]));
      x.cells_end = static_cast<uint32_t>(cells_.size());
    }
    extras_.push_back(x);
    rec.extra = static_cast<uint32_t>(extras_.size());
  }
  recs_.push_back(rec);
}

bool RosterSession::drain() {
  while (reader_.next(csv_)) {
    if (!header_done_) {
      if (!take_header(csv_)) return !(failed_ = true);
      continue;
    }
    eval_.evaluate(csv_, row_);
    if (!room(csv_)) return false;
    sum_.add(row_);
    keep(csv_);
  }
  return reader_ok();
}

bool RosterSession::feed(const char* data, size_t n) {
  if (failed_) return false;
  reader_.feed(data, n);
  return drain();
}

bool RosterSession::finish() {
  if (failed_) return false;
  reader_.finish();
  return drain() && header_seen();
}

void RosterSession::row_json(std::string& out, const Rec& r, bool id) const {
  const Extra* x = r.extra ? &extras_[r.extra - 1] : nullptr;
  out += "{\"row\":";
  append_int(out, r.record);
  out += ",\"nik\":";
  if (r.nik) {
    out.push_back('"');
    nik_append_digits(out, r.nik);
    out.push_back('"');
  } else {
    json_write_string(out, x ? text(x->nik_raw) : std::string());
  }
  out += ",\"nama\":";
  json_write_string(out, names_.data() + r.nama_off, r.nama_len);
  out += ",\"role\":";
  if (r.role)
    json_write_string(out, std::string(role_code(static_cast<Role>(r.role))));
  else
    json_write_string(out, x ? text(x->role_raw) : std::string());
  out += ",\"segment\":";
  if (r.flags & kEvaluated)
    json_write_string(out, std::string(segment_code(static_cast<Segment>(r.segment))));
  else if (r.segment)
    json_write_string(out, std::string(segment_code(static_cast<Segment>(r.segment))));
  else
    json_write_string(out, x ? text(x->segment_raw) : std::string());
  if (r.flags & kEvaluated) {
    out += ",\"status\":[";
    for (int p = 0; p < kPrograms; ++p) {
      if (p) out.push_back(',');
      out += '"';
      out += status_code(static_cast<Status>(r.status[p]));
      out += '"';
    }
    out += "],\"amounts\":[";
    for (int p = 0; p < kPrograms; ++p) {
      if (p) out.push_back(',');
      if (!((r.amounts >> p) & 1)) {
        out += "null";
        continue;
      }
      out.push_back('[');
      for (int k = 0; k < 3; ++k) {
        if (k) out.push_back(',');
        append_int(out, r.amt[p][k]);
      }
      out.push_back(']');
    }
    out += "],\"totals\":[";
    for (int k = 0; k < 4; ++k) {
      if (k) out.push_back(',');
      append_int(out, r.totals[k]);
    }
    out += "],\"payers\":[";
    for (int k = 0; k < 3; ++k) {
      if (k) out.push_back(',');
      out += '"';
      out += payer_code(static_cast<Payer>(r.payers[k]));
      out += '"';
    }
    out += "],\"complete\":";
    out += (r.flags & kComplete) ? "true" : "false";
  } else {
    out += ",\"status\":null,\"amounts\":null,\"totals\":null,\"payers\":null,\"complete\":null";
  }
  for (int pass = 0; pass < 2; ++pass) {
    out += pass == 0 ? ",\"warnings\":[" : ",\"errors\":[";
    bool first = true;
    if (x) {
      for (uint32_t i = x->issues_begin; i < x->issues_end; ++i) {
        const Issue& is = issues_[i].issue;
        if (issue_is_error(is.code) != (pass == 1)) continue;
        if (!first) out.push_back(',');
        first = false;
        out += "{\"code\":\"";
        out += is.code == IssueCode::NikInvalid ? nik_error_code(static_cast<NikError>(is.arg)) : issue_code(is.code);
        out += "\",\"field\":";
        if (is.has_field)
          json_write_string(out, std::string(field_code(is.field)));
        else
          out += "null";
        int k = is.has_field ? eval_.columns()[is.field] : -1;
        const std::string* h =
            (k >= 0 && static_cast<size_t>(k) < headers_.size()) ? &headers_[static_cast<size_t>(k)] : nullptr;
        out += ",\"column\":";
        if (k >= 0)
          append_int(out, k);
        else
          out += "null";
        std::string m;
        std::string cell = issues_[i].has_cell ? text(issues_[i].cell) : std::string();
        append_issue_text(m, is, r.record, h, issues_[i].has_cell ? &cell : nullptr, id);
        out += ",\"message\":";
        json_write_string(out, m);
        out += "}";
      }
    }
    out += "]";
  }
  out += ",\"editable\":";
  out += (x && x->cells_end > x->cells_begin) ? "true" : "false";
  out += "}";
}

std::string RosterSession::query(const std::string& filter_json, int64_t offset, int64_t limit, bool id) const {
  json f = json::parse(filter_json.empty() ? std::string("{}") : filter_json, nullptr, false);
  if (f.is_discarded() || !f.is_object()) f = json::object();
  auto s = [&](const char* k) {
    auto it = f.find(k);
    return it != f.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  std::string kind = s("kind"), program = s("program"), status = s("status"), role = s("role"), q = s("q");
  for (char& c : q) c = lower(c);
  // Trim the query.
  while (!q.empty() && q.back() == ' ') q.pop_back();
  while (!q.empty() && q.front() == ' ') q.erase(q.begin());
  int prog = -1;
  for (int p = 0; p < kPrograms; ++p)
    if (program == program_code(p)) prog = p;
  int st = -1;
  for (int k = 0; k < 4; ++k)
    if (status == status_code(static_cast<Status>(k))) st = k;
  int rl = -1;
  if (!role.empty())
    for (int k = 1; k < kRoleCount; ++k)
      if (role == role_code(static_cast<Role>(k))) rl = k;
  if (!role.empty() && role == "none") rl = 0;
  if (offset < 0) offset = 0;
  if (limit < 0) limit = 0;
  if (limit > 1000) limit = 1000;
  std::string rows;
  int64_t matches = 0;
  char nikbuf[17];
  for (const Rec& r : recs_) {
    if (kind == "errors" && !(r.flags & kError)) continue;
    if (kind == "warnings" && !(r.flags & kWarn)) continue;
    if (kind == "issues" && !(r.flags & (kWarn | kError))) continue;
    if (kind == "incomplete" && (!(r.flags & kEvaluated) || (r.flags & kComplete))) continue;
    if (kind == "ok" && (r.flags & (kError | kWarn))) continue;
    if (prog >= 0 && st >= 0 && (!(r.flags & kEvaluated) || r.status[prog] != st)) continue;
    if (rl >= 0 && ((r.flags & kError) || r.role != rl)) continue;
    if (!q.empty()) {
      bool hit = contains_ci(names_.data() + r.nama_off, r.nama_len, q);
      if (!hit && r.nik) {
        hit = contains_ci(nikbuf, static_cast<size_t>(nik_put_digits(nikbuf, r.nik) - nikbuf), q);
      } else if (!hit && r.extra) {
        const Span nr = extras_[r.extra - 1].nik_raw;
        hit = contains_ci(pool_.data() + nr.off, nr.len, q);
      }
      if (!hit) continue;
    }
    if (matches >= offset && matches < offset + limit) {
      if (!rows.empty()) rows.push_back(',');
      row_json(rows, r, id);
    }
    ++matches;
  }
  std::string out = "{\"matches\":";
  append_int(out, matches);
  out += ",\"offset\":";
  append_int(out, offset);
  out += ",\"rows\":[";
  out += rows;
  out += "]}";
  return out;
}

std::string RosterSession::row_cells_json(int64_t record) const {
  // Records are in increasing order: binary search.
  size_t lo = 0, hi = recs_.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (recs_[mid].record < record)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo >= recs_.size() || recs_[lo].record != record || !recs_[lo].extra ||
      extras_[recs_[lo].extra - 1].cells_end == extras_[recs_[lo].extra - 1].cells_begin)
    return "{\"error\":\"no such row with an error\"}";
  const Extra& x = extras_[recs_[lo].extra - 1];
  std::string out = "{\"row\":";
  append_int(out, record);
  out += ",\"headers\":[";
  for (size_t i = 0; i < headers_.size(); ++i) {
    if (i) out.push_back(',');
    json_write_string(out, headers_[i]);
  }
  out += "],\"cells\":[";
  for (uint32_t i = x.cells_begin; i < x.cells_end; ++i) {
    if (i > x.cells_begin) out.push_back(',');
    json_write_string(out, pool_.data() + cells_[i].off, cells_[i].len);
  }
  out += "]}";
  return out;
}

}  // namespace jamsos
