// Roster columns: the fields a roster can hold and how a header row maps onto them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------
enum class Field : uint8_t {
  Nik,
  Nama,
  BirthDate,
  Sex,
  Role,
  Segment,
  Wage,
  Income,
  Citizenship,
  Scale,
  RiskGroup,
  Jkn,
  OptIn,
  Sector,
  MemberSince,  // joined BPJS Ketenagakerjaan with this employer (JKP's age at registration)
  Count_
};
constexpr int kFields = static_cast<int>(Field::Count_);
const char* field_code(Field f);      // "nik", "nama", "birth_date", "sex", "role", "segment",
                                      // "monthly_wage", "declared_income", "citizenship",
                                      // "employer_scale", "jkk_risk_group", "jkn_enrolled",
                                      // "opt_in", "bpu_sector", "member_since"
const char* field_label_id(Field f);  // "NIK", "Nama", "Tanggal Lahir", ... (template headers)
const char* field_label_en(Field f);
bool field_from_code(const std::string& code, Field& out);

struct ColumnMap {
  int col[kFields];  // 0-based column index, -1 when the field is not in the file
  ColumnMap() {
    for (int& c : col) c = -1;
  }
  int operator[](Field f) const { return col[static_cast<int>(f)]; }
  int& operator[](Field f) { return col[static_cast<int>(f)]; }
  int mapped() const {
    int n = 0;
    for (int c : col) n += c >= 0;
    return n;
  }
};

// Lower-case ASCII letters and digits only: "Tgl. Lahir" -> "tgllahir", "Upah (Rp)" -> "upahrp".
std::string normalize_key(const char* s, size_t n);
inline std::string normalize_key(const std::string& s) { return normalize_key(s.data(), s.size()); }
// The field a header names (Indonesian or English), or false.
bool field_for_header(const std::string& header, Field& out);
// Maps every recognised header; exact names first, then headers that start with a known name
// ("Upah Bulanan" -> monthly_wage). Each field takes the leftmost matching column.
ColumnMap detect_columns(const std::vector<std::string>& headers, size_t n);
inline ColumnMap detect_columns(const std::vector<std::string>& h) { return detect_columns(h, h.size()); }
// Overrides one field (the browser's mapping screen, `--map FIELD=COLUMN`): `column` is a header
// text (compared normalised), a 1-based column number, or "" / "-" to unmap the field.
bool apply_mapping(ColumnMap& map, const std::vector<std::string>& headers, size_t n, const std::string& field,
                   const std::string& column, std::string& error);
// {"delimiter":",","headers":[...],"mapping":{"nik":{"column":0,"header":"NIK"},...},
//  "unmapped_headers":[...],"fields":[{"code","label_id","label_en"}...]}
std::string mapping_json(const ColumnMap& map, const std::vector<std::string>& headers, size_t n, char delimiter);

}  // namespace jamsos
