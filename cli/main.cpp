// jamsos: the native command-line tool. All rules logic lives in core/; the cli/ files only do
// I/O. This file: the common options (--rules, --pretty, --help), eval, rules and version, and
// the dispatch to the roster commands (roster.cpp, budget.cpp) and benefits (benefits.cpp).
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <new>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "commands.hpp"
#include "jamsos/contract.hpp"
#include "jamsos/roles_json.hpp"
#include "jamsos/rules.hpp"

namespace {

int roster_command(const jamsos::RuleSet& R, const std::string& cmd, const std::vector<std::string>& args) {
  if (cmd == "roster") return jamsos_cli::cmd_roster(R, args);
  if (cmd == "reconcile") return jamsos_cli::cmd_reconcile(R, args);
  if (cmd == "budget") return jamsos_cli::cmd_budget(R, args);
  if (cmd == "template") return jamsos_cli::cmd_template(args);
  if (cmd == "rules") return jamsos_cli::cmd_rules(R, args);
  if (cmd == "diff") return jamsos_cli::cmd_diff(R, args);
  if (cmd == "keygen") return jamsos_cli::cmd_keygen(args);
  return jamsos_cli::cmd_columns(args);
}

bool is_roster_command(const std::string& c) {
  return c == "roster" || c == "reconcile" || c == "budget" || c == "columns" || c == "template" || c == "rules" ||
         c == "diff" || c == "keygen";
}

// The contract's error when memory runs out: written without allocating, after the answers
// already written (closing the array they began), so stdout stays one JSON text (or JSON Lines).
const char kOutOfMemory[] =
    "{\"error\":{\"code\":\"out_of_memory\",\"field\":null,\"message\":\"not enough memory to read the "
    "input\"}}";

// jamsos eval: streamed (constant memory; answers written as each element completes), or with
// --pretty the whole answer re-indented at the end.
int eval_command(const jamsos::RuleSet& R, bool pretty, bool jsonl) {
  if (pretty && !jsonl) {
    std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::string out;
    bool ok = jamsos::eval_json(R, input, out);
    auto j = nlohmann::ordered_json::parse(out, nullptr, false);
    if (!j.is_discarded()) out = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    return ok ? 0 : 2;
  }
  char first = 0;  // the first byte written ('[': an array has begun)
  bool write_failed = false;
  jamsos::EvalStream s;
  s.jsonl = jsonl;
  s.flush_bytes = 1 << 16;
  s.flush = [&](std::string& out) {
    if (!first && !out.empty()) first = out[0];
    write_failed = std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0;
    out.clear();
    return !write_failed;
  };
  auto read = [](char* buf, size_t cap) -> size_t {
    for (;;) {
      const ssize_t n = ::read(0, buf, cap);
      if (n >= 0) return static_cast<size_t>(n);
      if (errno != EINTR) return 0;
    }
  };
  jamsos::EvalStatus st;
  try {
    st = jamsos::eval_stream(R, read, s);
  } catch (const std::bad_alloc&) {
    if (first == '[' && !jsonl) std::fputc(',', stdout);
    std::fputs(kOutOfMemory, stdout);
    if (first == '[' && !jsonl) std::fputc(']', stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 2;
  }
  if (st == jamsos::EvalStatus::Stopped || write_failed) return 1;
  if (!jsonl) std::fputc('\n', stdout);
  return st == jamsos::EvalStatus::Ok ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd, rules_file, months_arg;
  bool pretty = false, jsonl = false;
  std::vector<std::string> rest;  // arguments of the roster commands
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (is_roster_command(cmd) && a != "--rules" && a != "--help" && a != "-h") {
      rest.push_back(a);
    } else if (a == "--help" || a == "-h" || a == "help") {
      std::fputs(jamsos_cli::kHelp, stdout);
      return 0;
    } else if (a == "--rules" && i + 1 < argc) {
      rules_file = argv[++i];
    } else if (a == "--months" && cmd == "upcoming" && i + 1 < argc) {
      months_arg = argv[++i];
    } else if (a == "--pretty") {
      pretty = true;
    } else if (a == "--jsonl") {
      jsonl = true;
    } else if (cmd.empty() && a[0] != '-') {
      cmd = a;
    } else {
      std::fprintf(stderr, "jamsos: unknown argument '%s' (see jamsos --help)\n", a.c_str());
      return 1;
    }
  }
  if (cmd.empty()) {
    std::fputs(jamsos_cli::kHelp, stderr);
    return 1;
  }
  jamsos::RuleSet custom;
  const jamsos::RuleSet* rules = nullptr;
  if (!rules_file.empty()) {
    if (!jamsos_cli::load_rules_file(rules_file, custom)) return 1;
    rules = &custom;
  } else {
    rules = &jamsos::embedded_rules();
  }
  if (cmd == "version") {
    std::printf("%s\n", rules->version().c_str());
    return 0;
  }
  if (cmd == "roles") {  // the role table (engine/roles.cpp), as the web build reads it
    std::printf("%s\n", jamsos::roles_json().c_str());
    return 0;
  }
  if (is_roster_command(cmd)) return roster_command(*rules, cmd, rest);
  if (cmd == "eval") return eval_command(*rules, pretty, jsonl);
  if (cmd == "receipt" || cmd == "verify") return jamsos_cli::cmd_receipt(*rules, cmd == "verify");
  if (cmd == "benefits") return jamsos_cli::cmd_benefits(*rules, pretty, jsonl);
  if (cmd == "upcoming") return jamsos_cli::cmd_upcoming(*rules, pretty, months_arg);
  std::fprintf(stderr, "jamsos: unknown command '%s' (see jamsos --help)\n", cmd.c_str());
  return 1;
}
