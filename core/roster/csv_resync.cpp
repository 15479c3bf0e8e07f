// CsvReader after the header (set_width): a bad record (a runaway quote, or over kMaxRecord)
// becomes an error row of its first line, then the reader skips lines until one parses as a
// record of the header's width (docs/ROSTER.md, "Input").
#include <cstring>

#include "jamsos/csv.hpp"

namespace jamsos {

namespace {

// The first CR or LF in b[i, n), or n.
size_t line_end(const char* b, size_t i, size_t n) {
  while (i < n && b[i] != '\n' && b[i] != '\r') ++i;
  return i;
}

// Splits one physical line into cells: a quoted field not closed on the line takes the rest of it.
void split_line(const char* b, size_t n, char delim, CsvRow& row) {
  size_t nf = 0, i = 0;
  for (;;) {
    if (row.cells.size() <= nf) row.cells.resize(nf + 1);
    std::string& f = row.cells[nf++];
    f.clear();
    if (i < n && b[i] == '"') {
      ++i;
      while (i < n) {
        if (b[i] == '"') {
          if (i + 1 < n && b[i + 1] == '"') {
            f.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        f.push_back(b[i++]);
      }
    }
    while (i < n && b[i] != delim) f.push_back(b[i++]);
    if (i >= n) break;
    ++i;  // the delimiter
  }
  row.size = nf;
}

}  // namespace

void CsvReader::take_bad() {
  const char* b = buf_.data();
  const size_t n = buf_.size();
  // The bad record's first line, looked for within kMaxRecord + 1 bytes (so the answer does not
  // depend on how much is buffered).
  size_t limit = n - pos_ > kMaxRecord + 1 ? pos_ + kMaxRecord + 1 : n;
  size_t e = line_end(b, pos_, limit);
  bool line_ok = e < limit ? e - pos_ <= kMaxRecord : finished_ && n - pos_ <= kMaxRecord;
  CsvRow& r = bad_;
  r.record = ++record_;
  r.line = line_;
  if (line_ok) ++line_;  // a line too long is counted by skip_line() when its end streams past
  r.lines_skipped = 0;
  r.too_long = !line_ok;
  r.unterminated_quote = line_ok;
  r.size = 0;
  pending_ = true;
  if (!line_ok) {  // no cells: the line is skipped as it streams past
    skipping_ = true;
    return;
  }
  split_line(b + pos_, e - pos_, delimiter(), r);
  pos_ = e;
  if (pos_ < n && b[pos_] == '\r') drop_lf_ = true;
  if (pos_ < n) ++pos_;
}

bool CsvReader::skip_line() {
  const char* b = buf_.data();
  const size_t n = buf_.size();
  size_t e = line_end(b, pos_, n);
  if (e >= n) {
    pos_ = n;
    skipping_ = !finished_;
    return !skipping_;
  }
  skipping_ = false;
  ++line_;
  pos_ = e + 1;
  if (b[e] == '\r') drop_lf_ = true;
  return true;
}

void CsvReader::deliver(CsvRow& row) {
  pending_ = false;
  skipped_total_ += bad_.lines_skipped;
  if (row.cells.size() < bad_.size) row.cells.resize(bad_.size);
  if (row.spans.size() < bad_.size) row.spans.resize(bad_.size);
  for (size_t k = 0; k < bad_.size; ++k) {
    row.cells[k] = bad_.cells[k];
    row.spans[k] = CsvSpan{row.cells[k].data(), row.cells[k].size()};
  }
  row.size = bad_.size;
  row.record = bad_.record;
  row.line = bad_.line;
  row.unterminated_quote = bad_.unterminated_quote;
  row.too_long = bad_.too_long;
  row.lines_skipped = bad_.lines_skipped;
}

}  // namespace jamsos
