// The browser's roster session (wasm-bindings/roster_session.cpp), natively: what the "Daftar"
// page relies on. Bytes fed in chunks give what the whole text gives; pages of a query put
// together are the whole list; the filters partition the rows and agree with the summary; an
// edited row (row_cells_json -> roster_rewrite) is evaluated again; the session's summary is the
// one `jamsos roster` writes.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "jamsos/roster.hpp"
#include "jamsos/rules.hpp"
#include "roster_session.hpp"

using namespace jamsos;
using json = nlohmann::json;

namespace {

// Valid rows of several roles, an invalid NIK, a duplicate NIK, a bad wage, a NIK whose birth
// date disagrees with the column (a warning), a BPU row, a row without a role, a quoted name.
const char* kRoster =
    "\xEF\xBB\xBFNIK,Nama,Tanggal Lahir,Jenis Kelamin,Jabatan,Segmen,Upah,Penghasilan,Kewarganegaraan,JKN,Sektor\r\n"
    "3515140508680001,Budi Santoso,05/08/1968,L,Kepala Desa,,4.500.000,,WNI,ya,\r\n"
    "3515144508900002,Siti Aminah,05/08/1990,P,Pekerja Rentan,,,1.000.000,WNI,,lainnya\r\n"
    "3515141203850003,Agus,12/03/1985,L,Perangkat Desa,,2.500.000,,WNI,ya,\r\n"
    "12345,Salah NIK,01/01/1980,L,BPD,,1.000.000,,WNI,,\r\n"
    "3515141203850003,Agus Lagi,12/03/1985,L,Perangkat Desa,,2.500.000,,WNI,ya,\r\n"
    "3515142207920004,Dewi,22/07/1992,P,Non ASN,,lima juta,,WNI,,\r\n"
    "3515141111790005,\"Rahmat, S.Pd\",10/11/1979,L,Pendamping Desa,,3.000.000,,WNI,ya,\r\n"
    "3515140101000006,Ojek Online,01/01/2000,L,,BPU,,2.000.000,WNI,,transport\r\n"
    "3515140202010007,Tanpa Jabatan,02/02/2001,L,,,,,WNI,,\r\n"
    "3515144303950008,Sari Kurir,03/03/1995,P,Pekerja Rentan,,,1.500.000,WNI,,transport\r\n";

RosterOptions options(const char* as_of = "2026-05-01") {
  RosterOptions o;
  REQUIRE(parse_date(as_of, o.as_of));
  return o;
}

// Feeds `text` in chunks of `chunk` bytes (0: whole) and finishes.
void run(RosterSession& s, const std::string& text, size_t chunk) {
  if (!chunk) chunk = text.size();
  for (size_t i = 0; i < text.size(); i += chunk) REQUIRE(s.feed(text.data() + i, std::min(chunk, text.size() - i)));
  REQUIRE(s.finish());
}

json query(const RosterSession& s, const json& filter, int64_t offset = 0, int64_t limit = 1000, bool id = true) {
  json j = json::parse(s.query(filter.dump(), offset, limit, id), nullptr, false);
  REQUIRE(j.is_object());
  return j;
}

int64_t matches(const RosterSession& s, const json& filter) { return query(s, filter)["matches"].get<int64_t>(); }

}  // namespace

TEST_CASE("roster session: chunks of any size give what the whole text gives") {
  const RuleSet& R = embedded_rules();
  RosterSession whole(R, options());
  run(whole, kRoster, 0);
  CHECK(whole.rows() == 10);
  const std::string all = whole.query("{}", 0, 1000, true), sum = whole.summary_json();
  for (size_t chunk : {1u, 2u, 3u, 7u, 64u, 100u}) {
    CAPTURE(chunk);
    RosterSession s(R, options());
    run(s, kRoster, chunk);
    CHECK(s.rows() == 10);
    CHECK(s.query("{}", 0, 1000, true) == all);
    CHECK(s.query("{}", 0, 1000, false) == whole.query("{}", 0, 1000, false));
    CHECK(s.summary_json() == sum);
    CHECK(s.mapping_json() == whole.mapping_json());
  }
}

TEST_CASE("roster session: the summary is the one `jamsos roster` writes") {
  const RuleSet& R = embedded_rules();
  for (const char* as_of : {"2025-03-01", "2026-05-01"}) {
    RosterSession s(R, options(as_of));
    run(s, kRoster, 5);
    std::string out, summary, error;
    REQUIRE(roster_run(R, kRoster, options(as_of), out, summary, error));
    CHECK(s.summary_json() == summary);
    json j = json::parse(summary);
    CHECK(j["rows"] == 10);
    CHECK(j["errors"] == 3);  // invalid NIK, duplicate NIK, bad wage
    CHECK(j["duplicates"] == 1);
  }
}

