// jamsos: the native command-line tool. All rules logic lives in core/; this file only does I/O.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "jamsos/contract.hpp"
#include "jamsos/roster.hpp"
#include "jamsos/rules.hpp"

static const char* kHelp = R"(jamsos - BPJS Ketenagakerjaan eligibility and contributions, offline.

Usage:
  jamsos eval  [--rules FILE] [--pretty]   read one JSON object (or an array) on stdin,
                                            write the result object (or array) on stdout
  jamsos rules [--rules FILE]              print the rule set (every dated parameter with its
                                            citation and confidence) and its version
  jamsos version                           print the rule-set version
  jamsos roster --as-of DATE [options] [FILE]   a roster (CSV) -> one output row per person
  jamsos reconcile --as-of DATE [options] LAST.csv THIS.csv   month-on-month changes by NIK
  jamsos budget --from YYYY-MM --months N --people N [template]  budget, month by month
  jamsos columns [FILE]                    show how a CSV's headers map to roster fields (JSON)
  jamsos template                          print a blank roster template (CSV, Indonesian headers)
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

Rosters (docs/ROSTER.md):
  jamsos roster --as-of DATE [--format csv|jsonl] [--summary FILE] [--map FIELD=COLUMN]...
                [--delimiter ';'] [--no-duplicate-check] [FILE] < in.csv > out.csv
    Reads CSV (UTF-8, BOM ok, ',' or ';' detected from the header, quoted fields) from FILE
    or stdin in chunks and writes a row per person as it goes (constant memory apart from the
    duplicate-NIK set). Headers are recognised in Indonesian or English: NIK, Nama/Name,
    Tanggal Lahir/Birth date, Jenis Kelamin/Sex, Jabatan/Peran/Role, Segmen/Segment,
    Upah/Siltap/Honor/Gaji/Wage, Penghasilan/Income, Kewarganegaraan/Citizenship,
    Skala Usaha/Employer scale, Kelompok Risiko/Risk group, JKN, Program Tambahan/Opt in,
    Sektor/Sector. --map FIELD=COLUMN fixes one (COLUMN: a header or a 1-based number;
    "" unmaps); FIELD is one of nik nama birth_date sex role segment monthly_wage
    declared_income citizenship employer_scale jkk_risk_group jkn_enrolled opt_in bpu_sector.
    Output columns: row,nik,nama,role,segment, then per program (jkk jkm jht jp jkp)
    _status,_employer,_worker,_government; total_employer,total_worker,total_government,
    total,complete,warnings,error. A bad row gets its reason in `error` (row, column and
    reason, in Indonesian; --format jsonl adds English and codes) and the rest go on.
    Cells starting with = + - @ are written with a leading apostrophe. --summary FILE writes
    counts and totals per program and per payer as JSON ("-" = stderr).
  jamsos reconcile --as-of DATE [--last-as-of DATE] [--summary FILE] LAST.csv THIS.csv
    Compares two rosters by NIK: change = added | removed | changed (wage, role, segment) |
    amount_changed (same data, different rules, e.g. a relief month) | error, with
    contributions last and this month and the difference. LAST is evaluated on
    --last-as-of (default: one month before --as-of).
  jamsos budget --from YYYY-MM --months N --people N [--format json|csv]
                [--role R] [--wage N] [--income N] [--sector transport|other] [--scale S]
                [--risk-group N] [--birth-date D] [--jkn yes|no] [--opt-in JHT,JP]
                [--input JSON]   (JSON: an eval input object without as_of)
    Evaluates the template on the 1st of every month, so relief windows apply month by month.
    e.g. jamsos budget --role pekerja_rentan --people 120 --months 12 --from 2026-04

Exit status: 0 ok (also when roster rows have errors: they are reported per row); 2 an input
error (the output holds {"error":{"code","field","message"}}; in an array only that element is
an error); 1 a usage or rules-file error; for roster,
reconcile, budget and columns: 2 unreadable input (no file, no header row, a runaway quote).

Examples:
  echo '{"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000,"employer_scale":"medium",
         "jkk_risk_group":1,"birth_date":"1990-01-01","jkn_enrolled":true}' | jamsos eval --pretty
  echo '{"as_of":"2026-05-01","role":"pekerja_rentan"}' | jamsos eval
)";

