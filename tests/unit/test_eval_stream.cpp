// Streaming evaluation (core/contract/eval_stream.cpp): the same bytes as eval_json whatever the
// chunking, answers handed over while the input is still being read, JSON Lines, stopping.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "jamsos/contract.hpp"

using namespace jamsos;

namespace {

struct Run {
  std::string out;
  std::vector<size_t> flushed_at;  // input bytes read when each flush came
  EvalStatus status = EvalStatus::Ok;
};

// Feeds `text` in chunks of `chunk` bytes.
Run stream(const std::string& text, size_t chunk, bool jsonl = false, size_t flush_bytes = 1 << 16) {
  Run r;
  size_t pos = 0;
  EvalStream s;
  s.jsonl = jsonl;
  s.flush_bytes = flush_bytes;
  s.flush = [&](std::string& out) {
    r.out += out;
    out.clear();
    r.flushed_at.push_back(pos);
    return true;
  };
  r.status = eval_stream(
      embedded_rules(),
      [&](char* buf, size_t cap) {
        const size_t n = std::min({cap, chunk, text.size() - pos});
        std::memcpy(buf, text.data() + pos, n);
        pos += n;
        return n;
      },
      s);
  return r;
}

std::string eval(const std::string& in, bool* ok = nullptr) {
  std::string out;
  const bool r = eval_json(embedded_rules(), in, out);
  if (ok) *ok = r;
  return out;
}

std::string inputs(int n) {
  std::string t = "[";
  for (int i = 0; i < n; ++i) {
    if (i) t += ",";
    t += R"({"as_of":"2026-05-01","segment":"PU","monthly_wage":)" + std::to_string(1000000 + i * 1000) +
         (i % 7 == 3 ? R"(,"bogus":1)" : "") + R"(,"id":)" + std::to_string(i) + "}";
  }
  return t + "]";
}

}  // namespace

TEST_CASE("a streamed array gives eval_json's bytes, for any chunk size") {
  const std::string text = inputs(200);
  bool ok = true;
  const std::string want = eval(text, &ok);
  CHECK_FALSE(ok);  // one element in seven is an unknown field
  for (size_t chunk : {size_t{1}, size_t{2}, size_t{7}, size_t{64}, size_t{1000}, size_t{1} << 20}) {
    Run r = stream(text, chunk);
    CHECK(r.out == want);
    CHECK(r.status == EvalStatus::InputError);
  }
  for (const std::string t : {"[]", "{\"as_of\":\"2026-05-01\"}", "[1,{}]", "{", "[{\"as_of\":\"2026-05-01\"},", "",
                              "{\"as_of\":\"2026-05-01\",\"monthly_wage\":1e400}", "{\"as_of\":\"2026-05-01\"} 1"}) {
    CHECK_MESSAGE(stream(t, 3).out == eval(t), t);
  }
}

TEST_CASE("answers are handed over while the array is still being read") {
  const std::string text = inputs(400);
  Run r = stream(text, 4096, false, 1 << 14);
  REQUIRE(r.flushed_at.size() > 10);
  CHECK(r.flushed_at.front() < text.size() / 4);  // the first answers came after a quarter of the input
  CHECK(r.out == eval(text));
  // A single object is written only once it is known to be the whole input.
  Run one = stream(R"({"as_of":"2026-05-01"}   )", 1);
  CHECK(one.flushed_at.size() == 1);
}

TEST_CASE("JSON Lines: one answer per input line, each as eval_json answers it alone") {
  const std::string lines[] = {R"({"as_of":"2026-05-01","role":"pekerja_rentan","id":1})",
                               R"({"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000})",
                               R"({"as_of":"2014-01-01"})",
                               "{not json",
                               R"([{"as_of":"2026-05-01"}])",
                               R"({"as_of":"2026-05-01","monthly_wage":1e400})",
                               R"({"as_of":"2026-05-01"} {"as_of":"2026-05-01"})"};
  std::string text, want;
  for (const std::string& l : lines) {
    text += l + "\r\n\n  \n";  // CRLF and blank lines: skipped
    std::string one = eval(l);
    if (l[0] == '[') one = R"({"error":{"code":"not_an_object","field":null,"message":"expected one JSON object"}})";
    want += one + "\n";
  }
  for (size_t chunk : {size_t{1}, size_t{5}, size_t{100}, size_t{1} << 16}) {
    Run r = stream(text, chunk, true);
    CHECK(r.out == want);
    CHECK(r.status == EvalStatus::InputError);
  }
  Run last = stream(lines[0], 7, true);  // no newline after the last line
  CHECK(last.out == eval(lines[0]) + "\n");
  CHECK(last.status == EvalStatus::Ok);
  CHECK(stream("", 7, true).out.empty());
}

TEST_CASE("a flush that returns false stops the evaluation") {
  const std::string text = inputs(300);
  size_t calls = 0;
  EvalStream s;
  s.flush_bytes = 4096;
  s.flush = [&](std::string& out) {
    out.clear();
    return ++calls < 3;
  };
  std::string out;
  CHECK(eval_text(embedded_rules(), text.data(), text.size(), out, &s) == EvalStatus::Stopped);
  CHECK(calls == 3);
  // Without a sink everything is appended after what `out` held.
  std::string all = "x";
  CHECK(eval_text(embedded_rules(), text.data(), text.size(), all, nullptr) == EvalStatus::InputError);
  CHECK(all == "x" + eval(text));
}
