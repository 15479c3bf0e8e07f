// Reading contract inputs: a strict RFC 8259 scanner that emits SAX events into a reusable field
// list (no DOM). nlohmann's SAX parser, which accepts and rejects exactly the same texts, is kept as
// the reference: tests/unit/test_json_input.cpp compares the two on tricky and mutated inputs.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <vector>

#include "input_fields.hpp"

namespace jamsos {
namespace detail {

namespace {

using json = nlohmann::json;

class Reader {
 public:
  // The field list is reused across calls on this thread (its strings and lists keep their
  // capacity), so reading an input allocates almost nothing.
  explicit Reader(const std::function<void(const Fields&, bool)>& cb) : cb_(cb), f_(storage()) {}

  bool null() { return scalar(Val::Null); }
  bool boolean(bool v) {
    Val* x = slot(Val::Bool);
    if (x) x->b = v;
    return true;
  }
  bool number_integer(json::number_integer_t v) {
    Val* x = slot(Val::Int);
    if (x) x->i = v;
    return true;
  }
  bool number_unsigned(json::number_unsigned_t v) {
    Val* x = slot(Val::Uint);
    if (x) {
      x->u = v;
      x->i = v > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<int64_t>(v);
    }
    return true;
  }
  bool number_float(json::number_float_t, const std::string&) { return scalar(Val::Float); }
  bool string(std::string& v) {
    Val* x = slot(Val::Str);
    if (x) x->s.swap(v);
    return true;
  }
  bool binary(json::binary_t&) { return scalar(Val::Obj); }

  bool start_object(std::size_t) {
    if (depth_ == 0 || (depth_ == 1 && top_array_)) {
      // an input element starts
      f_.is_object = true;
      f_.count = 0;
      elem_depth_ = depth_ + 1;
    } else {
      slot(Val::Obj);  // a nested object as a field value or list element: an opaque marker
    }
    ++depth_;
    return true;
  }
  bool key(std::string& k) {
    if (depth_ == elem_depth_) {
      if (f_.count == f_.keys.size()) {
        f_.keys.emplace_back();
        f_.vals.emplace_back();
      }
      f_.keys[f_.count].swap(k);
      Val& v = f_.vals[f_.count];
      v.t = Val::Null;
      v.arr.clear();
      ++f_.count;
    }
    return true;
  }
  bool end_object() {
    --depth_;
    if (depth_ + 1 == elem_depth_) {
      cb_(f_, top_array_);
      elem_depth_ = -1;
    }
    return true;
  }
  bool start_array(std::size_t) {
    if (depth_ == 0) {
      top_array_ = true;
    } else if (depth_ == 1 && top_array_ && elem_depth_ < 0) {
      element_not_object();
    } else if (depth_ == elem_depth_) {
      if (slot(Val::Arr)) in_list_ = true;
    } else {
      slot(Val::Obj);  // a list inside a list: an opaque marker
    }
    ++depth_;
    return true;
  }
  bool end_array() {
    --depth_;
    if (in_list_ && depth_ == elem_depth_) in_list_ = false;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  bool scalar(Val::Type t) {
    slot(t);
    return true;
  }
  void element_not_object() {
    f_.is_object = false;
    f_.count = 0;
    cb_(f_, top_array_);
  }
  // Where a scalar goes: the current field, an element of the current field's list, or nowhere
  // (inside nested values). A scalar where an element is expected is a non-object element.
  Val* slot(Val::Type t) {
    if (depth_ == 0 || (depth_ == 1 && top_array_ && elem_depth_ < 0)) {
      element_not_object();
      return nullptr;
    }
    if (depth_ == elem_depth_ && f_.count > 0) {
      Val& v = f_.vals[f_.count - 1];
      v.t = t;
      return &v;
    }
    if (in_list_ && depth_ == elem_depth_ + 1) {
      std::vector<Val>& a = f_.vals[f_.count - 1].arr;
      a.emplace_back();
      a.back().t = t;
      return &a.back();
    }
    return nullptr;
  }

  static Fields& storage() {
    static thread_local Fields fields;
    return fields;
  }
  const std::function<void(const Fields&, bool)>& cb_;
  Fields& f_;
  int depth_ = 0;
  int elem_depth_ = -1;
  bool top_array_ = false;
  bool in_list_ = false;
};

// The scanner. Containers are tracked on an explicit stack (no recursion, any depth); strings are
// checked as UTF-8 with the same byte ranges as nlohmann (RFC 3629) and \u escapes are decoded,
// surrogate pairs included; numbers follow the JSON grammar, integers become int64/uint64 when they
// fit (else a float, as in nlohmann); a UTF-8 byte-order mark at the very start is skipped.
class Scanner {
 public:
  // A NUL byte ends the input, as in nlohmann (which stops there: the rest is never read).
  Scanner(const std::string& text, Reader& r) : p_(text.data()), end_(text.data() + std::strlen(text.c_str())), r_(r) {}

