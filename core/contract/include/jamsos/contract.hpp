// The JSON contract of `jamsos eval` (docs/CONTRACT.md): text in, text out. Also used by the
// WebAssembly binding, so native and wasm answers are byte-identical.
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include "jamsos/engine.hpp"
#include "jamsos/rules.hpp"
#include "jamsos/validate.hpp"

namespace jamsos {

struct InputError {
  std::string code, field, message;
};

// The contract's error for a failed cross-field check (engine/validate.cpp).
InputError input_error(const InputIssue& issue);

// Validates one JSON object (as text) into an Input. `id_json` receives the echoed "id" (or "").
bool parse_input_text(const RuleSet& R, const std::string& text, Input& in, std::string& id_json, InputError& err);
// Appends the result object (compact JSON) to `out`.
void write_result(const RuleSet& R, const Result& r, const std::string& id_json, std::string& out);
void write_error(const InputError& e, std::string& out);

// One object or an array of them. Returns false if any element was an input error (exit status 2).
bool eval_json(const RuleSet& R, const std::string& input, std::string& out);

// Streaming evaluation (eval_stream.cpp): each element of an array is evaluated as soon as it is
// read and its answer handed to `flush`, so memory stays constant however long the input.
enum class EvalStatus { Ok, InputError, Stopped };
struct EvalStream {
  // Called with the pending output (whole answers only) once at least `flush_bytes` are pending,
  // before each read and at the end. It takes what it wants (usually all: out.clear()); returning
  // false stops the evaluation (EvalStatus::Stopped).
  std::function<bool(std::string& out)> flush;
  size_t flush_bytes = 1 << 16;
  bool jsonl = false;  // JSON Lines: one input object per line in, one answer per line out
};
// Input pulled with `read(buf, cap)` (bytes read; 0 at the end). The output is the same bytes as
// eval_json's for the same input (JSON Lines: each line's eval_json answer and a newline).
EvalStatus eval_stream(const RuleSet& R, const std::function<size_t(char*, size_t)>& read, EvalStream& s);
// The same over text in memory (`s` may be null: everything appended to `out`). s->jsonl is ignored.
EvalStatus eval_text(const RuleSet& R, const char* text, size_t size, std::string& out, EvalStream* s);

}  // namespace jamsos
