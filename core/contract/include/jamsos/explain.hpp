// The explanation of a Result as typed lines: role defaults first, then each program's arithmetic
// (the engine's steps) and, for a program whose amount cannot be computed yet, what is missing.
// The JSON contract renders these lines as its "explanation" list (writer.cpp); the texts, in
// Bahasa Indonesia and English, are written on demand by explain_text (no allocation).
#pragma once
#include <cstdint>
#include <string>

#include "jamsos/engine.hpp"
#include "jamsos/json_writer.hpp"
#include "jamsos/rules.hpp"

namespace jamsos {

enum class ExplainKind : uint8_t {
  RoleDefault,    // a value filled in from the role's defaults (step.kind == DefaultApplied)
  Step,           // one step of a program's arithmetic
  AmountMissing,  // the program's amount cannot be computed yet: `missing` names what it needs
};

struct ExplainLine {
  ExplainKind kind;
  int program;     // 0..kPrograms-1 (program_code), or -1 for a role default (no program)
  bool has_party;  // the line computes `party`'s amount; else it is context for the whole program
  Party party;
  Role role;           // RoleDefault: the role whose default applies
  const Value* param;  // the rule value the line rests on (cited); null for AmountMissing
  Step step;           // RoleDefault and Step: the engine's step (kind, amounts a, b, c, rate r)
  uint16_t missing;    // AmountMissing: the MissingBit set
};

// At most the role defaults plus, per program, its steps and one missing-amount line.
constexpr int kMaxExplainLines = static_cast<int>(sizeof(Result::defaults) / sizeof(Step)) + 1 +
                                 kPrograms * (static_cast<int>(sizeof(ProgramResult::steps) / sizeof(Step)) + 1);

struct Explanation {
  int n = 0;
  ExplainLine lines[kMaxExplainLines];
};

// The lines of `r`, in the contract's order.
void explain(const Result& r, Explanation& out);

// The line's text (Bahasa Indonesia when `indonesian`, else English), appended to `out`, ending
// with the rule value's citation. The text is JSON-safe as it stands (static texts are checked by
// test_messages.cpp, rule-data texts by the loader), so the writer copies it without escaping.
void explain_text(const RuleSet& R, const ExplainLine& line, bool indonesian, std::string& out);
void explain_text(const RuleSet& R, const ExplainLine& line, bool indonesian, JsonOut& out);

// "employer", "worker" or "government".
const char* party_code(Party p);

}  // namespace jamsos
