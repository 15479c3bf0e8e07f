// `jamsos eval` as a stream (docs/CONTRACT.md): input elements are read by the SAX reader
// (json_reader.cpp) as they complete, evaluated, and their answers appended to a pending buffer
// that the caller's flush takes at element boundaries, so memory stays constant however long the
// array. JSON Lines: one input document per line, one answer per line. Exception-free (the wasm
// build has no exceptions); the native CLI catches allocation failure around it.
#include <string>

#include "input_fields.hpp"
#include "jamsos/contract.hpp"

namespace jamsos {

namespace detail {

std::string echo(const std::string& s) {
  if (s.size() <= kEchoMax) return s;  // bytes bound code points: nothing to cut
  size_t i = 0, points = 0;
  while (i < s.size() && points < kEchoMax) {
    ++i, ++points;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  if (i == s.size()) return s;
  return s.substr(0, i) + "\xE2\x80\xA6";  // U+2026 HORIZONTAL ELLIPSIS
}

}  // namespace detail

namespace {

// The error of a document nlohmann could not read: the field is named when the error was inside
// its value.
InputError read_error(const detail::ReadStatus& st) {
  if (st.field.empty()) return {"malformed_json", "", "the input is not valid JSON"};
  const std::string f = detail::echo(st.field);
  if (st.error_id == 406)  // nlohmann: number overflow
    return {"out_of_range", f, f + ": the number " + detail::echo(st.token) + " is too large"};
  return {"malformed_json", f, "the value of " + f + " is not valid JSON"};
}

class Evaluator {
 public:
  Evaluator(const RuleSet& R, std::string& out, EvalStream* s) : R_(R), out_(out), start_(out.size()), s_(s) {}

  // One element of the document: its answer appended (after a separator in an array).
  bool element(const detail::Fields& f, bool in_array) {
    if (in_array) out_ += n_ ? ',' : '[';
    ++n_;
    answer(f);
    if (!in_array) return true;
    final_ = true;
    if (s_ && out_.size() - start_ >= s_->flush_bytes) return flush();
    return true;
  }

  // The document's end: the array closed, or a document that could not be read answered by its
  // error (once an array has begun, the error is its last element and the array is closed).
  EvalStatus finish(const detail::ReadStatus& st) {
    if (st.stopped) return EvalStatus::Stopped;
    if (!st.ok) {
      ok_ = false;
      if (st.top_array) {
        out_ += n_ ? ',' : '[';
        write_error(read_error(st), out_);
        out_ += ']';
      } else {
        out_.resize(start_);
        write_error(read_error(st), out_);
      }
    } else if (st.top_array) {
      if (n_ == 0) out_ += '[';
      out_ += ']';
    }
    return ok_ ? EvalStatus::Ok : EvalStatus::InputError;
  }

  // Hands the pending answers over: only final ones (whole elements of an array, whole lines),
  // or everything at the end.
  bool flush(bool at_end = false) {
    if (!s_ || !s_->flush || out_.size() == start_ || !(final_ || at_end)) return true;
    const bool go_on = s_->flush(out_);
    start_ = out_.size();
    return go_on;
  }

  // One JSON Lines document: one object, answered on its own line.
  bool line(const char* p, size_t n) {
    size_t a = 0;
    while (a < n && (p[a] == ' ' || p[a] == '\t' || p[a] == '\r')) ++a;
    if (a == n) return true;  // a blank line: skipped
    final_ = true;
    size_t count = 0;
    const size_t at = out_.size();
    detail::ReadStatus st = detail::read_inputs(p, n, [&](const detail::Fields& f, bool in_array) {
      if (in_array || count++) return false;
      answer(f);
      return true;
    });
    if (st.stopped || st.top_array) {
      out_.resize(at);
      write_error(InputError{"not_an_object", "", "expected one JSON object"}, out_);
      ok_ = false;
    } else if (!st.ok) {
      out_.resize(at);
      write_error(read_error(st), out_);
      ok_ = false;
    }
    out_ += '\n';
    if (s_ && out_.size() - start_ >= s_->flush_bytes) return flush();
    return true;
  }
  bool ok() const { return ok_; }

 private:
  void answer(const detail::Fields& f) {
    if (!detail::parse_input_fields(R_, f, in_, id_, err_)) {
      write_error(err_, out_);
      ok_ = false;
      return;
    }
    evaluate(R_, in_, res_);
    write_result(R_, res_, id_, out_);
  }

  const RuleSet& R_;
  std::string& out_;
  size_t start_;  // where the answers not yet flushed begin
  EvalStream* s_;
  size_t n_ = 0;
  bool ok_ = true;
  bool final_ = false;  // the answers written are final (an array has begun, or lines)
  Input in_;
  Result res_;
  std::string id_;
  InputError err_;
};

EvalStatus eval_lines(const RuleSet& R, const detail::ChunkSource& read, EvalStream& s) {
  std::string out, line, chunk(1 << 16, '\0');
  Evaluator ev(R, out, &s);
  for (;;) {
    if (!ev.flush()) return EvalStatus::Stopped;
    const size_t n = read(&chunk[0], chunk.size());
    if (n == 0) break;
    size_t a = 0;
    for (size_t i = 0; i < n; ++i) {
      if (chunk[i] != '\n') continue;
      bool go_on;
      if (line.empty()) {
        go_on = ev.line(chunk.data() + a, i - a);
      } else {
        line.append(chunk, a, i - a);
        go_on = ev.line(line.data(), line.size());
        line.clear();
      }
      if (!go_on) return EvalStatus::Stopped;
      a = i + 1;
    }
    line.append(chunk, a, n - a);
  }
  if (!line.empty() && !ev.line(line.data(), line.size())) return EvalStatus::Stopped;
  if (!ev.flush(true)) return EvalStatus::Stopped;
  return ev.ok() ? EvalStatus::Ok : EvalStatus::InputError;
}

}  // namespace

bool eval_json(const RuleSet& R, const std::string& input, std::string& out) {
  return eval_text(R, input.data(), input.size(), out, nullptr) == EvalStatus::Ok;
}

EvalStatus eval_text(const RuleSet& R, const char* text, size_t size, std::string& out, EvalStream* s) {
  Evaluator ev(R, out, s);
  const detail::ReadStatus st =
      detail::read_inputs(text, size, [&](const detail::Fields& f, bool in_array) { return ev.element(f, in_array); });
  const EvalStatus r = ev.finish(st);
  if (r != EvalStatus::Stopped && !ev.flush(true)) return EvalStatus::Stopped;
  return r;
}

EvalStatus eval_stream(const RuleSet& R, const std::function<size_t(char*, size_t)>& read, EvalStream& s) {
  if (s.jsonl) return eval_lines(R, read, s);
  std::string out;
  Evaluator ev(R, out, &s);
  bool stop = false;
  // Before each read (which may wait for more input), the answers so far are handed over.
  const detail::ChunkSource source = [&](char* buf, size_t cap) -> size_t {
    if (stop || !ev.flush()) return stop = true, 0;
    return read(buf, cap);
  };
  const detail::ReadStatus st =
      detail::read_inputs(source, [&](const detail::Fields& f, bool in_array) { return ev.element(f, in_array); });
  if (stop) return EvalStatus::Stopped;
  const EvalStatus r = ev.finish(st);
  if (r != EvalStatus::Stopped && !ev.flush(true)) return EvalStatus::Stopped;
  return r;
}

}  // namespace jamsos
