// Roster rows: one data row's cells validated, turned into an Input and evaluated (RowEvaluator).
#include <cstring>

#include "jamsos/roster.hpp"
#include "jamsos/validate.hpp"
#include "roster_internal.hpp"

namespace jamsos {

namespace {

bool blank(const char* s, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (s[i] != ' ' && s[i] != '\t') return false;
  return true;
}

void add_issue(RosterRow& r, IssueCode code, Field f, int64_t arg = 0, int64_t arg2 = 0, bool has_field = true) {
  if (issue_is_error(code)) r.error = true;
  if (r.n_issues < 16) r.issues[r.n_issues++] = Issue{code, f, has_field, arg, arg2};
}

// add_issue for an issue found late that belongs at position `at`: the list ends as if it had
// been added then (later ones shift; beyond 16 the last is dropped).
void insert_issue(RosterRow& r, uint8_t at, IssueCode code, Field f, int64_t arg) {
  if (issue_is_error(code)) r.error = true;
  if (at >= 16) return;
  int n = r.n_issues < 16 ? r.n_issues : 15;
  for (int i = n; i > at; --i) r.issues[i] = r.issues[i - 1];
  r.issues[at] = Issue{code, f, true, arg, 0};
  r.n_issues = static_cast<uint8_t>(n + 1);
}

IssueCode money_issue(MoneyCell m) {
  switch (m) {
    case MoneyCell::Decimals:
      return IssueCode::MoneyDecimals;
    case MoneyCell::Negative:
      return IssueCode::MoneyNegative;
    case MoneyCell::TooLarge:
      return IssueCode::MoneyTooLarge;
    default:
      return IssueCode::BadMoney;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Evaluation of one row
// ---------------------------------------------------------------------------------------------
template <typename F>
int32_t RowEvaluator::cached(Field f, const CsvSpan& s, F parse) {
  // The slot from the cell's first and last (up to) 8 bytes and its length: a coded cell is short,
  // and a collision only costs a parse (the key is compared in full).
  uint64_t a = 0, b = 0;
  if (s.size >= 8) {
    std::memcpy(&a, s.data, 8);
    std::memcpy(&b, s.data + s.size - 8, 8);
  } else {
    for (size_t k = 0; k < s.size; ++k) a = (a << 8) | static_cast<unsigned char>(s.data[k]);
  }
  uint64_t h = (a * 0x9e3779b97f4a7c15ULL) ^ (b * 0xc2b2ae3d27d4eb4fULL) ^ s.size;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  CodeCache& c = cache_[static_cast<int>(f)];
  size_t i = static_cast<size_t>(h >> 58);  // 64 slots
  if (c.used[i] && c.key[i].size() == s.size && std::memcmp(c.key[i].data(), s.data, s.size) == 0) return c.val[i];
  c.key[i].assign(s.data, s.size);
  int32_t v = parse(c.key[i]);
  c.val[i] = v;
  c.used[i] = true;
  return v;
}

void RowEvaluator::evaluate(const CsvRow& row, RosterRow& out) {
  out.record = row.record;
  out.error = false;
  out.has_nik = false;
  out.evaluated = false;
  out.n_issues = 0;
  out.totals[0] = out.totals[1] = out.totals[2] = 0;
  out.total = 0;
  Input& in = out.in;
  in = Input();
  in.as_of = as_of_;
  // Cells are read through the row's spans (no copies); a blank cell counts as absent.
  auto cell = [&](Field f) -> const CsvSpan* {
    int c = map_[f];
    if (c < 0 || static_cast<size_t>(c) >= row.size) return nullptr;
    const CsvSpan& s = row.spans[static_cast<size_t>(c)];
    return blank(s.data, s.size) ? nullptr : &s;
  };
  if (row.too_long) {  // no cells to read
    add_issue(out, IssueCode::RecordTooLong, Field::Nik, row.lines_skipped, 0, false);
    return;
  }
  if (row.unterminated_quote) add_issue(out, IssueCode::UnterminatedQuote, Field::Nik, row.lines_skipped, 0, false);

  // NIK: required when the file has a NIK column. The duplicate look-up is started here (a
  // prefetch) and finished after the other cells, when the table's slot is likely in cache: on a
  // large roster the table outgrows the caches, and this halved its cost. (Prefetching one row
  // ahead measured no better.) The issue goes where it would have been had it been added here,
  // so the output is unchanged.
  bool check_dup = false;
  uint8_t dup_at = 0;
  if (map_[Field::Nik] >= 0) {
    const CsvSpan* s = cell(Field::Nik);
    NikError e = s ? parse_nik(s->data, s->size, out.nik) : NikError::Empty;
    if (e != NikError::None) {
      add_issue(out, IssueCode::NikInvalid, Field::Nik, static_cast<int64_t>(e), out.nik.province);
    } else {
      out.has_nik = true;
      if (dup_) {
        niks_.prefetch(out.nik.value);
        check_dup = true;
        dup_at = out.n_issues;
      }
    }
  }
  bool female_given = false, female = false;
  if (const CsvSpan* s = cell(Field::Sex)) {
    int32_t v = cached(Field::Sex, *s, [](const std::string& t) {
      bool x;
      return parse_sex_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      female_given = true, female = v == 1;
    else
      add_issue(out, IssueCode::BadSex, Field::Sex);
  }
  Ymd birth{0, 0, 0};  // in.birth_date as calendar fields, once in.has_birth
  if (const CsvSpan* s = cell(Field::BirthDate)) {
    if (detail::parse_date_cell_ymd(s->data, s->size, in.birth_date, birth))
      in.has_birth = true;
    else
      add_issue(out, IssueCode::BadDate, Field::BirthDate);
  }
  if (const CsvSpan* s = cell(Field::MemberSince)) {
    Ymd ms{0, 0, 0};
    if (detail::parse_date_cell_ymd(s->data, s->size, in.member_since, ms))
      in.has_member_since = true;
    else
      add_issue(out, IssueCode::BadDate, Field::MemberSince);
  }
  if (const CsvSpan* s = cell(Field::Role)) {
    int32_t v = cached(Field::Role, *s, [](const std::string& t) {
      Role x;
      return parse_role_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      in.role = static_cast<Role>(v);
    else
      add_issue(out, IssueCode::BadRole, Field::Role);
  }
  if (const CsvSpan* s = cell(Field::Segment)) {
    int32_t v = cached(Field::Segment, *s, [](const std::string& t) {
      Segment x;
      return parse_segment_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      in.segment = static_cast<Segment>(v);
    else
      add_issue(out, IssueCode::BadSegment, Field::Segment);
  }
  if (const CsvSpan* s = cell(Field::Wage)) {
    MoneyCell m = parse_money_cell(s->data, s->size, in.monthly_wage);
    if (m == MoneyCell::Ok && in.monthly_wage > kMaxMonthlyAmount) m = MoneyCell::TooLarge;
    if (m != MoneyCell::Ok) in.monthly_wage = -1, add_issue(out, money_issue(m), Field::Wage);
  }
  if (const CsvSpan* s = cell(Field::Income)) {
    MoneyCell m = parse_money_cell(s->data, s->size, in.declared_income);
    if (m == MoneyCell::Ok && in.declared_income > kMaxMonthlyAmount) m = MoneyCell::TooLarge;
    if (m != MoneyCell::Ok) in.declared_income = -1, add_issue(out, money_issue(m), Field::Income);
  }
  if (const CsvSpan* s = cell(Field::Citizenship)) {
    int32_t v = cached(Field::Citizenship, *s, [](const std::string& t) {
      Citizenship x;
      return parse_citizenship_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      in.citizenship = static_cast<Citizenship>(v);
    else
      add_issue(out, IssueCode::BadCitizenship, Field::Citizenship);
  }
  if (const CsvSpan* s = cell(Field::Scale)) {
    int32_t v = cached(Field::Scale, *s, [](const std::string& t) {
      Scale x;
      return parse_scale_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      in.scale = static_cast<Scale>(v);
    else
      add_issue(out, IssueCode::BadScale, Field::Scale);
  }
  if (const CsvSpan* s = cell(Field::RiskGroup)) {
    int32_t v = cached(Field::RiskGroup, *s, [](const std::string& t) {
      int x;
      return parse_risk_group_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      in.risk_group = v;
    else
      add_issue(out, IssueCode::BadRiskGroup, Field::RiskGroup);
  }
  if (const CsvSpan* s = cell(Field::Jkn)) {
    int32_t v = cached(Field::Jkn, *s, [](const std::string& t) {
      bool x;
      return parse_bool_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      in.jkn = v;
    else
      add_issue(out, IssueCode::BadBool, Field::Jkn);
  }
  if (const CsvSpan* s = cell(Field::OptIn)) {
    int32_t v = cached(Field::OptIn, *s, [](const std::string& t) {
      uint8_t x;
      return parse_opt_in_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      in.opt_in = static_cast<uint8_t>(v);
    else
      add_issue(out, IssueCode::BadOptIn, Field::OptIn);
  }
  if (const CsvSpan* s = cell(Field::Sector)) {
    int32_t v = cached(Field::Sector, *s, [](const std::string& t) {
      BpuSector x;
      return parse_sector_cell(t, x) ? int32_t(x) : -1;
    });
    if (v >= 0)
      in.bpu_sector = static_cast<BpuSector>(v);
    else
      add_issue(out, IssueCode::BadSector, Field::Sector);
  }
  if (check_dup) {
    int64_t first = niks_.insert(out.nik.value, row.record);
    if (first) insert_issue(out, dup_at, IssueCode::NikDuplicate, Field::Nik, first);
  }

  // NIK against the birth date and sex columns: warnings only (NIKs are not reissued).
  if (out.has_nik) {
    if (in.has_birth) {
      // nik_matches_birth() on the fields the date parser already read.
      if (!(birth.day == out.nik.day && birth.month == out.nik.month && birth.year % 100 == out.nik.yy))
        add_issue(out, IssueCode::NikBirthMismatch, Field::BirthDate,
                  out.nik.day * 10000 + out.nik.month * 100 + out.nik.yy, out.nik.female);
    } else if (!cell(Field::BirthDate) || map_[Field::BirthDate] < 0) {
      Date d;
      if (nik_birth_date(out.nik, nullptr, as_of_, d)) {
        in.birth_date = d;
        in.has_birth = true;
        birth = to_ymd(d);
        add_issue(out, IssueCode::BirthFromNik, Field::BirthDate, d.days, 0, map_[Field::BirthDate] >= 0);
      }
    }
    if (female_given && female != out.nik.female)
      add_issue(out, IssueCode::NikSexMismatch, Field::Sex, out.nik.female, out.nik.day + (out.nik.female ? 40 : 0));
  }
  // The contract's cross-field checks (engine/validate.cpp), as row errors.
  InputIssue checks[4];
  const int n_checks = validate(*R_, in, checks, 4);
  for (int i = 0; i < n_checks && i < 4; ++i) {
    switch (checks[i].check) {
      case InputCheck::BirthAfterAsOf:
        add_issue(out, IssueCode::BirthAfterAsOf, Field::BirthDate);
        break;
      case InputCheck::AgeOver120:
        add_issue(out, IssueCode::AgeOver120, Field::BirthDate);
        break;
      case InputCheck::RoleSegmentConflict:
        add_issue(out, IssueCode::RoleSegmentConflict, Field::Segment, static_cast<int64_t>(checks[i].implied),
                  static_cast<int64_t>(in.role));
        break;
      case InputCheck::PmiForeign:
        add_issue(out, IssueCode::PmiForeign, Field::Citizenship);
        break;
      case InputCheck::MemberSinceAfterAsOf:
        add_issue(out, IssueCode::MemberSinceAfterAsOf, Field::MemberSince);
        break;
      case InputCheck::PmiJhtChoice:
      case InputCheck::WageTwice:
      case InputCheck::WorkDaysAlone:
        break;  // a roster has no pmi_jht_monthly, daily_wage or work_days column
    }
  }
  if (out.error) return;

  // One amount column for both: a BPU row's "Upah" is its income, a wage earner's "Penghasilan"
  // is its wage (said in a warning).
  bool bpu = in.segment == Segment::BPU || (in.segment == Segment::None && in.role == Role::PekerjaRentan);
  bool pu = in.segment == Segment::PU || (in.segment == Segment::None && in.role != Role::None &&
                                          in.role != Role::PekerjaRentan && in.role < Role::Pns);
  if (bpu && in.declared_income < 0 && in.monthly_wage >= 0) {
    in.declared_income = in.monthly_wage;
    in.monthly_wage = -1;
    add_issue(out, IssueCode::WageUsedAsIncome, Field::Wage);
  } else if (pu && in.monthly_wage < 0 && in.declared_income >= 0) {
    in.monthly_wage = in.declared_income;
    in.declared_income = -1;
    add_issue(out, IssueCode::IncomeUsedAsWage, Field::Income);
  }

  jamsos::evaluate(*R_, in, out.res, watch_);
  out.evaluated = true;
  const Result& r = out.res;
  for (int p = 0; p < kPrograms; ++p) {
    const ProgramResult& pr = r.programs[p];
    if (!pr.enrolled || !pr.has_amounts) continue;
    out.totals[0] += pr.employer;
    out.totals[1] += pr.worker;
    out.totals[2] += pr.government;
    if (pr.period == Period::OneTime) add_issue(out, IssueCode::OneTime, Field::Nik, p, 0, false);
  }
  out.total = out.totals[0] + out.totals[1] + out.totals[2];
  for (int i = 0; i < r.n_warnings; ++i) {
    if (r.warnings[i].code == WarningCode::JpCeilingMayBeOutdated) continue;  // once, in the summary
    add_issue(out, IssueCode::Engine, Field::Nik, static_cast<int64_t>(r.warnings[i].code), r.warnings[i].arg, false);
  }
}

}  // namespace jamsos
