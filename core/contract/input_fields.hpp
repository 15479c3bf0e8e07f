// Internal parts of the JSON contract shared by input.cpp, json_reader.cpp and the writer. Inputs
// are read by nlohmann's SAX parser (json_reader.cpp) into flat field lists: the contract's inputs
// are flat objects of scalars plus one list (opt_in).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "jamsos/contract.hpp"
#include "jamsos/json_writer.hpp"

namespace jamsos {
namespace detail {

// One input value: a scalar, a list of scalars, or (for anything deeper) an object/nested marker.
struct Val {
  enum Type : uint8_t { Null, Bool, Int, Uint, Float, Str, Arr, Obj } t = Null;
  bool b = false;
  int64_t i = 0;   // Int, and Uint when it fits
  uint64_t u = 0;  // Uint
  std::string s;
  std::vector<Val> arr;
  bool is_null() const { return t == Null; }
  bool is_boolean() const { return t == Bool; }
  bool is_number() const { return t == Int || t == Uint || t == Float; }
  bool is_number_integer() const { return t == Int || t == Uint; }
  bool is_number_unsigned() const { return t == Uint; }
  bool is_string() const { return t == Str; }
  bool is_array() const { return t == Arr; }
};

// The fields of one input object, in document order (a repeated key is delivered twice; the
// contract rejects it, input.cpp).
struct Fields {
  bool is_object = false;
  size_t count = 0;
  std::vector<std::string> keys;
  std::vector<Val> vals;
};

// Parses `text` (one value or an array of values), calling `element` for each input element as
// soon as it is complete. Returns false for malformed JSON (elements already delivered must then
// be discarded by the caller).
bool parse_inputs(const std::string& text, const std::function<void(const Fields&, bool in_array)>& element);

// The streaming reader. `ElementSink` gets each input element as soon as it is complete and
// returns false to stop reading; `ChunkSource` fills `buf` with up to `cap` input bytes and
// returns how many (0 at the end of the input).
using ElementSink = std::function<bool(const Fields&, bool in_array)>;
using ChunkSource = std::function<size_t(char* buf, size_t cap)>;
struct ReadStatus {
  bool ok = true;          // the text was valid JSON (and read to the end, unless stopped)
  bool stopped = false;    // the sink asked to stop
  bool top_array = false;  // the text began as an array
  int error_id = 0;        // nlohmann's error id when !ok (406: a number too large to read)
  std::string field;       // when !ok: the field whose value could not be read, if any
  std::string token;       // ...and the text read for that value (at most 256 bytes)
};
ReadStatus read_inputs(const char* text, size_t size, const ElementSink& element);
ReadStatus read_inputs(const ChunkSource& source, const ElementSink& element);

// Input text echoed in an error (a field name, a code): at most kEchoMax code points, then "…".
constexpr size_t kEchoMax = 200;
std::string echo(const std::string& s);

bool parse_input_fields(const RuleSet& R, const Fields& f, Input& in, std::string& id_json, InputError& e);

// The "late_payment" block (late_json.cpp), written when the input gave paid_on.
void write_late_payment(JsonOut& o, const Result& r);
// The "payslip" block (payslip_json.cpp), written when the input gave payslip: true.
void write_payslip(JsonOut& o, const RuleSet& R, const Result& r);

}  // namespace detail
}  // namespace jamsos
