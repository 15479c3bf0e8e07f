// A JS string read in pieces as UTF-8 (TextEncoder.encodeInto, which writes a lone surrogate as
// U+FFFD, as node writes a string to the CLI's stdin): the input of evaluate() and benefits()
// without a copy of the whole string in wasm memory.
#pragma once
#include <emscripten/val.h>

#include <cstddef>

namespace jamsos_wasm {

class JsText {
 public:
  using val = emscripten::val;
  explicit JsText(const val& s)
      : str_(s.isString() ? s : val::global("String")(s)),
        enc_(val::global("TextEncoder").new_()),
        len_(str_["length"].as<size_t>()) {}
  size_t read(char* buf, size_t cap) {
    if (pos_ >= len_ || cap < 4) return 0;
    // At most cap UTF-16 units (each gives at least one byte): encodeInto stops when buf is full.
    val piece = str_.call<val>("substring", pos_, pos_ + cap);
    val view(emscripten::typed_memory_view(cap, reinterpret_cast<unsigned char*>(buf)));
    val r = enc_.call<val>("encodeInto", piece, view);
    pos_ += r["read"].as<size_t>();
    return r["written"].as<size_t>();
  }

 private:
  val str_, enc_;
  size_t len_, pos_ = 0;
};

}  // namespace jamsos_wasm
