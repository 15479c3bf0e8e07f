// Reading contract inputs: nlohmann's SAX parser (strict RFC 8259, no exceptions: a parse error
// ends the parse through the handler's parse_error) emitting events into a reusable flat field
// list (no DOM). The contract's inputs are flat objects of scalars plus one list (opt_in); deeper
// values are kept only as opaque markers.
#include <cstdint>
#include <memory>
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
  Reader(const ElementSink& cb, ReadStatus& st) : cb_(cb), st_(st), f_(storage()) { st_ = ReadStatus(); }

  bool null() { return scalar(Val::Null); }
  bool boolean(bool v) {
    Val* x = slot(Val::Bool);
    if (x) x->b = v;
    return !st_.stopped;
  }
  bool number_integer(json::number_integer_t v) {
    Val* x = slot(Val::Int);
    if (x) x->i = v;
    return !st_.stopped;
  }
  bool number_unsigned(json::number_unsigned_t v) {
    Val* x = slot(Val::Uint);
    if (x) {
      x->u = v;
      x->i = v > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<int64_t>(v);
    }
    return !st_.stopped;
  }
  bool number_float(json::number_float_t, const std::string&) { return scalar(Val::Float); }
  bool string(std::string& v) {
    Val* x = slot(Val::Str);
    if (x) x->s.assign(v);  // a copy into kept capacity (cheaper than a swap of short strings)
    return !st_.stopped;
  }
  bool binary(json::binary_t&) { return scalar(Val::Obj); }

  bool start_object(std::size_t) {
    if (depth_ == 0 || (depth_ == 1 && st_.top_array)) {
      // an input element starts
      f_.is_object = true;
      f_.count = 0;
      elem_depth_ = depth_ + 1;
    } else {
      slot(Val::Obj);  // a nested object as a field value or list element: an opaque marker
    }
    ++depth_;
    return !st_.stopped;
  }
  bool key(std::string& k) {
    if (depth_ == elem_depth_) {
      if (f_.count == f_.keys.size()) {
        f_.keys.emplace_back();
        f_.vals.emplace_back();
      }
      f_.keys[f_.count].assign(k);
      Val& v = f_.vals[f_.count];
      v.t = Val::Null;
      v.arr.clear();
      ++f_.count;
      value_pending_ = true;
    }
    return true;
  }
  bool end_object() {
    --depth_;
    if (depth_ + 1 == elem_depth_) {
      deliver();
      elem_depth_ = -1;
    }
    return !st_.stopped;
  }
  bool start_array(std::size_t) {
    if (depth_ == 0) {
      st_.top_array = true;
    } else if (depth_ == 1 && st_.top_array && elem_depth_ < 0) {
      element_not_object();
    } else if (depth_ == elem_depth_) {
      if (slot(Val::Arr)) in_list_ = true;
    } else {
      slot(Val::Obj);  // a list inside a list: an opaque marker
    }
    ++depth_;
    return !st_.stopped;
  }
  bool end_array() {
    --depth_;
    if (in_list_ && depth_ == elem_depth_) in_list_ = false;
    return true;
  }
  // The parse ends. An error met while a field's value was being read names that field.
  bool parse_error(std::size_t, const std::string& token, const nlohmann::detail::exception& ex) {
    st_.ok = false;
    st_.error_id = ex.id;
    const bool in_value = (value_pending_ && depth_ == elem_depth_) || (elem_depth_ >= 0 && depth_ > elem_depth_);
    if (in_value && f_.count > 0) {
      st_.field = f_.keys[f_.count - 1];
      st_.token = token.substr(0, 256);
    }
    return false;
  }

 private:
  bool scalar(Val::Type t) {
    slot(t);
    return !st_.stopped;
  }
  void deliver() {
    if (!cb_(f_, st_.top_array)) st_.stopped = true;
  }
  void element_not_object() {
    f_.is_object = false;
    f_.count = 0;
    deliver();
  }
  // Where a scalar goes: the current field, an element of the current field's list, or nowhere
  // (inside nested values). A scalar where an element is expected is a non-object element.
  Val* slot(Val::Type t) {
    if (depth_ == 0 || (depth_ == 1 && st_.top_array && elem_depth_ < 0)) {
      element_not_object();
      return nullptr;
    }
    if (depth_ == elem_depth_) value_pending_ = false;
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
  const ElementSink& cb_;
  ReadStatus& st_;
  Fields& f_;
  int depth_ = 0;
  int elem_depth_ = -1;
  bool in_list_ = false;
  bool value_pending_ = false;  // a key was read and its value not yet begun
};

// Input bytes pulled chunk by chunk from a ChunkSource, for nlohmann's lexer (one byte a call).
class ChunkAdapter {
 public:
  using char_type = char;
  explicit ChunkAdapter(const ChunkSource& src) : src_(&src), buf_(new char[kChunk]) {}
  std::char_traits<char>::int_type get_character() {
    if (p_ == end_ && !refill()) return std::char_traits<char>::eof();
    return std::char_traits<char>::to_int_type(*p_++);
  }

 private:
  static constexpr size_t kChunk = 1 << 16;
  bool refill() {
    if (done_) return false;
    const size_t n = (*src_)(buf_.get(), kChunk);
    if (n == 0) done_ = true;
    p_ = buf_.get();
    end_ = p_ + n;
    return n > 0;
  }
  const ChunkSource* src_;
  std::unique_ptr<char[]> buf_;
  const char* p_ = nullptr;
  const char* end_ = nullptr;
  bool done_ = false;
};

}  // namespace

// strict: nothing but whitespace may follow the value; comments are not JSON.
ReadStatus read_inputs(const char* text, size_t size, const ElementSink& element) {
  ReadStatus st;
  Reader r(element, st);
  const bool ok = json::sax_parse(text, text + size, &r, json::input_format_t::json, true, false);
  if (!ok && !st.stopped) st.ok = false;
  return st;
}

ReadStatus read_inputs(const ChunkSource& source, const ElementSink& element) {
  ReadStatus st;
  Reader r(element, st);
  nlohmann::detail::parser<json, ChunkAdapter> p(ChunkAdapter(source), nullptr, true, false);
  const bool ok = p.sax_parse(&r, true);
  if (!ok && !st.stopped) st.ok = false;
  return st;
}

bool parse_inputs(const std::string& text, const std::function<void(const Fields&, bool)>& element) {
  return read_inputs(text.data(), text.size(),
                     [&](const Fields& f, bool in_array) {
                       element(f, in_array);
                       return true;
                     })
      .ok;
}

}  // namespace detail
}  // namespace jamsos
