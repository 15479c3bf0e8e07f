// Helpers for bundle signatures (bundle.cpp): strict base64, and the shape of a signature.
#pragma once
#include <string>

namespace jamsos {

// Standard base64 with padding, canonical only (the unused bits of the last character zero), so
// one signature has one spelling. False for anything else.
bool base64_decode(const std::string& in, std::string& out);
// True when `s` is a key id: 16 lowercase hex digits.
bool is_key_id(const std::string& s);

}  // namespace jamsos
