// `jamsos roster`, `reconcile`, `columns` and `template`: I/O around jamsos/roster.hpp.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "jamsos/roster.hpp"

namespace jamsos_cli {

namespace {

// The output options roster and reconcile share: --summary FILE, --map FIELD=COLUMN and
// --delimiter D. True when args[i] is one of them (i then points at its value); `rc` is non-zero
// after a bad value (the usage error's exit code).
bool output_option(const std::vector<std::string>& args, size_t& i, std::string& summary_file,
                   std::vector<std::pair<std::string, std::string>>& mapping, char& delimiter, int& rc) {
  const std::string& a = args[i];
  rc = 0;
  if (i + 1 >= args.size()) return false;
  if (a == "--summary") {
    summary_file = args[++i];
  } else if (a == "--map") {
    if (!parse_mapping(args[++i], mapping)) rc = usage("--map needs FIELD=COLUMN");
  } else if (a == "--delimiter") {
    delimiter = parse_delimiter(args[++i]);
    if (!delimiter) rc = usage("--delimiter must be ',' ';' or tab");
  } else {
    return false;
  }
  return true;
}

}  // namespace

int cmd_roster(const jamsos::RuleSet& R, const std::vector<std::string>& args) {
  jamsos::RosterOptions opt;
  std::string as_of, file, summary_file;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has_value = i + 1 < args.size();
    int rc = 0;
    if (output_option(args, i, summary_file, opt.mapping, opt.out_delimiter, rc)) {
      if (rc) return rc;
    } else if (a == "--as-of" && has_value) {
      as_of = args[++i];
    } else if (a == "--format" && has_value) {
      std::string f = args[++i];
      if (f == "csv")
        opt.format = jamsos::RosterFormat::Csv;
      else if (f == "jsonl")
        opt.format = jamsos::RosterFormat::Jsonl;
      else
        return usage("--format must be csv or jsonl");
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
  std::FILE* in = open_input(file);
  if (!in) return 2;
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
    int rc = 0;
    if (output_option(args, i, summary_file, opt.mapping, opt.out_delimiter, rc)) {
      if (rc) return rc;
    } else if (a == "--as-of" && has_value) {
      as_of = args[++i];
    } else if (a == "--last-as-of" && has_value) {
      last_as_of = args[++i];
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
  std::FILE* f = open_input(files[0]);
  if (!f) return 2;
  bool ok = true;
  bool read = read_chunks(f, [&](const char* data, size_t n) { return ok = rec.feed_last(data, n); });
  if (f != stdin) std::fclose(f);
  if (ok && !read) return std::fprintf(stderr, "jamsos: error reading '%s'\n", files[0].c_str()), 2;
  ok = ok && rec.finish_last();
  Out out{stdout, {}};
  if (ok) {
    f = open_input(files[1]);
    if (!f) return 2;
    read = read_chunks(f, [&](const char* data, size_t n) {
      ok = rec.feed_this(data, n, out.buf);
      out.flush_if_big();
      return ok;
    });
    if (f != stdin) std::fclose(f);
    if (ok && !read) return std::fprintf(stderr, "jamsos: error reading '%s'\n", files[1].c_str()), 2;
    ok = ok && rec.finish(out.buf);
  }
  out.flush();
  if (!ok) return std::fprintf(stderr, "jamsos: %s\n", rec.error().c_str()), 2;
  if (!summary_file.empty() && !write_text(summary_file, rec.summary_json()))
    return std::fprintf(stderr, "jamsos: cannot write '%s'\n", summary_file.c_str()), 2;
  return 0;
}

int cmd_template(const std::vector<std::string>& args) {
  std::string t =
      jamsos::roster_template_csv(args.size() == 2 && args[0] == "--delimiter" ? parse_delimiter(args[1]) : ',');
  std::fwrite(t.data(), 1, t.size(), stdout);
  return 0;
}

// columns [FILE]: the header line and its mapping. The whole header line is read, however long,
// up to the reader's record limit (1 MiB): a longer one is an error, never cut short.
int cmd_columns(const std::vector<std::string>& args) {
  std::string text;
  if (args.size() > 1) return usage("columns takes at most one file");
  std::FILE* f = open_input(args.empty() ? "-" : args[0]);
  if (!f) return 2;
  jamsos::CsvReader reader;
  jamsos::CsvRow row;
  bool have = false;
  char b[65536];
  size_t n;
  while (!have && !reader.overflow() && (n = std::fread(b, 1, sizeof b, f)) > 0) {
    text.append(b, n);
    reader.feed(b, n);
    have = reader.next(row);
  }
  bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) return std::fprintf(stderr, "jamsos: error reading input\n"), 2;
  if (reader.overflow())
    return std::fprintf(stderr, "jamsos: the header line is over 1 MiB (%zu bytes)\n", jamsos::CsvReader::kMaxRecord),
           2;
  std::string j = jamsos::inspect_csv(text);
  std::printf("%s\n", j.c_str());
  return j.compare(0, 9, "{\"error\":") == 0 ? 2 : 0;
}

}  // namespace jamsos_cli
