// Roster cells: what a spreadsheet cell may hold for money, dates and the contract's codes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "jamsos/engine.hpp"

namespace jamsos {

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------
enum class MoneyCell : uint8_t { Ok, Empty, Invalid, Decimals, Negative, TooLarge };
// The largest monthly wage or income a roster row or a budget takes (Rp10,000,000,000 a month;
// parse_money_cell itself reads up to kMaxMoney). Above it a roster cell is a row error and a
// budget flag a usage error: no real wage is near it, and with it no sum over rows can overflow
// before ~10^8 rows x 600 months (the sums are checked anyway).
constexpr Money kMaxMonthlyAmount = 10000000000LL;
// "5000000", "5.000.000", "5,000,000", "Rp 5.000.000,-", "5.000.000,00", "5jt", "5 juta",
// "2,5 juta", "750rb", "IDR 1,250,000". Whole rupiah only (non-zero cents are refused).
MoneyCell parse_money_cell(const char* s, size_t n, Money& out);
inline MoneyCell parse_money_cell(const std::string& s, Money& out) {
  return parse_money_cell(s.data(), s.size(), out);
}
// "1968-08-05", "05/08/1968", "05-08-1968", "5.8.1968", "5 Agustus 1968", "5 Aug 1968", an
// Excel serial day number ("25000" = 1968-06-11; epoch 1899-12-30), "1968-08-05 00:00:00".
// Day first always (Indonesian order); two-digit years are refused.
bool parse_date_cell(const char* s, size_t n, Date& out);
inline bool parse_date_cell(const std::string& s, Date& out) { return parse_date_cell(s.data(), s.size(), out); }
// Role names in Indonesian or English, or the contract codes ("Sekretaris Desa" -> perangkat_desa,
// "TPP" -> pendamping_desa, "honorer" -> non_asn, "Polri" -> tni_polri, ...).
bool parse_role_cell(const std::string& s, Role& out);
bool parse_segment_cell(const std::string& s, Segment& out);
bool parse_scale_cell(const std::string& s, Scale& out);     // mikro/micro, kecil/small, ...
bool parse_risk_group_cell(const std::string& s, int& out);  // 1-5, I-V, rendah..sangat tinggi
bool parse_bool_cell(const std::string& s, bool& out);       // ya/yes/1/sudah, tidak/no/0/belum
bool parse_citizenship_cell(const std::string& s, Citizenship& out);
bool parse_sector_cell(const std::string& s, BpuSector& out);  // transport(asi)/ojek/kurir, lainnya/other
bool parse_sex_cell(const std::string& s, bool& female);       // L/P, laki-laki/perempuan, M/F
bool parse_opt_in_cell(const std::string& s, uint8_t& out);    // "JHT;JP", "JHT, JP", "JHT+JP"

}  // namespace jamsos
