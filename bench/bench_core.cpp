// Benchmark: one million generated cases through the core API (structs in, structs out) and
// through the JSON contract (text in, text out). Prints cases per second for each.
// Run: build/bin/bench_core [N]   (see docs/PERFORMANCE.md)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <thread>
#include <vector>

#include "../tests/unit/gen_inputs.hpp"
#include "jamsos/contract.hpp"

using namespace jamsos;
using Clock = std::chrono::steady_clock;

// CPU time of the calling thread: on a shared machine, wall time also counts the time other
// processes held the core.
static double thread_cpu_s() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

static std::string to_json(const Input& in) {
  std::string s = "{\"as_of\":\"" + format_date(in.as_of) + "\"";
  if (in.segment != Segment::None) s += ",\"segment\":\"" + std::string(segment_code(in.segment)) + "\"";
  if (in.role != Role::None) s += ",\"role\":\"" + std::string(role_code(in.role)) + "\"";
  if (in.citizenship == Citizenship::WNA) s += ",\"citizenship\":\"WNA\"";
  if (in.has_birth) s += ",\"birth_date\":\"" + format_date(in.birth_date) + "\"";
  if (in.monthly_wage >= 0) s += ",\"monthly_wage\":" + std::to_string(in.monthly_wage);
  if (in.scale != Scale::None) s += ",\"employer_scale\":\"" + std::string(scale_code(in.scale)) + "\"";
  if (in.risk_group) s += ",\"jkk_risk_group\":" + std::to_string(in.risk_group);
  if (in.jkn >= 0) s += in.jkn ? ",\"jkn_enrolled\":true" : ",\"jkn_enrolled\":false";
  if (in.has_industry)
    s += ",\"industry\":\"" + in.industry + "\",\"employer_headcount\":" + std::to_string(in.headcount);
  if (in.declared_income >= 0) s += ",\"declared_income\":" + std::to_string(in.declared_income);
  if (in.bpu_sector != BpuSector::None) s += ",\"bpu_sector\":\"" + std::string(sector_code(in.bpu_sector)) + "\"";
  if (in.contract_value >= 0) s += ",\"contract_value\":" + std::to_string(in.contract_value);
  if (in.placement_months) s += ",\"placement_months\":" + std::to_string(in.placement_months);
  if (in.pmi_jht_monthly >= 0) s += ",\"pmi_jht_monthly\":" + std::to_string(in.pmi_jht_monthly);
  s += ",\"opt_in\":[";
  bool first = true;
  for (int p = 0; p < kPrograms; ++p)
    if ((in.opt_in >> p) & 1) s += std::string(first ? "" : ",") + "\"" + program_code(p) + "\"", first = false;
  s += "]}";
  return s;
}

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
  const RuleSet& R = embedded_rules();
  testgen::Rng rng{20261121};
  std::vector<Input> inputs;
  inputs.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) inputs.push_back(testgen::random_input(rng));

  // Core API: structs in, structs out.
  Result res;
  int64_t checksum = 0;
  auto t0 = Clock::now();
  for (const Input& in : inputs) {
    evaluate(R, in, res);
    checksum += res.monthly.total + res.one_time.total;
  }
  double core_s = std::chrono::duration<double>(Clock::now() - t0).count();

  // JSON contract: text in, text out.
  std::vector<std::string> texts;
  texts.reserve(static_cast<size_t>(n));
  for (const Input& in : inputs) texts.push_back(to_json(in));
  std::string out;
  out.reserve(1 << 16);
  size_t bytes = 0, errors = 0;
  auto t1 = Clock::now();
  const double c1 = thread_cpu_s();
  for (const std::string& t : texts) {
    out.clear();
    if (!eval_json(R, t, out)) ++errors;
    bytes += out.size();
  }
  double json_s = std::chrono::duration<double>(Clock::now() - t1).count();
  double json_cpu_s = thread_cpu_s() - c1;

  // The JSON contract on every core: the same cases split over one thread per core (the contract
  // is stateless; each thread reuses its own output buffer).
  unsigned threads = std::thread::hardware_concurrency();
  if (threads < 1) threads = 1;
  auto t2 = Clock::now();
  {
    std::vector<std::thread> pool;
    for (unsigned k = 0; k < threads; ++k)
      pool.emplace_back([&, k] {
        std::string o;
        o.reserve(1 << 16);
        for (size_t i = k; i < texts.size(); i += threads) {
          o.clear();
          eval_json(R, texts[i], o);
        }
      });
    for (auto& t : pool) t.join();
  }
  double par_s = std::chrono::duration<double>(Clock::now() - t2).count();

  std::printf("cases: %d (rules %s, checksum %lld)\n", n, R.version().c_str(), static_cast<long long>(checksum));
  std::printf("core API : %.0f cases/s (%.3f s, %.0f ns/case)\n", n / core_s, core_s, core_s * 1e9 / n);
  std::printf("JSON     : %.0f cases/s (%.3f s, %.2f us/case, %.0f bytes out/case, %zu input errors)\n", n / json_s,
              json_s, json_s * 1e6 / n, static_cast<double>(bytes) / n, errors);
  std::printf("JSON, CPU time: %.0f cases/s (%.3f s, %.2f us/case)\n", n / json_cpu_s, json_cpu_s,
              json_cpu_s * 1e6 / n);
  std::printf("JSON, %u threads: %.0f cases/s (%.3f s)\n", threads, n / par_s, par_s);
  return errors ? 1 : 0;
}
