// Roster columns and cells: header names (Indonesian and English), money, dates and codes.
#include <cstdlib>
#include <cstring>

#include "jamsos/roster.hpp"
#include "roster_internal.hpp"

namespace jamsos {

namespace {

struct FieldInfo {
  const char* code;
  const char* label_id;
  const char* label_en;
};
const FieldInfo kFieldInfo[kFields] = {
    {"nik", "NIK", "NIK"},
    {"nama", "Nama", "Name"},
    {"birth_date", "Tanggal Lahir", "Birth date"},
    {"sex", "Jenis Kelamin", "Sex"},
    {"role", "Jabatan", "Role"},
    {"segment", "Segmen", "Segment"},
    {"monthly_wage", "Upah", "Wage"},
    {"declared_income", "Penghasilan", "Income"},
    {"citizenship", "Kewarganegaraan", "Citizenship"},
    {"employer_scale", "Skala Usaha", "Employer scale"},
    {"jkk_risk_group", "Kelompok Risiko", "Risk group"},
    {"jkn_enrolled", "JKN", "JKN"},
    {"opt_in", "Program Tambahan", "Opt in"},
    {"bpu_sector", "Sektor", "Sector"},
};

// Normalised header names per field. Exact matches win; then prefixes (longest first).
struct Synonym {
  const char* key;
  Field field;
};
const Synonym kSynonyms[] = {
    {"nik", Field::Nik},
    {"noktp", Field::Nik},
    {"nomorktp", Field::Nik},
    {"ktp", Field::Nik},
    {"nikktp", Field::Nik},
    {"nonik", Field::Nik},
    {"nomornik", Field::Nik},
    {"nomorindukkependudukan", Field::Nik},
    {"nationalid", Field::Nik},
    {"idnumber", Field::Nik},
    {"nama", Field::Nama},
    {"name", Field::Nama},
    {"namalengkap", Field::Nama},
    {"fullname", Field::Nama},
    {"namapeserta", Field::Nama},
    {"namapekerja", Field::Nama},
    {"namasesuaiktp", Field::Nama},
    {"tanggallahir", Field::BirthDate},
    {"tgllahir", Field::BirthDate},
    {"tgllhr", Field::BirthDate},
    {"tanggallhr", Field::BirthDate},
    {"birthdate", Field::BirthDate},
    {"dateofbirth", Field::BirthDate},
    {"dob", Field::BirthDate},
    {"lahir", Field::BirthDate},
    {"birthday", Field::BirthDate},
    {"jeniskelamin", Field::Sex},
    {"jk", Field::Sex},
    {"sex", Field::Sex},
    {"gender", Field::Sex},
    {"kelamin", Field::Sex},
    {"lp", Field::Sex},
    {"jabatan", Field::Role},
    {"peran", Field::Role},
    {"role", Field::Role},
    {"position", Field::Role},
    {"kategori", Field::Role},
    {"kategoripeserta", Field::Role},
    {"jenispekerja", Field::Role},
    {"segmen", Field::Segment},
    {"segment", Field::Segment},
    {"segmenpeserta", Field::Segment},
    {"jenispeserta", Field::Segment},
    {"upah", Field::Wage},
    {"siltap", Field::Wage},
    {"honor", Field::Wage},
    {"honorarium", Field::Wage},
    {"gaji", Field::Wage},
    {"wage", Field::Wage},
    {"salary", Field::Wage},
    {"monthlywage", Field::Wage},
    {"upahbulanan", Field::Wage},
    {"gajipokok", Field::Wage},
    {"penghasilantetap", Field::Wage},
    {"insentif", Field::Wage},
    {"tunjangan", Field::Wage},
    {"penghasilan", Field::Income},
    {"income", Field::Income},
    {"declaredincome", Field::Income},
    {"pendapatan", Field::Income},
    {"penghasilanbulanan", Field::Income},
    {"kewarganegaraan", Field::Citizenship},
    {"citizenship", Field::Citizenship},
    {"nationality", Field::Citizenship},
    {"warganegara", Field::Citizenship},
    {"skalausaha", Field::Scale},
    {"employerscale", Field::Scale},
    {"skala", Field::Scale},
    {"scale", Field::Scale},
    {"skalaperusahaan", Field::Scale},
    {"businessscale", Field::Scale},
    {"kelompokrisiko", Field::RiskGroup},
    {"riskgroup", Field::RiskGroup},
    {"jkkriskgroup", Field::RiskGroup},
    {"tingkatrisiko", Field::RiskGroup},
    {"risiko", Field::RiskGroup},
    {"risk", Field::RiskGroup},
    {"jkn", Field::Jkn},
    {"jknenrolled", Field::Jkn},
    {"bpjskesehatan", Field::Jkn},
    {"terdaftarjkn", Field::Jkn},
    {"programtambahan", Field::OptIn},
    {"optin", Field::OptIn},
    {"programpilihan", Field::OptIn},
    {"tambahan", Field::OptIn},
    {"sektor", Field::Sector},
    {"sector", Field::Sector},
    {"bpusector", Field::Sector},
    {"sektorbpu", Field::Sector},
    {"sektorusaha", Field::Sector},
};

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool starts_with(const std::string& s, const char* p) { return s.compare(0, std::strlen(p), p) == 0; }
bool contains(const std::string& s, const char* p) { return s.find(p) != std::string::npos; }

}  // namespace

const char* field_code(Field f) { return kFieldInfo[static_cast<int>(f)].code; }
const char* field_label_id(Field f) { return kFieldInfo[static_cast<int>(f)].label_id; }
const char* field_label_en(Field f) { return kFieldInfo[static_cast<int>(f)].label_en; }
bool field_from_code(const std::string& code, Field& out) {
  for (int i = 0; i < kFields; ++i)
    if (code == kFieldInfo[i].code) {
      out = static_cast<Field>(i);
      return true;
    }
  return false;
}

std::string normalize_key(const char* s, size_t n) {
  std::string k;
  k.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    char c = lower(s[i]);
    if (alnum(c)) k.push_back(c);
  }
  return k;
}

