// Rule bundles (docs/RULES.md): the seal (SHA-256 of the canonical content), the history a
// bundle carries (previous_version, changelog), the publisher's signature, and reading a bundle
// file (`jamsos --rules FILE`, the page's rules panel). Exception-free, like the loader.
#include <nlohmann/json.hpp>

#include "jamsos/rules.hpp"
#include "jamsos/sha256.hpp"
#include "signature.hpp"

namespace jamsos {
using json = nlohmann::json;
namespace {
// A JSON string (previous_version is the bundle author's text).
std::string json_string(const std::string& s) { return json(s).dump(-1, ' ', false, json::error_handler_t::replace); }
}  // namespace

// The canonical text the digest covers: the bundle without "sha256", compact, keys sorted (what
// nlohmann's dump of the whole object gives), written out directly so that checking a bundle does
// not parse and dump the files again.
void RuleSet::seal() {
  std::string c = "{";
  if (!changelog_.empty()) c += "\"changelog\":" + changelog_ + ",";
  c += "\"files\":" + files_json_;
  if (!previous_version_.empty()) c += ",\"previous_version\":" + json_string(previous_version_);
  c += ",\"reviewed_until\":\"" + format_date(reviewed_until_) + "\"";
  c += ",\"rules_version\":\"" + version_ + "\"";
  c += ",\"schema\":" + std::to_string(kRulesSchema) + "}";
  sha256_ = sha256_hex(c);
  signature_ = BundleSignature();  // it signed the previous digest
  bundle_.clear();
}

namespace {
bool signature_shape_ok(const BundleSignature& sig, std::string& error) {
  std::string raw;
  if (!is_key_id(sig.key_id)) return error = "rules: the signature's \"key_id\" must be 16 hex digits", false;
  if (!base64_decode(sig.value, raw) || raw.size() != 64)
    return error = "rules: the signature's \"value\" must be the base64 of a 64-byte Ed25519 signature", false;
  return true;
}
}  // namespace

bool set_rules_signature(RuleSet& set, const BundleSignature& sig, std::string& error) {
  if (!signature_shape_ok(sig, error)) return false;
  set.signature_ = sig;
  set.bundle_.clear();
  return true;
}

const std::string& RuleSet::bundle_json() const {
  if (bundle_.empty()) {
    json b = json::object();
    b["schema"] = kRulesSchema;
    b["rules_version"] = version_;
    b["reviewed_until"] = format_date(reviewed_until_);
    if (!previous_version_.empty()) b["previous_version"] = previous_version_;
    if (!changelog_.empty()) b["changelog"] = json::parse(changelog_, nullptr, false);
    b["files"] = json::parse(files_json_, nullptr, false);
    b["sha256"] = sha256_;
    if (is_signed()) {
      json& sig = b["signature"];
      sig["alg"] = "ed25519";
      sig["key_id"] = signature_.key_id;
      sig["value"] = signature_.value;
    }
    bundle_ = b.dump(2, ' ', false, json::error_handler_t::replace);
  }
  return bundle_;
}

namespace {
// A changelog: a list of entries {"text_id","text_en"} with optional "parameter" (a known key),
// "kind", "from", "old", "new", "citation", "instrument", all strings.
bool valid_changelog(const json& c, std::string& error) {
  if (!c.is_array() || c.size() > 10000) return error = "rules: \"changelog\" must be a list of entries", false;
  for (const json& e : c) {
    if (!e.is_object()) return error = "rules: each changelog entry must be an object", false;
    for (auto it = e.begin(); it != e.end(); ++it) {
      static const char* const kKeys[] = {"text_id", "text_en", "parameter", "kind",      "from",
                                          "old",     "new",     "citation",  "instrument"};
      bool known = false;
      for (const char* k : kKeys) known = known || it.key() == k;
      if (!known) return error = "rules: changelog: unknown key \"" + it.key() + "\"", false;
      if (!it.value().is_string() || it.value().get_ref<const std::string&>().size() > 2000)
        return error = "rules: changelog: \"" + it.key() + "\" must be a text", false;
    }
    if (!e.contains("text_id") || !e.contains("text_en"))
      return error = "rules: each changelog entry needs text_id and text_en", false;
    if (e.contains("parameter") && !find_param(e["parameter"].get<std::string>()))
      return error = "rules: changelog: unknown parameter \"" + e["parameter"].get<std::string>() + "\"", false;
  }
  return true;
}
}  // namespace

bool set_rules_history(RuleSet& set, const std::string& previous_version, const std::string& changelog,
                       std::string& error) {
  if (!changelog.empty()) {
    json c = json::parse(changelog, nullptr, false);
    if (c.is_discarded() || !valid_changelog(c, error)) {
      if (error.empty()) error = "rules: \"changelog\" is not valid JSON";
      return false;
    }
    set.changelog_ = c.dump(-1, ' ', false, json::error_handler_t::replace);
  } else {
    set.changelog_.clear();
  }
  set.previous_version_ = previous_version;
  set.seal();
  return true;
}

namespace {
// True when `p` has a value in force on every date from `start` on: no gap, no end.
bool covers_from(const Param& p, Date start) {
  if (p.values.empty() || p.values.front().from > start) return false;
  for (size_t i = 0; i + 1 < p.values.size(); ++i)
    if (!p.values[i].has_to || p.values[i].to.days + 1 != p.values[i + 1].from.days) return false;
  return !p.values.back().has_to;
}
}  // namespace

namespace {
// {"alg":"ed25519","key_id","value"}, beside a "sha256" (what it signs). Another "alg" is refused
// rather than ignored: a scheme this version cannot check would otherwise pass as checked.
bool read_signature(const json& b, BundleSignature& sig, std::string& error) {
  const json& s = b["signature"];
  if (!s.is_object() || s.size() != 3 || !s.contains("alg") || !s.contains("key_id") || !s.contains("value") ||
      !s["alg"].is_string() || !s["key_id"].is_string() || !s["value"].is_string())
    return error = "rules: \"signature\" must be {\"alg\":\"ed25519\",\"key_id\",\"value\"}", false;
  if (s["alg"].get<std::string>() != "ed25519")
    return error = "rules: the rules file is signed with \"" + s["alg"].get<std::string>() +
                   "\", which this version of jamsos cannot check (it checks ed25519)",
           false;
  if (!b.contains("sha256") || !b["sha256"].is_string())
    return error = "rules: a signed rules file needs its \"sha256\" (the signature signs it)", false;
  sig.key_id = s["key_id"].get<std::string>();
  sig.value = s["value"].get<std::string>();
  return signature_shape_ok(sig, error);
}
}  // namespace

bool load_rules_bundle(const std::string& text, RuleSet& out, std::string& error) {
  json b = json::parse(text, nullptr, false);
  if (b.is_discarded() || !b.is_object()) {
    error = "rules: the rules file is not a JSON object";
    return false;
  }
  auto fs = b.find("files");
  if (fs == b.end() || !fs->is_array()) {
    error = "rules: the rules file needs a \"files\" list (the format printed by `jamsos rules`)";
    return false;
  }
  for (auto it = b.begin(); it != b.end(); ++it) {
    static const char* const kTop[] = {"schema",    "rules_version", "reviewed_until", "previous_version",
                                       "changelog", "sha256",        "signature",      "files"};
    bool known = false;
    for (const char* k : kTop) known = known || it.key() == k;
    if (!known) {
      error = "rules: unknown key \"" + it.key() + "\" in the rules file";
      return false;
    }
  }
  if (b.contains("schema") && !(b["schema"].is_number_integer() && b["schema"].get<int64_t>() == kRulesSchema)) {
    error = "rules: the rules file is for another version of jamsos (schema " +
            b["schema"].dump(-1, ' ', false, json::error_handler_t::replace) + "; this one reads schema " +
            std::to_string(kRulesSchema) + ")";
    return false;
  }
  for (const char* k : {"rules_version", "reviewed_until", "previous_version", "sha256"})
    if (b.contains(k) && !b[k].is_string()) {
      error = std::string("rules: \"") + k + "\" must be a text";
      return false;
    }
  BundleSignature sig;
  if (b.contains("signature") && !read_signature(b, sig, error)) return false;
  std::string sealed;  // the digest the file claims; checked against its own content first
  if (b.contains("sha256")) {
    sealed = b["sha256"].get<std::string>();
    json rest = b;
    rest.erase("sha256");
    rest.erase("signature");  // it signs the digest, so the digest cannot cover it
    if (sha256_hex(rest.dump(-1, ' ', false, json::error_handler_t::replace)) != sealed) {
      error = "rules: the rules file was changed or damaged after it was made (its SHA-256 does not match)";
      return false;
    }
  }
  std::vector<RuleFile> files;
  for (const json& f : *fs) {
    if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("content")) {
      error = "rules: each entry of \"files\" needs \"name\" and \"content\"";
      return false;
    }
    files.push_back({f["name"].get<std::string>(), f["content"].dump(-1, ' ', false, json::error_handler_t::replace)});
  }
  if (!load_rules(files, out, error)) return false;
  std::string history_error;
  if ((b.contains("previous_version") || b.contains("changelog")) &&
      !set_rules_history(
          out, b.contains("previous_version") ? b["previous_version"].get<std::string>() : "",
          b.contains("changelog") ? b["changelog"].dump(-1, ' ', false, json::error_handler_t::replace) : "",
          history_error)) {
    error = history_error;
    return false;
  }
  if (!sealed.empty()) {
    // A sealed file must say what it holds: its version and review date as the loader computes them.
    if (b.contains("rules_version") && b["rules_version"].get<std::string>() != out.version()) {
      error = "rules: \"rules_version\" " + b["rules_version"].get<std::string>() + " does not match the content (" +
              out.version() + ")";
      return false;
    }
    if (b.contains("reviewed_until") && b["reviewed_until"].get<std::string>() != format_date(out.reviewed_until())) {
      error =
          "rules: \"reviewed_until\" does not match rules.reviewed_until (" + format_date(out.reviewed_until()) + ")";
      return false;
    }
  }
  if (!sig.value.empty() && !set_rules_signature(out, sig, error)) return false;
  // A bundle may change values, not the shape the engine relies on: a parameter the built-in rules
  // define on every date from rules.start on (a base rate, a slice table) must be so in the bundle
  // too, or the engine would meet a date with no such rule (found by tests/fuzz/fuzz_rules.cpp).
  const RuleSet& base = embedded_rules();
  for (int i = 0; i < kParamCount; ++i) {
    const P id = static_cast<P>(i);
    if (covers_from(base.param(id), base.start()) && !covers_from(out.param(id), out.start())) {
      error = "rules: " + out.param(id).file + ": " + param_spec(id).key +
              ": must have a value in force on every date from rules.start (" + format_date(out.start()) + ") on";
      return false;
    }
  }
  return true;
}

}  // namespace jamsos
