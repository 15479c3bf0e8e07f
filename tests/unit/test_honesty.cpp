// DECISIONS.md 19: every rule value tagged C, D or U is visible, with its tag, in an answer that
// uses it. The test walks every value of the embedded rule set; a C/D/U value without an input
// here fails, so a new unconfirmed figure cannot be added silently.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/benefits_json.hpp"
#include "jamsos/contract.hpp"
#include "jamsos/rules.hpp"

using namespace jamsos;
using json = nlohmann::json;

namespace {

// An input (without as_of) that uses the parameter, and the note that names the tag when the
// answer cannot name the parameter itself (nullptr: an explanation line, reason or default must
// name the parameter with its tag).
struct Probe {
  const char* key;
  const char* input;
  const char* note;
};

const char* const kPu = R"("segment":"PU","monthly_wage":30000000,"employer_scale":"large","jkk_risk_group":1,)"
                        R"("birth_date":"1990-01-01","jkn_enrolled":true)";

const char* const kPuPayslip = R"("segment":"PU","monthly_wage":30000000,"employer_scale":"large","jkk_risk_group":1,)"
                               R"("birth_date":"1990-01-01","jkn_enrolled":true,"payslip":true)";

const Probe kProbes[] = {
    // Rounding is a rule of every answer, not a figure: the note says it (DECISIONS.md 2).
    {"rounding.contribution", R"("segment":"BPU","declared_income":1000000)", "rounding_unconfirmed"},
    {"role.village.employer_scale", R"("role":"kepala_desa","monthly_wage":2000000)", nullptr},
    {"role.village.jkk_risk_group", R"("role":"perangkat_desa","monthly_wage":2000000)", nullptr},
    {"role.pendamping_desa.employer_scale", R"("role":"pendamping_desa","monthly_wage":4000000)", nullptr},
    {"role.non_asn.employer_scale", R"("role":"non_asn","monthly_wage":3000000)", nullptr},
    {"role.pekerja_rentan.bpu_sector", R"("role":"pekerja_rentan")", nullptr},
    {"jakon.jkk.slices", R"("segment":"JAKON","contract_value":2000000000)", nullptr},
    {"jakon.jkm.slices", R"("segment":"JAKON","contract_value":2000000000)", nullptr},
    {"jkp.wage_cap", kPu, nullptr},
    // PP 37/2021's conditions decide eligibility without a line of their own: the note says so.
    {"jkp.max_age", kPu, "pp37_conditions_presumed"},
    {"jkp.citizenship", kPu, "pp37_conditions_presumed"},
    {"bpu.basis.min", R"("segment":"BPU","declared_income":500000)", nullptr},
    {"bpu.basis.max", R"("segment":"BPU","declared_income":30000000)", nullptr},
    {"jp.ceiling", kPu, nullptr},
    {"jp.pension_age", kPu, nullptr},
    // Born 1959-07-01: 56 (the pension age) on 2015-07-01, the value's first day -> continuation.
    {"jp.continuation_years",
     R"("segment":"PU","monthly_wage":5000000,"employer_scale":"large",)"
     R"("jkk_risk_group":1,"birth_date":"1959-07-01")",
     nullptr},
    {"bpu.jht.rate", R"("segment":"BPU","declared_income":1000000,"opt_in":["JHT"])", nullptr},
    // Late payment (paid_on): the fine rate and due day are cited in each late_payment line; the
    // month count is a note.
    {"late.pu.fine_rate",
     R"("segment":"PU","monthly_wage":3000000,"employer_scale":"micro","jkk_risk_group":1,)"
     R"("paid_on":"2015-08-16")",
     nullptr},
    {"late.months_counted",
     R"("segment":"PU","monthly_wage":3000000,"employer_scale":"micro",)"
     R"("jkk_risk_group":1,"paid_on":"2015-08-16")",
     "late_month_count"},
    {"late.bpu.due_day", R"("segment":"BPU","declared_income":1000000,"paid_on":"2015-07-10")", nullptr},
    {"pu.wage.daily_days", R"("segment":"PU","daily_wage":100000,"employer_scale":"micro","jkk_risk_group":1)",
     nullptr},
    {"role.pppk_paruh_waktu.scheme", R"("role":"pppk_paruh_waktu","monthly_wage":2000000)", nullptr},
    {"pmi.pre_placement", R"("segment":"PMI","placement_months":12)", nullptr},
    {"pmi.placement.bands", R"("segment":"PMI","placement_months":12)", nullptr},
    // BPJS Kesehatan (JKN) on the payslip (input payslip): the cap (one source) and the floor that
    // is not applied are named in the payslip's explanation lines with their tag (wage above the cap).
    {"jkn.ppu.wage_cap", kPuPayslip, nullptr},
    {"jkn.ppu.wage_floor", kPuPayslip, nullptr},
};

// Benefit parameters (core/rules/*-benefits.json, the scholarship file): probed through
// `jamsos benefits` with as_of and event_date both on the value's first day.
const char* const kBenPu = R"("segment":"PU","monthly_wage":4000000,"employer_scale":"large","jkk_risk_group":1,)"
                           R"("birth_date":"1985-01-01","jkn_enrolled":true,"contribution_months":0,"jht_balance":0,)";
const char* const kChild = R"("children":[{"age":3,"school_level":"belum_sekolah"}])";
const std::string kBenefitScholarship = std::string(kBenPu) + R"("event":"death_work",)" + kChild;
const std::string kBenefitJp = std::string(kBenPu) + R"("event":"old_age")";
const Probe kBenefitProbes[] = {
    {"benefit.jkk.death.minimum", R"("segment":"PU","monthly_wage":4000000,"event":"death_work")", "jkk_death_minimum"},
    {"benefit.jkk.stmb.schedule", R"("segment":"PU","monthly_wage":4000000,"event":"incapacity")", "stmb_conflict"},
    {"benefit.jkk.disability.total_periodic", R"("segment":"PU","monthly_wage":4000000,"event":"disability")", nullptr},
    {"benefit.jht.default_return", R"("segment":"PU","monthly_wage":4000000,"jht_balance":0,"event":"old_age")",
     "jht_return_assumed"},
    {"benefit.jp.min", kBenefitJp.c_str(), nullptr},
    {"benefit.jp.max", kBenefitJp.c_str(), nullptr},
    {"benefit.jkp.wage_cap", R"("segment":"PU","monthly_wage":8000000,"event":"job_loss")", "jkp_cap_unconfirmed"},
    {"benefit.scholarship.tk.per_year", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.tk.years", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.sd.per_year", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.sd.years", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.smp.per_year", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.smp.years", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.sma.per_year", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.sma.years", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.pt.per_year", kBenefitScholarship.c_str(), nullptr},
    {"benefit.scholarship.pt.years", kBenefitScholarship.c_str(), nullptr},
};
const Probe* benefit_probe_for(const std::string& key) {
  for (const Probe& p : kBenefitProbes)
    if (key == p.key) return &p;
  return nullptr;
}

const Probe* probe_for(const std::string& key) {
  for (const Probe& p : kProbes)
    if (key == p.key) return &p;
  return nullptr;
}

bool names_param(const json& j, const std::string& key, const std::string& tag) {
  if (j.is_object()) {
    auto p = j.find("parameter");
    auto c = j.find("confidence");
    if (p != j.end() && c != j.end() && *p == key && *c == tag) return true;
  }
  if (j.is_object() || j.is_array())
    for (const json& e : j)
      if (names_param(e, key, tag)) return true;
  return false;
}

bool has_note(const json& r, const std::string& code, const std::string& tag) {
  for (const json& n : r["notes"])
    if (n["code"] == code && n["confidence"] == tag) return true;
  return false;
}

}  // namespace

