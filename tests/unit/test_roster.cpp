// Rosters: cells, column mapping, row validation and evaluation, summary (budgets and reconciliation:
// test_budget_reconcile.cpp). Amounts worked out by hand from the rates in docs/CONTRACT.md.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "jamsos/roster.hpp"
#include "jamsos/rules.hpp"

using namespace jamsos;

TEST_CASE("roster cells: money with thousands separators, Rp, juta") {
  struct C {
    const char* in;
    Money out;
  } ok[] = {{"5000000", 5000000},
            {"5.000.000", 5000000},
            {"5,000,000", 5000000},
            {"Rp 5.000.000", 5000000},
            {"Rp5.000.000,-", 5000000},
            {"Rp. 5.000.000,00", 5000000},
            {"IDR 1,250,000", 1250000},
            {"5jt", 5000000},
            {"5 juta", 5000000},
            {"2,5 juta", 2500000},
            {"2.5jt", 2500000},
            {"1,25 juta", 1250000},
            {"750rb", 750000},
            {"750 ribu", 750000},
            {"5000000.00", 5000000},
            {"5.000", 5000},
            {"0", 0},
            {"1.234.567,00", 1234567},
            {"1,234,567.00", 1234567},
            {"\xC2\xA0"
             "5.000.000",
             5000000}};
  for (const C& c : ok) {
    CAPTURE(c.in);
    Money m = -1;
    CHECK(parse_money_cell(c.in, std::strlen(c.in), m) == MoneyCell::Ok);
    CHECK(m == c.out);
  }
  Money m;
  CHECK(parse_money_cell("", m) == MoneyCell::Empty);
  CHECK(parse_money_cell("abc", m) == MoneyCell::Invalid);
  CHECK(parse_money_cell("5.00.000", m) == MoneyCell::Invalid);  // bad grouping
  CHECK(parse_money_cell("5000000,50", m) == MoneyCell::Decimals);
  CHECK(parse_money_cell("1,2345678 juta", m) == MoneyCell::Decimals);  // 1,234,567.8
  CHECK(parse_money_cell("-5000", m) == MoneyCell::Negative);
  CHECK(parse_money_cell("99999999999999999999", m) == MoneyCell::TooLarge);
}

TEST_CASE("roster cells: dates in Indonesian order and Excel serials") {
  struct C {
    const char* in;
    int y, m, d;
  } ok[] = {{"1968-08-05", 1968, 8, 5},
            {"05/08/1968", 1968, 8, 5},
            {"05-08-1968", 1968, 8, 5},
            {"5.8.1968", 1968, 8, 5},
            {"5 Agustus 1968", 1968, 8, 5},
            {"5 Aug 1968", 1968, 8, 5},
            {"05-Agu-1968", 1968, 8, 5},
            {"1968/08/05", 1968, 8, 5},
            {"1968-08-05 00:00:00", 1968, 8, 5},
            {"25569", 1970, 1, 1},   // Excel: 1970-01-01 is serial 25569
            {"25000", 1968, 6, 11},  // 569 days before 1970-01-01
            {"25000.0", 1968, 6, 11},
            {"61", 1900, 3, 1},
            {"59", 1900, 2, 28},
            {"1", 1900, 1, 1},
            {"29/02/2024", 2024, 2, 29}};
  for (const C& c : ok) {
    CAPTURE(c.in);
    Date d;
    REQUIRE(parse_date_cell(c.in, std::strlen(c.in), d));
    CHECK(d == from_ymd(c.y, c.m, c.d));
  }
  for (const char* bad : {"31/02/1990", "05/08/68", "13/13/2000", "29/02/2023", "60", "abc", "2024-1-1x", "0"}) {
    CAPTURE(bad);
    Date d;
    CHECK_FALSE(parse_date_cell(bad, std::strlen(bad), d));
  }
}

