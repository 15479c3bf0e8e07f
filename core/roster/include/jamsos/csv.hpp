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
  bool unterminated_quote = false;  // the file ended inside a quoted field
  const std::string& operator[](size_t i) const { return cells[i]; }
};

class CsvReader {
 public:
  // `delimiter` 0: detect from the first record (the header): the most frequent of , ; TAB
  // outside quotes (ties go to ','). A UTF-8 byte-order mark at the start is skipped.
  explicit CsvReader(char delimiter = 0) : delim_(delimiter) {}
  // Appends bytes. The caller then calls next() until it returns false.
  void feed(const char* data, size_t n);
  void feed(const std::string& s) { feed(s.data(), s.size()); }
  // Marks the end of input: the last record may lack a final newline.
  void finish() { finished_ = true; }
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
  // A record longer than this (bytes) stops the reader: almost always an unclosed quote.
  static constexpr size_t kMaxRecord = 1 << 20;
  bool overflow() const { return overflow_; }
  int64_t overflow_record() const { return record_ + 1; }

 private:
  enum class Parse { Row, NeedMore };
  Parse parse_one(CsvRow& row);
  void compact();
  std::string buf_;
  size_t pos_ = 0;
  char delim_;
  bool bom_checked_ = false, finished_ = false, overflow_ = false, copy_ = true;
  int64_t record_ = 0, line_ = 1, empty_ = 0;
};

// Splits a whole text into rows (convenience for tests and small inputs).
std::vector<std::vector<std::string>> csv_parse_all(const std::string& text, char delimiter = 0);

// Appends one CSV cell: quoted when it holds the delimiter, a quote, CR or LF; a cell starting
// with = + - @ TAB or CR gets a leading apostrophe so spreadsheets do not run it as a formula
// (a plain signed integer such as "-8400" is left alone).
void csv_append_cell(std::string& out, const char* s, size_t n, char delimiter, bool neutralise = true);
inline void csv_append_cell(std::string& out, const std::string& s, char delimiter, bool neutralise = true) {
  csv_append_cell(out, s.data(), s.size(), delimiter, neutralise);
}
// csv_append_cell into a caller's buffer with room for 2 * n + 3 bytes; returns the end of what
// it wrote. For writers that reserve a row's space once instead of growing a string per cell.
char* csv_put_cell(char* p, const char* s, size_t n, char delimiter, bool neutralise = true);

}  // namespace jamsos
