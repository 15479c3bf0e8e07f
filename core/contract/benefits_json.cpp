// The JSON contract of `jamsos benefits` (docs/CONTRACT.md, "Benefits"): the eval input plus the
// benefit fields in, the estimated benefits out. Exception-free (runs as WebAssembly): the eval
// fields go through the eval reader and validator (same errors as eval); the two lists of objects
// (children, wage_history) are read from nlohmann's DOM parsed without exceptions.
#include <nlohmann/json.hpp>

#include "benefits_messages.hpp"
#include "input_fields.hpp"
#include "jamsos/benefits_json.hpp"
#include "jamsos/json_writer.hpp"
#include "jamsos/messages.hpp"

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

// The benefit fields; every other field is the eval input's.
const char* const kBenefitKeys[] = {"event",
                                    "event_date",
                                    "contribution_months",
                                    "wage_history",
                                    "children",
                                    "jht_annual_return",
                                    "jht_balance",
                                    "disability_percent",
                                    "jkp_months_in_24",
                                    "jkp_consecutive_months"};
constexpr int kNBenefitKeys = sizeof(kBenefitKeys) / sizeof(kBenefitKeys[0]);
int benefit_key(const std::string& k) {
  for (int i = 0; i < kNBenefitKeys; ++i)
    if (k == kBenefitKeys[i]) return i;
  return -1;
}

const char* const kEvents[] = {"death_non_work", "death_work", "incapacity", "disability", "job_loss", "old_age"};
const char* const kLevels[] = {"belum_sekolah", "tk", "sd", "smp", "sma", "pt"};

std::string list_of(const char* const* names, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? ", " : "") + std::string(names[i]);
  return s;
}

bool int_in(const Val& v, const std::string& field, int64_t lo, int64_t hi, int64_t& out, InputError& e) {
  if (!v.is_number_integer()) return fail(e, "invalid_type", field, field + " must be a whole number");
  const bool big = v.is_number_unsigned() && v.u > static_cast<uint64_t>(hi);
  if (big || v.i < lo || v.i > hi)
    return fail(e, "out_of_range", field,
                field + " must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  out = v.i;
  return true;
}
bool json_int_in(const json& v, const std::string& field, int64_t lo, int64_t hi, int64_t& out, InputError& e) {
  if (!v.is_number_integer()) return fail(e, "invalid_type", field, field + " must be a whole number");
  const bool big = v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(hi);
  const int64_t x = big ? hi : v.get<int64_t>();
  if (big || x < lo || x > hi)
    return fail(e, "out_of_range", field,
                field + " must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  out = x;
  return true;
}
bool json_money(const json& v, const std::string& field, Money& out, InputError& e) {
  if (!v.is_number()) return fail(e, "invalid_money", field, field + " must be a whole rupiah number, e.g. 5000000");
  if (!v.is_number_integer()) return fail(e, "invalid_money", field, field + " must be whole rupiah (no decimals)");
  if (v.is_number_unsigned() ? v.get<uint64_t>() > static_cast<uint64_t>(kMaxMoney) : v.get<int64_t>() < 0)
    return fail(e, "invalid_money", field,
                field + (v.is_number_unsigned() ? " is too large" : " must not be negative"));
  out = v.get<int64_t>();
  return true;
}
bool json_date(const json& v, const std::string& field, Date& out, InputError& e) {
  if (!v.is_string() || !parse_date(v.get_ref<const std::string&>(), out))
    return fail(e, "invalid_date", field, field + " must be a real date written YYYY-MM-DD");
  return true;
}

bool read_children(const json& arr, BenefitInput& in, InputError& e) {
  if (!arr.is_array())
    return fail(e, "invalid_type", "children",
                "children must be a list such as [{\"age\": 10, \"school_level\": \"sd\"}]");
  if (arr.size() > 20) return fail(e, "out_of_range", "children", "children: at most 20 children");
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string base = "children[" + std::to_string(i) + "]";
    const json& c = arr[i];
    if (!c.is_object())
      return fail(e, "invalid_type", base, base + " must be an object such as {\"age\": 10, \"school_level\": \"sd\"}");
    BenefitChild ch;
    for (auto it = c.begin(); it != c.end(); ++it) {
      const std::string f = base + "." + detail::echo(it.key());
      if (it.value().is_null()) continue;
      if (it.key() == "age") {
        int64_t a = 0;
        if (!json_int_in(it.value(), f, 0, 60, a, e)) return false;
        ch.age = static_cast<int>(a);
      } else if (it.key() == "school_level") {
        bool ok = false;
        if (it.value().is_string())
          for (int k = 0; k < 6; ++k)
            if (it.value().get_ref<const std::string&>() == kLevels[k])
              ch.level = static_cast<SchoolLevel>(k), ok = true;
        if (!ok) return fail(e, "unknown_code", f, f + " must be one of: " + list_of(kLevels, 6));
      } else {
        return fail(e, "unknown_field", f, "unknown input field \"" + f + "\" (a child has age and school_level)");
      }
    }
    in.children.push_back(ch);
  }
  return true;
}

bool read_wage_history(const json& arr, BenefitInput& in, InputError& e) {
  if (!arr.is_array())
    return fail(e, "invalid_type", "wage_history",
                "wage_history must be a list such as [{\"from\": \"2020-01-01\", \"monthly_wage\": 4000000}]");
  if (arr.size() > 1200) return fail(e, "out_of_range", "wage_history", "wage_history: at most 1200 periods");
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string base = "wage_history[" + std::to_string(i) + "]";
    const json& p = arr[i];
    if (!p.is_object())
      return fail(e, "invalid_type", base, base + " must be an object {\"from\": \"YYYY-MM-DD\", \"monthly_wage\": N}");
    WagePeriod w{Date{}, -1};
    bool has_from = false;
    for (auto it = p.begin(); it != p.end(); ++it) {
      const std::string f = base + "." + detail::echo(it.key());
      if (it.key() == "from") {
        if (!json_date(it.value(), f, w.from, e)) return false;
        has_from = true;
      } else if (it.key() == "monthly_wage") {
        if (!json_money(it.value(), f, w.wage, e)) return false;
      } else {
        return fail(e, "unknown_field", f, "unknown input field \"" + f + "\" (a period has from and monthly_wage)");
      }
    }
    if (!has_from) return fail(e, "missing_field", base + ".from", base + ".from is required (YYYY-MM-DD)");
    if (w.wage < 0) return fail(e, "missing_field", base + ".monthly_wage", base + ".monthly_wage is required");
    if (!in.wage_history.empty() && !(in.wage_history.back().from < w.from))
      return fail(e, "inconsistent_input", base + ".from",
                  base + ".from must be after wage_history[" + std::to_string(i - 1) + "].from");
    in.wage_history.push_back(w);
  }
  return true;
}

