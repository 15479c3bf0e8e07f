// The input reader (json_reader.cpp, nlohmann's SAX parser into flat field lists): which texts it
// accepts, the fields it delivers (arrays, nested values as opaque markers, repeated keys in document
// order), and the contract's answers built on it (errors, id echo, "later wins").
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gen_inputs.hpp"
#include "input_fields.hpp"

using namespace jamsos;
using namespace jamsos::detail;

static std::string describe(const Val& v) {
  std::string s = std::to_string(static_cast<int>(v.t)) + ":";
  switch (v.t) {
    case Val::Bool:
      s += v.b ? "t" : "f";
      break;
    case Val::Int:
      s += std::to_string(v.i);
      break;
    case Val::Uint:
      s += std::to_string(v.u);
      break;
    case Val::Str:
      s += v.s;
      break;
    case Val::Arr:
      for (const Val& e : v.arr) s += "[" + describe(e) + "]";
      break;
    default:
      break;
  }
  return s;
}

// The accepted flag and a log of the delivered elements: A/S (in an array or single), { fields } or
// ! for a non-object; each field as key=type:value (types: 0 null, 1 bool, 2 int, 3 uint, 4 float,
// 5 string, 6 list, 7 nested object or list).
static std::pair<bool, std::string> run(const std::string& text) {
  std::string log;
  auto cb = [&](const Fields& f, bool in_array) {
    log += in_array ? "A" : "S";
    log += f.is_object ? "{" : "!";
    for (size_t i = 0; i < f.count; ++i) log += f.keys[i] + "=" + describe(f.vals[i]) + ";";
    log += "}";
  };
  bool ok = parse_inputs(text, cb);
  return {ok, ok ? log : std::string()};
}

struct Case {
  const char* text;
  size_t size;  // 0: up to the first NUL
  bool accepted;
  const char* fields;
};

