// Roster output: the output columns and one output row in CSV or JSON lines (RosterProcessor::write_row).
#include <cstring>

#include "jamsos/json_writer.hpp"
#include "jamsos/messages.hpp"
#include "jamsos/roster.hpp"
#include "roster_internal.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Output rows
// ---------------------------------------------------------------------------------------------
const std::vector<std::string>& roster_output_columns() {
  static const std::vector<std::string> cols = [] {
    std::vector<std::string> c = {"row", "nik", "nama", "role", "segment"};
    for (const char* p : {"jkk", "jkm", "jht", "jp", "jkp"})
      for (const char* k : {"status", "employer", "worker", "government"}) c.push_back(std::string(p) + "_" + k);
    for (const char* k :
         {"total_employer", "total_worker", "total_government", "total", "complete", "warnings", "error"})
      c.push_back(k);
    return c;
  }();
  return cols;
}

void csv_append_row(std::string& out, const std::vector<std::string>& cells, char delimiter) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out.push_back(delimiter);
    csv_append_cell(out, cells[i], delimiter);
  }
  out += "\r\n";
}

namespace {

struct Text {
  const char* s;
  size_t n;
};
Text text(const char* s) { return Text{s, std::strlen(s)}; }

// Status codes with their lengths, looked up once: five per output row.
Text status_text(Status st) {
  static const Text t[4] = {text(status_code(Status::Mandatory)), text(status_code(Status::Optional)),
                            text(status_code(Status::NotEligible)), text(status_code(Status::NeedInfo))};
  return t[static_cast<int>(st)];
}

// The writers below fill a region of the output reserved for the row (see write_row).
inline char* put(char* p, const char* s, size_t n) {
  std::memcpy(p, s, n);
  return p + n;
}

// Digits written in place, two at a time, back to front from the counted length. (Formatting into
// a local buffer and copying stalled on store-to-load forwarding: byte stores, a word load.)
inline char* put_int(char* p, int64_t v) {
  static const char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  uint64_t u = static_cast<uint64_t>(v);
  if (v < 0) *p++ = '-', u = 0 - u;
  int len = 1;
  for (uint64_t t = 10; len < 20 && u >= t; t *= 10) ++len;
  char* end = p + len;
  char* q = end;
  while (u >= 100) {
    const char* d = kPairs + (u % 100) * 2;
    u /= 100;
    *--q = d[1];
    *--q = d[0];
  }
  if (u >= 10) {
    *--q = kPairs[u * 2 + 1];
    *--q = kPairs[u * 2];
  } else {
    *--q = static_cast<char>('0' + u);
  }
  return end;
}
constexpr size_t kIntMax = 20;

}  // namespace

