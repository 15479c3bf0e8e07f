// The JSON contract: shape, errors naming the field, arrays with a bad element.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "gen_inputs.hpp"
#include "jamsos/contract.hpp"
#include "jamsos/explain.hpp"
#include "jamsos/json_writer.hpp"

using namespace jamsos;
using json = nlohmann::json;

static json run(const std::string& in, bool* ok = nullptr) {
  std::string out;
  bool r = eval_json(embedded_rules(), in, out);
  if (ok) *ok = r;
  json j = json::parse(out, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  return j;
}

TEST_CASE("all five programs always appear with every contract field") {
  json r = run(R"({"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000,"jkk_risk_group":1})");
  for (const char* p : {"JKK", "JKM", "JHT", "JP", "JKP"}) {
    REQUIRE(r["programs"].contains(p));
    for (const char* k : {"status", "enrolled", "period", "basis", "rate", "employer", "worker", "government", "total",
                          "reasons", "missing"})
      CHECK_MESSAGE(r["programs"][p].contains(k), p << "." << k);
  }
  CHECK(r["rules_version"] == embedded_rules().version());
  CHECK(r.contains("totals"));
  CHECK(r.contains("explanation"));
  CHECK(r.contains("warnings"));
}

TEST_CASE("contract example: JKK 0.24% of Rp5,000,000 is Rp12,000 paid by the employer") {
  json j = run(R"({"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000,"jkk_risk_group":1})")["programs"]["JKK"];
  CHECK(j["status"] == "mandatory");
  CHECK(j["rate"] == "0.24%");
  CHECK(j["employer"] == 12000);
  CHECK(j["worker"] == 0);
  CHECK(j["total"] == 12000);
  CHECK(j["reasons"][0]["citation"].get<std::string>().find("Perpres 109/2013") != std::string::npos);
}

TEST_CASE("every explanation line cites its source and texts exist in both languages") {
  json r = run(R"({"as_of":"2021-06-01","segment":"PU","monthly_wage":20000000,"jkk_risk_group":3,
                   "employer_scale":"large","birth_date":"1985-01-01","jkn_enrolled":true})");
  REQUIRE(r["explanation"].size() > 5);
  for (const json& e : r["explanation"]) {
    CHECK_FALSE(e["text_id"].get<std::string>().empty());
    CHECK_FALSE(e["text_en"].get<std::string>().empty());
  }
  std::string all = r["explanation"].dump();
  CHECK(all.find("Rp8.754.600") != std::string::npos);  // JP ceiling named in Indonesian
  CHECK(all.find("Rp8,754,600") != std::string::npos);
}

TEST_CASE("input errors name the field and exit as failures") {
  struct E {
    const char* in;
    const char* code;
    const char* field;
  };
  const E cases[] = {
      {R"({"segment":"PU"})", "missing_field", "as_of"},
      {R"({"as_of":"2026-02-30"})", "invalid_date", "as_of"},
      {R"({"as_of":"2015-06-30"})", "date_out_of_range", "as_of"},
      {R"({"as_of":"2026-01-01","monthly_wage":-1})", "invalid_money", "monthly_wage"},
      {R"({"as_of":"2026-01-01","monthly_wage":100.5})", "invalid_money", "monthly_wage"},
      {R"({"as_of":"2026-01-01","segment":"XX"})", "unknown_code", "segment"},
      {R"({"as_of":"2026-01-01","wage":1})", "unknown_field", "wage"},
      {R"({"as_of":"2026-01-01","birth_date":"2026-01-02"})", "birth_after_as_of", "birth_date"},
      {R"({"as_of":"2026-01-01","jkk_risk_group":6})", "out_of_range", "jkk_risk_group"},
      {R"({"as_of":"2026-01-01","role":"pekerja_rentan","segment":"PU"})", "inconsistent_input", "segment"},
  };
  for (const E& e : cases) {
    bool ok = true;
    json r = run(e.in, &ok);
    CHECK_FALSE(ok);
    CHECK_MESSAGE(r["error"]["code"] == e.code, e.in);
    CHECK_MESSAGE(r["error"]["field"] == e.field, e.in);
  }
  bool ok = true;
  CHECK(run("{not json", &ok)["error"]["code"] == "malformed_json");
  CHECK_FALSE(ok);
}

