// Roster benchmark: a generated CSV (bench/roster/gen_roster.py) through the streaming roster
// processor -- CSV parse, column mapping, NIK and cell validation, duplicate check, evaluate,
// output row formatting and summary -- on one core, the file held in memory so the disk is not
// measured. Prints rows/s and the extrapolation to 38 million rows (national active membership).
// Run: build/bin/bench_roster /tmp/roster_5m.csv [--format csv|jsonl] [--no-duplicate-check]
// (see docs/PERFORMANCE.md)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "jamsos/roster.hpp"

using namespace jamsos;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: bench_roster FILE.csv [--format csv|jsonl] [--as-of YYYY-MM-DD] [--no-duplicate-check]\n");
    return 1;
  }
  RosterOptions opt;
  opt.as_of = from_ymd(2026, 5, 1);
  for (int i = 2; i < argc; ++i)
    if (!std::strcmp(argv[i], "--no-duplicate-check")) opt.check_duplicates = false;
  for (int i = 2; i + 1 < argc; ++i) {
    if (!std::strcmp(argv[i], "--format"))
      opt.format = std::strcmp(argv[i + 1], "jsonl") ? RosterFormat::Csv : RosterFormat::Jsonl;
    if (!std::strcmp(argv[i], "--as-of") && !parse_date(argv[i + 1], opt.as_of)) return 1;
  }
  std::FILE* f = std::fopen(argv[1], "rb");
  if (!f) return std::fprintf(stderr, "cannot read %s\n", argv[1]), 1;
  std::string text;
  {
    std::vector<char> b(1 << 20);
    size_t n;
    while ((n = std::fread(b.data(), 1, b.size(), f)) > 0) text.append(b.data(), n);
    std::fclose(f);
  }
  const RuleSet& R = embedded_rules();
  const size_t chunk = 1 << 20;
  size_t out_bytes = 0;
  auto t0 = Clock::now();
  RosterProcessor p(R, opt);
  std::string out;
  out.reserve(4 << 20);
  for (size_t i = 0; i < text.size(); i += chunk) {
    if (!p.feed(text.data() + i, std::min(chunk, text.size() - i), out))
      return std::fprintf(stderr, "%s\n", p.error().c_str()), 1;
    out_bytes += out.size();
    out.clear();  // stands in for the write to stdout
  }
  if (!p.finish(out)) return std::fprintf(stderr, "%s\n", p.error().c_str()), 1;
  out_bytes += out.size();
  std::string summary = p.summary_json();
  double s = std::chrono::duration<double>(Clock::now() - t0).count();
  const RosterSummary& sum = p.summary();
  double rps = static_cast<double>(sum.rows) / s;
  std::printf("rows            %lld (valid %lld, errors %lld, duplicates %lld)\n", static_cast<long long>(sum.rows),
              static_cast<long long>(sum.valid), static_cast<long long>(sum.errors),
              static_cast<long long>(sum.duplicates));
  std::printf("input           %.1f MB, output %.1f MB (%s)\n", static_cast<double>(text.size()) / 1e6,
              static_cast<double>(out_bytes) / 1e6, opt.format == RosterFormat::Csv ? "csv" : "jsonl");
  std::printf("time            %.3f s\n", s);
  std::printf("native rows/s   %.0f (one core)\n", rps);
  std::printf("38M rows        %.1f s extrapolated (target < 60 s)\n", 38e6 / rps);
  std::printf("monthly total   Rp%lld\n", static_cast<long long>(sum.grand_total));
  return 0;
}