bool parse_fields(const RuleSet& R, const std::string& text, const Fields& f, BenefitInput& in, std::string& id_json,
                  InputError& e) {
  Fields eval_f;
  eval_f.is_object = f.is_object;
  const Val* bv[kNBenefitKeys] = {};
  for (size_t n = 0; n < f.count; ++n) {
    const int k = benefit_key(f.keys[n]);
    if (k < 0) {
      eval_f.keys.push_back(f.keys[n]);
      eval_f.vals.push_back(f.vals[n]);
      ++eval_f.count;
      continue;
    }
    if (bv[k])
      return fail(e, "duplicate_field", f.keys[n], "input field \"" + f.keys[n] + "\" is given more than once");
    bv[k] = &f.vals[n];
  }
  if (!detail::parse_input_fields(R, eval_f, in.base, id_json, e)) return false;
  auto given = [&](int k) { return bv[k] && !bv[k]->is_null(); };
  if (given(0)) {
    const Val& v = *bv[0];
    bool ok = false;
    if (v.is_string())
      for (int i = 0; i < 6; ++i)
        if (v.s == kEvents[i]) in.event = static_cast<BenefitEvent>(i + 1), ok = true;
    if (!ok) {
      const std::string got = v.is_string() ? " \"" + detail::echo(v.s) + "\"" : "";
      return fail(e, "unknown_code", "event", "event" + got + " is not one of: " + list_of(kEvents, 6));
    }
  }
  if (given(1)) {
    if (!bv[1]->is_string() || !parse_date(bv[1]->s, in.event_date))
      return fail(e, "invalid_date", "event_date", "event_date must be a real date written YYYY-MM-DD");
    if (in.event_date < R.start())
      return fail(e, "date_out_of_range", "event_date",
                  "event_date must be on or after " + format_date(R.start()) + ", when the rules begin");
    if (to_ymd(in.event_date).year > 2150)
      return fail(e, "date_out_of_range", "event_date", "event_date must be before 2151");
    in.has_event_date = true;
  }
  int64_t x = 0;
  if (given(2)) {
    if (!int_in(*bv[2], "contribution_months", 0, 1200, x, e)) return false;
    in.contribution_months = static_cast<int>(x);
  }
  if (given(5)) {
    const Val& v = *bv[5];
    Rate r;
    if (!v.is_string() || !parse_rate(v.s, r))
      return fail(e, "invalid_type", "jht_annual_return", "jht_annual_return must be a percent such as \"5%\"");
    if (r.units < 0 || r.units > Rate::kOne / 2)
      return fail(e, "out_of_range", "jht_annual_return", "jht_annual_return must be between 0% and 50%");
    in.has_return = true;
    in.jht_return = r;
  }
  if (given(6)) {
    const Val& v = *bv[6];
    if (!v.is_number() || !v.is_number_integer() ||
        (v.is_number_unsigned() ? v.u > static_cast<uint64_t>(kMaxMoney) : v.i < 0))
      return fail(e, "invalid_money", "jht_balance", "jht_balance must be a whole rupiah number, not negative");
    in.jht_balance = v.i;
  }
  if (given(7)) {
    if (!int_in(*bv[7], "disability_percent", 1, 100, x, e)) return false;
    in.disability_percent = static_cast<int>(x);
  }
  if (given(8)) {
    if (!int_in(*bv[8], "jkp_months_in_24", 0, 24, x, e)) return false;
    in.jkp_months_in_24 = static_cast<int>(x);
  }
  if (given(9)) {
    if (!int_in(*bv[9], "jkp_consecutive_months", 0, 1200, x, e)) return false;
    in.jkp_consecutive_months = static_cast<int>(x);
  }
  if (given(3) || given(4)) {  // lists of objects: read from the DOM
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return fail(e, "malformed_json", "", "the input is not valid JSON");
    if (given(3) && !read_wage_history(doc["wage_history"], in, e)) return false;
    if (given(4) && !read_children(doc["children"], in, e)) return false;
  }
  if (in.jkp_consecutive_months >= 0 && in.jkp_months_in_24 >= 0 && in.jkp_consecutive_months > 24 &&
      in.jkp_months_in_24 < 24)
    return fail(e, "inconsistent_input", "jkp_consecutive_months",
                "jkp_consecutive_months above 24 needs jkp_months_in_24 = 24");
  return true;
}

