// libFuzzer target: roster processing, reconciliation and budget requests on any bytes. The
// roster's output must not depend on the chunking ("output of chunked input = output of whole
// input", CSV and JSON lines, summary too), every JSON line must parse, and the summary must
// be JSON. The input is also split at its first 0x00 byte into last and this month for
// reconcile_run, and given to budget_from_json as a template. Build and run: see fuzz_csv.cpp.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/roster.hpp"
#include "jamsos/rules.hpp"

namespace {

bool run(const std::string& in, size_t chunk, jamsos::RosterFormat fmt, std::string& out, std::string& sum,
         std::string& err) {
  jamsos::RosterOptions o;
  o.as_of = jamsos::from_ymd(2026, 5, 1);
  o.format = fmt;
  jamsos::RosterProcessor p(jamsos::embedded_rules(), o);
  bool ok = true;
  for (size_t i = 0; ok && i < in.size(); i += chunk) ok = p.feed(in.data() + i, std::min(chunk, in.size() - i), out);
  ok = ok && p.finish(out);
  err = p.error();
  sum = ok ? p.summary_json() : "";
  return ok;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  size_t chunk = size ? 1 + data[0] % 13 : 1;
  for (auto fmt : {jamsos::RosterFormat::Csv, jamsos::RosterFormat::Jsonl}) {
    std::string o1, s1, e1, o2, s2, e2;
    bool ok1 = run(in, in.size() + 1, fmt, o1, s1, e1), ok2 = run(in, chunk, fmt, o2, s2, e2);
    // A fatal error (bad header) may come after different amounts of output; otherwise all equal.
    if (ok1 != ok2 || e1 != e2 || (ok1 && (o1 != o2 || s1 != s2))) std::abort();
    if (ok1 && nlohmann::json::parse(s1, nullptr, false).is_discarded()) std::abort();
    if (fmt == jamsos::RosterFormat::Jsonl && ok1) {
      for (size_t p = 0; p < o1.size();) {
        size_t e = o1.find('\n', p);
        if (e == std::string::npos) std::abort();  // every line ends
        if (nlohmann::json::parse(o1.substr(p, e - p), nullptr, false).is_discarded()) std::abort();
        p = e + 1;
      }
    }
  }
  size_t cut = in.find('\0');
  if (cut != std::string::npos) {
    jamsos::ReconcileOptions ro;
    ro.this_as_of = jamsos::from_ymd(2026, 5, 1);
    ro.last_as_of = jamsos::from_ymd(2026, 4, 1);
    std::string out, sum, err;
    if (jamsos::reconcile_run(jamsos::embedded_rules(), in.substr(0, cut), in.substr(cut + 1), ro, out, sum, err) &&
        nlohmann::json::parse(sum, nullptr, false).is_discarded())
      std::abort();
  }
  int64_t people = size ? static_cast<int64_t>(data[size - 1]) * 1000003 : 1;
  std::string b = jamsos::budget_from_json(jamsos::embedded_rules(), in, people, "2026-01", 1 + (size % 600), false);
  if (nlohmann::json::parse(b, nullptr, false).is_discarded()) std::abort();
  return 0;
}
