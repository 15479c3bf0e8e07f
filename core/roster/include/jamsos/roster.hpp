// Rosters (docs/ROSTER.md): bulk eligibility and contributions from a CSV list, streaming, with
// the same columns and validation natively (`jamsos roster`) and in the browser (WebAssembly).
// Pure functions over text: no I/O, no exceptions, no threads. Layers:
//   csv.hpp       bytes -> rows (CsvReader)
//   nik.hpp       NIK structure, duplicate set
//   this file     header -> column map; cells -> Input; Input -> evaluate -> output row;
//                 summary; the streaming RosterProcessor; reconciliation; budget planner.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "jamsos/csv.hpp"
#include "jamsos/engine.hpp"
#include "jamsos/nik.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------
enum class Field : uint8_t {
  Nik,
  Nama,
  BirthDate,
  Sex,
  Role,
  Segment,
  Wage,
  Income,
  Citizenship,
  Scale,
  RiskGroup,
  Jkn,
  OptIn,
  Sector,
  Count_
};
constexpr int kFields = static_cast<int>(Field::Count_);
const char* field_code(Field f);      // "nik", "nama", "birth_date", "sex", "role", "segment",
                                      // "monthly_wage", "declared_income", "citizenship",
                                      // "employer_scale", "jkk_risk_group", "jkn_enrolled",
                                      // "opt_in", "bpu_sector"
const char* field_label_id(Field f);  // "NIK", "Nama", "Tanggal Lahir", ... (template headers)
const char* field_label_en(Field f);
bool field_from_code(const std::string& code, Field& out);

struct ColumnMap {
  int col[kFields];  // 0-based column index, -1 when the field is not in the file
  ColumnMap() {
    for (int& c : col) c = -1;
  }
  int operator[](Field f) const { return col[static_cast<int>(f)]; }
  int& operator[](Field f) { return col[static_cast<int>(f)]; }
  int mapped() const {
    int n = 0;
    for (int c : col) n += c >= 0;
    return n;
  }
};

// Lower-case ASCII letters and digits only: "Tgl. Lahir" -> "tgllahir", "Upah (Rp)" -> "upahrp".
std::string normalize_key(const char* s, size_t n);
inline std::string normalize_key(const std::string& s) { return normalize_key(s.data(), s.size()); }
// The field a header names (Indonesian or English), or false.
bool field_for_header(const std::string& header, Field& out);
// Maps every recognised header; exact names first, then headers that start with a known name
// ("Upah Bulanan" -> monthly_wage). Each field takes the leftmost matching column.
ColumnMap detect_columns(const std::vector<std::string>& headers, size_t n);
inline ColumnMap detect_columns(const std::vector<std::string>& h) { return detect_columns(h, h.size()); }
// Overrides one field (the browser's mapping screen, `--map FIELD=COLUMN`): `column` is a header
// text (compared normalised), a 1-based column number, or "" / "-" to unmap the field.
bool apply_mapping(ColumnMap& map, const std::vector<std::string>& headers, size_t n, const std::string& field,
                   const std::string& column, std::string& error);
