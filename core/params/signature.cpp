// Strict base64 for signature values (RFC 4648 section 4, padded): a bundle's signature must have
// exactly one spelling, so a base64 text with stray characters or non-zero padding bits is refused
// rather than read leniently.
#include "signature.hpp"

#include <cstdint>

namespace jamsos {

namespace {
int b64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}
}  // namespace

bool base64_decode(const std::string& in, std::string& out) {
  out.clear();
  if (in.empty() || in.size() % 4 != 0) return false;
  const size_t pad = in[in.size() - 1] == '=' ? (in[in.size() - 2] == '=' ? 2 : 1) : 0;
  const size_t n = in.size() - pad;
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < n; ++i) {
    const int v = b64_value(in[i]);
    if (v < 0) return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  // What is left are the padding bits of the last character: they must be zero.
  return (acc & ((1u << bits) - 1)) == 0;
}

bool is_key_id(const std::string& s) {
  if (s.size() != 16) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace jamsos
