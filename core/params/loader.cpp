// Loading and validating rule files. Exception-free (the core also runs as WebAssembly, where
// C++ exceptions are not caught): nlohmann is used with allow_exceptions=false and type checks.
#include "jamsos/rules.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

namespace jamsos {
using json = nlohmann::json;

P detail::unknown_parameter_key() { return P::Count_; }

namespace {
bool unit_from_name(const char* name, Unit& out) {
  for (int u = 0; u <= static_cast<int>(Unit::Bands); ++u)
    if (std::strcmp(unit_name(static_cast<Unit>(u)), name) == 0) return out = static_cast<Unit>(u), true;
  return false;
}
// The specs of every parameter, from the generated key list (jamsos/param_keys.hpp).
struct Specs {
  ParamSpec s[kParamCount];
  Specs() {
    for (int i = 0; i < kParamCount; ++i) {
      s[i].id = static_cast<P>(i);
      s[i].key = params::kKeys[i];
      if (!unit_from_name(params::kUnits[i], s[i].unit)) std::abort();  // cmake/embed_rules.cmake read a bad unit
    }
  }
};
const ParamSpec* specs() {
  static const Specs all;
  return all.s;
}
}  // namespace

const ParamSpec& param_spec(P id) { return specs()[static_cast<int>(id)]; }
const ParamSpec* find_param(const std::string& key) {
  for (int i = 0; i < kParamCount; ++i)
    if (key == specs()[i].key) return &specs()[i];
  return nullptr;
}

const char* unit_name(Unit u) {
  switch (u) {
    case Unit::Rate:
      return "rate";
    case Unit::Factor:
      return "factor";
    case Unit::Rupiah:
      return "rupiah";
    case Unit::Years:
      return "years";
    case Unit::Count:
      return "count";
    case Unit::Date:
      return "date";
    case Unit::Text:
      return "text";
    case Unit::List:
      return "list";
    case Unit::RupiahList:
      return "rupiah_list";
    case Unit::Slices:
      return "slices";
    case Unit::Bands:
      return "bands";
  }
  return "?";
}

const char* confidence_name(Confidence c) {
  static const char* n[] = {"A", "B", "C", "D", "U"};
  return n[static_cast<int>(c)];
}

Rounding RuleSet::rounding(Date d) const {
  const Value* v = at(PARAM("rounding.contribution"), d);
  return (v && text_is(v->text, "floor")) ? Rounding::Floor : Rounding::HalfUp;
}

namespace {

struct Ctx {
  std::string file, key;
  std::string* error;
  bool fail(const std::string& what) {
    *error = "rules: " + file + (key.empty() ? "" : ": " + key) + ": " + what;
    return false;
  }
};

bool get_string(const json& o, const char* k, std::string& out) {
  auto it = o.find(k);
  if (it == o.end() || !it->is_string()) return false;
  out = it->get_ref<const std::string&>();
  return true;
}

// Texts from rule data go into the JSON output unescaped (contract_output.cpp), so they must not
// contain characters that JSON would escape.
bool safe_text(const std::string& s) {
  for (char c : s) {
    const auto ch = static_cast<unsigned char>(c);
    if (ch < 0x20 || ch == '"' || ch == '\\') return false;
  }
  return true;
}

bool is_money(const json& j) { return j.is_number_integer() && j.get<int64_t>() >= 0 && j.get<int64_t>() <= kMaxMoney; }

// Rates in the data carry at most 6 decimals of a percent and factors at most 2, so that any
// factor times any rate stays exact (DECISIONS.md 1).
bool parse_typed(const json& v, Unit unit, Value& out, Ctx& c) {
  switch (unit) {
    case Unit::Rate:
    case Unit::Factor: {
      if (!v.is_string() || !parse_rate(v.get_ref<const std::string&>(), out.rate))
        return c.fail("value must be a percent string such as \"0.24%\"");
      int64_t grain = unit == Unit::Rate ? 10000 : 100000000;
      if (out.rate.units % grain != 0)
        return c.fail(unit == Unit::Rate ? "rate has more than 6 decimals" : "factor has more than 2 decimals");
      if (out.rate.units > Rate::kOne) return c.fail("rate above 100%");
      return true;
    }
    case Unit::Rupiah:
      if (!is_money(v)) return c.fail("value must be a non-negative integer rupiah amount");
      out.number = v.get<int64_t>();
      return true;
    case Unit::Years:
    case Unit::Count:
      if (!v.is_number_integer() || v.get<int64_t>() < 0 || v.get<int64_t>() > 1000000)
        return c.fail(std::string("value must be a non-negative integer (") + unit_name(unit) + ")");
      out.number = v.get<int64_t>();
      return true;
    case Unit::Date:
      if (!v.is_string() || !parse_date(v.get_ref<const std::string&>(), out.date))
        return c.fail("value must be a date YYYY-MM-DD");
      return true;
    case Unit::Text:
      if (!v.is_string()) return c.fail("value must be text");
      out.text = v.get<std::string>();
      return true;
    case Unit::List:
      if (!v.is_array()) return c.fail("value must be a list of text");
      for (const json& e : v) {
        if (!e.is_string()) return c.fail("value must be a list of text");
        out.list.push_back(e.get<std::string>());
      }
      return true;
    case Unit::RupiahList:
      if (!v.is_array() || v.empty()) return c.fail("value must be a list of rupiah amounts");
      for (const json& e : v) {
        if (!is_money(e)) return c.fail("value must be a list of rupiah amounts");
        out.money_list.push_back(e.get<int64_t>());
      }
      return true;
    case Unit::Slices: {
      if (!v.is_array() || v.empty()) return c.fail("value must be a list of {above, rate}");
      Money prev = -1;
      for (const json& e : v) {
        Slice s{};
        std::string r;
        if (!e.is_object() || !e.contains("above") || !is_money(e["above"]) || !get_string(e, "rate", r) ||
            !parse_rate(r, s.rate) || s.rate.units % 10000 != 0)
          return c.fail("each slice needs \"above\" (rupiah) and \"rate\" (percent, at most 6 decimals)");
        s.above = e["above"].get<int64_t>();
        if (s.above <= prev) return c.fail("slices must be in ascending order of \"above\"");
        if (prev < 0 && s.above != 0) return c.fail("the first slice must start at 0");
        prev = s.above;
        out.slices.push_back(s);
      }
      return true;
    }
    case Unit::Bands: {
      if (!v.is_array() || v.empty()) return c.fail("value must be a list of {up_to_months, amount}");
      int prev = 0;
      for (const json& e : v) {
        if (!e.is_object() || !e.contains("up_to_months") || !e["up_to_months"].is_number_integer() ||
            !e.contains("amount") || !is_money(e["amount"]))
          return c.fail("each band needs \"up_to_months\" (integer) and \"amount\" (rupiah)");
        Band b{e["up_to_months"].get<int>(), e["amount"].get<int64_t>()};
        if (b.up_to_months <= prev) return c.fail("bands must be in ascending order of months");
        prev = b.up_to_months;
        out.bands.push_back(b);
      }
      return true;
    }
  }
  return c.fail("unknown unit");
}

bool parse_value(const json& v, const ParamSpec& spec, Value& out, Ctx& c) {
  if (!v.is_object()) return c.fail("each value must be an object");
  static const char* allowed[] = {"from", "to", "value", "confidence", "citation", "note"};
  for (auto it = v.begin(); it != v.end(); ++it) {
    bool ok = false;
    for (const char* a : allowed) ok = ok || it.key() == a;
    if (!ok) return c.fail("unknown key \"" + it.key() + "\" in a value");
  }
  std::string s;
  if (!get_string(v, "from", s) || !parse_date(s, out.from)) return c.fail("\"from\" must be a date YYYY-MM-DD");
  if (v.contains("to")) {
    if (!get_string(v, "to", s) || !parse_date(s, out.to)) return c.fail("\"to\" must be a date YYYY-MM-DD");
    out.has_to = true;
    if (out.to < out.from) return c.fail("\"to\" " + s + " is before \"from\"");
  }
  if (!get_string(v, "confidence", s) || s.size() != 1 || std::string("ABCDU").find(s[0]) == std::string::npos)
    return c.fail("\"confidence\" must be one of A, B, C, D, U");
  out.confidence = static_cast<Confidence>(std::string("ABCDU").find(s[0]));
  auto cit = v.find("citation");
  if (cit == v.end() || !cit->is_object() || !get_string(*cit, "instrument", out.instrument) ||
      !get_string(*cit, "article", out.article) || !get_string(*cit, "url", out.url) || out.instrument.empty())
    return c.fail("\"citation\" needs instrument, article and url");
  if (v.contains("note") && !get_string(v, "note", out.note)) return c.fail("\"note\" must be text");
  out.citation = out.instrument + (out.article.empty() ? "" : " " + out.article);
  if (!safe_text(out.citation) || !safe_text(out.url) || !safe_text(out.note))
    return c.fail("citation and note texts must not contain quotes, backslashes or control characters");
  if (!v.contains("value")) return c.fail("missing \"value\"");
  out.param = spec.id;
  return parse_typed(v["value"], spec.unit, out, c);
}

uint64_t fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

bool load_rules(const std::vector<RuleFile>& files_in, RuleSet& out, std::string& error) {
  out = RuleSet();
  std::vector<RuleFile> files = files_in;
  std::sort(files.begin(), files.end(), [](const RuleFile& a, const RuleFile& b) { return a.name < b.name; });
  // The "files" array of the bundle, compact with sorted keys ({"content":...,"name":...}), written
  // from each file's compact text rather than built as a document and serialised a second time
  // (that second pass was a quarter of the start-up time of the page's engine).
  std::string files_json = "[";
  std::string canonical;
  bool seen[kParamCount] = {};
  for (const RuleFile& f : files) {
    Ctx c{f.name, "", &error};
    json doc = json::parse(f.content, nullptr, false);
    if (doc.is_discarded()) return c.fail("not valid JSON");
    if (!doc.is_object()) return c.fail("a rule file must be a JSON object");
    for (auto it = doc.begin(); it != doc.end(); ++it)
      if (it.key() != "instrument" && it.key() != "description" && it.key() != "parameters")
        return c.fail("unknown top-level key \"" + it.key() + "\"");
    auto ps = doc.find("parameters");
    if (ps == doc.end() || !ps->is_object()) return c.fail("missing \"parameters\" object");
    for (auto it = ps->begin(); it != ps->end(); ++it) {
      c.key = it.key();
      const ParamSpec* spec = find_param(it.key());
      if (!spec) return c.fail("unknown parameter key");
      int idx = static_cast<int>(spec->id);
      if (seen[idx]) return c.fail("parameter defined twice (also in " + out.params_[idx].file + ")");
      seen[idx] = true;
      const json& pj = it.value();
      if (!pj.is_object()) return c.fail("a parameter must be an object");
      for (auto k = pj.begin(); k != pj.end(); ++k)
        if (k.key() != "unit" && k.key() != "label_id" && k.key() != "label_en" && k.key() != "values")
          return c.fail("unknown key \"" + k.key() + "\"");
      std::string unit;
      if (!get_string(pj, "unit", unit) || unit != unit_name(spec->unit))
        return c.fail(std::string("\"unit\" must be \"") + unit_name(spec->unit) + "\"");
      Param& p = out.params_[idx];
      p.spec = spec;
      p.file = f.name;
      if (!get_string(pj, "label_id", p.label_id) || !get_string(pj, "label_en", p.label_en))
        return c.fail("needs label_id and label_en");
      if (!safe_text(p.label_id) || !safe_text(p.label_en))
        return c.fail("labels must not contain quotes, backslashes or control characters");
      auto vs = pj.find("values");
      if (vs == pj.end() || !vs->is_array() || vs->empty()) return c.fail("needs a non-empty \"values\" list");
      for (const json& vj : *vs) {
        Value v;
        if (!parse_value(vj, *spec, v, c)) return false;
        if (!p.values.empty()) {
          const Value& prev = p.values.back();
          if (!(prev.from < v.from))
            return c.fail("values must be in ascending order of \"from\" (" + format_date(v.from) + ")");
          if (prev.has_to && !(prev.to < v.from))
            return c.fail("periods overlap: " + format_date(prev.from) + ".." + format_date(prev.to) + " and " +
                          format_date(v.from));
        }
        p.values.push_back(std::move(v));
      }
    }
    std::string dumped = doc.dump(-1, ' ', false, json::error_handler_t::replace);
    canonical += f.name;
    canonical += '\n';
    canonical += dumped;
    canonical += '\n';
    if (files_json.size() > 1) files_json += ',';
    files_json += "{\"content\":";
    files_json += dumped;
    files_json += ",\"name\":";
    files_json += json(f.name).dump(-1, ' ', false, json::error_handler_t::replace);
    files_json += '}';
  }
  std::string missing;  // every key the engine needs that no file defines, named at once
  int n_missing = 0;
  for (int i = 0; i < kParamCount; ++i)
    if (!seen[i]) missing += (n_missing++ ? ", " : "") + std::string(specs()[i].key);
  if (n_missing) {
    error = std::string(n_missing == 1 ? "rules: parameter " : "rules: parameters ") + missing +
            (n_missing == 1 ? " is" : " are") + " not defined in any rule file";
    return false;
  }
  // Checks that tie parameters together.
  for (const Value& v : out.params_[static_cast<int>(PARAM("rounding.contribution"))].values)
    if (v.text != "half_up" && v.text != "floor") {
      error = "rules: " + out.params_[static_cast<int>(PARAM("rounding.contribution"))].file +
              ": rounding.contribution: must be half_up or floor";
      return false;
    }
  out.start_ = out.params_[static_cast<int>(PARAM("rules.start"))].values.front().date;
  out.reviewed_until_ = out.params_[static_cast<int>(PARAM("rules.reviewed_until"))].values.back().date;
  out.starts_.clear();
  for (const Param& p : out.params_)
    for (const Value& v : p.values) out.starts_.push_back(v.from.days);
  std::sort(out.starts_.begin(), out.starts_.end());
  out.starts_.erase(std::unique(out.starts_.begin(), out.starts_.end()), out.starts_.end());
  char hex[17];
  uint64_t h = fnv1a(canonical);
  out.version_hash_ = h;
  for (int i = 15; i >= 0; --i) {
    hex[i] = "0123456789abcdef"[h & 15];
    h >>= 4;
  }
  hex[16] = 0;
  out.version_ = std::string(hex, 12);
  files_json += ']';
  out.files_json_ = std::move(files_json);
  out.seal();
  return true;
}

const RuleSet& embedded_rules() {
  static RuleSet* set = [] {
    auto* s = new RuleSet();
    std::string err;
    if (!load_rules(embedded_rule_files(), *s, err)) std::abort();  // embedded data is tested at build time
    return s;
  }();
  return *set;
}

}  // namespace jamsos
