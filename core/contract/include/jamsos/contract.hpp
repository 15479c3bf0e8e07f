// The JSON contract of `jamsos eval` (docs/CONTRACT.md): text in, text out. Also used by the
// WebAssembly binding, so native and wasm answers are byte-identical.
#pragma once
#include <string>

#include "jamsos/engine.hpp"
#include "jamsos/rules.hpp"
#include "jamsos/validate.hpp"

namespace jamsos {

struct InputError {
  std::string code, field, message;
};

// The contract's error for a failed cross-field check (engine/validate.cpp).
InputError input_error(const InputIssue& issue);

// Validates one JSON object (as text) into an Input. `id_json` receives the echoed "id" (or "").
bool parse_input_text(const RuleSet& R, const std::string& text, Input& in, std::string& id_json, InputError& err);
// Appends the result object (compact JSON) to `out`.
void write_result(const RuleSet& R, const Result& r, const std::string& id_json, std::string& out);
void write_error(const InputError& e, std::string& out);

// One object or an array of them. Returns false if any element was an input error (exit status 2).
bool eval_json(const RuleSet& R, const std::string& input, std::string& out);

}  // namespace jamsos
