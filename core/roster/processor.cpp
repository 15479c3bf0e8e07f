// The streaming roster: RosterInput (header, mapping) and RosterProcessor (feed, finish), plus the
// one-call entry points (roster_run, inspect_csv, roster_template_csv).
#include "jamsos/roster.hpp"

namespace jamsos {

RosterInput::RosterInput(const RuleSet& rules, const RosterOptions& opt)
    : R_(&rules), opt_(opt), reader_(opt.in_delimiter), eval_(rules, opt.as_of, opt.check_duplicates) {}

std::string RosterInput::mapping_json() const {
  return jamsos::mapping_json(eval_.columns(), headers_, headers_.size(), reader_.delimiter());
}

bool RosterInput::take_header(const CsvRow& h) {
  headers_.clear();
  for (size_t i = 0; i < h.size; ++i) headers_.push_back(h.spans[i].str());
  ColumnMap map = detect_columns(headers_);
  for (const auto& m : opt_.mapping) {
    std::string err;
    if (!apply_mapping(map, headers_, headers_.size(), m.first, m.second, err)) {
      error_ = "--map " + m.first + "=" + m.second + ": " + err;
      return false;
    }
  }
  if (map.mapped() == 0) {
    error_ =
        "baris 1 bukan judul kolom yang dikenal (mis. NIK, Nama, Tanggal Lahir, Jabatan, Upah) / "
        "row 1 has no known column header (e.g. NIK, Nama, Tanggal Lahir, Jabatan, Upah)";
    return false;
  }
  eval_.set_columns(map);
  reader_.set_width(h.size);  // from now on a bad record is an error row, never the end
  header_done_ = true;
  return true;
}

bool RosterInput::reader_ok() {
  if (!reader_.overflow()) return true;
  error_ = record_overflow_error(reader_.overflow_record());
  return !(failed_ = true);
}

bool RosterInput::header_seen() {
  if (header_done_) return true;
  error_ = "berkas kosong: tidak ada baris judul / the file is empty: no header row";
  return !(failed_ = true);
}

RosterProcessor::RosterProcessor(const RuleSet& rules, const RosterOptions& opt) : RosterInput(rules, opt) {
  reader_.set_copy_cells(false);  // rows are read through CsvRow::spans
}

bool RosterProcessor::drain(std::string& out) {
  while (reader_.next(csv_)) {
    if (!header_done_) {
      if (!take_header(csv_)) return !(failed_ = true);
      if (opt_.write_header && opt_.format == RosterFormat::Csv) {
        const auto& cols = roster_output_columns();
        for (size_t i = 0; i < cols.size(); ++i) {
          if (i) out.push_back(opt_.out_delimiter);
          out += cols[i];
        }
        out += "\r\n";
      }
      continue;
    }
    eval_.evaluate(csv_, row_);
    sum_.add(row_);
    if (sum_.overflow) {
      error_ = totals_overflow_error();
      return !(failed_ = true);
    }
    write_row(csv_, out);
  }
  return reader_ok();
}

bool RosterProcessor::feed(const char* data, size_t n, std::string& out) {
  if (failed_) return false;
  reader_.feed(data, n);
  return drain(out);
}

bool RosterProcessor::finish(std::string& out) {
  if (failed_) return false;
  reader_.finish();
  return drain(out) && header_seen();
}
bool roster_run(const RuleSet& rules, const std::string& csv, const RosterOptions& opt, std::string& out,
                std::string& summary, std::string& error) {
  RosterProcessor p(rules, opt);
  bool ok = p.feed(csv, out) && p.finish(out);
  error = p.error();
  summary = ok ? p.summary_json() : std::string();
  return ok;
}

std::string inspect_csv(const std::string& head) {
  CsvReader r;
  r.feed(head);
  CsvRow row;
  if (!r.next(row)) {
    r.finish();
    if (!r.next(row)) return "{\"error\":\"no complete header line\"}";
  }
  std::vector<std::string> h(row.cells.begin(), row.cells.begin() + static_cast<long>(row.size));
  return mapping_json(detect_columns(h), h, h.size(), r.delimiter());
}

std::string roster_template_csv(char d) {
  std::string out = "\xEF\xBB\xBF";  // so Excel reads UTF-8
  std::vector<std::string> h;
  for (int f = 0; f < kFields; ++f) h.push_back(field_label_id(static_cast<Field>(f)));
  csv_append_row(out, h, d);
  csv_append_row(out,
                 {"3515140508680001", "Budi Santoso", "05/08/1968", "L", "Kepala Desa", "", "4.500.000", "", "WNI", "",
                  "", "ya", "JHT;JP", ""},
                 d);
  csv_append_row(out,
                 {"3515144508900002", "Siti Aminah", "05/08/1990", "P", "Pekerja Rentan", "", "", "1.000.000", "WNI",
                  "", "", "", "", "lainnya"},
                 d);
  return out;
}

}  // namespace jamsos