TEST_CASE("in an array, a bad element becomes an error object and the others still evaluate") {
  bool ok = true;
  json r = run(
      R"([{"as_of":"2026-05-01","role":"pekerja_rentan"},{"as_of":"nope"},{"as_of":"2026-05-01","role":"pns"}])", &ok);
  CHECK_FALSE(ok);
  REQUIRE(r.size() == 3);
  CHECK(r[0]["totals"]["monthly"]["total"] == 8400);  // PP 50/2025: (10,000 + 6,800) x 50 %
  CHECK(r[1]["error"]["field"] == "as_of");
  CHECK(r[2]["programs"]["JKK"]["status"] == "not_eligible");
}

TEST_CASE("fuzzed garbage never crashes and always yields JSON") {
  const char* junk[] = {"",
                        "[]",
                        "[[]]",
                        "null",
                        "1",
                        "\"x\"",
                        "{\"as_of\":null}",
                        "{\"as_of\":1}",
                        "{\"as_of\":\"2026-01-01\",\"opt_in\":\"JHT\"}",
                        "{\"as_of\":\"2026-01-01\",\"opt_in\":[1]}",
                        "{\"as_of\":\"2026-01-01\",\"monthly_wage\":1e30}",
                        "{\"as_of\":\"2026-01-01\",\"monthly_wage\":18446744073709551615}",
                        "{\"as_of\":\"2026-01-01\",\"id\":{}}",
                        "\xff\xfe"};
  for (const char* s : junk) {
    std::string out;
    eval_json(embedded_rules(), s, out);
    CHECK_FALSE(json::parse(out, nullptr, false).is_discarded());
  }
}

TEST_CASE("explanation lines name the party whose amount they compute") {
  json r = run(R"({"as_of":"2026-05-01","segment":"PU","monthly_wage":12000000,"jkk_risk_group":1,
                   "employer_scale":"large","birth_date":"1990-01-01","jkn_enrolled":true})");
  int jht_employer = 0, jht_worker = 0, jp_shared = 0, jkp_government = 0;
  for (const json& e : r["explanation"]) {
    if (e["program"] == "JHT" && e["party"] == "employer") ++jht_employer;
    if (e["program"] == "JHT" && e["party"] == "worker") ++jht_worker;
    if (e["program"] == "JP" && e["party"].is_null()) ++jp_shared;  // the ceiling cap
    if (e["program"] == "JKP" && e["party"] == "government") ++jkp_government;
  }
  CHECK(jht_employer == 1);
  CHECK(jht_worker == 1);
  CHECK(jp_shared == 1);
  CHECK(jkp_government == 1);
}

TEST_CASE("typed explanation lines are what the JSON explanation says") {
  const RuleSet& R = embedded_rules();
  testgen::Rng rng{4242};
  for (int n = 0; n < 2000; ++n) {
    Input in = testgen::random_input(rng);
    Result res;
    evaluate(R, in, res);
    std::string out;
    write_result(R, res, "", out);
    json j = json::parse(out);
    Explanation ex;
    explain(res, ex);
    REQUIRE(static_cast<size_t>(ex.n) == j["explanation"].size());
    for (int i = 0; i < ex.n; ++i) {
      const ExplainLine& l = ex.lines[i];
      const json& e = j["explanation"][static_cast<size_t>(i)];
      CHECK(e["program"] == (l.program < 0 ? json() : json(program_code(l.program))));
      CHECK(e["party"] == (l.has_party ? json(party_code(l.party)) : json()));
      CHECK(e["citation"] == (l.param ? l.param->citation : std::string()));
      CHECK((l.kind == ExplainKind::AmountMissing) == (l.param == nullptr));
      CHECK((l.kind == ExplainKind::RoleDefault) == (l.program < 0));
      std::string id, en;
      explain_text(R, l, true, id);
      explain_text(R, l, false, en);
      CHECK(e["text_id"] == id);
      CHECK(e["text_en"] == en);
    }
  }
}

