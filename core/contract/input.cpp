// Input validation for the JSON contract: every field checked, errors name the field.
#include <cstring>
#include <nlohmann/json.hpp>

#include "input_fields.hpp"
#include "jamsos/contract.hpp"
#include "jamsos/roles.hpp"

namespace jamsos {
using json = nlohmann::json;
using detail::Fields;
using detail::Val;

namespace {

bool fail(InputError& e, const char* code, const std::string& field, const std::string& msg) {
  e.code = code;
  e.field = field;
  e.message = msg;
  return false;
}

bool money(const Val& v, const char* field, Money& out, InputError& e) {
  if (!v.is_number())
    return fail(e, "invalid_money", field, std::string(field) + " must be a whole rupiah number, e.g. 5000000");
  if (!v.is_number_integer())
    return fail(e, "invalid_money", field, std::string(field) + " must be whole rupiah (no decimals)");
  if (v.is_number_unsigned() ? v.u > static_cast<uint64_t>(kMaxMoney) : (v.i < 0))
    return fail(e, "invalid_money", field,
                std::string(field) + (v.is_number_unsigned() ? " is too large" : " must not be negative"));
  int64_t x = v.i;
  if (x > kMaxMoney) return fail(e, "invalid_money", field, std::string(field) + " is too large");
  out = x;
  return true;
}

bool integer(const Val& v, const char* field, int64_t lo, int64_t hi, int64_t& out, InputError& e) {
  if (!v.is_number_integer()) return fail(e, "invalid_type", field, std::string(field) + " must be a whole number");
  if (v.is_number_unsigned() && v.u > static_cast<uint64_t>(hi))
    return fail(e, "out_of_range", field,
                std::string(field) + " must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  int64_t x = v.i;
  if (x < lo || x > hi)
    return fail(e, "out_of_range", field,
                std::string(field) + " must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  out = x;
  return true;
}

bool text(const Val& v, const char* field, std::string& out, InputError& e) {
  if (!v.is_string()) return fail(e, "invalid_type", field, std::string(field) + " must be text");
  out = v.s;
  return true;
}

bool boolean(const Val& v, const char* field, bool& out, InputError& e) {
  if (!v.is_boolean()) return fail(e, "invalid_type", field, std::string(field) + " must be true or false");
  out = v.b;
  return true;
}

bool date(const Val& v, const char* field, Date& out, InputError& e) {
  if (!v.is_string() || !parse_date(v.s, out))
    return fail(e, "invalid_date", field, std::string(field) + " must be a real date written YYYY-MM-DD");
  return true;
}

template <typename E, size_t N>
bool code(const Val& v, const char* field, const char* const (&names)[N], E& out, InputError& e) {
  std::string s;
  if (!text(v, field, s, e)) return false;
  for (size_t i = 0; i < N; ++i)
    if (s == names[i]) {
      out = static_cast<E>(i + 1);
      return true;
    }
  std::string list;
  for (size_t i = 0; i < N; ++i) list += (i ? ", " : "") + std::string(names[i]);
  return fail(e, "unknown_code", field, std::string(field) + " \"" + detail::echo(s) + "\" is not one of: " + list);
}

// A role code from the role table (engine/roles.cpp).
bool role(const Val& v, Role& out, InputError& e) {
  std::string s;
  if (!text(v, "role", s, e)) return false;
  if (role_from_code(s.data(), s.size(), out)) return true;
  std::string list;
  for (const RoleInfo* r = roles_begin(); r != roles_end(); ++r)
    list += (list.empty() ? "" : ", ") + std::string(r->code);
  return fail(e, "unknown_code", "role", "role \"" + detail::echo(s) + "\" is not one of: " + list);
}

// Input field names, found by length then one comparison (a chain of string compares was a
// visible share of the JSON path's time).
enum class Key : uint8_t {
  k_as_of,
  k_segment,
  k_role,
  k_citizenship,
  k_birth_date,
  k_monthly_wage,
  k_employer_scale,
  k_jkk_risk_group,
  k_jkn_enrolled,
  k_industry,
  k_employer_headcount,
  k_declared_income,
  k_bpu_sector,
  k_contract_value,
  k_placement_months,
  k_pmi_jht_monthly,
  k_opt_in,
  k_jp_deferral_requested,
  k_funded_by,
  k_member_since,
  k_paid_on,
  k_daily_wage,
  k_work_days,
  k_scheme,
  k_payslip,
  k_id,
  unknown
};
Key key_of(const std::string& k) {
  switch (k.size()) {
    case 2:
      if (!std::memcmp(k.data(), "id", 2)) return Key::k_id;
      break;
    case 4:
      if (!std::memcmp(k.data(), "role", 4)) return Key::k_role;
      break;
    case 5:
      if (!std::memcmp(k.data(), "as_of", 5)) return Key::k_as_of;
      break;
    case 6:
      if (!std::memcmp(k.data(), "opt_in", 6)) return Key::k_opt_in;
      if (!std::memcmp(k.data(), "scheme", 6)) return Key::k_scheme;
      break;
    case 7:
      if (!std::memcmp(k.data(), "segment", 7)) return Key::k_segment;
      if (!std::memcmp(k.data(), "paid_on", 7)) return Key::k_paid_on;
      if (!std::memcmp(k.data(), "payslip", 7)) return Key::k_payslip;
      break;
    case 8:
      if (!std::memcmp(k.data(), "industry", 8)) return Key::k_industry;
      break;
    case 9:
      if (!std::memcmp(k.data(), "funded_by", 9)) return Key::k_funded_by;
      if (!std::memcmp(k.data(), "work_days", 9)) return Key::k_work_days;
      break;
    case 10:
      if (!std::memcmp(k.data(), "birth_date", 10)) return Key::k_birth_date;
      if (!std::memcmp(k.data(), "bpu_sector", 10)) return Key::k_bpu_sector;
      if (!std::memcmp(k.data(), "daily_wage", 10)) return Key::k_daily_wage;
      break;
    case 11:
      if (!std::memcmp(k.data(), "citizenship", 11)) return Key::k_citizenship;
      break;
    case 12:
      if (!std::memcmp(k.data(), "monthly_wage", 12)) return Key::k_monthly_wage;
      if (!std::memcmp(k.data(), "jkn_enrolled", 12)) return Key::k_jkn_enrolled;
      if (!std::memcmp(k.data(), "member_since", 12)) return Key::k_member_since;
      break;
    case 14:
      if (!std::memcmp(k.data(), "employer_scale", 14)) return Key::k_employer_scale;
      if (!std::memcmp(k.data(), "jkk_risk_group", 14)) return Key::k_jkk_risk_group;
      if (!std::memcmp(k.data(), "contract_value", 14)) return Key::k_contract_value;
      break;
    case 15:
      if (!std::memcmp(k.data(), "declared_income", 15)) return Key::k_declared_income;
      if (!std::memcmp(k.data(), "pmi_jht_monthly", 15)) return Key::k_pmi_jht_monthly;
      break;
    case 16:
      if (!std::memcmp(k.data(), "placement_months", 16)) return Key::k_placement_months;
      break;
    case 18:
      if (!std::memcmp(k.data(), "employer_headcount", 18)) return Key::k_employer_headcount;
      break;
    case 21:
      if (!std::memcmp(k.data(), "jp_deferral_requested", 21)) return Key::k_jp_deferral_requested;
      break;
  }
  return Key::unknown;
}

const char* const kSegments[] = {"PU", "BPU", "JAKON", "PMI"};
const char* const kScales[] = {"micro", "small", "medium", "large"};
const char* const kSectors[] = {"transport", "other"};
const char* const kCitizenship[] = {"WNI", "WNA"};
const char* const kProgramNames[] = {"JKK", "JKM", "JHT", "JP", "JKP"};
const char* const kFundedBy[] = {"self", "employer", "apbn", "apbd", "apbdes", "other"};  // FundedBy order
const char* const kSchemes[] = {"bpjs_tk", "taspen"};                                     // Scheme order

}  // namespace

bool detail::parse_input_fields(const RuleSet& R, const Fields& f, Input& in, std::string& id_json, InputError& e) {
  in = Input();
  id_json.clear();
  if (!f.is_object) return fail(e, "not_an_object", "", "each input must be a JSON object");
  const Val* asof = nullptr;
  uint32_t seen = 0;  // a field given twice is an error, whatever its values (docs/CONTRACT.md)
  for (size_t n = 0; n < f.count; ++n) {
    const Key kid = key_of(f.keys[n]);
    if (kid == Key::k_as_of) asof = &f.vals[n];
    const uint32_t bit = kid == Key::unknown ? 0 : 1u << static_cast<unsigned>(kid);
    if (seen & bit) {
      const std::string k = detail::echo(f.keys[n]);
      return fail(e, "duplicate_field", k, "input field \"" + k + "\" is given more than once");
    }
    seen |= bit;
  }
  if (!asof || asof->is_null()) return fail(e, "missing_field", "as_of", "as_of is required (YYYY-MM-DD)");
  for (size_t n = 0; n < f.count; ++n) {
    const std::string& k = f.keys[n];
    const Key kid = key_of(k);
    const Val& v = f.vals[n];
    // null means "not given" (an unknown field is an error whatever its value)
    if (v.is_null() && kid != Key::k_as_of && kid != Key::unknown) continue;
    bool ok = true;
    if (kid == Key::k_as_of) {
      ok = date(v, "as_of", in.as_of, e);
      if (ok && in.as_of < R.start())
        return fail(e, "date_out_of_range", "as_of",
                    "as_of must be on or after " + format_date(R.start()) + ", when the rules begin");
    } else if (kid == Key::k_segment) {
      ok = code(v, "segment", kSegments, in.segment, e);
    } else if (kid == Key::k_role) {
      ok = role(v, in.role, e);
    } else if (kid == Key::k_citizenship) {
      Citizenship tmp{};
      ok = code(v, "citizenship", kCitizenship, tmp, e);
      in.citizenship = static_cast<int>(tmp) == 2 ? Citizenship::WNA : Citizenship::WNI;
    } else if (kid == Key::k_birth_date) {
      ok = date(v, "birth_date", in.birth_date, e);
      in.has_birth = ok;
    } else if (kid == Key::k_monthly_wage) {
      ok = money(v, "monthly_wage", in.monthly_wage, e);
    } else if (kid == Key::k_employer_scale) {
      ok = code(v, "employer_scale", kScales, in.scale, e);
    } else if (kid == Key::k_jkk_risk_group) {
      int64_t g = 0;
      ok = integer(v, "jkk_risk_group", 1, 5, g, e);
      in.risk_group = static_cast<int>(g);
    } else if (kid == Key::k_jkn_enrolled) {
      bool b = false;
      ok = boolean(v, "jkn_enrolled", b, e);
      in.jkn = b ? 1 : 0;
    } else if (kid == Key::k_industry) {
      ok = text(v, "industry", in.industry, e);
      in.has_industry = ok && !in.industry.empty();
    } else if (kid == Key::k_employer_headcount) {
      ok = integer(v, "employer_headcount", 0, 100000000, in.headcount, e);
    } else if (kid == Key::k_declared_income) {
      ok = money(v, "declared_income", in.declared_income, e);
    } else if (kid == Key::k_bpu_sector) {
      ok = code(v, "bpu_sector", kSectors, in.bpu_sector, e);
    } else if (kid == Key::k_contract_value) {
      ok = money(v, "contract_value", in.contract_value, e);
    } else if (kid == Key::k_placement_months) {
      int64_t m = 0;
      ok = integer(v, "placement_months", 1, 120, m, e);
      in.placement_months = static_cast<int>(m);
    } else if (kid == Key::k_pmi_jht_monthly) {
      ok = money(v, "pmi_jht_monthly", in.pmi_jht_monthly, e);
    } else if (kid == Key::k_opt_in) {
      if (!v.is_array()) return fail(e, "invalid_type", "opt_in", "opt_in must be a list such as [\"JHT\", \"JP\"]");
      in.opt_in = 0;
      for (const Val& p : v.arr) {
        uint8_t idx = 0;
        if (!code(p, "opt_in", kProgramNames, idx, e)) return false;
        in.opt_in |= static_cast<uint8_t>(1u << (idx - 1));
      }
    } else if (kid == Key::k_jp_deferral_requested) {
      ok = boolean(v, "jp_deferral_requested", in.jp_deferral_requested, e);
    } else if (kid == Key::k_funded_by) {
      ok = code(v, "funded_by", kFundedBy, in.funded_by, e);
    } else if (kid == Key::k_member_since) {
      ok = date(v, "member_since", in.member_since, e);
      in.has_member_since = ok;
    } else if (kid == Key::k_paid_on) {
      ok = date(v, "paid_on", in.paid_on, e);
      in.has_paid_on = ok;
    } else if (kid == Key::k_daily_wage) {
      ok = money(v, "daily_wage", in.daily_wage, e);
      if (ok && in.daily_wage > kMaxMoney / 31)
        return fail(e, "invalid_money", "daily_wage", "daily_wage is too large");
    } else if (kid == Key::k_work_days) {
      int64_t d = 0;
      ok = integer(v, "work_days", 1, 31, d, e);
      in.work_days = static_cast<int>(d);
    } else if (kid == Key::k_scheme) {
      ok = code(v, "scheme", kSchemes, in.scheme, e);
    } else if (kid == Key::k_payslip) {
      ok = boolean(v, "payslip", in.payslip, e);
    } else if (kid == Key::k_id) {
      if (!v.is_string() && !v.is_number_integer())
        return fail(e, "invalid_type", "id", "id must be text or a whole number");
      id_json = v.is_string() ? json(v.s).dump(-1, ' ', false, json::error_handler_t::replace)
                              : (v.is_number_unsigned() ? std::to_string(v.u) : std::to_string(v.i));
    } else {
      const std::string name = detail::echo(k);
      return fail(e, "unknown_field", name, "unknown input field \"" + name + "\" (see jamsos --help)");
    }
    if (!ok) return false;
  }
  // The cross-field checks (engine/validate.cpp); the contract reports the first.
  InputIssue issue;
  if (validate(R, in, &issue, 1) > 0) return e = input_error(issue), false;
  return true;
}

InputError input_error(const InputIssue& is) {
  switch (is.check) {
    case InputCheck::BirthAfterAsOf:
      return {"birth_after_as_of", is.field, "birth_date is after as_of"};
    case InputCheck::AgeOver120:
      return {"out_of_range", is.field, "birth_date gives an age over 120 on as_of"};
    case InputCheck::RoleSegmentConflict:
      break;
    case InputCheck::PmiForeign:
      return {"inconsistent_input", is.field, "migrant workers (PMI) are Indonesian citizens by definition"};
    case InputCheck::MemberSinceAfterAsOf:
      return {"inconsistent_input", is.field, "member_since is after as_of"};
    case InputCheck::WageTwice:
      return {"inconsistent_input", is.field, "give monthly_wage or daily_wage, not both"};
    case InputCheck::WorkDaysAlone:
      return {"inconsistent_input", is.field, "work_days needs daily_wage"};
    case InputCheck::PmiJhtChoice: {
      std::string list;
      for (Money m : is.param->money_list) list += (list.empty() ? "" : ", ") + std::to_string(m);
      return {"out_of_range", is.field, "pmi_jht_monthly must be one of " + list};
    }
  }
  return {"inconsistent_input", is.field,
          std::string("role ") + role_code(is.role) + " implies segment " + segment_code(is.implied)};
}

bool parse_input_text(const RuleSet& R, const std::string& text, Input& in, std::string& id_json, InputError& err) {
  bool ok = false, seen = false;
  bool parsed = detail::parse_inputs(text, [&](const Fields& f, bool top_level_array) {
    if (top_level_array || seen) {
      ok = fail(err, "not_an_object", "", "expected one JSON object");
      return;
    }
    seen = true;
    ok = detail::parse_input_fields(R, f, in, id_json, err);
  });
  if (!parsed) return fail(err, "malformed_json", "", "the input is not valid JSON");
  return ok;
}

}  // namespace jamsos
