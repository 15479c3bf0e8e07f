// Receipts that name the rule changes behind them (jamsos/receipt.hpp, docs/RULES.md "Receipts"):
// a receipt carries the rule values its answer used, so that another device, with other rules, can
// say which value changed (old -> new, with the new value's citation) without the old bundle.
//
// The person: a PU wage earner at a large employer, Rp20,000,000 a month, March 2027.
// Built-in rules: the JP wage ceiling in force on 31 March 2027 is the one of 1 March 2026,
// Rp11,086,300 (core/rules/pp45-2015-jp.json; no 2027 value yet). JP is 1 % (worker) and 2 %
// (employer) of min(wage, ceiling) (PP 45/2015 Pasal 28-29):
//   worker 1 % x 11,086,300 = 110,863; employer 2 % x 11,086,300 = 221,726; JP total 332,589.
// With a 2027 ceiling of Rp11,600,000 from 1 March 2027 (a test value, as in test_rules_bundle.cpp):
//   worker 116,000; employer 232,000; JP total 348,000.
// The monthly totals differ by exactly the JP difference: worker +5,137, employer +10,274, total +15,411.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/receipt.hpp"
#include "jamsos/rules.hpp"

using namespace jamsos;
using json = nlohmann::json;

namespace {

const char* const kInput =
    R"({"as_of":"2027-03-01","segment":"PU","monthly_wage":20000000,"employer_scale":"large","jkk_risk_group":1,"birth_date":"1990-01-01"})";

json receipt_of(const RuleSet& R, const std::string& input) {
  std::string out;
  REQUIRE(make_receipt(R, input, out));
  return json::parse(out);
}

json verify(const RuleSet& R, const json& rec, ReceiptVerdict expect) {
  std::string out;
  CHECK(verify_receipt(R, rec.dump(), out) == expect);
  return json::parse(out);
}

// The built-in rules with a 2027 JP ceiling added (unsealed: a maintainer's edit).
const RuleSet& with_2027_ceiling() {
  static RuleSet s;
  static bool loaded = false;
  if (!loaded) {
    json b = json::parse(embedded_rules().bundle_json());
    b.erase("sha256");
    for (json& f : b["files"])
      if (f["content"]["parameters"].contains("jp.ceiling"))
        f["content"]["parameters"]["jp.ceiling"]["values"].push_back(
            {{"from", "2027-03-01"},
             {"value", 11600000},
             {"confidence", "U"},
             {"citation",
              {{"instrument", "PP 45/2015"}, {"article", "Pasal 29 (uji)"}, {"url", "https://example.invalid"}}}});
    std::string err;
    REQUIRE_MESSAGE(load_rules_bundle(b.dump(), s, err), err);
    loaded = true;
  }
  return s;
}

const json* figure(const json& rep, const std::string& name) {
  for (const json& d : rep["differences"])
    if (d["figure"] == name) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("a receipt carries the rule values its answer used: key, first date, value as the rule file writes it") {
  const json rec = receipt_of(embedded_rules(), kInput);
  REQUIRE(rec["rules_used"].is_array());
  bool ceiling = false, rate = false;
  for (const json& e : rec["rules_used"]) {
    REQUIRE(e.size() == 3);
    if (e[0] == "jp.ceiling") ceiling = e == json::array({"jp.ceiling", "2026-03-01", 11086300});
    if (e[0] == "pu.jp.rate.worker") rate = e == json::array({"pu.jp.rate.worker", "2015-07-01", "1%"});
  }
  CHECK(ceiling);
  CHECK(rate);
  CHECK(rec["figures"]["programs"]["JP"]["worker"] == 110863);
  CHECK(rec["figures"]["programs"]["JP"]["employer"] == 221726);
  const json rep = verify(embedded_rules(), rec, ReceiptVerdict::Same);
  CHECK(rep["verdict"] == "same");
  CHECK(rep["rule_changes_named"] == true);
  CHECK_FALSE(rep.contains("rule_changes"));
}

TEST_CASE("under a bundle with a new JP ceiling, 'different_rules' names jp.ceiling, old -> new, with its citation") {
  const json rec = receipt_of(embedded_rules(), kInput);
  const json rep = verify(with_2027_ceiling(), rec, ReceiptVerdict::DifferentRules);
  CHECK(rep["verdict"] == "different_rules");
  REQUIRE(rep["rule_changes"].size() == 1);
  const json& c = rep["rule_changes"][0];
  CHECK(c["parameter"] == "jp.ceiling");
  CHECK(c["kind"] == "changed");
  CHECK(c["old"] == 11086300);
  CHECK(c["old_from"] == "2026-03-01");
  CHECK(c["new"] == 11600000);
  CHECK(c["new_from"] == "2027-03-01");
  CHECK(c["citation"] == "PP 45/2015 Pasal 29 (uji)");
  CHECK(c["programs"] == json::array({"JP"}));
  CHECK(c["text_id"].get<std::string>().find("Rp11.086.300 (mulai 1 Maret 2026) → Rp11.600.000 (mulai 1 Maret 2027)") !=
        std::string::npos);
  // The figures, by hand (header): JP 110,863 -> 116,000 (worker), 221,726 -> 232,000 (employer).
  const json* w = figure(rep, "JP.worker");
  REQUIRE(w);
  CHECK((*w)["receipt"] == 110863);
  CHECK((*w)["here"] == 116000);
  CHECK((*w)["because"] == json::array({"jp.ceiling"}));
  const json* e = figure(rep, "JP.employer");
  REQUIRE(e);
  CHECK((*e)["receipt"] == 221726);
  CHECK((*e)["here"] == 232000);
  CHECK(rep["monthly_here"]["total"].get<int64_t>() - rep["monthly_receipt"]["total"].get<int64_t>() == 15411);
  CHECK(figure(rep, "JKK.worker") == nullptr);  // JKK rests on no changed value
}

TEST_CASE("altered carried rule values or altered figures are 'mismatch', never 'same'") {
  const json rec = receipt_of(embedded_rules(), kInput);
  SUBCASE("a carried value changed: the ceiling claimed to be the 2027 one") {
    json bad = rec;
    for (json& e : bad["rules_used"])
      if (e[0] == "jp.ceiling") e = json::array({"jp.ceiling", "2027-03-01", 11600000});
    const json rep = verify(embedded_rules(), bad, ReceiptVerdict::Mismatch);
    CHECK(rep["altered_rule_values"] == json::array({"jp.ceiling"}));
  }
  SUBCASE("a carried value dropped") {
    json bad = rec;
    bad["rules_used"].erase(bad["rules_used"].begin());
    verify(embedded_rules(), bad, ReceiptVerdict::Mismatch);
  }
  SUBCASE("a figure altered") {
    json bad = rec;
    bad["figures"]["programs"]["JP"]["worker"] = 11086;
    const json rep = verify(embedded_rules(), bad, ReceiptVerdict::Mismatch);
    REQUIRE(figure(rep, "JP.worker"));
  }
  SUBCASE("a figure altered and another rules version claimed: no rule value explains it") {
    json bad = rec;
    bad["rules_version"] = "0000000000000000";
    bad["figures"]["programs"]["JP"]["worker"] = 11086;
    const json rep = verify(embedded_rules(), bad, ReceiptVerdict::Mismatch);
    CHECK(rep["verdict"] == "mismatch");
  }
  SUBCASE("rules_used of the wrong shape: invalid, named") {
    json bad = rec;
    bad["rules_used"] = json::array({json::array({"jp.ceiling", 5})});
    std::string out;
    CHECK(verify_receipt(embedded_rules(), bad.dump(), out) == ReceiptVerdict::Invalid);
    CHECK(out.find("rules_used") != std::string::npos);
  }
}

TEST_CASE("an old receipt (no rules_used) still verifies; with other rules it says the changes cannot be named") {
  json old = receipt_of(embedded_rules(), kInput);
  old.erase("rules_used");
  const json same = verify(embedded_rules(), old, ReceiptVerdict::Same);
  CHECK(same["rule_changes_named"] == false);
  const json rep = verify(with_2027_ceiling(), old, ReceiptVerdict::DifferentRules);
  CHECK(rep["rule_changes_named"] == false);
  CHECK_FALSE(rep.contains("rule_changes"));
  const json* w = figure(rep, "JP.worker");
  REQUIRE(w);
  CHECK((*w)["here"] == 116000);
}
