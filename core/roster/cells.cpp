// Roster cells: the contract's codes (role, segment, scale, risk group, yes/no, citizenship,
// sector, sex, opt-in) as people write them.
#include <cstdlib>
#include <cstring>

#include "jamsos/roster.hpp"
#include "roster_internal.hpp"

namespace jamsos {

namespace {

using detail::alnum;
using detail::contains;
using detail::lower;
using detail::starts_with;

}  // namespace

// ------------------------------------------------------------------------------------------
// Codes
// ------------------------------------------------------------------------------------------
bool parse_role_cell(const std::string& s, Role& out) {
  std::string k = normalize_key(s);
  if (k.empty()) return false;
  static const struct {
    const char* key;
    Role r;
  } kExact[] = {
      {"kepaladesa", Role::KepalaDesa},
      {"kades", Role::KepalaDesa},
      {"keuchik", Role::KepalaDesa},
      {"geuchik", Role::KepalaDesa},
      {"kepalakampung", Role::KepalaDesa},
      {"walinagari", Role::KepalaDesa},
      {"perbekel", Role::KepalaDesa},
      {"kepalagampong", Role::KepalaDesa},
      {"villagehead", Role::KepalaDesa},
      {"pjkepaladesa", Role::KepalaDesa},
      {"penjabatkepaladesa", Role::KepalaDesa},
      {"perangkatdesa", Role::PerangkatDesa},
      {"perangkat", Role::PerangkatDesa},
      {"sekdes", Role::PerangkatDesa},
      {"sekretarisdesa", Role::PerangkatDesa},
      {"kadus", Role::PerangkatDesa},
      {"kaur", Role::PerangkatDesa},
      {"kasi", Role::PerangkatDesa},
      {"villageofficial", Role::PerangkatDesa},
      {"stafdesa", Role::PerangkatDesa},
      {"bendaharadesa", Role::PerangkatDesa},
      {"kepaladusun", Role::PerangkatDesa},
      {"bpd", Role::Bpd},
      {"badanpermusyawaratandesa", Role::Bpd},
      {"anggotabpd", Role::Bpd},
      {"pendampingdesa", Role::PendampingDesa},
      {"tpp", Role::PendampingDesa},
      {"pld", Role::PendampingDesa},
      {"pendampinglokaldesa", Role::PendampingDesa},
      {"villagefacilitator", Role::PendampingDesa},
      {"tenagapendampingprofesional", Role::PendampingDesa},
      {"nonasn", Role::NonAsn},
      {"honorer", Role::NonAsn},
      {"tenagahonorer", Role::NonAsn},
      {"pegawaihonorer", Role::NonAsn},
      {"ptt", Role::NonAsn},
      {"pegawaitidaktetap", Role::NonAsn},
      {"thl", Role::NonAsn},
      {"tenagaharianlepas", Role::NonAsn},
      {"tenagakontrak", Role::NonAsn},
      {"pegawainonasn", Role::NonAsn},
      {"noncivilservant", Role::NonAsn},
      {"bumdes", Role::Bumdes},
      {"pengelolabumdes", Role::Bumdes},
      {"pengurusbumdes", Role::Bumdes},
      {"pekerjarentan", Role::PekerjaRentan},
      {"rentan", Role::PekerjaRentan},
      {"vulnerableworker", Role::PekerjaRentan},
      {"pns", Role::Pns},
      {"asn", Role::Pns},
      {"civilservant", Role::Pns},
      {"pegawainegerisipil", Role::Pns},
      {"cpns", Role::Cpns},
      {"pppk", Role::Pppk},
      {"pppkparuhwaktu", Role::PppkParuhWaktu},
      {"p3kparuhwaktu", Role::PppkParuhWaktu},
      {"ketuart", Role::KetuaRtRw},
      {"ketuarw", Role::KetuaRtRw},
      {"ketuartrw", Role::KetuaRtRw},
      {"rtrw", Role::KetuaRtRw},
      {"lkd", Role::Lkd},
      {"anggotalkd", Role::Lkd},
      {"lembagakemasyarakatandesa", Role::Lkd},
      {"operatordesa", Role::OperatorDesa},
      {"operatorsiskeudes", Role::OperatorDesa},
      {"pktd", Role::Pktd},
      {"pekerjapktd", Role::Pktd},
      {"padatkaryatunaidesa", Role::Pktd},
      {"p3k", Role::Pppk},
      {"tni", Role::TniPolri},
      {"polri", Role::TniPolri},
      {"tnipolri", Role::TniPolri},
  };
  for (const auto& e : kExact)
    if (k == e.key) {
      out = e.r;
      return true;
    }
  // Titles with more words: "Kaur Keuangan", "Kasi Pemerintahan", "Ketua BPD", "Direktur BUMDes".
  if (contains(k, "nonasn") || contains(k, "honorer"))
    out = Role::NonAsn;
  else if (contains(k, "bumdes"))
    out = Role::Bumdes;
  else if (contains(k, "bpd"))
    out = Role::Bpd;
  else if (contains(k, "rentan"))
    out = Role::PekerjaRentan;
  else if (starts_with(k, "pendamping") || starts_with(k, "tenagaahlipendamping"))
    out = Role::PendampingDesa;
  else if (starts_with(k, "kepaladesa") || starts_with(k, "kades"))
    out = Role::KepalaDesa;
  else if (starts_with(k, "kaur") || starts_with(k, "kasi") || starts_with(k, "kepalaurusan") ||
           starts_with(k, "kepalaseksi") || starts_with(k, "kepaladusun") || starts_with(k, "kadus") ||
           starts_with(k, "sekretarisdesa") || starts_with(k, "perangkatdesa"))
    out = Role::PerangkatDesa;
  else if (starts_with(k, "cpns"))
    out = Role::Cpns;
  else if (starts_with(k, "pppkparuhwaktu") || starts_with(k, "p3kparuhwaktu"))
    out = Role::PppkParuhWaktu;
  else if (starts_with(k, "pppk"))
    out = Role::Pppk;
  else if (starts_with(k, "pns"))
    out = Role::Pns;
  else if (starts_with(k, "tni") || starts_with(k, "polri") || starts_with(k, "prajurittni") ||
           starts_with(k, "anggotapolri"))
    out = Role::TniPolri;
  else
    return false;
  return true;
}

bool parse_segment_cell(const std::string& s, Segment& out) {
  std::string k = normalize_key(s);
  static const struct {
    const char* key;
    Segment v;
  } kT[] = {
      {"pu", Segment::PU},
      {"ppu", Segment::PU},
      {"penerimaupah", Segment::PU},
      {"pekerjapenerimaupah", Segment::PU},
      {"wageearner", Segment::PU},
      {"formal", Segment::PU},
      {"bpu", Segment::BPU},
      {"bukanpenerimaupah", Segment::BPU},
      {"pekerjabukanpenerimaupah", Segment::BPU},
      {"informal", Segment::BPU},
      {"jakon", Segment::JAKON},
      {"jasakonstruksi", Segment::JAKON},
      {"konstruksi", Segment::JAKON},
      {"construction", Segment::JAKON},
      {"pmi", Segment::PMI},
      {"pekerjamigran", Segment::PMI},
      {"pekerjamigranindonesia", Segment::PMI},
      {"migrant", Segment::PMI},
      {"migrantworker", Segment::PMI},
      {"tki", Segment::PMI},
  };
  for (const auto& e : kT)
    if (k == e.key) return out = e.v, true;
  return false;
}

bool parse_scale_cell(const std::string& s, Scale& out) {
  std::string k = normalize_key(s);
  if (starts_with(k, "usaha")) k.erase(0, 5);
  static const struct {
    const char* key;
    Scale v;
  } kT[] = {{"mikro", Scale::Micro},     {"micro", Scale::Micro},   {"kecil", Scale::Small}, {"small", Scale::Small},
            {"menengah", Scale::Medium}, {"medium", Scale::Medium}, {"besar", Scale::Large}, {"large", Scale::Large}};
  for (const auto& e : kT)
    if (k == e.key) return out = e.v, true;
  return false;
}

bool parse_risk_group_cell(const std::string& s, int& out) {
  std::string k = normalize_key(s);
  for (const char* p : {"kelompok", "group", "grup", "tingkat"})
    if (starts_with(k, p)) k.erase(0, std::strlen(p));
  static const struct {
    const char* key;
    int v;
  } kT[] = {{"1", 1},
            {"2", 2},
            {"3", 3},
            {"4", 4},
            {"5", 5},
            {"i", 1},
            {"ii", 2},
            {"iii", 3},
            {"iv", 4},
            {"v", 5},
            {"sangatrendah", 1},
            {"rendah", 2},
            {"sedang", 3},
            {"tinggi", 4},
            {"sangattinggi", 5},
            {"verylow", 1},
            {"low", 2},
            {"medium", 3},
            {"high", 4},
            {"veryhigh", 5}};
  for (const auto& e : kT)
    if (k == e.key) return out = e.v, true;
  return false;
}

bool parse_bool_cell(const std::string& s, bool& out) {
  std::string k = normalize_key(s);
  static const char* kYes[] = {"ya", "y", "yes", "true", "1", "sudah", "terdaftar", "aktif", "ada", "benar"};
  static const char* kNo[] = {
      "tidak",          "t",        "tdk",  "n", "no", "false", "0", "belum", "tidakterdaftar", "tidakada",
      "belumterdaftar", "nonaktif", "salah"};
  for (const char* y : kYes)
    if (k == y) return out = true, true;
  for (const char* n : kNo)
    if (k == n) return out = false, true;
  return false;
}

bool parse_citizenship_cell(const std::string& s, Citizenship& out) {
  std::string k = normalize_key(s);
  if (k == "wni" || k == "indonesia" || k == "id" || k == "idn" || k == "indonesian")
    return out = Citizenship::WNI, true;
  if (k == "wna" || k == "asing" || k == "foreign" || k == "foreigner") return out = Citizenship::WNA, true;
  return false;
}

bool parse_sector_cell(const std::string& s, BpuSector& out) {
  std::string k = normalize_key(s);
  static const char* kTransport[] = {"transport", "transportasi", "ojek",  "ojol",  "ojekonline", "kurir",
                                     "courier",   "driver",       "sopir", "supir", "pengemudi",  "angkutan"};
  static const char* kOther[] = {"other",           "lainnya",           "lain", "nontransport",
                                 "nontransportasi", "bukantransportasi", "umum"};
  for (const char* t : kTransport)
    if (k == t) return out = BpuSector::Transport, true;
  for (const char* o : kOther)
    if (k == o) return out = BpuSector::Other, true;
  return false;
}

bool parse_sex_cell(const std::string& s, bool& female) {
  std::string k = normalize_key(s);
  static const char* kMale[] = {"l", "lk", "lakilaki", "laki", "pria", "m", "male", "man"};
  static const char* kFemale[] = {"p", "pr", "perempuan", "wanita", "f", "female", "woman", "w"};
  for (const char* m : kMale)
    if (k == m) return female = false, true;
  for (const char* f : kFemale)
    if (k == f) return female = true, true;
  return false;
}

bool parse_opt_in_cell(const std::string& s, uint8_t& out) {
  out = 0;
  std::string cur;
  for (size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? lower(s[i]) : ';';
    if (alnum(c)) {
      cur.push_back(c);
      continue;
    }
    if (c == '-' || c == '_') continue;
    if (cur.empty()) continue;
    int p = -1;
    for (int q = 0; q < kPrograms; ++q)
      if (normalize_key(program_code(q)) == cur) p = q;
    if (cur == "tidakada" || cur == "tidak" || cur == "none" || cur == "no") p = -2;
    if (p == -1) return false;
    if (p >= 0) out |= static_cast<uint8_t>(1u << p);
    cur.clear();
  }
  return true;
}

}  // namespace jamsos
