// jamsos benefits and jamsos upcoming. benefits: one JSON object on stdin (the eval input plus the benefit fields), the
// estimated benefits on stdout (docs/CONTRACT.md, "Benefits"). All rules logic lives in core/.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "commands.hpp"
#include "jamsos/benefits_json.hpp"
#include "jamsos/upcoming.hpp"

namespace jamsos_cli {

namespace {

// One answer on stdout (indented with --pretty): exit 0, 2 for an input error, 1 when writing fails.
int write_answer(std::string& out, bool ok, bool pretty) {
  if (pretty) {
    auto j = nlohmann::ordered_json::parse(out, nullptr, false);
    if (!j.is_discarded()) out = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
  out += '\n';
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) return 1;
  return ok ? 0 : 2;
}

}  // namespace

int cmd_benefits(const jamsos::RuleSet& R, bool pretty, bool jsonl) {
  std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::string out;
  if (jsonl) {  // one input object per line in, one answer per line out (blank lines skipped)
    bool all_ok = true;
    size_t a = 0;
    while (a < input.size()) {
      size_t b = input.find('\n', a);
      if (b == std::string::npos) b = input.size();
      std::string line = input.substr(a, b - a);
      a = b + 1;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      out.clear();
      all_ok = jamsos::benefits_json(R, line, out) && all_ok;
      out += '\n';
      if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) return 1;
    }
    return std::fflush(stdout) != 0 ? 1 : (all_ok ? 0 : 2);
  }
  const bool ok = jamsos::benefits_json(R, input, out);
  return write_answer(out, ok, pretty);
}

// jamsos upcoming [--months N]: one eval input on stdin; the months ahead whose figures change, and
// why (jamsos/upcoming.hpp, docs/CONTRACT.md "Upcoming changes").
int cmd_upcoming(const jamsos::RuleSet& R, bool pretty, const std::string& months_arg) {
  int months = jamsos::kUpcomingDefaultMonths;
  if (!months_arg.empty()) {
    char* end = nullptr;
    const long m = std::strtol(months_arg.c_str(), &end, 10);
    if (!end || *end || m < 1 || m > jamsos::kUpcomingMaxMonths) {
      std::fprintf(stderr, "jamsos: --months must be a whole number from 1 to %d\n", jamsos::kUpcomingMaxMonths);
      return 1;
    }
    months = static_cast<int>(m);
  }
  std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::string out;
  const bool ok = jamsos::upcoming_json(R, input, months, out);
  return write_answer(out, ok, pretty);
}

}  // namespace jamsos_cli
