// NIK structure checks (../shared/domain/NIK.md) and the duplicate set.
#include <cstring>

#include "jamsos/nik.hpp"

#include <cstdlib>
#include <new>
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#endif

namespace jamsos {

const char* nik_error_code(NikError e) {
  static const char* n[] = {"",           "nik_empty",    "nik_scientific", "nik_not_digits",
                            "nik_length", "nik_province", "nik_regency",    "nik_district",
                            "nik_day",    "nik_month",    "nik_date",       "nik_serial"};
  return n[static_cast<int>(e)];
}

std::string nik_digits(uint64_t value) {
  char b[16];
  return std::string(b, static_cast<size_t>(nik_put_digits(b, value) - b));
}

void nik_append_digits(std::string& out, uint64_t value) {
  char b[16];
  out.append(b, static_cast<size_t>(nik_put_digits(b, value) - b));
}

const char* nik_province_name(int code) {
  switch (code) {
    case 11:
      return "Aceh";
    case 12:
      return "Sumatera Utara";
    case 13:
      return "Sumatera Barat";
    case 14:
      return "Riau";
    case 15:
      return "Jambi";
    case 16:
      return "Sumatera Selatan";
    case 17:
      return "Bengkulu";
    case 18:
      return "Lampung";
    case 19:
      return "Kepulauan Bangka Belitung";
    case 21:
      return "Kepulauan Riau";
    case 31:
      return "DKI Jakarta";
    case 32:
      return "Jawa Barat";
    case 33:
      return "Jawa Tengah";
    case 34:
      return "DI Yogyakarta";
    case 35:
      return "Jawa Timur";
    case 36:
      return "Banten";
    case 51:
      return "Bali";
    case 52:
      return "Nusa Tenggara Barat";
    case 53:
      return "Nusa Tenggara Timur";
    case 61:
      return "Kalimantan Barat";
    case 62:
      return "Kalimantan Tengah";
    case 63:
      return "Kalimantan Selatan";
    case 64:
      return "Kalimantan Timur";
    case 65:
      return "Kalimantan Utara";
    case 71:
      return "Sulawesi Utara";
    case 72:
      return "Sulawesi Tengah";
    case 73:
      return "Sulawesi Selatan";
    case 74:
      return "Sulawesi Tenggara";
    case 75:
      return "Gorontalo";
    case 76:
      return "Sulawesi Barat";
    case 81:
      return "Maluku";
    case 82:
      return "Maluku Utara";
    case 91:
      return "Papua";
    case 92:
      return "Papua Barat";
    case 93:
      return "Papua Selatan";
    case 94:
      return "Papua Tengah";
    case 95:
      return "Papua Pegunungan";
    case 96:
      return "Papua Barat Daya";
    default:
      return nullptr;
  }
}

NikError parse_nik(const char* s, size_t n, Nik& out) {
  out = Nik();
  char d[16];
  size_t k = 0;
  bool other = false;
  // Fast path: exactly 16 digits, as nearly every cell is; the loop below accepts it the same way.
  if (n == 16) {
    unsigned bad = 0;
    for (size_t i = 0; i < 16; ++i) bad |= static_cast<unsigned>(static_cast<unsigned char>(s[i]) - '0') > 9 ? 1u : 0u;
    if (!bad) {
      std::memcpy(d, s, 16);
      k = 16;
      goto digits;
    }
  }
  // Trim blanks and Excel's text apostrophe.
  while (n && (*s == ' ' || *s == '\t')) ++s, --n;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) --n;
  if (n && *s == '\'') ++s, --n;
  if (n == 0) return NikError::Empty;
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (k < 16) d[k] = c;
      ++k;
    } else if (c == 'E' || c == 'e') {
      // "3.51514E+15": Excel's scientific notation of a number cell.
      for (size_t j = i + 1; j < n; ++j)
        if (s[j] == '+') return NikError::Scientific;
      other = true;
    } else if (c == ' ') {
      continue;
    } else if (c == '.' && k == 16 && i + 1 < n) {
      // "3515140508680001.0" or ".00": a number cell exported with decimals.
      bool zeros = true;
      for (size_t j = i + 1; j < n; ++j) zeros = zeros && s[j] == '0';
      if (!zeros) other = true;
      break;
    } else {
      other = true;
    }
  }
  if (other) return NikError::NotDigits;
  if (k != 16) return NikError::Length;
