// Roster issues: codes and messages (row, column, reason) in Indonesian and English.
#include <cstring>

#include "jamsos/messages.hpp"
#include "jamsos/roster.hpp"
#include "roster_internal.hpp"

namespace jamsos {

namespace {

void replace_all(std::string& s, const char* from, const std::string& to) {
  size_t len = std::strlen(from);
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, len, to);
}

}  // namespace

const char* issue_code(IssueCode c) {
  static const char* n[] = {"unterminated_quote",
                            "record_too_long",
                            "nik_invalid",
                            "nik_duplicate",
                            "invalid_money",
                            "money_decimals",
                            "money_negative",
                            "money_too_large",
                            "invalid_date",
                            "unknown_role",
                            "unknown_segment",
                            "unknown_scale",
                            "unknown_risk_group",
                            "invalid_yes_no",
                            "unknown_citizenship",
                            "unknown_sector",
                            "unknown_sex",
                            "invalid_opt_in",
                            "birth_after_as_of",
                            "age_over_120",
                            "inconsistent_role_segment",
                            "pmi_not_wni",
                            "member_since_after_as_of",
                            "nik_birth_mismatch",
                            "nik_sex_mismatch",
                            "birth_from_nik",
                            "wage_used_as_income",
                            "income_used_as_wage",
                            "one_time_amount",
                            "engine_warning"};
  return n[static_cast<int>(c)];
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
      return {
          "tanda kutip (\") tidak ditutup dengan benar; hanya baris ini yang dibaca, lalu {arg} baris "
          "sesudahnya yang tidak terbaca sebagai data dilewati",
          "a quote (\") is not closed properly; only this line was read, then {arg} lines after it that do "
          "not read as data were skipped"};
    case IssueCode::RecordTooLong:
      return {
          "baris lebih dari 1 MiB dan dilewati, lalu {arg} baris sesudahnya yang tidak terbaca sebagai data "
          "dilewati",
          "the row is over 1 MiB and was skipped, then {arg} lines after it that do not read as data were "
          "skipped"};
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
      return {"'{val}' terlalu besar (paling banyak Rp10.000.000.000 sebulan)",
              "'{val}' is too large (at most Rp10,000,000,000 a month)"};
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
    case IssueCode::MemberSinceAfterAsOf:
      return {"tanggal mulai peserta '{val}' sesudah tanggal perhitungan",
              "member-since date '{val}' is after the calculation date"};
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

}  // namespace jamsos
