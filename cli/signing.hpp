// Ed25519 signatures of rule bundles, natively (libsodium; docs/RULES.md "Signatures"). The
// publisher signs the 64 hex digits of a bundle's "sha256" (the digest of everything else in it),
// with the key produced by `jamsos keygen`; `jamsos --rules FILE` checks the signature against the
// publisher's public key built into this binary (JAMSOS_RULES_PUBLIC_KEY at configure time; the
// page's build takes the same file). Native only: the wasm modules link no libsodium, the page
// checks with tweetnacl (web/src/rules-verify.js).
#pragma once
#include <string>

#include "jamsos/rules.hpp"

namespace jamsos_sign {

enum class Verdict {
  Unsigned,    // no signature: intact since sealed (the seal was checked), origin unknown
  Publisher,   // signed with the given public key, and the signature matches
  ForeignKey,  // signed with another key: refused
  Invalid      // claims the given key, but the signature does not match the digest: refused
};
const char* verdict_name(Verdict v);  // "unsigned", "publisher", "foreign_key", "invalid"

// The first 16 hex digits of SHA-256 of a 32-byte public key.
std::string key_id(const std::string& public_key);
// A key file: '#' comment lines, then one line of base64 (32 bytes public, 64 bytes secret in
// libsodium's layout: seed then public key). False with `error` naming the file and the problem.
bool read_public_key(const std::string& path, std::string& public_key, std::string& error);
bool read_secret_key(const std::string& path, std::string& secret_key, std::string& error);
// The publisher's public key built into this binary (32 bytes).
const std::string& publisher_public_key();

// A new key pair (32-byte public, 64-byte secret). False only if libsodium cannot start.
bool generate_key_pair(std::string& public_key, std::string& secret_key);
// The key files written by `jamsos keygen PREFIX`: PREFIX.key (mode 0600, refused if it exists)
// and PREFIX.pub, each with a comment line saying what it is.
bool write_key_files(const std::string& prefix, const std::string& public_key, const std::string& secret_key,
                     std::string& error);

// Signs set.sha256() with the secret key and attaches the signature to the set.
bool sign(jamsos::RuleSet& set, const std::string& secret_key, std::string& error);
// Checks the set's signature (the loader has checked the seal and the signature's shape).
Verdict check(const jamsos::RuleSet& set, const std::string& public_key);

}  // namespace jamsos_sign
