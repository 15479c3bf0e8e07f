// The rule set the page's engines use: the built-in one, or a bundle the visitor loaded from a file
// (docs/RULES.md). Defined in bindings.cpp; the roster module (roster_bindings.cpp) links it too, so
// both workers evaluate with the same rules once each has been given the bundle.
#pragma once
#include <memory>
#include <string>

#include "jamsos/rules.hpp"

namespace jamsos_wasm {

const jamsos::RuleSet& active_rules();
// Loads a sealed bundle and makes it the active set: its summary (rulesInfo's JSON), or
// {"error":{"code":"rules_not_sealed"|"rules_refused","message"}} with the current rules kept.
std::string load_rules(const std::string& text);
// A sealed bundle parsed and checked but not made active (what `load_rules` does first): null with
// `error_json` ({"error":{...}} as load_rules gives it) when refused.
std::unique_ptr<jamsos::RuleSet> parse_sealed_bundle(const std::string& text, std::string& error_json);
// rules_info() of any set (a candidate shown before it is accepted).
std::string rules_info_of(const jamsos::RuleSet& set, bool builtin);
// Back to the built-in rules.
void use_builtin_rules();
// {"rules_version","reviewed_until","sha256","previous_version","changelog":[...],
//  "signature":null|{"key_id","value"},"builtin":bool}
std::string rules_info();

}  // namespace jamsos_wasm