TEST_CASE("roster cells: roles and codes") {
  struct C {
    const char* in;
    Role r;
  } roles[] = {{"Kepala Desa", Role::KepalaDesa},
               {"KADES", Role::KepalaDesa},
               {"Perangkat Desa", Role::PerangkatDesa},
               {"Sekretaris Desa", Role::PerangkatDesa},
               {"Kaur Keuangan", Role::PerangkatDesa},
               {"Kasi Pemerintahan", Role::PerangkatDesa},
               {"Kepala Dusun", Role::PerangkatDesa},
               {"BPD", Role::Bpd},
               {"Ketua BPD", Role::Bpd},
               {"Pendamping Desa", Role::PendampingDesa},
               {"TPP", Role::PendampingDesa},
               {"Pendamping Lokal Desa", Role::PendampingDesa},
               {"BUMDes", Role::Bumdes},
               {"Direktur BUMDes", Role::Bumdes},
               {"Pekerja Rentan", Role::PekerjaRentan},
               {"PNS", Role::Pns},
               {"CPNS", Role::Cpns},
               {"PPPK", Role::Pppk},
               {"TNI", Role::TniPolri},
               {"Polri", Role::TniPolri},
               {"TNI/Polri", Role::TniPolri},
               {"Non ASN", Role::NonAsn},
               {"Non-ASN", Role::NonAsn},
               {"honorer", Role::NonAsn},
               {"Tenaga Honorer", Role::NonAsn},
               {"kepala_desa", Role::KepalaDesa},
               {"pekerja_rentan", Role::PekerjaRentan},
               {"tni_polri", Role::TniPolri}};
  for (const C& c : roles) {
    CAPTURE(c.in);
    Role r = Role::None;
    CHECK(parse_role_cell(c.in, r));
    CHECK(r == c.r);
  }
  Role r;
  CHECK_FALSE(parse_role_cell("Lurah", r));
  CHECK_FALSE(parse_role_cell("", r));
  Scale s;
  CHECK((parse_scale_cell("Mikro", s) && s == Scale::Micro));
  CHECK((parse_scale_cell("Usaha Menengah", s) && s == Scale::Medium));
  int g;
  CHECK((parse_risk_group_cell("III", g) && g == 3));
  CHECK((parse_risk_group_cell("Kelompok 2", g) && g == 2));
  CHECK_FALSE(parse_risk_group_cell("6", g));
  bool b;
  CHECK((parse_bool_cell("Ya", b) && b));
  CHECK((parse_bool_cell("belum", b) && !b));
  uint8_t bits;
  CHECK((parse_opt_in_cell("JHT;JP", bits) && bits == ((1 << JHT) | (1 << JP))));
  CHECK((parse_opt_in_cell("jht, jp", bits) && bits == ((1 << JHT) | (1 << JP))));
  CHECK(!parse_opt_in_cell("JHT;XYZ", bits));
  BpuSector sec;
  CHECK((parse_sector_cell("Transportasi", sec) && sec == BpuSector::Transport));
  CHECK((parse_sector_cell("lainnya", sec) && sec == BpuSector::Other));
  bool female;
  CHECK((parse_sex_cell("P", female) && female));
  CHECK((parse_sex_cell("Laki-laki", female) && !female));
}

TEST_CASE("roster columns: Indonesian and English headers, case and punctuation ignored") {
  std::vector<std::string> h = {"No.",     "NIK",         "Nama Lengkap",    "Tgl. Lahir",
                                "JABATAN", "Siltap (Rp)", "Kewarganegaraan", "Catatan"};
  ColumnMap m = detect_columns(h);
  CHECK(m[Field::Nik] == 1);
  CHECK(m[Field::Nama] == 2);
  CHECK(m[Field::BirthDate] == 3);
  CHECK(m[Field::Role] == 4);
  CHECK(m[Field::Wage] == 5);  // "siltaprp" starts with "siltap"
  CHECK(m[Field::Citizenship] == 6);
  CHECK(m[Field::Income] == -1);
  std::vector<std::string> en = {"Name",           "Birth date", "Role",        "Wage",   "Income", "Citizenship",
                                 "Employer scale", "Risk group", "JKN",         "Opt in", "Sector", "Sex",
                                 "Segment",        "NIK",        "Member since"};
  ColumnMap e = detect_columns(en);
  for (int f = 0; f < kFields; ++f) CHECK(e.col[f] >= 0);
  CHECK(e[Field::Nik] == 13);
  std::string err;
  CHECK(apply_mapping(m, h, h.size(), "declared_income", "Catatan", err));
  CHECK(m[Field::Income] == 7);
  CHECK(apply_mapping(m, h, h.size(), "nama", "1", err));
  CHECK(m[Field::Nama] == 0);
  CHECK(apply_mapping(m, h, h.size(), "nama", "", err));
  CHECK(m[Field::Nama] == -1);
  CHECK_FALSE(apply_mapping(m, h, h.size(), "nope", "NIK", err));
  CHECK_FALSE(apply_mapping(m, h, h.size(), "nik", "99", err));
  CHECK_FALSE(apply_mapping(m, h, h.size(), "nik", "Tidak Ada", err));
}

