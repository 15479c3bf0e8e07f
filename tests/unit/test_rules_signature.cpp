// Signed rule bundles (docs/RULES.md "Signatures"): the loader keeps a well-formed signature beside
// the seal and refuses a malformed one; the signature signs the seal, so the seal excludes it; and
// the native check (cli/signing.cpp, libsodium) tells the publisher's key, no signature, a foreign
// key and an altered signature apart. Keys are made here; none of them is the publisher's.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "jamsos/rules.hpp"
#include "jamsos/sha256.hpp"
#include "signing.hpp"

using namespace jamsos;
using json = nlohmann::json;
using jamsos_sign::Verdict;

namespace {

struct Keys {
  std::string pub, sec;
  Keys() { REQUIRE(jamsos_sign::generate_key_pair(pub, sec)); }
};

// The built-in set, signed with `k`, as a bundle text.
std::string signed_bundle(const Keys& k) {
  RuleSet s = embedded_rules();
  std::string err;
  REQUIRE_MESSAGE(jamsos_sign::sign(s, k.sec, err), err);
  return s.bundle_json();
}

Verdict load_and_check(const std::string& text, const std::string& pub, std::string& err) {
  RuleSet s;
  if (!load_rules_bundle(text, s, err)) return Verdict::Invalid;
  return jamsos_sign::check(s, pub);
}

}  // namespace

TEST_CASE("signatures: unsigned, publisher, foreign key, altered signature") {
  const Keys publisher, foreign;
  std::string err;
  CHECK(load_and_check(embedded_rules().bundle_json(), publisher.pub, err) == Verdict::Unsigned);
  const std::string good = signed_bundle(publisher);
  CHECK(load_and_check(good, publisher.pub, err) == Verdict::Publisher);
  CHECK(load_and_check(signed_bundle(foreign), publisher.pub, err) == Verdict::ForeignKey);
  // One character of the signature changed: still well formed, no longer valid.
  json b = json::parse(good);
  std::string v = b["signature"]["value"];
  v[10] = v[10] == 'A' ? 'B' : 'A';
  b["signature"]["value"] = v;
  CHECK(load_and_check(b.dump(), publisher.pub, err) == Verdict::Invalid);
  // A foreign signer claiming the publisher's key id: the signature does not verify.
  json forged = json::parse(signed_bundle(foreign));
  forged["signature"]["key_id"] = jamsos_sign::key_id(publisher.pub);
  CHECK(load_and_check(forged.dump(), publisher.pub, err) == Verdict::Invalid);
}

TEST_CASE("signatures: the seal excludes the signature, and an edit resealed breaks the signature") {
  const Keys k;
  json b = json::parse(signed_bundle(k));
  // The seal is the digest of everything but "sha256" and "signature".
  json rest = b;
  rest.erase("sha256");
  rest.erase("signature");
  CHECK(sha256_hex(rest.dump()) == b["sha256"]);
  // An edit sealed again (a valid seal) keeps the old signature: the loader accepts the seal, the
  // signature check refuses it.
  rest["changelog"] = json::array({{{"text_id", "palsu"}, {"text_en", "forged"}}});
  json edited = rest;
  edited["sha256"] = sha256_hex(rest.dump());
  edited["signature"] = b["signature"];
  std::string err;
  RuleSet s;
  REQUIRE_MESSAGE(load_rules_bundle(edited.dump(), s, err), err);
  CHECK(jamsos_sign::check(s, k.pub) == Verdict::Invalid);
  // The content changed without resealing: the seal already refuses it.
  json tampered = b;
  tampered["reviewed_until"] = "2099-01-01";
  CHECK_FALSE(load_rules_bundle(tampered.dump(), s, err));
  CHECK(err.find("changed or damaged") != std::string::npos);
}

TEST_CASE("signatures: a new history drops the signature it no longer matches") {
  const Keys k;
  RuleSet s;
  std::string err;
  REQUIRE(load_rules_bundle(signed_bundle(k), s, err));
  REQUIRE(s.is_signed());
  REQUIRE(set_rules_history(s, "abc", "", err));
  CHECK_FALSE(s.is_signed());
  CHECK(json::parse(s.bundle_json()).contains("signature") == false);
}

TEST_CASE("signatures: malformed signatures are refused by the loader, naming the problem") {
  const Keys k;
  const json good = json::parse(signed_bundle(k));
  struct Bad {
    const char* what;
    json sig;
    const char* message;
  };
  const std::string value = good["signature"]["value"];
  const std::string id = good["signature"]["key_id"];
  const Bad bad[] = {
      {"another scheme", {{"alg", "rsa"}, {"key_id", id}, {"value", value}}, "cannot check"},
      {"not an object", "abc", "must be {"},
      {"missing value", {{"alg", "ed25519"}, {"key_id", id}}, "must be {"},
      {"extra key", {{"alg", "ed25519"}, {"key_id", id}, {"value", value}, {"x", 1}}, "must be {"},
      {"key id too short", {{"alg", "ed25519"}, {"key_id", "abc"}, {"value", value}}, "16 hex digits"},
      {"key id upper case", {{"alg", "ed25519"}, {"key_id", "D99BD3F08EE6EF79"}, {"value", value}}, "16 hex digits"},
      {"value not base64", {{"alg", "ed25519"}, {"key_id", id}, {"value", "***"}}, "base64 of a 64-byte"},
      {"value 63 bytes", {{"alg", "ed25519"}, {"key_id", id}, {"value", value.substr(0, 84)}}, "base64 of a 64-byte"},
      {"value with non-zero padding bits",
       {{"alg", "ed25519"}, {"key_id", id}, {"value", value.substr(0, 85) + "B=="}},
       "base64 of a 64-byte"},
  };
  for (const Bad& c : bad) {
    CAPTURE(c.what);
    json b = good;
    b["signature"] = c.sig;
    RuleSet s;
    std::string err;
    CHECK_FALSE(load_rules_bundle(b.dump(), s, err));
    CHECK(err.find(c.message) != std::string::npos);
  }
  // A signature without the seal it signs.
  json b = good;
  b.erase("sha256");
  RuleSet s;
  std::string err;
  CHECK_FALSE(load_rules_bundle(b.dump(), s, err));
  CHECK(err.find("needs its \"sha256\"") != std::string::npos);
}

TEST_CASE("signatures: key files") {
  const Keys k;
  CHECK(jamsos_sign::key_id(k.pub).size() == 16);
  std::string pub, sec, err;
  CHECK_FALSE(jamsos_sign::read_secret_key("/nonexistent/key", sec, err));
  CHECK(err.find("cannot read") != std::string::npos);
  // The development key committed for the tests reads and is a consistent pair.
  REQUIRE_MESSAGE(jamsos_sign::read_secret_key(JAMSOS_SOURCE_DIR "/tests/fixtures/rules-dev.key", sec, err), err);
  CHECK(sec.size() == 64);
  REQUIRE_MESSAGE(jamsos_sign::read_public_key(JAMSOS_SOURCE_DIR "/tests/fixtures/rules-dev.pub", pub, err), err);
  CHECK(sec.substr(32) == pub);
  CHECK(jamsos_sign::key_id(pub) == "d99bd3f08ee6ef79");
  CHECK_FALSE(jamsos_sign::read_public_key(JAMSOS_SOURCE_DIR "/tests/fixtures/rules-dev.key", pub, err));
  // The built-in publisher key is a valid key (cmake/rules_key.cmake checked its length).
  CHECK(jamsos_sign::publisher_public_key().size() == 32);
}