TEST_CASE("roster session: pages put together are the whole list, in row order") {
  RosterSession s(embedded_rules(), options());
  run(s, kRoster, 0);
  json all = query(s, json::object());
  REQUIRE(all["matches"] == 10);
  REQUIRE(all["rows"].size() == 10);
  for (int64_t limit : {1, 3, 4}) {
    json rows = json::array();
    for (int64_t off = 0; off < 12; off += limit) {
      json page = query(s, json::object(), off, limit);
      CHECK(page["matches"] == 10);
      CHECK(page["offset"] == off);
      CHECK(page["rows"].size() == static_cast<size_t>(std::max<int64_t>(0, std::min<int64_t>(limit, 10 - off))));
      for (auto& r : page["rows"]) rows.push_back(r);
    }
    CHECK(rows == all["rows"]);
  }
  for (size_t i = 0; i < 10; ++i) CHECK(all["rows"][i]["row"] == static_cast<int>(i) + 2);  // the header is row 1
  CHECK(query(s, json::object(), 0, 0)["rows"].empty());
  CHECK(query(s, json::object(), 50, 10)["rows"].empty());
  // The row the page shows: NIK as 16 digits, codes, amounts.
  const json& budi = all["rows"][0];
  CHECK(budi["nik"] == "3515140508680001");
  CHECK(budi["nama"] == "Budi Santoso");
  CHECK(budi["role"] == "kepala_desa");
  CHECK(budi["segment"] == "PU");
  CHECK(budi["errors"].empty());
  CHECK(all["rows"][6]["nama"] == "Rahmat, S.Pd");
  const json& bad = all["rows"][2 + 1];  // row 5: NIK "12345"
  CHECK(bad["nik"] == "12345");
  CHECK(bad["status"].is_null());
  CHECK(bad["errors"][0]["code"] == "nik_length");
  CHECK(bad["editable"] == true);
}

TEST_CASE("roster session: the filters partition the rows and agree with the summary") {
  RosterSession s(embedded_rules(), options());
  run(s, kRoster, 0);
  json sum = json::parse(s.summary_json());
  const int64_t total = matches(s, json::object());
  CHECK(total == 10);
  CHECK(matches(s, {{"kind", "errors"}}) == sum["errors"].get<int64_t>());
  CHECK(matches(s, {{"kind", "issues"}}) + matches(s, {{"kind", "ok"}}) == total);
  CHECK(matches(s, {{"kind", "incomplete"}}) == sum["incomplete"].get<int64_t>());
  // Every valid row has one role (or none): the role filters and the errors add up to the total.
  int64_t by_role = 0;
  for (const auto& r : sum["roles"].items()) {
    int64_t n = matches(s, {{"role", r.key()}});
    CHECK(n == r.value().get<int64_t>());
    by_role += n;
  }
  CHECK(by_role + sum["errors"].get<int64_t>() == total);
  CHECK(matches(s, {{"role", "kepala_desa"}}) == 1);
  CHECK(matches(s, {{"role", "pekerja_rentan"}}) == 2);
  // A program's four statuses cover the valid rows, as counted in the summary.
  for (const char* p : {"JKK", "JKM", "JHT", "JP", "JKP"}) {
    int64_t n = 0;
    for (const char* st : {"mandatory", "optional", "not_eligible", "need_info"}) {
      int64_t k = matches(s, {{"program", p}, {"status", st}});
      CHECK(k == sum["programs"][p][st].get<int64_t>());
      n += k;
    }
    CHECK(n == sum["valid"].get<int64_t>());
  }
  // Search by name (any case) or by NIK digits.
  CHECK(matches(s, {{"q", " siti "}}) == 1);
  CHECK(matches(s, {{"q", "AGUS"}}) == 2);
  CHECK(matches(s, {{"q", "0508680001"}}) == 1);
  CHECK(matches(s, {{"q", "1234"}}) == 1);  // the invalid NIK's text
  CHECK(matches(s, {{"q", "nobody"}}) == 0);
  // The totals of the rows are the summary's.
  int64_t grand = 0;
  const json all = query(s, json::object());
  for (const auto& r : all["rows"])
    if (!r["totals"].is_null()) grand += r["totals"][3].get<int64_t>();
  CHECK(grand == sum["totals"]["total"].get<int64_t>());
  CHECK(grand > 0);
}