static std::string run(const std::string& csv, const char* as_of, std::string* summary = nullptr,
                       RosterFormat fmt = RosterFormat::Csv) {
  RosterOptions o;
  REQUIRE(parse_date(as_of, o.as_of));
  o.format = fmt;
  std::string out, sum, err;
  REQUIRE(roster_run(embedded_rules(), csv, o, out, sum, err));
  if (summary) *summary = sum;
  return out;
}

static std::vector<std::vector<std::string>> rows_of(const std::string& out) { return csv_parse_all(out); }

static std::string col(const std::vector<std::vector<std::string>>& rows, size_t r, const char* name) {
  const auto& h = rows[0];
  for (size_t i = 0; i < h.size(); ++i)
    if (h[i] == name) return rows[r][i];
  FAIL("no column " << name);
  return "";
}

TEST_CASE("roster rows: village officials and a vulnerable worker, May 2026") {
  std::string csv =
      "NIK;Nama;Tanggal Lahir;Jabatan;Siltap\n"
      "3515140508680001;Budi;05/08/1968;Kepala Desa;Rp 4.500.000\n"
      "3515144508680002;Siti;05-08-1968;Sekretaris Desa;2,5 juta\n"
      "3602041211870001;Rentan;1987-11-12;Pekerja Rentan;\n";
  auto rows = rows_of(run(csv, "2026-05-01"));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].size() == roster_output_columns().size());
  // Kepala desa: micro preset, risk group 1: JKK 0.24% x 4,500,000 = 10,800; JKM 0.30% = 13,500.
  CHECK(col(rows, 1, "row") == "2");
  CHECK(col(rows, 1, "role") == "kepala_desa");
  CHECK(col(rows, 1, "jkk_status") == "mandatory");
  CHECK(col(rows, 1, "jkk_employer") == "10800");
  CHECK(col(rows, 1, "jkm_employer") == "13500");
  CHECK(col(rows, 1, "jht_status") == "optional");
  CHECK(col(rows, 1, "jht_employer") == "");  // not opted in: not counted
  CHECK(col(rows, 1, "total") == "24300");
  CHECK(col(rows, 1, "error") == "");
  // 2,500,000: 6,000 + 7,500.
  CHECK(col(rows, 2, "role") == "perangkat_desa");
  CHECK(col(rows, 2, "total_employer") == "13500");
  // Pekerja rentan: 1% x 1,000,000 + 6,800 = 16,800, halved by PP 50/2025 (Apr-Dec 2026): 8,400.
  CHECK(col(rows, 3, "segment") == "BPU");
  CHECK(col(rows, 3, "jkk_worker") == "5000");
  CHECK(col(rows, 3, "jkm_worker") == "3400");
  CHECK(col(rows, 3, "total_worker") == "8400");
}

TEST_CASE("roster rows: a bad row never stops the rest; errors name row and column") {
  std::string csv =
      "NIK,Nama,Tgl Lahir,Jabatan,Upah\n"
      "3515140508680001,Budi,05/08/1968,Kepala Desa,4500000\n"
      "12345,Bad,31/02/1990,Lurah,abc\n"
      "3515140508680001,Dup,05/08/1968,BPD,1000000\n"
      "3602041211870001,Ok,12/11/1987,Perangkat Desa,2000000\n";
  std::string sum;
  auto rows = rows_of(run(csv, "2026-05-01", &sum));
  REQUIRE(rows.size() == 5);
  std::string e = col(rows, 2, "error");
  CHECK(e.find("Baris 3, kolom NIK") != std::string::npos);
  CHECK(e.find("16 angka") != std::string::npos);
  CHECK(e.find("kolom Tgl Lahir: '31/02/1990'") != std::string::npos);
  CHECK(e.find("kolom Jabatan: jabatan 'Lurah'") != std::string::npos);
  CHECK(e.find("kolom Upah: 'abc'") != std::string::npos);
  CHECK(col(rows, 2, "total") == "");
  CHECK(col(rows, 3, "error").find("NIK sama dengan baris 2") != std::string::npos);
  CHECK(col(rows, 4, "total") == "10800");  // 0.24% + 0.30% of 2,000,000 = 4,800 + 6,000
  CHECK(sum.find("\"errors\": 2") != std::string::npos);
  CHECK(sum.find("\"valid\": 2") != std::string::npos);
  CHECK(sum.find("\"duplicates\": 1") != std::string::npos);
  CHECK(sum.find("\"total\": 35100") != std::string::npos);  // 24,300 + 10,800
}