  bool run() {
    if (end_ - p_ >= 1 && static_cast<unsigned char>(*p_) == 0xEF) {
      if (end_ - p_ < 3 || static_cast<unsigned char>(p_[1]) != 0xBB || static_cast<unsigned char>(p_[2]) != 0xBF)
        return false;
      p_ += 3;
    }
    // stack: 'o' object expecting key or '}', 'O' object after a value, 'a' array expecting value or ']',
    // 'A' array after a value
    std::vector<char>& st = stack();
    st.clear();
    for (;;) {
      ws();
      if (p_ == end_) return false;
      char top = st.empty() ? 0 : st.back();
      if (top == 'o' || top == 'O') {
        if (*p_ == '}') {
          ++p_;
          st.pop_back();
          r_.end_object();
          after_value(st);
          if (st.empty()) break;
          continue;
        }
        if (top == 'O') {  // after a member: ',' then the next key ('}' was handled above)
          if (*p_ != ',') return false;
          ++p_;
          ws();
          if (p_ == end_) return false;
        }
        if (*p_ != '"' || !string(key_)) return false;
        ws();
        if (p_ == end_ || *p_ != ':') return false;
        ++p_;
        r_.key(key_);
        st.back() = 'o';
        if (!value(st)) return false;
        if (st.empty()) break;
        continue;
      }
      if (top == 'a' || top == 'A') {
        if (*p_ == ']') {
          ++p_;
          st.pop_back();
          r_.end_array();
          after_value(st);
          if (st.empty()) break;
          continue;
        }
        if (top == 'A') {
          if (*p_ != ',') return false;
          ++p_;
        }
        st.back() = 'a';
        if (!value(st)) return false;
        if (st.empty()) break;
        continue;
      }
      // top level
      if (!value(st)) return false;
      if (st.empty()) break;
    }
    ws();
    return p_ == end_;
  }

