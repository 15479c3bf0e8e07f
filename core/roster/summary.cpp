// Roster summary: counts and totals per program, party, payer and role (RosterSummary, summary_json).
#include <nlohmann/json.hpp>

#include "jamsos/messages.hpp"
#include "jamsos/roster.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------
void RosterSummary::add(const RosterRow& r) {
  ++rows;
  bool warned = false;
  for (int i = 0; i < r.n_issues; ++i) {
    warned = warned || !issue_is_error(r.issues[i].code);
    if (r.issues[i].code == IssueCode::NikDuplicate) ++duplicates;
    if (r.issues[i].code == IssueCode::NikInvalid) {
      const auto e = static_cast<NikError>(r.issues[i].arg);
      if (e == NikError::Scientific) ++nik_scientific;
      if (e == NikError::Serial) ++nik_zero_serial;
    }
  }
  if (r.error) {
    ++errors;
    return;
  }
  ++valid;
  if (warned) ++with_warnings;
  if (!r.evaluated) return;
  const Result& res = r.res;
  for (int i = 0; i < res.n_warnings; ++i)
    if (res.warnings[i].code == WarningCode::JpCeilingMayBeOutdated) jp_ceiling_warning = true;
  ++by_role[static_cast<int>(res.role)];
  if (!res.complete) ++incomplete;
  for (int p = 0; p < kPrograms; ++p) {
    const ProgramResult& pr = res.programs[p];
    ++status[p][static_cast<int>(pr.status)];
    if (!pr.enrolled) continue;
    ++enrolled[p];
    if (!pr.has_amounts) continue;
    add_checked(amount[p][0], pr.employer, overflow);
    add_checked(amount[p][1], pr.worker, overflow);
    add_checked(amount[p][2], pr.government, overflow);
    Money t = amount[p][0];  // the program's total, as summary_json gives it
    add_checked(t, amount[p][1], overflow);
    add_checked(t, amount[p][2], overflow);
    add_checked(pr.period == Period::OneTime ? one_time : monthly, pr.total, overflow);
  }
  for (int k = 0; k < 3; ++k) add_checked(total[k], r.totals[k], overflow);
  add_checked(grand_total, r.total, overflow);
  add_checked(by_payer[static_cast<int>(res.payer_employer)], r.totals[0], overflow);
  add_checked(by_payer[static_cast<int>(res.payer_worker)], r.totals[1], overflow);
  add_checked(by_payer[static_cast<int>(res.payer_government)], r.totals[2], overflow);
}

std::string record_overflow_error(int64_t record) {
  const std::string n = std::to_string(record);
  return "baris " + n + ": satu baris lebih dari 1 MiB, kemungkinan tanda kutip tidak ditutup / row " + n +
         ": a record over 1 MiB, probably an unclosed quote";
}

const char* totals_overflow_error() {
  return "jumlah iuran terlalu besar untuk dihitung (lebih dari 9.223.372.036.854.775.807); bagi daftarnya / the "
         "contribution totals are too large to represent (over 9,223,372,036,854,775,807); split the roster";
}

std::string summary_json(const RosterSummary& s, const RuleSet& R, Date as_of) {
  using oj = nlohmann::ordered_json;
  oj j = oj::object();
  j["as_of"] = format_date(as_of);
  j["rules_version"] = R.version();
  j["rows"] = s.rows;
  j["valid"] = s.valid;
  j["errors"] = s.errors;
  j["with_warnings"] = s.with_warnings;
  j["duplicates"] = s.duplicates;
  j["empty_rows_skipped"] = s.empty_rows;
  if (s.lines_skipped) j["lines_skipped"] = s.lines_skipped;  // only after a runaway quote
  j["incomplete"] = s.incomplete;
  oj progs = oj::object();
  for (int p = 0; p < kPrograms; ++p) {
    oj o = oj::object();
    for (int st = 0; st < 4; ++st) o[status_code(static_cast<Status>(st))] = s.status[p][st];
    o["enrolled"] = s.enrolled[p];
    o["employer"] = s.amount[p][0];
    o["worker"] = s.amount[p][1];
    o["government"] = s.amount[p][2];
    o["total"] = s.amount[p][0] + s.amount[p][1] + s.amount[p][2];
    progs[program_code(p)] = o;
  }
  j["programs"] = progs;
  j["totals"] = {{"employer", s.total[0]}, {"worker", s.total[1]}, {"government", s.total[2]},
                 {"total", s.grand_total}, {"monthly", s.monthly}, {"one_time", s.one_time}};
  oj payers = oj::array();
  for (int p = 0; p < kPayers; ++p) {
    if (!s.by_payer[p]) continue;
    messages::Pair l = messages::payer_label(static_cast<Payer>(p));
    payers.push_back({{"code", payer_code(static_cast<Payer>(p))},
                      {"label_id", l.id},
                      {"label_en", l.en},
                      {"amount", s.by_payer[p]}});
  }
  j["payers"] = payers;
  oj roles = oj::object();
  for (int r = 0; r < kRoleCount; ++r)
    if (s.by_role[r]) roles[r ? role_code(static_cast<Role>(r)) : "none"] = s.by_role[r];
  j["roles"] = roles;
  oj warnings = oj::array();
  if (s.jp_ceiling_warning) {
    messages::Pair w = messages::warning(WarningCode::JpCeilingMayBeOutdated);
    warnings.push_back({{"code", messages::warning_code(WarningCode::JpCeilingMayBeOutdated)},
                        {"message_id", w.id},
                        {"message_en", w.en}});
  }
  // A roster saved by Excel or LibreOffice with the NIK column as a number: one NIK in scientific
  // notation, or two or more whose serial became 0000 (a real serial starts at 0001, NIK.md).
  if (s.nik_scientific > 0 || s.nik_zero_serial >= 2) {
    const std::string n = std::to_string(s.nik_scientific + s.nik_zero_serial);
    warnings.push_back(
        {{"code", "nik_stored_as_number"},
         {"rows", s.nik_scientific + s.nik_zero_serial},
         {"message_id",
          "NIK di " + n +
              " baris tampaknya disimpan sebagai angka oleh Excel atau LibreOffice: angka terakhirnya menjadi 0 "
              "(nomor urut 0000) atau ditulis sebagai angka ilmiah (1,72939610994E+15), sehingga NIK aslinya hilang. "
              "Perbaiki di berkas asal: format kolom NIK sebagai Teks lalu ketik ulang NIK-nya (atau ekspor dengan "
              "kolom NIK sebagai teks), lalu impor lagi."},
         {"message_en",
          "The NIK in " + n +
              " rows seems to have been stored as a number by Excel or LibreOffice: its last digits became 0 (serial "
              "0000) or it was written in scientific notation (1.72939610994E+15), so the real NIK is lost. Fix it in "
              "the source file: format the NIK column as Text and type the NIKs again (or export with the NIK "
              "column as text), then import again."}});
  }
  j["warnings"] = warnings;
  return j.dump(2, ' ', false, oj::error_handler_t::replace);
}

std::string RosterInput::summary_json() const {
  RosterSummary s = sum_;
  s.empty_rows = reader_.empty_records();
  s.lines_skipped = reader_.lines_skipped();
  return jamsos::summary_json(s, *R_, opt_.as_of);
}

}  // namespace jamsos