TEST_CASE("the reader accepts strict JSON only and delivers flat fields") {
  // Frozen from the reader as it was when the hand-written scanner (which was checked against
  // nlohmann on these and on mutated inputs) was removed.
  const Case cases[] = {
      {"", 0, false, ""},
      {" ", 1, false, ""},
      {"{}", 2, true, "S{}"},
      {"[]", 2, true, ""},
      {"[{}]", 4, true, "A{}"},
      {"[[]]", 4, true, "A!}"},
      {"{\"a\":1}", 7, true, "S{a=3:1;}"},
      {"{\"a\":1,}", 8, false, ""},
      {"{,}", 3, false, ""},
      {"[1,]", 4, false, ""},
      {"[,1]", 4, false, ""},
      {"{\"a\" 1}", 7, false, ""},
      {"{\"a\":1 \"b\":2}", 13, false, ""},
      {"{\"a\":-0}", 8, true, "S{a=2:0;}"},
      {"{\"a\":01}", 8, false, ""},
      {"{\"a\":1.}", 8, false, ""},
      {"{\"a\":.5}", 8, false, ""},
      {"{\"a\":1e}", 8, false, ""},
      {"{\"a\":1e+5}", 10, true, "S{a=4:;}"},
      {"{\"a\":-}", 7, false, ""},
      {"{\"a\":18446744073709551615}", 26, true, "S{a=3:18446744073709551615;}"},
      {"{\"a\":18446744073709551616}", 26, true, "S{a=4:;}"},
      {"{\"a\":-9223372036854775808}", 26, true, "S{a=2:-9223372036854775808;}"},
      {"{\"a\":-9223372036854775809}", 26, true, "S{a=4:;}"},
      {"{\"a\":tru}", 9, false, ""},
      {"{\"a\":true}", 10, true, "S{a=1:t;}"},
      {"{\"a\":nul}", 9, false, ""},
      {"{\"a\":null}", 10, true, "S{a=0:;}"},
      {"{\"a\":\"\\u00e9\"}", 14, true,
       "S{a=5:\xc3"
       "\xa9"
       ";}"},
      {"{\"a\":\"\\ud83d\\ude00\"}", 20, true,
       "S{a=5:\xf0"
       "\x9f"
       "\x98"
       "\x80"
       ";}"},
      {"{\"a\":\"\\ud83d\"}", 14, false, ""},
      {"{\"a\":\"\\ude00\"}", 14, false, ""},
      {"{\"a\":\"\\x\"}", 10, false, ""},
      {"{\"a\":\"tab\x09"
       "here\"}",
       16, false, ""},
      {"{\"a\":\"\xc3"
       "\xa9"
       "\"}",
       10, true,
       "S{a=5:\xc3"
       "\xa9"
       ";}"},
      {"{\"a\":\"\xc3"
       "\"}",
       9, false, ""},
      {"{\"a\":\"\xe0"
       "\x80"
       "\x80"
       "\"}",
       11, false, ""},
      {"{\"a\":\"\xed"
       "\xa0"
       "\x80"
       "\"}",
       11, false, ""},
      {"{\"a\":\"\xf4"
       "\x90"
       "\x80"
       "\x80"
       "\"}",
       12, false, ""},
      {"{\"a\":\"\xf0"
       "\x9f"
       "\x98"
       "\x80"
       "\"}",
       12, true,
       "S{a=5:\xf0"
       "\x9f"
       "\x98"
       "\x80"
       ";}"},
      {"\xef"
       "\xbb"
       "\xbf"
       "{}",
       5, true, "S{}"},
      {"\xef"
       "\xbb"
       "{}",
       4, false, ""},
      {"{} {}", 5, false, ""},
      {"{}x", 3, false, ""},
      {"[1,2,3]", 7, true, "A!}A!}A!}"},
      {"[\"x\",{\"as_of\":\"2026-01-01\",\"opt_in\":[\"JHT\",[1],{}]}]", 52, true,
       "A!}A{as_of=5:2026-01-01;opt_in=6:[5:JHT][7:][7:];}"},
      {"{\"id\":{\"a\":[1,{\"b\":2}]},\"as_of\":\"2026-01-01\"}", 45, true, "S{id=7:;as_of=5:2026-01-01;}"},
      {"{\"a\":[]}", 8, true, "S{a=6:;}"},
      {"{\"a\":[[[]]]}", 12, true, "S{a=6:[7:];}"},
      {"\"str\"", 5, true, "S!}"},
      {"12", 2, true, "S!}"},
      {"-", 1, false, ""},
      {"{\"a\":\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"}", 24, true,
       "S{a=5:/\x08"
       "\x0c"
       "\x0a"
       "\x0d"
       "\x09"
       "\"\\;}"},
      {"[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]", 40, true, "A!}"},
      {"{\"\":1}", 6, true, "S{=3:1;}"},
      {"{\"a\":1}\x0a"
       "\x09"
       " ",
       10, true, "S{a=3:1;}"},
      {"{\"a\":1}\x00"
       "garbage",
       15, true, "S{a=3:1;}"},
      {"555555.5\x00"
       "\x00"
       "\x1b"
       "6",
       12, true, "S!}"},
      {"[1e98791]", 9, false, ""},
      {"{\"a\":-1e400}", 12, false, ""},
      {"{\"a\":1e-400}", 12, true, "S{a=4:;}"},
      {"{\"a\":\"x\x00"
       "y\"}",
       11, false, ""},
      {"{\"a\":1,\"a\":\"x\",\"b\":[\"y\"]}", 0, true, "S{a=3:1;a=5:x;b=6:[5:y];}"},
      {"[{\"a\":1},{\"b\":2},3]", 0, true, "A{a=3:1;}A{b=3:2;}A!}"},
      {"[{\"a\":1},", 0, false, ""},
  };
  for (const Case& c : cases) {
    std::string text = c.size ? std::string(c.text, c.size) : std::string(c.text);
    auto got = run(text);
    CHECK_MESSAGE(got.first == c.accepted, "accept differs for: " << text);
    CHECK_MESSAGE(got.second == c.fields, "fields differ for: " << text);
  }
}

TEST_CASE("the field list is reused: a later, shorter input does not see earlier fields") {
  CHECK(run(R"({"a":[1,2],"b":"x","c":true})").second == "S{a=6:[3:1][3:2];b=5:x;c=1:t;}");
  CHECK(run(R"({"a":"y"})").second == "S{a=5:y;}");
  CHECK(run(R"([{"a":[3]},{"a":4}])").second == "A{a=6:[3:3];}A{a=3:4;}");
}

