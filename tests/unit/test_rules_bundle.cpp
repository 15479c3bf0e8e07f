// Rule bundles as a versioned, sealed artefact (docs/RULES.md): SHA-256 against the standard's test
// vectors, what the loader refuses (altered, truncated, another schema, overlapping periods, a seal
// that does not describe its content), the changelog between two sets, and "what changed for me".
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "gen_inputs.hpp"
#include "jamsos/diff.hpp"
#include "jamsos/rules.hpp"
#include "jamsos/rules_diff.hpp"
#include "jamsos/sha256.hpp"

using namespace jamsos;
using json = nlohmann::json;

namespace {

json embedded_bundle() { return json::parse(embedded_rules().bundle_json()); }

// Re-seals an edited bundle the way `jamsos rules` does: SHA-256 of the compact dump without it.
std::string sealed(json b) {
  b.erase("sha256");
  b["sha256"] = sha256_hex(b.dump());
  return b.dump();
}

std::string unsealed(json b) {
  b.erase("sha256");
  return b.dump();
}

json& param(json& b, const std::string& key) {
  for (json& f : b["files"])
    if (f["content"]["parameters"].contains(key)) return f["content"]["parameters"][key];
  FAIL("no parameter " << key);
  return b;
}

// A 2027 JP ceiling, as a maintainer would add it (the figure is a test value, tagged U).
json with_2027_ceiling() {
  json b = embedded_bundle();
  param(b, "jp.ceiling")["values"].push_back(
      {{"from", "2027-03-01"},
       {"value", 11600000},
       {"confidence", "U"},
       {"citation",
        {{"instrument", "PP 45/2015"}, {"article", "Pasal 29 (uji)"}, {"url", "https://example.invalid"}}}});
  return b;
}

std::string load_error(const std::string& text) {
  RuleSet s;
  std::string err;
  return load_rules_bundle(text, s, err) ? "" : err;
}

}  // namespace

TEST_CASE("SHA-256: the FIPS 180-4 test vectors") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // 55, 56 and 64 bytes: the padding spills into a second block at 56.
  CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("bundle: the built-in rules are sealed and load back as the same version and digest") {
  const RuleSet& R = embedded_rules();
  json b = embedded_bundle();
  CHECK(b["schema"] == kRulesSchema);
  CHECK(b["rules_version"] == R.version());
  CHECK(b["reviewed_until"] == format_date(R.reviewed_until()));
  CHECK(b["sha256"] == R.sha256());
  CHECK_FALSE(b.contains("previous_version"));
  RuleSet s;
  std::string err;
  REQUIRE(load_rules_bundle(R.bundle_json(), s, err));
  CHECK(s.version() == R.version());
  CHECK(s.sha256() == R.sha256());
  CHECK(s.bundle_json() == R.bundle_json());
}

TEST_CASE("bundle: an altered, truncated or foreign file is refused with a plain reason") {
  const std::string text = embedded_rules().bundle_json();
  // One changed rate with the old seal: refused.
  json b = embedded_bundle();
  param(b, "pu.jkm.rate")["values"][0]["value"] = "0.31%";
  CHECK(load_error(b.dump()).find("changed or damaged") != std::string::npos);
  // One flipped bit inside a citation, as a damaged copy would have it.
  std::string flipped = text;
  size_t at = flipped.find("PP 44/2015");
  REQUIRE(at != std::string::npos);
  flipped[at + 3] ^= 0x01;  // "44" -> "54"
  CHECK(load_error(flipped).find("changed or damaged") != std::string::npos);
  // Truncated.
  CHECK(load_error(text.substr(0, text.size() / 2)).find("not a JSON object") != std::string::npos);
  // Another schema.
  json other = embedded_bundle();
  other["schema"] = 2;
  CHECK(load_error(sealed(other)).find("another version of jamsos (schema 2") != std::string::npos);
  // A key this version does not know (e.g. a future field it cannot check). Signatures:
  // tests/unit/test_rules_signature.cpp.
  json extra = embedded_bundle();
  extra["countersignature"] = "abc";
  CHECK(load_error(sealed(extra)).find("unknown key \"countersignature\"") != std::string::npos);
  // A seal over content whose version line was edited.
  json lying = embedded_bundle();
  lying["rules_version"] = "000000000000";
  CHECK(load_error(sealed(lying)).find("does not match the content") != std::string::npos);
}

TEST_CASE("bundle: overlapping periods are refused even when the file is sealed") {
  json b = embedded_bundle();
  json& v = param(b, "relief.pp50_2025.other_factor")["values"];
  json second = v[0];
  second["from"] = "2026-12-01";  // starts before the first value's end, 2026-12-31
  second.erase("to");
  v.push_back(second);
  CHECK(load_error(sealed(b)).find("periods overlap") != std::string::npos);
}

