// Runs one table-driven case file (tests/cases/*.json) through the JSON contract and compares
// the dotted-path expectations exactly. Prints each failure and "N passed, N failed".
// A file with "command": "benefits" runs `jamsos benefits` (benefits_json) instead of eval; each of
// its cases must carry an "arithmetic" string (the expected figures derived by hand). Paths may
// select an array element by its fields: "benefits[item=jkm_lump_sum,event=death_non_work].amount".
#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/benefits_json.hpp"
#include "jamsos/contract.hpp"

using json = nlohmann::json;

// Resolves "programs.JKK.employer" or "warnings[0].code" in `doc`; false if a step is absent.
static bool resolve(const json& doc, const std::string& path, json& out) {
  const json* cur = &doc;
  size_t i = 0;
  while (i < path.size()) {
    size_t j = path.find_first_of(".[", i);
    std::string key = path.substr(i, j == std::string::npos ? std::string::npos : j - i);
    if (!key.empty()) {
      if (!cur->is_object() || !cur->contains(key)) return false;
      cur = &(*cur)[key];
    }
    if (j == std::string::npos) break;
    if (path[j] == '[' && path.find('=', j) < path.find(']', j)) {
      // [field=value,field=value]: the first element whose fields (as text) match
      size_t k = path.find(']', j);
      std::string sel = path.substr(j + 1, k - j - 1);
      if (!cur->is_array()) return false;
      const json* hit = nullptr;
      for (const json& e : *cur) {
        bool all = e.is_object();
        size_t a = 0;
        while (all && a < sel.size()) {
          size_t b = sel.find(',', a);
          if (b == std::string::npos) b = sel.size();
          std::string cond = sel.substr(a, b - a);
          size_t eq = cond.find('=');
          std::string f = cond.substr(0, eq), v = cond.substr(eq + 1);
          all = e.contains(f) && (e[f].is_string() ? e[f].get<std::string>() == v : e[f].dump() == v);
          a = b + 1;
        }
        if (all) {
          hit = &e;
          break;
        }
      }
      if (!hit) return false;
      cur = hit;
      i = k + 1;
      if (i < path.size() && path[i] == '.') ++i;
    } else if (path[j] == '[') {
      size_t k = path.find(']', j);
      size_t idx = std::stoul(path.substr(j + 1, k - j - 1));
      if (!cur->is_array() || idx >= cur->size()) return false;
      cur = &(*cur)[idx];
      i = k + 1;
      if (i < path.size() && path[i] == '.') ++i;
    } else {
      i = j + 1;
    }
  }
  out = *cur;
  return true;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: case_runner FILE.json\n");
    return 1;
  }
  std::ifstream f(argv[1]);
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.contains("cases") || !doc["cases"].is_array()) {
    std::fprintf(stderr, "%s: not a case file\n", argv[1]);
    return 1;
  }
  const jamsos::RuleSet& R = jamsos::embedded_rules();
  const bool benefits = doc.value("command", "eval") == "benefits";
  int passed = 0, failed = 0;
  for (const json& c : doc["cases"]) {
    std::string name = c.value("name", "?");
    if (!c.contains("source") || !c.contains("input") || (!c.contains("expect") && !c.contains("expect_error"))) {
      std::printf("FAIL %s: a case needs name, source, input and expect or expect_error\n", name.c_str());
      ++failed;
      continue;
    }
    if (benefits && !c.contains("expect_error") && (!c.contains("arithmetic") || !c["arithmetic"].is_string())) {
      std::printf("FAIL %s: a benefits case needs an \"arithmetic\" string (the figures derived by hand)\n",
                  name.c_str());
      ++failed;
      continue;
    }
    std::string out;
    bool ok =
        benefits ? jamsos::benefits_json(R, c["input"].dump(), out) : jamsos::eval_json(R, c["input"].dump(), out);
    json res = json::parse(out, nullptr, false);
    std::string problems;
    if (res.is_discarded()) problems += "\n    output is not JSON: " + out;
    if (c.contains("expect_error")) {
      if (ok) problems += "\n    expected an input error (exit 2) but the input was accepted";
      for (auto it = c["expect_error"].begin(); it != c["expect_error"].end(); ++it) {
        json got;
        if (!resolve(res, "error." + it.key(), got) || got != it.value())
          problems += "\n    error." + it.key() + ": expected " + it.value().dump() + ", got " +
                      (resolve(res, "error." + it.key(), got) ? got.dump() : "(absent)");
      }
    } else {
      if (!ok) problems += "\n    unexpected input error: " + out;
      for (auto it = c["expect"].begin(); it != c["expect"].end() && ok; ++it) {
        json got;
        bool present = resolve(res, it.key(), got);
        if (!present || got != it.value())
          problems +=
              "\n    " + it.key() + ": expected " + it.value().dump() + ", got " + (present ? got.dump() : "(absent)");
      }
      // expect_notes / expect_no_notes: note codes that must (not) be among the answer's notes, in any
      // order; a note is shown with its confidence tag.
      auto has_note = [&](const std::string& code) {
        if (res.contains("notes"))
          for (const json& n : res["notes"])
            if (n.value("code", "") == code) return true;
        return false;
      };
      if (ok && c.contains("expect_notes"))
        for (const json& n : c["expect_notes"])
          if (!has_note(n.get<std::string>())) problems += "\n    notes: expected " + n.dump() + " among them";
      if (ok && c.contains("expect_no_notes"))
        for (const json& n : c["expect_no_notes"])
          if (has_note(n.get<std::string>())) problems += "\n    notes: did not expect " + n.dump();
    }
    if (problems.empty()) {
      ++passed;
    } else {
      ++failed;
      std::printf("FAIL %s [%s]%s\n", name.c_str(), c.value("source", "").c_str(), problems.c_str());
    }
  }
  std::printf("%s: %d passed, %d failed\n", argv[1], passed, failed);
  return failed ? 1 : 0;
}
