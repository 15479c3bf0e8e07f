// Streaming CSV reader: every input is also fed one byte at a time, so chunk boundaries that
// fall inside a quote, a "" pair, a CRLF or the BOM are all exercised.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "jamsos/csv.hpp"

using namespace jamsos;
using Rows = std::vector<std::vector<std::string>>;

static Rows parse_chunked(const std::string& text, size_t chunk, std::vector<int64_t>* records = nullptr) {
  CsvReader r;
  Rows out;
  CsvRow row;
  for (size_t i = 0; i < text.size(); i += chunk) {
    r.feed(text.data() + i, std::min(chunk, text.size() - i));
    while (r.next(row)) {
      out.emplace_back(row.cells.begin(), row.cells.begin() + static_cast<long>(row.size));
      if (records) records->push_back(row.record);
    }
  }
  r.finish();
  while (r.next(row)) {
    out.emplace_back(row.cells.begin(), row.cells.begin() + static_cast<long>(row.size));
    if (records) records->push_back(row.record);
  }
  return out;
}

static void check_all_chunkings(const std::string& text, const Rows& expect) {
  for (size_t chunk : {size_t(1), size_t(2), size_t(3), size_t(7), text.size() + 1}) {
    CAPTURE(chunk);
    CHECK(parse_chunked(text, chunk) == expect);
  }
}

TEST_CASE("csv: plain comma file with and without a final newline") {
  check_all_chunkings("a,b\n1,2\n", {{"a", "b"}, {"1", "2"}});
  check_all_chunkings("a,b\n1,2", {{"a", "b"}, {"1", "2"}});
}

TEST_CASE("csv: UTF-8 BOM is skipped, CRLF ends records") {
  check_all_chunkings("\xEF\xBB\xBFNIK,Nama\r\n1,Budi\r\n", {{"NIK", "Nama"}, {"1", "Budi"}});
}

TEST_CASE("csv: ';' detected from the header, commas then stay inside cells") {
  check_all_chunkings("NIK;Upah\n1;5.000.000,00\n", {{"NIK", "Upah"}, {"1", "5.000.000,00"}});
  CsvReader r;
  r.feed(std::string("a;b;c,d\n"));
  CsvRow row;
  REQUIRE(r.next(row));
  CHECK(r.delimiter() == ';');
}

TEST_CASE("csv: quoted fields keep delimiters, doubled quotes and newlines") {
  check_all_chunkings("n,x\n\"Siti, A\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\n",
                      {{"n", "x"}, {"Siti, A", "say \"hi\""}, {"two\nlines", "3"}});
}

TEST_CASE("csv: empty rows are skipped but still counted as spreadsheet rows") {
  std::vector<int64_t> rec;
  Rows rows = parse_chunked("h1,h2\n\n,\n  , \nx,y\n", 1, &rec);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1] == std::vector<std::string>{"x", "y"});
  CHECK(rec == std::vector<int64_t>{1, 5});
}

TEST_CASE("csv: a record number follows quoted newlines as one row") {
  std::vector<int64_t> rec;
  parse_chunked("h\n\"a\nb\"\nc\n", 2, &rec);
  CHECK(rec == std::vector<int64_t>{1, 2, 3});
}

TEST_CASE("csv: an unclosed quote at the end is flagged on that row") {
  CsvReader r;
  r.feed(std::string("h\n\"oops\n"));
  r.finish();
  CsvRow row;
  REQUIRE(r.next(row));
  CHECK_FALSE(row.unterminated_quote);
  REQUIRE(r.next(row));
  CHECK(row.unterminated_quote);
  CHECK(row[0] == "oops\n");
}

TEST_CASE("csv: a runaway quoted field stops the reader instead of growing memory") {
  CsvReader r;
  r.feed(std::string("h\n\""));
  std::string junk(70000, 'x');
  CsvRow row;
  REQUIRE(r.next(row));
  for (int i = 0; i < 20 && !r.overflow(); ++i) {
    r.feed(junk);
    CHECK_FALSE(r.next(row));
  }
  CHECK(r.overflow());
}

TEST_CASE("csv: output cells are quoted and formula-neutralised") {
  std::string o;
  csv_append_cell(o, "=1+2", ',');
  CHECK(o == "'=1+2");
  o.clear();
  csv_append_cell(o, "@SUM(A1)", ',');
  CHECK(o == "'@SUM(A1)");
  o.clear();
  csv_append_cell(o, "+62 812", ',');
  CHECK(o == "'+62 812");
  o.clear();
  csv_append_cell(o, "-8400", ',');  // a plain number stays a number
  CHECK(o == "-8400");
  o.clear();
  csv_append_cell(o, "-1+2", ',');
  CHECK(o == "'-1+2");
  o.clear();
  csv_append_cell(o, "a,\"b\"", ',');
  CHECK(o == "\"a,\"\"b\"\"\"");
  o.clear();
  csv_append_cell(o, "=x;y", ';');
  CHECK(o == "\"'=x;y\"");
}

