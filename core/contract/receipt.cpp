// Receipts (jamsos/receipt.hpp): made from the contract's own answer, checked by recomputing it.
#include "jamsos/receipt.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "jamsos/contract.hpp"
#include "jamsos/engine.hpp"
#include "jamsos/rules_diff.hpp"
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

// A rule value carried longer than this (a band table, a list of industries) is carried as the
// first 16 hex digits of its SHA-256 ({"sha256": …}): enough to tell it changed, short in a QR code.
constexpr size_t kInlineValue = 40;

// The rule set's values as canonical JSON, kept for the last set asked (receipts are made and
// checked one at a time; building the index parses the whole bundle).
const RuleIndex& index_of(const RuleSet& R) {
  static std::unique_ptr<RuleIndex> index;
  static std::string version;
  if (!index || &index->set() != &R || version != R.version()) {
    index = std::make_unique<RuleIndex>(R);
    version = R.version();
  }
  return *index;
}

// The carried form of one rule value: the value as the rule file writes it, or its short digest.
ojson carried_value(const RuleIndex& ix, const Value& v) {
  const std::string* j = ix.value_json(v.param, v.from);
  const ojson full = j ? ojson::parse(*j, nullptr, false) : ojson();
  const ojson value = full.is_object() && full.contains("value") ? full["value"] : ojson();
  const std::string text = value.dump(-1, ' ', false, ojson::error_handler_t::replace);
  if (text.size() <= kInlineValue) return value;
  return {{"sha256", sha256_hex(text).substr(0, 16)}};
}

// One rule value an answer used, with the programs resting on it (bit per program).
struct Used {
  std::string key, from;
  ojson value;
  unsigned programs = 0;
  const Value* here = nullptr;  // the value in this rule set (null for a receipt's)
};

// The rule values an answer used, sorted by parameter key and first date.
std::vector<Used> used_of(const RuleSet& R, const Result& res) {
  const RuleIndex& ix = index_of(R);
  std::vector<Used> out;
  for (const UsedValue& u : used_values(res))
    out.push_back(
        {param_spec(u.value->param).key, format_date(u.value->from), carried_value(ix, *u.value), u.programs, u.value});
  std::sort(out.begin(), out.end(),
            [](const Used& a, const Used& b) { return a.key != b.key ? a.key < b.key : a.from < b.from; });
  return out;
}

// The receipt's "rules_used": [[key, from, value], …].
ojson rules_used_json(const std::vector<Used>& used) {
  ojson a = ojson::array();
  for (const Used& u : used) a.push_back(ojson::array({u.key, u.from, u.value}));
  return a;
}

// How a person reads a carried value: rupiah with separators, rates as written, "another value"
// for a digest.
std::string readable(const ojson& v, const ParamSpec* spec, bool id) {
  if (v.is_null()) return "—";
  if (v.is_object()) return id ? "(nilai lain)" : "(another value)";
  if (v.is_number_integer() && spec && spec->unit == Unit::Rupiah) return format_rupiah(v.get<int64_t>(), id);
  if (v.is_string()) return v.get<std::string>();
  return v.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

// The rule changes between the values a receipt's answer used and those the answer here used, one
// entry per value that differs: parameter, labels, old and new value with their first dates, the
// new value's citation (from the rules here), the programs it bears on, and a sentence per language.
ojson rule_changes(const RuleSet& R, const std::vector<Used>& there, const std::vector<Used>& here) {
  std::map<std::string, std::pair<std::vector<const Used*>, std::vector<const Used*>>> by_key;
  for (const Used& u : there) by_key[u.key].first.push_back(&u);
  for (const Used& u : here) by_key[u.key].second.push_back(&u);
  ojson out = ojson::array();
  for (auto& [key, lists] : by_key) {
    auto& [a, b] = lists;
    // Values used on both sides unchanged (same first date, same value) explain nothing.
    for (auto it = a.begin(); it != a.end();) {
      auto same = std::find_if(b.begin(), b.end(),
                               [&](const Used* y) { return y->from == (*it)->from && y->value == (*it)->value; });
      if (same != b.end()) {
        b.erase(same);
        it = a.erase(it);
      } else {
        ++it;
      }
    }
    const ParamSpec* spec = find_param(key);
    const Param* p = spec ? &R.param(spec->id) : nullptr;
    const std::string label_id = p && !p->label_id.empty() ? p->label_id : key;
    const std::string label_en = p && !p->label_en.empty() ? p->label_en : key;
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
      const Used* x = i < a.size() ? a[i] : nullptr;
      const Used* y = i < b.size() ? b[i] : nullptr;
      ojson e = {{"parameter", key},
                 {"label_id", label_id},
                 {"label_en", label_en},
                 {"kind", x && y ? "changed"
                          : y    ? "added"
                                 : "removed"}};
      if (x) e["old"] = x->value, e["old_from"] = x->from;
      if (y) e["new"] = y->value, e["new_from"] = y->from;
      e["citation"] = y && y->here ? y->here->citation : "";
      ojson progs = ojson::array();
      const unsigned bits = y ? y->programs : (1u << kPrograms) - 1;
      for (int k = 0; k < kPrograms; ++k)
        if (bits & (1u << k)) progs.push_back(program_code(k));
      e["programs"] = progs;
      auto side = [&](const Used* u, bool id) {
        if (!u) return std::string(id ? "tidak berlaku" : "not applied");
        Date d;
        if (!parse_date(u->from, d)) return readable(u->value, spec, id);
        // The end of a value here (a relief window) is known: say it.
        const std::string until = u->here && u->here->has_to
                                      ? (id ? " s.d. " : " until ") + format_long_date(u->here->to, id)
                                      : std::string();
        return readable(u->value, spec, id) + (id ? " (mulai " : " (from ") + format_long_date(d, id) + until + ")";
      };
      const std::string cite = e["citation"].get<std::string>();
      e["text_id"] = label_id + ": " + side(x, true) + " → " + side(y, true) + (cite.empty() ? "" : "; " + cite);
      e["text_en"] = label_en + ": " + side(x, false) + " → " + side(y, false) + (cite.empty() ? "" : "; " + cite);
      out.push_back(e);
    }
  }
  return out;
}

