// Rosters: row validation, evaluation, messages, output rows, summary and the streaming processor.
#include <cstring>
#include <nlohmann/json.hpp>

#include "jamsos/messages.hpp"
#include "jamsos/roster.hpp"
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

void replace_all(std::string& s, const char* from, const std::string& to) {
  size_t len = std::strlen(from);
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, len, to);
}

}  // namespace

const char* issue_code(IssueCode c) {
  static const char* n[] = {
      "unterminated_quote",  "nik_invalid",         "nik_duplicate",    "invalid_money",
      "money_decimals",      "money_negative",      "money_too_large",  "invalid_date",
      "unknown_role",        "unknown_segment",     "unknown_scale",    "unknown_risk_group",
      "invalid_yes_no",      "unknown_citizenship", "unknown_sector",   "unknown_sex",
      "invalid_opt_in",      "birth_after_as_of",   "age_over_120",     "inconsistent_role_segment",
      "pmi_not_wni",         "nik_birth_mismatch",  "nik_sex_mismatch", "birth_from_nik",
      "wage_used_as_income", "income_used_as_wage", "one_time_amount",  "engine_warning"};
  return n[static_cast<int>(c)];
}

// ---------------------------------------------------------------------------------------------
// Evaluation of one row
// ---------------------------------------------------------------------------------------------
template <typename F>
int32_t RowEvaluator::cached(Field f, const CsvSpan& s, F parse) {
  uint32_t h = 2166136261u;
  for (size_t k = 0; k < s.size; ++k) h = (h ^ static_cast<unsigned char>(s.data[k])) * 16777619u;
  CodeCache& c = cache_[static_cast<int>(f)];
  size_t i = (h ^ (h >> 16)) & 63;
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
  if (row.unterminated_quote) add_issue(out, IssueCode::UnterminatedQuote, Field::Nik, 0, 0, false);

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
    if (m != MoneyCell::Ok) in.monthly_wage = -1, add_issue(out, money_issue(m), Field::Wage);
  }
  if (const CsvSpan* s = cell(Field::Income)) {
    MoneyCell m = parse_money_cell(s->data, s->size, in.declared_income);
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
  // The contract's cross-field checks (contract_input.cpp), as row errors.
  if (in.has_birth && in.birth_date > in.as_of)
    add_issue(out, IssueCode::BirthAfterAsOf, Field::BirthDate);
  else if (in.has_birth && detail::age_from_ymd(birth, as_of_ymd_) > 120)
    add_issue(out, IssueCode::AgeOver120, Field::BirthDate);
  if (in.role != Role::None && in.segment != Segment::None) {
    bool excluded = in.role == Role::Pns || in.role == Role::Cpns || in.role == Role::Pppk || in.role == Role::TniPolri;
    Segment implied = in.role == Role::PekerjaRentan ? Segment::BPU : Segment::PU;
    if (!excluded && implied != in.segment)
      add_issue(out, IssueCode::RoleSegmentConflict, Field::Segment, static_cast<int64_t>(implied),
                static_cast<int64_t>(in.role));
  }
  if (in.segment == Segment::PMI && in.citizenship == Citizenship::WNA)
    add_issue(out, IssueCode::PmiForeign, Field::Citizenship);
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

  jamsos::evaluate(*R_, in, out.res);
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

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------
namespace {

messages::Pair nik_message(NikError e) {
  switch (e) {
    case NikError::Empty:
      return {"NIK kosong", "the NIK is empty"};
    case NikError::Scientific:
      return {
          "NIK '{val}' sudah diubah Excel menjadi angka ilmiah sehingga angkanya hilang; format kolom NIK sebagai Teks "
          "lalu isi ulang",
          "NIK '{val}' was turned into scientific notation by Excel and its digits are lost; format the NIK column as "
          "Text and enter it again"};
    case NikError::NotDigits:
      return {"NIK '{val}' berisi karakter selain angka", "NIK '{val}' contains characters other than digits"};
    case NikError::Length:
      return {"NIK '{val}' harus 16 angka", "NIK '{val}' must have 16 digits"};
    case NikError::Province:
      return {"NIK '{val}': kode provinsi {arg2} (angka 1-2) tidak dikenal",
              "NIK '{val}': province code {arg2} (digits 1-2) is not known"};
    case NikError::Regency:
      return {"NIK '{val}': kode kabupaten/kota (angka 3-4) tidak boleh 00",
              "NIK '{val}': the regency/city code (digits 3-4) cannot be 00"};
    case NikError::District:
      return {"NIK '{val}': kode kecamatan (angka 5-6) tidak boleh 00",
              "NIK '{val}': the district code (digits 5-6) cannot be 00"};
    case NikError::Day:
      return {"NIK '{val}': tanggal lahir (angka 7-8) harus 01-31, atau 41-71 untuk perempuan",
              "NIK '{val}': the birth day (digits 7-8) must be 01-31, or 41-71 for women"};
    case NikError::Month:
      return {"NIK '{val}': bulan lahir (angka 9-10) harus 01-12",
              "NIK '{val}': the birth month (digits 9-10) must be 01-12"};
    case NikError::Date:
      return {"NIK '{val}': tanggal lahir di dalamnya tidak ada di kalender",
              "NIK '{val}': its birth date does not exist in the calendar"};
    case NikError::Serial:
      return {"NIK '{val}': nomor urut (angka 13-16) tidak boleh 0000",
              "NIK '{val}': the serial number (digits 13-16) cannot be 0000"};
    default:
      return {"", ""};
  }
}

messages::Pair issue_message(const Issue& is) {
  switch (is.code) {
    case IssueCode::UnterminatedQuote:
      return {"tanda kutip (\") tidak ditutup sampai akhir berkas",
              "a quote (\") is not closed before the end of the file"};
    case IssueCode::NikInvalid:
      return nik_message(static_cast<NikError>(is.arg));
    case IssueCode::NikDuplicate:
      return {"NIK sama dengan baris {arg}; baris ini tidak dihitung agar iuran tidak terhitung dua kali",
              "same NIK as row {arg}; this row is not counted so that no contribution is counted twice"};
    case IssueCode::BadMoney:
      return {"'{val}' bukan jumlah rupiah (contoh: 5000000, 5.000.000, Rp 5.000.000, 5 juta)",
              "'{val}' is not a rupiah amount (e.g. 5000000, 5.000.000, Rp 5.000.000, 5 juta)"};
    case IssueCode::MoneyDecimals:
      return {"'{val}' bukan rupiah bulat (tanpa sen)", "'{val}' is not whole rupiah (no cents)"};
    case IssueCode::MoneyNegative:
      return {"'{val}' tidak boleh negatif", "'{val}' cannot be negative"};
    case IssueCode::MoneyTooLarge:
      return {"'{val}' terlalu besar", "'{val}' is too large"};
    case IssueCode::BadDate:
      return {"'{val}' bukan tanggal yang ada (tulis DD/MM/YYYY atau YYYY-MM-DD)",
              "'{val}' is not a real date (write DD/MM/YYYY or YYYY-MM-DD)"};
    case IssueCode::BadRole:
      return {
          "jabatan '{val}' tidak dikenal (Kepala Desa, Perangkat Desa, BPD, Pendamping Desa, Non ASN, BUMDes, Pekerja "
          "Rentan, PNS, CPNS, PPPK, TNI/Polri)",
          "role '{val}' is not known (Kepala Desa, Perangkat Desa, BPD, Pendamping Desa, Non ASN, BUMDes, Pekerja "
          "Rentan, PNS, CPNS, PPPK, TNI/Polri)"};
    case IssueCode::BadSegment:
      return {"segmen '{val}' tidak dikenal (PU, BPU, JAKON, PMI)",
              "segment '{val}' is not known (PU, BPU, JAKON, PMI)"};
    case IssueCode::BadScale:
      return {"skala usaha '{val}' tidak dikenal (mikro, kecil, menengah, besar)",
              "employer scale '{val}' is not known (micro, small, medium, large)"};
    case IssueCode::BadRiskGroup:
      return {"kelompok risiko '{val}' harus 1-5", "risk group '{val}' must be 1-5"};
    case IssueCode::BadBool:
      return {"'{val}' harus ya atau tidak", "'{val}' must be yes or no"};
    case IssueCode::BadCitizenship:
      return {"'{val}' harus WNI atau WNA", "'{val}' must be WNI or WNA"};
    case IssueCode::BadSector:
      return {"sektor '{val}' harus transportasi atau lainnya", "sector '{val}' must be transport or other"};
    case IssueCode::BadSex:
      return {"'{val}' harus L (laki-laki) atau P (perempuan)", "'{val}' must be L (male) or P (female)"};
    case IssueCode::BadOptIn:
      return {"'{val}' harus daftar program, misalnya JHT;JP", "'{val}' must be a list of programs, e.g. JHT;JP"};
    case IssueCode::BirthAfterAsOf:
      return {"tanggal lahir '{val}' sesudah tanggal perhitungan", "birth date '{val}' is after the calculation date"};
    case IssueCode::AgeOver120:
      return {"tanggal lahir '{val}' berarti usia di atas 120 tahun", "birth date '{val}' gives an age over 120"};
    case IssueCode::RoleSegmentConflict:
      return {"jabatan {role} berarti segmen {implied}, bukan '{val}'",
              "role {role} implies segment {implied}, not '{val}'"};
    case IssueCode::PmiForeign:
      return {"pekerja migran (PMI) adalah WNI; '{val}' bertentangan",
              "migrant workers (PMI) are Indonesian citizens; '{val}' contradicts that"};
    case IssueCode::NikBirthMismatch:
      return {
          "tanggal lahir dalam NIK ({nikdate}) berbeda dengan '{val}'. NIK tidak diganti bila tanggal lahir dikoreksi, "
          "jadi ini tanda untuk memeriksa data, bukan kesalahan",
          "the birth date in the NIK ({nikdate}) differs from '{val}'. A NIK is not reissued when a birth date is "
          "corrected, so this is a prompt to check the data, not an error"};
    case IssueCode::NikSexMismatch:
      return {"NIK menandai {nsex_id} (angka 7-8 = {arg2}), kolom berisi '{val}'; periksa datanya",
              "the NIK marks a {nsex_en} (digits 7-8 = {arg2}) but the column says '{val}'; check the data"};
    case IssueCode::BirthFromNik:
      return {"tanggal lahir tidak diisi; dipakai tanggal dari NIK: {date}",
              "no birth date given; the NIK's date is used: {date}"};
    case IssueCode::WageUsedAsIncome:
      return {"peserta BPU: '{val}' dipakai sebagai penghasilan",
              "BPU participant: '{val}' is used as the declared income"};
    case IssueCode::IncomeUsedAsWage:
      return {"peserta penerima upah: '{val}' dipakai sebagai upah", "wage earner: '{val}' is used as the wage"};
    case IssueCode::OneTime:
      return {"iuran {program} dibayar sekali, bukan bulanan; termasuk dalam total",
              "{program} is paid once, not monthly; included in the total"};
    case IssueCode::Engine:
      return messages::warning(static_cast<WarningCode>(is.arg));
  }
  return {"", ""};
}

std::string two(int v) {
  char b[3] = {static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10), 0};
  return b;
}

}  // namespace

