// Deterministic generator of valid inputs for property tests and the benchmark.
#pragma once
#include <cstdint>

#include "jamsos/engine.hpp"

namespace jamsos {
namespace testgen {

struct Rng {
  uint64_t s;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  int64_t range(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(next() % static_cast<uint64_t>(hi - lo + 1));
  }
  bool coin() { return next() & 1; }
};

inline Input random_input(Rng& r) {
  Input in;
  in.as_of = Date{from_ymd(2015, 7, 1).days + static_cast<int32_t>(r.range(0, 365 * 16))};
  int seg = static_cast<int>(r.range(0, 5));
  if (seg == 5) {
    in.role = static_cast<Role>(r.range(1, kRoleCount - 1));  // every role of the table
  } else {
    in.segment = static_cast<Segment>(seg == 0 ? 1 : seg);
  }
  if (r.range(0, 9) == 0) in.citizenship = Citizenship::WNA;
  if (in.segment == Segment::PMI) in.citizenship = Citizenship::WNI;
  if (r.range(0, 4)) {
    in.has_birth = true;
    in.birth_date = Date{in.as_of.days - static_cast<int32_t>(r.range(15 * 365, 70 * 365))};
  }
  if (r.range(0, 5)) in.monthly_wage = r.range(0, 40000000);
  if (r.range(0, 4)) in.scale = static_cast<Scale>(r.range(1, 4));
  if (r.range(0, 4)) in.risk_group = static_cast<int>(r.range(1, 5));
  if (r.range(0, 3)) in.jkn = r.coin();
  if (r.range(0, 3) == 0) {
    in.has_industry = true;
    in.industry = r.coin() ? "textile_apparel" : "mining";
    in.headcount = r.range(0, 200);
  }
  if (r.range(0, 3)) in.declared_income = r.range(0, 30000000);
  if (r.range(0, 2)) in.bpu_sector = static_cast<BpuSector>(r.range(1, 2));
  if (r.range(0, 3)) in.contract_value = r.range(0, 20000000000LL);
  if (r.range(0, 3)) in.placement_months = static_cast<int>(r.range(1, 60));
  if (r.range(0, 2) == 0) {
    static const Money choices[] = {50000, 100000, 200000, 300000, 400000, 500000, 600000};
    in.pmi_jht_monthly = choices[r.range(0, 6)];
  }
  in.opt_in = static_cast<uint8_t>(r.range(0, 31));
  in.jp_deferral_requested = r.range(0, 9) == 0;
  return in;
}

}  // namespace testgen
}  // namespace jamsos
