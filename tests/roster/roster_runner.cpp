// Table-driven roster cases: tests/roster/*.json. Each file is {"kind": K, "cases": [...]}, kinds:
//   nik        {"nik", "error"?, "province"?, "day"?, "month"?, "yy"?, "female"?, "birth"?, "matches"?}
//   money      {"in", "out"} or {"in", "error": "invalid|decimals|negative|too_large|empty"}
//   date       {"in", "out"} or {"in", "out": null}
//   role       {"in", "out"} or {"in", "out": null}
//   columns    {"headers": [...], "expect": {field: index or -1}}
//   csv        {"text", "rows": [[...]...]}   (also fed one byte at a time)
//   roster     {"as_of", "csv", "rows": [{column: value}...], "summary": {key: value}}
//   reconcile  {"last_as_of", "this_as_of", "last", "this", "rows": [[...]], "summary": {...}}
//   budget     {"template": eval input without as_of (paid_on: every month paid that day), "people", "from", "months",
//               "per_person_by_month": [...], "per_person", "total"}
// Expected values are worked out by hand (see each case's "why").
#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/contract.hpp"
#include "jamsos/roster.hpp"

using namespace jamsos;
using json = nlohmann::json;

static int failures = 0;
static void fail(const std::string& name, const std::string& msg) {
  ++failures;
  std::printf("FAIL %s: %s\n", name.c_str(), msg.c_str());
}
static std::string str(const json& j, const char* k) {
  return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : "";
}
static Date date(const std::string& s) {
  Date d;
  if (!parse_date(s, d)) std::printf("bad date in case file: %s\n", s.c_str());
  return d;
}