// ---- roster commands: I/O around core/include/jamsos/roster.hpp ----
namespace {

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

bool write_text(const std::string& path, const std::string& text) {
  if (path == "-") {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fputc('\n', stderr);
    return true;
  }
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  std::fwrite(text.data(), 1, text.size(), f);
  std::fputc('\n', f);
  return std::fclose(f) == 0;
}

// Reads `f` in chunks, handing each to `feed` until it returns false. False on a read error.
template <typename Feed>
bool read_chunks(std::FILE* f, Feed&& feed) {
  std::vector<char> chunk(kChunk);
  size_t n;
  while ((n = std::fread(chunk.data(), 1, chunk.size(), f)) > 0)
    if (!feed(chunk.data(), n)) return true;
  return !std::ferror(f);
}

int usage(const std::string& msg) {
  std::fprintf(stderr, "jamsos: %s (see jamsos --help)\n", msg.c_str());
  return 1;
}

bool parse_month(const std::string& s, int& y, int& m) {
  jamsos::Date d;
  if (s.size() == 7 && jamsos::parse_date(s + "-01", d)) {
    jamsos::Ymd t = jamsos::to_ymd(d);
    y = t.year, m = t.month;
    return true;
  }
  return false;
}

bool parse_mapping(const std::string& a, std::vector<std::pair<std::string, std::string>>& out) {
  size_t eq = a.find('=');
  if (eq == std::string::npos || eq == 0) return false;
  out.emplace_back(a.substr(0, eq), a.substr(eq + 1));
  return true;
}

char parse_delimiter(const std::string& s) {
  if (s == "," || s == "comma") return ',';
  if (s == ";" || s == "semicolon") return ';';
  if (s == "\\t" || s == "tab" || s == "\t") return '\t';
  return 0;
}

int cmd_roster(const jamsos::RuleSet& R, const std::vector<std::string>& args) {
  jamsos::RosterOptions opt;
  std::string as_of, file, summary_file;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has_value = i + 1 < args.size();
    if (a == "--as-of" && has_value)
      as_of = args[++i];
    else if (a == "--format" && has_value) {
      std::string f = args[++i];
      if (f == "csv")
        opt.format = jamsos::RosterFormat::Csv;
      else if (f == "jsonl")
        opt.format = jamsos::RosterFormat::Jsonl;
      else
        return usage("--format must be csv or jsonl");
    } else if (a == "--summary" && has_value)
      summary_file = args[++i];
    else if (a == "--map" && has_value) {
      if (!parse_mapping(args[++i], opt.mapping)) return usage("--map needs FIELD=COLUMN");
    } else if (a == "--delimiter" && has_value) {
      opt.out_delimiter = parse_delimiter(args[++i]);
      if (!opt.out_delimiter) return usage("--delimiter must be ',' ';' or tab");
    } else if (a == "--no-duplicate-check")
      opt.check_duplicates = false;
    else if (a[0] != '-' || a == "-") {
      if (!file.empty()) return usage("only one input file");
      file = a;
    } else
      return usage("unknown roster argument '" + a + "'");
  }
  if (as_of.empty()) return usage("roster needs --as-of YYYY-MM-DD");
  if (!jamsos::parse_date(as_of, opt.as_of)) return usage("--as-of must be a date written YYYY-MM-DD");
  if (opt.as_of < R.start()) return usage("--as-of must be on or after " + jamsos::format_date(R.start()));
  std::FILE* in = file.empty() || file == "-" ? stdin : std::fopen(file.c_str(), "rb");
  if (!in) {
    std::fprintf(stderr, "jamsos: cannot read '%s'\n", file.c_str());
    return 2;
  }
  jamsos::RosterProcessor p(R, opt);
  Out out{stdout, {}};
  out.buf.reserve(2 * kChunk);
  bool ok = true;
  bool read = read_chunks(in, [&](const char* data, size_t n) {
    ok = p.feed(data, n, out.buf);
    out.flush_if_big();
    return ok;
  });
  if (ok && !read) {
    std::fprintf(stderr, "jamsos: error reading input\n");
    return 2;
  }
  if (in != stdin) std::fclose(in);
  ok = ok && p.finish(out.buf);
  out.flush();
  if (!ok) {
    std::fprintf(stderr, "jamsos: %s\n", p.error().c_str());
    return 2;
  }
  if (!summary_file.empty() && !write_text(summary_file, p.summary_json())) {
    std::fprintf(stderr, "jamsos: cannot write '%s'\n", summary_file.c_str());
    return 2;
  }
  std::fflush(stdout);
  return 0;
}

