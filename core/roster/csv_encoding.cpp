// CsvReader input encodings: UTF-8 (as is) and UTF-16 LE/BE, told by the byte-order mark
// (Excel's "Unicode text" export is UTF-16 LE with TABs). UTF-16 is converted to UTF-8 as it is
// fed, so the rest of the reader sees UTF-8 only; a unit or surrogate pair split across chunks is
// carried to the next feed. Unpaired surrogates and a final odd byte become U+FFFD.
#include "jamsos/csv.hpp"

namespace jamsos {

namespace {

void put_utf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Converts the complete units of `in` (UTF-16, little-endian when `le`) to UTF-8 on `out`; returns
// how many bytes were used (the rest, at most 3, is an incomplete unit or pair).
size_t utf16_to_utf8(const unsigned char* in, size_t n, bool le, bool final, std::string& out) {
  auto unit = [&](size_t i) -> uint32_t {
    return le ? static_cast<uint32_t>(in[i] | (in[i + 1] << 8)) : static_cast<uint32_t>((in[i] << 8) | in[i + 1]);
  };
  size_t i = 0;
  while (i + 2 <= n) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 4 > n) {
        if (!final) break;
        put_utf8(out, 0xFFFD);
        i += 2;
        continue;
      }
      uint32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        put_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 4;
      } else {
        put_utf8(out, 0xFFFD);
        i += 2;
      }
      continue;
    }
    put_utf8(out, u >= 0xDC00 && u <= 0xDFFF ? 0xFFFD : u);
    i += 2;
  }
  if (final && i < n) {
    put_utf8(out, 0xFFFD);
    i = n;
  }
  return i;
}

}  // namespace

void CsvReader::decode(const char* data, size_t n) {
  if (enc_ == 0) {
    carry_.append(data, n);
    const unsigned char* c = reinterpret_cast<const unsigned char*>(carry_.data());
    if (carry_.empty()) return;
    if ((c[0] == 0xFF || c[0] == 0xFE) && carry_.size() < 2 && !finished_) return;  // BOM or not?
    if (carry_.size() >= 2 && c[0] == 0xFF && c[1] == 0xFE) {
      enc_ = 2;
    } else if (carry_.size() >= 2 && c[0] == 0xFE && c[1] == 0xFF) {
      enc_ = 3;
    } else {
      enc_ = 1;
      buf_ += carry_;
      carry_.clear();
      return;
    }
    carry_.erase(0, 2);  // the byte-order mark
  } else {
    carry_.append(data, n);
  }
  size_t used =
      utf16_to_utf8(reinterpret_cast<const unsigned char*>(carry_.data()), carry_.size(), enc_ == 2, finished_, buf_);
  carry_.erase(0, used);
}

void CsvReader::finish() {
  finished_ = true;
  if (enc_ != 1) decode(nullptr, 0);  // what is left: an unknown first byte, or a broken unit
}

}  // namespace jamsos
