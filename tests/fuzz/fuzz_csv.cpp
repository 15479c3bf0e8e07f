// libFuzzer target: the CSV reader (docs/ROSTER.md "Input") and the cell parsers. Any bytes, fed
// whole and in chunks of a size taken from the first byte, must give the same rows, before and
// after set_width (bad records, resynchronisation) and through the UTF-16 path; every cell must
// go through the NIK, money, date and code parsers without a crash, and money read back must be
// within the limits. Build and run (not part of ctest; docs/RELIABILITY.md "Rosters (native)"):
//   CXX=clang++ cmake -S . -B /tmp/b-fuzz -DJAMSOS_WASM=OFF -DJAMSOS_FUZZ=ON
//   cmake --build /tmp/b-fuzz --target fuzz_csv && /tmp/b-fuzz/bin/fuzz_csv -max_total_time=300 tests/roster
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "jamsos/roster.hpp"

namespace {

struct Read {
  std::vector<std::vector<std::string>> rows;
  std::vector<int64_t> meta;  // record, flags, lines skipped per row
};

Read read(const std::string& text, size_t chunk, bool width) {
  jamsos::CsvReader r;
  jamsos::CsvRow row;
  Read out;
  bool header = false;
  auto take = [&] {
    while (r.next(row)) {
      out.rows.emplace_back();
      for (size_t i = 0; i < row.size; ++i) out.rows.back().push_back(row.spans[i].str());
      out.meta.push_back(row.record);
      out.meta.push_back(row.unterminated_quote * 2 + row.too_long);
      out.meta.push_back(row.lines_skipped);
      if (!header && width) r.set_width(row.size ? row.size : 1);
      header = true;
    }
  };
  for (size_t i = 0; i < text.size(); i += chunk) {
    r.feed(text.data() + i, std::min(chunk, text.size() - i));
    take();
  }
  r.finish();
  take();
  out.meta.push_back(r.overflow());
  out.meta.push_back(r.empty_records());
  out.meta.push_back(r.lines_skipped());
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  size_t chunk = size ? 1 + data[0] % 17 : 1;
  for (bool width : {false, true}) {
    Read whole = read(in, in.size() + 1, width), parts = read(in, chunk, width);
    if (whole.rows != parts.rows || whole.meta != parts.meta) std::abort();
    if (!width) {
      for (const auto& r : whole.rows)
        for (const std::string& c : r) {
          jamsos::Nik nik;
          jamsos::parse_nik(c, nik);
          jamsos::Money m = 0;
          if (jamsos::parse_money_cell(c, m) == jamsos::MoneyCell::Ok && (m < 0 || m > jamsos::kMaxMoney)) std::abort();
          jamsos::Date d;
          jamsos::parse_date_cell(c, d);
          jamsos::Role role;
          jamsos::parse_role_cell(c, role);
          bool b;
          jamsos::parse_bool_cell(c, b);
          jamsos::parse_sex_cell(c, b);
          uint8_t opt;
          jamsos::parse_opt_in_cell(c, opt);
          int g;
          jamsos::parse_risk_group_cell(c, g);
          std::string o;
          jamsos::csv_append_cell(o, c, ',');
        }
    }
  }
  // The same bytes as UTF-16 LE (each byte a unit): read whole and in chunks alike.
  std::string u16 = "\xFF\xFE";
  for (char c : in) u16 += std::string{c, '\0'};
  Read a = read(u16, u16.size() + 1, true), b = read(u16, chunk, true);
  if (a.rows != b.rows || a.meta != b.meta) std::abort();
  return 0;
}
