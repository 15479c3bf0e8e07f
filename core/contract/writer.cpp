// Result -> JSON text with the shared writer primitives (jamsos/json_writer.hpp): fast,
// deterministic, identical in native and wasm builds. The explanation list renders the typed lines
// of jamsos/explain.hpp.
#include <cstring>

#include "input_fields.hpp"
#include "jamsos/contract.hpp"
#include "jamsos/explain.hpp"
#include "jamsos/json_writer.hpp"
#include "jamsos/messages.hpp"
#include "text_sink.hpp"

namespace jamsos {

namespace {

using Out = JsonOut;

// Rendered JSON fragments that depend only on a small key (a note, a payer, a reason with its
// argument and rule value) are kept per thread and copied instead of rendered again.
struct Fragment {
  uint64_t a = ~0ULL, b = ~0ULL;
  std::string text;
};
template <typename F>
void cached(Out& o, uint64_t a, uint64_t b, F&& render) {
  static thread_local Fragment cache[1024];
  uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL);
  Fragment& f = cache[(h >> 40) & 1023];
  if (f.a != a || f.b != b) {
    f.text.clear();
    {
      Out sub(f.text);
      render(sub);
    }
    f.a = a;
    f.b = b;
  }
  o.append(f.text);
}

JAMSOS_JSON_INLINE void append_int(Out& o, int64_t v) { json_write_int(o, v); }
using detail::append_date;
using detail::append_rate;

JAMSOS_JSON_INLINE void esc(Out& o, const std::string& s) { json_write_string(o, s); }
template <size_t N>
JAMSOS_JSON_INLINE void key(Out& o, const char (&k)[N]) {
  json_write_key(o, k);
}
JAMSOS_JSON_INLINE void key_s(Out& o, const char* k) { json_write_key(o, k, std::strlen(k)); }
// A string known to need no escaping: static texts (checked by test_messages.cpp) and rule-data
// texts (checked by the loader).
JAMSOS_JSON_INLINE void raw(Out& o, const char* s) {
  o += '"';
  o += s;
  o += '"';
}
JAMSOS_JSON_INLINE void raw(Out& o, const std::string& s) {
  o += '"';
  o.append(s);
  o += '"';
}
JAMSOS_JSON_INLINE void num(Out& o, int64_t v) { append_int(o, v); }

// Fills {a} {date} {limit} {scale} {program} {field} placeholders: {date} is `a` as a date,
// {limit} the number of the rule value `v` the text is about (e.g. JKP's age limit).
void fill(Out& o, const char* t, int64_t a, bool id, const Value* v = nullptr) {
  const char* run = t;
  for (const char* p = std::strchr(t, '{'); p; p = std::strchr(p, '{')) {
    const char* end = std::strchr(p, '}');
    if (!end) break;
    o.append(run, static_cast<size_t>(p - run));
    size_t len = static_cast<size_t>(end - p - 1);
    if (len == 1 && p[1] == 'a')
      append_int(o, a);
    else if (len == 4 && !std::strncmp(p + 1, "date", 4))
      o += format_long_date(Date{static_cast<int32_t>(a)}, id);
    else if (len == 5 && !std::strncmp(p + 1, "limit", 5))
      append_int(o, v ? v->number : 0);
    else if (len == 5 && !std::strncmp(p + 1, "scale", 5))
      o += id ? messages::scale_label(static_cast<Scale>(a)).id : messages::scale_label(static_cast<Scale>(a)).en;
    else if (len == 7 && !std::strncmp(p + 1, "program", 7))
      o += program_code(static_cast<int>(a));
    else if (len == 5 && !std::strncmp(p + 1, "field", 5))
      o += ignored_field_name(static_cast<int>(a));
    p = end + 1;
    run = p;
  }
  o.append(run);
}

const char* default_field(int f) {
  static const char* n[] = {"employer_scale", "jkk_risk_group", "declared_income", "bpu_sector", "funded_by"};
  return n[f];
}

void amount_or_null(Out& o, bool has, Money v) {
  if (has)
    num(o, v);
  else
    o += "null";
}

void write_missing(Out& o, uint16_t m) {
  o += '[';
  bool first = true;
  for (int b = 0; b < kMissingKinds; ++b)
    if (m & (1u << b)) {
      if (!first) o += ',';
      first = false;
      raw(o, missing_field(b));
    }
  o += ']';
}

const char* relief_code(ReliefCode c) {
  static const char* n[] = {"", "pp49_2020", "pp7_2025", "pp50_2025"};
  return n[static_cast<int>(c)];
}

void write_program(Out& o, const ProgramResult& p, int prog, uint64_t version_key) {
  o += '{';
  key(o, "status"), raw(o, status_code(p.status));
  o += ',', key(o, "enrolled"), o += p.enrolled ? "true" : "false";
  o += ',', key(o, "period"), raw(o, p.period == Period::OneTime ? "one_time" : "monthly");
  o += ',', key(o, "basis"), amount_or_null(o, p.has_amounts && p.has_basis, p.basis);
  o += ',', key(o, "rate");
  if (p.has_amounts && p.has_rate) {
    o += '"';
    append_rate(o, p.rate, false);
    o += '"';
  } else {
    o += "null";
  }
  o += ',', key(o, "employer"), amount_or_null(o, p.has_amounts, p.employer);
  o += ',', key(o, "worker"), amount_or_null(o, p.has_amounts, p.worker);
  o += ',', key(o, "government"), amount_or_null(o, p.has_amounts, p.government);
  o += ',', key(o, "total"), amount_or_null(o, p.has_amounts, p.total);
  o += ',', key(o, "missing"), write_missing(o, p.has_amounts ? 0 : p.missing);
  o += ',', key(o, "reasons"), o += '[';
  for (int i = 0; i < p.n_reasons; ++i) {
    const Reason& rs = p.reasons[i];
    if (i) o += ',';
    // Keyed by the reason, its argument and the rule value (address plus rule-set version, so a
    // value from another rule set never matches).
    uint64_t ka = (1ULL << 60) | (static_cast<uint64_t>(rs.code) << 32) | static_cast<uint32_t>(rs.arg);
    uint64_t kb = reinterpret_cast<uintptr_t>(rs.param) ^ version_key;
    cached(o, ka, kb, [&](Out& w) {
      messages::Pair t = messages::reason(rs.code);
      w += '{';
      key(w, "code"), raw(w, messages::reason_code(rs.code));
      int64_t arg = rs.arg;
      w += ',', key(w, "message_id"), w += '"', fill(w, t.id, arg, true, rs.param), w += '"';
      w += ',', key(w, "message_en"), w += '"', fill(w, t.en, arg, false, rs.param), w += '"';
      w += ',', key(w, "citation");
      if (rs.param)
        raw(w, rs.param->citation);
      else
        raw(w, messages::reason_citation(rs.code));
      if (rs.param) {
        w += ',', key(w, "parameter"), raw(w, param_spec(rs.param->param).key);
        w += ',', key(w, "confidence"), raw(w, confidence_name(rs.param->confidence));
      }
      w += '}';
    });
  }
  o += ']';
  if (prog == JKK && p.risk_group) o += ',', key(o, "risk_group"), num(o, p.risk_group);
  if (prog == JP) {
    if (p.ceiling) o += ',', key(o, "ceiling"), num(o, p.ceiling->number);
    if (p.pension_age) o += ',', key(o, "pension_age"), num(o, p.pension_age->number);
    if (p.has_deferred) {
      o += ',', key(o, "deferred"), o += '{';
      key(o, "employer"), num(o, p.deferred_employer);
      o += ',', key(o, "worker"), num(o, p.deferred_worker);
      o += ',', key(o, "total"), num(o, p.deferred_employer + p.deferred_worker);
      o += '}';
    }
  }
  if (prog == JKP && p.has_recomposition) {
    o += ',', key(o, "funded_by_recomposition"), o += '{';
    key(o, "from_jkk");
    amount_or_null(o, !p.jkk_recomposition_unknown, p.from_jkk);
    o += ',', key(o, "from_jkm"), num(o, p.from_jkm);
    o += '}';
    if (p.funding_rate) {
      o += ',', key(o, "funding_rate"), o += '"';
      append_rate(o, p.funding_rate->rate, false);
      o += '"';
    }
  }
  if (p.relief != ReliefCode::None && p.relief_param && p.has_amounts) {
    o += ',', key(o, "relief"), o += '{';
    key(o, "code"), raw(o, relief_code(p.relief));
    o += ',', key(o, "factor"), o += '"';
    append_rate(o, p.relief_param->rate, false);
    o += '"';
    o += ',', key(o, "citation"), raw(o, p.relief_param->citation);
    o += '}';
  }
  if (p.has_undiscounted && p.has_amounts) o += ',', key(o, "undiscounted_total"), num(o, p.undiscounted_total);
  if (p.included_in_jkk) o += ',', key(o, "included_in"), raw(o, "JKK");
  o += '}';
}

void write_totals(Out& o, const Totals& t) {
  o += '{';
  key(o, "employer"), num(o, t.employer);
  o += ',', key(o, "worker"), num(o, t.worker);
  o += ',', key(o, "government"), num(o, t.government);
  o += ',', key(o, "total"), num(o, t.total);
  o += '}';
}

void write_payer(Out& o, Payer p) {
  cached(o, 2ULL << 60, static_cast<uint64_t>(p), [&](Out& w) {
    w += '{';
    key(w, "code"), raw(w, payer_code(p));
    messages::Pair l = messages::payer_label(p);
    w += ',', key(w, "label_id"), raw(w, l.id);
    w += ',', key(w, "label_en"), raw(w, l.en);
    w += '}';
  });
}

void write_explanation_line(Out& o, const RuleSet& R, const ExplainLine& l) {
  o += '{';
  key(o, "program");
  if (l.program >= 0)
    raw(o, program_code(l.program));
  else
    o += "null";
  // Rendered straight into the output: every piece is JSON-safe (static texts are checked by a
  // unit test, rule-data texts by the loader), so no escaping pass is needed.
  o += ',', key(o, "text_id"), o += '"', explain_text(R, l, true, o), o += '"';
  o += ',', key(o, "text_en"), o += '"', explain_text(R, l, false, o), o += '"';
  o += ',', key(o, "citation"), l.param ? raw(o, l.param->citation) : raw(o, "");
  if (l.param) {
    o += ',', key(o, "parameter"), raw(o, param_spec(l.param->param).key);
    o += ',', key(o, "confidence"), raw(o, confidence_name(l.param->confidence));
  }
  // Whose amount this line computes (null: context shared by the program's parties).
  o += ',', key(o, "party");
  if (l.has_party)
    raw(o, party_code(l.party));
  else
    o += "null";
  o += '}';
}

}  // namespace

