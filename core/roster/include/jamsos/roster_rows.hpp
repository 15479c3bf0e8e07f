// Roster rows: one data row validated (issues) and evaluated (RowEvaluator).
#pragma once
#include <cstdint>
#include <string>

#include "jamsos/csv.hpp"
#include "jamsos/engine.hpp"
#include "jamsos/nik.hpp"
#include "jamsos/roster_cells.hpp"
#include "jamsos/roster_columns.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------
enum class IssueCode : uint8_t {
  // errors: the row is not evaluated and not counted in the totals
  UnterminatedQuote,  // arg: the lines skipped after it
  RecordTooLong,      // arg: the lines skipped after it
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
  MemberSinceAfterAsOf,
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
      : R_(&rules), as_of_(as_of), dup_(check_duplicates) {}
  void set_columns(const ColumnMap& map) { map_ = map; }
  const ColumnMap& columns() const { return map_; }
  // Validates and evaluates one data row. Never fails: problems become issues on the row.
  // Reads the cells through `row.spans` (as CsvReader fills them, whether or not it copies).
  void evaluate(const CsvRow& row, RosterRow& out);
  Date as_of() const { return as_of_; }
  void set_as_of(Date d) { as_of_ = d; }
  const RuleSet& rules() const { return *R_; }
  NikSet& niks() { return niks_; }
  // Rule values to watch while evaluating (engine.hpp RuleWatch; `jamsos diff`), or null.
  void set_watch(RuleWatch* w) { watch_ = w; }

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
  bool dup_;
  RuleWatch* watch_ = nullptr;
  ColumnMap map_;
  NikSet niks_;
  CodeCache cache_[kFields];
};

}  // namespace jamsos
