// Receipts anyone can check (docs/RULES.md "Receipts"): one answer's input, rules version, figures
// and the SHA-256 of the answer's exact text. Checking one recomputes the answer with the rules at
// hand and says "same", "different_rules" (recomputed with other rules: the figure differences are
// listed) or "mismatch" (same rules, other figures: the receipt was altered).
#pragma once
#include <string>

#include "jamsos/rules.hpp"

namespace jamsos {

// The receipt of one eval input object (JSON text). False with the contract's error JSON in `out`
// when the input is not valid (a receipt is only made for an answer).
bool make_receipt(const RuleSet& R, const std::string& input_json, std::string& out);

enum class ReceiptVerdict { Same, DifferentRules, Mismatch, Invalid };
// Checks a receipt (JSON text) with `R`; `out` is the report
// {"verdict","rules_version_receipt","rules_version_here","monthly_receipt","monthly_here","differences":[...]}
// or {"verdict":"invalid","message"} for a text that is not a receipt.
ReceiptVerdict verify_receipt(const RuleSet& R, const std::string& receipt_json, std::string& out);

}  // namespace jamsos
