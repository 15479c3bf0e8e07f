// libFuzzer target for the rules-bundle loader (load_rules_bundle, what `jamsos --rules FILE`
// reads), seeded with `jamsos rules` output (scripts/fuzz.sh). Any bytes: load or fail with a
// message, never crash; a bundle that loads must evaluate inputs of every segment without
// crashing and answer strict JSON.
// Build and run: scripts/fuzz.sh SECONDS (docs/RELIABILITY.md).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/contract.hpp"
#include "jamsos/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  jamsos::RuleSet R;
  std::string err;
  if (!jamsos::load_rules_bundle(text, R, err)) {
    if (err.empty()) std::abort();  // a failure names its reason
    return 0;
  }
  static const char* const inputs =
      R"([{"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000,"employer_scale":"large","birth_date":"1990-01-01","jkn_enrolled":true},)"
      R"({"as_of":"2020-09-01","segment":"BPU","declared_income":3000000,"opt_in":["JHT"]},)"
      R"({"as_of":"2025-03-01","segment":"JAKON","contract_value":2500000000},)"
      R"({"as_of":"2024-01-01","segment":"PMI","placement_months":30,"pmi_jht_monthly":100000},)"
      R"({"as_of":"2026-05-01","role":"perangkat_desa","monthly_wage":3000000}])";
  std::string out;
  jamsos::eval_json(R, inputs, out);
  if (nlohmann::json::parse(out, nullptr, false).is_discarded()) std::abort();
  return 0;
}