digits:
  auto two = [&](int at) { return (d[at] - '0') * 10 + (d[at + 1] - '0'); };
  uint64_t v = 0;
  for (int i = 0; i < 16; ++i) v = v * 10 + static_cast<uint64_t>(d[i] - '0');
  out.value = v;
  out.province = two(0);
  out.regency = two(2);
  out.district = two(4);
  int dd = two(6);
  out.month = two(8);
  out.yy = two(10);
  out.serial = two(12) * 100 + two(14);
  out.female = dd > 40;
  out.day = out.female ? dd - 40 : dd;
  if (!nik_province_name(out.province)) return NikError::Province;
  if (out.regency == 0) return NikError::Regency;
  if (out.district == 0) return NikError::District;
  if (!((dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71))) return NikError::Day;
  if (out.month < 1 || out.month > 12) return NikError::Month;
  // A calendar day in some year: 29-02 is allowed when the two-digit year can be a leap year.
  int probe_year = 2000 + out.yy;  // same leap-ness as 1900+yy except for yy = 00
  if (!valid_ymd(out.yy == 0 ? 2000 : probe_year, out.month, out.day)) return NikError::Date;
  if (out.serial == 0) return NikError::Serial;
  return NikError::None;
}

bool nik_birth_date(const Nik& nik, const Date* birth, Date as_of, Date& out) {
  int year;
  if (birth) {
    int by = to_ymd(*birth).year;
    int base = by - by % 100;
    year = base + nik.yy;
    // Nearest century to the birth year.
    if (year - by > 50)
      year -= 100;
    else if (by - year > 50)
      year += 100;
  } else {
    int ay = to_ymd(as_of).year;
    int base = ay - ay % 100;
    year = base + nik.yy;
    if (year > ay || (year == ay && !valid_ymd(year, nik.month, nik.day))) year -= 100;
    if (valid_ymd(year, nik.month, nik.day) && from_ymd(year, nik.month, nik.day) > as_of) year -= 100;
  }
  if (!valid_ymd(year, nik.month, nik.day)) return false;
  out = from_ymd(year, nik.month, nik.day);
  return true;
}

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
void* NikSet::big_alloc(size_t bytes) {
  constexpr size_t kBig = size_t(2) << 20;
  void* p = nullptr;
  if (bytes >= kBig) {
    const size_t rounded = (bytes + kBig - 1) / kBig * kBig;
    p = std::aligned_alloc(kBig, rounded);
    if (p) madvise(p, rounded, MADV_HUGEPAGE);  // advice only: without it, ordinary pages
  } else {
    p = std::malloc(bytes ? bytes : 1);
  }
  if (!p) throw std::bad_alloc();
  return p;
}
void NikSet::big_free(void* p) { std::free(p); }
#else
void* NikSet::big_alloc(size_t bytes) { return ::operator new(bytes); }
void NikSet::big_free(void* p) { ::operator delete(p); }
#endif

void NikSet::grow() {
  std::vector<Slot, BigPages<Slot>> old;
  old.swap(slots_);
  size_t cap = old.empty() ? 1024 : old.size() * 2;
  slots_.assign(cap, Slot{0, 0});
  size_ = 0;
  for (const Slot& s : old)
    if (s.key) insert(s.key, s.record);
}

int64_t NikSet::insert(uint64_t nik, int64_t record) {
  if (nik == 0) return 0;
  if ((size_ + 1) * 4 > slots_.size() * 3) grow();  // load factor at most 3/4
  size_t mask = slots_.size() - 1;
  for (size_t i = hash(nik) & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.key == nik) return s.record;
    if (s.key == 0) {
      s.key = nik;
      s.record = record;
      ++size_;
      return 0;
    }
  }
}

int64_t NikSet::find(uint64_t nik) const {
  if (slots_.empty() || nik == 0) return 0;
  size_t mask = slots_.size() - 1;
  for (size_t i = hash(nik) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.key == nik) return s.record;
    if (s.key == 0) return 0;
  }
}

}  // namespace jamsos