// Written straight to a std::string (not the inlined JsonOut buffer of the eval hot path): smaller
// code in the page's wasm, and a benefits answer is one object.
using Out = std::string;

void esc(Out& o, const std::string& s) { json_write_string(o, s); }
void esc(Out& o, const char* s) { json_write_string(o, s, std::strlen(s)); }
void quoted_date(Out& o, Date d) {
  char b[10];
  format_date_chars(b, d);
  o += '"';
  o.append(b, 10);
  o += '"';
}

void write_param(Out& o, const Value* v) {
  o += '{';
  json_write_key(o, "parameter"), esc(o, param_spec(v->param).key);
  json_write_comma_key(o, "from"), quoted_date(o, v->from);
  json_write_comma_key(o, "confidence"), esc(o, confidence_name(v->confidence));
  json_write_comma_key(o, "citation"), esc(o, v->citation);
  o += '}';  // the address of each value: `jamsos rules` (and the line's own "url" for its main figure)
}

void write_line(Out& o, const RuleSet& R, const BenefitInput& in, const BenefitLine& l) {
  (void)R;
  o += '{';
  json_write_key(o, "program"), esc(o, program_code(l.program));
  json_write_comma_key(o, "event"), esc(o, benefit_event_code(l.event));
  json_write_comma_key(o, "item"), esc(o, bmsg::item_code(l.item));
  json_write_comma_key(o, "status"), esc(o, benefit_status_code(l.status));
  switch (l.kind) {
    case AmountKind::Amount:
    case AmountKind::UpTo:
      json_write_comma_key(o, "amount"), json_write_int(o, l.amount);
      if (l.kind == AmountKind::UpTo) json_write_comma_key(o, "up_to"), json_write_bool(o, true);
      break;
    case AmountKind::Monthly:
      json_write_comma_key(o, "monthly"), json_write_int(o, l.amount);
      json_write_comma_key(o, "months");
      if (l.months > 0)
        json_write_int(o, l.months);
      else
        json_write_null(o);
      break;
    case AmountKind::None:
      json_write_comma_key(o, "amount"), json_write_null(o);
      break;
  }
  if (l.item == BenefitItem::Scholarship && l.arg >= 0) json_write_comma_key(o, "child"), json_write_int(o, l.arg + 1);
  json_write_comma_key(o, "missing"), o += '[';
  bool first = true;
  for (int i = 0; i < kBenefitMissingKinds; ++i)
    if (l.missing & (1u << i)) json_comma(o, first), esc(o, benefit_missing_field(i));
  o += ']';
  json_write_comma_key(o, "conditions"), o += '[';
  std::string t;
  for (int i = 0; i < l.n_conditions; ++i) {
    if (i) o += ',';
    o += '{';
    json_write_key(o, "code"), esc(o, bmsg::condition_code(l.conditions[i]));
    t.clear(), bmsg::condition_text(t, l.conditions[i], l.condition_args[i], true);
    json_write_comma_key(o, "text_id"), esc(o, t);
    t.clear(), bmsg::condition_text(t, l.conditions[i], l.condition_args[i], false);
    json_write_comma_key(o, "text_en"), esc(o, t);
    o += '}';
  }
  o += ']';
  // The main figure's citation; the confidence is the weakest of the figures used.
  const Value* main = l.n_params ? l.params[0] : nullptr;
  Confidence worst = Confidence::A;
  for (int i = 0; i < l.n_params; ++i)
    if (!(l.info_params & (1u << i)) && l.params[i]->confidence > worst) worst = l.params[i]->confidence;
  if (!main || l.status == BenefitStatus::Unconfirmed) worst = Confidence::U;
  json_write_comma_key(o, "citation");
  if (main)
    esc(o, main->citation);
  else
    json_write_null(o);
  json_write_comma_key(o, "url");
  if (main)
    esc(o, main->url);
  else
    json_write_null(o);
  json_write_comma_key(o, "confidence"), esc(o, confidence_name(worst));
  json_write_comma_key(o, "parameters"), o += '[';
  for (int i = 0; i < l.n_params; ++i) {
    if (i) o += ',';
    write_param(o, l.params[i]);
  }
  o += ']';
  t.clear(), bmsg::explanation(t, l, in, true);
  json_write_comma_key(o, "explanation_id"), esc(o, t);
  t.clear(), bmsg::explanation(t, l, in, false);
  json_write_comma_key(o, "explanation_en"), esc(o, t);
  o += '}';
}

