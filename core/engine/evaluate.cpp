// evaluate(): role presets, segment dispatch, totals. The rules themselves live in pu.cpp,
// bpu.cpp, jakon.cpp and pmi.cpp, one instrument after another.
#include "programs/program.hpp"

namespace jamsos {

const char* segment_code(Segment s) {
  static const char* n[] = {"", "PU", "BPU", "JAKON", "PMI"};
  return n[static_cast<int>(s)];
}
const char* role_code(Role r) {
  static const char* n[] = {"",        "kepala_desa", "perangkat_desa", "bpd", "pendamping_desa",
                            "non_asn", "bumdes",      "pekerja_rentan", "pns", "cpns",
                            "pppk",    "tni_polri"};
  return n[static_cast<int>(r)];
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
const char* status_code(Status s) {
  static const char* n[] = {"mandatory", "optional", "not_eligible", "need_info"};
  return n[static_cast<int>(s)];
}
const char* missing_field(int bit) {
  static const char* n[] = {"segment",      "monthly_wage",    "jkk_risk_group", "employer_scale",   "birth_date",
                            "jkn_enrolled", "declared_income", "contract_value", "placement_months", "pmi_jht_monthly"};
  return n[bit];
}
const char* ignored_field_name(int f) {
  static const char* n[] = {"monthly_wage", "employer_scale",     "jkk_risk_group",   "declared_income",
                            "bpu_sector",   "contract_value",     "placement_months", "pmi_jht_monthly",
                            "industry",     "employer_headcount", "jkn_enrolled",     "jp_deferral_requested"};
  return n[f];
}
const char* payer_code(Payer p) {
  static const char* n[] = {"employer",    "village_government", "ministry", "agency", "bumdes", "contractor",
                            "participant", "village_budget",     "worker",   "apbn",   "none"};
  return n[static_cast<int>(p)];
}

namespace detail {

void charge_rate(Ctx& c, ProgramResult& p, Party party, Money base, const Value* rate, const Value* relief,
                 ReliefCode code) {
  Rate eff = apply_factor(rate->rate, relief);
  if (relief) {
    p.relief = code;
    p.relief_param = relief;
    step(p, StepKind::ReliefApplied, party, relief, rate->rate.units, eff.units);
  }
  Money amount = round_rupiah(exact_of(base, eff), c.rnd);
  step(p, StepKind::PartyRate, party, rate, base, amount, 0, eff);
  p.has_basis = p.has_rate = true;
  p.basis = base;
  p.rate = eff;
  set_amounts(p, party == Party::Employer ? amount : 0, party == Party::Worker ? amount : 0,
              party == Party::Government ? amount : 0);
}

}  // namespace detail

namespace {

using namespace detail;

Scale scale_from_text(const Value* v) {
  if (!v) return Scale::None;
  for (int s = 1; s <= 4; ++s)
    if (v->text == scale_code(static_cast<Scale>(s))) return static_cast<Scale>(s);
  return Scale::None;
}

void add_default(Result& r, const Value* v, DefaultField f, int64_t value) {
  if (v && r.n_defaults < 4)
    r.defaults[r.n_defaults++] = Step{StepKind::DefaultApplied, Party::Employer, v, value, 0, f, Rate{}};
}

bool is_village(Role r) { return r == Role::KepalaDesa || r == Role::PerangkatDesa || r == Role::Bpd; }

// Role presets (CONTRACT.md): defaults only fill inputs that were not given.
void apply_role(Ctx& c) {
  Result& r = c.out;
  Role role = c.in.role;
  if (role == Role::None) return;
  if (is_village(role) || role == Role::PendampingDesa || role == Role::NonAsn) {
    P sp = is_village(role)               ? P::RoleVillageScale
           : role == Role::PendampingDesa ? P::RolePendampingScale
                                          : P::RoleNonAsnScale;
    if (c.scale == Scale::None) {
      const Value* v = c.at(sp);
      c.scale = scale_from_text(v);
      if (c.scale != Scale::None) add_default(r, v, kDefScale, static_cast<int64_t>(c.scale));
    }
    if (!c.risk_group) {
      const Value* v = c.at(P::RoleVillageRiskGroup);
      if (v && v->number >= 1 && v->number <= 5) {
        c.risk_group = static_cast<int>(v->number);
        add_default(r, v, kDefRiskGroup, v->number);
      }
    }
  }
  if (role == Role::PekerjaRentan) {
    if (c.declared_income < 0) {
      const Value* v = c.at(P::RoleRentanIncome);
      if (v) c.declared_income = v->number, add_default(r, v, kDefIncome, v->number);
    }
    if (c.sector == BpuSector::None) {
      const Value* v = c.at(P::RoleRentanSector);
      if (v) {
        c.sector = v->text == "transport" ? BpuSector::Transport : BpuSector::Other;
        add_default(r, v, kDefSector, static_cast<int64_t>(c.sector));
      }
    }
  }
  switch (role) {
    case Role::KepalaDesa:
    case Role::PerangkatDesa:
      note(r, NoteCode::VillagePackage), note(r, NoteCode::VillageFunding);
      r.payer_employer = Payer::VillageGovernment;
      break;
    case Role::Bpd:
      note(r, NoteCode::VillagePackage), note(r, NoteCode::BpdCategory), note(r, NoteCode::VillageFunding);
      r.payer_employer = Payer::VillageGovernment;
      break;
    case Role::PendampingDesa:
      note(r, NoteCode::TppPrograms);
      r.payer_employer = Payer::Ministry;
      break;
    case Role::NonAsn:
      note(r, NoteCode::NonAsnScheme);
      r.payer_employer = Payer::Agency;
      break;
    case Role::Bumdes:
      note(r, NoteCode::BumdesScale);
      r.payer_employer = Payer::Bumdes;
      break;
    case Role::PekerjaRentan:
      note(r, NoteCode::DanaDesa);
      r.payer_worker = Payer::VillageBudget;
      break;
    default:
      break;
  }
}

void init_program(ProgramResult& p) {
  p.status = Status::NeedInfo;
  p.enrolled = false;
  p.period = Period::Monthly;
  p.has_amounts = p.has_basis = p.has_rate = false;
  p.basis = 0;
  p.rate = Rate{};
  p.employer = p.worker = p.government = p.total = 0;
  p.missing = 0;
  p.no_rule = false;
  p.risk_group = 0;
  p.ceiling = p.pension_age = p.funding_rate = p.relief_param = nullptr;
  p.has_recomposition = false;
  p.from_jkk = p.from_jkm = 0;
  p.relief = ReliefCode::None;
  p.has_deferred = false;
  p.deferred_employer = p.deferred_worker = 0;
  p.included_in_jkk = false;
  p.n_reasons = p.n_steps = 0;
}

void ignored(Ctx& c, bool given, IgnoredField f) {
  if (given) warn(c.out, WarningCode::InputIgnored, f);
}

void warn_ignored_inputs(Ctx& c) {
  const Input& in = c.in;
  Segment s = c.segment;
  if (s == Segment::None) return;
  bool pu = s == Segment::PU;
  ignored(c, in.monthly_wage >= 0 && !(pu || s == Segment::JAKON), kIgnWage);
  ignored(c, in.scale != Scale::None && !pu, kIgnScale);
  ignored(c, in.risk_group && !(pu || s == Segment::JAKON), kIgnRiskGroup);
  ignored(c, in.declared_income >= 0 && s != Segment::BPU, kIgnIncome);
  ignored(c, in.bpu_sector != BpuSector::None && s != Segment::BPU, kIgnSector);
  ignored(c, in.contract_value >= 0 && (s != Segment::JAKON || in.monthly_wage >= 0), kIgnContract);
  ignored(c, in.placement_months > 0 && s != Segment::PMI, kIgnPlacement);
  ignored(c, in.pmi_jht_monthly >= 0 && s != Segment::PMI, kIgnPmiJht);
  ignored(c, in.has_industry && !pu, kIgnIndustry);
  ignored(c, in.headcount >= 0 && !pu, kIgnHeadcount);
  ignored(c, in.jkn >= 0 && !pu, kIgnJkn);
  ignored(c, in.jp_deferral_requested && !pu, kIgnDeferral);
}

}  // namespace

void evaluate(const RuleSet& R, const Input& in, Result& out) {
  out.as_of = in.as_of;
  out.role = in.role;
  out.excluded = false;
  out.excluded_scheme = nullptr;
  out.monthly = out.one_time = Totals{0, 0, 0, 0};
  out.complete = true;
  out.totals_missing = 0;
  out.payer_employer = Payer::Employer;
  out.payer_worker = Payer::Worker;
  out.payer_government = Payer::Apbn;
  out.n_defaults = out.n_notes = out.n_warnings = 0;
  for (ProgramResult& p : out.programs) init_program(p);

  Ctx c{R,
        in,
        out,
        in.as_of,
        R.rounding(in.as_of),
        in.segment,
        in.scale,
        in.risk_group,
        in.declared_income,
        in.bpu_sector,
        in.has_birth,
        0};
  if (in.has_birth) c.age = age_on(in.birth_date, in.as_of);

  // Excluded groups (PP 49/2023; Taspen, ASABRI): evaluated before any BPJS TK rule.
  if (in.role == Role::Pns || in.role == Role::Cpns || in.role == Role::Pppk || in.role == Role::TniPolri) {
    out.excluded = true;
    out.segment = Segment::None;
    bool asn = in.role != Role::TniPolri;
    out.excluded_scheme = c.at(asn ? P::ExcludedAsn : P::ExcludedTniPolri);
    out.payer_employer = out.payer_worker = out.payer_government = Payer::None;
    for (ProgramResult& p : out.programs) {
      p.status = Status::NotEligible;
      reason(p, asn ? ReasonCode::ExcludedAsn : ReasonCode::ExcludedTniPolri, out.excluded_scheme);
    }
    return;
  }
  if (c.segment == Segment::None) {
    switch (in.role) {
      case Role::PekerjaRentan:
        c.segment = Segment::BPU;
        break;
      case Role::None:
        break;
      default:
        c.segment = Segment::PU;
        break;
    }
  }
  out.segment = c.segment;
  apply_role(c);
  if (c.has_age && c.age < 15) warn(out, WarningCode::ChildWorker, c.age);
  warn_ignored_inputs(c);

  switch (c.segment) {
    case Segment::PU:
      evaluate_pu(c);
      break;
    case Segment::BPU:
      if (out.payer_worker == Payer::Worker) out.payer_worker = Payer::Participant;
      out.payer_employer = Payer::None;
      evaluate_bpu(c);
      break;
    case Segment::JAKON:
      out.payer_employer = Payer::Contractor;
      evaluate_jakon(c);
      break;
    case Segment::PMI:
      out.payer_worker = Payer::Participant;
      out.payer_employer = Payer::None;
      evaluate_pmi(c);
      break;
    case Segment::None:
      for (ProgramResult& p : out.programs) {
        p.missing = kMissSegment;
        reason(p, ReasonCode::NeedSegment);
      }
      break;
  }
  if (c.segment != Segment::PU && c.segment != Segment::BPU) out.payer_government = Payer::None;

  // Enrolment, totals (DECISIONS.md 7; CONTRACT.md): only enrolled programs count.
  for (int i = 0; i < kPrograms; ++i) {
    ProgramResult& p = out.programs[i];
    if (p.status == Status::NotEligible || p.status == Status::NeedInfo) {
      p.has_amounts = p.has_basis = p.has_rate = false;
      p.has_recomposition = p.has_deferred = false;
    }
    p.enrolled = p.status == Status::Mandatory || (p.status == Status::Optional && ((in.opt_in >> i) & 1));
    if (p.status == Status::NotEligible && ((in.opt_in >> i) & 1)) warn(out, WarningCode::OptInNotEligible, i);
    if (p.status == Status::NeedInfo) {
      // It may turn out mandatory: the totals are not the whole answer until it is decided.
      out.complete = false;
      out.totals_missing |= p.missing;
      continue;
    }
    if (!p.enrolled) continue;
    if (!p.has_amounts) {
      out.complete = false;
      out.totals_missing |= p.missing;
      continue;
    }
    Totals& t = p.period == Period::OneTime ? out.one_time : out.monthly;
    t.employer += p.employer;
    t.worker += p.worker;
    t.government += p.government;
    t.total += p.total;
  }
  if (out.programs[JP].status != Status::NotEligible && out.programs[JP].ceiling) {
    // The last known ceiling is more than a year old: a newer one may have been announced.
    const Param& ceil = R.param(P::JpCeiling);
    Ymd last = to_ymd(ceil.values.back().from);
    if (in.as_of >= from_ymd(last.year + 1, last.month, last.day)) warn(out, WarningCode::JpCeilingMayBeOutdated);
  }
  note(out, NoteCode::Rounding);
}

}  // namespace jamsos
