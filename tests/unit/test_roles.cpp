// The role table (core/engine/roles.cpp): one row per role, codes that round-trip, presets that
// point at rules in force, and texts safe to write into JSON unescaped.
#include <doctest/doctest.h>

#include <cstring>
#include <set>
#include <string>

#include "jamsos/roles.hpp"
#include "jamsos/roles_json.hpp"
#include "jamsos/rules.hpp"

using namespace jamsos;

TEST_CASE("every role has a unique code that maps back to it") {
  std::set<std::string> codes;
  int n = 0;
  for (const RoleInfo* r = roles_begin(); r != roles_end(); ++r, ++n) {
    CHECK(std::strlen(r->code) > 0);
    CHECK(codes.insert(r->code).second);
    Role back = Role::None;
    REQUIRE(role_from_code(r->code, std::strlen(r->code), back));
    CHECK(back == r->role);
    CHECK(role_code(r->role) == std::string(r->code));
  }
  CHECK(n == 16);
  Role none = Role::None;
  CHECK_FALSE(role_from_code("kepala", 6, none));
  CHECK_FALSE(role_from_code("kepala_desa_", 12, none));
}

TEST_CASE("excluded roles have a scheme and no segment; the others a segment and no scheme") {
  for (const RoleInfo* r = roles_begin(); r != roles_end(); ++r) {
    if (r->excluded) {
      CHECK(r->segment == Segment::None);
      CHECK(r->excluded_scheme != P::Count_);
      CHECK(r->employer_payer == Payer::None);
    } else {
      CHECK(r->segment != Segment::None);
      CHECK(r->excluded_scheme == P::Count_);
    }
  }
  CHECK(role_excluded(Role::Pppk));
  CHECK_FALSE(role_excluded(Role::Bumdes));
  CHECK(role_segment(Role::PekerjaRentan) == Segment::BPU);
  CHECK(role_segment(Role::PendampingDesa) == Segment::PU);
}

TEST_CASE("role presets name rules that are in force today") {
  const RuleSet& R = embedded_rules();
  const Date today = from_ymd(2026, 5, 1);
  for (const RoleInfo* r = roles_begin(); r != roles_end(); ++r) {
    for (P p : {r->default_scale, r->default_risk_group, r->default_income, r->default_sector, r->excluded_scheme})
      if (p != P::Count_) CHECK_MESSAGE(R.at(p, today) != nullptr, r->code);
  }
}

TEST_CASE("roles_json lists the table with JSON-safe texts") {
  std::string j = roles_json();
  CHECK(j.rfind("{\"roles\":[{\"code\":\"kepala_desa\",\"label_id\":\"Kepala desa\"", 0) == 0);
  CHECK(j.find("{\"code\":\"tni_polri\",\"label_id\":\"TNI / Polri\",\"label_en\":\"Armed forces / police\","
               "\"segment\":null,\"excluded\":true,\"village\":false,\"payer_employer\":\"none\","
               "\"payer_worker\":\"none\"}]}") != std::string::npos);
  for (const RoleInfo* r = roles_begin(); r != roles_end(); ++r)
    for (const char* t : {r->code, r->label_id, r->label_en})
      for (const char* c = t; *c; ++c) CHECK((static_cast<unsigned char>(*c) >= 0x20 && *c != '"' && *c != '\\'));
}
