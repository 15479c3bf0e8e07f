// The JSON writer's out-of-line parts: the per-thread scratch area of JsonOut, string escaping
// and integers (written once, for both sinks).
#include "jamsos/json_writer.hpp"

#include <algorithm>

#include "jamsos/money.hpp"

namespace jamsos {

namespace {

// Frees this thread's scratch area when the thread ends (touched only when the area is made).
struct ScratchOwner {
  char** buf = nullptr;
  ~ScratchOwner() {
    if (buf) {
      delete[] * buf;
      *buf = nullptr;
    }
  }
};

// Byte classes: 0 plain (copied in runs), 1 an ASCII byte to escape, 2 the start of a UTF-8
// sequence (checked).
struct ByteClass {
  unsigned char c[256];
  ByteClass() {
    for (int i = 0; i < 256; ++i) c[i] = i < 0x20 || i == '"' || i == '\\' ? 1 : i >= 0x80 ? 2 : 0;
  }
};
const ByteClass kClass;

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) starting at s[0] >= 0x80, or 0.
inline size_t utf8_length(const char* s, size_t n) {
  const unsigned char c = static_cast<unsigned char>(s[0]);
  const size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (!len || len > n) return 0;
  const unsigned char b = static_cast<unsigned char>(s[1]);
  const unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  const unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  if (b < lo || b > hi) return 0;
  for (size_t j = 2; j < len; ++j)
    if ((static_cast<unsigned char>(s[j]) & 0xC0) != 0x80) return 0;
  return len;
}

template <typename Sink>
void escape(Sink& o, const char* s, size_t n) {
  o.push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < n;) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const unsigned char k = kClass.c[c];
    if (k == 0) {
      ++i;
      continue;
    }
    if (k == 2) {
      // A UTF-8 sequence: copied when well formed, else each byte not starting one is U+FFFD.
      const size_t len = utf8_length(s + i, n - i);
      if (len) {
        i += len;  // stays in the run
        continue;
      }
      o.append(s + run, i - run);
      o.append("\xEF\xBF\xBD", 3);
      run = ++i;
      continue;
    }
    o.append(s + run, i - run);
    switch (c) {
      case '"':
        o.append("\\\"", 2);
        break;
      case '\\':
        o.append("\\\\", 2);
        break;
      case '\n':
        o.append("\\n", 2);
        break;
      case '\r':
        o.append("\\r", 2);
        break;
      case '\t':
        o.append("\\t", 2);
        break;
      default: {
        static const char hex[] = "0123456789abcdef";
        const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        o.append(u, 6);
      }
    }
    run = ++i;
  }
  o.append(s + run, n - run);
  o.push_back('"');
}

template <typename Sink>
void integer(Sink& o, int64_t v) {
  char b[kFormatBuf];
  o.append(b, static_cast<size_t>(format_int_chars(b, v)));
}

}  // namespace

void JsonOut::init() {
  static thread_local ScratchOwner owner;
  cap_ = 65536;
  buf_ = new char[cap_];
  owner.buf = &buf_;
}

void JsonOut::grow(size_t n) {
  const size_t cap = std::max(cap_ * 2, top_ + n + 8192);
  char* bigger = new char[cap];
  std::memcpy(bigger, buf_, top_);
  delete[] buf_;
  buf_ = bigger;
  cap_ = cap;
}

void json_write_string(std::string& out, const char* s, size_t n) { escape(out, s, n); }
void json_write_string(JsonOut& out, const char* s, size_t n) { escape(out, s, n); }
void json_write_int(std::string& out, int64_t v) { integer(out, v); }
void json_write_int(JsonOut& out, int64_t v) { integer(out, v); }

}  // namespace jamsos