// {"delimiter":",","headers":[...],"mapping":{"nik":{"column":0,"header":"NIK"},...},
//  "unmapped_headers":[...],"fields":[{"code","label_id","label_en"}...]}
std::string mapping_json(const ColumnMap& map, const std::vector<std::string>& headers, size_t n, char delimiter);

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------
enum class MoneyCell : uint8_t { Ok, Empty, Invalid, Decimals, Negative, TooLarge };
// "5000000", "5.000.000", "5,000,000", "Rp 5.000.000,-", "5.000.000,00", "5jt", "5 juta",
// "2,5 juta", "750rb", "IDR 1,250,000". Whole rupiah only (non-zero cents are refused).
MoneyCell parse_money_cell(const char* s, size_t n, Money& out);
inline MoneyCell parse_money_cell(const std::string& s, Money& out) {
  return parse_money_cell(s.data(), s.size(), out);
}
// "1968-08-05", "05/08/1968", "05-08-1968", "5.8.1968", "5 Agustus 1968", "5 Aug 1968", an
// Excel serial day number ("25000" = 1968-06-11; epoch 1899-12-30), "1968-08-05 00:00:00".
// Day first always (Indonesian order); two-digit years are refused.
bool parse_date_cell(const char* s, size_t n, Date& out);
inline bool parse_date_cell(const std::string& s, Date& out) { return parse_date_cell(s.data(), s.size(), out); }
// Role names in Indonesian or English, or the contract codes ("Sekretaris Desa" -> perangkat_desa,
// "TPP" -> pendamping_desa, "honorer" -> non_asn, "Polri" -> tni_polri, ...).
bool parse_role_cell(const std::string& s, Role& out);
bool parse_segment_cell(const std::string& s, Segment& out);
bool parse_scale_cell(const std::string& s, Scale& out);     // mikro/micro, kecil/small, ...
bool parse_risk_group_cell(const std::string& s, int& out);  // 1-5, I-V, rendah..sangat tinggi
bool parse_bool_cell(const std::string& s, bool& out);       // ya/yes/1/sudah, tidak/no/0/belum
bool parse_citizenship_cell(const std::string& s, Citizenship& out);
bool parse_sector_cell(const std::string& s, BpuSector& out);  // transport(asi)/ojek/kurir, lainnya/other
bool parse_sex_cell(const std::string& s, bool& female);       // L/P, laki-laki/perempuan, M/F
bool parse_opt_in_cell(const std::string& s, uint8_t& out);    // "JHT;JP", "JHT, JP", "JHT+JP"

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------
enum class IssueCode : uint8_t {
  // errors: the row is not evaluated and not counted in the totals
  UnterminatedQuote,
  NikInvalid,
  NikDuplicate,
  BadMoney,
  MoneyDecimals,
  MoneyNegative,
  MoneyTooLarge,
  BadDate,
  BadRole,
  BadSegment,
  BadScale,
  BadRiskGroup,
  BadBool,
  BadCitizenship,
  BadSector,
  BadSex,
  BadOptIn,
  BirthAfterAsOf,
  AgeOver120,
  RoleSegmentConflict,
  PmiForeign,
  // warnings: the row is evaluated
  NikBirthMismatch,
  NikSexMismatch,
  BirthFromNik,
  WageUsedAsIncome,
  IncomeUsedAsWage,
  OneTime,
  Engine,  // an engine warning (arg = WarningCode, arg2 = its argument)
};
const char* issue_code(IssueCode c);  // "nik_invalid", "nik_duplicate", ...
inline bool issue_is_error(IssueCode c) { return c < IssueCode::NikBirthMismatch; }

struct Issue {
  IssueCode code;
  Field field;  // the column it is about
  bool has_field;
  int64_t arg;  // NikError, first record of a duplicate, WarningCode, ...
  int64_t arg2;
};

struct RosterRow {
  int64_t record = 0;  // spreadsheet row number (the header is row 1)
  bool error = false;
  bool has_nik = false;
  Nik nik;
  Input in;
  Result res;
  bool evaluated = false;
  Money totals[3] = {0, 0, 0};  // employer, worker, government: enrolled programs, monthly + one-time
  Money total = 0;
  uint8_t n_issues = 0;
  Issue issues[16];
};

// A message naming row, column and reason: Indonesian (`indonesian`) or English.
// `header` is the column's header text as in the file; `cell` the cell's text.
void append_issue_text(std::string& out, const Issue& is, int64_t record, const std::string* header,
                       const std::string* cell, bool indonesian);

