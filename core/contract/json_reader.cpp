// Reading contract inputs: nlohmann's SAX parser (strict RFC 8259, no exceptions: a parse error
// ends the parse through the handler's parse_error) emitting events into a reusable flat field
// list (no DOM). The contract's inputs are flat objects of scalars plus one list (opt_in); deeper
// values are kept only as opaque markers.
#include <cstdint>
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
    if (x) x->s.assign(v);  // a copy into kept capacity (cheaper than a swap of short strings)
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
      f_.keys[f_.count].assign(k);
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

}  // namespace

bool parse_inputs(const std::string& text, const std::function<void(const Fields&, bool)>& element) {
  Reader r(element);
  // strict: nothing but whitespace may follow the value; comments are not JSON.
  return json::sax_parse(text, &r, json::input_format_t::json, true, false);
}

}  // namespace detail
}  // namespace jamsos