void RosterProcessor::write_row(const CsvRow& c, std::string& out) {
  const RosterRow& r = row_;
  const ColumnMap& map = eval_.columns();
  static const CsvSpan kNone;
  auto raw = [&](Field f) -> const CsvSpan* {
    int k = map[f];
    return (k >= 0 && static_cast<size_t>(k) < c.size) ? &c.spans[static_cast<size_t>(k)] : nullptr;
  };
  auto header = [&](Field f) -> const std::string* {
    int k = map[f];
    return (k >= 0 && static_cast<size_t>(k) < headers_.size()) ? &headers_[static_cast<size_t>(k)] : nullptr;
  };
  char nikbuf[17];
  Text nik{"", 0};
  if (r.has_nik) {
    nik = Text{nikbuf, static_cast<size_t>(nik_put_digits(nikbuf, r.nik.value) - nikbuf)};
  } else if (const CsvSpan* s = raw(Field::Nik)) {
    nik = Text{s->data, s->size};
  }
  const CsvSpan* nama = raw(Field::Nama);
  if (!nama) nama = &kNone;
  Text role{"", 0}, segment{"", 0};
  if (r.evaluated) {
    role = text(role_code(r.res.role));
    segment = text(segment_code(r.res.segment));
  } else {
    const CsvSpan* s;
    if (r.in.role != Role::None)
      role = text(role_code(r.in.role));
    else if ((s = raw(Field::Role)))
      role = Text{s->data, s->size};
    if (r.in.segment != Segment::None)
      segment = text(segment_code(r.in.segment));
    else if ((s = raw(Field::Segment)))
      segment = Text{s->data, s->size};
  }
  auto issues = [&](bool errors, bool id, std::string& dst, const char* sep) {
    bool first = true;
    for (int i = 0; i < r.n_issues; ++i) {
      const Issue& is = r.issues[i];
      if (issue_is_error(is.code) != errors) continue;
      if (!first) dst += sep;
      first = false;
      const CsvSpan* cell = is.has_field ? raw(is.field) : nullptr;
      detail::append_issue_text(dst, is, r.record, is.has_field ? header(is.field) : nullptr,
                                cell ? cell->data : nullptr, cell ? cell->size : 0, id);
    }
  };
  const char d = opt_.out_delimiter;
  if (opt_.format == RosterFormat::Csv) {
    warnings_.clear();
    errors_.clear();
    if (r.n_issues) {
      issues(false, true, warnings_, " | ");
      issues(true, true, errors_, " | ");
    }
    // The row is written through a pointer into `out`, grown once to a bound on the row's length
    // and cut back to what was written: per-cell std::string appends were a fifth of the time.
    const size_t bound = 2 * (nik.n + nama->size + role.n + segment.n + warnings_.size() + errors_.size()) +
                         (1 + kPrograms * 3 + 4) * kIntMax + kPrograms * 16 + 64;
    const size_t start = out.size();
    out.resize(start + bound);
    char* const base = &out[0];
    char* p = base + start;
    p = put_int(p, r.record);
    *p++ = d;
    p = csv_put_cell(p, nik.s, nik.n, d);
    *p++ = d;
    p = csv_put_cell(p, nama->data, nama->size, d);
    *p++ = d;
    p = csv_put_cell(p, role.s, role.n, d);
    *p++ = d;
    p = csv_put_cell(p, segment.s, segment.n, d);  // a code, or the unrecognised cell (quoted, neutralised)
    for (int k = 0; k < kPrograms; ++k) {
      *p++ = d;
      if (!r.evaluated) {
        *p++ = d, *p++ = d, *p++ = d;
        continue;
      }
      const ProgramResult& pr = r.res.programs[k];
      Text st = status_text(pr.status);
      p = put(p, st.s, st.n);
      bool amounts = pr.enrolled && pr.has_amounts;
      *p++ = d;
      if (amounts) p = put_int(p, pr.employer);
      *p++ = d;
      if (amounts) p = put_int(p, pr.worker);
      *p++ = d;
      if (amounts) p = put_int(p, pr.government);
    }
    for (int k = 0; k < 3; ++k) {
      *p++ = d;
      if (r.evaluated) p = put_int(p, r.totals[k]);
    }
    *p++ = d;
    if (r.evaluated) p = put_int(p, r.total);
    *p++ = d;
    if (r.evaluated) p = r.res.complete ? put(p, "true", 4) : put(p, "false", 5);
    *p++ = d;
    if (r.n_issues) {
      p = csv_put_cell(p, warnings_.data(), warnings_.size(), d);
      *p++ = d;
      p = csv_put_cell(p, errors_.data(), errors_.size(), d);
    } else {
      *p++ = d;
    }
    *p++ = '\r', *p++ = '\n';
    out.resize(static_cast<size_t>(p - base));
    return;
  }
  // JSON lines.
  out += "{\"row\":";
  append_int(out, r.record);
  out += ",\"nik\":";
  json_write_string(out, nik.s, nik.n);
  out += ",\"nama\":";
  json_write_string(out, nama->data, nama->size);
  out += ",\"role\":";
  json_write_string(out, role.s, role.n);
  out += ",\"segment\":";
  json_write_string(out, segment.s, segment.n);
  if (r.evaluated) {
    out += ",\"programs\":{";
    for (int p = 0; p < kPrograms; ++p) {
      const ProgramResult& pr = r.res.programs[p];
      if (p) out.push_back(',');
      out += "\"";
      out += program_code(p);
      out += "\":{\"status\":\"";
      out += status_code(pr.status);
      out += "\",\"enrolled\":";
      out += pr.enrolled ? "true" : "false";
      bool amounts = pr.enrolled && pr.has_amounts;
      const char* names[3] = {"employer", "worker", "government"};
      Money vals[3] = {pr.employer, pr.worker, pr.government};
      for (int k = 0; k < 3; ++k) {
        out += ",\"";
        out += names[k];
        out += "\":";
        if (amounts)
          append_int(out, vals[k]);
        else
          out += "null";
      }
      out += "}";
    }
    out += "},\"totals\":{\"employer\":";
    append_int(out, r.totals[0]);
    out += ",\"worker\":";
    append_int(out, r.totals[1]);
    out += ",\"government\":";
    append_int(out, r.totals[2]);
    out += ",\"total\":";
    append_int(out, r.total);
    out += "},\"payers\":{\"employer\":\"";
    out += payer_code(r.res.payer_employer);
    out += "\",\"worker\":\"";
    out += payer_code(r.res.payer_worker);
    out += "\",\"government\":\"";
    out += payer_code(r.res.payer_government);
    out += "\"},\"complete\":";
    out += r.res.complete ? "true" : "false";
  } else {
    out += ",\"programs\":null,\"totals\":null,\"payers\":null,\"complete\":null";
  }
  for (int pass = 0; pass < 2; ++pass) {
    out += pass == 0 ? ",\"warnings\":[" : ",\"errors\":[";
    bool first = true;
    for (int i = 0; i < r.n_issues; ++i) {
      const Issue& is = r.issues[i];
      if (issue_is_error(is.code) != (pass == 1)) continue;
      if (!first) out.push_back(',');
      first = false;
      out += "{\"code\":\"";
      out += is.code == IssueCode::Engine       ? messages::warning_code(static_cast<WarningCode>(is.arg))
             : is.code == IssueCode::NikInvalid ? nik_error_code(static_cast<NikError>(is.arg))
                                                : issue_code(is.code);
      out += "\",\"column\":";
      const std::string* h = is.has_field ? header(is.field) : nullptr;
      if (is.has_field)
        json_write_string(out, h ? *h : std::string(field_code(is.field)));
      else
        out += "null";
      out += ",\"field\":";
      if (is.has_field)
        json_write_string(out, std::string(field_code(is.field)));
      else
        out += "null";
      std::string m;
      const CsvSpan* cell = is.has_field ? raw(is.field) : nullptr;
      detail::append_issue_text(m, is, r.record, h, cell ? cell->data : nullptr, cell ? cell->size : 0, true);
      out += ",\"message_id\":";
      json_write_string(out, m);
      m.clear();
      detail::append_issue_text(m, is, r.record, h, cell ? cell->data : nullptr, cell ? cell->size : 0, false);
      out += ",\"message_en\":";
      json_write_string(out, m);
      out += "}";
    }
    out += "]";
  }
  out += "}\n";
}

}  // namespace jamsos
