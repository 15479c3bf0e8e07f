// Rosters (docs/ROSTER.md): bulk eligibility and contributions from a CSV list, streaming, with
// the same columns and validation natively (`jamsos roster`) and in the browser (WebAssembly).
// Pure functions over text: no I/O, no exceptions, no threads. Layers, one header each:
//   csv.hpp             bytes -> rows (CsvReader)
//   nik.hpp             NIK structure, duplicate set
//   roster_columns.hpp  header -> column map
//   roster_cells.hpp    cell text -> money, dates, codes
//   roster_rows.hpp     cells -> Input -> evaluate -> a row with issues (RowEvaluator)
//   roster_summary.hpp  counts and totals
//   this file           the streaming RosterProcessor and its output rows
//   reconcile.hpp       last month's roster vs this month's
//   budget.hpp          the budget planner
// Including this header includes them all.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "jamsos/budget.hpp"
#include "jamsos/csv.hpp"
#include "jamsos/engine.hpp"
#include "jamsos/nik.hpp"
#include "jamsos/reconcile.hpp"
#include "jamsos/roster_cells.hpp"
#include "jamsos/roster_columns.hpp"
#include "jamsos/roster_rows.hpp"
#include "jamsos/roster_summary.hpp"

namespace jamsos {

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

// The web page's JSON (core/roster/page_json.cpp):
// {"as_of":"2026-05-01","mapping":{"nik":"NIK","monthly_wage":"3",...},"delimiter":";",
//  "out_delimiter":";","check_duplicates":true,"format":"csv"|"jsonl"} -> RosterOptions.
bool roster_options_from_json(const std::string& json, RosterOptions& opt, std::string& error);

// Rewrites a CSV text with some data rows replaced (the edit form): `edits_json` maps a
// spreadsheet row number to its new cells, {"7":["3515...","Siti",...]}. Every other record is
// written back with the same cells (re-quoted where needed, never neutralised); skipped empty
// rows become empty lines, so row numbers stay the spreadsheet's.
bool roster_rewrite(const std::string& csv, const std::string& edits_json, std::string& out, std::string& error);

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
  // The checks every reader of rows ends with, shared by the processor, the diff and the browser
  // session: after a drain, a record over the reader's limit (false, error() set); in finish(), a
  // file with no header row (false, error() set).
  bool reader_ok();
  bool header_seen();
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
// JSON strings are written by the contract's one JSON writer (jamsos/json_writer.hpp).

}  // namespace jamsos