TEST_CASE("roster rows: NIK date and sex mismatches are warnings, the row still counts") {
  std::string csv =
      "NIK,Tanggal Lahir,Jenis Kelamin,Jabatan,Upah\n"
      "3515140508680001,06/08/1968,P,Kepala Desa,1000000\n";
  auto rows = rows_of(run(csv, "2026-05-01"));
  std::string w = col(rows, 1, "warnings");
  CHECK(w.find("05-08-..68") != std::string::npos);
  CHECK(w.find("NIK tidak diganti") != std::string::npos);
  CHECK(w.find("NIK menandai laki-laki") != std::string::npos);
  CHECK(col(rows, 1, "error") == "");
  CHECK(col(rows, 1, "total") == "5400");
}

TEST_CASE("roster rows: without a birth-date column the NIK's date is used (JP pension age)") {
  // Born 05-08-1960: 65 on 2026-05-01, over the pension age -> JP not_eligible.
  std::string csv = "NIK,Jabatan,Upah,Skala Usaha\n3515140508600001,Perangkat Desa,3000000,menengah\n";
  auto rows = rows_of(run(csv, "2026-05-01"));
  CHECK(col(rows, 1, "jp_status") == "not_eligible");
  CHECK(col(rows, 1, "warnings").find("1960-08-05") != std::string::npos);
}

TEST_CASE("roster rows: spreadsheet formulas in names are neutralised in the CSV output") {
  auto rows = rows_of(run("NIK,Nama,Jabatan\n3515140508680001,=HYPERLINK(\"x\"),PNS\n", "2026-05-01"));
  CHECK(col(rows, 1, "nama") == "'=HYPERLINK(\"x\")");
  CHECK(col(rows, 1, "jkk_status") == "not_eligible");
}

TEST_CASE("roster: output is the same whatever the chunk size") {
  std::string csv =
      "\xEF\xBB\xBFNIK;Nama;Jabatan;Upah\r\n"
      "3515140508680001;\"A;\nB\";Kepala Desa;4.500.000\r\n"
      ";;;\r\n"
      "3515144508680002;C;Pekerja Rentan;\r\n";
  RosterOptions o;
  o.as_of = from_ymd(2026, 5, 1);
  std::string whole = run(csv, "2026-05-01");
  for (size_t chunk : {size_t{1}, size_t{2}, size_t{5}, size_t{64}}) {
    RosterProcessor p(embedded_rules(), o);
    std::string out;
    for (size_t i = 0; i < csv.size(); i += chunk)
      REQUIRE(p.feed(csv.data() + i, std::min(chunk, csv.size() - i), out));
    REQUIRE(p.finish(out));
    CHECK(out == whole);
    CHECK(p.summary().rows == 2);
  }
}

TEST_CASE("roster: jsonl carries both languages and codes") {
  std::string out = run("NIK,Jabatan\n1,PNS\n", "2026-05-01", nullptr, RosterFormat::Jsonl);
  CHECK(out.find("\"code\":\"nik_length\"") != std::string::npos);
  CHECK(out.find("\"message_en\":\"Row 2, column NIK: NIK '1' must have 16 digits\"") != std::string::npos);
  CHECK(out.find("\"message_id\":\"Baris 2, kolom NIK: NIK '1' harus 16 angka\"") != std::string::npos);
}

TEST_CASE("roster: fatal problems") {
  RosterOptions o;
  o.as_of = from_ymd(2026, 5, 1);
  std::string out, sum, err;
  CHECK_FALSE(roster_run(embedded_rules(), "foo,bar\n1,2\n", o, out, sum, err));
  CHECK(err.find("judul kolom") != std::string::npos);
  CHECK_FALSE(roster_run(embedded_rules(), "", o, out, sum, err));
  o.mapping = {{"nik", "Nothing"}};
  CHECK_FALSE(roster_run(embedded_rules(), "NIK\n1\n", o, out, sum, err));
}

TEST_CASE("roster template maps onto every field") {
  std::string t = roster_template_csv();
  auto rows = csv_parse_all(t);
  REQUIRE(rows.size() == 3);
  ColumnMap m = detect_columns(rows[0]);
  for (int f = 0; f < kFields; ++f) CHECK(m.col[f] == f);
  std::string out = run(t, "2026-05-01");
  auto r = rows_of(out);
  CHECK(col(r, 1, "error") == "");
  CHECK(col(r, 2, "error") == "");
}
