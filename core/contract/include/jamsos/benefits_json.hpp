// The JSON contract of `jamsos benefits` (docs/CONTRACT.md, "Benefits"): text in, text out. Also
// used by the WebAssembly binding, so native and wasm answers are byte-identical.
#pragma once
#include <string>

#include "jamsos/benefits.hpp"
#include "jamsos/contract.hpp"

namespace jamsos {

// Validates one JSON object (the eval input plus the benefit fields) into a BenefitInput.
// `id_json` receives the echoed "id" (or "").
bool parse_benefit_input(const RuleSet& R, const std::string& text, BenefitInput& in, std::string& id_json,
                         InputError& err);
// Appends the answer object (compact JSON) to `out`.
void write_benefits(const RuleSet& R, const BenefitInput& in, const BenefitResult& r, const std::string& id_json,
                    std::string& out);
// One object in, one answer (or {"error":{...}}) out. Returns false for an input error (exit status 2).
bool benefits_json(const RuleSet& R, const std::string& input, std::string& out);

}  // namespace jamsos
