// Roster columns: header names (Indonesian and English) -> fields, and the mapping JSON.
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

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
    {"member_since", "Tanggal Mulai Peserta", "Member since"},
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
    {"membersince", Field::MemberSince},
    {"tanggalmulaipeserta", Field::MemberSince},
    {"tglmulaipeserta", Field::MemberSince},
    {"tanggalkepesertaan", Field::MemberSince},
    {"tmtkepesertaan", Field::MemberSince},
    {"tanggaldaftar", Field::MemberSince},
    {"terdaftarsejak", Field::MemberSince},
    {"pesertasejak", Field::MemberSince},
};

using detail::alnum;
using detail::contains;
using detail::lower;
using detail::starts_with;

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

}  // namespace jamsos