class RowEvaluator {
 public:
  RowEvaluator(const RuleSet& rules, Date as_of, bool check_duplicates = true)
      : R_(&rules), as_of_(as_of), as_of_ymd_(to_ymd(as_of)), dup_(check_duplicates) {}
  void set_columns(const ColumnMap& map) { map_ = map; }
  const ColumnMap& columns() const { return map_; }
  // Validates and evaluates one data row. Never fails: problems become issues on the row.
  // Reads the cells through `row.spans` (as CsvReader fills them, whether or not it copies).
  void evaluate(const CsvRow& row, RosterRow& out);
  Date as_of() const { return as_of_; }
  void set_as_of(Date d) { as_of_ = d, as_of_ymd_ = to_ymd(d); }
  const RuleSet& rules() const { return *R_; }
  NikSet& niks() { return niks_; }

 private:
  // Coded cells (role, yes/no, sector, ...) repeat endlessly in a roster: their parse is
  // memoised per field in a small direct-mapped cache (text -> code, -1 = not recognised).
  struct CodeCache {
    std::string key[64];
    int32_t val[64];
    bool used[64] = {};
  };
  template <typename F>
  int32_t cached(Field f, const CsvSpan& s, F parse);
  const RuleSet* R_;
  Date as_of_;
  Ymd as_of_ymd_;  // as_of_ as calendar fields, for the age check without a conversion per row
  bool dup_;
  ColumnMap map_;
  NikSet niks_;
  CodeCache cache_[kFields];
};

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------
constexpr int kPayers = static_cast<int>(Payer::None) + 1;
struct RosterSummary {
  int64_t rows = 0, valid = 0, errors = 0, with_warnings = 0, duplicates = 0, empty_rows = 0;
  int64_t incomplete = 0;             // evaluated rows whose totals miss an amount (need data)
  int64_t status[kPrograms][4] = {};  // by Status: mandatory, optional, not_eligible, need_info
  int64_t enrolled[kPrograms] = {};
  Money amount[kPrograms][3] = {};  // enrolled amounts by party: employer, worker, government
  Money total[3] = {0, 0, 0};
  Money grand_total = 0, monthly = 0, one_time = 0;
  Money by_payer[kPayers] = {};     // who actually pays (village government, ministry, ...)
  int64_t by_role[12] = {};         // rows by Role (index 0 = no role)
  bool jp_ceiling_warning = false;  // the newest JP ceiling is over a year old (said once here)
  void add(const RosterRow& r);
};
// {"as_of","rules_version","rows","valid","errors","with_warnings","duplicates","empty_rows_skipped",
//  "incomplete","programs":{"JKK":{"mandatory","optional","not_eligible","need_info","enrolled",
//  "employer","worker","government","total"},...},"totals":{...},"payers":[...],"roles":{...}}
std::string summary_json(const RosterSummary& s, const RuleSet& R, Date as_of);

// ---------------------------------------------------------------------------------------------
// Streaming roster: CSV bytes in, output rows out (CSV or JSON lines), summary at the end.
// ---------------------------------------------------------------------------------------------
enum class RosterFormat : uint8_t { Csv, Jsonl };
struct RosterOptions {
  Date as_of{};
  RosterFormat format = RosterFormat::Csv;
  char out_delimiter = ',';  // CSV output delimiter (';' for Indonesian-locale Excel)
  char in_delimiter = 0;     // 0: detect from the header
  bool check_duplicates = true;
  bool write_header = true;
  std::vector<std::pair<std::string, std::string>> mapping;  // field code -> column (apply_mapping)
};

// The output columns, in order (docs/ROSTER.md).
const std::vector<std::string>& roster_output_columns();

// What the CLI's RosterProcessor and the browser's RosterSession share: the CSV reader, the
// header mapping (detected, then the caller's overrides), the row evaluator and the summary.
class RosterInput {
 public:
  const RosterSummary& summary() const { return sum_; }
  std::string summary_json() const;
  bool has_header() const { return header_done_; }
  const ColumnMap& columns() const { return eval_.columns(); }
  const std::vector<std::string>& headers() const { return headers_; }
  std::string mapping_json() const;
  const std::string& error() const { return error_; }