// A reference escaper (the roster's before the shared writer, with RFC 3629's strict decoding: a
// sequence is copied only if it decodes to a scalar value in its shortest form): json_write_string
// must give the same bytes, for both sinks.
static size_t strict_sequence(const unsigned char* p, size_t n) {
  const size_t len = p[0] < 0x80 ? 1 : (p[0] >> 5) == 6 ? 2 : (p[0] >> 4) == 14 ? 3 : (p[0] >> 3) == 30 ? 4 : 0;
  if (!len || len > n) return 0;
  uint32_t cp = len == 1 ? p[0] : len == 2 ? p[0] & 0x1Fu : len == 3 ? p[0] & 0x0Fu : p[0] & 0x07u;
  for (size_t k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[k] & 0x3Fu);
  }
  static const uint32_t min_cp[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_cp[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

static void reference_escape(std::string& out, const char* s, size_t n) {
  out.push_back('"');
  for (size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '"' || c == '\\')
        out.push_back('\\'), out.push_back(static_cast<char>(c));
      else if (c == '\n')
        out += "\\n";
      else if (c == '\r')
        out += "\\r";
      else if (c == '\t')
        out += "\\t";
      else if (c < 0x20) {
        static const char hex[] = "0123456789abcdef";
        out += "\\u00";
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    size_t len = strict_sequence(reinterpret_cast<const unsigned char*>(s) + i, n - i);
    if (len) {
      out.append(s + i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  out.push_back('"');
}

// A strict UTF-8 validator (RFC 3629) over a whole text.
static bool valid_utf8(const std::string& t) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(t.data());
  for (size_t i = 0; i < t.size();) {
    size_t len = strict_sequence(p + i, t.size() - i);
    if (!len) return false;
    i += len;
  }
  return true;
}

TEST_CASE("json_write_string writes valid UTF-8 only: random bytes through a strict validator") {
  // Each of these once passed through as written (ED A0 80 is a surrogate, E0 80 80 and F0 80 80 80
  // overlong, F4 90 80 80 above U+10FFFF, F5..FF never valid).
  for (const char* bad : {"\xED\xA0\x80", "\xE0\x80\x80", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80",
                          "\xF8\x88\x80\x80\x80", "\xFF\xBF\xBF"}) {
    std::string out;
    json_write_string(out, bad, std::strlen(bad));
    CHECK_MESSAGE(valid_utf8(out), out);
    CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);
  }
  uint64_t x = 0x2545F4914F6CDD1DULL;
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (size_t i = 0, n = static_cast<size_t>(k % 24); i < n; ++i) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      s.push_back(static_cast<char>(x >> 24));
    }
    std::string a, b;
    json_write_string(a, s);
    {
      JsonOut o(b);
      json_write_string(o, s);
    }
    CHECK_MESSAGE(valid_utf8(a), k);
    CHECK(a == b);
    if (valid_utf8(s)) CHECK(nlohmann::json::parse(a).get<std::string>() == s);  // valid text kept
  }
}

TEST_CASE("json_write_string escapes as the reference does, for both sinks") {
  std::vector<std::string> texts = {"",
                                    "plain",
                                    "quote \" backslash \\ slash /",
                                    std::string("nul \0 bell \a bs \b ff \f vt \v esc \x1b", 32),
                                    "tab\tnl\ncr\r",
                                    "Rp 5.000.000 × 0,24% — café 日本 😀",
                                    "\x80 lone continuation",
                                    "\xC3 truncated at end \xC3",
                                    "\xE2\x82 short \xF0\x9F\x98",
                                    "\xC0\xAF overlong \xE0\x80\x80 \xED\xA0\x80 \xF5\x80\x80 \xFF\xFE"};
  uint64_t x = 0x9E3779B97F4A7C15ULL;
  for (int k = 0; k < 2000; ++k) {  // random bytes, biased to the interesting ones
    std::string s;
    size_t n = static_cast<size_t>(k % 40);
    for (size_t i = 0; i < n; ++i) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      static const unsigned char pick[] = {'a',  '"',  '\\', 0x01, 0x7F, 0x80, 0xBF, 0xC2,
                                           0xDF, 0xE0, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
      s.push_back(static_cast<char>(x % 3 ? pick[(x >> 8) % sizeof pick] : static_cast<unsigned char>(x >> 16)));
    }
    texts.push_back(s);
  }
  for (const std::string& t : texts) {
    std::string want, a, b = "prefix";
    reference_escape(want, t.data(), t.size());
    json_write_string(a, t.data(), t.size());
    {
      JsonOut o(b);
      json_write_string(o, t.data(), t.size());
    }
    CHECK(a == want);
    CHECK(b == "prefix" + want);
  }
}

TEST_CASE("json writer: integers, keys, literals, nested buffers") {
  std::string s;
  {
    JsonOut o(s);
    o += '{';
    json_write_key(o, "a"), json_write_int(o, -9223372036854775807LL - 1);
    json_write_comma_key(o, "b"), json_write_bool(o, true);
    json_write_comma_key(o, "c", 1), json_write_null(o);
    std::string inner;
    {
      JsonOut sub(inner);  // a nested buffer renders while its parent waits
      json_write_int(sub, 42);
    }
    json_write_comma_key(o, "d"), o += inner;
    o += '}';
  }
  CHECK(s == "{\"a\":-9223372036854775808,\"b\":true,\"c\":null,\"d\":42}");
  std::string t;
  json_write_key(t, "k"), json_write_int(t, 0), json_write_comma_key(t, "l"), json_write_bool(t, false);
  CHECK(t == "\"k\":0,\"l\":false");
}

// Input payslip (core/engine/payslip.cpp): an answer without it is the plain answer, byte for
// byte; with it, the same bytes plus one "payslip" block (before "payers"), whose take-home is the
// wage minus the worker's BPJS Ketenagakerjaan total minus the JKN worker share, and JKN is never
// a program nor in the totals.
TEST_CASE("payslip: true adds one block and changes nothing else; take-home = wage - BPJS TK - JKN") {
  const RuleSet& R = embedded_rules();
  testgen::Rng rng{1010};
  int computed = 0, capped = 0;
  for (int n = 0; n < 3000; ++n) {
    Input in = testgen::random_input(rng);
    Result plain, with;
    std::string a, b;
    evaluate(R, in, plain);
    write_result(R, plain, "", a);
    REQUIRE(a.find("\"payslip\":") == std::string::npos);
    in.payslip = true;
    evaluate(R, in, with);
    write_result(R, with, "", b);
    const size_t k = b.find(",\"payslip\":");
    REQUIRE(k != std::string::npos);
    const size_t tail = a.size() - k;
    REQUIRE(b.size() > a.size());
    CHECK(a.compare(0, k, b, 0, k) == 0);
    CHECK(b.compare(b.size() - tail, tail, a, k, tail) == 0);
    CHECK(b.compare(b.size() - tail, 10, ",\"payers\":") == 0);
    json j = json::parse(b);
    const json& p = j["payslip"];
    CHECK(j["programs"].size() == 5);
    if (p["status"] != "computed") {
      CHECK(p["take_home"].is_null());
      CHECK(p["reason"]["message_id"].is_string());
      continue;
    }
    CHECK(j["segment"] == "PU");
    CHECK(p["bpjs_ketenagakerjaan"]["worker"] == j["totals"]["monthly"]["worker"]);
    CHECK(p["bpjs_kesehatan"]["outside_bpjs_ketenagakerjaan"] == true);
    if (p["take_home"].is_number()) {
      ++computed;
      const int64_t wage = p["wage"], tk = p["bpjs_ketenagakerjaan"]["worker"], jkn = p["bpjs_kesehatan"]["worker"];
      CHECK(p["take_home"] == wage - tk - jkn);
      if (p["bpjs_kesehatan"]["status"] == "deducted") {
        const int64_t basis = p["bpjs_kesehatan"]["basis"];
        CHECK(basis == std::min<int64_t>(wage, 12000000));
        // 1 % and 4 % of the basis, rounded half up (integer arithmetic, independent of the engine's).
        CHECK(jkn == (basis + 50) / 100);
        CHECK(p["bpjs_kesehatan"]["employer"] == (basis * 4 + 50) / 100);
        capped += wage > 12000000;
      } else {
        CHECK(jkn == 0);
      }
    }
  }
  CHECK(computed > 300);
  CHECK(capped > 50);
}
