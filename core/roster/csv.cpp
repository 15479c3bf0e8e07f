// Streaming CSV reader (RFC 4180 plus what spreadsheets export: BOM, ';' separators, CRLF).
// Bad records after the header: csv_resync.cpp; UTF-16 input: csv_encoding.cpp.
#include <cstdint>
#include <cstring>

#include "jamsos/csv.hpp"

namespace jamsos {

void CsvReader::feed(const char* data, size_t n) {
  compact();
  if (enc_ == 1)
    buf_.append(data, n);
  else
    decode(data, n);
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
      if (c == '"')
        q = !q;
      else if (!q && (c == '\n' || c == '\r')) {
        done = true;
        break;
      } else if (!q && c == ',')
        ++counts[0];
      else if (!q && c == ';')
        ++counts[1];
      else if (!q && c == '\t')
        ++counts[2];
    }
    if (!done && !finished_) {
      if (buf_.size() - pos_ > kMaxRecord + 1) overflow_ = true;
      return false;
    }
    delim_ = ',';
    if (counts[1] > counts[0] && counts[1] >= counts[2])
      delim_ = ';';
    else if (counts[2] > counts[0] && counts[2] > counts[1])
      delim_ = '\t';
  }
  for (;;) {
    if (drop_lf_) {  // the LF of a CRLF after a bad row's line, possibly in the next chunk
      if (pos_ >= buf_.size() && !finished_) return false;
      if (pos_ < buf_.size() && buf_[pos_] == '\n') ++pos_;
      drop_lf_ = false;
    }
    if (skipping_ && !skip_line()) return false;
    Parse p = parse_one(row);
    if (p == Parse::NeedMore) {
      if (pending_ && finished_ && pos_ >= buf_.size()) {  // the file ended while resynchronising
        deliver(row);
        return true;
      }
      return false;
    }
    if (p == Parse::Bad) {
      if (!pending_) {
        take_bad();
      } else {
        ++bad_.lines_skipped;
        skip_line();
      }
      continue;
    }
    // Skip records that hold only blanks (a spreadsheet's empty rows: ",,,,").
    bool empty = true;
    for (size_t i = 0; i < row.size && empty; ++i) {
      const CsvSpan& c = row.spans[i];
      for (size_t j = 0; j < c.size; ++j)
        if (c.data[j] != ' ' && c.data[j] != '\t') {
          empty = false;
          break;
        }
    }
    if (pending_ && !empty) {
      if (row.size != width_) {  // not a record of this file: skipped with the bad row
        ++bad_.lines_skipped;
        skip_line();
        continue;
      }
      // Resynchronised: the bad row first; this record is parsed again by the next call.
      deliver(row);
      return true;
    }
    commit(row);
    if (!empty || row.unterminated_quote) return true;
    ++empty_;
  }
}

namespace {

// The first i at or after `i` where b[i] is one of c1..c4 (or n). Eight bytes at a time where the
// target has 64-bit little-endian words (x86-64, arm64, wasm): the field scan and the output's
// "does this cell need quotes" check are most of the CSV work. For each byte c, "is c in the
// word w" is the classic (y - 0x01..) & ~y & 0x80.. with y = w ^ (c repeated), exact for the
// lowest match, which is the one used.
inline size_t find_any(const char* b, size_t i, size_t n, char c1, char c2, char c3, char c4) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && (defined(__GNUC__) || defined(__clang__))
  const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const uint64_t p1 = ones * static_cast<unsigned char>(c1), p2 = ones * static_cast<unsigned char>(c2),
                 p3 = ones * static_cast<unsigned char>(c3), p4 = ones * static_cast<unsigned char>(c4);
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, b + i, 8);
    uint64_t y1 = w ^ p1, y2 = w ^ p2, y3 = w ^ p3, y4 = w ^ p4;
    uint64_t m = ((y1 - ones) & ~y1) | ((y2 - ones) & ~y2) | ((y3 - ones) & ~y3) | ((y4 - ones) & ~y4);
    m &= highs;
    if (m) return i + (static_cast<size_t>(__builtin_ctzll(m)) >> 3);
  }
#endif
  while (i < n && b[i] != c1 && b[i] != c2 && b[i] != c3 && b[i] != c4) ++i;
  return i;
}

// The end of an unquoted field: the first delimiter, CR or LF.
inline size_t field_end(const char* b, size_t i, size_t n, char delim) {
  return find_any(b, i, n, delim, '\n', '\r', '\r');
}

}  // namespace

