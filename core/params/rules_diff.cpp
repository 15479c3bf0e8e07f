// Comparing two rule sets value by value (jamsos/rules_diff.hpp). Values are compared as their
// canonical JSON in the bundle (value, period, citation, confidence, note), so a new citation or
// confidence tag is a change too; the sentences say what a person needs: what, from when, old and
// new, and the instrument behind it.
#include "jamsos/rules_diff.hpp"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

namespace jamsos {
using json = nlohmann::json;

RuleIndex::RuleIndex(const RuleSet& set) : set_(&set), values_(static_cast<size_t>(kParamCount)) {
  json b = json::parse(set.bundle_json(), nullptr, false);
  if (b.is_discarded() || !b.contains("files")) return;
  for (const json& f : b["files"]) {
    if (!f.contains("content") || !f["content"].contains("parameters")) continue;
    const json& ps = f["content"]["parameters"];
    for (auto it = ps.begin(); it != ps.end(); ++it) {
      const ParamSpec* spec = find_param(it.key());
      if (!spec || !it.value().contains("values")) continue;
      auto& list = values_[static_cast<size_t>(spec->id)];
      for (const json& v : it.value()["values"]) {
        Date from;
        if (!v.contains("from") || !v["from"].is_string() || !parse_date(v["from"].get<std::string>(), from)) continue;
        list.emplace_back(from.days, v.dump(-1, ' ', false, json::error_handler_t::replace));
      }
    }
  }
}

const std::string* RuleIndex::value_json(P id, Date from) const {
  for (const auto& v : values_[static_cast<size_t>(id)])
    if (v.first == from.days) return &v.second;
  return nullptr;
}

std::string RuleIndex::at_json(P id, Date d) const {
  const Value* v = set_->at(id, d);
  const std::string* j = v ? value_json(id, v->from) : nullptr;
  return j ? *j : std::string();
}

namespace {

// A value as a person reads it: rupiah with separators, rates and texts as written, an end date.
std::string readable(const json& v, Unit unit, bool id) {
  std::string s;
  const json& x = v.contains("value") ? v["value"] : json();
  if (x.is_number_integer() && unit == Unit::Rupiah)
    s = format_rupiah(x.get<int64_t>(), id);
  else if (x.is_string())
    s = x.get<std::string>();
  else
    s = x.dump(-1, ' ', false, json::error_handler_t::replace);
  Date to;
  if (v.contains("to") && v["to"].is_string() && parse_date(v["to"].get<std::string>(), to))
    s += (id ? " s.d. " : " until ") + format_long_date(to, id);
  return s;
}

std::string citation_of(const json& v) {
  if (!v.contains("citation")) return "";
  const json& c = v["citation"];
  std::string s = c.value("instrument", "");
  std::string a = c.value("article", "");
  return a.empty() ? s : s + " " + a;
}

RuleChange make_change(const RuleSet& set, P id, int32_t from_days, const std::string* before,
                       const std::string* after) {
  const Param& p = set.param(id);
  const Unit unit = param_spec(id).unit;
  json a = before ? json::parse(*before, nullptr, false) : json();
  json b = after ? json::parse(*after, nullptr, false) : json();
  RuleChange c;
  c.parameter = param_spec(id).key;
  c.kind = before && after ? "changed" : after ? "added" : "removed";
  const Date from{from_days};
  c.from = format_date(from);
  auto raw = [](const json& v) {
    return v.contains("value") ? v["value"].dump(-1, ' ', false, json::error_handler_t::replace) : std::string();
  };
  c.old_value = before ? raw(a) : "";
  c.new_value = after ? raw(b) : "";
  const json& src = after ? b : a;
  c.citation = citation_of(src);
  c.instrument = src.contains("citation") ? src["citation"].value("instrument", "") : "";
  const std::string label_id = p.label_id.empty() ? c.parameter : p.label_id;
  const std::string label_en = p.label_en.empty() ? c.parameter : p.label_en;
  const std::string cite = c.citation.empty() ? "" : " (" + c.citation + ")";
  if (c.kind == "changed") {
    c.text_id = label_id + ", mulai " + format_long_date(from, true) + ": " + readable(a, unit, true) + " → " +
                readable(b, unit, true) + cite;
    c.text_en = label_en + ", from " + format_long_date(from, false) + ": " + readable(a, unit, false) + " → " +
                readable(b, unit, false) + cite;
  } else if (c.kind == "added") {
    c.text_id = label_id + ", mulai " + format_long_date(from, true) + ": " + readable(b, unit, true) + " (nilai baru" +
                (c.citation.empty() ? "" : "; " + c.citation) + ")";
    c.text_en = label_en + ", from " + format_long_date(from, false) + ": " + readable(b, unit, false) + " (new value" +
                (c.citation.empty() ? "" : "; " + c.citation) + ")";
  } else {
    c.text_id =
        label_id + ", mulai " + format_long_date(from, true) + ": " + readable(a, unit, true) + " dihapus" + cite;
    c.text_en =
        label_en + ", from " + format_long_date(from, false) + ": " + readable(a, unit, false) + " removed" + cite;
  }
  return c;
}

}  // namespace

std::vector<RuleChange> diff_rules(const RuleSet& before, const RuleSet& after) {
  RuleIndex a(before), b(after);
  std::vector<RuleChange> out;
  std::vector<int> order;
  for (int i = 0; i < kParamCount; ++i) order.push_back(i);
  std::sort(order.begin(), order.end(), [](int x, int y) {
    return std::strcmp(param_spec(static_cast<P>(x)).key, param_spec(static_cast<P>(y)).key) < 0;
  });
  for (int i : order) {
    const P id = static_cast<P>(i);
    std::vector<int32_t> dates;
    for (const Value& v : before.param(id).values) dates.push_back(v.from.days);
    for (const Value& v : after.param(id).values) dates.push_back(v.from.days);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    for (int32_t d : dates) {
      const std::string* x = a.value_json(id, Date{d});
      const std::string* y = b.value_json(id, Date{d});
      if ((x && y && *x == *y) || (!x && !y)) continue;
      out.push_back(make_change(y ? after : before, id, d, x, y));
    }
  }
  return out;
}

bool change_at(const RuleIndex& before, const RuleIndex& after, P id, Date d, RuleChange& out) {
  const Value* va = before.set().at(id, d);
  const Value* vb = after.set().at(id, d);
  const std::string* x = va ? before.value_json(id, va->from) : nullptr;
  const std::string* y = vb ? after.value_json(id, vb->from) : nullptr;
  // A value in force on `d` in one set only: compare it with the other set's value of the same
  // start, if any (a relief whose end moved is that value changed, not a new one).
  if (!x && y) x = before.value_json(id, vb->from);
  if (x && !y && va) y = after.value_json(id, va->from);
  if ((x && y && *x == *y) || (!x && !y)) return false;
  out = make_change(vb ? after.set() : before.set(), id, (vb ? vb->from : va->from).days, x, y);
  return true;
}

bool change_between(const RuleIndex& index, P id, Date d1, Date d2, RuleChange& out) {
  const RuleSet& set = index.set();
  const Value* va = set.at(id, d1);
  const Value* vb = set.at(id, d2);
  if (va == vb) return false;
  const std::string* x = va ? index.value_json(id, va->from) : nullptr;
  const std::string* y = vb ? index.value_json(id, vb->from) : nullptr;
  if (!x && !y) return false;
  if (x && y) {
    out = make_change(set, id, vb->from.days, x, y);
    return true;
  }
  // A value that ends (a relief window) or starts between the two dates.
  const Param& p = set.param(id);
  const Unit unit = param_spec(id).unit;
  const json v = json::parse(x ? *x : *y, nullptr, false);
  const std::string label_id = p.label_id.empty() ? param_spec(id).key : p.label_id;
  const std::string label_en = p.label_en.empty() ? param_spec(id).key : p.label_en;
  out = RuleChange();
  out.parameter = param_spec(id).key;
  out.citation = citation_of(v);
  out.instrument = v.contains("citation") ? v["citation"].value("instrument", "") : "";
  const std::string cite = out.citation.empty() ? "" : " (" + out.citation + ")";
  if (x) {
    const Date from{va->has_to ? va->to.days + 1 : d2.days};
    out.kind = "ended";
    out.from = format_date(from);
    out.old_value = v.contains("value") ? v["value"].dump(-1, ' ', false, json::error_handler_t::replace) : "";
    out.text_id = label_id + " (" + readable(v, unit, true) + ") berakhir" + cite;
    out.text_en = label_en + " (" + readable(v, unit, false) + ") ends" + cite;
  } else {
    out.kind = "started";
    out.from = format_date(vb->from);
    out.new_value = v.contains("value") ? v["value"].dump(-1, ' ', false, json::error_handler_t::replace) : "";
    out.text_id = label_id + ", mulai " + format_long_date(vb->from, true) + ": " + readable(v, unit, true) + cite;
    out.text_en = label_en + ", from " + format_long_date(vb->from, false) + ": " + readable(v, unit, false) + cite;
  }
  return true;
}

std::string changelog_json(const std::vector<RuleChange>& changes) {
  json a = json::array();
  for (const RuleChange& c : changes) {
    json e = json::object();
    e["parameter"] = c.parameter;
    e["kind"] = c.kind;
    e["from"] = c.from;
    if (!c.old_value.empty()) e["old"] = c.old_value;
    if (!c.new_value.empty()) e["new"] = c.new_value;
    e["citation"] = c.citation;
    e["instrument"] = c.instrument;
    e["text_id"] = c.text_id;
    e["text_en"] = c.text_en;
    a.push_back(std::move(e));
  }
  return a.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace jamsos
