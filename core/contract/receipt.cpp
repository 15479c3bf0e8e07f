// Receipts (jamsos/receipt.hpp): made from the contract's own answer, checked by recomputing it.
#include "jamsos/receipt.hpp"

#include <nlohmann/json.hpp>

#include "jamsos/contract.hpp"
#include "jamsos/sha256.hpp"

namespace jamsos {
using ojson = nlohmann::ordered_json;

namespace {

constexpr int kReceiptVersion = 1;

// The figures a receipt shows: per program status and amounts, and the monthly and one-time totals.
ojson figures(const ojson& answer) {
  ojson f = ojson::object();
  if (answer.contains("programs") && answer["programs"].is_object())
    for (auto it = answer["programs"].begin(); it != answer["programs"].end(); ++it) {
      const ojson& p = it.value();
      f["programs"][it.key()] = {{"status", p.value("status", "")},
                                 {"employer", p.contains("employer") ? p["employer"] : ojson()},
                                 {"worker", p.contains("worker") ? p["worker"] : ojson()},
                                 {"government", p.contains("government") ? p["government"] : ojson()},
                                 {"total", p.contains("total") ? p["total"] : ojson()}};
    }
  if (answer.contains("totals")) {
    f["monthly"] = answer["totals"].value("monthly", ojson::object());
    f["one_time"] = answer["totals"].value("one_time", ojson::object());
  }
  return f;
}

}  // namespace

bool make_receipt(const RuleSet& R, const std::string& input_json, std::string& out) {
  ojson in = ojson::parse(input_json, nullptr, false);
  std::string answer;
  if (in.is_discarded() || !in.is_object()) {
    out.clear();
    write_error(in.is_discarded() ? InputError{"malformed_json", "", "the input is not valid JSON"}
                                  : InputError{"not_an_object", "", "a receipt is made for one input object"},
                out);
    return false;
  }
  const std::string text = in.dump(-1, ' ', false, ojson::error_handler_t::replace);
  if (!eval_json(R, text, answer)) {
    out = answer;
    return false;
  }
  ojson a = ojson::parse(answer, nullptr, false);
  ojson r = {{"jamsos_receipt", kReceiptVersion},
             {"input", in},
             {"rules_version", R.version()},
             {"figures", figures(a)},
             {"answer_sha256", sha256_hex(answer)}};
  out = r.dump(-1, ' ', false, ojson::error_handler_t::replace);
  return true;
}

ReceiptVerdict verify_receipt(const RuleSet& R, const std::string& text, std::string& out) {
  ojson r = ojson::parse(text, nullptr, false);
  auto invalid = [&](const std::string& why) {
    out = ojson({{"verdict", "invalid"}, {"message", why}}).dump(-1, ' ', false, ojson::error_handler_t::replace);
    return ReceiptVerdict::Invalid;
  };
  if (r.is_discarded() || !r.is_object()) return invalid("not a JSON object");
  if (!r.contains("jamsos_receipt") || r["jamsos_receipt"] != kReceiptVersion)
    return invalid("not a jamsos receipt of version 1");
  for (const char* k : {"rules_version", "answer_sha256"})
    if (!r.contains(k) || !r[k].is_string()) return invalid(std::string("the receipt has no \"") + k + "\"");
  if (!r.contains("input") || !r["input"].is_object()) return invalid("the receipt has no \"input\" object");
  if (!r.contains("figures") || !r["figures"].is_object()) return invalid("the receipt has no \"figures\"");
  // The figures are compared key by key below: each group must be an object (found by
  // tests/fuzz/fuzz_receipt.cpp: a number there made nlohmann's value() throw, a crash).
  for (const char* g : {"programs", "monthly", "one_time"})
    if (r["figures"].contains(g) && !r["figures"][g].is_object())
      return invalid(std::string("the receipt's figures.") + g + " is not an object");
  if (r["figures"].contains("programs"))
    for (auto it = r["figures"]["programs"].begin(); it != r["figures"]["programs"].end(); ++it)
      if (!it.value().is_object()) return invalid("the receipt's figures.programs." + it.key() + " is not an object");
  std::string answer;
  if (!eval_json(R, r["input"].dump(-1, ' ', false, ojson::error_handler_t::replace), answer))
    return invalid("the receipt's input is not valid: " + answer);
  const ojson here = figures(ojson::parse(answer, nullptr, false));
  const ojson& there = r["figures"];
  // Figure by figure: every program amount and total that differs.
  ojson diffs = ojson::array();
  auto compare = [&](const std::string& where, const ojson& a, const ojson& b) {
    if (a != b) diffs.push_back({{"figure", where}, {"receipt", a}, {"here", b}});
  };
  const ojson empty = ojson::object();
  const ojson& pt = there.contains("programs") ? there["programs"] : empty;
  const ojson& ph = here.contains("programs") ? here["programs"] : empty;
  for (auto it = ph.begin(); it != ph.end(); ++it)
    for (auto f = it.value().begin(); f != it.value().end(); ++f)
      compare(it.key() + "." + f.key(), pt.contains(it.key()) ? pt[it.key()].value(f.key(), ojson()) : ojson(),
              f.value());
  for (const char* t : {"monthly", "one_time"}) {
    const ojson& a = there.contains(t) ? there[t] : empty;
    const ojson& b = here.contains(t) ? here[t] : empty;
    for (auto f = b.begin(); f != b.end(); ++f)
      compare(std::string(t) + "." + f.key(), a.value(f.key(), ojson()), f.value());
  }
  const bool same_rules = r["rules_version"].get<std::string>() == R.version();
  const bool same_answer = sha256_hex(answer) == r["answer_sha256"].get<std::string>();
  ReceiptVerdict v = !same_rules                    ? ReceiptVerdict::DifferentRules
                     : same_answer && diffs.empty() ? ReceiptVerdict::Same
                                                    : ReceiptVerdict::Mismatch;
  static const char* const kNames[] = {"same", "different_rules", "mismatch"};
  ojson rep = {{"verdict", kNames[static_cast<int>(v)]},
               {"rules_version_receipt", r["rules_version"]},
               {"rules_version_here", R.version()},
               {"monthly_receipt", there.contains("monthly") ? there["monthly"] : ojson()},
               {"monthly_here", here.contains("monthly") ? here["monthly"] : ojson()},
               {"differences", diffs}};
  if (v == ReceiptVerdict::Mismatch && diffs.empty())
    rep["note"] = "the figures shown agree, but the answer's digest does not: the receipt was altered";
  out = rep.dump(-1, ' ', false, ojson::error_handler_t::replace);
  return v;
}

}  // namespace jamsos
