// Streaming CSV reader (RFC 4180 plus what spreadsheets export: BOM, ';' separators, CRLF).
#include <cstring>

#include "jamsos/csv.hpp"

namespace jamsos {

void CsvReader::feed(const char* data, size_t n) {
  compact();
  buf_.append(data, n);
}

void CsvReader::compact() {
  if (pos_ == 0) return;
  if (pos_ >= buf_.size()) {
    buf_.clear();
  } else if (pos_ > 65536 && pos_ * 2 > buf_.size()) {
    buf_.erase(0, pos_);
  } else {
    return;
  }
  pos_ = 0;
}

bool CsvReader::next(CsvRow& row) {
  if (overflow_) return false;
  if (!bom_checked_) {
    if (buf_.size() - pos_ < 3 && !finished_) {
      // Wait until three bytes are there (or the end) to tell a BOM from data.
      const char* b = buf_.data() + pos_;
      size_t k = buf_.size() - pos_;
      static const char bom[3] = {'\xEF', '\xBB', '\xBF'};
      if (std::memcmp(b, bom, k) == 0) return false;
    }
    if (buf_.size() - pos_ >= 3 && std::memcmp(buf_.data() + pos_, "\xEF\xBB\xBF", 3) == 0) pos_ += 3;
    bom_checked_ = true;
  }
  if (!delim_) {
    // Detect from the first record: count candidates outside quotes up to its end.
    int counts[3] = {0, 0, 0};
    bool q = false, done = false;
    for (size_t i = pos_; i < buf_.size(); ++i) {
      char c = buf_[i];
      if (c == '"') q = !q;
      else if (!q && (c == '\n' || c == '\r')) { done = true; break; }
      else if (!q && c == ',') ++counts[0];
      else if (!q && c == ';') ++counts[1];
      else if (!q && c == '\t') ++counts[2];
    }
    if (!done && !finished_) {
      if (buf_.size() - pos_ > kMaxRecord) overflow_ = true;
      return false;
    }
    delim_ = ',';
    if (counts[1] > counts[0] && counts[1] >= counts[2]) delim_ = ';';
    else if (counts[2] > counts[0] && counts[2] > counts[1]) delim_ = '\t';
  }
  for (;;) {
    if (parse_one(row) == Parse::NeedMore) return false;
    // Skip records that hold only blanks (a spreadsheet's empty rows: ",,,,").
    bool empty = true;
    for (size_t i = 0; i < row.size && empty; ++i)
      for (char c : row.cells[i])
        if (c != ' ' && c != '\t') { empty = false; break; }
    if (!empty || row.unterminated_quote) return true;
    ++empty_;
  }
}

CsvReader::Parse CsvReader::parse_one(CsvRow& row) {
  const char* b = buf_.data();
  const size_t n = buf_.size();
  size_t i = pos_;
  if (i >= n) return Parse::NeedMore;
  size_t nf = 0;
  int64_t lines = 0;
  bool unterminated = false;
  auto cell = [&](size_t k) -> std::string& {
    if (row.cells.size() <= k) row.cells.resize(k + 1);
    return row.cells[k];
  };
  for (;;) {
    // One field starting at i.
    std::string& f = cell(nf++);
    f.clear();
    if (i < n && b[i] == '"') {
      ++i;
      for (;;) {
        const char* q = static_cast<const char*>(std::memchr(b + i, '"', n - i));
        if (!q) {
          if (!finished_) goto need_more;
          for (size_t k = i; k < n; ++k) lines += b[k] == '\n';
          f.append(b + i, n - i);
          i = n;
          unterminated = true;
          break;
        }
        size_t qi = static_cast<size_t>(q - b);
        for (size_t k = i; k < qi; ++k) lines += b[k] == '\n';
        f.append(b + i, qi - i);
        i = qi + 1;
        if (i < n && b[i] == '"') {  // "" is one quote
          f.push_back('"');
          ++i;
          continue;
        }
        if (i >= n && !finished_) goto need_more;  // could be the first half of ""
        break;
      }
      // Text after the closing quote up to the delimiter is kept as is (lenient).
      while (i < n && b[i] != delim_ && b[i] != '\n' && b[i] != '\r') f.push_back(b[i++]);
    } else {
      size_t s = i;
      while (i < n && b[i] != delim_ && b[i] != '\n' && b[i] != '\r') ++i;
      f.assign(b + s, i - s);
    }
    if (i >= n) {
      if (!finished_) goto need_more;
      break;  // last record without a newline
    }
    if (b[i] == delim_) {
      ++i;
      continue;
    }
    // End of record: \n, \r\n or \r.
    if (b[i] == '\r') {
      if (i + 1 >= n && !finished_) goto need_more;
      ++i;
      if (i < n && b[i] == '\n') ++i;
    } else {
      ++i;
    }
    ++lines;
    break;
  }
  row.size = nf;
  row.record = ++record_;
  row.line = line_;
  row.unterminated_quote = unterminated;
  line_ += lines;
  pos_ = i;
  return Parse::Row;
need_more:
  if (n - pos_ > kMaxRecord) overflow_ = true;
  return Parse::NeedMore;
}

std::vector<std::vector<std::string>> csv_parse_all(const std::string& text, char delimiter) {
  CsvReader r(delimiter);
  r.feed(text);
  r.finish();
  std::vector<std::vector<std::string>> out;
  CsvRow row;
  while (r.next(row)) out.emplace_back(row.cells.begin(), row.cells.begin() + static_cast<long>(row.size));
  return out;
}

void csv_append_cell(std::string& out, const char* s, size_t n, char delimiter, bool neutralise) {
  bool quote = false;
  for (size_t i = 0; i < n && !quote; ++i) {
    char c = s[i];
    quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
  }
  bool formula = neutralise && n > 0 && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
  if (formula && (s[0] == '-' || s[0] == '+') && n > 1) {
    // A plain signed number ("-8400") is data, not a formula.
    bool number = true;
    for (size_t i = 1; i < n && number; ++i) number = s[i] >= '0' && s[i] <= '9';
    formula = !number;
  }
  if (!quote && !formula) {
    out.append(s, n);
    return;
  }
  if (quote) out.push_back('"');
  if (formula) out.push_back('\'');
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == '"') out.push_back('"');
    out.push_back(s[i]);
  }
  if (quote) out.push_back('"');
}

}  // namespace jamsos