TEST_CASE("every C, D or U rule value is named with its tag by an answer that uses it") {
  const RuleSet& R = embedded_rules();
  int checked = 0;
  for (int i = 0; i < kParamCount; ++i) {
    const Param& param = R.param(static_cast<P>(i));
    const std::string key = param_spec(static_cast<P>(i)).key;
    for (const Value& v : param.values) {
      if (!below_b(v.confidence)) continue;
      const std::string tag = confidence_name(v.confidence);
      INFO("parameter ", key, " from ", format_date(v.from), " tagged ", tag);
      if (const Probe* bp = benefit_probe_for(key)) {
        // The figure is named with its tag in a benefit line, and shown as a note (DECISIONS.md 19).
        const std::string d = format_date(v.from);
        std::string input = "{\"as_of\":\"" + d + "\",\"event_date\":\"" + d + "\"," + bp->input + "}";
        std::string out;
        REQUIRE(benefits_json(R, input, out));
        json r = json::parse(out);
        CHECK(names_param(r["benefits"], key, tag));
        bool noted = false;
        for (const json& n : r["notes"]) noted = noted || (n.value("parameter", "") == key && n["confidence"] == tag);
        CHECK(noted);
        if (bp->note) CHECK(has_note(r, bp->note, tag));
        ++checked;
        continue;
      }
      const Probe* probe = probe_for(key);
      REQUIRE_MESSAGE(probe, "add a probe input for this C/D/U value");
      // Probed on the first day the value is in force.
      std::string input = std::string("{\"as_of\":\"") + format_date(v.from) + "\"," + probe->input + "}";
      std::string out;
      REQUIRE(eval_json(R, input, out));
      json r = json::parse(out);
      if (probe->note)
        CHECK(has_note(r, probe->note, tag));
      else
        CHECK(names_param(r, key, tag));
      ++checked;
    }
  }
  CHECK(checked >= 30);
}

