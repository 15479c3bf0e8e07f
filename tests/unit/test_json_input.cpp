// The input scanner (json_input.cpp) must accept and reject exactly what nlohmann's parser does and
// deliver the same fields: compared on tricky texts and on many mutations of valid inputs.
#include <doctest/doctest.h>

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

static std::pair<bool, std::string> run(bool reference, const std::string& text) {
  std::string log;
  auto cb = [&](const Fields& f, bool in_array) {
    log += in_array ? "A" : "S";
    log += f.is_object ? "{" : "!";
    for (size_t i = 0; i < f.count; ++i) log += f.keys[i] + "=" + describe(f.vals[i]) + ";";
    log += "}";
  };
  bool ok = reference ? parse_inputs_reference(text, cb) : parse_inputs(text, cb);
  return {ok, ok ? log : std::string()};
}

static void same(const std::string& text) {
  auto a = run(false, text), b = run(true, text);
  CHECK_MESSAGE(a.first == b.first, "accept differs for: " << text);
  CHECK_MESSAGE(a.second == b.second, "fields differ for: " << text);
}

TEST_CASE("the scanner agrees with nlohmann on tricky texts") {
  const char* cases[] = {
      "",
      " ",
      "{}",
      "[]",
      "[{}]",
      "[[]]",
      "{\"a\":1}",
      "{\"a\":1,}",
      "{,}",
      "[1,]",
      "[,1]",
      "{\"a\" 1}",
      "{\"a\":1 \"b\":2}",
      "{\"a\":-0}",
      "{\"a\":01}",
      "{\"a\":1.}",
      "{\"a\":.5}",
      "{\"a\":1e}",
      "{\"a\":1e+5}",
      "{\"a\":-}",
      "{\"a\":18446744073709551615}",
      "{\"a\":18446744073709551616}",
      "{\"a\":-9223372036854775808}",
      "{\"a\":-9223372036854775809}",
      "{\"a\":tru}",
      "{\"a\":true}",
      "{\"a\":nul}",
      "{\"a\":null}",
      "{\"a\":\"\\u00e9\"}",
      "{\"a\":\"\\ud83d\\ude00\"}",
      "{\"a\":\"\\ud83d\"}",
      "{\"a\":\"\\ude00\"}",
      "{\"a\":\"\\x\"}",
      "{\"a\":\"tab\there\"}",
      "{\"a\":\"\xc3\xa9\"}",
      "{\"a\":\"\xc3\"}",
      "{\"a\":\"\xe0\x80\x80\"}",
      "{\"a\":\"\xed\xa0\x80\"}",
      "{\"a\":\"\xf4\x90\x80\x80\"}",
      "{\"a\":\"\xf0\x9f\x98\x80\"}",
      "\xef\xbb\xbf{}",
      "\xef\xbb{}",
      "{} {}",
      "{}x",
      "[1,2,3]",
      "[\"x\",{\"as_of\":\"2026-01-01\",\"opt_in\":[\"JHT\",[1],{}]}]",
      "{\"id\":{\"a\":[1,{\"b\":2}]},\"as_of\":\"2026-01-01\"}",
      "{\"a\":[]}",
      "{\"a\":[[[]]]}",
      "\"str\"",
      "12",
      "-",
      "{\"a\":\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"}",
      "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
      "{\"\":1}",
      "{\"a\":1}\n\t ",
  };
  for (const char* c : cases) same(c);
  same(std::string("{\"a\":1}\0garbage", 15));
  same(
      std::string("555555.5\0\0\x1b"
                  "6",
                  12));
  same("[1e98791]");
  same("{\"a\":-1e400}");
  same("{\"a\":1e-400}");
  same(std::string("{\"a\":\"x\0y\"}", 11));
}

TEST_CASE("the scanner agrees with nlohmann on 20,000 mutated inputs") {
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
    same(t);
  }
}