bool field_for_header(const std::string& header, Field& out) {
  std::string k = normalize_key(header);
  if (k.empty()) return false;
  for (const Synonym& s : kSynonyms)
    if (k == s.key) {
      out = s.field;
      return true;
    }
  return false;
}

ColumnMap detect_columns(const std::vector<std::string>& headers, size_t n) {
  ColumnMap m;
  std::vector<std::string> keys(n);
  for (size_t i = 0; i < n; ++i) keys[i] = normalize_key(headers[i]);
  for (size_t i = 0; i < n; ++i)
    for (const Synonym& s : kSynonyms)
      if (keys[i] == s.key && m[s.field] < 0) {
        m[s.field] = static_cast<int>(i);
        break;
      }
  // Prefixes: "Upah Bulanan (Rp)" -> upah...; the longest synonym that prefixes the header wins.
  for (size_t i = 0; i < n; ++i) {
    bool taken = false;
    for (int f = 0; f < kFields; ++f) taken = taken || m.col[f] == static_cast<int>(i);
    if (taken || keys[i].empty()) continue;
    const Synonym* best = nullptr;
    for (const Synonym& s : kSynonyms) {
      size_t len = std::strlen(s.key);
      if (len >= 3 && starts_with(keys[i], s.key) && (!best || len > std::strlen(best->key))) best = &s;
    }
    if (best && m[best->field] < 0) m[best->field] = static_cast<int>(i);
  }
  return m;
}