void write_projection(Out& o, const JhtProjection& p) {
  if (!p.present) return json_write_null(o);
  o += '{';
  json_write_key(o, "annual_return"), esc(o, format_rate(p.annual_return));
  json_write_comma_key(o, "assumption"), json_write_bool(o, true);
  json_write_comma_key(o, "parameter");
  if (p.default_return)
    esc(o, param_spec(p.default_return->param).key);
  else
    json_write_null(o);
  json_write_comma_key(o, "confidence"), esc(o, p.default_return ? confidence_name(p.default_return->confidence) : "U");
  json_write_comma_key(o, "start"), quoted_date(o, p.start);
  json_write_comma_key(o, "end"), quoted_date(o, p.end);
  json_write_comma_key(o, "months"), json_write_int(o, p.months);
  json_write_comma_key(o, "start_balance"), json_write_int(o, p.start_balance);
  json_write_comma_key(o, "contributed"), json_write_int(o, p.contributed);
  json_write_comma_key(o, "final_balance"), json_write_int(o, p.final_balance);
  json_write_comma_key(o, "points"), o += '[';
  for (size_t i = 0; i < p.points.size(); ++i) {
    if (i) o += ',';
    o += '{';
    json_write_key(o, "date"), quoted_date(o, p.points[i].date);
    json_write_comma_key(o, "balance"), json_write_int(o, p.points[i].balance);
    json_write_comma_key(o, "contributed"), json_write_int(o, p.points[i].contributed);
    o += '}';
  }
  o += "]}";
}

}  // namespace

bool parse_benefit_input(const RuleSet& R, const std::string& text, BenefitInput& in, std::string& id_json,
                         InputError& err) {
  in = BenefitInput();
  id_json.clear();
  bool ok = false, seen = false;
  const detail::ReadStatus st = detail::read_inputs(text.data(), text.size(), [&](const Fields& f, bool in_array) {
    if (in_array || seen) {
      ok = fail(err, "not_an_object", "", "expected one JSON object");
      return false;
    }
    seen = true;
    ok = parse_fields(R, text, f, in, id_json, err);
    return true;
  });
  if (st.top_array && !seen) return fail(err, "not_an_object", "", "expected one JSON object");
  if (!st.ok && !st.stopped) {
    if (st.field.empty()) return fail(err, "malformed_json", "", "the input is not valid JSON");
    const std::string f = detail::echo(st.field);
    if (st.error_id == 406)
      return fail(err, "out_of_range", f, f + ": the number " + detail::echo(st.token) + " is too large");
    return fail(err, "malformed_json", f, "the value of " + f + " is not valid JSON");
  }
  if (!seen) return fail(err, "not_an_object", "", "each input must be a JSON object");
  return ok;
}