namespace {

// The message template with every {name} this issue defines replaced, the way the first version
// did it: one replace_all per name, in this order. Kept for cells that contain '{' (their text
// could itself look like a placeholder); expand_fast gives the same bytes for all other cells.
void expand_slow(std::string& out, const char* tmpl, const Issue& is, const char* cell, size_t cell_n) {
  std::string t = tmpl;
  std::string val(cell, cell_n);
  if (val.size() > 60) val = val.substr(0, 57) + "...";
  replace_all(t, "{val}", val);
  replace_all(t, "{arg}", std::to_string(is.arg));
  replace_all(t, "{arg2}",
              is.code == IssueCode::NikSexMismatch ? two(static_cast<int>(is.arg2)) : std::to_string(is.arg2));
  if (is.code == IssueCode::NikBirthMismatch)
    replace_all(t, "{nikdate}",
                two(static_cast<int>(is.arg / 10000)) + "-" + two(static_cast<int>(is.arg / 100 % 100)) + "-.." +
                    two(static_cast<int>(is.arg % 100)));
  if (is.code == IssueCode::BirthFromNik) replace_all(t, "{date}", format_date(Date{static_cast<int32_t>(is.arg)}));
  if (is.code == IssueCode::NikSexMismatch) {
    replace_all(t, "{nsex_id}", is.arg ? "perempuan" : "laki-laki");
    replace_all(t, "{nsex_en}", is.arg ? "woman" : "man");
  }
  if (is.code == IssueCode::RoleSegmentConflict) {
    replace_all(t, "{role}", role_code(static_cast<Role>(is.arg2)));
    replace_all(t, "{implied}", segment_code(static_cast<Segment>(is.arg)));
  }
  if (is.code == IssueCode::OneTime) replace_all(t, "{program}", program_code(static_cast<int>(is.arg)));
  if (is.code == IssueCode::Engine) {
    WarningCode w = static_cast<WarningCode>(is.arg);
    if (w == WarningCode::InputIgnored) replace_all(t, "{field}", ignored_field_name(static_cast<int>(is.arg2)));
    if (w == WarningCode::OptInNotEligible) replace_all(t, "{program}", program_code(static_cast<int>(is.arg2)));
    replace_all(t, "{a}", std::to_string(is.arg2));
  }
  out += t;
}

void append_two(std::string& out, int v) {
  out.push_back(static_cast<char>('0' + v / 10 % 10));
  out.push_back(static_cast<char>('0' + v % 10));
}

// expand_slow in one pass straight into `out`, with no temporaries. The same bytes because no
// template holds "{{" and no replacement text holds '{' (the cell's is checked by the caller), so
// the sequential replacements could never have created or consumed another's placeholder.
void expand_fast(std::string& out, const char* t, const Issue& is, const char* cell, size_t cell_n) {
  auto is_name = [](const char* p, const char* name, size_t len) {
    return std::memcmp(p, name, len) == 0 && p[len] == '}';
  };
  WarningCode w = static_cast<WarningCode>(is.arg);
  bool engine = is.code == IssueCode::Engine;
  for (const char* p = t; *p;) {
    const char* brace = std::strchr(p, '{');
    if (!brace) {
      out += p;
      break;
    }
    out.append(p, static_cast<size_t>(brace - p));
    const char* q = brace + 1;
    size_t len = 0;  // the name's length, so the comparisons below stay inside the template
    while (q[len] && q[len] != '}' && q[len] != '{') ++len;
    bool done = true;
    if (q[len] != '}')
      done = false;
    else if (len == 3 && is_name(q, "val", 3)) {
      if (cell_n > 60)
        out.append(cell, 57), out += "...";
      else
        out.append(cell, cell_n);
    } else if (len == 3 && is_name(q, "arg", 3))
      append_int(out, is.arg);
    else if (len == 4 && is_name(q, "arg2", 4)) {
      if (is.code == IssueCode::NikSexMismatch)
        append_two(out, static_cast<int>(is.arg2));
      else
        append_int(out, is.arg2);
    } else if (len == 7 && is.code == IssueCode::NikBirthMismatch && is_name(q, "nikdate", 7)) {
      append_two(out, static_cast<int>(is.arg / 10000));
      out.push_back('-');
      append_two(out, static_cast<int>(is.arg / 100 % 100));
      out += "-..";
      append_two(out, static_cast<int>(is.arg % 100));
    } else if (len == 4 && is.code == IssueCode::BirthFromNik && is_name(q, "date", 4)) {
      append_date(out, Date{static_cast<int32_t>(is.arg)});
    } else if (len == 7 && is.code == IssueCode::NikSexMismatch && is_name(q, "nsex_id", 7)) {
      out += is.arg ? "perempuan" : "laki-laki";
    } else if (len == 7 && is.code == IssueCode::NikSexMismatch && is_name(q, "nsex_en", 7)) {
      out += is.arg ? "woman" : "man";
    } else if (len == 4 && is.code == IssueCode::RoleSegmentConflict && is_name(q, "role", 4)) {
      out += role_code(static_cast<Role>(is.arg2));
    } else if (len == 7 && is.code == IssueCode::RoleSegmentConflict && is_name(q, "implied", 7)) {
      out += segment_code(static_cast<Segment>(is.arg));
    } else if (len == 7 && is.code == IssueCode::OneTime && is_name(q, "program", 7)) {
      out += program_code(static_cast<int>(is.arg));
    } else if (len == 7 && engine && w == WarningCode::OptInNotEligible && is_name(q, "program", 7)) {
      out += program_code(static_cast<int>(is.arg2));
    } else if (len == 5 && engine && w == WarningCode::InputIgnored && is_name(q, "field", 5)) {
      out += ignored_field_name(static_cast<int>(is.arg2));
    } else if (len == 1 && engine && is_name(q, "a", 1)) {
      append_int(out, is.arg2);
    } else {
      done = false;
    }
    if (done) {
      p = q + len + 1;
    } else {  // not a name this issue defines: the brace is text
      out.push_back('{');
      p = q;
    }
  }
}

}  // namespace

