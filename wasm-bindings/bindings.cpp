// Embind layer for the web app: the same JSON contract as `jamsos eval` (docs/CONTRACT.md).
// evaluate(json) -> json   one object or an array of them, byte-identical to the native CLI's output
//                          (an answer over kMaxAnswer bytes is the `too_large` error instead)
// evaluateChunks(json, onChunk)  the same answer handed to onChunk(text) in pieces of about 1 MB
//                          (their concatenation is evaluate's answer; no size limit); returns
//                          whether every element was valid
// rules() -> json          the embedded rule set with citations (as `jamsos rules`)
// version() -> string      the rule-set version (as `jamsos version`)
// roles() -> json          the role table (as `jamsos roles`); the web build generates its role lists from it
// loadRules(text) -> json  makes a sealed rule bundle (a file the visitor chose) the rules every call
//                          uses: rulesInfo()'s JSON, or {"error":{"code","message"}} (rules unchanged)
// checkRules(text) -> json the same check as loadRules, without making the bundle active
// resetRules()             back to the built-in rules
// rulesInfo() -> json      {"rules_version","reviewed_until","sha256","previous_version","changelog",
//                          "signature": null | {"key_id","value"}, "builtin"}
// (benefits, receipts: benefits_bindings.cpp, a second module loaded when first needed)
//
// The input is read straight from the JS string in 64 KB pieces (TextEncoder.encodeInto, which
// writes a lone surrogate as U+FFFD, as node writes a string to the CLI's stdin) and evaluated as a
// stream, so wasm memory holds one piece of input and the answer, never a copy of the whole input.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <string>

#include <memory>
#include <nlohmann/json.hpp>

#include "active_rules.hpp"
#include "jamsos/contract.hpp"
#include "jamsos/roles_json.hpp"
#include "jamsos/rules.hpp"
#include "js_text.hpp"

namespace jamsos_wasm {

namespace {
std::unique_ptr<jamsos::RuleSet> g_loaded;  // null: the built-in rules
}

const jamsos::RuleSet& active_rules() { return g_loaded ? *g_loaded : jamsos::embedded_rules(); }

// Written as text, the changelog spliced in as the bundle holds it (compact JSON): nlohmann's
// ordered_json for six keys cost the first screen's module ~4 KB.
std::string rules_info_of(const jamsos::RuleSet& R, bool builtin) {
  using json = nlohmann::json;
  auto str = [](const std::string& s) { return json(s).dump(-1, ' ', false, json::error_handler_t::replace); };
  const std::string& changelog = R.changelog_json();
  // The signature's shape is checked by the loader; the page checks the signature itself
  // (web/src/rules-verify.js: this module links no Ed25519).
  const std::string signature =
      R.is_signed() ? "{\"key_id\":" + str(R.signature().key_id) + ",\"value\":" + str(R.signature().value) + "}"
                    : "null";
  return "{\"rules_version\":" + str(R.version()) +
         ",\"reviewed_until\":" + str(jamsos::format_date(R.reviewed_until())) + ",\"sha256\":" + str(R.sha256()) +
         ",\"previous_version\":" + str(R.previous_version()) +
         ",\"changelog\":" + (changelog.empty() ? std::string("[]") : changelog) + ",\"signature\":" + signature +
         ",\"builtin\":" + (builtin ? "true" : "false") + "}";
}

std::string rules_info() { return rules_info_of(active_rules(), !g_loaded); }

std::unique_ptr<jamsos::RuleSet> parse_sealed_bundle(const std::string& text, std::string& error_json) {
  using json = nlohmann::json;
  auto refuse = [&](const char* code, const std::string& message) {
    json e = {{"error", {{"code", code}, {"message", message}}}};
    error_json = e.dump(-1, ' ', false, json::error_handler_t::replace);
    return nullptr;
  };
  // The page takes only sealed bundles: an unsealed file is a maintainer's draft (docs/RULES.md).
  json b = json::parse(text, nullptr, false);
  if (!b.is_discarded() && b.is_object() && !b.contains("sha256"))
    return refuse("rules_not_sealed", "the rules file has no SHA-256 seal");
  auto set = std::make_unique<jamsos::RuleSet>();
  std::string err;
  if (!jamsos::load_rules_bundle(text, *set, err)) return refuse("rules_refused", err);
  return set;
}

std::string load_rules(const std::string& text) {
  std::string error_json;
  std::unique_ptr<jamsos::RuleSet> set = parse_sealed_bundle(text, error_json);
  if (!set) return error_json;
  g_loaded = std::move(set);
  return rules_info();
}

// A candidate bundle's rulesInfo() (or the refusal) without making it active.
std::string check_rules(const std::string& text) {
  std::string error_json;
  std::unique_ptr<jamsos::RuleSet> set = parse_sealed_bundle(text, error_json);
  return set ? rules_info_of(*set, false) : error_json;
}

void use_builtin_rules() { g_loaded.reset(); }

}  // namespace jamsos_wasm

namespace {

using emscripten::val;
using jamsos_wasm::active_rules;
using jamsos_wasm::JsText;

// Above this an answer is not built: a JS string cannot be much longer (V8: 2^29 - 24 characters)
// and wasm memory would have to hold it twice while it grows.
constexpr size_t kMaxAnswer = size_t{256} << 20;

jamsos::EvalStatus run(const val& input, jamsos::EvalStream& s) {
  JsText text(input);
  return jamsos::eval_stream(
      active_rules(), [&](char* buf, size_t cap) { return text.read(buf, cap); }, s);
}

std::string evaluate(const val& input) {
  std::string answer;
  jamsos::EvalStream s;
  s.flush = [&](std::string& out) {
    if (answer.size() + out.size() > kMaxAnswer) return false;
    answer += out;
    out.clear();
    return true;
  };
  if (run(input, s) == jamsos::EvalStatus::Stopped) {
    answer.clear();
    answer.shrink_to_fit();
    jamsos::write_error(jamsos::InputError{"too_large", "",
                                           "the answer would be over 256 MB: use evaluateChunks, or send the array "
                                           "in parts"},
                        answer);
  }
  return answer;
}

bool evaluate_chunks(const val& input, const val& on_chunk) {
  jamsos::EvalStream s;
  s.flush_bytes = size_t{1} << 20;
  s.flush = [&](std::string& out) {
    on_chunk(val(out));
    out.clear();
    return true;
  };
  return run(input, s) == jamsos::EvalStatus::Ok;
}

std::string rules() { return active_rules().bundle_json(); }

std::string version() { return active_rules().version(); }

std::string roles() { return jamsos::roles_json(); }

}  // namespace

EMSCRIPTEN_BINDINGS(jamsos) {
  emscripten::function("evaluate", &evaluate);
  emscripten::function("evaluateChunks", &evaluate_chunks);
  emscripten::function("rules", &rules);
  emscripten::function("version", &version);
  emscripten::function("roles", &roles);
  emscripten::function("loadRules", &jamsos_wasm::load_rules);
  emscripten::function("resetRules", &jamsos_wasm::use_builtin_rules);
  emscripten::function("rulesInfo", &jamsos_wasm::rules_info);
  emscripten::function("checkRules", &jamsos_wasm::check_rules);
}