static std::string eval(const std::string& in, bool* ok = nullptr) {
  std::string out;
  bool r = eval_json(embedded_rules(), in, out);
  if (ok) *ok = r;
  return out;
}

TEST_CASE("malformed JSON gives one error object, whatever was delivered before the error") {
  const std::string err = R"({"error":{"code":"malformed_json","field":null,"message":"the input is not valid JSON"}})";
  for (const char* t : {"", "{not json", R"([{"as_of":"2026-05-01"},)", R"({"as_of":"2026-05-01"} {})", "[1e999]",
                        R"({"as_of":"2026-05-01"}x)", R"({"as_of":"2026-05-01","a":"\ud800"})"}) {
    bool ok = true;
    CHECK_MESSAGE(eval(t, &ok) == err, t);
    CHECK_FALSE(ok);
  }
}

TEST_CASE("the id is echoed first, as text or a whole number") {
  CHECK(eval(R"({"id":"a\"b\u00e9\n","as_of":"2026-05-01"})").rfind(R"({"id":"a\"bé\n","as_of":"2026-05-01",)", 0) ==
        0);
  CHECK(eval(R"({"as_of":"2026-05-01","id":18446744073709551615})").rfind(R"({"id":18446744073709551615,)", 0) == 0);
  CHECK(eval(R"({"as_of":"2026-05-01","id":-7})").rfind(R"({"id":-7,)", 0) == 0);
  CHECK(eval(R"({"as_of":"2026-05-01","id":1.5})").find(R"("code":"invalid_type","field":"id")") != std::string::npos);
  CHECK(eval(R"({"as_of":"2026-05-01","id":{"a":1}})").find(R"("field":"id")") != std::string::npos);
}

TEST_CASE("a repeated key: the later one wins") {
  CHECK(eval(R"({"as_of":"2026-05-01","segment":"BPU","segment":"PU","monthly_wage":5000000})") ==
        eval(R"({"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000})"));
  // as_of is looked up first: the last one counts, even when null
  CHECK(eval(R"({"as_of":"2026-05-01","as_of":null})").find(R"("code":"missing_field","field":"as_of")") !=
        std::string::npos);
}

TEST_CASE("nested values are never accepted as field values") {
  std::string o = eval(R"({"as_of":"2026-05-01","opt_in":["JHT",["JP"]]})");
  CHECK(o.find(R"("code":"invalid_type","field":"opt_in")") != std::string::npos);
  o = eval(R"({"as_of":"2026-05-01","monthly_wage":{"amount":5}})");
  CHECK(o.find(R"("field":"monthly_wage")") != std::string::npos);
}

TEST_CASE("20,000 mutated inputs: always one JSON answer, malformed exactly when nlohmann rejects the text") {
  testgen::Rng rng{99};
  const std::string seeds[] = {
      R"({"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000,"opt_in":["JHT","JP"],"jkn_enrolled":true,"id":"x\u00e9"})",
      R"([{"as_of":"2026-05-01","role":"pekerja_rentan"},{"as_of":"2015-07-01","declared_income":-1.5e3,"id":7}])",
  };
  const char alphabet[] = "{}[]\",:\\u0123456789eE.-+ tfnrlasx\xc3\xa9\xed\xf0\x01";
  for (int n = 0; n < 20000; ++n) {
    std::string t = seeds[n % 2];
    int edits = static_cast<int>(rng.range(1, 4));
    for (int k = 0; k < edits; ++k) {
      size_t pos = static_cast<size_t>(rng.range(0, static_cast<int64_t>(t.size()) - 1));
      char ch = alphabet[rng.range(0, sizeof(alphabet) - 2)];
      switch (rng.range(0, 2)) {
        case 0:
          t[pos] = ch;
          break;
        case 1:
          t.insert(pos, 1, ch);
          break;
        default:
          t.erase(pos, 1);
          break;
      }
    }
    std::string out = eval(t);
    nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
    REQUIRE_MESSAGE(!j.is_discarded(), t);
    bool malformed = j.is_object() && j.contains("error") && j["error"]["code"] == "malformed_json";
    CHECK_MESSAGE(malformed == !nlohmann::json::accept(t), t);
  }
}