void write_benefits(const RuleSet& R, const BenefitInput& in, const BenefitResult& r, const std::string& id_json,
                    std::string& out) {
  Out& o = out;
  o += '{';
  if (!id_json.empty()) json_write_key(o, "id"), o += id_json, o += ',';
  json_write_key(o, "as_of"), quoted_date(o, in.base.as_of);
  json_write_comma_key(o, "rules_version"), esc(o, R.version());
  json_write_comma_key(o, "event"), esc(o, benefit_event_code(in.event));
  json_write_comma_key(o, "event_date");
  if (in.has_event_date)
    quoted_date(o, in.event_date);
  else
    json_write_null(o);
  json_write_comma_key(o, "coverage"), o += '{';
  for (int i = 0; i < kPrograms; ++i) {
    if (i) o += ',';
    json_write_key(o, program_code(i), std::strlen(program_code(i)));
    const ProgramResult& p = r.eval.programs[i];
    esc(o, p.status == Status::Optional && p.enrolled ? "opted_in" : status_code(p.status));
  }
  o += '}';
  json_write_comma_key(o, "benefits"), o += '[';
  for (size_t i = 0; i < r.lines.size(); ++i) {
    if (i) o += ',';
    write_line(o, R, in, r.lines[i]);
  }
  o += ']';
  // Totals per event and program: the payable fixed amounts (not "up to" limits, monthly pay or
  // conditional items), e.g. the JKM total of a death (Rp42,000,000 under PP 82/2019).
  json_write_comma_key(o, "totals"), o += '[';
  bool first = true;
  for (int ev = 1; ev < kBenefitEvents; ++ev)
    for (int p = 0; p < kPrograms; ++p) {
      Money sum = 0;
      int n = 0;
      for (const BenefitLine& l : r.lines)
        if (static_cast<int>(l.event) == ev && l.program == p && l.kind == AmountKind::Amount &&
            l.status == BenefitStatus::Payable)
          sum += l.amount, ++n;
      if (!n) continue;
      json_comma(o, first);
      o += '{';
      json_write_key(o, "event"), esc(o, benefit_event_code(static_cast<BenefitEvent>(ev)));
      json_write_comma_key(o, "program"), esc(o, program_code(p));
      json_write_comma_key(o, "amount"), json_write_int(o, sum);
      o += '}';
    }
  o += ']';
  json_write_comma_key(o, "jht_projection"), write_projection(o, r.jht);
  json_write_comma_key(o, "notes"), o += '[';
  std::string t;
  for (size_t i = 0; i < r.notes.size(); ++i) {
    const BenefitNoteEntry& n = r.notes[i];
    if (i) o += ',';
    o += '{';
    json_write_key(o, "code"), esc(o, bmsg::note_code(n.code));
    json_write_comma_key(o, "confidence"), esc(o, bmsg::note_confidence(n));
    if (n.code == BenefitNote::FigureBelowB && n.value) {
      json_write_comma_key(o, "parameter"), esc(o, param_spec(n.value->param).key);
      json_write_comma_key(o, "from"), quoted_date(o, n.value->from);
      json_write_comma_key(o, "citation"), esc(o, n.value->citation);
      json_write_comma_key(o, "url"), esc(o, n.value->url);
    }
    t.clear(), bmsg::note_text(t, R, n, r, true);
    json_write_comma_key(o, "message_id"), esc(o, t);
    t.clear(), bmsg::note_text(t, R, n, r, false);
    json_write_comma_key(o, "message_en"), esc(o, t);
    o += '}';
  }
  o += ']';
  // DECISIONS.md 20: a date past the last review of the rule data (as_of or the event date).
  json_write_comma_key(o, "warnings"), o += '[';
  const Date latest = in.has_event_date && in.event_date > in.base.as_of ? in.event_date : in.base.as_of;
  if (latest > R.reviewed_until()) {
    const messages::Pair m = messages::warning(WarningCode::RulesMayBeOutdated);
    o += '{';
    json_write_key(o, "code"), esc(o, messages::warning_code(WarningCode::RulesMayBeOutdated));
    json_write_comma_key(o, "message_id"), esc(o, m.id);
    json_write_comma_key(o, "message_en"), esc(o, m.en);
    o += '}';
  }
  o += "]}";
}

bool benefits_json(const RuleSet& R, const std::string& input, std::string& out) {
  BenefitInput in;
  std::string id_json;
  InputError err;
  if (!parse_benefit_input(R, input, in, id_json, err)) {
    write_error(err, out);
    return false;
  }
  BenefitResult r;
  estimate_benefits(R, in, r);
  write_benefits(R, in, r, id_json, out);
  return true;
}

}  // namespace jamsos
