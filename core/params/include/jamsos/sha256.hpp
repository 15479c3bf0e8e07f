// SHA-256 (FIPS 180-4) of a byte string, as 64 lowercase hex digits. It seals rule bundles: a
// bundle carries the digest of its canonical content and the loader checks it (docs/RULES.md).
#pragma once
#include <string>

namespace jamsos {

std::string sha256_hex(const std::string& bytes);

}  // namespace jamsos