TEST_CASE("roster session: messages in Indonesian or English") {
  RosterSession s(embedded_rules(), options());
  run(s, kRoster, 0);
  json id = query(s, {{"kind", "errors"}}, 0, 10, true), en = query(s, {{"kind", "errors"}}, 0, 10, false);
  REQUIRE(id["rows"].size() == 3);
  std::string mid = id["rows"][2]["errors"][0]["message"], men = en["rows"][2]["errors"][0]["message"];
  CHECK(mid.rfind("Baris 7, kolom Upah: 'lima juta' bukan jumlah rupiah", 0) == 0);
  CHECK(men.rfind("Row 7, column Upah: 'lima juta' is not a rupiah amount", 0) == 0);
  CHECK(id["rows"][1]["errors"][0]["code"] == "nik_duplicate");
}

TEST_CASE("roster session: editing a row with an error") {
  const RuleSet& R = embedded_rules();
  RosterSession s(R, options());
  run(s, kRoster, 0);
  // The edit form: the row's cells and the headers.
  json cells = json::parse(s.row_cells_json(7));
  REQUIRE(cells["row"] == 7);
  REQUIRE(cells["headers"].size() == 11);
  REQUIRE(cells["cells"].size() == 11);
  CHECK(cells["cells"][1] == "Dewi");
  CHECK(cells["cells"][6] == "lima juta");
  CHECK(json::parse(s.row_cells_json(2)).contains("error"));   // no error on that row
  CHECK(json::parse(s.row_cells_json(99)).contains("error"));  // no such row
  // Fix the wage and write the file back: only that row changes.
  json fixed = cells["cells"];
  fixed[6] = "5.000.000";
  std::string out, error;
  REQUIRE(roster_rewrite(kRoster, json{{"7", fixed}}.dump(), out, error));
  std::string expected = kRoster;
  expected.replace(expected.find("lima juta"), 9, "5.000.000");
  expected.replace(expected.find("\"Rahmat, S.Pd\""), 14, "\"Rahmat, S.Pd\"");
  CHECK(out == expected.substr(3));  // the rewrite drops the BOM (the reader removes it)
  RosterSession again(R, options());
  run(again, out, 0);
  json sum = json::parse(again.summary_json());
  CHECK(sum["errors"] == 2);
  json dewi = query(again, {{"q", "dewi"}})["rows"][0];
  CHECK(dewi["errors"].empty());
  CHECK(dewi["role"] == "non_asn");
  CHECK(!dewi["totals"].is_null());
  // A bad edit object is refused.
  CHECK(!roster_rewrite(kRoster, "[1]", out, error));
  CHECK(!error.empty());
}

TEST_CASE("roster session: options from the page's JSON") {
  RosterOptions o;
  std::string error;
  REQUIRE(roster_options_from_json(
      R"({"as_of":"2026-05-01","mapping":{"monthly_wage":"Penghasilan","nama":2,"sex":null},"delimiter":";",
          "out_delimiter":";","check_duplicates":false,"format":"jsonl"})",
      o, error));
  CHECK(format_date(o.as_of) == "2026-05-01");
  CHECK(o.in_delimiter == ';');
  CHECK(o.out_delimiter == ';');
  CHECK(!o.check_duplicates);
  CHECK(o.format == RosterFormat::Jsonl);
  REQUIRE(o.mapping.size() == 3);
  CHECK(o.mapping[0] == std::make_pair(std::string("monthly_wage"), std::string("Penghasilan")));
  CHECK(o.mapping[1] == std::make_pair(std::string("nama"), std::string("2")));
  CHECK(o.mapping[2] == std::make_pair(std::string("sex"), std::string("")));
  CHECK(!roster_options_from_json("{}", o, error));
  CHECK(!roster_options_from_json("[]", o, error));
  CHECK(!roster_options_from_json(R"({"as_of":"2026-05-01","mapping":{"nik":true}})", o, error));
  // Without duplicate checks the second Agus is a valid row.
  RosterOptions nodup = options();
  nodup.check_duplicates = false;
  RosterSession s(embedded_rules(), nodup);
  run(s, kRoster, 0);
  CHECK(json::parse(s.summary_json())["errors"] == 2);
}

TEST_CASE("roster session: fatal problems") {
  const RuleSet& R = embedded_rules();
  RosterSession empty(R, options());
  CHECK(!empty.finish());
  CHECK(empty.error().find("no header row") != std::string::npos);
  RosterSession unknown(R, options());
  CHECK(!(unknown.feed("foo,bar\r\n1,2\r\n", 14) && unknown.finish()));
  CHECK(unknown.error().find("no known column header") != std::string::npos);
  RosterOptions bad = options();
  bad.mapping.emplace_back("nope", "NIK");
  RosterSession mapped(R, bad);
  CHECK(!(mapped.feed(kRoster, std::char_traits<char>::length(kRoster)) && mapped.finish()));
  CHECK(mapped.error().rfind("--map nope=NIK: ", 0) == 0);
}
