// libFuzzer target for the JSON contract's streaming paths (core/contract/eval_stream.cpp), seeded
// from the inputs of tests/cases/*.json (scripts/fuzz.sh extracts them). For any bytes:
// - eval_json answers one strict JSON text, valid UTF-8;
// - eval_stream over the same bytes in small, uneven pieces gives exactly eval_json's bytes;
// - JSON Lines over a text without a newline gives eval_json's answer for it plus a newline (an
//   array on the line: not_an_object), or nothing for a blank line.
// Build and run: scripts/fuzz.sh SECONDS (docs/RELIABILITY.md).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/contract.hpp"

namespace {

std::string stream(const std::string& in, bool jsonl, size_t step, size_t flush_bytes) {
  std::string got;
  size_t pos = 0, k = 0;
  jamsos::EvalStream s;
  s.jsonl = jsonl;
  s.flush_bytes = flush_bytes;
  s.flush = [&](std::string& out) {
    got += out;
    out.clear();
    return true;
  };
  jamsos::eval_stream(
      jamsos::embedded_rules(),
      [&](char* buf, size_t cap) {
        const size_t n = std::min({cap, in.size() - pos, 1 + (step * ++k) % 13});
        std::memcpy(buf, in.data() + pos, n);
        pos += n;
        return n;
      },
      s);
  return got;
}

bool valid_utf8(const std::string& t) {
  // nlohmann's strict parser rejects invalid UTF-8 in strings; everything else the writer emits
  // is ASCII structure.
  return !nlohmann::json::parse(t, nullptr, false).is_discarded();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string in(reinterpret_cast<const char*>(data), size);
  std::string out;
  jamsos::eval_json(jamsos::embedded_rules(), in, out);
  if (!valid_utf8(out)) std::abort();
  const size_t step = size ? data[0] : 1;
  if (stream(in, false, step, 1 + step * 7) != out) std::abort();
  if (in.find('\n') == std::string::npos) {
    const std::string lines = stream(in, true, step, 64);
    if (in.find_first_not_of(" \t\r") == std::string::npos) {
      if (!lines.empty()) std::abort();
    } else {
      const bool array = !out.empty() && out[0] == '[';
      if (!array && lines != out + "\n") std::abort();
      if (array && lines.find("\"not_an_object\"") == std::string::npos) std::abort();
    }
  }
  return 0;
}