static void run_case(const std::string& kind, const json& c, const std::string& name) {
  const RuleSet& R = embedded_rules();
  if (kind == "nik") {
    Nik n;
    NikError e = parse_nik(str(c, "nik"), n);
    std::string want = str(c, "error");
    std::string got = e == NikError::None ? "" : nik_error_code(e);
    if (got != want) return fail(name, "error '" + got + "' want '" + want + "'");
    if (e != NikError::None) return;
    for (const char* k : {"province", "regency", "district", "day", "month", "yy", "serial"}) {
      if (!c.contains(k)) continue;
      int v = std::string(k) == "province"   ? n.province
              : std::string(k) == "regency"  ? n.regency
              : std::string(k) == "district" ? n.district
              : std::string(k) == "day"      ? n.day
              : std::string(k) == "month"    ? n.month
              : std::string(k) == "yy"       ? n.yy
                                             : n.serial;
      if (v != c[k].get<int>()) fail(name, std::string(k) + " " + std::to_string(v));
    }
    if (c.contains("female") && n.female != c["female"].get<bool>()) fail(name, "female");
    if (c.contains("province_name") && str(c, "province_name") != nik_province_name(n.province))
      fail(name, "province name");
    if (c.contains("birth") && nik_matches_birth(n, date(str(c, "birth"))) != c["matches"].get<bool>())
      fail(name, "matches");
    if (c.contains("birth_from_nik")) {
      Date d;
      if (!nik_birth_date(n, nullptr, date(str(c, "as_of")), d) || format_date(d) != str(c, "birth_from_nik"))
        fail(name, "birth_from_nik " + format_date(d));
    }
  } else if (kind == "money") {
    Money m = -1;
    MoneyCell r = parse_money_cell(str(c, "in"), m);
    static const char* codes[] = {"", "empty", "invalid", "decimals", "negative", "too_large"};
    std::string got = codes[static_cast<int>(r)];
    if (got != str(c, "error")) return fail(name, "result '" + got + "'");
    if (r == MoneyCell::Ok && m != c["out"].get<int64_t>()) fail(name, "got " + std::to_string(m));
  } else if (kind == "date") {
    Date d;
    bool ok = parse_date_cell(str(c, "in"), d);
    if (c["out"].is_null()) {
      if (ok) fail(name, "accepted as " + format_date(d));
    } else if (!ok || format_date(d) != str(c, "out")) {
      fail(name, ok ? "got " + format_date(d) : "refused");
    }
  } else if (kind == "role") {
    Role r = Role::None;
    bool ok = parse_role_cell(str(c, "in"), r);
    if (c["out"].is_null()) {
      if (ok) fail(name, std::string("accepted as ") + role_code(r));
    } else if (!ok || role_code(r) != str(c, "out")) {
      fail(name, ok ? std::string("got ") + role_code(r) : "refused");
    }
  } else if (kind == "columns") {
    std::vector<std::string> h = c["headers"].get<std::vector<std::string>>();
    ColumnMap m = detect_columns(h);
    for (auto it = c["expect"].begin(); it != c["expect"].end(); ++it) {
      Field f;
      if (!field_from_code(it.key(), f)) return fail(name, "unknown field " + it.key());
      if (m[f] != it.value().get<int>()) fail(name, it.key() + " -> " + std::to_string(m[f]));
    }
  } else if (kind == "csv") {
    json want = c["rows"];
    std::string text = str(c, "text");
    for (size_t chunk : {size_t(1), text.size() + 1}) {
      CsvReader r;
      CsvRow row;
      json got = json::array();
      auto drain = [&] {
        while (r.next(row))
          got.push_back(std::vector<std::string>(row.cells.begin(), row.cells.begin() + static_cast<long>(row.size)));
      };
      for (size_t i = 0; i < text.size(); i += chunk) {
        r.feed(text.data() + i, std::min(chunk, text.size() - i));
        drain();
      }
      r.finish();
      drain();
      if (got != want) fail(name, "chunk " + std::to_string(chunk) + ": got " + got.dump());
    }
  } else if (kind == "roster") {
    RosterOptions o;
    o.as_of = date(str(c, "as_of"));
    std::string out, sum, err;
    if (!roster_run(R, str(c, "csv"), o, out, sum, err)) return fail(name, "fatal: " + err);
    auto rows = csv_parse_all(out);
    const json& want = c["rows"];
    if (rows.size() != want.size() + 1) return fail(name, "rows " + std::to_string(rows.size() - 1));
    for (size_t r = 0; r < want.size(); ++r)
      for (auto it = want[r].begin(); it != want[r].end(); ++it) {
        if (it.key() == "why") continue;
        size_t k = 0;
        while (k < rows[0].size() && rows[0][k] != it.key()) ++k;
        if (k == rows[0].size()) return fail(name, "no column " + it.key());
        std::string v = rows[r + 1][k];
        std::string w = it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
        bool contains = w.size() > 1 && w[0] == '~';  // "~text": the cell contains text
        if (contains ? v.find(w.substr(1)) == std::string::npos : v != w)
          fail(name, "row " + std::to_string(r + 1) + " " + it.key() + " = '" + v + "' want '" + w + "'");
      }
    if (c.contains("summary")) {
      json s = json::parse(sum, nullptr, false);
      for (auto it = c["summary"].begin(); it != c["summary"].end(); ++it) {
        if (it.key().empty() || it.key()[0] != '/') continue;
        json::json_pointer p(it.key());
        if (!s.contains(p) || s[p] != it.value())
          fail(name, "summary " + it.key() + " = " + (s.contains(p) ? s[p].dump() : "absent"));
      }
    }
  } else if (kind == "reconcile") {
    ReconcileOptions o;
    o.last_as_of = date(str(c, "last_as_of"));
    o.this_as_of = date(str(c, "this_as_of"));
    std::string out, sum, err;
    if (!reconcile_run(R, str(c, "last"), str(c, "this"), o, out, sum, err)) return fail(name, "fatal: " + err);
    json got = csv_parse_all(out);
    got.erase(0);
    if (got != c["rows"]) fail(name, "rows " + got.dump());
    json s = json::parse(sum, nullptr, false);
    for (auto it = c["summary"].begin(); it != c["summary"].end(); ++it) {
      if (it.key().empty() || it.key()[0] != '/') continue;
      json::json_pointer p(it.key());
      if (!s.contains(p) || s[p] != it.value())
        fail(name, "summary " + it.key() + " = " + (s.contains(p) ? s[p].dump() : "absent"));
    }
  } else if (kind == "budget") {
    json t = c["template"];
    std::string from = str(c, "from");
    t["as_of"] = from + "-01";
    Input in;
    std::string id;
    InputError e;
    if (!parse_input_text(R, t.dump(), in, id, e)) return fail(name, "template: " + e.message);
    BudgetPlan p;
    std::string err;
    Date start = date(from + "-01");
    Ymd y = to_ymd(start);
    if (!plan_budget(R, in, c["people"].get<int64_t>(), y.year, y.month, c["months"].get<int>(), p, err))
      return fail(name, err);
    json by = json::array();
    for (const BudgetMonth& m : p.months) by.push_back(m.per_person_total);
    if (by != c["per_person_by_month"]) fail(name, "by month " + by.dump());
    if (p.per_person_total != c["per_person"].get<int64_t>())
      fail(name, "per person " + std::to_string(p.per_person_total));
    if (p.grand_total != c["total"].get<int64_t>()) fail(name, "total " + std::to_string(p.grand_total));
    // With paid_on in the template: months late and fines (all people; null = no fine figure).
    if (c.contains("months_late_by_month")) {
      json late = json::array(), fines = json::array();
      for (const BudgetMonth& m : p.months) {
        late.push_back(m.months_late);
        fines.push_back(m.fine_known ? json(m.fine * p.people) : json(nullptr));
      }
      if (late != c["months_late_by_month"]) fail(name, "months late " + late.dump());
      if (fines != c["fine_by_month"]) fail(name, "fines " + fines.dump());
      json total = p.fines_known ? json(p.fine_total) : json(nullptr);
      if (total != c["fine_total"]) fail(name, "fine total " + total.dump());
    }
  } else {
    fail(name, "unknown kind " + kind);
  }
}

int main(int argc, char** argv) {
  if (argc != 2) return std::fprintf(stderr, "usage: roster_runner FILE.json\n"), 1;
  std::ifstream f(argv[1], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.contains("cases")) return std::fprintf(stderr, "%s: not a case file\n", argv[1]), 1;
  std::string kind = j["kind"].get<std::string>();
  int n = 0;
  for (const json& c : j["cases"]) {
    std::string name = c.contains("name") ? c["name"].get<std::string>() : kind + " #" + std::to_string(n);
    run_case(kind, c, name);
    ++n;
  }
  std::printf("%s: %d cases, %d failures\n", argv[1], n, failures);
  return failures ? 1 : 0;
}