namespace detail {

void append_issue_text(std::string& out, const Issue& is, int64_t record, const std::string* header, const char* cell,
                       size_t cell_n, bool id) {
  out += id ? "Baris " : "Row ";
  append_int(out, record);
  if (is.has_field) {
    out += id ? ", kolom " : ", column ";
    if (header)
      out += *header;
    else
      out += id ? field_label_id(is.field) : field_label_en(is.field);
  }
  out += ": ";
  messages::Pair p = issue_message(is);
  const char* t = id ? p.id : p.en;
  if (!std::strchr(t, '{')) {
    out += t;
    return;
  }
  if (!cell) cell = "", cell_n = 0;
  if (std::memchr(cell, '{', cell_n))
    expand_slow(out, t, is, cell, cell_n);
  else
    expand_fast(out, t, is, cell, cell_n);
}

}  // namespace detail

void append_issue_text(std::string& out, const Issue& is, int64_t record, const std::string* header,
                       const std::string* cell, bool id) {
  detail::append_issue_text(out, is, record, header, cell ? cell->data() : nullptr, cell ? cell->size() : 0, id);
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------
void RosterSummary::add(const RosterRow& r) {
  ++rows;
  bool warned = false;
  for (int i = 0; i < r.n_issues; ++i) {
    warned = warned || !issue_is_error(r.issues[i].code);
    if (r.issues[i].code == IssueCode::NikDuplicate) ++duplicates;
  }
  if (r.error) {
    ++errors;
    return;
  }
  ++valid;
  if (warned) ++with_warnings;
  if (!r.evaluated) return;
  const Result& res = r.res;
  for (int i = 0; i < res.n_warnings; ++i)
    if (res.warnings[i].code == WarningCode::JpCeilingMayBeOutdated) jp_ceiling_warning = true;
  ++by_role[static_cast<int>(res.role)];
  if (!res.complete) ++incomplete;
  for (int p = 0; p < kPrograms; ++p) {
    const ProgramResult& pr = res.programs[p];
    ++status[p][static_cast<int>(pr.status)];
    if (!pr.enrolled) continue;
    ++enrolled[p];
    if (!pr.has_amounts) continue;
    amount[p][0] += pr.employer;
    amount[p][1] += pr.worker;
    amount[p][2] += pr.government;
    (pr.period == Period::OneTime ? one_time : monthly) += pr.total;
  }
  for (int k = 0; k < 3; ++k) total[k] += r.totals[k];
  grand_total += r.total;
  by_payer[static_cast<int>(res.payer_employer)] += r.totals[0];
  by_payer[static_cast<int>(res.payer_worker)] += r.totals[1];
  by_payer[static_cast<int>(res.payer_government)] += r.totals[2];
}

std::string summary_json(const RosterSummary& s, const RuleSet& R, Date as_of) {
  using oj = nlohmann::ordered_json;
  oj j = oj::object();
  j["as_of"] = format_date(as_of);
  j["rules_version"] = R.version();
  j["rows"] = s.rows;
  j["valid"] = s.valid;
  j["errors"] = s.errors;
  j["with_warnings"] = s.with_warnings;
  j["duplicates"] = s.duplicates;
  j["empty_rows_skipped"] = s.empty_rows;
  j["incomplete"] = s.incomplete;
  oj progs = oj::object();
  for (int p = 0; p < kPrograms; ++p) {
    oj o = oj::object();
    for (int st = 0; st < 4; ++st) o[status_code(static_cast<Status>(st))] = s.status[p][st];
    o["enrolled"] = s.enrolled[p];
    o["employer"] = s.amount[p][0];
    o["worker"] = s.amount[p][1];
    o["government"] = s.amount[p][2];
    o["total"] = s.amount[p][0] + s.amount[p][1] + s.amount[p][2];
    progs[program_code(p)] = o;
  }
  j["programs"] = progs;
  j["totals"] = {{"employer", s.total[0]}, {"worker", s.total[1]}, {"government", s.total[2]},
                 {"total", s.grand_total}, {"monthly", s.monthly}, {"one_time", s.one_time}};
  oj payers = oj::array();
  for (int p = 0; p < kPayers; ++p) {
    if (!s.by_payer[p]) continue;
    messages::Pair l = messages::payer_label(static_cast<Payer>(p));
    payers.push_back({{"code", payer_code(static_cast<Payer>(p))},
                      {"label_id", l.id},
                      {"label_en", l.en},
                      {"amount", s.by_payer[p]}});
  }
  j["payers"] = payers;
  oj roles = oj::object();
  for (int r = 0; r < 12; ++r)
    if (s.by_role[r]) roles[r ? role_code(static_cast<Role>(r)) : "none"] = s.by_role[r];
  j["roles"] = roles;
  oj warnings = oj::array();
  if (s.jp_ceiling_warning) {
    messages::Pair w = messages::warning(WarningCode::JpCeilingMayBeOutdated);
    warnings.push_back({{"code", messages::warning_code(WarningCode::JpCeilingMayBeOutdated)},
                        {"message_id", w.id},
                        {"message_en", w.en}});
  }
  j["warnings"] = warnings;
  return j.dump(2, ' ', false, oj::error_handler_t::replace);
}

// ---------------------------------------------------------------------------------------------
// Output rows
// ---------------------------------------------------------------------------------------------
const std::vector<std::string>& roster_output_columns() {
  static const std::vector<std::string> cols = [] {
    std::vector<std::string> c = {"row", "nik", "nama", "role", "segment"};
    for (const char* p : {"jkk", "jkm", "jht", "jp", "jkp"})
      for (const char* k : {"status", "employer", "worker", "government"}) c.push_back(std::string(p) + "_" + k);
    for (const char* k :
         {"total_employer", "total_worker", "total_government", "total", "complete", "warnings", "error"})
      c.push_back(k);
    return c;
  }();
  return cols;
}

void csv_append_row(std::string& out, const std::vector<std::string>& cells, char delimiter) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out.push_back(delimiter);
    csv_append_cell(out, cells[i], delimiter);
  }
  out += "\r\n";
}

