// Ed25519 for rule bundles with libsodium (signing.hpp). The message signed is the 64 ASCII hex
// digits of the bundle's "sha256": the seal already covers every other byte that matters, and a
// hex text is easy to check by hand with any Ed25519 tool (docs/RULES.md).
#include "signing.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "jamsos/sha256.hpp"

#ifndef JAMSOS_RULES_PUBLIC_KEY_B64
#error "JAMSOS_RULES_PUBLIC_KEY_B64 must be defined (CMakeLists.txt reads JAMSOS_RULES_PUBLIC_KEY)"
#endif

namespace jamsos_sign {

namespace {
const unsigned char* bytes(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

bool ready() { return sodium_init() >= 0; }

std::string to_base64(const std::string& raw) {
  std::string out(sodium_base64_ENCODED_LEN(raw.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(&out[0], out.size(), bytes(raw), raw.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

// Strict: the whole text must be canonical, padded base64 of exactly `size` bytes.
bool from_base64(const std::string& b64, size_t size, std::string& raw) {
  if (!ready()) return false;
  raw.assign(size + 1, '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(&raw[0]), raw.size(), b64.data(), b64.size(), nullptr, &len,
                        &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != b64.data() + b64.size() || len != size)
    return false;
  raw.resize(size);
  return true;
}

// The key's base64 line: the first line that is neither blank nor a '#' comment.
bool read_key(const std::string& path, size_t size, const char* what, std::string& raw, std::string& error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return error = "cannot read " + std::string(what) + " file '" + path + "'", false;
  std::string line;
  while (std::getline(f, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (from_base64(line, size, raw)) return true;
    break;
  }
  return error = path + ": not a " + what + " (expected one line of base64 of " + std::to_string(size) + " bytes)",
         false;
}

bool write_file(const std::string& path, const std::string& text, mode_t mode, std::string& error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
  if (fd < 0) return error = "cannot create '" + path + "' (it may exist already: a key is never overwritten)", false;
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const bool closed = ::close(fd) == 0;
  if (!written || !closed) return error = "cannot write '" + path + "'", false;
  return true;
}
}  // namespace

const char* verdict_name(Verdict v) {
  switch (v) {
    case Verdict::Publisher:
      return "publisher";
    case Verdict::ForeignKey:
      return "foreign_key";
    case Verdict::Invalid:
      return "invalid";
    case Verdict::Unsigned:
      break;
  }
  return "unsigned";
}

std::string key_id(const std::string& public_key) { return jamsos::sha256_hex(public_key).substr(0, 16); }

bool read_public_key(const std::string& path, std::string& public_key, std::string& error) {
  return read_key(path, crypto_sign_PUBLICKEYBYTES, "public key", public_key, error);
}

bool read_secret_key(const std::string& path, std::string& secret_key, std::string& error) {
  if (!read_key(path, crypto_sign_SECRETKEYBYTES, "secret key", secret_key, error)) return false;
  // libsodium's secret key is seed || public key: derive the pair from the seed again, so that a
  // damaged file is refused here rather than producing signatures nobody can check.
  std::string pk(crypto_sign_PUBLICKEYBYTES, '\0'), sk(crypto_sign_SECRETKEYBYTES, '\0');
  crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(&pk[0]), reinterpret_cast<unsigned char*>(&sk[0]),
                           bytes(secret_key));
  if (sk != secret_key) return error = path + ": the secret key is damaged (its two halves do not match)", false;
  return true;
}

const std::string& publisher_public_key() {
  static const std::string key = [] {
    std::string raw;
    if (!from_base64(JAMSOS_RULES_PUBLIC_KEY_B64, crypto_sign_PUBLICKEYBYTES, raw)) raw.clear();
    return raw;
  }();
  return key;
}

bool generate_key_pair(std::string& public_key, std::string& secret_key) {
  if (!ready()) return false;
  public_key.assign(crypto_sign_PUBLICKEYBYTES, '\0');
  secret_key.assign(crypto_sign_SECRETKEYBYTES, '\0');
  return crypto_sign_keypair(reinterpret_cast<unsigned char*>(&public_key[0]),
                             reinterpret_cast<unsigned char*>(&secret_key[0])) == 0;
}

bool write_key_files(const std::string& prefix, const std::string& public_key, const std::string& secret_key,
                     std::string& error) {
  const std::string id = key_id(public_key);
  if (!write_file(prefix + ".key",
                  "# jamsos rules signing key " + id +
                      " (Ed25519 secret key, libsodium layout, base64). Keep it secret, keep a backup.\n" +
                      to_base64(secret_key) + "\n",
                  0600, error))
    return false;
  return write_file(prefix + ".pub",
                    "# jamsos rules publisher public key " + id + " (Ed25519, base64)\n" + to_base64(public_key) + "\n",
                    0644, error);
}

bool sign(jamsos::RuleSet& set, const std::string& secret_key, std::string& error) {
  if (!ready() || secret_key.size() != crypto_sign_SECRETKEYBYTES) return error = "cannot sign: no valid key", false;
  std::string sig(crypto_sign_BYTES, '\0');
  const std::string& message = set.sha256();
  crypto_sign_detached(reinterpret_cast<unsigned char*>(&sig[0]), nullptr, bytes(message), message.size(),
                       bytes(secret_key));
  const std::string public_key = secret_key.substr(crypto_sign_SEEDBYTES);
  return jamsos::set_rules_signature(set, {key_id(public_key), to_base64(sig)}, error);
}

Verdict check(const jamsos::RuleSet& set, const std::string& public_key) {
  if (!set.is_signed()) return Verdict::Unsigned;
  if (public_key.size() != crypto_sign_PUBLICKEYBYTES || set.signature().key_id != key_id(public_key))
    return Verdict::ForeignKey;
  std::string sig;
  const std::string& message = set.sha256();
  if (!from_base64(set.signature().value, crypto_sign_BYTES, sig) ||
      crypto_sign_verify_detached(bytes(sig), bytes(message), message.size(), bytes(public_key)) != 0)
    return Verdict::Invalid;
  return Verdict::Publisher;
}

}  // namespace jamsos_sign