 private:
  static std::vector<char>& stack() {
    static thread_local std::vector<char> s;
    return s;
  }
  void ws() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  // After a complete value inside a container, the container now expects ',' or its end.
  static void after_value(std::vector<char>& st) {
    if (!st.empty()) st.back() = st.back() == 'o' ? 'O' : st.back() == 'a' ? 'A' : st.back();
  }
  bool literal(const char* word, size_t n) {
    if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
    p_ += n;
    return true;
  }
  // One value; a container pushes its state and returns (its contents follow in run()).
  bool value(std::vector<char>& st) {
    ws();
    if (p_ == end_) return false;
    switch (*p_) {
      case '{':  // its members (or '}') are read by run() in state 'o'
        ++p_;
        st.push_back('o');
        r_.start_object(0);
        return true;
      case '[':  // its elements (or ']') are read by run() in state 'a'
        ++p_;
        st.push_back('a');
        r_.start_array(0);
        return true;
      case '"':
        if (!string(str_)) return false;
        r_.string(str_);
        break;
      case 't':
        if (!literal("true", 4)) return false;
        r_.boolean(true);
        break;
      case 'f':
        if (!literal("false", 5)) return false;
        r_.boolean(false);
        break;
      case 'n':
        if (!literal("null", 4)) return false;
        r_.null();
        break;
      default:
        if (!number()) return false;
        break;
    }
    after_value(st);  // a scalar is complete
    return true;
  }
  bool number() {
    const char* s = p_;
    bool neg = false;
    if (p_ != end_ && *p_ == '-') neg = true, ++p_;
    if (p_ == end_) return false;
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    } else {
      return false;
    }
    bool is_float = false;
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      is_float = true;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      is_float = true;
    }
    if (!is_float) {
      // Digits only: accumulate with overflow checks (an overflowing integer is a float, as in nlohmann).
      const char* d = s + (neg ? 1 : 0);
      uint64_t u = 0;
      bool overflow = false;
      for (; d != p_; ++d) {
        uint64_t digit = static_cast<uint64_t>(*d - '0');
        if (u > (UINT64_MAX - digit) / 10) {
          overflow = true;
          break;
        }
        u = u * 10 + digit;
      }
      if (!overflow) {
        if (!neg) {
          r_.number_unsigned(u);
          return true;
        }
        if (u <= static_cast<uint64_t>(INT64_MAX) + 1) {
          r_.number_integer(u == static_cast<uint64_t>(INT64_MAX) + 1 ? INT64_MIN : -static_cast<int64_t>(u));
          return true;
        }
      }
    }
    // A float: only its finiteness matters here (floats are never valid contract values), and an
    // overflowing one (1e999) is a parse error, as in nlohmann.
    num_.assign(s, static_cast<size_t>(p_ - s));
    double v = std::strtod(num_.c_str(), nullptr);
    if (!std::isfinite(v)) return false;
    r_.number_float(v, empty_);
    return true;
  }
  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool u4(unsigned& cp) {
    if (end_ - p_ < 4) return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      int h = hex(p_[k]);
      if (h < 0) return false;
      cp = cp * 16 + static_cast<unsigned>(h);
    }
    p_ += 4;
    return true;
  }
  static void put_utf8(std::string& o, unsigned cp) {
    if (cp < 0x80) {
      o += static_cast<char>(cp);
    } else if (cp < 0x800) {
      o += static_cast<char>(0xC0 | (cp >> 6));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      o += static_cast<char>(0xE0 | (cp >> 12));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      o += static_cast<char>(0xF0 | (cp >> 18));
      o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  // A string at p_ (which points at the opening quote) into `out`.
  bool string(std::string& out) {
    out.clear();
    ++p_;
    for (;;) {
      const char* run = p_;
      // plain ASCII run
      while (p_ != end_) {
        unsigned char c = static_cast<unsigned char>(*p_);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++p_;
      }
      out.append(run, static_cast<size_t>(p_ - run));
      if (p_ == end_) return false;
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        ++p_;
        if (p_ == end_) return false;
        char e = *p_++;
        switch (e) {
          case '"':
            out += '"';
            break;
          case '\\':
            out += '\\';
            break;
          case '/':
            out += '/';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            unsigned cp = 0;
            if (!u4(cp)) return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {  // high surrogate: a low one must follow
              unsigned lo = 0;
              if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
              p_ += 2;
              if (!u4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
              return false;
            }
            put_utf8(out, cp);
            break;
          }
          default:
            return false;
        }
        continue;
      }
      // A multi-byte UTF-8 sequence, checked with the RFC 3629 ranges.
      int len = 0;
      unsigned char lo2 = 0x80, hi2 = 0xBF;
      if (c >= 0xC2 && c <= 0xDF)
        len = 2;
      else if (c == 0xE0)
        len = 3, lo2 = 0xA0;
      else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        len = 3;
      else if (c == 0xED)
        len = 3, hi2 = 0x9F;
      else if (c == 0xF0)
        len = 4, lo2 = 0x90;
      else if (c >= 0xF1 && c <= 0xF3)
        len = 4;
      else if (c == 0xF4)
        len = 4, hi2 = 0x8F;
      else
        return false;
      if (end_ - p_ < len) return false;
      unsigned char b1 = static_cast<unsigned char>(p_[1]);
      if (b1 < lo2 || b1 > hi2) return false;
      for (int k = 2; k < len; ++k) {
        unsigned char b = static_cast<unsigned char>(p_[k]);
        if (b < 0x80 || b > 0xBF) return false;
      }
      out.append(p_, static_cast<size_t>(len));
      p_ += len;
    }
  }

  const char* p_;
  const char* end_;
  Reader& r_;
  std::string key_, str_, num_;
  const std::string empty_;
};

}  // namespace

bool parse_inputs(const std::string& text, const std::function<void(const Fields&, bool)>& element) {
  Reader r(element);
  Scanner s(text, r);
  return s.run();
}

bool parse_inputs_reference(const std::string& text, const std::function<void(const Fields&, bool)>& element) {
  Reader r(element);
  return json::sax_parse(text, &r, json::input_format_t::json, true, false);
}

}  // namespace detail
}  // namespace jamsos
