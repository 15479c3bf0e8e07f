// Result -> typed explanation lines, and each line's text in Bahasa Indonesia and English: the
// arithmetic in words and numbers, with the rule value's citation.
#include "jamsos/explain.hpp"

#include <cstring>

#include "jamsos/messages.hpp"
#include "text_sink.hpp"

namespace jamsos {

namespace {

using detail::append_date;
using detail::append_rate;
using detail::append_rupiah;

const std::string& label(const RuleSet& R, const Value* v, bool id) {
  const Param& p = R.param(v->param);
  return id ? p.label_id : p.label_en;
}

template <typename Out>
void source_suffix(Out& o, const Value* v, bool id) {
  o += " (";
  o += v->citation;
  if (below_b(v->confidence)) {
    o += id ? "; keyakinan " : "; confidence ";
    o += confidence_name(v->confidence);
    if (v->confidence == Confidence::U)
      o += id ? ", belum terkonfirmasi" : ", unconfirmed";
    else if (v->confidence == Confidence::D)
      o += id ? ", turunan" : ", derived";
  }
  o += ")";
}

// One explanation line: the arithmetic in words and numbers.
template <typename Out>
void step_text(Out& o, const RuleSet& R, const Step& s, bool id) {
  auto rp = [&](Money m) { append_rupiah(o, m, id); };
  auto rt = [&](Rate r) { append_rate(o, r, id); };
  const char* times = " × ";
  // "<parameter>: <rate> × <base> = <amount>"
  auto product = [&] {
    o += label(R, s.param, id);
    o += ": ";
    rt(s.r);
    o += times;
    rp(s.a);
    o += " = ";
    rp(s.b);
  };
  auto paid_by = [&] {
    o += id ? ", dibayar " : ", paid by ";
    o += id ? messages::party(s.party).id : messages::party(s.party).en;
  };
  switch (s.kind) {
    case StepKind::PartyRate: {
      product();
      paid_by();
      if (s.r != s.param->rate) {
        o += id ? " (tarif dasar " : " (base rate ";
        rt(s.param->rate);
        o += ")";
      }
      break;
    }
    case StepKind::FlatAmount:
      o += label(R, s.param, id);
      o += ": ";
      rp(s.a);
      if (s.r.units != Rate::kOne) {
        o += times;
        rt(s.r);
        o += id ? " (keringanan)" : " (relief)";
      }
      o += " = ";
      rp(s.b);
      paid_by();
      break;
    case StepKind::CapApplied:
      o += id ? "Upah " : "Wage ";
      rp(s.a);
      o += id ? " dibatasi " : " capped at ";
      o += label(R, s.param, id);
      o += " ";
      rp(s.b);
      o += id ? ", berlaku sejak " : ", in force from ";
      append_date(o, s.param->from);
      break;
    case StepKind::BasisClamped:
      o += id ? "Penghasilan " : "Income ";
      rp(s.a);
      o += s.b > s.a ? (id ? " dinaikkan ke " : " raised to ") : (id ? " diturunkan ke " : " lowered to ");
      o += label(R, s.param, id);
      o += " ";
      rp(s.b);
      break;
    case StepKind::ReliefApplied:
      o += label(R, s.param, id);
      o += " ";
      rt(s.param->rate);
      o += id ? ": tarif " : ": rate ";
      rt(Rate{s.a});
      o += id ? " menjadi " : " becomes ";
      rt(Rate{s.b});
      break;
    case StepKind::Slice:
      o += label(R, s.param, id);
      o += id ? ": bagian nilai kontrak " : ": contract-value slice ";
      rp(s.a);
      o += " - ";
      rp(s.b);
      o += times;
      rt(s.r);
      break;
    case StepKind::SliceTotal:
      o += id ? "Jumlah semua bagian untuk nilai kontrak " : "Sum of the slices for a contract value of ";
      rp(s.a);
      o += " = ";
      rp(s.b);
      o += id ? ", dibayar sekali oleh penyedia jasa" : ", paid once by the contractor";
      break;
    case StepKind::PmiPre:
      o += label(R, s.param, id);
      o += ": ";
      rp(s.a);
      break;
    case StepKind::PmiBand:
      o += label(R, s.param, id);
      o += id ? ": perjanjian " : ": contract of ";
      json_write_int(o, s.a);
      o += id ? " bulan (pita sampai " : " months (band up to ";
      json_write_int(o, s.c);
      o += id ? " bulan) " : " months) ";
      rp(s.b);
      break;
    case StepKind::PmiExtra:
      o += label(R, s.param, id);
      o += ": ";
      json_write_int(o, s.a);
      o += id ? " bulan × " : " months × ";
      rp(s.b);
      o += " = ";
      rp(s.c);
      break;
    case StepKind::ChosenAmount:
      o += label(R, s.param, id);
      o += id ? ": dipilih " : ": chosen ";
      rp(s.a);
      o += id ? " per bulan" : " per month";
      break;
    case StepKind::Recomposition:
      product();
      o += id ? " dialihkan dari iuran " : " reallocated from the ";
      o += program_code(static_cast<int>(s.c));
      o += id ? " (bukan biaya tambahan)" : " contribution (not an extra charge)";
      break;
    case StepKind::Deferral:
      o += label(R, s.param, id);
      o += " ";
      rt(s.param->rate);
      o += id ? ": ditunda " : ": deferred ";
      rp(s.a);
      o += id ? " (pemberi kerja) dan " : " (employer) and ";
      rp(s.b);
      o += id ? " (pekerja)" : " (worker)";
      break;
    case StepKind::WageFromDaily:
      o += id ? "Upah sebulan = upah harian " : "Monthly wage = daily wage ";
      rp(s.a);
      o += times;
      json_write_int(o, s.b);
      o += id ? " hari = " : " days = ";
      rp(s.c);
      if (s.b != s.param->number) {
        o += id ? " (hari kerja dari input; aturan: " : " (working days from the input; rule: ";
        json_write_int(o, s.param->number);
        o += ")";
      }
      break;
    case StepKind::DefaultApplied:
      break;
  }
  source_suffix(o, s.param, id);
}

// Whether a step computes a party's amount (false for context lines: caps, clamps, recomposition,
// deferral, which concern the program as a whole).
bool computes_party(const Step& s) {
  switch (s.kind) {
    case StepKind::PartyRate:
    case StepKind::FlatAmount:
    case StepKind::ReliefApplied:
    case StepKind::Slice:
    case StepKind::SliceTotal:
    case StepKind::PmiPre:
    case StepKind::PmiBand:
    case StepKind::PmiExtra:
    case StepKind::ChosenAmount:
      return true;
    default:
      return false;
  }
}

template <typename Out>
void default_text(Out& o, const RuleSet& R, Role role, const Step& s, bool id) {
  o += id ? "Bawaan peran " : "Role default for ";
  o += role_code(role);
  o += ": ";
  o += label(R, s.param, id);
  o += " = ";
  switch (s.c) {
    case kDefScale:
      o += scale_code(static_cast<Scale>(s.a));
      break;
    case kDefRiskGroup:
      json_write_int(o, s.a);
      break;
    case kDefIncome:
      append_rupiah(o, s.a, id);
      break;
    case kDefSector:
      o += sector_code(static_cast<BpuSector>(s.a));
      break;
    case kDefFundedBy:
      o += funded_by_code(static_cast<FundedBy>(s.a));
      break;
  }
  source_suffix(o, s.param, id);
  if (!s.param->note.empty()) {
    o += ". ";
    o += s.param->note;
  }
}

template <typename Out>
void missing_text(Out& o, uint16_t missing, bool id) {
  o += id ? "Jumlah belum dapat dihitung; perlu: " : "The amount cannot be computed yet; needs: ";
  bool f = true;
  for (int b = 0; b < kMissingKinds; ++b)
    if (missing & (1u << b)) o += f ? "" : ", ", o += missing_field(b), f = false;
}

template <typename Out>
void line_text(const RuleSet& R, const ExplainLine& line, bool id, Out& o) {
  switch (line.kind) {
    case ExplainKind::RoleDefault:
      default_text(o, R, line.role, line.step, id);
      break;
    case ExplainKind::Step:
      step_text(o, R, line.step, id);
      break;
    case ExplainKind::AmountMissing:
      missing_text(o, line.missing, id);
      break;
  }
}

}  // namespace

void explain(const Result& r, Explanation& out) {
  out.n = 0;
  auto add = [&](ExplainKind kind, int program, const Step* s, uint16_t missing) {
    ExplainLine& l = out.lines[out.n++];
    l.kind = kind;
    l.program = program;
    l.has_party = s && kind == ExplainKind::Step && computes_party(*s);
    l.party = s ? s->party : Party::Employer;
    l.role = r.role;
    l.param = s ? s->param : nullptr;
    if (s)
      l.step = *s;
    else
      l.step = Step{StepKind::DefaultApplied, Party::Employer, nullptr, 0, 0, 0, Rate{}};
    l.missing = missing;
  };
  for (int i = 0; i < r.n_defaults; ++i) add(ExplainKind::RoleDefault, -1, &r.defaults[i], 0);
  if (r.has_wage_step) add(ExplainKind::Step, -1, &r.wage_step, 0);
  for (int p = 0; p < kPrograms; ++p) {
    const ProgramResult& pr = r.programs[p];
    for (int i = 0; i < pr.n_steps; ++i) add(ExplainKind::Step, p, &pr.steps[i], 0);
    if (!pr.has_amounts && (pr.status == Status::Mandatory || pr.status == Status::Optional) && pr.missing)
      add(ExplainKind::AmountMissing, p, nullptr, pr.missing);
  }
}

void explain_text(const RuleSet& R, const ExplainLine& line, bool indonesian, std::string& out) {
  line_text(R, line, indonesian, out);
}
void explain_text(const RuleSet& R, const ExplainLine& line, bool indonesian, JsonOut& out) {
  line_text(R, line, indonesian, out);
}

const char* party_code(Party p) {
  return p == Party::Employer ? "employer" : p == Party::Worker ? "worker" : "government";
}

}  // namespace jamsos