 protected:
  RosterInput(const RuleSet& rules, const RosterOptions& opt);
  // Maps the header row; false with error() set when an override is bad or no column is known.
  bool take_header(const CsvRow& h);
  const RuleSet* R_;
  RosterOptions opt_;
  CsvReader reader_;
  RowEvaluator eval_;
  CsvRow csv_;
  RosterRow row_;
  RosterSummary sum_;
  std::vector<std::string> headers_;
  bool header_done_ = false, failed_ = false;
  std::string error_;
};

class RosterProcessor : public RosterInput {
 public:
  RosterProcessor(const RuleSet& rules, const RosterOptions& opt);
  // Appends the output for every complete row in `data` to `out`. False on a fatal problem
  // (no recognisable header, a bad --map, a runaway quoted field): see error().
  bool feed(const char* data, size_t n, std::string& out);
  bool feed(const std::string& s, std::string& out) { return feed(s.data(), s.size(), out); }
  bool finish(std::string& out);
  // The last row processed (for callers that want the structs, e.g. reconciliation).
  const RosterRow& last_row() const { return row_; }

 private:
  bool drain(std::string& out);
  void write_row(const CsvRow& in, std::string& out);
  std::string warnings_, errors_;  // one row's message texts (kept to reuse their storage)
};

// One call for a whole text (the simplest WebAssembly entry point). False on a fatal problem.
bool roster_run(const RuleSet& rules, const std::string& csv, const RosterOptions& opt, std::string& out,
                std::string& summary, std::string& error);
// Reads just the header of `head` (the first chunk of a file) and returns mapping_json, or
// {"error":...} when there is no complete header line yet.
std::string inspect_csv(const std::string& head);
// A blank template: the header line in Indonesian and two example rows.
std::string roster_template_csv(char delimiter = ',');
// Writes a spreadsheet-safe CSV row of raw cells (used by reconciliation and the template).
void csv_append_row(std::string& out, const std::vector<std::string>& cells, char delimiter);
// JSON string escaping (invalid UTF-8 becomes U+FFFD).
void json_append_string(std::string& out, const char* s, size_t n);
inline void json_append_string(std::string& out, const std::string& s) { json_append_string(out, s.data(), s.size()); }

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
// Streaming: feed all of last month first (held as 64 bytes per NIK), then stream this month.
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
    std::string nama;
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
  std::vector<Entry> entries_;
  NikSet index_;  // NIK -> entries_ index + 1
  ReconcileSummary sum_;
  std::string error_;
};
bool reconcile_run(const RuleSet& rules, const std::string& last_csv, const std::string& this_csv,
                   const ReconcileOptions& opt, std::string& out, std::string& summary, std::string& error);

// ---------------------------------------------------------------------------------------------
// Budget planner: N people x an input template x months, each month evaluated on its 1st day so
// relief windows apply month by month.
// ---------------------------------------------------------------------------------------------
struct BudgetMonth {
  Date as_of;
  Money per_person[3];  // employer, worker, government (enrolled programs, monthly)
  Money per_person_total;
  Money one_time;  // one-time amounts (JAKON, PMI), counted in the first month only
  bool complete;
  bool relief;  // a relief rule applied this month
};
struct BudgetPlan {
  int64_t people = 0;
  std::vector<BudgetMonth> months;
  Money per_person[3] = {0, 0, 0};
  Money per_person_total = 0;
  Money total[3] = {0, 0, 0};
  Money grand_total = 0;
  Payer payers[3] = {Payer::None, Payer::None, Payer::None};
  bool complete = true;
};
// `tmpl.as_of` is ignored; months 1-600 from (year, month). False (with `error`) for bad arguments.
bool plan_budget(const RuleSet& rules, const Input& tmpl, int64_t people, int year, int month, int months,
                 BudgetPlan& out, std::string& error);
std::string budget_json(const BudgetPlan& plan, const RuleSet& rules);
// month,as_of,employer,worker,government,total,relief (per month for all people) and a total line.
std::string budget_csv(const BudgetPlan& plan, char delimiter = ',');

}  // namespace jamsos