int cmd_reconcile(const jamsos::RuleSet& R, const std::vector<std::string>& args) {
  jamsos::ReconcileOptions opt;
  std::string as_of, last_as_of, summary_file;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has_value = i + 1 < args.size();
    if (a == "--as-of" && has_value)
      as_of = args[++i];
    else if (a == "--last-as-of" && has_value)
      last_as_of = args[++i];
    else if (a == "--summary" && has_value)
      summary_file = args[++i];
    else if (a == "--map" && has_value) {
      if (!parse_mapping(args[++i], opt.mapping)) return usage("--map needs FIELD=COLUMN");
    } else if (a == "--delimiter" && has_value) {
      opt.out_delimiter = parse_delimiter(args[++i]);
      if (!opt.out_delimiter) return usage("--delimiter must be ',' ';' or tab");
    } else if (a[0] != '-')
      files.push_back(a);
    else
      return usage("unknown reconcile argument '" + a + "'");
  }
  if (files.size() != 2) return usage("reconcile needs LAST.csv THIS.csv");
  if (!jamsos::parse_date(as_of, opt.this_as_of)) return usage("reconcile needs --as-of YYYY-MM-DD");
  if (last_as_of.empty()) {
    opt.last_as_of = jamsos::one_month_before(opt.this_as_of);
  } else if (!jamsos::parse_date(last_as_of, opt.last_as_of)) {
    return usage("--last-as-of must be a date written YYYY-MM-DD");
  }
  if (opt.this_as_of < R.start() || opt.last_as_of < R.start())
    return usage("dates must be on or after " + jamsos::format_date(R.start()));
  jamsos::Reconciler rec(R, opt);
  // Last month is read whole into the index; this month is streamed.
  std::FILE* f = std::fopen(files[0].c_str(), "rb");
  if (!f) return std::fprintf(stderr, "jamsos: cannot read '%s'\n", files[0].c_str()), 2;
  bool ok = true;
  read_chunks(f, [&](const char* data, size_t n) { return ok = rec.feed_last(data, n); });
  std::fclose(f);
  ok = ok && rec.finish_last();
  Out out{stdout, {}};
  if (ok) {
    f = std::fopen(files[1].c_str(), "rb");
    if (!f) return std::fprintf(stderr, "jamsos: cannot read '%s'\n", files[1].c_str()), 2;
    read_chunks(f, [&](const char* data, size_t n) {
      ok = rec.feed_this(data, n, out.buf);
      out.flush_if_big();
      return ok;
    });
    std::fclose(f);
    ok = ok && rec.finish(out.buf);
  }
  out.flush();
  if (!ok) return std::fprintf(stderr, "jamsos: %s\n", rec.error().c_str()), 2;
  if (!summary_file.empty() && !write_text(summary_file, rec.summary_json()))
    return std::fprintf(stderr, "jamsos: cannot write '%s'\n", summary_file.c_str()), 2;
  return 0;
}

