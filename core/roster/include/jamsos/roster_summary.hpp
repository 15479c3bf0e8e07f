// Roster summary: counts and totals over the rows of a roster.
#pragma once
#include <cstdint>
#include <string>

#include "jamsos/roster_rows.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------
constexpr int kPayers = static_cast<int>(Payer::None) + 1;
struct RosterSummary {
  int64_t rows = 0, valid = 0, errors = 0, with_warnings = 0, duplicates = 0, empty_rows = 0;
  int64_t lines_skipped = 0;          // lines after bad rows that did not parse (CsvReader)
  int64_t incomplete = 0;             // evaluated rows whose totals miss an amount (need data)
  int64_t status[kPrograms][4] = {};  // by Status: mandatory, optional, not_eligible, need_info
  int64_t enrolled[kPrograms] = {};
  Money amount[kPrograms][3] = {};  // enrolled amounts by party: employer, worker, government
  Money total[3] = {0, 0, 0};
  Money grand_total = 0, monthly = 0, one_time = 0;
  Money by_payer[kPayers] = {};      // who actually pays (village government, ministry, ...)
  int64_t by_role[kRoleCount] = {};  // rows by Role (index 0 = no role)
  bool jp_ceiling_warning = false;   // the newest JP ceiling is over a year old (said once here)
  // NIKs a spreadsheet stored as numbers (issue 10): in scientific notation, or with the serial
  // (digits 13-16) turned into 0000 by the lost last digits. Said once, as a warning.
  int64_t nik_scientific = 0, nik_zero_serial = 0;
  bool overflow = false;  // a sum went past int64: the totals cannot be given
  void add(const RosterRow& r);
};
// a += b, setting `overflow` when the sum does not fit (every cross-row sum goes through it).
inline void add_checked(Money& a, Money b, bool& overflow) {
  if (__builtin_add_overflow(a, b, &a)) overflow = true;
}
// The fatal error when `overflow` is set, in both languages.
const char* totals_overflow_error();
// The fatal error for a header line (or a row the reader could not split) over the record limit,
// in both languages; shared by the CLI processor and the browser session.
std::string record_overflow_error(int64_t record);
// {"as_of","rules_version","rows","valid","errors","with_warnings","duplicates","empty_rows_skipped",
//  "incomplete","programs":{"JKK":{"mandatory","optional","not_eligible","need_info","enrolled",
//  "employer","worker","government","total"},...},"totals":{...},"payers":[...],"roles":{...}}
std::string summary_json(const RosterSummary& s, const RuleSet& R, Date as_of);

}  // namespace jamsos
