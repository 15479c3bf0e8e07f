// The rule set: dated parameters loaded from the JSON files in core/rules/, each value with its
// citation and confidence tag. The engine never holds a figure of its own; it asks the rule set
// for the value in force on `as_of` (OpenFisca-style parameters).
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include "jamsos/date.hpp"
#include "jamsos/money.hpp"
#include "jamsos/param_keys.hpp"

namespace jamsos {

enum class Unit : uint8_t { Rate, Factor, Rupiah, Years, Count, Date, Text, List, RupiahList, Slices, Bands };
const char* unit_name(Unit u);

// A parameter is known by its key in the rule files, e.g. "pu.jkk.rate.group3" in
// core/rules/pp44-2015-jkk.json. The keys are generated from the rule files at build time
// (cmake/embed_rules.cmake -> jamsos/param_keys.hpp); the engine names a parameter with
//   PARAM("pu.jkk.rate.group3")
// which is checked at compile time (a key no rule file defines does not compile), so grepping a
// key finds its data, where it is applied and the case files that test it.
enum class P : uint16_t { Count_ = params::kCount };  // P::Count_: "no parameter"
constexpr int kParamCount = params::kCount;

namespace detail {
// Not constexpr: reaching it in a constant expression (PARAM with an unknown key) fails to compile.
P unknown_parameter_key();
constexpr bool same_key(const char* a, const char* b) {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b;
}
}  // namespace detail
constexpr P param_id(const char* key) {
  for (int i = 0; i < params::kCount; ++i)
    if (detail::same_key(params::kKeys[i], key)) return static_cast<P>(i);
  return detail::unknown_parameter_key();
}
#define PARAM(key) (::std::integral_constant<::jamsos::P, ::jamsos::param_id(key)>::value)

struct ParamSpec {
  P id;
  const char* key;
  Unit unit;
};
const ParamSpec& param_spec(P id);
const ParamSpec* find_param(const std::string& key);

enum class Confidence : uint8_t { A, B, C, D, U };
const char* confidence_name(Confidence c);
inline bool below_b(Confidence c) { return c > Confidence::B; }

struct Slice {
  Money above;
  Rate rate;
};
struct Band {
  int up_to_months;
  Money amount;
};

// One dated value of a parameter.
struct Value {
  P param{};
  Date from{};
  bool has_to = false;
  Date to{};
  Confidence confidence = Confidence::U;
  std::string instrument, article, url, note;
  std::string citation;  // "PP 44/2015 Pasal 16 ayat (1) huruf a"
  // payload (by unit)
  int64_t number = 0;  // Rupiah, Years, Count
  Rate rate{};         // Rate, Factor
  Date date{};         // Date
  std::string text;    // Text
  std::vector<std::string> list;
  std::vector<Money> money_list;
  std::vector<Slice> slices;
  std::vector<Band> bands;
};

// Whether a rule text (a Text value, a List entry) is the code `code`. Inline and without strlen:
// the engine compares rule texts with short codes ("floor", "micro", "JKK") on every evaluation.
inline bool text_is(const std::string& text, const char* code) {
  const size_t n = text.size();
  const char* t = text.data();
  for (size_t i = 0; i < n; ++i)
    if (code[i] == '\0' || code[i] != t[i]) return false;
  return code[n] == '\0';
}

struct Param {
  const ParamSpec* spec = nullptr;
  std::string file, label_id, label_en;
  std::vector<Value> values;  // ascending `from`, non-overlapping
};

struct RuleFile {
  std::string name;     // e.g. "pp44-2015-jkk.json"
  std::string content;  // the JSON text
};

// The publisher's Ed25519 signature of a bundle (docs/RULES.md "Signatures"): it signs the 64 hex
// digits of "sha256", so it covers everything the seal covers. The core checks only its shape;
// the signature itself is checked natively with libsodium (cli/signing.cpp) and in the page with
// tweetnacl (web/src/rules-verify.js): the core also runs as WebAssembly, which links no libsodium.
struct BundleSignature {
  std::string key_id;  // the first 16 hex digits of SHA-256 of the signer's 32-byte public key
  std::string value;   // base64 of the 64-byte signature
};

class RuleSet {
 public:
  // The value in force on `d`, or nullptr when no value covers that date.
  const Value* at(P id, Date d) const {
    const Param& p = params_[static_cast<int>(id)];
    const Value* hit = nullptr;
    for (const Value& v : p.values) {
      if (d < v.from) break;
      hit = (v.has_to && d > v.to) ? nullptr : &v;
    }
    return hit;
  }
  const Param& param(P id) const { return params_[static_cast<int>(id)]; }
  const std::string& version() const { return version_; }
  // The content hash behind version(), as a number (keys caches of rendered rule texts).
  uint64_t version_hash() const { return version_hash_; }
  // The whole set as a JSON bundle (docs/RULES.md): {"schema": 1, "rules_version", "reviewed_until",
  // "previous_version"?, "changelog"?, "sha256", "files":[{"name","content"}]}, canonical.
  // Built on first use (loading and checking a bundle need only the digest).
  const std::string& bundle_json() const;
  // SHA-256 of the bundle without its "sha256" key, compact with sorted keys (64 hex digits).
  const std::string& sha256() const { return sha256_; }
  // From a bundle made with `jamsos rules --since OLD`: OLD's version and the changes since it
  // (a JSON array; "" when none). The embedded set has neither.
  const std::string& previous_version() const { return previous_version_; }
  const std::string& changelog_json() const { return changelog_; }
  // The signature the bundle carried (or that `jamsos rules --sign` added); empty when unsigned.
  // Sealing again (a new history) drops it: the digest it signed no longer describes the set.
  const BundleSignature& signature() const { return signature_; }
  bool is_signed() const { return !signature_.value.empty(); }
  Rounding rounding(Date d) const;
  // Whether some value of some parameter starts after `after` and on or before `upto` (the
  // engine asks it for the as_of day and its month's end: DECISIONS.md 4, rules starting mid-month).
  bool starts_within(Date after, Date upto) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), after.days);
    return it != starts_.end() && *it <= upto.days;
  }
  Date start() const { return start_; }
  // The last date the rule data was checked against the sources (rules.reviewed_until, DECISIONS.md 20).
  Date reviewed_until() const { return reviewed_until_; }

 private:
  friend bool load_rules(const std::vector<RuleFile>&, RuleSet&, std::string&);
  friend bool load_rules_bundle(const std::string&, RuleSet&, std::string&);
  friend bool set_rules_history(RuleSet&, const std::string&, const std::string&, std::string&);
  friend bool set_rules_signature(RuleSet&, const BundleSignature&, std::string&);
  void seal();  // sha256_ from the files and the history (bundle_ is built again on first use)
  Param params_[kParamCount];
  std::string version_, sha256_, previous_version_, changelog_;
  BundleSignature signature_;
  mutable std::string bundle_;  // "" until bundle_json() builds it
  std::string files_json_;      // the "files" array, compact
  uint64_t version_hash_ = 0;
  Date start_{};
  Date reviewed_until_{};
  std::vector<int32_t> starts_;  // every value's `from`, ascending, once each
};

