// Streaming CSV reader and writer helpers for rosters (docs/ROSTER.md). Plain C++17, no I/O:
// the caller feeds bytes in chunks of any size and pulls complete rows; memory stays bounded by
// the longest record, whatever the file size. Used by the CLI and the WebAssembly binding alike.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jamsos {

// A cell's text without a copy: into the reader's buffer for an unquoted cell, into the row's
// `cells` string for a quoted one (which needs unescaping). Valid until the next feed()/next().
struct CsvSpan {
  const char* data = nullptr;
  size_t size = 0;
  std::string str() const { return std::string(data, size); }
};

struct CsvRow {
  std::vector<std::string> cells;  // only the first `size` are this row's (storage is reused);
                                   // see CsvReader::set_copy_cells
  std::vector<CsvSpan> spans;      // the first `size`: every cell's text, always filled
  size_t size = 0;
  int64_t record = 0;               // 1-based record number = the spreadsheet row (the header is record 1)
  int64_t line = 0;                 // 1-based physical line where the record starts
  bool unterminated_quote = false;  // a quoted field not closed (at the end of the file; or, once
                                    // CsvReader::set_width is given, a runaway quote: see there)
  bool too_long = false;            // a record over CsvReader::kMaxRecord: no cells (set_width only)
  int64_t lines_skipped = 0;        // lines after this bad row that did not parse and were skipped
  const std::string& operator[](size_t i) const { return cells[i]; }
};

class CsvReader {
 public:
  // `delimiter` 0: detect from the first record (the header): the most frequent of , ; TAB
  // outside quotes (ties go to ','). A UTF-8 byte-order mark at the start is skipped; a UTF-16
  // byte-order mark (LE or BE: Excel's "Unicode text") makes the reader convert to UTF-8 as it
  // goes (csv_encoding.cpp; a unit or surrogate pair split across chunks is fine).
  explicit CsvReader(char delimiter = 0) : delim_(delimiter) {}
  // Appends bytes. The caller then calls next() until it returns false.
  void feed(const char* data, size_t n);
  void feed(const std::string& s) { feed(s.data(), s.size()); }
  // Marks the end of input: the last record may lack a final newline.
  void finish();
  // The header's field count, given once the header is read: from then on a bad record never
  // stops the reader. A record is bad when a quote runs away in it (not closed before the end of
  // the file, or a quoted field spanning lines that is followed by other text or gives a record
  // of another field count than `width`) or when it is over kMaxRecord bytes. A bad record comes
  // back as an error row of its first line only (unterminated_quote; too_long with no cells when
  // that line itself is over kMaxRecord), then reading resumes at the next line that parses as a
  // record of `width` fields; the lines before it are skipped and counted (lines_skipped). Every
  // decision depends on the bytes only, never on how they were chunked.
  void set_width(size_t width) { width_ = width; }
  int64_t lines_skipped() const { return skipped_total_; }
  // The next complete record, skipping empty ones (only blanks and delimiters). False when more
  // input is needed (or, after finish(), at the end).
  bool next(CsvRow& row);
  // Whether unquoted cells are also copied into CsvRow::cells (the default). The roster turns it
  // off and reads CsvRow::spans: copying every cell into a std::string was a tenth of its time.
  // When off, `cells[i]` holds this row's text only for quoted cells.
  void set_copy_cells(bool copy) { copy_ = copy; }
  char delimiter() const { return delim_ ? delim_ : ','; }
  bool delimiter_known() const { return delim_ != 0; }
  // Records skipped because they were empty.
  int64_t empty_records() const { return empty_; }
  // The longest record (bytes, line break excluded). Before set_width (the header) a longer
  // record stops the reader (overflow()); after it, it is a bad record (see set_width).
  static constexpr size_t kMaxRecord = 1 << 20;
  bool overflow() const { return overflow_; }
  int64_t overflow_record() const { return record_ + 1; }

 private:
  enum class Parse { Row, NeedMore, Bad };
  Parse parse_one(CsvRow& row);
  void commit(CsvRow& row);
  void compact();
  // csv_resync.cpp: bad records and resynchronisation.
  void take_bad();                          // the bad record at pos_ -> pending_
  bool skip_line();                         // skips one physical line from pos_; false: needs more input
  void deliver(CsvRow& row);                // pending_ -> row
  void decode(const char* data, size_t n);  // csv_encoding.cpp: UTF-16 -> UTF-8 into buf_
  std::string buf_;
  size_t pos_ = 0;
  char delim_;
  bool bom_checked_ = false, finished_ = false, overflow_ = false, copy_ = true;
  int64_t record_ = 0, line_ = 1, empty_ = 0;
  // The record parse_one() found, committed by commit().
  size_t end_ = 0;
  int64_t end_lines_ = 0;
  // Bad records (set_width).
  size_t width_ = 0;
  bool pending_ = false, skipping_ = false, drop_lf_ = false;
  CsvRow bad_;
  int64_t skipped_total_ = 0;
  // Encoding: 0 not known yet, 1 UTF-8 (bytes as they are), 2 UTF-16 LE, 3 UTF-16 BE.
  int enc_ = 0;
  std::string carry_;  // bytes of an incomplete unit or surrogate pair (or the first byte)
};

// Splits a whole text into rows (convenience for tests and small inputs).
std::vector<std::vector<std::string>> csv_parse_all(const std::string& text, char delimiter = 0);

// Appends one CSV cell: quoted when it holds the delimiter, a quote, CR or LF. A cell whose first
// character, after leading spaces, TABs, CRs, LFs, U+200B and U+FEFF, is one of = + - @ | or
// full-width ＝ ＋ － ＠ gets a leading apostrophe so spreadsheets do not run it as a formula (a
// plain signed integer such as "-8400" is left alone).
void csv_append_cell(std::string& out, const char* s, size_t n, char delimiter, bool neutralise = true);
inline void csv_append_cell(std::string& out, const std::string& s, char delimiter, bool neutralise = true) {
  csv_append_cell(out, s.data(), s.size(), delimiter, neutralise);
}
// csv_append_cell into a caller's buffer with room for 2 * n + 3 bytes; returns the end of what
// it wrote. For writers that reserve a row's space once instead of growing a string per cell.
char* csv_put_cell(char* p, const char* s, size_t n, char delimiter, bool neutralise = true);

}  // namespace jamsos
