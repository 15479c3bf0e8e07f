// Monthly reconciliation of two rosters by NIK.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "jamsos/csv.hpp"
#include "jamsos/nik.hpp"
#include "jamsos/roster_rows.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Monthly reconciliation: last month's roster vs this month's, by NIK.
// ---------------------------------------------------------------------------------------------
struct ReconcileOptions {
  Date last_as_of{}, this_as_of{};
  char out_delimiter = ',';
  std::vector<std::pair<std::string, std::string>> mapping;
};
struct ReconcileSummary {
  int64_t last_rows = 0, this_rows = 0, added = 0, removed = 0, changed = 0, amount_changed = 0, unchanged = 0,
          last_errors = 0, this_errors = 0;
  Money last_total[3] = {0, 0, 0}, this_total[3] = {0, 0, 0};
  Money last_grand = 0, this_grand = 0;
};
// Streaming: feed all of last month first (held as an index by NIK: about 170 bytes a person
// measured, with this month's duplicate set; docs/ROSTER.md), then stream this month.
// Output CSV columns: change,row,nik,nama,changed_fields,role_last,role_this,wage_last,wage_this,
// total_last,total_this,delta,error. change is added | removed | changed | amount_changed | error.
class Reconciler {
 public:
  Reconciler(const RuleSet& rules, const ReconcileOptions& opt);
  bool feed_last(const char* data, size_t n);
  bool finish_last();
  bool feed_this(const char* data, size_t n, std::string& out);
  bool finish(std::string& out);  // writes the removed rows
  const ReconcileSummary& summary() const { return sum_; }
  std::string summary_json() const;
  const std::string& error() const { return error_; }

 private:
  struct Entry {
    uint64_t nik;
    int64_t record;
    Money wage, income;
    Money totals[3];
    Role role;
    Segment segment;
    bool seen;
    uint32_t nama_len;  // the name is names_[nama_at, nama_at + nama_len): one arena, no string each
    uint64_t nama_at;
  };
  bool header(CsvReader& r, CsvRow& row, RowEvaluator& ev, bool& done);
  void handle_this(const CsvRow& c, std::string& out);
  const RuleSet* R_;
  ReconcileOptions opt_;
  CsvReader last_reader_, this_reader_;
  RowEvaluator last_eval_, this_eval_;
  bool last_header_ = false, this_header_ = false, header_written_ = false;
  CsvRow csv_;
  RosterRow row_;
  std::vector<Entry> entries_;  // 72 bytes a person
  std::string names_;
  NikSet index_;  // NIK -> entries_ index + 1
  ReconcileSummary sum_;
  bool overflow_ = false;  // a total went past int64 (checked sums)
  std::string error_;
};
bool reconcile_run(const RuleSet& rules, const std::string& last_csv, const std::string& this_csv,
                   const ReconcileOptions& opt, std::string& out, std::string& summary, std::string& error);

}  // namespace jamsos