void json_append_string(std::string& out, const char* s, size_t n) {
  out.push_back('"');
  for (size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '"' || c == '\\')
        out.push_back('\\'), out.push_back(static_cast<char>(c));
      else if (c == '\n')
        out += "\\n";
      else if (c == '\r')
        out += "\\r";
      else if (c == '\t')
        out += "\\t";
      else if (c < 0x20) {
        static const char hex[] = "0123456789abcdef";
        out += "\\u00";
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    // A UTF-8 sequence: copied when well formed, else U+FFFD.
    size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    bool ok = len && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(s + i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  out.push_back('"');
}

RosterInput::RosterInput(const RuleSet& rules, const RosterOptions& opt)
    : R_(&rules), opt_(opt), reader_(opt.in_delimiter), eval_(rules, opt.as_of, opt.check_duplicates) {}

std::string RosterInput::summary_json() const {
  RosterSummary s = sum_;
  s.empty_rows = reader_.empty_records();
  return jamsos::summary_json(s, *R_, opt_.as_of);
}

std::string RosterInput::mapping_json() const {
  return jamsos::mapping_json(eval_.columns(), headers_, headers_.size(), reader_.delimiter());
}

bool RosterInput::take_header(const CsvRow& h) {
  headers_.clear();
  for (size_t i = 0; i < h.size; ++i) headers_.push_back(h.spans[i].str());
  ColumnMap map = detect_columns(headers_);
  for (const auto& m : opt_.mapping) {
    std::string err;
    if (!apply_mapping(map, headers_, headers_.size(), m.first, m.second, err)) {
      error_ = "--map " + m.first + "=" + m.second + ": " + err;
      return false;
    }
  }
  if (map.mapped() == 0) {
    error_ =
        "baris 1 bukan judul kolom yang dikenal (mis. NIK, Nama, Tanggal Lahir, Jabatan, Upah) / "
        "row 1 has no known column header (e.g. NIK, Nama, Tanggal Lahir, Jabatan, Upah)";
    return false;
  }
  eval_.set_columns(map);
  header_done_ = true;
  return true;
}

RosterProcessor::RosterProcessor(const RuleSet& rules, const RosterOptions& opt) : RosterInput(rules, opt) {
  reader_.set_copy_cells(false);  // rows are read through CsvRow::spans
}

bool RosterProcessor::drain(std::string& out) {
  while (reader_.next(csv_)) {
    if (!header_done_) {
      if (!take_header(csv_)) return !(failed_ = true);
      if (opt_.write_header && opt_.format == RosterFormat::Csv) {
        const auto& cols = roster_output_columns();
        for (size_t i = 0; i < cols.size(); ++i) {
          if (i) out.push_back(opt_.out_delimiter);
          out += cols[i];
        }
        out += "\r\n";
      }
      continue;
    }
    eval_.evaluate(csv_, row_);
    sum_.add(row_);
    write_row(csv_, out);
  }
  if (reader_.overflow()) {
    error_ = "baris " + std::to_string(reader_.overflow_record()) +
             ": satu baris lebih dari 1 MiB, kemungkinan tanda kutip tidak ditutup / row " +
             std::to_string(reader_.overflow_record()) + ": a record over 1 MiB, probably an unclosed quote";
    return !(failed_ = true);
  }
  return true;
}

bool RosterProcessor::feed(const char* data, size_t n, std::string& out) {
  if (failed_) return false;
  reader_.feed(data, n);
  return drain(out);
}

bool RosterProcessor::finish(std::string& out) {
  if (failed_) return false;
  reader_.finish();
  if (!drain(out)) return false;
  if (!header_done_) {
    error_ = "berkas kosong: tidak ada baris judul / the file is empty: no header row";
    return !(failed_ = true);
  }
  return true;
}

namespace {

struct Text {
  const char* s;
  size_t n;
};
Text text(const char* s) { return Text{s, std::strlen(s)}; }

// Status codes with their lengths, looked up once: five per output row.
Text status_text(Status st) {
  static const Text t[4] = {text(status_code(Status::Mandatory)), text(status_code(Status::Optional)),
                            text(status_code(Status::NotEligible)), text(status_code(Status::NeedInfo))};
  return t[static_cast<int>(st)];
}

// The writers below fill a region of the output reserved for the row (see write_row).
inline char* put(char* p, const char* s, size_t n) {
  std::memcpy(p, s, n);
  return p + n;
}

// Digits written in place, two at a time, back to front from the counted length. (Formatting into
// a local buffer and copying stalled on store-to-load forwarding: byte stores, a word load.)
inline char* put_int(char* p, int64_t v) {
  static const char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  uint64_t u = static_cast<uint64_t>(v);
  if (v < 0) *p++ = '-', u = 0 - u;
  int len = 1;
  for (uint64_t t = 10; len < 20 && u >= t; t *= 10) ++len;
  char* end = p + len;
  char* q = end;
  while (u >= 100) {
    const char* d = kPairs + (u % 100) * 2;
    u /= 100;
    *--q = d[1];
    *--q = d[0];
  }
  if (u >= 10) {
    *--q = kPairs[u * 2 + 1];
    *--q = kPairs[u * 2];
  } else {
    *--q = static_cast<char>('0' + u);
  }
  return end;
}
constexpr size_t kIntMax = 20;

}  // namespace

void RosterProcessor::write_row(const CsvRow& c, std::string& out) {
  const RosterRow& r = row_;
  const ColumnMap& map = eval_.columns();
  static const CsvSpan kNone;
  auto raw = [&](Field f) -> const CsvSpan* {
    int k = map[f];
    return (k >= 0 && static_cast<size_t>(k) < c.size) ? &c.spans[static_cast<size_t>(k)] : nullptr;
  };
  auto header = [&](Field f) -> const std::string* {
    int k = map[f];
    return (k >= 0 && static_cast<size_t>(k) < headers_.size()) ? &headers_[static_cast<size_t>(k)] : nullptr;
  };
  char nikbuf[17];
  Text nik{"", 0};
  if (r.has_nik) {
    uint64_t v = r.nik.value;
    for (int i = 15; i >= 0; --i) nikbuf[i] = static_cast<char>('0' + v % 10), v /= 10;
    nik = Text{nikbuf, 16};
  } else if (const CsvSpan* s = raw(Field::Nik)) {
    nik = Text{s->data, s->size};
  }
  const CsvSpan* nama = raw(Field::Nama);
  if (!nama) nama = &kNone;
  Text role{"", 0}, segment{"", 0};
  if (r.evaluated) {
    role = text(role_code(r.res.role));
    segment = text(segment_code(r.res.segment));
  } else {
    const CsvSpan* s;
    if (r.in.role != Role::None)
      role = text(role_code(r.in.role));
    else if ((s = raw(Field::Role)))
      role = Text{s->data, s->size};
    if (r.in.segment != Segment::None)
      segment = text(segment_code(r.in.segment));
    else if ((s = raw(Field::Segment)))
      segment = Text{s->data, s->size};
  }
  auto issues = [&](bool errors, bool id, std::string& dst, const char* sep) {
    bool first = true;
    for (int i = 0; i < r.n_issues; ++i) {
      const Issue& is = r.issues[i];
      if (issue_is_error(is.code) != errors) continue;
      if (!first) dst += sep;
      first = false;
      const CsvSpan* cell = is.has_field ? raw(is.field) : nullptr;
      detail::append_issue_text(dst, is, r.record, is.has_field ? header(is.field) : nullptr,
                                cell ? cell->data : nullptr, cell ? cell->size : 0, id);
    }
  };
  const char d = opt_.out_delimiter;
  if (opt_.format == RosterFormat::Csv) {
    warnings_.clear();
    errors_.clear();
    if (r.n_issues) {
      issues(false, true, warnings_, " | ");
      issues(true, true, errors_, " | ");
    }
    // The row is written through a pointer into `out`, grown once to a bound on the row's length
    // and cut back to what was written: per-cell std::string appends were a fifth of the time.
    const size_t bound = 2 * (nik.n + nama->size + role.n + segment.n + warnings_.size() + errors_.size()) +
                         (1 + kPrograms * 3 + 4) * kIntMax + kPrograms * 16 + 64;
    const size_t start = out.size();
    out.resize(start + bound);
    char* const base = &out[0];
    char* p = base + start;
    p = put_int(p, r.record);
    *p++ = d;
    p = csv_put_cell(p, nik.s, nik.n, d);
    *p++ = d;
    p = csv_put_cell(p, nama->data, nama->size, d);
    *p++ = d;
    p = csv_put_cell(p, role.s, role.n, d);
    *p++ = d;
    p = csv_put_cell(p, segment.s, segment.n, d);  // a code, or the unrecognised cell (quoted, neutralised)
    for (int k = 0; k < kPrograms; ++k) {
      *p++ = d;
      if (!r.evaluated) {
        *p++ = d, *p++ = d, *p++ = d;
        continue;
      }
      const ProgramResult& pr = r.res.programs[k];
      Text st = status_text(pr.status);
      p = put(p, st.s, st.n);
      bool amounts = pr.enrolled && pr.has_amounts;
      *p++ = d;
      if (amounts) p = put_int(p, pr.employer);
      *p++ = d;
      if (amounts) p = put_int(p, pr.worker);
      *p++ = d;
      if (amounts) p = put_int(p, pr.government);
    }
    for (int k = 0; k < 3; ++k) {
      *p++ = d;
      if (r.evaluated) p = put_int(p, r.totals[k]);
    }
    *p++ = d;
    if (r.evaluated) p = put_int(p, r.total);
    *p++ = d;
    if (r.evaluated) p = r.res.complete ? put(p, "true", 4) : put(p, "false", 5);
    *p++ = d;
    if (r.n_issues) {
      p = csv_put_cell(p, warnings_.data(), warnings_.size(), d);
      *p++ = d;
      p = csv_put_cell(p, errors_.data(), errors_.size(), d);
    } else {
      *p++ = d;
    }
    *p++ = '\r', *p++ = '\n';
    out.resize(static_cast<size_t>(p - base));
    return;
  }
  // JSON lines.
  out += "{\"row\":";
  append_int(out, r.record);
  out += ",\"nik\":";
  json_append_string(out, nik.s, nik.n);
  out += ",\"nama\":";
  json_append_string(out, nama->data, nama->size);
  out += ",\"role\":";
  json_append_string(out, role.s, role.n);
  out += ",\"segment\":";
  json_append_string(out, segment.s, segment.n);
  if (r.evaluated) {
    out += ",\"programs\":{";
    for (int p = 0; p < kPrograms; ++p) {
      const ProgramResult& pr = r.res.programs[p];
      if (p) out.push_back(',');
      out += "\"";
      out += program_code(p);
      out += "\":{\"status\":\"";
      out += status_code(pr.status);
      out += "\",\"enrolled\":";
      out += pr.enrolled ? "true" : "false";
      bool amounts = pr.enrolled && pr.has_amounts;
      const char* names[3] = {"employer", "worker", "government"};
      Money vals[3] = {pr.employer, pr.worker, pr.government};
      for (int k = 0; k < 3; ++k) {
        out += ",\"";
        out += names[k];
        out += "\":";
        if (amounts)
          append_int(out, vals[k]);
        else
          out += "null";
      }
      out += "}";
    }
    out += "},\"totals\":{\"employer\":";
    append_int(out, r.totals[0]);
    out += ",\"worker\":";
    append_int(out, r.totals[1]);
    out += ",\"government\":";
    append_int(out, r.totals[2]);
    out += ",\"total\":";
    append_int(out, r.total);
    out += "},\"payers\":{\"employer\":\"";
    out += payer_code(r.res.payer_employer);
    out += "\",\"worker\":\"";
    out += payer_code(r.res.payer_worker);
    out += "\",\"government\":\"";
    out += payer_code(r.res.payer_government);
    out += "\"},\"complete\":";
    out += r.res.complete ? "true" : "false";
  } else {
    out += ",\"programs\":null,\"totals\":null,\"payers\":null,\"complete\":null";
  }
  for (int pass = 0; pass < 2; ++pass) {
    out += pass == 0 ? ",\"warnings\":[" : ",\"errors\":[";
    bool first = true;
    for (int i = 0; i < r.n_issues; ++i) {
      const Issue& is = r.issues[i];
      if (issue_is_error(is.code) != (pass == 1)) continue;
      if (!first) out.push_back(',');
      first = false;
      out += "{\"code\":\"";
      out += is.code == IssueCode::Engine       ? messages::warning_code(static_cast<WarningCode>(is.arg))
             : is.code == IssueCode::NikInvalid ? nik_error_code(static_cast<NikError>(is.arg))
                                                : issue_code(is.code);
      out += "\",\"column\":";
      const std::string* h = is.has_field ? header(is.field) : nullptr;
      if (is.has_field)
        json_append_string(out, h ? *h : std::string(field_code(is.field)));
      else
        out += "null";
      out += ",\"field\":";
      if (is.has_field)
        json_append_string(out, std::string(field_code(is.field)));
      else
        out += "null";
      std::string m;
      const CsvSpan* cell = is.has_field ? raw(is.field) : nullptr;
      detail::append_issue_text(m, is, r.record, h, cell ? cell->data : nullptr, cell ? cell->size : 0, true);
      out += ",\"message_id\":";
      json_append_string(out, m);
      m.clear();
      detail::append_issue_text(m, is, r.record, h, cell ? cell->data : nullptr, cell ? cell->size : 0, false);
      out += ",\"message_en\":";
      json_append_string(out, m);
      out += "}";
    }
    out += "]";
  }
  out += "}\n";
}

bool roster_run(const RuleSet& rules, const std::string& csv, const RosterOptions& opt, std::string& out,
                std::string& summary, std::string& error) {
  RosterProcessor p(rules, opt);
  bool ok = p.feed(csv, out) && p.finish(out);
  error = p.error();
  summary = ok ? p.summary_json() : std::string();
  return ok;
}

std::string mapping_json(const ColumnMap& map, const std::vector<std::string>& headers, size_t n, char delimiter) {
  using oj = nlohmann::ordered_json;
  oj j = oj::object();
  j["delimiter"] = std::string(1, delimiter);
  oj h = oj::array();
  for (size_t i = 0; i < n; ++i) h.push_back(headers[i]);
  j["headers"] = h;
  oj m = oj::object();
  std::vector<bool> used(n, false);
  for (int f = 0; f < kFields; ++f) {
    int c = map.col[f];
    if (c >= 0 && static_cast<size_t>(c) < n) {
      m[field_code(static_cast<Field>(f))] = {{"column", c}, {"header", headers[static_cast<size_t>(c)]}};
      used[static_cast<size_t>(c)] = true;
    } else {
      m[field_code(static_cast<Field>(f))] = nullptr;
    }
  }
  j["mapping"] = m;
  oj un = oj::array();
  for (size_t i = 0; i < n; ++i)
    if (!used[i]) un.push_back(headers[i]);
  j["unmapped_headers"] = un;
  oj fields = oj::array();
  for (int f = 0; f < kFields; ++f)
    fields.push_back({{"code", field_code(static_cast<Field>(f))},
                      {"label_id", field_label_id(static_cast<Field>(f))},
                      {"label_en", field_label_en(static_cast<Field>(f))}});
  j["fields"] = fields;
  return j.dump(-1, ' ', false, oj::error_handler_t::replace);
}

std::string inspect_csv(const std::string& head) {
  CsvReader r;
  r.feed(head);
  CsvRow row;
  if (!r.next(row)) {
    r.finish();
    if (!r.next(row)) return "{\"error\":\"no complete header line\"}";
  }
  std::vector<std::string> h(row.cells.begin(), row.cells.begin() + static_cast<long>(row.size));
  return mapping_json(detect_columns(h), h, h.size(), r.delimiter());
}

std::string roster_template_csv(char d) {
  std::string out = "\xEF\xBB\xBF";  // so Excel reads UTF-8
  std::vector<std::string> h;
  for (int f = 0; f < kFields; ++f) h.push_back(field_label_id(static_cast<Field>(f)));
  csv_append_row(out, h, d);
  csv_append_row(out,
                 {"3515140508680001", "Budi Santoso", "05/08/1968", "L", "Kepala Desa", "", "4.500.000", "", "WNI", "",
                  "", "ya", "JHT;JP", ""},
                 d);
  csv_append_row(out,
                 {"3515144508900002", "Siti Aminah", "05/08/1990", "P", "Pekerja Rentan", "", "", "1.000.000", "WNI",
                  "", "", "", "", "lainnya"},
                 d);
  return out;
}

}  // namespace jamsos
