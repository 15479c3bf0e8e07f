// jamsos: the native command-line tool. All rules logic lives in core/; this file only does I/O.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "jamsos/contract.hpp"
#include "jamsos/rules.hpp"

static const char* kHelp = R"(jamsos - BPJS Ketenagakerjaan eligibility and contributions, offline.

Usage:
  jamsos eval  [--rules FILE] [--pretty]   read one JSON object (or an array) on stdin,
                                            write the result object (or array) on stdout
  jamsos rules [--rules FILE]              print the rule set (every dated parameter with its
                                            citation and confidence) and its version
  jamsos version                           print the rule-set version
  jamsos --help                            this text

Options:
  --rules FILE   use the rule set in FILE instead of the embedded one. FILE has the format that
                 `jamsos rules` prints: {"files": [{"name": "...", "content": {...}}, ...]}.
                 Workflow for a new JP ceiling: jamsos rules > r.json; add the dated value to
                 "jp.ceiling" in pp45-2015-jp.json's content; jamsos eval --rules r.json < in.json
  --pretty       indent the JSON output

Input fields (all optional except as_of; rupiah are whole numbers):
  as_of "YYYY-MM-DD" (>= 2015-07-01)     segment "PU"|"BPU"|"JAKON"|"PMI"
  role  kepala_desa|perangkat_desa|bpd|pendamping_desa|non_asn|bumdes|pekerja_rentan|
        pns|cpns|pppk|tni_polri
  citizenship "WNI"|"WNA"   birth_date "YYYY-MM-DD"   monthly_wage   employer_scale
  "micro"|"small"|"medium"|"large"   jkk_risk_group 1-5   jkn_enrolled true|false
  industry (PP 7/2025: food_beverage_tobacco, textile_apparel, leather, footwear, toys,
  furniture)   employer_headcount   declared_income (BPU)   bpu_sector "transport"|"other"
  contract_value (JAKON)   placement_months, pmi_jht_monthly (PMI)
  opt_in ["JHT","JP",...]   jp_deferral_requested true|false   id (echoed back)

Output: programs JKK, JKM, JHT, JP, JKP with status (mandatory|optional|not_eligible|need_info),
enrolled, period, basis, rate, employer/worker/government/total amounts, missing inputs and
reasons with citations; totals (monthly and one_time) of enrolled programs; the explanation in
Bahasa Indonesia and English; notes on contested points; warnings. See docs/CONTRACT.md.

Exit status: 0 ok; 2 an input error (the output holds {"error":{"code","field","message"}};
in an array only that element is an error); 1 a usage or rules-file error.

Examples:
  echo '{"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000,"employer_scale":"medium",
         "jkk_risk_group":1,"birth_date":"1990-01-01","jkn_enrolled":true}' | jamsos eval --pretty
  echo '{"as_of":"2026-05-01","role":"pekerja_rentan"}' | jamsos eval
)";

int main(int argc, char** argv) {
  std::string cmd, rules_file;
  bool pretty = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h" || a == "help") {
      std::fputs(kHelp, stdout);
      return 0;
    } else if (a == "--rules" && i + 1 < argc) {
      rules_file = argv[++i];
    } else if (a == "--pretty") {
      pretty = true;
    } else if (cmd.empty() && a[0] != '-') {
      cmd = a;
    } else {
      std::fprintf(stderr, "jamsos: unknown argument '%s' (see jamsos --help)\n", a.c_str());
      return 1;
    }
  }
  if (cmd.empty()) {
    std::fputs(kHelp, stderr);
    return 1;
  }
  jamsos::RuleSet custom;
  const jamsos::RuleSet* rules = nullptr;
  if (!rules_file.empty()) {
    std::ifstream f(rules_file, std::ios::binary);
    if (!f) {
      std::fprintf(stderr, "jamsos: cannot read rules file '%s'\n", rules_file.c_str());
      return 1;
    }
    std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    std::string err;
    if (!jamsos::load_rules_bundle(text, custom, err)) {
      std::fprintf(stderr, "jamsos: %s: %s\n", rules_file.c_str(), err.c_str());
      return 1;
    }
    rules = &custom;
  } else {
    std::string err;
    if (!jamsos::load_rules(jamsos::embedded_rule_files(), custom, err)) {
      std::fprintf(stderr, "jamsos: embedded %s\n", err.c_str());
      return 1;
    }
    rules = &custom;
  }
  if (cmd == "version") {
    std::printf("%s\n", rules->version().c_str());
    return 0;
  }
  if (cmd == "rules") {
    std::fwrite(rules->bundle_json().data(), 1, rules->bundle_json().size(), stdout);
    std::fputc('\n', stdout);
    return 0;
  }
  if (cmd == "eval") {
    std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::string out;
    out.reserve(8192);
    bool ok = jamsos::eval_json(*rules, input, out);
    if (pretty) {
      auto j = nlohmann::ordered_json::parse(out, nullptr, false);
      if (!j.is_discarded()) out = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    }
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    return ok ? 0 : 2;
  }
  std::fprintf(stderr, "jamsos: unknown command '%s' (see jamsos --help)\n", cmd.c_str());
  return 1;
}