TEST_CASE("bundle: an unsealed edit (a maintainer's) loads; sealing it again describes the new content") {
  const std::string text = unsealed(with_2027_ceiling());
  RuleSet s;
  std::string err;
  REQUIRE(load_rules_bundle(text, s, err));
  CHECK(s.version() != embedded_rules().version());
  CHECK(load_error(s.bundle_json()).empty());
}

TEST_CASE("changelog: a new JP ceiling is one change, in both languages, with its citation") {
  RuleSet next;
  std::string err;
  REQUIRE(load_rules_bundle(unsealed(with_2027_ceiling()), next, err));
  std::vector<RuleChange> c = diff_rules(embedded_rules(), next);
  REQUIRE(c.size() == 1);
  CHECK(c[0].parameter == "jp.ceiling");
  CHECK(c[0].kind == "added");
  CHECK(c[0].from == "2027-03-01");
  CHECK(c[0].new_value == "11600000");
  CHECK(c[0].text_id ==
        "Batas upah tertinggi JP, mulai 1 Maret 2027: Rp11.600.000 (nilai baru; PP 45/2015 Pasal 29 (uji))");
  CHECK(c[0].text_en == "JP wage ceiling, from 1 March 2027: Rp11,600,000 (new value; PP 45/2015 Pasal 29 (uji))");
  // Carried in the bundle, kept through a load, covered by the seal.
  REQUIRE(set_rules_history(next, embedded_rules().version(), changelog_json(c), err));
  RuleSet again;
  REQUIRE(load_rules_bundle(next.bundle_json(), again, err));
  CHECK(again.previous_version() == embedded_rules().version());
  CHECK(json::parse(again.changelog_json())[0]["parameter"] == "jp.ceiling");
  json forged = json::parse(next.bundle_json());
  forged["changelog"][0]["text_en"] = "nothing changed";
  CHECK(load_error(forged.dump()).find("changed or damaged") != std::string::npos);
  CHECK_FALSE(set_rules_history(next, "x", "[{\"text_id\":\"a\"}]", err));
  CHECK(err.find("needs text_id and text_en") != std::string::npos);
}

TEST_CASE("what changed for me: a 2027 JP ceiling and a longer PP 50/2025 window, worked out by hand") {
  json b = with_2027_ceiling();
  param(b, "relief.pp50_2025.other_factor")["values"][0]["to"] = "2027-06-30";
  RuleSet next;
  std::string err;
  REQUIRE(load_rules_bundle(unsealed(b), next, err));
  // 1. Wage 20,000,000 in March 2027: JP on the ceiling. Before: 11,086,300 x 2% = 221,726 (employer),
  //    x 1% = 110,863 (worker). After: 11,600,000 x 2% = 232,000, x 1% = 116,000.
  // 2. Wage 5,000,000: under both ceilings, no change.
  // 3. Pekerja rentan (BPU "other", income 1,000,000) in January 2027: before, no relief (window
  //    ended 2026-12-31): JKK 1% = 10,000 + JKM 6,800 = 16,800; after, halved: 5,000 + 3,400 = 8,400.
  // 4. An input error: counted, not compared.
  const std::string in =
      "{\"as_of\":\"2027-03-01\",\"segment\":\"PU\",\"monthly_wage\":20000000,\"employer_scale\":\"large\","
      "\"birth_date\":\"1990-01-01\",\"jkk_risk_group\":1,\"jkn_enrolled\":true,\"id\":\"a\"}\n"
      "{\"as_of\":\"2027-03-01\",\"segment\":\"PU\",\"monthly_wage\":5000000,\"employer_scale\":\"large\","
      "\"birth_date\":\"1990-01-01\",\"jkk_risk_group\":1,\"jkn_enrolled\":true}\n"
      "{\"as_of\":\"2027-01-10\",\"role\":\"pekerja_rentan\"}\n"
      "{\"as_of\":\"2027-01-10\",\"monthly_wage\":-1}\n";
  std::string out;
  DiffSummary sum;
  REQUIRE(diff_inputs(embedded_rules(), next, in, out, sum, err));
  CHECK(sum.rows == 4);
  CHECK(sum.changed == 2);
  CHECK(sum.errors == 1);
  CHECK(sum.unexplained == 0);
  CHECK(sum.by_parameter["jp.ceiling"] == 1);
  CHECK(sum.by_parameter["relief.pp50_2025.other_factor"] == 1);
  std::vector<json> lines;
  size_t s = 0;
  for (size_t e; (e = out.find('\n', s)) != std::string::npos; s = e + 1)
    lines.push_back(json::parse(out.substr(s, e - s)));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["id"] == "a");
  CHECK(lines[0]["changes"][0] ==
        json({{"program", "JP"}, {"field", "employer"}, {"before", 221726}, {"after", 232000}}));
  CHECK(lines[0]["changes"][1] ==
        json({{"program", "JP"}, {"field", "worker"}, {"before", 110863}, {"after", 116000}}));
  CHECK(lines[0]["because"][0]["parameter"] == "jp.ceiling");
  CHECK(lines[0]["because"][0]["old"] == 11086300);
  CHECK(lines[0]["because"][0]["new"] == 11600000);
  CHECK(lines[1]["index"] == 2);
  CHECK(lines[1]["monthly"]["before"]["total"] == 16800);
  CHECK(lines[1]["monthly"]["after"]["total"] == 8400);
  CHECK(lines[1]["because"][0]["parameter"] == "relief.pp50_2025.other_factor");
  CHECK(lines[1]["because"][0]["kind"] == "changed");
  CHECK(lines[1]["because"][0]["text_en"].get<std::string>().find(
            "50% until 31 December 2026 → 50% until 30 June 2027") != std::string::npos);
  // Per month, all payers: +10,274 + 5,137 (JP) and -8,400 (the pekerja rentan's, village budget).
  CHECK(sum.after[3] - sum.before[3] == 10274 + 5137 - 8400);
}

