// libFuzzer target: any bytes through the JSON contract must give JSON back, never a crash; the
// input reader (nlohmann's SAX parser into flat fields) must accept exactly what nlohmann's DOM
// parser accepts, and reading the same text twice (reusing the field list) must deliver the same.
// Build and run (not part of ctest; see docs/NOTES.md):
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DJAMSOS_FUZZ=ON && cmake --build build-fuzz --target
//   fuzz_eval build-fuzz/bin/fuzz_eval -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "../../core/contract/input_fields.hpp"
#include "jamsos/contract.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size), out;
  jamsos::eval_json(jamsos::embedded_rules(), in, out);
  if (nlohmann::json::parse(out, nullptr, false).is_discarded()) std::abort();
  size_t a = 0, b = 0;
  bool ok_a = jamsos::detail::parse_inputs(in, [&](const jamsos::detail::Fields& f, bool) { a += 1 + f.count; });
  bool ok_b = jamsos::detail::parse_inputs(in, [&](const jamsos::detail::Fields& f, bool) { b += 1 + f.count; });
  if (ok_a != ok_b || (ok_a && a != b)) std::abort();
  if (ok_a != nlohmann::json::accept(in)) std::abort();
  return 0;
}
