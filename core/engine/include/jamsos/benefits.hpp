// Benefit estimates (issue 9): what a member and the family receive in each event, from the dated
// benefit parameters in core/rules/*-benefits.json and the scholarship file. Structs in, structs
// out, no text: the JSON layer (core/contract/benefits_json.cpp) renders the explanations.
#pragma once
#include <cstdint>
#include <vector>

#include "jamsos/engine.hpp"

namespace jamsos {

enum class BenefitEvent : uint8_t { All, DeathNonWork, DeathWork, Incapacity, Disability, JobLoss, OldAge };
constexpr int kBenefitEvents = static_cast<int>(BenefitEvent::OldAge) + 1;
const char* benefit_event_code(BenefitEvent e);

// A child's school level for the scholarship (Permenaker 5/2021): None = not yet at school.
enum class SchoolLevel : uint8_t { None, TK, SD, SMP, SMA, PT };
const char* school_level_code(SchoolLevel l);

struct BenefitChild {
  int age = -1;  // -1: not given
  SchoolLevel level = SchoolLevel::None;
};
struct WagePeriod {
  Date from;
  Money wage;
};

struct BenefitInput {
  Input base;  // the eval input (as_of, segment, wage, ...), validated as for eval
  BenefitEvent event = BenefitEvent::All;
  bool has_event_date = false;
  Date event_date{};
  int contribution_months = -1;          // months contributed up to as_of; -1: not given
  std::vector<WagePeriod> wage_history;  // ascending `from`; each wage holds until the next
  std::vector<BenefitChild> children;
  bool has_return = false;
  Rate jht_return{};            // yearly JHT return to assume (default: benefit.jht.default_return)
  Money jht_balance = -1;       // JHT balance on as_of; -1: not given (the projection starts at 0)
  int disability_percent = -1;  // partial disability: table % x loss of function, 1-100; -1: not given
  int jkp_months_in_24 = -1;    // contribution months within the 24 before the job loss
  int jkp_consecutive_months = -1;
};

enum class BenefitItem : uint8_t {
  NotCovered,        // the program does not cover this person (eval status)
  JkmLumpSum,        // benefit.jkm.lump_sum
  JkmPeriodic,       // benefit.jkm.periodic
  Funeral,           // benefit.death.funeral
  Scholarship,       // per child (arg child index), or the PP 44/2015 flat amount
  JkkMedical,        // as medically needed, no ceiling
  JkkDeathLumpSum,   // 60 % x 80 x wage, at least benefit.jkk.death.minimum
  JkkPeriodic,       // benefit.jkk.periodic
  JkkStmb,           // one stage of the temporary incapacity schedule
  JkkTransportLand,  // limits
  JkkTransportSea,
  JkkTransportAir,
  JkkHomeCare,
  JkkPartialDisability,  // % x 80 x wage
  JkkTotalDisability,    // lump sum unconfirmed: ask BPJS Ketenagakerjaan
  JkkTotalPeriodic,      // benefit.jkk.disability.total_periodic
  JhtBalance,            // projected balance paid out
  JhtPartialHousing,     // up to 30 % after 10 years
  JhtPartialOther,       // up to 10 % after 10 years
  JpMonthly,             // 1 % x months/12 x average wage
  JpLumpSum,             // fewer than 180 months: contributions (plus returns, not estimated)
  JpSurvivor,            // survivor / disability pension: percentages unconfirmed
  JkpCash,               // one stage of the JKP cash schedule
  JkpCashTotal,
  JkpNonCash,  // job-market information and training
};

enum class AmountKind : uint8_t { None, Amount, Monthly, UpTo };
enum class BenefitStatus : uint8_t { Payable, Conditional, NotPayable, NeedInfo, Unconfirmed };
const char* benefit_status_code(BenefitStatus s);

// Conditions attached to a line (rendered as text by the JSON layer).
enum class BenefitCondition : uint8_t {
  NotEnrolled,                 // the program's eval status: not enrolled
  IfEnrolled,                  // eval status need_info: if the person is enrolled
  JkmScholarshipYears,         // at least N years of contributions (arg years)
  JkmScholarshipYearsUnknown,  // PP 44/2015 minimum period not confirmed
  ScholarshipAge,              // ends at age 23, marriage or work
  ScholarshipChildAge,         // this child is too old (arg age)
  ScholarshipYearly,           // claimed every year
  TotalDisabilityOnly,         // scholarship after disability: only total permanent disability
  JpMinMonths,                 // needs N months (arg)
  JpUnderMinMonths,            // fewer than N months: the lump sum instead (arg)
  JhtPartialYears,             // at least N years of membership (arg)
  JhtPartialOnce,              // once per membership
  JhtResignWait,               // after resignation or dismissal: a waiting period of N months (arg)
  JhtForeignerLeaving,         // a foreign worker leaving Indonesia for good
  JhtPayoutAge,                // at age N (arg)
  JkpMonthsIn24,               // N contribution months within 24 (arg)
  JkpConsecutive,              // N consecutive months (arg)
  JkpNotInForce,               // JKP did not exist on the event date
  JkpNotMet,                   // the contribution record given does not meet the condition
  UntilRecovery,               // STMB: until recovery
  AskBpjs,                     // figure unconfirmed: ask BPJS Ketenagakerjaan
  NoCeiling,                   // medical care without a cost ceiling
  TooLarge,                    // the projection passes Rp1,000 trillion (kMaxMoney): not computed
};

// Assumptions and unconfirmed points shown as notes (each with its tag).
enum class BenefitNote : uint8_t {
  ReturnAssumed,             // the yearly JHT return is an assumption (U), or the user's own
  JhtStartBalanceZero,       // jht_balance not given: the projection starts at 0
  FutureContributions,       // contributions assumed to continue at the last wage until the event
  JpNotIndexed,              // JP average wage not inflation-indexed (index not in the rules)
  JpMinMaxUnknown,           // JP minimum/maximum for the pension year not confirmed: not applied
  JpMinMaxMonth,             // the month the yearly minimum/maximum takes effect is unconfirmed
  JpMonthsClamped,           // contribution_months reaches back before JP began: JP months clamped
  JpReturnsNotEstimated,     // the lump sum's returns are not estimated
  ContributionMonthsAbsent,  // contribution_months not given: only months from as_of counted
  ScholarshipEstimate,       // one level-year per year from the current level, until age 23 (D)
  JkkDeathMinimum,           // K9: the minimum may be Rp42,000,000 (U)
  StmbConflict,              // K8 (U)
  JkpTransition,             // regime by date of job loss; transition unconfirmed (U)
  JkpCapUnconfirmed,         // PP 37/2021 cap presumed (U)
  PmiBenefitsUnconfirmed,    // Permenaker 4/2023 amounts unconfirmed
  FigureBelowB,              // a C/D/U figure is used (arg: the value)
};

struct BenefitLine {
  uint8_t program;  // Program
  BenefitEvent event;
  BenefitItem item;
  AmountKind kind;
  BenefitStatus status;
  Money amount;      // Amount / UpTo: the sum; Monthly: per month
  int months;        // Monthly: number of months (0: until recovery / for life)
  int arg;           // child index, stage number, rate percent, ...
  Money a, b;        // explanation numbers (e.g. the wage, the formula's result before a minimum)
  Rate rate;         // explanation rate
  uint16_t missing;  // MissingBit-like: see BenefitMissing
  uint8_t n_params;
  const Value* params[12];
  uint16_t info_params;  // bit i: params[i] was checked but did not change the amount (not in the line's tag)
  uint8_t n_conditions;
  BenefitCondition conditions[4];
  int condition_args[4];
};

enum BenefitMissing : uint16_t {
  kBMissWage = 1 << 0,
  kBMissBirth = 1 << 1,
  kBMissContributionMonths = 1 << 2,
  kBMissChildren = 1 << 3,
  kBMissDisability = 1 << 4,
  kBMissJkpRecord = 1 << 5,
  kBMissEventDate = 1 << 6,
  kBMissJhtBalance = 1 << 7,
};
constexpr int kBenefitMissingKinds = 8;
const char* benefit_missing_field(int bit_index);

struct JhtPoint {
  Date date;
  Money balance, contributed;
};
struct JhtProjection {
  bool present = false;
  Rate annual_return{};
  const Value* default_return = nullptr;  // when the rate is the rules' assumption
  Date start{}, end{};
  int months = 0;
  Money start_balance = 0, final_balance = 0, contributed = 0;
  std::vector<JhtPoint> points;  // one a year (the months' end) and the last month
};

struct BenefitNoteEntry {
  BenefitNote code;
  const Value* value;  // FigureBelowB: the value; others: the rule it rests on (may be null)
  int arg;
};

struct BenefitResult {
  Result eval;  // the eval answer for the same input (coverage)
  std::vector<BenefitLine> lines;
  JhtProjection jht;
  std::vector<BenefitNoteEntry> notes;
};

// Estimates every benefit of the chosen event(s). Never fails; the input is validated first.
void estimate_benefits(const RuleSet& R, const BenefitInput& in, BenefitResult& out);

}  // namespace jamsos