bool apply_mapping(ColumnMap& map, const std::vector<std::string>& headers, size_t n, const std::string& field,
                   const std::string& column, std::string& error) {
  Field f;
  if (!field_from_code(field, f)) {
    std::string list;
    for (int i = 0; i < kFields; ++i) list += std::string(i ? ", " : "") + kFieldInfo[i].code;
    error = "unknown field '" + field + "' (one of: " + list + ")";
    return false;
  }
  if (column.empty() || column == "-") {
    map[f] = -1;
    return true;
  }
  bool digits = true;
  for (char c : column) digits = digits && c >= '0' && c <= '9';
  if (digits && column.size() < 6) {
    int k = std::atoi(column.c_str());
    if (k < 1 || static_cast<size_t>(k) > n) {
      error = "column " + column + " is not between 1 and " + std::to_string(n);
      return false;
    }
    map[f] = k - 1;
    return true;
  }
  std::string want = normalize_key(column);
  for (size_t i = 0; i < n; ++i)
    if (normalize_key(headers[i]) == want) {
      map[f] = static_cast<int>(i);
      return true;
    }
  error = "no column named '" + column + "' for " + field;
  return false;
}

// ------------------------------------------------------------------------------------------
// Money
// ------------------------------------------------------------------------------------------
MoneyCell parse_money_cell(const char* s, size_t n, Money& out) {
  // Fast path for the common spellings: plain digits ("4500000") or digits grouped by threes with
  // one kind of separator ("4.500.000", "4,500,000"), optionally after "Rp", "Rp." or "Rp ".
  // Whatever it refuses goes to the general parser below, which gives these strings the same
  // values; the fast path only skips its copies.
  {
    const char* p = s;
    size_t k = n;
    if (k >= 3 && (p[0] == 'R' || p[0] == 'r') && (p[1] == 'P' || p[1] == 'p')) {
      p += 2, k -= 2;
      if (*p == '.') ++p, --k;
      if (k && *p == ' ') ++p, --k;
    }
    if (k > 0 && k <= 19 && p[0] >= '0' && p[0] <= '9') {
      uint64_t v = 0;  // at most 19 digits: fits
      size_t group = 0, first = 0;
      char sep = 0;
      bool plain = true;
      for (size_t i = 0; i < k && plain; ++i) {
        char c = p[i];
        if (c >= '0' && c <= '9') {
          v = v * 10 + static_cast<uint64_t>(c - '0');
          sep ? ++group : ++first;
        } else if ((c == '.' || c == ',') && (sep ? c == sep && group == 3 : (first >= 1 && first <= 3))) {
          sep = c;
          group = 0;
        } else {
          plain = false;
        }
      }
      if (plain && (!sep || group == 3) && (sep || first <= 16) && v <= static_cast<uint64_t>(kMaxMoney)) {
        out = static_cast<Money>(v);
        return MoneyCell::Ok;
      }
    }
  }
  // Trim blanks (including the UTF-8 no-break space C2 A0).
  auto blank = [](const char* p, size_t k, size_t i) {
    return p[i] == ' ' || p[i] == '\t' ||
           (static_cast<unsigned char>(p[i]) == 0xA0 && i > 0 && static_cast<unsigned char>(p[i - 1]) == 0xC2) ||
           (static_cast<unsigned char>(p[i]) == 0xC2 && i + 1 < k && static_cast<unsigned char>(p[i + 1]) == 0xA0);
  };
  std::string t;
  t.reserve(n);
  for (size_t i = 0; i < n; ++i)
    if (!blank(s, n, i)) t.push_back(lower(s[i]));
  if (!t.empty() && t[0] == '\'') t.erase(0, 1);
  if (t.empty()) return MoneyCell::Empty;
  bool negative = false;
  if (t[0] == '-' || (t[0] == '(' && t.back() == ')')) {
    negative = true;
    t.erase(0, 1);
    if (!t.empty() && t.back() == ')') t.pop_back();
  }
  if (starts_with(t, "rp."))
    t.erase(0, 3);
  else if (starts_with(t, "rp"))
    t.erase(0, 2);
  else if (starts_with(t, "idr"))
    t.erase(0, 3);
  if (!t.empty() && t[0] == '-') negative = true, t.erase(0, 1);
  // ",-" / ".-" after the amount ("Rp5.000.000,-").
  if (t.size() >= 2 && t.back() == '-' && (t[t.size() - 2] == ',' || t[t.size() - 2] == '.')) t.resize(t.size() - 2);
  int64_t mult = 1;
  static const struct {
    const char* suffix;
    int64_t m;
  } kMult[] = {{"juta", 1000000},
               {"jt", 1000000},
               {"ribu", 1000},
               {"rb", 1000},
               {"k", 1000}};  // not "m": in Indonesian M is miliar
  for (const auto& m : kMult) {
    size_t len = std::strlen(m.suffix);
    if (t.size() > len && t.compare(t.size() - len, len, m.suffix) == 0) {
      mult = m.m;
      t.resize(t.size() - len);
      if (!t.empty() && t.back() == '.') t.pop_back();  // "5 jt." or "5jt."
      break;
    }
  }
  if (t.empty()) return MoneyCell::Invalid;
  // Only digits and separators remain.
  int ndot = 0, ncomma = 0;
  size_t last_sep = std::string::npos;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '.')
      ++ndot, last_sep = i;
    else if (c == ',')
      ++ncomma, last_sep = i;
    else if (c < '0' || c > '9')
      return MoneyCell::Invalid;
  }
  if (t[0] == '.' || t[0] == ',' || t.back() == '.' || t.back() == ',') return MoneyCell::Invalid;
  char dec = 0;  // the decimal separator, if any
  if (ndot && ncomma) {
    dec = t[last_sep];
    if ((dec == '.' ? ndot : ncomma) != 1) return MoneyCell::Invalid;
  } else if (ndot + ncomma == 1) {
    size_t after = t.size() - last_sep - 1;
    // Exactly three digits after a single separator make it a thousands separator ("5.000",
    // "5,000", "1.500 ribu"); otherwise it is a decimal point ("2,5 juta", "5000000,00").
    if (after != 3) dec = t[last_sep];
  }
  char thousands = dec == '.' ? ',' : dec == ',' ? '.' : (ndot ? '.' : ',');
  // Integer part: groups of three after the first when thousands separators are used.
  size_t end = dec ? t.find(dec) : t.size();
  __int128 whole = 0;
  int group = -1;  // digits since the last thousands separator; -1 before the first one
  bool any_thousands = false;
  size_t first_group = 0;
  for (size_t i = 0; i < end; ++i) {
    char c = t[i];
    if (c == thousands) {
      if (group == -1) {
        if (first_group == 0 || first_group > 3) return MoneyCell::Invalid;
      } else if (group != 3) {
        return MoneyCell::Invalid;
      }
      any_thousands = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return MoneyCell::Invalid;
    whole = whole * 10 + (c - '0');
    if (whole > static_cast<__int128>(kMaxMoney) * 10) return MoneyCell::TooLarge;
    if (group >= 0)
      ++group;
    else
      ++first_group;
  }
  if (any_thousands && group != 3) return MoneyCell::Invalid;
  // Fraction: exact, must give whole rupiah after the multiplier.
  __int128 frac = 0, scale = 1;
  if (dec) {
    for (size_t i = end + 1; i < t.size(); ++i) {
      char c = t[i];
      if (c < '0' || c > '9') return MoneyCell::Invalid;
      if (scale > 1000000000000LL) return MoneyCell::Invalid;
      frac = frac * 10 + (c - '0');
      scale *= 10;
    }
  }
  __int128 total = whole * mult;
  if (frac) {
    __int128 f = frac * mult;
    if (f % scale != 0) return negative ? MoneyCell::Negative : MoneyCell::Decimals;
    total += f / scale;
  }
  if (negative && total != 0) return MoneyCell::Negative;
  if (total > kMaxMoney) return MoneyCell::TooLarge;
  out = static_cast<Money>(total);
  return MoneyCell::Ok;
}

