// The rules engine: structs in, structs out, no text, no allocation on the hot path.
// Text (Indonesian and English) is rendered from these codes by the JSON layer (contract.hpp).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "jamsos/date.hpp"
#include "jamsos/money.hpp"
#include "jamsos/rules.hpp"

namespace jamsos {

enum class Segment : uint8_t { None, PU, BPU, JAKON, PMI };
enum class Role : uint8_t {
  None,
  KepalaDesa,
  PerangkatDesa,
  Bpd,
  PendampingDesa,
  NonAsn,
  Bumdes,
  PekerjaRentan,
  KetuaRtRw,
  Lkd,
  OperatorDesa,
  Pktd,
  PppkParuhWaktu,
  Pns,
  Cpns,
  Pppk,
  TniPolri
};
constexpr int kRoleCount = static_cast<int>(Role::TniPolri) + 1;  // Role::None included
enum class Scale : uint8_t { None, Micro, Small, Medium, Large };
enum class Citizenship : uint8_t { WNI, WNA };
enum class BpuSector : uint8_t { None, Transport, Other };
// Who pays a BPU participant's JKK and JKM (PP 50/2025 Pasal 3; DECISIONS.md 16). None: not given.
enum class FundedBy : uint8_t { None, Self, Employer, Apbn, Apbd, Apbdes, Other };
// Where a role with an unconfirmed scheme (part-time PPPK) is registered, as the agency knows it
// (REFERENCE.md 2.2: the scheme should be an input, not a hard rule). None: not given.
enum class Scheme : uint8_t { None, BpjsTk, Taspen };
enum Program : uint8_t { JKK = 0, JKM, JHT, JP, JKP, kPrograms };

const char* segment_code(Segment s);
const char* role_code(Role r);
const char* scale_code(Scale s);
const char* program_code(int p);
const char* sector_code(BpuSector s);
const char* funded_by_code(FundedBy f);

// Input fields that can be missing, in the order the `missing` lists name them.
enum MissingBit : uint16_t {
  kMissSegment = 1 << 0,
  kMissWage = 1 << 1,
  kMissRiskGroup = 1 << 2,
  kMissScale = 1 << 3,
  kMissBirth = 1 << 4,
  kMissJkn = 1 << 5,
  kMissIncome = 1 << 6,
  kMissContract = 1 << 7,
  kMissPlacement = 1 << 8,
  kMissPmiJht = 1 << 9,
  kMissMemberSince = 1 << 10,
  kMissScheme = 1 << 11,
};
constexpr int kMissingKinds = 12;
const char* missing_field(int bit_index);

struct Input {
  Date as_of{};
  Segment segment = Segment::None;
  Role role = Role::None;
  Citizenship citizenship = Citizenship::WNI;
  bool has_birth = false;
  Date birth_date{};
  Money monthly_wage = -1;  // -1: not given
  Scale scale = Scale::None;
  int risk_group = 0;  // 0: not given
  int jkn = -1;        // -1 not given, 0 false, 1 true
  bool has_industry = false;
  std::string industry;
  int64_t headcount = -1;
  Money declared_income = -1;
  BpuSector bpu_sector = BpuSector::None;
  Money contract_value = -1;
  int placement_months = 0;  // 0: not given
  Money pmi_jht_monthly = -1;
  uint8_t opt_in = 0;  // bit per Program
  bool jp_deferral_requested = false;
  FundedBy funded_by = FundedBy::None;
  bool has_member_since = false;
  Date member_since{};    // joined BPJS Ketenagakerjaan with this employer (JKP age test, DECISIONS.md 10)
  Money daily_wage = -1;  // -1: not given; the monthly wage is daily_wage x work_days (pu.wage.daily_days)
  int work_days = 0;      // 0: not given (the rule's 25 days)
  bool has_paid_on = false;
  Date paid_on{};
  Scheme scheme = Scheme::None;  // when the month's contributions are (to be) paid: due dates and late fines
  bool payslip = false;          // adds the payslip: BPJS Kesehatan (JKN) and take-home pay (PU only)
};

enum class Status : uint8_t { Mandatory, Optional, NotEligible, NeedInfo };
enum class Period : uint8_t { Monthly, OneTime };
const char* status_code(Status s);

// Why a program has its status. Rendered to text by the JSON layer (messages.cpp).
enum class ReasonCode : uint8_t {
  NeedSegment,
  ExcludedAsn,
  ExcludedTniPolri,
  StagingAllScales,
  StagingMandatory,
  StagingOptional,
  NeedScale,
  JpOverPensionAge,
  JpBelowPensionAge,
  NeedBirthDate,
  JkpNotInForce,
  JkpCitizenship,
  JkpAge,
  JkpNoJkn,
  JkpPrerequisiteMissing,
  JkpEligible,
  JkpNeedInfo,
  BpuMandatory,
  BpuJhtOptional,
  BpuNoJp,
  BpuNoJkp,
  JakonMandatory,
  JakonNotCovered,
  PmiMandatory,
  PmiPackageInJkk,
  PmiJhtOptional,
  PmiNoJp,
  PmiNoJkp,
  OptedIn,
  NotOptedIn,
  JpContinuation,       // within 3 years after reaching the pension age (PP 45/2015 Pasal 15(4))
  JpContinuationEnded,  // more than 3 years after reaching it
  JkpNeedMemberSince,   // under 54 on 2021-02-02 but 54 or older now: registration age unknown
  SchemeUnconfirmed,    // part-time PPPK: BPJS Ketenagakerjaan or TASPEN unconfirmed (U)
};
struct Reason {
  ReasonCode code;
  const Value* param;  // the rule it rests on (citation, confidence); may be null
  int arg;             // e.g. age, pension age, missing program
};

// One line of arithmetic in the explanation.
enum class StepKind : uint8_t {
  PartyRate,       // param rate x base = amount, paid by party
  FlatAmount,      // param amount (x factor) paid by party
  CapApplied,      // wage a capped at param b
  BasisClamped,    // declared income a raised/lowered to param b
  ReliefApplied,   // param factor; rate a -> rate b (units)
  Slice,           // param slices: portion a..b at rate r (index c)
  SliceTotal,      // sum of slices = amount
  PmiBand,         // param bands: months a -> amount b
  PmiExtra,        // param extra month: months a x per b
  PmiPre,          // param pre placement
  ChosenAmount,    // param choices: amount a
  Recomposition,   // param rate x base = amount (reported, not charged)
  Deferral,        // param factor: employer a, worker b deferred
  DefaultApplied,  // param: a default from the role preset
  WageFromDaily,   // param days: daily wage a x b days = monthly wage c
};
enum class Party : uint8_t { Employer, Worker, Government };
struct Step {
  StepKind kind;
  Party party;
  const Value* param;
  int64_t a, b, c;
  Rate r;
};

enum class ReliefCode : uint8_t { None, Pp49_2020, Pp7_2025, Pp50_2025 };

struct ProgramResult {
  Status status;
  bool enrolled;
  bool settled;  // status final: enrolment decided, amounts cleared if not payable (totals.cpp)
  Period period;
  bool has_amounts;  // employer/worker/government/total valid
  bool has_basis;
  bool has_rate;
  Money basis;
  Rate rate;
  Money employer, worker, government, total;
  uint16_t missing;  // MissingBit set
  bool no_rule;      // amounts unavailable: no rule in force on as_of
  // extras
  int risk_group;            // JKK, 0 if none
  const Value* ceiling;      // JP ceiling in force
  const Value* pension_age;  // JP pension age in force
  bool has_recomposition;
  bool jkk_recomposition_unknown;  // PP 7/2025 discount: the JKK share to JKP is unconfirmed (from_jkk null)
  Money from_jkk, from_jkm;
  const Value* funding_rate;
  ReliefCode relief;
  const Value* relief_param;
  bool has_deferred;
  Money deferred_employer, deferred_worker;
  bool included_in_jkk;
  bool has_undiscounted;  // APBDes-funded BPU under PP 50/2025: the amount without the discount (U)
  Money undiscounted_total;
  uint8_t n_reasons;
  Reason reasons[6];
  uint8_t n_steps;
  Step steps[12];
};

struct Totals {
  Money employer, worker, government, total;
};

enum class NoteCode : uint8_t {
  VillagePackage,         // K12
  BpdCategory,            // BPD: PU vs BPU unconfirmed
  TppPrograms,            // K13
  NonAsnScheme,           // K11
  DanaDesa,               // K14 / 4.11
  VillageFunding,         // Permendagri 20/2018 Pasal 19(4)
  BumdesScale,            // D: staging by BUMDes size
  WnaJp,                  // K10
  Recomposition,          // K3/K4
  Pp50Jht,                // JHT discount under PP 50/2025 unconfirmed
  Pp50Package,            // K7
  Pp49Conditions,         // conditions assumed
  PmiBefore2023,          // Permenaker 18/2018 not encoded
  JakonBasis,             // wage known vs contract value
  Rounding,               // rounding rule U
  Pp7Conditions,          // PP 7/2025: JKK paid up to January 2025, assumed
  Pp7Recomposition,       // JKK->JKP recomposition while JKK is halved (PP 7/2025 Pasal 10) U
  MidMonthStart,          // DECISIONS 4: an instrument starting mid-month covers the whole month (U)
  FundedBySelfAssumed,    // funded_by absent: "self" assumed (PP 50/2025 Pasal 3)
  Pp50BudgetExcluded,     // APBN/APBD-funded BPU: no PP 50/2025 discount (Pasal 3)
  Pp50Apbdes,             // APBDes-funded BPU: discount applied, APBDes may count as APBD (U)
  JpPensionAgeMethod,     // DECISIONS 9: pension age reached once, first day age >= age in force (U)
  JpContinuation,         // PP 45/2015 Pasal 15(4): up to 3 years of contributions after pension age (U)
  Pp37Conditions,         // PP 37/2021 age and citizenship conditions presumed as in PP 6/2025 (U)
  Pp49DeferralScales,     // PP 49/2020 JP deferral for micro/small employers: sources conflict (U)
  BpuBands,               // BPU intermediate income bands unconfirmed (U)
  BpuMinimumPackage,      // BPU minimum package JKK+JKM: common, no regulation text (C/U)
  PmiBandRounding,        // PMI contract length between named bands: next band up (U)
  LateMonthCount,         // each started month after the due date counts as a month of lateness (C)
  LateNoHolidays,         // a due date on a holiday moves to the next working day; not applied (U)
  LateBpuNoFine,          // no late fine for BPU participants in the sources seen (U)
  LateStateEmployer,      // the 2% fine is written for employers other than state administrators (U)
  Pp36LateReading,        // PP 36/2025 Pasal 11 read as: by 30 June 2026 no fine; later full JKK + fine (U)
  Pp49DueDateFebruary,    // PP 49/2020: the January 2021 month is due on the last day of February (U)
  VillageHelperCategory,  // RT/RW heads, LKD members, village operators: PU vs BPU unconfirmed (U)
  PktdSegment,            // PKTD cash-for-work: PU daily worker vs construction project unconfirmed (U)
  PppkPartTimeScheme,     // part-time PPPK: stays with BPJS TK or moves to TASPEN, sources conflict (U)
};

enum class WarningCode : uint8_t {
  ReliefNeedsIndustry,  // PP 7/2025 window, industry/headcount not given
  ReliefNeedsSector,    // PP 50/2025, sector decides
  Pp7ExtensionUnconfirmed,
  JpCeilingMayBeOutdated,
  NoRuleInForce,
  InputIgnored,        // arg: field id
  ChildWorker,         // age < 15
  OptInNotEligible,    // arg: program
  RulesMayBeOutdated,  // as_of after the date the rule data was last reviewed (DECISIONS.md 20)
};
enum IgnoredField : uint8_t {
  kIgnWage,
  kIgnScale,
  kIgnRiskGroup,
  kIgnIncome,
  kIgnSector,
  kIgnContract,
  kIgnPlacement,
  kIgnPmiJht,
  kIgnIndustry,
  kIgnHeadcount,
  kIgnJkn,
  kIgnDeferral,
  kIgnFundedBy,
  kIgnMemberSince,
  kIgnPaidOn,
  kIgnDailyWage,
  kIgnScheme,
};
const char* ignored_field_name(int f);

enum class Payer : uint8_t {
  Employer,
  VillageGovernment,
  Ministry,
  Agency,
  Bumdes,
  Contractor,
  Participant,
  VillageBudget,
  Worker,
  Apbn,
  None
};
const char* payer_code(Payer p);

struct Warning {
  WarningCode code;
  int arg;
};

// Late payment (input paid_on; REFERENCE.md 4.9): per program, when the month's contribution was
// due, how many months late `paid_on` is and the fine. Amounts are the employer's and worker's
// shares (the government's JKP share is not the payer's); the fine is borne by the employer (PU).
struct LateLine {
  uint8_t program;
  Date due;
  const Value* due_param;   // the due-day rule (or PP 49/2020's)
  int months;               // months late (0: on time)
  Money contribution;       // what is owed for the month when paid on paid_on
  bool full_rate;           // PP 36/2025 Pasal 11: paid after the deadline, JKK without the discount (U)
  const Value* fine_param;  // the fine rate applied; null: no fine figure (BPU) or none owed (deadline met)
  const Value* deadline;    // PP 36/2025 deadline when it decides the line
  bool fine_known;          // `fine` holds: on time, a fine rate applies, or the deadline was met
  Money fine;
};
struct LatePayment {
  bool asked;
  Date paid_on;
  uint8_t n;
  LateLine lines[kPrograms];
  bool has_fines;  // every line's fine is known
  Money total_contribution, total_fine;
};

// The payslip (input payslip: true; engine/payslip.cpp): the wage, the worker's BPJS
// Ketenagakerjaan deductions (totals.monthly.worker), the BPJS Kesehatan (JKN) contribution of a
// wage earner (PPU; core/rules/perpres-82-2018-jkn.json) and the take-home pay. JKN is NOT a BPJS
// Ketenagakerjaan program: it is never in `programs` nor in the totals.
enum class PayslipStatus : uint8_t { Computed, NotWageEarner, Excluded, NeedSegment };
enum class JknStatus : uint8_t { Deducted, NotEnrolled, NoRule };
struct Payslip {
  bool asked;  // payslip: true was given (the answer then has a "payslip" block)
  PayslipStatus status;
  bool has_wage;  // the monthly wage is known (else amounts that need it are null)
  Money wage;
  Money bpjs_tk_worker;  // totals.monthly.worker (the enrolled programs' worker shares)
  JknStatus jkn;
  bool jkn_assumed;  // jkn_enrolled not given: computed as enrolled
  const Value *rate_worker, *rate_employer, *cap, *floor;
  bool capped;
  Money basis, jkn_worker, jkn_employer;
  Money take_home;
  bool complete;
  uint16_t missing;  // MissingBit set
};

struct Result {
  Date as_of;
  Segment segment;
  Role role;
  bool excluded;
  const Value* excluded_scheme;
  ProgramResult programs[kPrograms];
  Totals monthly, one_time;
  bool complete;
  uint16_t totals_missing;
  Payer payer_employer, payer_worker, payer_government;
  uint8_t n_defaults;
  Step defaults[5];  // DefaultApplied steps; c = field id (DefaultField)
  uint8_t n_notes;
  NoteCode notes[26];
  uint8_t n_warnings;
  Warning warnings[10];
  bool has_wage_step;  // the monthly wage came from daily_wage (WageFromDaily)
  Step wage_step;
  LatePayment late;
  Payslip payslip;
};
enum DefaultField : uint8_t { kDefScale, kDefRiskGroup, kDefIncome, kDefSector, kDefFundedBy };

// Evaluates one validated input. Never fails: every input problem is caught by validation first.
void evaluate(const RuleSet& rules, const Input& in, Result& out);

// Rule values an evaluation may read, marked by the caller: `at[p]` for parameter p's value in
// force in the as_of month (every rule the engine applies is read that way), `series[p]` for p's
// whole dated history (read for the pension-age schedule and for when a program began). The
// evaluation sets `hit` when it reads a marked one. `jamsos diff` (core/roster/diff.cpp) marks the
// values two rule sets do not share: an answer that read none of them is the same under both (the
// engine is a function of the input and the values it reads), so it is not evaluated twice.
struct RuleWatch {
  const bool* at = nullptr;      // kParamCount entries
  const bool* series = nullptr;  // kParamCount entries
  bool hit = false;
};
void evaluate(const RuleSet& rules, const Input& in, Result& out, RuleWatch* watch);

// Marks every rule value `r` rests on (steps, reasons, ceilings, relief, late payment): the
// parameters that can explain why one answer differs from another (used_params.cpp).
void used_params(const Result& r, bool (&seen)[kParamCount]);
// The same rule values one by one (a parameter can be used with two dated values), each with the
// programs that rest on it (bit `program`; a value of the answer as a whole, e.g. late payment,
// has every program's bit), in the order first met.
struct UsedValue {
  const Value* value;
  unsigned programs;
};
std::vector<UsedValue> used_values(const Result& r);

}  // namespace jamsos