int cmd_budget(const jamsos::RuleSet& R, const std::vector<std::string>& args) {
  std::string from, format = "json", input;
  long long people = -1, months = -1;
  nlohmann::json t = nlohmann::json::object();
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (i + 1 >= args.size()) return usage("budget option '" + a + "' needs a value");
    const std::string& v = args[++i];
    char* end = nullptr;
    auto number = [&](long long& out) {
      out = std::strtoll(v.c_str(), &end, 10);
      return !v.empty() && *end == 0;
    };
    long long x = 0;
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
    else if (a == "--role") {
      jamsos::Role r;
      t["role"] = jamsos::parse_role_cell(v, r) ? std::string(jamsos::role_code(r)) : v;
    } else if (a == "--segment")
      t["segment"] = v;
    else if (a == "--wage" || a == "--income") {
      jamsos::Money m;
      if (jamsos::parse_money_cell(v, m) != jamsos::MoneyCell::Ok) return usage(a + " must be a rupiah amount");
      t[a == "--wage" ? "monthly_wage" : "declared_income"] = m;
    } else if (a == "--sector") {
      jamsos::BpuSector s;
      if (!jamsos::parse_sector_cell(v, s)) return usage("--sector must be transport or other");
      t["bpu_sector"] = jamsos::sector_code(s);
    } else if (a == "--scale") {
      jamsos::Scale s;
      if (!jamsos::parse_scale_cell(v, s)) return usage("--scale must be micro, small, medium or large");
      t["employer_scale"] = jamsos::scale_code(s);
    } else if (a == "--risk-group") {
      if (!number(x)) return usage("--risk-group needs 1-5");
      t["jkk_risk_group"] = x;
    } else if (a == "--birth-date") {
      jamsos::Date d;
      if (!jamsos::parse_date_cell(v, d)) return usage("--birth-date must be a date");
      t["birth_date"] = jamsos::format_date(d);
    } else if (a == "--jkn") {
      bool b;
      if (!jamsos::parse_bool_cell(v, b)) return usage("--jkn must be yes or no");
      t["jkn_enrolled"] = b;
    } else if (a == "--opt-in") {
      uint8_t bits;
      if (!jamsos::parse_opt_in_cell(v, bits)) return usage("--opt-in must list programs, e.g. JHT,JP");
      nlohmann::json arr = nlohmann::json::array();
      for (int p = 0; p < jamsos::kPrograms; ++p)
        if ((bits >> p) & 1) arr.push_back(jamsos::program_code(p));
      t["opt_in"] = arr;
    } else
      return usage("unknown budget argument '" + a + "'");
  }
  int y = 0, m = 0;
  if (!parse_month(from, y, m)) return usage("budget needs --from YYYY-MM");
  if (people < 0) return usage("budget needs --people N");
  if (months < 1) return usage("budget needs --months N (1-600)");
  if (format != "json" && format != "csv") return usage("--format must be json or csv");
  nlohmann::json j = nlohmann::json::object();
  if (!input.empty()) {
    j = nlohmann::json::parse(input, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return usage("--input must be a JSON object");
  }
  for (auto it = t.begin(); it != t.end(); ++it) j[it.key()] = it.value();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-01", y, m);
  j["as_of"] = buf;
  jamsos::Input tmpl;
  std::string id;
  jamsos::InputError err;
  if (!jamsos::parse_input_text(R, j.dump(), tmpl, id, err)) {
    std::string e;
    jamsos::write_error(err, e);
    std::printf("%s\n", e.c_str());
    return 2;
  }
  jamsos::BudgetPlan plan;
  std::string error;
  if (!jamsos::plan_budget(R, tmpl, people, y, m, static_cast<int>(months > 600 ? 601 : months), plan, error))
    return usage(error);
  std::string out = format == "csv" ? jamsos::budget_csv(plan) : jamsos::budget_json(plan, R) + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int roster_command(const jamsos::RuleSet& R, const std::string& cmd, const std::vector<std::string>& args) {
  if (cmd == "roster") return cmd_roster(R, args);
  if (cmd == "reconcile") return cmd_reconcile(R, args);
  if (cmd == "budget") return cmd_budget(R, args);
  if (cmd == "template") {
    std::string t =
        jamsos::roster_template_csv(args.size() == 2 && args[0] == "--delimiter" ? parse_delimiter(args[1]) : ',');
    std::fwrite(t.data(), 1, t.size(), stdout);
    return 0;
  }
  // columns [FILE]: the header line and its mapping.
  std::string text;
  if (args.size() > 1) return usage("columns takes at most one file");
  std::FILE* f = args.empty() || args[0] == "-" ? stdin : std::fopen(args[0].c_str(), "rb");
  if (!f) return std::fprintf(stderr, "jamsos: cannot read '%s'\n", args[0].c_str()), 2;
  char b[65536];
  size_t n = std::fread(b, 1, sizeof b, f);
  text.assign(b, n);
  if (f != stdin) std::fclose(f);
  std::string j = jamsos::inspect_csv(text);
  std::printf("%s\n", j.c_str());
  return j.compare(0, 9, "{\"error\":") == 0 ? 2 : 0;
}

}  // namespace

static bool is_roster_command(const std::string& c) {
  return c == "roster" || c == "reconcile" || c == "budget" || c == "columns" || c == "template";
}

int main(int argc, char** argv) {
  std::string cmd, rules_file;
  bool pretty = false;
  std::vector<std::string> rest;  // arguments of the roster commands
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (is_roster_command(cmd) && a != "--rules" && a != "--help" && a != "-h") {
      rest.push_back(a);
    } else if (a == "--help" || a == "-h" || a == "help") {
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
    rules = &jamsos::embedded_rules();
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
  if (is_roster_command(cmd)) return roster_command(*rules, cmd, rest);
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
