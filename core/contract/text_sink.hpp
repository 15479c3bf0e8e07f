// Formatted values appended to a text sink (std::string or JsonOut), shared by the writer and the
// explanation texts.
#pragma once
#include <cstddef>

#include "jamsos/date.hpp"
#include "jamsos/money.hpp"

namespace jamsos {
namespace detail {

template <typename Sink>
inline void append_rupiah(Sink& o, Money m, bool indonesian) {
  char b[kFormatBuf];
  o.append(b, static_cast<size_t>(format_rupiah_chars(b, m, indonesian)));
}
template <typename Sink>
inline void append_rate(Sink& o, Rate r, bool indonesian) {
  char b[kFormatBuf];
  o.append(b, static_cast<size_t>(format_rate_chars(b, r, indonesian)));
}
template <typename Sink>
inline void append_date(Sink& o, Date d) {
  char buf[10];
  format_date_chars(buf, d);
  o.append(buf, 10);
}

}  // namespace detail
}  // namespace jamsos