TEST_CASE("csv: formulas hidden behind blanks, zero-width characters, | and full-width signs") {
  auto cell = [](const std::string& s) {
    std::string o;
    csv_append_cell(o, s, ',');
    return o;
  };
  CHECK(cell("  =1+1") == "'  =1+1");
  CHECK(cell("\t=1+1") == "'\t=1+1");
  CHECK(cell("\r\n=1+1") == "\"'\r\n=1+1\"");                                // quoted for the line break
  CHECK(cell("\xE2\x80\x8B=HYPERLINK(1)") == "'\xE2\x80\x8B=HYPERLINK(1)");  // U+200B
  CHECK(cell("\xEF\xBB\xBF@SUM(A1)") == "'\xEF\xBB\xBF@SUM(A1)");            // U+FEFF
  CHECK(cell(" \xE2\x80\x8B \xEF\xBB\xBF+x") == "' \xE2\x80\x8B \xEF\xBB\xBF+x");
  CHECK(cell("|cmd") == "'|cmd");
  CHECK(cell("\xEF\xBC\x9D"
             "1+1") ==
        "'\xEF\xBC\x9D"
        "1+1");  // ＝
  CHECK(cell("\xEF\xBC\x8B"
             "1") ==
        "'\xEF\xBC\x8B"
        "1");  // ＋
  CHECK(cell("\xEF\xBC\x8D"
             "1") ==
        "'\xEF\xBC\x8D"
        "1");  // －
  CHECK(cell("\xEF\xBC\xA0"
             "x") ==
        "'\xEF\xBC\xA0"
        "x");  // ＠
  // Left alone: text, a sign inside, other full-width characters, signed numbers, blanks only.
  CHECK(cell("Budi = 1") == "Budi = 1");
  CHECK(cell("\xEF\xBC\xA1") == "\xEF\xBC\xA1");  // Ａ
  CHECK(cell("-8400") == "-8400");
  CHECK(cell(" -8400") == " -8400");
  CHECK(cell("  ") == "  ");
  CHECK(cell("\tabc") == "\tabc");  // a TAB before text is no formula (the rule: what follows the blanks)
  CHECK(cell("-") == "'-");
}

TEST_CASE("csv: spans give every cell's text, also without copies (the roster's mode)") {
  const std::string text = "a,b,c\n1,\"x,\"\"y\"\"\",long unquoted cell text\n\"q\",,z\n";
  const Rows expect = {{"a", "b", "c"}, {"1", "x,\"y\"", "long unquoted cell text"}, {"q", "", "z"}};
  for (bool copy : {true, false}) {
    for (size_t chunk : {size_t(1), size_t(5), text.size()}) {
      CAPTURE(copy);
      CAPTURE(chunk);
      CsvReader r;
      r.set_copy_cells(copy);
      CsvRow row;
      Rows got;
      auto take = [&] {
        std::vector<std::string> cells;
        for (size_t i = 0; i < row.size; ++i) {
          cells.push_back(row.spans[i].str());
          if (copy) CHECK(row.cells[i] == cells.back());
        }
        got.push_back(cells);
      };
      for (size_t i = 0; i < text.size(); i += chunk) {
        r.feed(text.data() + i, std::min(chunk, text.size() - i));
        while (r.next(row)) take();
      }
      r.finish();
      while (r.next(row)) take();
      CHECK(got == expect);
    }
  }
}

TEST_CASE("csv: csv_put_cell writes what csv_append_cell appends") {
  for (const char* s : {"", "plain", "a,b", "say \"hi\"", "=1+2", "-8400", "-1+2", "+62 812", "two\nlines", "\tx"}) {
    std::string a;
    csv_append_cell(a, s, ',');
    std::string n(s);
    std::vector<char> buf(2 * n.size() + 3);
    char* end = csv_put_cell(buf.data(), n.data(), n.size(), ',');
    CHECK(std::string(buf.data(), end) == a);
  }
}

// UTF-8 text -> UTF-16 with a byte-order mark (as Excel's "Unicode text" export writes it).
static std::string to_utf16(const std::string& s, bool le) {
  std::string out = le ? "\xFF\xFE" : "\xFE\xFF";
  auto put = [&](uint32_t u) {
    char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += le ? std::string{lo, hi} : std::string{hi, lo};
  };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    i += static_cast<size_t>(len);
    if (cp >= 0x10000) {
      put(0xD800 + ((cp - 0x10000) >> 10));
      put(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      put(cp);
    }
  }
  return out;
}

TEST_CASE("csv: UTF-16 LE and BE with a byte-order mark are read as UTF-8, TAB detected") {
  // "é" is 2 bytes of UTF-8, "—" 3, the emoji 4 (a surrogate pair in UTF-16): every chunking
  // splits units and pairs somewhere.
  std::string text = "NIK\tNama\r\n3515140508680001\tJos\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80\r\n2\t\"a\tb\"\r\n";
  Rows expect = {{"NIK", "Nama"}, {"3515140508680001", "Jos\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80"}, {"2", "a\tb"}};
  CHECK(csv_parse_all(text) == expect);
  check_all_chunkings(to_utf16(text, true), expect);
  check_all_chunkings(to_utf16(text, false), expect);
  CsvReader r;
  r.feed(to_utf16(text, true));
  CsvRow row;
  REQUIRE(r.next(row));
  CHECK(r.delimiter() == '\t');
  // An unpaired surrogate and a final odd byte become U+FFFD.
  check_all_chunkings(std::string("\xFF\xFE"
                                  "a\x00\x00\xD8\n\x00"
                                  "b",
                                  9),
                      Rows{{"a\xEF\xBF\xBD"}, {"\xEF\xBF\xBD"}});
  // Without a byte-order mark the bytes are taken as they are (one 0xFF byte stays one byte).
  check_all_chunkings(
      "\xFF"
      "a,b\n",
      Rows{{"\xFF"
            "a",
            "b"}});
}
