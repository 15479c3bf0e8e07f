// The contract's codes for the engine's enums (segment, scale, program, sector, status, missing
// and ignored input fields, payers). Role codes live in the role table (roles.cpp).
#include "jamsos/engine.hpp"

namespace jamsos {

const char* segment_code(Segment s) {
  static const char* n[] = {"", "PU", "BPU", "JAKON", "PMI"};
  return n[static_cast<int>(s)];
}
const char* scale_code(Scale s) {
  static const char* n[] = {"", "micro", "small", "medium", "large"};
  return n[static_cast<int>(s)];
}
const char* program_code(int p) {
  static const char* n[] = {"JKK", "JKM", "JHT", "JP", "JKP"};
  return n[p];
}
const char* sector_code(BpuSector s) {
  static const char* n[] = {"", "transport", "other"};
  return n[static_cast<int>(s)];
}
const char* funded_by_code(FundedBy f) {
  static const char* n[] = {"", "self", "employer", "apbn", "apbd", "apbdes", "other"};
  return n[static_cast<int>(f)];
}
const char* status_code(Status s) {
  static const char* n[] = {"mandatory", "optional", "not_eligible", "need_info"};
  return n[static_cast<int>(s)];
}
const char* missing_field(int bit) {
  static const char* n[] = {"segment",          "monthly_wage",    "jkk_risk_group",  "employer_scale",
                            "birth_date",       "jkn_enrolled",    "declared_income", "contract_value",
                            "placement_months", "pmi_jht_monthly", "member_since",    "scheme"};
  return n[bit];
}
const char* ignored_field_name(int f) {
  static const char* n[] = {"monthly_wage", "employer_scale",     "jkk_risk_group",   "declared_income",
                            "bpu_sector",   "contract_value",     "placement_months", "pmi_jht_monthly",
                            "industry",     "employer_headcount", "jkn_enrolled",     "jp_deferral_requested",
                            "funded_by",    "member_since",       "paid_on",          "daily_wage",
                            "scheme"};
  return n[f];
}
const char* payer_code(Payer p) {
  static const char* n[] = {"employer",    "village_government", "ministry", "agency", "bumdes", "contractor",
                            "participant", "village_budget",     "worker",   "apbn",   "none"};
  return n[static_cast<int>(p)];
}

}  // namespace jamsos
