// The role table (jamsos/roles.hpp). Sources for each row: REFERENCE.md §3.8 and §4.11 (village roles and
// who pays), DECISIONS.md 2 and 11-14 (contested points, raised as notes), PP 49/2023 and the
// Taspen/ASABRI laws (excluded groups, core/rules/conventions/excluded-groups.json).
#include "jamsos/roles.hpp"

#include <cstring>

namespace jamsos {
namespace {

constexpr P kNone = P::Count_;

// clang-format off
const RoleInfo kRoles[] = {
  // role, code, label_id, label_en, segment, excluded, village, excluded_scheme, unconfirmed_scheme,
  // employer_payer, worker_payer, default_scale, default_risk_group, default_income, default_sector, default_funded_by, notes
  {Role::None, "", "", "", Segment::None, false, false, kNone, kNone,
   Payer::Employer, Payer::Worker, kNone, kNone, kNone, kNone, kNone, 0, {}},
  {Role::KepalaDesa, "kepala_desa", "Kepala desa", "Village head", Segment::PU, false, true, kNone, kNone,
   Payer::VillageGovernment, Payer::Worker, PARAM("role.village.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   2, {NoteCode::VillagePackage, NoteCode::VillageFunding}},
  {Role::PerangkatDesa, "perangkat_desa", "Perangkat desa", "Village staff", Segment::PU, false, true, kNone, kNone,
   Payer::VillageGovernment, Payer::Worker, PARAM("role.village.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   2, {NoteCode::VillagePackage, NoteCode::VillageFunding}},
  {Role::Bpd, "bpd", "Anggota BPD", "Village council (BPD) member", Segment::PU, false, true, kNone, kNone,
   Payer::VillageGovernment, Payer::Worker, PARAM("role.village.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   3, {NoteCode::VillagePackage, NoteCode::BpdCategory, NoteCode::VillageFunding}},
  {Role::PendampingDesa, "pendamping_desa", "Pendamping desa", "Village facilitator",
   Segment::PU, false, false, kNone, kNone,
   Payer::Ministry, Payer::Worker, PARAM("role.pendamping_desa.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   1, {NoteCode::TppPrograms}},
  {Role::NonAsn, "non_asn", "Honorer / non-ASN", "Contract staff (non-ASN)", Segment::PU, false, false, kNone, kNone,
   Payer::Agency, Payer::Worker, PARAM("role.non_asn.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   1, {NoteCode::NonAsnScheme}},
  {Role::Bumdes, "bumdes", "Pekerja BUMDes", "BUMDes worker", Segment::PU, false, false, kNone, kNone,
   Payer::Bumdes, Payer::Worker, kNone, kNone, kNone, kNone, kNone,
   1, {NoteCode::BumdesScale}},
  {Role::PekerjaRentan, "pekerja_rentan", "Pekerja rentan", "Vulnerable worker", Segment::BPU, false, false,
   kNone, kNone, Payer::Employer, Payer::VillageBudget, kNone, kNone, PARAM("role.pekerja_rentan.declared_income"), PARAM("role.pekerja_rentan.bpu_sector"), PARAM("role.pekerja_rentan.funded_by"),
   1, {NoteCode::DanaDesa}},
  // RT/RW heads, LKD members and village operators (REFERENCE.md 3.8, C): paid an honorarium by
  // the village; JKK + JKM in the Kemendagri scope and regency practice; PU vs BPU unconfirmed (U).
  {Role::KetuaRtRw, "ketua_rt_rw", "Ketua RT/RW", "Neighbourhood head (RT/RW)", Segment::PU, false, true, kNone, kNone,
   Payer::VillageGovernment, Payer::Worker, PARAM("role.village.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   3, {NoteCode::VillagePackage, NoteCode::VillageHelperCategory, NoteCode::VillageFunding}},
  {Role::Lkd, "lkd", "Anggota LKD", "Village institution (LKD) member", Segment::PU, false, true, kNone, kNone,
   Payer::VillageGovernment, Payer::Worker, PARAM("role.village.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   3, {NoteCode::VillagePackage, NoteCode::VillageHelperCategory, NoteCode::VillageFunding}},
  {Role::OperatorDesa, "operator_desa", "Operator desa", "Village data operator", Segment::PU, false, true, kNone, kNone,
   Payer::VillageGovernment, Payer::Worker, PARAM("role.village.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   3, {NoteCode::VillagePackage, NoteCode::VillageHelperCategory, NoteCode::VillageFunding}},
  // PKTD (padat karya tunai desa): daily-paid village project work from Dana Desa (Permendes
  // 16/2025, C). No JKK risk group is assumed: the work decides it.
  {Role::Pktd, "pktd", "Pekerja PKTD", "Village cash-for-work (PKTD) worker", Segment::PU, false, true, kNone, kNone,
   Payer::VillageGovernment, Payer::Worker, PARAM("role.village.employer_scale"), kNone, kNone, kNone, kNone,
   2, {NoteCode::PktdSegment, NoteCode::DanaDesa}},
  // Part-time PPPK (former honorer): whether they stay with BPJS Ketenagakerjaan or move to TASPEN
  // is unconfirmed (sources conflict), so every program is need_info with the conflict named.
  {Role::PppkParuhWaktu, "pppk_paruh_waktu", "PPPK paruh waktu", "Part-time PPPK", Segment::PU, false, false, kNone,
   PARAM("role.pppk_paruh_waktu.scheme"),
   Payer::Agency, Payer::Worker, PARAM("role.non_asn.employer_scale"), PARAM("role.village.jkk_risk_group"), kNone, kNone, kNone,
   1, {NoteCode::PppkPartTimeScheme}},
  {Role::Pns, "pns", "PNS", "Civil servant (PNS)", Segment::None, true, false, PARAM("excluded.asn.scheme"), kNone,
   Payer::None, Payer::None, kNone, kNone, kNone, kNone, kNone, 0, {}},
  {Role::Cpns, "cpns", "CPNS", "Civil-servant candidate (CPNS)", Segment::None, true, false, PARAM("excluded.asn.scheme"), kNone,
   Payer::None, Payer::None, kNone, kNone, kNone, kNone, kNone, 0, {}},
  {Role::Pppk, "pppk", "PPPK", "Government contract employee (PPPK)", Segment::None, true, false, PARAM("excluded.asn.scheme"), kNone,
   Payer::None, Payer::None, kNone, kNone, kNone, kNone, kNone, 0, {}},
  {Role::TniPolri, "tni_polri", "TNI / Polri", "Armed forces / police", Segment::None, true, false,
   PARAM("excluded.tni_polri.scheme"), kNone, Payer::None, Payer::None, kNone, kNone, kNone, kNone, kNone, 0, {}},
};
// clang-format on

constexpr size_t kRoleRows = sizeof(kRoles) / sizeof(kRoles[0]);
static_assert(kRoleRows == static_cast<size_t>(kRoleCount), "one row per Role, in enum order");

}  // namespace

const RoleInfo& role_info(Role r) { return kRoles[static_cast<size_t>(r)]; }
const RoleInfo* roles_begin() { return kRoles + 1; }
const RoleInfo* roles_end() { return kRoles + kRoleRows; }

bool role_from_code(const char* code, size_t n, Role& out) {
  for (const RoleInfo* r = roles_begin(); r != roles_end(); ++r)
    if (std::strlen(r->code) == n && std::memcmp(r->code, code, n) == 0) return out = r->role, true;
  return false;
}

const char* role_code(Role r) { return role_info(r).code; }

}  // namespace jamsos