// The rule values the answer to `input` (valid: eval_json accepted it) rests on.
std::vector<Used> used_for(const RuleSet& R, const std::string& input) {
  Input in;
  std::string id_json;
  InputError err;
  if (!parse_input_text(R, input, in, id_json, err)) return {};
  Result res;
  evaluate(R, in, res);
  return used_of(R, res);
}

// A receipt's "rules_used" read back; false when it is not a list of [key, "YYYY-MM-DD", value].
bool read_rules_used(const ojson& a, std::vector<Used>& out) {
  if (!a.is_array()) return false;
  for (const ojson& e : a) {
    Date d;
    if (!e.is_array() || e.size() != 3 || !e[0].is_string() || !e[1].is_string() ||
        !parse_date(e[1].get<std::string>(), d))
      return false;
    out.push_back({e[0].get<std::string>(), e[1].get<std::string>(), e[2], 0, nullptr});
  }
  return true;
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
             {"rules_used", rules_used_json(used_for(R, text))},
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
  // "rules_used" (added later: a receipt without it is still read; its rule changes cannot be named).
  std::vector<Used> there_used;
  const bool has_used = r.contains("rules_used");
  if (has_used && !read_rules_used(r["rules_used"], there_used))
    return invalid("the receipt's rules_used is not a list of [parameter, \"YYYY-MM-DD\", value]");
  std::string answer;
  const std::string input = r["input"].dump(-1, ' ', false, ojson::error_handler_t::replace);
  if (!eval_json(R, input, answer)) return invalid("the receipt's input is not valid: " + answer);
  const std::vector<Used> here_used = used_for(R, input);
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
  // The rule values the receipt carries against those used here. With the same rules they must be
  // the same values (the digest covers the answer, not these: they are checked one by one). With
  // other rules they name the rule changes behind the figures; figures that differ while every
  // rule value they rest on is the same here were altered, whatever version the receipt names.
  const ojson changes = has_used ? rule_changes(R, there_used, here_used) : ojson::array();
  const bool altered_values = same_rules && has_used && !changes.empty();
  const bool unexplained = !same_rules && has_used && changes.empty() && !diffs.empty();
  ReceiptVerdict v = !same_rules && !unexplained                       ? ReceiptVerdict::DifferentRules
                     : same_answer && diffs.empty() && !altered_values ? ReceiptVerdict::Same
                                                                       : ReceiptVerdict::Mismatch;
  // Each differing figure names the rule changes of its program (totals: every change).
  if (!same_rules)
    for (ojson& d : diffs) {
      const std::string f = d["figure"].get<std::string>();
      const std::string prog = f.substr(0, f.find('.'));
      ojson because = ojson::array();
      for (const ojson& c : changes) {
        bool mine = prog == "monthly" || prog == "one_time";
        for (const ojson& p : c["programs"]) mine = mine || p == prog;
        if (mine && (because.empty() || because.back() != c["parameter"])) because.push_back(c["parameter"]);
      }
      d["because"] = because;
    }
  static const char* const kNames[] = {"same", "different_rules", "mismatch"};
  ojson rep = {{"verdict", kNames[static_cast<int>(v)]},
               {"rules_version_receipt", r["rules_version"]},
               {"rules_version_here", R.version()},
               {"monthly_receipt", there.contains("monthly") ? there["monthly"] : ojson()},
               {"monthly_here", here.contains("monthly") ? here["monthly"] : ojson()},
               {"differences", diffs},
               {"rule_changes_named", has_used}};
  if (has_used && !same_rules) rep["rule_changes"] = changes;
  if (altered_values) {
    ojson keys = ojson::array();
    for (const ojson& c : changes) keys.push_back(c["parameter"]);
    rep["altered_rule_values"] = keys;
    rep["note"] = "the rule values the receipt carries are not this rule version's: the receipt was altered";
  } else if (unexplained) {
    rep["note"] =
        "every rule value these figures rest on is the same here, yet the figures differ: the receipt was "
        "altered";
  } else if (v == ReceiptVerdict::Mismatch && diffs.empty()) {
    rep["note"] = "the figures shown agree, but the answer's digest does not: the receipt was altered";
  }
  out = rep.dump(-1, ' ', false, ojson::error_handler_t::replace);
  return v;
}

}  // namespace jamsos
