// NIK (Nomor Induk Kependudukan) parsing and plausibility checks, per ../shared/domain/NIK.md:
// PP RR DD dd mm yy ssss = province, regency/city, district, day of birth (+40 for women),
// month, two-digit year, serial from 0001. The NIK is personal data: nothing here leaves memory.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "jamsos/date.hpp"

namespace jamsos {

enum class NikError : uint8_t {
  None,
  Empty,       // no NIK given
  Scientific,  // Excel turned it into 3.51514E+15 (the digits are lost)
  NotDigits,   // characters other than digits (spaces are allowed and removed)
  Length,      // not 16 digits
  Province,    // digits 1-2 not a known province code
  Regency,     // digits 3-4 are 00
  District,    // digits 5-6 are 00
  Day,         // digits 7-8 not 01-31 or 41-71
  Month,       // digits 9-10 not 01-12
  Date,        // day and month do not make a calendar date (e.g. 31-02)
  Serial,      // digits 13-16 are 0000
};
const char* nik_error_code(NikError e);  // "nik_length", ...

struct Nik {
  uint64_t value = 0;  // the 16 digits as a number (never 0 for a valid NIK)
  int province = 0, regency = 0, district = 0;
  int day = 0, month = 0, yy = 0;  // day with the +40 removed
  bool female = false;
  int serial = 0;
};

// Parses and checks the structure. Spaces, a leading apostrophe (Excel's text marker) and a
// trailing ".0" (a number cell) are tolerated.
NikError parse_nik(const char* s, size_t n, Nik& out);
inline NikError parse_nik(const std::string& s, Nik& out) { return parse_nik(s.data(), s.size(), out); }

// The 16 digits of a NIK value, leading zeros kept (the only place a NIK is written out):
// nik_put_digits writes them at `p` and returns p + 16.
inline char* nik_put_digits(char* p, uint64_t value) {
  for (int i = 15; i >= 0; --i) p[i] = static_cast<char>('0' + value % 10), value /= 10;
  return p + 16;
}
std::string nik_digits(uint64_t value);
void nik_append_digits(std::string& out, uint64_t value);

// The province name for a two-digit code, or nullptr if the code is not listed in NIK.md.
const char* nik_province_name(int code);

// The birth date encoded in the NIK with its century resolved: from `birth` when given (the
// century nearest to the birth year), otherwise the latest century that puts it on or before
// `as_of`. False if that day does not exist (29-02 in a non-leap year).
bool nik_birth_date(const Nik& nik, const Date* birth, Date as_of, Date& out);

// Whether the encoded day, month and two-digit year agree with `birth`.
inline bool nik_matches_birth(const Nik& nik, Date birth) {
  Ymd y = to_ymd(birth);
  return y.day == nik.day && y.month == nik.month && y.year % 100 == nik.yy;
}

// Duplicate detection in constant memory per row: an open-addressing hash set of NIK values
// with the record where each was first seen: 16 bytes per slot, 3/8 to 3/4 full, so 21-43 bytes
// per distinct NIK (38 million rows -> 1 GiB; 200,000 rows -> 4 MiB). The only memory that
// grows with the roster; disable it (RosterOptions::check_duplicates) for strictly flat memory.
class NikSet {
 public:
  // Inserts; returns 0 if new, else the record number where the NIK was first seen.
  int64_t insert(uint64_t nik, int64_t record);
  // Starts loading the slot where `nik` goes. On a large roster the table is far bigger than the
  // caches and each insert is one random memory access; the roster calls this as soon as a row's
  // NIK is parsed and inserts after the other cells, so that wait overlaps useful work.
  // Always inlined: GCC otherwise marks a function holding only a prefetch as free of side
  // effects and deletes the call.
#if defined(__GNUC__) || defined(__clang__)
  __attribute__((always_inline)) void prefetch(uint64_t nik) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash(nik) & (slots_.size() - 1)]);
  }
#else
  void prefetch(uint64_t) const {}
#endif
  // The first record for `nik`, or 0.
  int64_t find(uint64_t nik) const;
  size_t size() const { return size_; }
  void clear() {
    slots_.clear();
    size_ = 0;
  }

 private:
  struct Slot {
    uint64_t key;
    int64_t record;
  };
  // A 64-bit finaliser (MurmurHash3 fmix64): NIK digits are far from uniform in the low bits.
  static uint64_t hash(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
  }
  // The table of a large roster spans tens of MB read at random: backed by 2 MB pages where the
  // system offers them (one TLB entry each instead of 512), which measured ~5% of `jamsos diff`.
  template <typename T>
  struct BigPages {
    using value_type = T;
    BigPages() = default;
    template <typename U>
    BigPages(const BigPages<U>&) {}
    T* allocate(size_t n) { return static_cast<T*>(big_alloc(n * sizeof(T))); }
    void deallocate(T* p, size_t) { big_free(p); }
    template <typename U>
    bool operator==(const BigPages<U>&) const {
      return true;
    }
    template <typename U>
    bool operator!=(const BigPages<U>&) const {
      return false;
    }
  };
  static void* big_alloc(size_t bytes);
  static void big_free(void* p);
  void grow();
  std::vector<Slot, BigPages<Slot>> slots_;
  size_t size_ = 0;
};

}  // namespace jamsos
