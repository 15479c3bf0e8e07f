// roles_json(): the role table as JSON (jamsos/roles_json.hpp). The table's texts are plain
// ASCII/UTF-8 without quotes or control characters (checked by tests/unit/test_roles.cpp).
#include "jamsos/roles_json.hpp"

#include "jamsos/roles.hpp"

namespace jamsos {

std::string roles_json() {
  std::string o = "{\"roles\":[";
  auto str = [&](const char* k, const char* v) { o.append("\"").append(k).append("\":\"").append(v).append("\""); };
  for (const RoleInfo* r = roles_begin(); r != roles_end(); ++r) {
    if (r != roles_begin()) o += ',';
    o += '{';
    str("code", r->code), o += ',';
    str("label_id", r->label_id), o += ',';
    str("label_en", r->label_en), o += ',';
    if (r->segment == Segment::None)
      o += "\"segment\":null,";
    else
      str("segment", segment_code(r->segment)), o += ',';
    o.append("\"excluded\":").append(r->excluded ? "true" : "false").append(",");
    o.append("\"village\":").append(r->village ? "true" : "false").append(",");
    str("payer_employer", payer_code(r->employer_payer)), o += ',';
    str("payer_worker", payer_code(r->worker_payer));
    o += '}';
  }
  o += "]}";
  return o;
}

}  // namespace jamsos