// ------------------------------------------------------------------------------------------
// Dates
// ------------------------------------------------------------------------------------------
namespace {

int month_from_name(const std::string& k) {
  static const struct {
    const char* p;
    int m;
  } kMonths[] = {
      {"januari", 1},  {"january", 1},   {"jan", 1},       {"februari", 2},  {"february", 2},  {"feb", 2},
      {"pebruari", 2}, {"maret", 3},     {"march", 3},     {"mar", 3},       {"april", 4},     {"apr", 4},
      {"mei", 5},      {"may", 5},       {"juni", 6},      {"june", 6},      {"jun", 6},       {"juli", 7},
      {"july", 7},     {"jul", 7},       {"agustus", 8},   {"august", 8},    {"agu", 8},       {"agt", 8},
      {"ags", 8},      {"aug", 8},       {"september", 9}, {"sept", 9},      {"sep", 9},       {"oktober", 10},
      {"october", 10}, {"okt", 10},      {"oct", 10},      {"november", 11}, {"nopember", 11}, {"nov", 11},
      {"nop", 11},     {"desember", 12}, {"december", 12}, {"des", 12},      {"dec", 12}};
  for (const auto& m : kMonths)
    if (k == m.p) return m.m;
  return 0;
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

namespace {

inline bool digit(char c) { return c >= '0' && c <= '9'; }
inline int num2(const char* p) { return (p[0] - '0') * 10 + (p[1] - '0'); }

// Everything but the fixed-width spellings: names of months, Excel serials, times, one-digit days.
bool parse_date_cell_slow(const char* s, size_t n, Date& out) {
  std::string t(s, n);
  // "1968-08-05 00:00:00" / "05/08/1968 0:00": drop a time part.
  size_t sp = t.find(' ');
  if (sp != std::string::npos && t.find(':', sp) != std::string::npos && (t.find('-') < sp || t.find('/') < sp))
    t.resize(sp);
  if (parse_date(t, out)) return true;
  // Excel serial day number: "25000" or "25000.0".
  {
    std::string d = t;
    size_t dot = d.find('.');
    bool zeros = true;
    if (dot != std::string::npos) {
      for (size_t i = dot + 1; i < d.size(); ++i) zeros = zeros && d[i] == '0';
      d.resize(dot);
    }
    if (zeros && all_digits(d) && d.size() <= 7) {
      long v = std::atol(d.c_str());
      if (v < 1 || v > 2958465) return false;
      // 1 = 1900-01-01 in Excel, which also counts a 29-02-1900 that never was: from serial 61
      // on, serials count from 1899-12-30; below 60 from 1899-12-31.
      int base = from_ymd(1899, 12, 30).days;
      if (v < 60) base += 1;
      if (v == 60) return false;
      out = Date{base + static_cast<int32_t>(v)};
      return true;
    }
  }
  // Three parts split on - / . or blanks; month may be a name.
  std::string parts[3];
  int np = 0;
  std::string cur;
  for (size_t i = 0; i <= t.size(); ++i) {
    char c = i < t.size() ? lower(t[i]) : ' ';
    bool sep = c == '-' || c == '/' || c == '.' || c == ' ' || c == ',';
    if (!sep) {
      cur.push_back(c);
      continue;
    }
    if (!cur.empty()) {
      if (np == 3) return false;
      parts[np++] = cur;
      cur.clear();
    }
  }
  if (np != 3) return false;
  int y, m, d;
  auto num = [](const std::string& p, int& v) {
    if (!all_digits(p) || p.size() > 4) return false;
    v = std::atoi(p.c_str());
    return true;
  };
  if (parts[0].size() == 4 && all_digits(parts[0])) {  // Y M D
    if (!num(parts[0], y) || !num(parts[2], d)) return false;
    if (!num(parts[1], m) && !(m = month_from_name(parts[1]))) return false;
  } else {  // D M Y
    if (!num(parts[0], d) || !num(parts[2], y)) return false;
    if (parts[2].size() != 4) return false;  // two-digit years are ambiguous
    if (!num(parts[1], m) && !(m = month_from_name(parts[1]))) return false;
  }
  if (!valid_ymd(y, m, d)) return false;
  out = from_ymd(y, m, d);
  return true;
}

}  // namespace

bool detail::parse_date_cell_ymd(const char* s, size_t n, Date& out, Ymd& ymd) {
  while (n && (*s == ' ' || *s == '\t' || *s == '\'')) ++s, --n;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) --n;
  if (n == 0) return false;
  // Fast paths for the fixed-width spellings nearly every roster uses: DD/MM/YYYY, DD-MM-YYYY
  // and YYYY-MM-DD. The slow path gives the same answer for them, only with copies.
  if (n == 10) {
    int y = -1, m = 0, d = 0;
    if ((s[2] == '/' || s[2] == '-') && s[5] == s[2] && digit(s[0]) && digit(s[1]) && digit(s[3]) && digit(s[4]) &&
        digit(s[6]) && digit(s[7]) && digit(s[8]) && digit(s[9])) {
      d = num2(s), m = num2(s + 3), y = num2(s + 6) * 100 + num2(s + 8);
    } else if (s[4] == '-' && s[7] == '-' && digit(s[0]) && digit(s[1]) && digit(s[2]) && digit(s[3]) && digit(s[5]) &&
               digit(s[6]) && digit(s[8]) && digit(s[9])) {
      y = num2(s) * 100 + num2(s + 2), m = num2(s + 5), d = num2(s + 8);
    }
    if (y >= 0) {
      if (!valid_ymd(y, m, d)) return false;
      out = from_ymd(y, m, d);
      ymd = Ymd{y, m, d};
      return true;
    }
  }
  if (!parse_date_cell_slow(s, n, out)) return false;
  ymd = to_ymd(out);
  return true;
}

bool parse_date_cell(const char* s, size_t n, Date& out) {
  Ymd ymd;
  return detail::parse_date_cell_ymd(s, n, out, ymd);
}

// ------------------------------------------------------------------------------------------
// Codes
// ------------------------------------------------------------------------------------------
bool parse_role_cell(const std::string& s, Role& out) {
  std::string k = normalize_key(s);
  if (k.empty()) return false;
  static const struct {
    const char* key;
    Role r;
  } kExact[] = {
      {"kepaladesa", Role::KepalaDesa},
      {"kades", Role::KepalaDesa},
      {"keuchik", Role::KepalaDesa},
      {"geuchik", Role::KepalaDesa},
      {"kepalakampung", Role::KepalaDesa},
      {"walinagari", Role::KepalaDesa},
      {"perbekel", Role::KepalaDesa},
      {"kepalagampong", Role::KepalaDesa},
      {"villagehead", Role::KepalaDesa},
      {"pjkepaladesa", Role::KepalaDesa},
      {"penjabatkepaladesa", Role::KepalaDesa},
      {"perangkatdesa", Role::PerangkatDesa},
      {"perangkat", Role::PerangkatDesa},
      {"sekdes", Role::PerangkatDesa},
      {"sekretarisdesa", Role::PerangkatDesa},
      {"kadus", Role::PerangkatDesa},
      {"kaur", Role::PerangkatDesa},
      {"kasi", Role::PerangkatDesa},
      {"villageofficial", Role::PerangkatDesa},
      {"stafdesa", Role::PerangkatDesa},
      {"bendaharadesa", Role::PerangkatDesa},
      {"kepaladusun", Role::PerangkatDesa},
      {"bpd", Role::Bpd},
      {"badanpermusyawaratandesa", Role::Bpd},
      {"anggotabpd", Role::Bpd},
      {"pendampingdesa", Role::PendampingDesa},
      {"tpp", Role::PendampingDesa},
      {"pld", Role::PendampingDesa},
      {"pendampinglokaldesa", Role::PendampingDesa},
      {"villagefacilitator", Role::PendampingDesa},
      {"tenagapendampingprofesional", Role::PendampingDesa},
      {"nonasn", Role::NonAsn},
      {"honorer", Role::NonAsn},
      {"tenagahonorer", Role::NonAsn},
      {"pegawaihonorer", Role::NonAsn},
      {"ptt", Role::NonAsn},
      {"pegawaitidaktetap", Role::NonAsn},
      {"thl", Role::NonAsn},
      {"tenagaharianlepas", Role::NonAsn},
      {"tenagakontrak", Role::NonAsn},
      {"pegawainonasn", Role::NonAsn},
      {"noncivilservant", Role::NonAsn},
      {"bumdes", Role::Bumdes},
      {"pengelolabumdes", Role::Bumdes},
      {"pengurusbumdes", Role::Bumdes},
      {"pekerjarentan", Role::PekerjaRentan},
      {"rentan", Role::PekerjaRentan},
      {"vulnerableworker", Role::PekerjaRentan},
      {"pns", Role::Pns},
      {"asn", Role::Pns},
      {"civilservant", Role::Pns},
      {"pegawainegerisipil", Role::Pns},
      {"cpns", Role::Cpns},
      {"pppk", Role::Pppk},
      {"p3k", Role::Pppk},
      {"tni", Role::TniPolri},
      {"polri", Role::TniPolri},
      {"tnipolri", Role::TniPolri},
  };
  for (const auto& e : kExact)
    if (k == e.key) {
      out = e.r;
      return true;
    }
  // Titles with more words: "Kaur Keuangan", "Kasi Pemerintahan", "Ketua BPD", "Direktur BUMDes".
  if (contains(k, "nonasn") || contains(k, "honorer"))
    out = Role::NonAsn;
  else if (contains(k, "bumdes"))
    out = Role::Bumdes;
  else if (contains(k, "bpd"))
    out = Role::Bpd;
  else if (contains(k, "rentan"))
    out = Role::PekerjaRentan;
  else if (starts_with(k, "pendamping") || starts_with(k, "tenagaahlipendamping"))
    out = Role::PendampingDesa;
  else if (starts_with(k, "kepaladesa") || starts_with(k, "kades"))
    out = Role::KepalaDesa;
  else if (starts_with(k, "kaur") || starts_with(k, "kasi") || starts_with(k, "kepalaurusan") ||
           starts_with(k, "kepalaseksi") || starts_with(k, "kepaladusun") || starts_with(k, "kadus") ||
           starts_with(k, "sekretarisdesa") || starts_with(k, "perangkatdesa"))
    out = Role::PerangkatDesa;
  else if (starts_with(k, "cpns"))
    out = Role::Cpns;
  else if (starts_with(k, "pppk"))
    out = Role::Pppk;
  else if (starts_with(k, "pns"))
    out = Role::Pns;
  else if (starts_with(k, "tni") || starts_with(k, "polri") || starts_with(k, "prajurittni") ||
           starts_with(k, "anggotapolri"))
    out = Role::TniPolri;
  else
    return false;
  return true;
}

bool parse_segment_cell(const std::string& s, Segment& out) {
  std::string k = normalize_key(s);
  static const struct {
    const char* key;
    Segment v;
  } kT[] = {
      {"pu", Segment::PU},
      {"ppu", Segment::PU},
      {"penerimaupah", Segment::PU},
      {"pekerjapenerimaupah", Segment::PU},
      {"wageearner", Segment::PU},
      {"formal", Segment::PU},
      {"bpu", Segment::BPU},
      {"bukanpenerimaupah", Segment::BPU},
      {"pekerjabukanpenerimaupah", Segment::BPU},
      {"informal", Segment::BPU},
      {"jakon", Segment::JAKON},
      {"jasakonstruksi", Segment::JAKON},
      {"konstruksi", Segment::JAKON},
      {"construction", Segment::JAKON},
      {"pmi", Segment::PMI},
      {"pekerjamigran", Segment::PMI},
      {"pekerjamigranindonesia", Segment::PMI},
      {"migrant", Segment::PMI},
      {"migrantworker", Segment::PMI},
      {"tki", Segment::PMI},
  };
  for (const auto& e : kT)
    if (k == e.key) return out = e.v, true;
  return false;
}

bool parse_scale_cell(const std::string& s, Scale& out) {
  std::string k = normalize_key(s);
  if (starts_with(k, "usaha")) k.erase(0, 5);
  static const struct {
    const char* key;
    Scale v;
  } kT[] = {{"mikro", Scale::Micro},     {"micro", Scale::Micro},   {"kecil", Scale::Small}, {"small", Scale::Small},
            {"menengah", Scale::Medium}, {"medium", Scale::Medium}, {"besar", Scale::Large}, {"large", Scale::Large}};
  for (const auto& e : kT)
    if (k == e.key) return out = e.v, true;
  return false;
}

bool parse_risk_group_cell(const std::string& s, int& out) {
  std::string k = normalize_key(s);
  for (const char* p : {"kelompok", "group", "grup", "tingkat"})
    if (starts_with(k, p)) k.erase(0, std::strlen(p));
  static const struct {
    const char* key;
    int v;
  } kT[] = {{"1", 1},
            {"2", 2},
            {"3", 3},
            {"4", 4},
            {"5", 5},
            {"i", 1},
            {"ii", 2},
            {"iii", 3},
            {"iv", 4},
            {"v", 5},
            {"sangatrendah", 1},
            {"rendah", 2},
            {"sedang", 3},
            {"tinggi", 4},
            {"sangattinggi", 5},
            {"verylow", 1},
            {"low", 2},
            {"medium", 3},
            {"high", 4},
            {"veryhigh", 5}};
  for (const auto& e : kT)
    if (k == e.key) return out = e.v, true;
  return false;
}

bool parse_bool_cell(const std::string& s, bool& out) {
  std::string k = normalize_key(s);
  static const char* kYes[] = {"ya", "y", "yes", "true", "1", "sudah", "terdaftar", "aktif", "ada", "benar"};
  static const char* kNo[] = {
      "tidak",          "t",        "tdk",  "n", "no", "false", "0", "belum", "tidakterdaftar", "tidakada",
      "belumterdaftar", "nonaktif", "salah"};
  for (const char* y : kYes)
    if (k == y) return out = true, true;
  for (const char* n : kNo)
    if (k == n) return out = false, true;
  return false;
}

bool parse_citizenship_cell(const std::string& s, Citizenship& out) {
  std::string k = normalize_key(s);
  if (k == "wni" || k == "indonesia" || k == "id" || k == "idn" || k == "indonesian")
    return out = Citizenship::WNI, true;
  if (k == "wna" || k == "asing" || k == "foreign" || k == "foreigner") return out = Citizenship::WNA, true;
  return false;
}

bool parse_sector_cell(const std::string& s, BpuSector& out) {
  std::string k = normalize_key(s);
  static const char* kTransport[] = {"transport", "transportasi", "ojek",  "ojol",  "ojekonline", "kurir",
                                     "courier",   "driver",       "sopir", "supir", "pengemudi",  "angkutan"};
  static const char* kOther[] = {"other",           "lainnya",           "lain", "nontransport",
                                 "nontransportasi", "bukantransportasi", "umum"};
  for (const char* t : kTransport)
    if (k == t) return out = BpuSector::Transport, true;
  for (const char* o : kOther)
    if (k == o) return out = BpuSector::Other, true;
  return false;
}

bool parse_sex_cell(const std::string& s, bool& female) {
  std::string k = normalize_key(s);
  static const char* kMale[] = {"l", "lk", "lakilaki", "laki", "pria", "m", "male", "man"};
  static const char* kFemale[] = {"p", "pr", "perempuan", "wanita", "f", "female", "woman", "w"};
  for (const char* m : kMale)
    if (k == m) return female = false, true;
  for (const char* f : kFemale)
    if (k == f) return female = true, true;
  return false;
}

bool parse_opt_in_cell(const std::string& s, uint8_t& out) {
  out = 0;
  std::string cur;
  for (size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? lower(s[i]) : ';';
    if (alnum(c)) {
      cur.push_back(c);
      continue;
    }
    if (c == '-' || c == '_') continue;
    if (cur.empty()) continue;
    int p = -1;
    for (int q = 0; q < kPrograms; ++q)
      if (normalize_key(program_code(q)) == cur) p = q;
    if (cur == "tidakada" || cur == "tidak" || cur == "none" || cur == "no") p = -2;
    if (p == -1) return false;
    if (p >= 0) out |= static_cast<uint8_t>(1u << p);
    cur.clear();
  }
  return true;
}

}  // namespace jamsos