TEST_CASE("assumptions that change a figure are notes with their tag (DECISIONS.md 19)") {
  const RuleSet& R = embedded_rules();
  struct Case {
    const char* input;
    const char* note;
    const char* tag;
  };
  const Case cases[] = {
      // Pension-age test method (DECISIONS 9).
      {R"({"as_of":"2025-01-01","segment":"PU","monthly_wage":5000000,"employer_scale":"large",)"
       R"("jkk_risk_group":1,"birth_date":"1966-06-15"})",
       "jp_pension_age_method", "U"},
      // PP 7/2025's "paid up to January 2025" condition.
      {R"({"as_of":"2025-03-01","segment":"PU","monthly_wage":5000000,"employer_scale":"large",)"
       R"("jkk_risk_group":1,"birth_date":"1990-01-01","industry":"toys","employer_headcount":60})",
       "pp7_conditions_assumed", "B"},
      // PP 49/2020's "paid up to July 2020" condition.
      {R"({"as_of":"2020-09-01","segment":"BPU","declared_income":1000000})", "pp49_conditions_assumed", "U"},
      // Unclamped BPU income between the known band ends.
      {R"({"as_of":"2024-01-01","segment":"BPU","declared_income":3000000})", "bpu_bands_unconfirmed", "U"},
      // BPU minimum package JKK + JKM (REFERENCE 3.6: C / U).
      {R"({"as_of":"2024-01-01","segment":"BPU","declared_income":1000000})", "bpu_minimum_package", "U"},
      // PMI band rounding between 6, 12 and 24 months.
      {R"({"as_of":"2024-01-01","segment":"PMI","placement_months":9})", "pmi_band_rounding", "U"},
      // A rule starting mid-month covers the whole month (DECISIONS 4).
      {R"({"as_of":"2021-02-01","segment":"PU","monthly_wage":4000000,"employer_scale":"large",)"
       R"("jkk_risk_group":1,"birth_date":"1990-01-01","jkn_enrolled":true})",
       "mid_month_start", "U"},
  };
  for (const Case& c : cases) {
    INFO(c.note);
    std::string out;
    REQUIRE(eval_json(R, c.input, out));
    CHECK(has_note(json::parse(out), c.note, c.tag));
  }
}
