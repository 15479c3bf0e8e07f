// The input reader (json_reader.cpp, nlohmann's SAX parser into flat field lists): which texts it
// accepts, the fields it delivers (arrays, nested values as opaque markers, repeated keys in document
// order), and the contract's answers built on it (errors, id echo, repeated keys).
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

TEST_CASE("a text that cannot be read: one error object, or the last element once an array has begun") {
  const std::string err = R"({"error":{"code":"malformed_json","field":null,"message":"the input is not valid JSON"}})";
  for (const char* t : {"", "{not json", R"({"as_of":"2026-05-01"} {})", R"({"as_of":"2026-05-01"}x)", "]"}) {
    bool ok = true;
    CHECK_MESSAGE(eval(t, &ok) == err, t);
    CHECK_FALSE(ok);
  }
  // An array is streamed: the answers already written stay, the error closes the array.
  const std::string first = eval(R"({"as_of":"2026-05-01"})");
  CHECK(eval(R"([{"as_of":"2026-05-01"},)") == "[" + first + "," + err + "]");
  CHECK(eval("[") == "[" + err + "]");
  CHECK(eval("[1]]") == "[" + eval("1") + "," + err + "]");
  CHECK(eval("[1e999]") == "[" + err + "]");  // not in a field: no field to name
}

TEST_CASE("a top-level empty array is answered by an empty array") {
  bool ok = false;
  CHECK(eval("[]", &ok) == "[]");
  CHECK(ok);
  CHECK(eval(" [ ]\n") == "[]");
}

TEST_CASE("a value that cannot be read names its field") {
  // A number too large for any reader (nlohmann: number overflow) is out of range.
  CHECK(
      eval(R"({"as_of":"2026-05-01","monthly_wage":1e400})") ==
      R"({"error":{"code":"out_of_range","field":"monthly_wage","message":"monthly_wage: the number 1e400 is too large"}})");
  CHECK(eval(R"([{"as_of":"2026-05-01","opt_in":["JHT",-1e999]}])").find(R"("code":"out_of_range","field":"opt_in")") !=
        std::string::npos);
  // A lone UTF-16 surrogate escape (RFC 8259 §8.2: no Unicode text) is rejected, naming the field;
  // the wasm build gives the same bytes (tests/web/differential.test.mjs sends such inputs).
  const std::string lone =
      R"({"error":{"code":"malformed_json","field":"id","message":"the value of id is not valid JSON"}})";
  CHECK(eval(R"({"as_of":"2026-05-01","id":"\ud800"})") == lone);
  CHECK(eval(R"({"as_of":"2026-05-01","id":"x\udc00y"})") == lone);
  CHECK(eval(R"({"as_of":"2026-05-01","id":"\ud800\u0041"})") == lone);
  CHECK(eval("{\"as_of\":\"2026-05-01\",\"id\":\"\xED\xA0\x80\"}") == lone);  // the same as raw (CESU) bytes
  // A pair is one character.
  CHECK(eval(R"({"as_of":"2026-05-01","id":"\ud83d\ude00"})").rfind("{\"id\":\"\xF0\x9F\x98\x80\",", 0) == 0);
  // An error between fields names none.
  CHECK(eval(R"({"as_of":"2026-05-01" "id":1})").find(R"("field":null)") != std::string::npos);
}

TEST_CASE("an unknown field is an error whatever its value, null too") {
  CHECK(
      eval(R"({"as_of":"2026-05-01","bogus":null})") ==
      R"x({"error":{"code":"unknown_field","field":"bogus","message":"unknown input field \"bogus\" (see jamsos --help)"}})x");
  CHECK(eval(R"({"as_of":"2026-05-01","monthly_wage":null})").find("\"error\"") == std::string::npos);
}

TEST_CASE("echoed input text in an error is cut at 200 characters") {
  const std::string big(50 << 20, 'x');
  std::string out = eval(R"({"as_of":"2026-05-01","segment":")" + big + "\"}");
  CHECK(out.size() < 400);
  CHECK(out.find("segment \\\"" + std::string(200, 'x') + "\xE2\x80\xA6\\\" is not one of") != std::string::npos);
  out = eval("{\"as_of\":\"2026-05-01\",\"" + big + "\":1}");
  CHECK(out.size() < 700);
  CHECK(out.find(R"("code":"unknown_field","field":")" + std::string(200, 'x') + "\xE2\x80\xA6\"") !=
        std::string::npos);
  std::string accents;
  for (int i = 0; i < 300; ++i) accents += "\xC3\xA9";  // é: cut after 200 characters, not bytes
  out = eval(R"({"as_of":"2026-05-01","role":")" + accents + "\"}");
  CHECK(out.find("role \\\"" + accents.substr(0, 400) + "\xE2\x80\xA6\\\"") != std::string::npos);
  CHECK(eval(R"({"as_of":"2026-05-01","role":")" + accents.substr(0, 400) + "\"}").find("\xE2\x80\xA6") ==
        std::string::npos);
}

TEST_CASE("the id is echoed first, as text or a whole number") {
  CHECK(eval(R"({"id":"a\"b\u00e9\n","as_of":"2026-05-01"})").rfind(R"({"id":"a\"bé\n","as_of":"2026-05-01",)", 0) ==
        0);
  CHECK(eval(R"({"as_of":"2026-05-01","id":18446744073709551615})").rfind(R"({"id":18446744073709551615,)", 0) == 0);
  CHECK(eval(R"({"as_of":"2026-05-01","id":-7})").rfind(R"({"id":-7,)", 0) == 0);
  CHECK(eval(R"({"as_of":"2026-05-01","id":1.5})").find(R"("code":"invalid_type","field":"id")") != std::string::npos);
  CHECK(eval(R"({"as_of":"2026-05-01","id":{"a":1}})").find(R"("field":"id")") != std::string::npos);
}

TEST_CASE("a repeated key is an error naming the field") {
  const char* dup =
      R"("code":"duplicate_field","field":"segment","message":"input field \"segment\" is given more than once")";
  CHECK(eval(R"({"as_of":"2026-05-01","segment":"BPU","segment":"PU","monthly_wage":5000000})").find(dup) !=
        std::string::npos);
  CHECK(eval(R"({"as_of":"2026-05-01","segment":"PU","segment":"PU"})").find(dup) != std::string::npos);
  CHECK(eval(R"({"as_of":"2026-05-01","as_of":null})").find(R"("code":"duplicate_field","field":"as_of")") !=
        std::string::npos);
  CHECK(eval(R"({"as_of":"2026-05-01","id":null,"id":1})").find(R"("code":"duplicate_field","field":"id")") !=
        std::string::npos);
  // In an array only that element.
  std::string o = eval(R"([{"as_of":"2026-05-01","opt_in":[],"opt_in":["JHT"]},{"as_of":"2026-05-01"}])");
  CHECK(o.find(R"("code":"duplicate_field","field":"opt_in")") != std::string::npos);
  CHECK(o.find("rules_version") != std::string::npos);
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
    // A text that cannot be read ends in a read error: the whole answer, or an array's last element.
    const nlohmann::json& last = j.is_array() && !j.empty() ? j.back() : j;
    const std::string code = last.is_object() && last.contains("error") ? last["error"].value("code", "") : "";
    const bool read_error = code == "malformed_json" ||
                            (code == "out_of_range" &&
                             last["error"]["message"].get<std::string>().find(": the number ") != std::string::npos);
    CHECK_MESSAGE(read_error == !nlohmann::json::accept(t), t);
  }
}
