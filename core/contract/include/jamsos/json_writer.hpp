// The one JSON writer of the core: the primitives every JSON text is built from (buffer appends,
// escaped strings, integers, keys). Used by the contract writer (writer.cpp) and the roster.
//
// Two sinks, the same bytes out:
// - std::string: append straight to a string;
// - JsonOut: an append-only buffer with inline appends over one reusable per-thread scratch area
//   (the hot path of the JSON contract), copied to its target string when it ends.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace jamsos {

// Forced inlining of the buffer's appends lets the compiler fold strlen() of string literals.
#if defined(__GNUC__)
#define JAMSOS_JSON_INLINE inline __attribute__((always_inline))
#else
#define JAMSOS_JSON_INLINE inline
#endif

// An append-only buffer. Text is built in one per-thread scratch area (never zero-filled) used as
// a stack, so a nested JsonOut (for a cached fragment) can render while its parent waits; each
// JsonOut copies its own bytes to its target string when it ends. Not copyable.
class JsonOut {
 public:
  explicit JsonOut(std::string& target) : s_(target), start_(top_) {
    if (!buf_) init();
  }
  ~JsonOut() {
    s_.append(buf_ + start_, top_ - start_);
    top_ = start_;
  }
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;

  JAMSOS_JSON_INLINE void append(const char* p, size_t n) {
    if (top_ + n > cap_) grow(n);
    char* d = buf_ + top_;
    // Most pieces are short: copy them with fixed-size (inlined) moves of overlapping halves
    // instead of a call into the library's memcpy.
    if (n >= 8 && n <= 16) {
      std::memcpy(d, p, 8);
      std::memcpy(d + n - 8, p + n - 8, 8);
    } else if (n >= 4 && n < 8) {
      std::memcpy(d, p, 4);
      std::memcpy(d + n - 4, p + n - 4, 4);
    } else if (n < 4) {
      for (size_t i = 0; i < n; ++i) d[i] = p[i];
    } else {
      std::memcpy(d, p, n);
    }
    top_ += n;
  }
  JAMSOS_JSON_INLINE void append(const std::string& x) { append(x.data(), x.size()); }
  JAMSOS_JSON_INLINE void append(const char* p) { append(p, std::strlen(p)); }
  JAMSOS_JSON_INLINE void push_back(char c) {
    if (top_ + 1 > cap_) grow(1);
    buf_[top_++] = c;
  }
  JAMSOS_JSON_INLINE JsonOut& operator+=(char c) {
    push_back(c);
    return *this;
  }
  JAMSOS_JSON_INLINE JsonOut& operator+=(const char* p) {
    append(p, std::strlen(p));
    return *this;
  }
  JAMSOS_JSON_INLINE JsonOut& operator+=(const std::string& x) {
    append(x.data(), x.size());
    return *this;
  }

 private:
  void init();          // allocates this thread's scratch area (freed when the thread ends)
  void grow(size_t n);  // makes room for n more bytes
  std::string& s_;
  size_t start_;
  // Trivial, constant-initialized thread-locals: reached without a TLS wrapper call.
  static inline thread_local char* buf_ = nullptr;
  static inline thread_local size_t cap_ = 0;
  static inline thread_local size_t top_ = 0;
};

// A JSON string (quoted): '"' and '\\' escaped, \n \r \t by name, other control bytes as \u00XX;
// well-formed UTF-8 sequences (RFC 3629: no overlong forms, no surrogates ED A0..BF, nothing
// above U+10FFFF) copied, any other byte of 0x80 and above written as U+FFFD: the output is always
// valid UTF-8.
void json_write_string(std::string& out, const char* s, size_t n);
void json_write_string(JsonOut& out, const char* s, size_t n);
inline void json_write_string(std::string& out, const std::string& s) { json_write_string(out, s.data(), s.size()); }
inline void json_write_string(JsonOut& out, const std::string& s) { json_write_string(out, s.data(), s.size()); }

// A signed integer in decimal.
void json_write_int(std::string& out, int64_t v);
void json_write_int(JsonOut& out, int64_t v);

// Keys: `"k":`, and `,"k":` for every member after the first. The key must need no escaping
// (the contract's keys are fixed ASCII names); a string literal's length is known at compile time.
template <typename Sink, size_t N>
JAMSOS_JSON_INLINE void json_write_key(Sink& out, const char (&k)[N]) {
  out.push_back('"');
  out.append(k, N - 1);
  out.append("\":", 2);
}
template <typename Sink>
JAMSOS_JSON_INLINE void json_write_key(Sink& out, const char* k, size_t n) {
  out.push_back('"');
  out.append(k, n);
  out.append("\":", 2);
}
template <typename Sink, size_t N>
JAMSOS_JSON_INLINE void json_write_comma_key(Sink& out, const char (&k)[N]) {
  out.append(",\"", 2);
  out.append(k, N - 1);
  out.append("\":", 2);
}
template <typename Sink>
JAMSOS_JSON_INLINE void json_write_comma_key(Sink& out, const char* k, size_t n) {
  out.append(",\"", 2);
  out.append(k, n);
  out.append("\":", 2);
}

// A comma before every element of a list or object but the first: `json_comma(out, first)`.
template <typename Sink>
JAMSOS_JSON_INLINE void json_comma(Sink& out, bool& first) {
  if (!first) out.push_back(',');
  first = false;
}

// Literals.
template <typename Sink>
JAMSOS_JSON_INLINE void json_write_bool(Sink& out, bool v) {
  if (v)
    out.append("true", 4);
  else
    out.append("false", 5);
}
template <typename Sink>
JAMSOS_JSON_INLINE void json_write_null(Sink& out) {
  out.append("null", 4);
}

}  // namespace jamsos