// Parses and validates the files; on failure returns false and `error` names the file and key.
bool load_rules(const std::vector<RuleFile>& files, RuleSet& out, std::string& error);
// Parses a bundle as printed by `jamsos rules` (the --rules FILE format). A bundle that carries
// "sha256" must match it ("rules_version" and "reviewed_until" too); one without is accepted as
// unsealed (a maintainer's edit). "schema" other than 1 is refused. An optional "signature"
// ({"alg":"ed25519","key_id","value"}, only beside "sha256") is checked for its shape and kept
// (signature()); whether it is valid is for the caller to check. Errors name what is wrong.
bool load_rules_bundle(const std::string& bundle_text, RuleSet& out, std::string& error);
// Sets the history a bundle carries (previous_version, a changelog JSON array) and reseals it.
// False with `error` when the changelog is not a list of entries (see load_rules_bundle).
bool set_rules_history(RuleSet& set, const std::string& previous_version, const std::string& changelog_json,
                       std::string& error);
// Attaches a signature of set.sha256() (its shape checked: key_id 16 lowercase hex digits, value
// the base64 of 64 bytes). False with `error` naming the problem.
bool set_rules_signature(RuleSet& set, const BundleSignature& signature, std::string& error);
constexpr int kRulesSchema = 1;
// The rule files compiled into the binary (core/rules/*.json at build time).
const std::vector<RuleFile>& embedded_rule_files();
// The embedded set, loaded once. Aborts only if the embedded data is invalid (caught by tests).
const RuleSet& embedded_rules();

}  // namespace jamsos
