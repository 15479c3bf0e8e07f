// The browser's roster session (docs/ROSTER.md, "For the browser"): built only on the public
// roster API (CsvReader, RowEvaluator, RosterSummary, append_issue_text, ...), so the columns,
// validation, messages and summary are the native ones. Instead of writing output rows it keeps
// a compact record per row (statuses, amounts, totals, issues) that the web page queries a page
// at a time with filters; exports go through RosterProcessor (roster_run), byte-identical to
// `jamsos roster`. Plain C++17, no I/O, no exceptions.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "jamsos/roster.hpp"  // also roster_options_from_json, roster_rewrite (page_json.cpp)

namespace jamsos {

class RosterSession : public RosterInput {
 public:
  RosterSession(const RuleSet& rules, const RosterOptions& opt);
  // Limits (docs/RELIABILITY.md, "Web app"): at most kMaxRows data rows (Excel's own sheet limit)
  // and at most kMemoryBudget bytes of kept records (1 KiB a row on average at the row limit).
  // Growth is checked before it happens (a doubling vector counts old + new), so the session
  // never asks the 2 GiB wasm heap for more than the budget: a roster beyond either limit fails
  // with error() and limit() set, instead of aborting out of memory.
  static constexpr int64_t kMaxRows = 1048576;
  static constexpr size_t kMemoryBudget = size_t{1} << 30;
  enum class Limit : uint8_t { None, Rows, Memory };
  // Lower limits (tests); values above the defaults are ignored.
  void set_limits(int64_t max_rows, size_t memory_budget);
  Limit limit() const { return limit_; }
  // Bytes currently reserved by the kept records (capacities).
  size_t kept_bytes() const;
  // Feeds bytes of the CSV; false on a fatal problem (see error()).
  bool feed(const char* data, size_t n);
  bool finish();
  // Optional: room for about `rows` rows (from the file size), so memory grows once.
  void reserve(size_t rows);
  int64_t rows() const { return sum_.rows; }
  // A page of rows matching `filter_json`:
  //   {"kind":"all|errors|warnings|incomplete|ok","program":"JKK","status":"mandatory",
  //    "role":"kepala_desa","q":"siti"}
  // -> {"matches":N,"offset":K,"rows":[{"row","nik","nama","role","segment","status":[5]|null,
  //     "amounts":[[e,w,g]|null x5]|null,"totals":[e,w,g,total]|null,"payers":[3]|null,
  //     "complete","warnings":[{"code","field","column","message"}],"errors":[...]}]}
  // Messages in Indonesian or English.
  std::string query(const std::string& filter_json, int64_t offset, int64_t limit, bool indonesian) const;
  // {"row":R,"headers":[...],"cells":[...]} for a row with an error (for the edit form), or {"error"}.
  std::string row_cells_json(int64_t record) const;

 private:
  struct Rec {
    int64_t record;
    uint64_t nik;  // 0: no valid NIK
    Money amt[kPrograms][3];
    Money totals[4];  // employer, worker, government, total
    uint32_t nama_off, nama_len;
    uint32_t extra;             // 1-based index into extras_, 0 = none
    uint8_t status[kPrograms];  // Status, or 255 when not evaluated
    uint8_t amounts;            // bit p: program p has amounts in the totals
    uint8_t role, segment;
    uint8_t payers[3];
    uint8_t flags;  // kError, kWarn, kComplete, kEvaluated
  };
  struct Span {
    uint32_t off, len;  // into pool_
  };
  struct IssueRec {
    Issue issue;
    Span cell;
    bool has_cell;
  };
  struct Extra {                        // rows with issues, an invalid NIK or not evaluated
    uint32_t issues_begin, issues_end;  // into issues_
    Span nik_raw, role_raw, segment_raw;
    uint32_t cells_begin, cells_end;  // into cells_ (every cell, for rows with an error)
  };
  enum : uint8_t { kError = 1, kWarn = 2, kComplete = 4, kEvaluated = 8 };
  bool drain();
  // Whether keeping row `c` stays within the limits (sets error_ and limit_ when not).
  bool room(const CsvRow& c);
  bool refuse(Limit l);
  void keep(const CsvRow& c);
  void row_json(std::string& out, const Rec& r, bool indonesian) const;
  std::vector<Rec> recs_;
  std::vector<Extra> extras_;
  std::vector<IssueRec> issues_;
  std::vector<Span> cells_;
  std::string names_, pool_;
  int64_t max_rows_ = kMaxRows;
  size_t budget_ = kMemoryBudget;
  Limit limit_ = Limit::None;
  Span keep_text(const std::string& s);
  std::string text(Span s) const { return pool_.substr(s.off, s.len); }
};

}  // namespace jamsos
