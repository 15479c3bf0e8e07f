// "What will change for this person" (jamsos/upcoming.hpp), with figures worked out by hand from the
// rule data's sources (REFERENCE.md): the PP 50/2025 discount for non-transport BPU workers from
// April to December 2026, the JP wage ceiling of March 2026 and the pension age of 2025-2027 (59).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/rules.hpp"
#include "jamsos/upcoming.hpp"

using namespace jamsos;
using json = nlohmann::json;

namespace {

json upcoming(const std::string& input, int months, bool expect_ok = true) {
  std::string out;
  CHECK(upcoming_json(embedded_rules(), input, months, out) == expect_ok);
  return json::parse(out);
}

bool has_note(const json& a, const char* code) {
  for (const json& n : a["notes"])
    if (n["code"] == code) return true;
  return false;
}

}  // namespace

TEST_CASE("a village-funded vulnerable worker from February 2026: the discount starts in April and ends with 2026") {
  // BPU on the Rp1,000,000 band: JKK 1 % = Rp10,000, JKM Rp6,800 -> Rp16,800; PP 50/2025 Pasal 4
  // (non-transport sector, April-December 2026) leaves 50 %: Rp5,000 + Rp3,400 = Rp8,400.
  json a = upcoming(R"({"as_of":"2026-02-01","role":"pekerja_rentan"})", 14);
  CHECK(a["monthly"]["total"] == 16800);
  REQUIRE(a["upcoming"].size() == 2);
  const json& apr = a["upcoming"][0];
  CHECK(apr["month"] == "2026-04");
  CHECK(apr["monthly"]["before"]["total"] == 16800);
  CHECK(apr["monthly"]["after"]["total"] == 8400);
  REQUIRE(apr["because"].size() == 1);
  CHECK(apr["because"][0]["parameter"] == "relief.pp50_2025.other_factor");
  CHECK(apr["because"][0]["kind"] == "started");
  CHECK(apr["because"][0]["from"] == "2026-04-01");
  const json& jan = a["upcoming"][1];
  CHECK(jan["month"] == "2027-01");
  CHECK(jan["monthly"]["after"]["total"] == 16800);
  CHECK(jan["because"][0]["kind"] == "ended");
  CHECK(jan["because"][0]["from"] == "2027-01-01");
  CHECK(has_note(a, "same_inputs"));
  CHECK(has_note(a, "rules_may_be_outdated"));  // months after rules.reviewed_until
}

TEST_CASE("a worker on Rp15,000,000 born 1968-06-15: the March 2026 JP ceiling, then pension age 59 in June 2027") {
  json a = upcoming(
      R"({"as_of":"2026-02-01","segment":"PU","monthly_wage":15000000,"employer_scale":"medium","jkk_risk_group":1,"birth_date":"1968-06-15","jkn_enrolled":true})",
      24);
  REQUIRE(a["upcoming"].size() == 2);
  // JP 3 % of the capped wage: Rp10,547,400 -> Rp316,422; from 1 March 2026 Rp11,086,300 -> Rp332,589
  // (employer 2 % Rp221,726, worker 1 % Rp110,863).
  const json& mar = a["upcoming"][0];
  CHECK(mar["month"] == "2026-03");
  bool jp_total = false;
  for (const json& c : mar["changes"])
    if (c["program"] == "JP" && c["field"] == "total") jp_total = c["before"] == 316422 && c["after"] == 332589;
  CHECK(jp_total);
  CHECK(mar["because"][0]["parameter"] == "jp.ceiling");
  CHECK(mar["because"][0]["kind"] == "changed");
  // Age 59 on 2027-06-15, the pension age in force (57 from 2019, +1 every 3 years): from the
  // July 2027 month JP is optional and not counted: JKK 0.24 % Rp36,000 + JKM 0.30 % Rp45,000 +
  // JHT 5.7 % Rp855,000 = Rp936,000 (employer Rp636,000, worker Rp300,000).
  const json& jul = a["upcoming"][1];
  CHECK(jul["month"] == "2027-07");
  CHECK(jul["monthly"]["after"] ==
        json{{"employer", 636000}, {"worker", 300000}, {"government", 0}, {"total", 936000}});
  bool jp_status = false;
  for (const json& c : jul["changes"])
    if (c["program"] == "JP" && c["field"] == "status")
      jp_status = c["before"] == "mandatory" && c["after"] == "optional";
  CHECK(jp_status);
  bool reason = false;  // the new status says why, in both languages
  for (const json& r : jul["reasons"])
    reason = reason || (r["program"] == "JP" && r["message_id"].get<std::string>().find("59") != std::string::npos);
  CHECK(reason);
}

TEST_CASE("upcoming: nothing changes, payment dates and bad input") {
  // A village head in 2025 (no relief, no ceiling: JKK + JKM on the wage) over 3 months: no entry.
  json a = upcoming(R"({"as_of":"2025-05-01","role":"kepala_desa","monthly_wage":4000000,"paid_on":"2025-06-20"})", 3);
  CHECK(a["upcoming"].empty());
  CHECK(has_note(a, "paid_on_ignored"));
  CHECK(upcoming("[]", 12, false)["error"]["code"] == "not_an_object");
  CHECK(upcoming(R"({"as_of":"2026-02-01","role":"pekerja_rentan"})", 0, false)["error"]["field"] == "months");
  CHECK(upcoming(R"({"as_of":"2026-02-30","role":"pekerja_rentan"})", 12, false).contains("error"));
}