// `jamsos diff` evaluates a person a second time only when the first evaluation read a rule value the
// two sets do not share (AnswerDiff::watch, engine.hpp RuleWatch). Sound only if every read is seen:
// over generated inputs and updates touching each way the engine reads rules (a value in force, a
// parameter's history, the rounding convention), an answer that read no changed value must be the
// same under the old rules, and each update must change some answers (or the check proves nothing).
TEST_CASE("what changed for me: a person who read no changed rule value has the same figures under both") {
  std::vector<std::pair<const char*, json>> updates;
  {
    json b = with_2027_ceiling();
    param(b, "relief.pp50_2025.other_factor")["values"][0]["to"] = "2027-06-30";
    updates.emplace_back("JP ceiling and PP 50/2025 window", b);
  }
  {
    json b = embedded_bundle();
    param(b, "pu.jkk.rate.group3")["values"][0]["value"] = "0.9%";
    updates.emplace_back("a JKK rate (a value in force)", b);
  }
  {
    json b = embedded_bundle();
    for (json& v : param(b, "jp.pension_age")["values"]) v["value"] = v["value"].get<int>() - 1;
    updates.emplace_back("the pension-age schedule (a history)", b);
  }
  {
    json b = embedded_bundle();
    param(b, "jkp.max_age")["values"][0]["from"] = "2021-03-01";
    updates.emplace_back("JKP's start (a history)", b);
  }
  {
    json b = embedded_bundle();
    param(b, "rounding.contribution")["values"][0]["value"] = "floor";
    updates.emplace_back("the rounding convention", b);
  }
  const RuleSet& before = embedded_rules();
  for (auto& [name, b] : updates) {
    const std::string what = name;
    CAPTURE(what);
    RuleSet after;
    std::string err;
    REQUIRE_MESSAGE(load_rules_bundle(unsealed(b), after, err), err);
    AnswerDiff d(before, after);
    testgen::Rng rng{0x2545f4914f6cdd1dULL};
    Result ra, rb;
    int differ = 0, unread = 0;
    for (int n = 0; n < 20000; ++n) {
      Input in = testgen::random_input(rng);
      RuleWatch& w = d.watch(in.as_of);
      w.hit = false;
      evaluate(after, in, rb, &w);
      evaluate(before, in, ra);
      bool same = ra.monthly.total == rb.monthly.total && ra.monthly.worker == rb.monthly.worker &&
                  ra.monthly.employer == rb.monthly.employer && ra.monthly.government == rb.monthly.government;
      for (int p = 0; p < kPrograms; ++p) {
        const ProgramResult &x = ra.programs[p], &y = rb.programs[p];
        same = same && x.status == y.status && x.has_amounts == y.has_amounts && x.employer == y.employer &&
               x.worker == y.worker && x.government == y.government && x.total == y.total;
      }
      if (!same) ++differ;
      if (!w.hit) {
        ++unread;
        CAPTURE(n);
        REQUIRE(same);
      }
    }
    CHECK(differ > 0);  // the update matters in the dates generated
    // Every answer reads the rounding convention; some never read any of the others.
    if (what == std::string("the rounding convention"))
      CHECK(unread == 0);
    else
      CHECK(unread > 0);
  }
}
