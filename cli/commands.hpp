// The command-line tool's parts (cli/*.cpp): main.cpp parses the common options and dispatches;
// io.cpp holds the shared I/O helpers; one file per group of commands. All rules logic lives in
// core/; these files only do I/O.
#pragma once
#include <cstddef>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "jamsos/rules.hpp"

namespace jamsos_cli {

extern const char* const kHelp;  // help.cpp

// ---- io.cpp ----
constexpr size_t kChunk = 1 << 20;

// Output buffered and flushed in large writes.
struct Out {
  std::FILE* f;
  std::string buf;
  void flush_if_big() {
    if (buf.size() >= kChunk) flush();
  }
  void flush() {
    if (!buf.empty()) std::fwrite(buf.data(), 1, buf.size(), f);
    buf.clear();
  }
};

// Writes `text` and a newline to `path` ("-" = stderr). False if the file cannot be written.
bool write_text(const std::string& path, const std::string& text);

// Reads `f` in chunks, handing each to `feed` until it returns false. False on a read error.
template <typename Feed>
bool read_chunks(std::FILE* f, Feed&& feed) {
  std::vector<char> chunk(kChunk);
  size_t n;
  while ((n = std::fread(chunk.data(), 1, chunk.size(), f)) > 0)
    if (!feed(chunk.data(), n)) return true;
  return !std::ferror(f);
}

// An input file ("" or "-": stdin). Null, with "jamsos: cannot read 'PATH'" or "jamsos: 'PATH' is
// a directory, not a file" on stderr, when it cannot be read (the caller exits 2).
std::FILE* open_input(const std::string& path);
// "jamsos: MSG (see jamsos --help)" on stderr; returns the usage exit status, 1.
int usage(const std::string& msg);
// --map FIELD=COLUMN. False if there is no '=' or no field.
bool parse_mapping(const std::string& a, std::vector<std::pair<std::string, std::string>>& out);
// ',' ';' or tab from their names; 0 for anything else.
char parse_delimiter(const std::string& s);

// ---- roster.cpp: roster, reconcile, columns, template ----
int cmd_roster(const jamsos::RuleSet& R, const std::vector<std::string>& args);
int cmd_reconcile(const jamsos::RuleSet& R, const std::vector<std::string>& args);
int cmd_columns(const std::vector<std::string>& args);
int cmd_template(const std::vector<std::string>& args);

// ---- benefits.cpp: the benefit estimates (stdin -> stdout; exit 2 on an input error) ----
int cmd_benefits(const jamsos::RuleSet& R, bool pretty, bool jsonl);
int cmd_upcoming(const jamsos::RuleSet& R, bool pretty, const std::string& months_arg);

// ---- budget.cpp ----
int cmd_budget(const jamsos::RuleSet& R, const std::vector<std::string>& args);

// ---- rules_update.cpp: rules (--since, --sign), keygen, diff ----
// Loads a rules bundle file and checks its signature against the built-in publisher key; false
// with the reason on stderr (also for a foreign key or a signature that does not match). An
// unsigned file loads, with a note on stderr.
bool load_rules_file(const std::string& path, jamsos::RuleSet& out);
int cmd_rules(const jamsos::RuleSet& R, const std::vector<std::string>& args);
int cmd_keygen(const std::vector<std::string>& args);
int cmd_diff(const jamsos::RuleSet& R, const std::vector<std::string>& args);
int cmd_receipt(const jamsos::RuleSet& R, bool verify);  // receipt | verify (stdin)

}  // namespace jamsos_cli