CsvReader::Parse CsvReader::parse_one(CsvRow& row) {
  const char* b = buf_.data();
  const size_t n = buf_.size();
  size_t i = pos_;
  if (i >= n) return Parse::NeedMore;
  size_t nf = 0;
  int64_t lines = 0;
  bool unterminated = false, spanned = false, trailing = false;
  const char delim = delim_;
  for (;;) {
    // One field starting at i. Its span is set here for an unquoted field (a view into buf_, no
    // copy) and left null for a quoted one, whose unescaped text goes to cells[k] and whose span
    // is pointed there once the record is complete (cells may still move until then).
    size_t k = nf++;
    if (row.spans.size() <= k) row.spans.resize(k + 1);
    CsvSpan& sp = row.spans[k];
    if (i < n && b[i] == '"') {
      if (row.cells.size() <= k) row.cells.resize(k + 1);
      std::string& f = row.cells[k];
      f.clear();
      sp.data = nullptr;
      ++i;
      for (;;) {
        const char* q = static_cast<const char*>(std::memchr(b + i, '"', n - i));
        if (!q) {
          if (!finished_) goto need_more;
          for (size_t j = i; j < n; ++j) lines += b[j] == '\n';
          f.append(b + i, n - i);
          i = n;
          unterminated = true;
          break;
        }
        size_t qi = static_cast<size_t>(q - b);
        for (size_t j = i; j < qi; ++j) lines += b[j] == '\n';
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
      if (width_ && !spanned) spanned = f.find_first_of("\r\n") != std::string::npos;
      // Text after the closing quote up to the delimiter is kept as is (lenient).
      size_t t0 = i;
      while (i < n && b[i] != delim && b[i] != '\n' && b[i] != '\r') f.push_back(b[i++]);
      trailing = trailing || i != t0;
    } else {
      size_t s = i;
      i = field_end(b, i, n, delim);
      sp.data = b + s;
      sp.size = i - s;
    }
    if (i >= n) {
      if (!finished_) goto need_more;
      if (i - pos_ > kMaxRecord) goto too_long;
      break;  // last record without a newline
    }
    if (b[i] == delim) {
      ++i;
      continue;
    }
    // End of record: \n, \r\n or \r.
    if (i - pos_ > kMaxRecord) goto too_long;  // over the limit (line break excluded)
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
  if (width_ && (unterminated || (spanned && (trailing || nf != width_)))) return Parse::Bad;
  if (copy_ && row.cells.size() < nf) row.cells.resize(nf);
  for (size_t k = 0; k < nf; ++k) {
    CsvSpan& sp = row.spans[k];
    if (!sp.data)
      sp = CsvSpan{row.cells[k].data(), row.cells[k].size()};
    else if (copy_)
      row.cells[k].assign(sp.data, sp.size);
  }
  row.size = nf;
  row.unterminated_quote = unterminated;
  row.too_long = false;
  row.lines_skipped = 0;
  end_ = i;
  end_lines_ = lines;
  return Parse::Row;
need_more:
  if (n - pos_ <= kMaxRecord + 1) return Parse::NeedMore;
  // Otherwise the record is over kMaxRecord bytes, whatever follows.
too_long:
  if (width_) return Parse::Bad;
  overflow_ = true;  // before the header's width is known: the reader stops
  return Parse::NeedMore;
}

void CsvReader::commit(CsvRow& row) {
  row.record = ++record_;
  row.line = line_;
  line_ += end_lines_;
  pos_ = end_;
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

namespace {

// Whether a spreadsheet could take the cell for a formula: its first character, after leading
// spaces, TAB, CR, LF, U+200B (zero-width space) and U+FEFF, is one of = + - @ | or full-width
// ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20). A plain signed integer ("-8400") is data.
bool looks_like_formula(const char* s, size_t n) {
  if (n == 0) return false;
  const unsigned char c0 = static_cast<unsigned char>(s[0]);
  // Most cells start with a letter or digit: decided on the first byte.
  if ((c0 >= '0' && c0 <= '9') || (c0 >= 'A' && c0 <= 'Z') || (c0 >= 'a' && c0 <= 'z')) return false;
  size_t i = 0;
  for (;;) {
    if (i >= n) return false;
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (i + 2 < n && ((c == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == '\x8B') ||
                             (c == '\xEF' && s[i + 1] == '\xBB' && s[i + 2] == '\xBF'))) {
      i += 3;
    } else {
      break;
    }
  }
  char c = s[i];
  if (c == '+' || c == '-') {
    if (i + 1 >= n) return true;
    for (size_t k = i + 1; k < n; ++k)
      if (s[k] < '0' || s[k] > '9') return true;
    return false;  // a plain signed number
  }
  if (c == '=' || c == '@' || c == '|') return true;
  // Full-width forms: EF BC 9D (＝), EF BC 8B (＋), EF BC 8D (－), EF BC A0 (＠).
  return c == '\xEF' && i + 2 < n && s[i + 1] == '\xBC' &&
         (s[i + 2] == '\x9D' || s[i + 2] == '\x8B' || s[i + 2] == '\x8D' || s[i + 2] == '\xA0');
}

}  // namespace

char* csv_put_cell(char* p, const char* s, size_t n, char delimiter, bool neutralise) {
  bool quote = find_any(s, 0, n, delimiter, '"', '\n', '\r') < n;
  bool formula = neutralise && looks_like_formula(s, n);
  if (!quote && !formula) {
    if (n) std::memcpy(p, s, n);
    return p + n;
  }
  if (quote) *p++ = '"';
  if (formula) *p++ = '\'';
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == '"') *p++ = '"';
    *p++ = s[i];
  }
  if (quote) *p++ = '"';
  return p;
}

void csv_append_cell(std::string& out, const char* s, size_t n, char delimiter, bool neutralise) {
  size_t start = out.size();
  out.resize(start + 2 * n + 3);
  char* end = csv_put_cell(&out[0] + start, s, n, delimiter, neutralise);
  out.resize(static_cast<size_t>(end - out.data()));
}

}  // namespace jamsos
