// Rosters against hostile input (issue 12): a runaway quote or an oversized record becomes one
// error row and reading resumes, UTF-16 input, bounded money, checked totals, formula cells.
// Amounts worked out by hand as in test_roster.cpp (Kepala Desa on 4,500,000: 0.24% + 0.30% =
// 24,300; Perangkat Desa on 2,000,000: 4,800 + 6,000 = 10,800).
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <string>

#include "jamsos/roster.hpp"
#include "jamsos/rules.hpp"

using namespace jamsos;

namespace {

std::string run_chunked(const std::string& csv, size_t chunk, std::string* summary = nullptr,
                        RosterFormat fmt = RosterFormat::Csv) {
  RosterOptions o;
  o.as_of = from_ymd(2026, 5, 1);
  o.format = fmt;
  RosterProcessor p(embedded_rules(), o);
  std::string out;
  for (size_t i = 0; i < csv.size(); i += chunk) REQUIRE(p.feed(csv.data() + i, std::min(chunk, csv.size() - i), out));
  REQUIRE(p.finish(out));
  if (summary) *summary = p.summary_json();
  return out;
}

std::string run(const std::string& csv, std::string* summary = nullptr, RosterFormat fmt = RosterFormat::Csv) {
  return run_chunked(csv, csv.size() + 1, summary, fmt);
}

using Rows = std::vector<std::vector<std::string>>;
std::string col(const Rows& rows, size_t r, const char* name) {
  const auto& h = rows[0];
  for (size_t i = 0; i < h.size(); ++i)
    if (h[i] == name) return r < rows.size() && i < rows[r].size() ? rows[r][i] : "<none>";
  FAIL("no column " << name);
  return "";
}
bool has(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

const char* kBudi = "3515140508680001,Budi,Kepala Desa,4500000\n";
const char* kOk = "3602041211870001,Ok,Perangkat Desa,2000000\n";

}  // namespace

TEST_CASE("roster: a quote never closed takes one row, not the rest of the file") {
  std::string csv =
      std::string("NIK,Nama,Jabatan,Upah\n") + "3515144508680002,\"Siti,Kepala Desa,4500000\n" + kBudi + kOk;
  std::string sum;
  Rows rows = csv_parse_all(run(csv, &sum));
  REQUIRE(rows.size() == 4);
  CHECK(col(rows, 1, "row") == "2");
  CHECK(col(rows, 1, "nik") == "3515144508680002");
  CHECK(has(col(rows, 1, "error"), "Baris 2: tanda kutip (\") tidak ditutup dengan benar"));
  CHECK(has(col(rows, 1, "error"), "lalu 0 baris sesudahnya"));
  CHECK(col(rows, 2, "row") == "3");
  CHECK(col(rows, 2, "total") == "24300");
  CHECK(col(rows, 3, "total") == "10800");
  CHECK(has(sum, "\"rows\": 3,"));
  CHECK(has(sum, "\"errors\": 1,"));
  CHECK(has(sum, "\"total\": 35100"));
  CHECK_FALSE(has(sum, "lines_skipped"));
}

TEST_CASE("roster: lines a runaway quote swallowed are counted in the row and the summary") {
  std::string csv = std::string("NIK,Nama,Jabatan,Upah\n") + "3515144508680002,\"Siti\nAminah\nbinti X\n" + kBudi + kOk;
  std::string sum;
  Rows rows = csv_parse_all(run(csv, &sum));
  REQUIRE(rows.size() == 4);
  CHECK(has(col(rows, 1, "error"), "lalu 2 baris sesudahnya yang tidak terbaca sebagai data dilewati"));
  CHECK(col(rows, 2, "nik") == "3515140508680001");
  CHECK(col(rows, 2, "row") == "3");
  CHECK(col(rows, 3, "total") == "10800");
  CHECK(has(sum, "\"lines_skipped\": 2,"));
  CHECK(has(sum, "\"valid\": 2,"));
  std::string jl = run(csv, nullptr, RosterFormat::Jsonl);
  CHECK(has(jl, "\"code\":\"unterminated_quote\""));
  CHECK(has(jl, "then 2 lines after it that do not read as data were skipped"));
  // The same whatever the chunking.
  std::string whole = run(csv);
  for (size_t chunk : {size_t{1}, size_t{2}, size_t{7}, size_t{64}}) CHECK(run_chunked(csv, chunk) == whole);
}

TEST_CASE("roster: a runaway quote closed by a later row's quote resumes at the next line") {
  std::string csv = std::string("NIK,Nama,Jabatan,Upah\n") + "3515144508680002,\"Siti,Kepala Desa,1\n" + kOk +
                    "3515140508680001,Budi,Kepala Desa,\"4500000\"\n";
  std::string sum;
  Rows rows = csv_parse_all(run(csv, &sum));
  REQUIRE(rows.size() == 4);
  CHECK(has(col(rows, 1, "error"), "tanda kutip"));
  CHECK(col(rows, 2, "total") == "10800");
  CHECK(col(rows, 3, "total") == "24300");
  CHECK(has(sum, "\"total\": 35100"));
  // A legitimate quoted line break with the header's field count is still one cell.
  Rows ok = csv_parse_all(run("NIK,Nama,Jabatan,Upah\n3515140508680001,\"Budi\nS\",Kepala Desa,4500000\n"));
  REQUIRE(ok.size() == 2);
  CHECK(col(ok, 1, "nama") == "Budi\nS");
  CHECK(col(ok, 1, "total") == "24300");
}

TEST_CASE("roster: a record over 1 MiB is an error row, the same whatever the chunk size") {
  const size_t max = CsvReader::kMaxRecord;
  // A line of exactly the limit is read; one byte more is an error row. "3515...,", ",Kepala
  // Desa,4500000" and the name fill the line.
  std::string pre = "3515144508680002,", post = ",Kepala Desa,4500000";
  std::string at_limit = pre + std::string(max - pre.size() - post.size(), 'x') + post + "\n";
  std::string over = pre + std::string(max + 1 - pre.size() - post.size(), 'x') + post + "\n";
  std::string head = "NIK,Nama,Jabatan,Upah\n";
  // (Its output row is itself over 1 MiB, too long for csv_parse_all: read it as text.)
  std::string a = run(head + at_limit + kBudi);
  CHECK(has(a, "\r\n2,3515144508680002,xxx"));
  size_t n24300 = 0;
  for (size_t p = a.find(",24300,true,"); p != std::string::npos; p = a.find(",24300,true,", p + 1)) ++n24300;
  CHECK(n24300 == 2);  // both rows evaluated, no error
  CHECK_FALSE(has(a, "1 MiB"));
  // 1.6 MB in one line, and 1.6 MB of quoted lines: error rows, and the run goes on.
  std::string quoted = "3515144508680002,\"";
  for (int i = 0; i < 1600; ++i) quoted += std::string(1000, 'y') + "\n";
  quoted += "\",Kepala Desa,4500000\n";
  for (const std::string& bad : {over, pre + std::string(1600000, 'z') + post + "\n", quoted}) {
    std::string csv = head + bad + kBudi + kOk;
    std::string sum, whole = run(csv, &sum);
    Rows rows = csv_parse_all(whole);
    REQUIRE(rows.size() == 4);
    CHECK(col(rows, 1, "row") == "2");
    CHECK(col(rows, 1, "total") == "");
    CHECK(col(rows, 2, "total") == "24300");
    CHECK(col(rows, 3, "total") == "10800");
    CHECK(has(sum, "\"errors\": 1,"));
    for (size_t chunk : {size_t{4096}, size_t{65536}, size_t{256 * 1024}, size_t{1 << 20}})
      CHECK(run_chunked(csv, chunk) == whole);
  }
  CHECK(has(run(head + over + kBudi), "lebih dari 1 MiB"));
  std::string q = run(head + quoted + kBudi);
  CHECK(has(q, "tanda kutip"));
  CHECK(has(q, "lalu 1600 baris"));  // 1,599 lines of y, then the closing line (its quote never closes)
}

TEST_CASE("roster: a wage or income above Rp10,000,000,000 a month is a row error naming the column") {
  std::string csv =
      "NIK,Nama,Jabatan,Upah\n"
      "3515140508680001,Budi,Kepala Desa,10.000.000.000\n"  // at the limit: 0.24% + 0.30% = 54,000,000
      "3602041211870001,Ok,Kepala Desa,10000000001\n"
      "3515144508680002,Siti,Kepala Desa,1000000000000000\n";
  std::string sum;
  Rows rows = csv_parse_all(run(csv, &sum));
  REQUIRE(rows.size() == 4);
  CHECK(col(rows, 1, "total") == "54000000");
  CHECK(col(rows, 2, "error") ==
        "Baris 3, kolom Upah: '10000000001' terlalu besar (paling banyak Rp10.000.000.000 sebulan)");
  CHECK(col(rows, 3, "error") ==
        "Baris 4, kolom Upah: '1000000000000000' terlalu besar (paling banyak Rp10.000.000.000 sebulan)");
  CHECK(has(sum, "\"total\": 54000000"));
  std::string inc = run("NIK,Jabatan,Penghasilan\n3515144508680002,Pekerja Rentan,10000000001\n");
  CHECK(has(inc, "kolom Penghasilan: '10000000001' terlalu besar"));
}

TEST_CASE("roster summary: a total past int64 is flagged, not wrapped") {
  RosterRow r{};       // value-initialised: no issues, no warnings, no programs enrolled
  r.evaluated = true;  // no program enrolled: only the row totals count
  r.totals[0] = INT64_MAX / 2 + 1;
  r.total = r.totals[0];
  RosterSummary s;
  s.add(r);
  CHECK_FALSE(s.overflow);
  CHECK(s.total[0] == INT64_MAX / 2 + 1);
  s.add(r);  // 2 x (2^62) = 2^63: one past INT64_MAX
  CHECK(s.overflow);
}

TEST_CASE("roster: Excel's Unicode text (UTF-16 LE, TAB-separated) reads as the UTF-8 file does") {
  std::string utf8 = "NIK\tNama\tJabatan\tUpah\r\n3515140508680001\tBud\xC3\xAD\tKepala Desa\t4500000\r\n";
  // Every character is below U+0100: one UTF-16 unit each, its byte then 0 ("í", C3 AD in UTF-8,
  // is U+00ED: ED 00).
  std::string fixed = "\xFF\xFE";
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\xC3') {
      fixed += std::string{'\xED', '\0'};
      ++i;
      continue;
    }
    fixed += std::string{utf8[i], '\0'};
  }
  std::string want = run(utf8);
  Rows rows = csv_parse_all(want);
  REQUIRE(rows.size() == 2);
  CHECK(col(rows, 1, "nama") == "Bud\xC3\xAD");
  CHECK(col(rows, 1, "total") == "24300");
  for (size_t chunk : {size_t{1}, size_t{2}, size_t{3}, size_t{4096}}) CHECK(run_chunked(fixed, chunk) == want);
}
