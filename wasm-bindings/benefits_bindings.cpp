// Embind layer for the benefits module, jamsos-benefits.wasm: bindings.cpp (the same calls as the
// first screen's jamsos.wasm, so that it can be given the visitor's rule bundle) plus the answers
// the first screen does not need at once. The page loads it in its own worker the first time a
// journey asks for benefits or a receipt (web/src/benefits-worker.js), so jamsos.wasm stays within
// the first screen's size budget (docs/PERFORMANCE.md).
// benefits(json) -> json   the benefit estimates for one input object, byte-identical to
//                          `jamsos benefits` (docs/CONTRACT.md, "Benefits"); an input over
//                          kMaxBenefitInput bytes is the `too_large` error
// receipt(json) -> json    the receipt of one input's answer (as `jamsos receipt`), or the contract's error
// verifyReceipt(json) -> json  the check of a receipt (as `jamsos verify`): {"verdict", ...}
// upcoming(json, months) -> json  the months ahead whose figures change, and why (as `jamsos upcoming`)
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <string>

#include "active_rules.hpp"
#include "jamsos/benefits_json.hpp"
#include "jamsos/contract.hpp"
#include "jamsos/receipt.hpp"
#include "jamsos/upcoming.hpp"
#include "js_text.hpp"

namespace {

using emscripten::val;
using jamsos_wasm::active_rules;

// One benefits input is one object (a person and an event): it is read whole, up to this size.
constexpr size_t kMaxBenefitInput = size_t{16} << 20;

std::string benefits(const val& input) {
  jamsos_wasm::JsText text(input);
  std::string in, answer;
  char buf[1 << 16];
  for (size_t n; (n = text.read(buf, sizeof buf)) > 0;) {
    if (in.size() + n > kMaxBenefitInput) {
      jamsos::write_error(jamsos::InputError{"too_large", "", "the benefits input is over 16 MB"}, answer);
      return answer;
    }
    in.append(buf, n);
  }
  jamsos::benefits_json(active_rules(), in, answer);
  return answer;
}

std::string receipt(const std::string& input) {
  std::string out;
  jamsos::make_receipt(active_rules(), input, out);
  return out;
}

std::string verify_receipt(const std::string& text) {
  std::string out;
  jamsos::verify_receipt(active_rules(), text, out);
  return out;
}

std::string upcoming(const std::string& input, int months) {
  std::string out;
  jamsos::upcoming_json(active_rules(), input, months, out);
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(jamsos_benefits) {
  emscripten::function("benefits", &benefits);
  emscripten::function("receipt", &receipt);
  emscripten::function("verifyReceipt", &verify_receipt);
  emscripten::function("upcoming", &upcoming);
}
