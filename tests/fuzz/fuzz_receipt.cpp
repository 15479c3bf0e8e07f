// libFuzzer target for the receipt reader (verify_receipt, what `jamsos verify` and the page's
// receipt links run on text from anyone), seeded with receipts of the case inputs (scripts/fuzz.sh).
// For any bytes:
// - verify_receipt answers one JSON object with a "verdict"; "invalid" comes with a "message";
// - the verdict it returns is the one it writes;
// - bytes that are a valid eval input make a receipt that verifies as "same" with the same rules.
// Build and run: scripts/fuzz.sh SECONDS fuzz_receipt (docs/RELIABILITY.md).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/receipt.hpp"
#include "jamsos/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const jamsos::RuleSet& R = jamsos::embedded_rules();
  std::string out;
  const jamsos::ReceiptVerdict v = jamsos::verify_receipt(R, text, out);
  const nlohmann::json report = nlohmann::json::parse(out, nullptr, false);
  if (report.is_discarded() || !report.is_object() || !report.contains("verdict") || !report["verdict"].is_string())
    std::abort();
  static const char* const kNames[] = {"same", "different_rules", "mismatch", "invalid"};
  if (report["verdict"].get<std::string>() != kNames[static_cast<int>(v)]) std::abort();
  if (v == jamsos::ReceiptVerdict::Invalid && !report.contains("message")) std::abort();
  std::string receipt, again;
  if (jamsos::make_receipt(R, text, receipt) &&
      jamsos::verify_receipt(R, receipt, again) != jamsos::ReceiptVerdict::Same)
    std::abort();
  return 0;
}