std::string reason_message(const Reason& rs, bool indonesian) {
  std::string s;
  {
    Out o(s);
    messages::Pair t = messages::reason(rs.code);
    fill(o, indonesian ? t.id : t.en, rs.arg, indonesian, rs.param);
  }
  return s;
}

void write_result(const RuleSet& R, const Result& r, const std::string& id_json, std::string& out) {
  Out o(out);
  const uint64_t version_key = R.version_hash();
  o += '{';
  if (!id_json.empty()) key(o, "id"), o += id_json, o += ',';
  key(o, "as_of"), o += '"', append_date(o, r.as_of), o += '"';
  o += ',', key(o, "rules_version"), raw(o, R.version());
  o += ',', key(o, "segment");
  if (r.segment == Segment::None)
    o += "null";
  else
    raw(o, segment_code(r.segment));
  if (r.role != Role::None) o += ',', key(o, "role"), raw(o, role_code(r.role));
  if (r.excluded && r.excluded_scheme) o += ',', key(o, "scheme"), esc(o, r.excluded_scheme->text);
  o += ',', key(o, "programs"), o += '{';
  for (int i = 0; i < kPrograms; ++i) {
    if (i) o += ',';
    key_s(o, program_code(i));
    write_program(o, r.programs[i], i, version_key);
  }
  o += '}';
  o += ',', key(o, "totals"), o += '{';
  key(o, "monthly"), write_totals(o, r.monthly);
  o += ',', key(o, "one_time"), write_totals(o, r.one_time);
  o += ',', key(o, "complete"), o += r.complete ? "true" : "false";
  o += ',', key(o, "missing"), write_missing(o, r.totals_missing);
  o += '}';
  if (r.late.asked) o += ',', key(o, "late_payment"), detail::write_late_payment(o, r);
  if (r.payslip.asked) o += ',', key(o, "payslip"), detail::write_payslip(o, R, r);
  o += ',', key(o, "payers"), o += '{';
  key(o, "employer"), write_payer(o, r.payer_employer);
  o += ',', key(o, "worker"), write_payer(o, r.payer_worker);
  o += ',', key(o, "government"), write_payer(o, r.payer_government);
  o += '}';
  o += ',', key(o, "defaults_applied"), o += '[';
  for (int i = 0; i < r.n_defaults; ++i) {
    const Step& s = r.defaults[i];
    if (i) o += ',';
    o += '{';
    key(o, "field"), raw(o, default_field(static_cast<int>(s.c)));
    o += ',', key(o, "value");
    switch (s.c) {
      case kDefScale:
        raw(o, scale_code(static_cast<Scale>(s.a)));
        break;
      case kDefSector:
        raw(o, sector_code(static_cast<BpuSector>(s.a)));
        break;
      case kDefFundedBy:
        raw(o, funded_by_code(static_cast<FundedBy>(s.a)));
        break;
      default:
        num(o, s.a);
    }
    o += ',', key(o, "parameter"), raw(o, param_spec(s.param->param).key);
    o += ',', key(o, "citation"), raw(o, s.param->citation);
    o += ',', key(o, "confidence"), raw(o, confidence_name(s.param->confidence));
    o += '}';
  }
  o += ']';
  // Explanation: role defaults, then each program's arithmetic.
  o += ',', key(o, "explanation"), o += '[';
  static thread_local Explanation ex;
  explain(r, ex);
  for (int i = 0; i < ex.n; ++i) {
    const ExplainLine& l = ex.lines[i];
    if (i) o += ',';
    write_explanation_line(o, R, l);
  }
  o += ']';
  o += ',', key(o, "notes"), o += '[';
  for (int i = 0; i < r.n_notes; ++i) {
    if (i) o += ',';
    cached(o, 3ULL << 60, static_cast<uint64_t>(r.notes[i]), [&](Out& w) {
      messages::Pair n = messages::note(r.notes[i]);
      w += '{';
      key(w, "code"), raw(w, messages::note_code(r.notes[i]));
      w += ',', key(w, "text_id"), raw(w, n.id);
      w += ',', key(w, "text_en"), raw(w, n.en);
      w += ',', key(w, "citation"), raw(w, messages::note_citation(r.notes[i]));
      w += ',', key(w, "confidence"), raw(w, messages::note_confidence(r.notes[i]));
      w += '}';
    });
  }
  o += ']';
  o += ',', key(o, "warnings"), o += '[';
  for (int i = 0; i < r.n_warnings; ++i) {
    const Warning& w = r.warnings[i];
    messages::Pair m = messages::warning(w.code);
    if (i) o += ',';
    o += '{';
    key(o, "code"), raw(o, messages::warning_code(w.code));
    o += ',', key(o, "message_id"), o += '"', fill(o, m.id, w.arg, true), o += '"';
    o += ',', key(o, "message_en"), o += '"', fill(o, m.en, w.arg, false), o += '"';
    if (w.code == WarningCode::InputIgnored) o += ',', key(o, "field"), raw(o, ignored_field_name(w.arg));
    o += '}';
  }
  o += "]}";
}

void write_error(const InputError& e, std::string& out) {
  Out o(out);
  o += "{\"error\":{";
  key(o, "code"), esc(o, e.code);
  o += ',', key(o, "field");
  if (e.field.empty())
    o += "null";
  else
    esc(o, e.field);
  o += ',', key(o, "message"), esc(o, e.message);
  o += "}}";
}

}  // namespace jamsos
