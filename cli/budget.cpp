// `jamsos budget`: the flags build the person template and the request directly (jamsos/budget.hpp);
// --input gives a contract input object as the starting template, the flags then override it.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "jamsos/budget.hpp"
#include "jamsos/roster_budget.hpp"

namespace jamsos_cli {

namespace {

// A template flag's field, or false when `a` is not one.
bool template_flag(const std::string& a, jamsos::BudgetField& f) {
  static const std::pair<const char*, jamsos::BudgetField> kFlags[] = {{"--role", jamsos::BudgetField::Role},
                                                                       {"--segment", jamsos::BudgetField::Segment},
                                                                       {"--wage", jamsos::BudgetField::Wage},
                                                                       {"--income", jamsos::BudgetField::Income},
                                                                       {"--sector", jamsos::BudgetField::Sector},
                                                                       {"--scale", jamsos::BudgetField::Scale},
                                                                       {"--risk-group", jamsos::BudgetField::RiskGroup},
                                                                       {"--birth-date", jamsos::BudgetField::BirthDate},
                                                                       {"--jkn", jamsos::BudgetField::Jkn},
                                                                       {"--opt-in", jamsos::BudgetField::OptIn},
                                                                       {"--paid-on", jamsos::BudgetField::PaidOn}};
  for (const auto& k : kFlags)
    if (a == k.first) return f = k.second, true;
  return false;
}

int input_error(const jamsos::InputError& err) {
  std::string e;
  jamsos::write_error(err, e);
  std::printf("%s\n", e.c_str());
  return 2;
}

// budget --roster FILE: every person of a roster over the months (jamsos/roster_budget.hpp), streamed.
int roster_budget(const jamsos::RuleSet& R, const std::string& file, const jamsos::BudgetRequest& req,
                  const jamsos::RosterOptions& opt, bool csv) {
  std::FILE* in = open_input(file);
  if (!in) return 2;
  jamsos::RosterBudget b(R, opt, req.year, req.month, req.months);
  bool ok = true;
  bool read = read_chunks(in, [&](const char* data, size_t n) { return ok = b.feed(data, n); });
  if (in != stdin) std::fclose(in);
  if (ok && !read) return std::fprintf(stderr, "jamsos: error reading input\n"), 2;
  if (!(ok && b.finish())) return std::fprintf(stderr, "jamsos: %s\n", b.error().c_str()), 2;
  std::string out = csv ? b.csv() : b.json() + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int cmd_budget(const jamsos::RuleSet& R, const std::vector<std::string>& args) {
  std::string from, format = "json", input, roster;
  jamsos::RosterOptions ropt;  // --roster: how its columns are read (--map)
  long long people = -1, months = -1;
  std::vector<std::pair<jamsos::BudgetField, std::string>> fields;  // template flags, in order
  jamsos::Input scratch;                                            // each flag's value is checked as it comes
  jamsos::InputError err;
  std::string why;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (i + 1 >= args.size()) return usage("budget option '" + a + "' needs a value");
    const std::string& v = args[++i];
    char* end = nullptr;
    auto number = [&](long long& out) {
      out = std::strtoll(v.c_str(), &end, 10);
      return !v.empty() && *end == 0;
    };
    jamsos::BudgetField f;
    if (a == "--from")
      from = v;
    else if (a == "--months") {
      if (!number(months)) return usage("--months needs a number");
    } else if (a == "--people") {
      if (!number(people)) return usage("--people needs a number");
    } else if (a == "--format")
      format = v;
    else if (a == "--input")
      input = v;
    else if (a == "--roster")
      roster = v;
    else if (a == "--map") {
      if (!parse_mapping(v, ropt.mapping)) return usage("--map needs FIELD=COLUMN");
    } else if (template_flag(a, f)) {
      if (jamsos::budget_set_field(R, scratch, f, v, err, why) == jamsos::BudgetSet::Usage) return usage(why);
      fields.emplace_back(f, v);  // the contract's refusals are reported after --input is read
    } else
      return usage("unknown budget argument '" + a + "'");
  }
  jamsos::BudgetRequest req;
  if (!jamsos::parse_budget_month(from, req.year, req.month)) return usage("budget needs --from YYYY-MM");
  if (!roster.empty() || !ropt.mapping.empty()) {
    // The people are the roster's rows: no --people, no person template.
    if (roster.empty()) return usage("--map needs --roster FILE");
    if (people >= 0 || !input.empty() || !fields.empty())
      return usage("budget --roster takes the people from the roster: no --people, --input or person flags");
    if (months == -1) return usage("budget needs --months N (1-600)");
    if (months < 1 || months > 600) return usage("--months must be between 1 and 600");
    if (format != "json" && format != "csv") return usage("--format must be json or csv");
    if (jamsos::from_ymd(req.year, req.month, 1) < R.start())
      return usage("--from must be on or after " + jamsos::format_date(R.start()));
    req.months = static_cast<int>(months);
    return roster_budget(R, roster, req, ropt, format == "csv");
  }
  if (people < 0) return usage("budget needs --people N");
  if (people > 100000000) return usage("--people must be between 0 and 100,000,000");
  if (months == -1) return usage("budget needs --months N (1-600)");
  if (months < 1 || months > 600) return usage("--months must be between 1 and 600");
  if (format != "json" && format != "csv") return usage("--format must be json or csv");
  req.people = people;
  req.months = static_cast<int>(months > 600 ? 601 : months);
  // The template: --input (or nothing) read by the contract on the first month, then the flags.
  if (!jamsos::budget_template_from_json(R, input.empty() ? "{}" : input, req.year, req.month, req.tmpl, err)) {
    if (err.code == "malformed_json") return usage("--input must be a JSON object");
    return input_error(err);
  }
  for (const auto& fv : fields)
    if (jamsos::budget_set_field(R, req.tmpl, fv.first, fv.second, err, why) != jamsos::BudgetSet::Ok)
      return input_error(err);
  if (!jamsos::budget_check_template(R, req.tmpl, err)) return input_error(err);
  std::string out, error;
  if (!jamsos::budget_run(R, req, format == "csv", out, error)) return usage(error);
  if (format != "csv") out += "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace jamsos_cli
