// Embind layer for the web app: the same JSON contract as `jamsos eval` (docs/CONTRACT.md).
// evaluate(json) -> json   one object or an array of them, byte-identical to the native CLI's output
// rules() -> json          the embedded rule set with citations (as `jamsos rules`)
// version() -> string      the rule-set version (as `jamsos version`)
// roles() -> json          the role table (as `jamsos roles`); the web build generates its role lists from it
#include <emscripten/bind.h>

#include <string>

#include "jamsos/contract.hpp"
#include "jamsos/roles_json.hpp"
#include "jamsos/rules.hpp"

namespace {

std::string evaluate(const std::string& input) {
  std::string out;
  out.reserve(8192);
  jamsos::eval_json(jamsos::embedded_rules(), input, out);
  return out;
}

std::string rules() { return jamsos::embedded_rules().bundle_json(); }

std::string version() { return jamsos::embedded_rules().version(); }

std::string roles() { return jamsos::roles_json(); }

}  // namespace

EMSCRIPTEN_BINDINGS(jamsos) {
  emscripten::function("evaluate", &evaluate);
  emscripten::function("rules", &rules);
  emscripten::function("version", &version);
  emscripten::function("roles", &roles);
}
