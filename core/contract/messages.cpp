#include "jamsos/messages.hpp"

namespace jamsos {
namespace messages {

Pair reason(ReasonCode c) {
  switch (c) {
    case ReasonCode::NeedSegment:
      return {"Segmen peserta belum diisi (PU, BPU, JAKON atau PMI).",
              "The participant segment is not given (PU, BPU, JAKON or PMI)."};
    case ReasonCode::ExcludedAsn:
      return {"ASN (PNS, CPNS, PPPK) dilindungi TASPEN, bukan BPJS Ketenagakerjaan.",
              "Civil servants (PNS, CPNS, PPPK) are covered by TASPEN, not BPJS Ketenagakerjaan."};
    case ReasonCode::ExcludedTniPolri:
      return {"Prajurit TNI dan anggota Polri dilindungi ASABRI, bukan BPJS Ketenagakerjaan.",
              "Armed forces and police members are covered by ASABRI, not BPJS Ketenagakerjaan."};
    case ReasonCode::StagingAllScales:
      return {"Wajib bagi setiap pemberi kerja, semua skala usaha.",
              "Mandatory for every employer, whatever its size."};
    case ReasonCode::StagingMandatory:
      return {"Wajib untuk skala usaha {scale}.", "Mandatory for a {scale} employer."};
    case ReasonCode::StagingOptional:
      return {"Tidak wajib untuk skala usaha {scale}; boleh diikuti.",
              "Not mandatory for a {scale} employer; may be joined."};
    case ReasonCode::NeedScale:
      return {"Perlu skala usaha pemberi kerja (mikro, kecil, menengah, besar).",
              "Needs the employer's size (micro, small, medium, large)."};
    case ReasonCode::JpOverPensionAge:
      return {"Usia {a} tahun sudah mencapai usia pensiun yang berlaku.",
              "Age {a} has reached the pension age in force."};
    case ReasonCode::JpBelowPensionAge:
      return {"Usia {a} tahun di bawah usia pensiun yang berlaku.", "Age {a} is below the pension age in force."};
    case ReasonCode::NeedBirthDate:
      return {"Perlu tanggal lahir untuk memeriksa usia pensiun.", "Needs the birth date to check the pension age."};
    case ReasonCode::JkpNotInForce:
      return {"Program JKP belum berlaku pada tanggal ini (mulai 2 Februari 2021).",
              "JKP is not yet in force on this date (from 2 February 2021)."};
    case ReasonCode::JkpCitizenship:
      return {"JKP hanya untuk warga negara Indonesia (WNI).", "JKP is for Indonesian citizens (WNI) only."};
    case ReasonCode::JkpAge:
      return {"Usia {a} tahun; peserta JKP harus berusia di bawah 54 tahun saat mendaftar.",
              "Age {a}; JKP participants must be under 54 at registration."};
    case ReasonCode::JkpNoJkn:
      return {"Tidak terdaftar JKN (BPJS Kesehatan), syarat JKP.",
              "Not registered in JKN (health scheme), a JKP requirement."};
    case ReasonCode::JkpPrerequisiteMissing:
      return {"Tidak terdaftar {program}, program prasyarat JKP.", "Not enrolled in {program}, a JKP prerequisite."};
    case ReasonCode::JkpEligible:
      return {"Memenuhi syarat JKP: WNI, di bawah 54 tahun, terdaftar JKN dan program prasyarat.",
              "Meets the JKP conditions: citizen, under 54, registered in JKN and in the prerequisite programs."};
    case ReasonCode::JkpNeedInfo:
      return {"Syarat JKP belum dapat diperiksa; lengkapi data yang diminta.",
              "The JKP conditions cannot be checked yet; give the missing inputs."};
    case ReasonCode::BpuMandatory:
      return {"Peserta bukan penerima upah wajib JKK dan JKM.",
              "JKK and JKM are mandatory for informal (BPU) participants."};
    case ReasonCode::BpuJhtOptional:
      return {"JHT boleh diikuti peserta BPU.", "JHT is optional for BPU participants."};
    case ReasonCode::BpuNoJp:
      return {"JP hanya untuk penerima upah; tidak tersedia bagi peserta BPU.",
              "JP is for wage earners only; not available to BPU participants."};
    case ReasonCode::BpuNoJkp:
      return {"JKP mensyaratkan hubungan kerja dengan pemberi kerja.",
              "JKP requires an employment relationship with an employer."};
    case ReasonCode::JakonMandatory:
      return {"Wajib bagi pekerja proyek jasa konstruksi, per proyek.",
              "Mandatory for construction-project workers, per project."};
    case ReasonCode::JakonNotCovered:
      return {"Pendaftaran proyek jasa konstruksi hanya mencakup JKK dan JKM.",
              "Construction-project registration covers JKK and JKM only."};
    case ReasonCode::PmiMandatory:
      return {"Wajib bagi pekerja migran: paket JKK dan JKM sebelum, selama dan setelah bekerja.",
              "Mandatory for migrant workers: the JKK and JKM package before, during and after work."};
    case ReasonCode::PmiPackageInJkk:
      return {"JKM termasuk dalam paket JKK+JKM yang dicatat pada JKK.",
              "JKM is part of the JKK+JKM package shown under JKK."};
    case ReasonCode::PmiJhtOptional:
      return {"JHT boleh diikuti pekerja migran dengan iuran pilihan.",
              "JHT is optional for migrant workers, at a chosen amount."};
    case ReasonCode::PmiNoJp:
      return {"JP tidak termasuk program pekerja migran.", "JP is not among the migrant-worker programs."};
    case ReasonCode::PmiNoJkp:
      return {"JKP mensyaratkan hubungan kerja dengan pemberi kerja di Indonesia.",
              "JKP requires an employment relationship with an employer in Indonesia."};
    case ReasonCode::OptedIn:
      return {"Dipilih untuk diikuti.", "Chosen (opted in)."};
    case ReasonCode::NotOptedIn:
      return {"Tidak dipilih; tidak dihitung dalam total.", "Not chosen; not counted in the totals."};
  }
  return {"", ""};
}

const char* reason_citation(ReasonCode c) {
  switch (c) {
    case ReasonCode::NeedSegment:
      return "UU 24/2011 Pasal 14";
    case ReasonCode::JkpNotInForce:
      return "PP 37/2021";
    case ReasonCode::BpuNoJp:
      return "PP 45/2015; UU 40/2004 Pasal 39";
    case ReasonCode::BpuNoJkp:
    case ReasonCode::PmiNoJkp:
      return "PP 6/2025 Pasal 4 ayat (2)";
    case ReasonCode::PmiNoJp:
      return "Permenaker 4/2023";
    case ReasonCode::OptedIn:
    case ReasonCode::NotOptedIn:
      return "Perpres 109/2013 Pasal 6";
    default:
      return "";
  }
}

const char* reason_code(ReasonCode c) {
  static const char* n[] = {"need_segment",
                            "excluded_asn",
                            "excluded_tni_polri",
                            "staging_all_scales",
                            "staging_mandatory",
                            "staging_optional",
                            "need_employer_scale",
                            "jp_pension_age_reached",
                            "jp_below_pension_age",
                            "need_birth_date",
                            "jkp_not_in_force",
                            "jkp_citizenship",
                            "jkp_age",
                            "jkp_no_jkn",
                            "jkp_prerequisite_missing",
                            "jkp_eligible",
                            "jkp_need_info",
                            "bpu_mandatory",
                            "bpu_jht_optional",
                            "bpu_no_jp",
                            "bpu_no_jkp",
                            "jakon_mandatory",
                            "jakon_not_covered",
                            "pmi_mandatory",
                            "pmi_package_in_jkk",
                            "pmi_jht_optional",
                            "pmi_no_jp",
                            "pmi_no_jkp",
                            "opted_in",
                            "not_opted_in"};
  return n[static_cast<int>(c)];
}

Pair note(NoteCode c) {
  switch (c) {
    case NoteCode::VillagePackage:
      return {
          "Paket program aparatur desa diperdebatkan (K12): juknis Kemendagri mencantumkan JKK, JKM, JHT, JP dan JKP; "
          "sebagian kantor cabang menerima JKK+JKM atau JKK+JKM+JHT. Bawaan aplikasi: JKK+JKM wajib, JHT dan JP boleh.",
          "The village-apparatus package is contested (K12): the Kemendagri juknis lists JKK, JKM, JHT, JP and JKP; "
          "some branches accept JKK+JKM or JKK+JKM+JHT. Default here: JKK+JKM mandatory, JHT and JP optional."};
    case NoteCode::BpdCategory:
      return {
          "Apakah anggota BPD didaftarkan sebagai penerima upah atau BPU belum terkonfirmasi; di sini dihitung sebagai "
          "penerima upah.",
          "Whether BPD members enrol as wage earners or BPU is unconfirmed; computed here as wage earners."};
    case NoteCode::TppPrograms:
      return {
          "Program pendamping desa diperdebatkan (K13): MoU 2017 termasuk JP; perjanjian 2021 JKK, JKM, JHT; Aceh 2025 "
          "JKK+JKM dulu. Bawaan: JKK, JKM, JHT wajib, JP boleh.",
          "Village-facilitator programs are contested (K13): the 2017 MoU included JP; the 2021 agreement JKK, JKM, "
          "JHT; Aceh 2025 JKK+JKM first. Default: JKK, JKM, JHT mandatory, JP optional."};
    case NoteCode::NonAsnScheme:
      return {
          "Pegawai non-ASN yang dibayar APBN/APBD: BPJS Ketenagakerjaan (Inpres 2/2021) atau TASPEN (PP 70/2015, PP "
          "49/2018) diperdebatkan (K11); PPPK paruh waktu pindah ke TASPEN (2026).",
          "Non-ASN staff paid from APBN/APBD: BPJS Ketenagakerjaan (Inpres 2/2021) or TASPEN (PP 70/2015, PP 49/2018) "
          "is contested (K11); part-time PPPK moved to TASPEN (2026)."};
    case NoteCode::DanaDesa:
      return {
          "Sumber dana iuran pekerja rentan diperdebatkan (K14): Dana Desa dibolehkan sebagian sumber (Permendes "
          "16/2025 untuk PKTD), dilarang menurut sumber lain. Catat sumber dananya (ADD, DD, PADes).",
          "The funding source for vulnerable workers is contested (K14): some sources allow Dana Desa (Permendes "
          "16/2025 for PKTD), others do not. Record the source (ADD, DD, PADes)."};
    case NoteCode::VillageFunding:
      return {
          "APBDes boleh membayar iuran pemerintah desa, biasanya dari ADD; sebagian kabupaten membagi iuran antara ADD "
          "dan perangkat.",
          "The village budget (APBDes) may pay the village government's contributions, usually from ADD; some "
          "regencies split it between ADD and the official."};
    case NoteCode::BumdesScale:
      return {"Program wajib BUMDes mengikuti skala usaha BUMDes itu sendiri (turunan, D).",
              "A BUMDes's mandatory programs follow the BUMDes's own business size (derived, D)."};
    case NoteCode::WnaJp:
      return {
          "JP bagi pekerja asing diperdebatkan (K10): tidak diatur (2016) atau ditawarkan (2024). Dihitung sama "
          "seperti WNI.",
          "JP for foreign workers is contested (K10): not regulated (2016) or offered (2024). Computed as for "
          "citizens."};
    case NoteCode::Recomposition:
      return {
          "Rekomposisi ke JKP bersifat internal: pemberi kerja tetap membayar tarif JKK dan JKM penuh (K3, K4 belum "
          "terkonfirmasi).",
          "Recomposition into JKP is internal: the employer still pays the full JKK and JKM rates (K3, K4 "
          "unconfirmed)."};
    case NoteCode::Pp50Jht:
      return {
          "PP 50/2025 hanya menyebut JKK dan JKM; apakah JHT ikut didiskon belum terkonfirmasi. JHT dihitung penuh.",
          "PP 50/2025 names only JKK and JKM; whether JHT is discounted is unconfirmed. JHT is charged in full."};
    case NoteCode::Pp50Package:
      return {
          "Paket termurah setelah diskon PP 50/2025: Rp8.400 (50% × Rp16.800); pernyataan pemerintah menyebut Rp10.800 "
          "(K7).",
          "Cheapest package after the PP 50/2025 discount: Rp8,400 (50% x Rp16,800); a government statement said "
          "Rp10,800 (K7)."};
    case NoteCode::Pp49Conditions:
      return {
          "Keringanan PP 49/2020 mengandaikan iuran sudah dibayar sampai Juli 2020; peserta baru membayar penuh dua "
          "bulan pertama. Akhir periode (Januari 2021) belum terkonfirmasi.",
          "PP 49/2020 relief assumes contributions were paid up to July 2020; new participants pay the first two "
          "months in full. The end month (January 2021) is unconfirmed."};
    case NoteCode::PmiBefore2023:
      return {
          "Iuran PMI sebelum 22 Februari 2023 (Permenaker 18/2018: Rp370.000 melalui pelaksana penempatan) tidak "
          "dihitung karena tanggal berlakunya belum terkonfirmasi.",
          "PMI contributions before 22 February 2023 (Permenaker 18/2018: Rp370,000 through a placement agency) are "
          "not computed: its start date is unconfirmed."};
    case NoteCode::JakonBasis:
      return {
          "Jika komponen upah diketahui, iuran dihitung dari upah; jika tidak, dari nilai kontrak. Tarif bagian di "
          "atas Rp500 juta untuk JKM diturunkan (D) dan tarif Permenaker 5/2021 belum terkonfirmasi.",
          "If the wage is known the contribution is on the wage, otherwise on the contract value. JKM slice rates "
          "above Rp500 million are derived (D) and the Permenaker 5/2021 tiers are unconfirmed."};
    case NoteCode::Rounding:
      return {
          "Setiap bagian iuran dihitung tepat lalu dibulatkan setengah ke atas ke rupiah, sekali. Aturan pembulatan "
          "tidak tercantum dalam regulasi (U).",
          "Each party's amount is computed exactly, then rounded half up to the rupiah once. No regulation states the "
          "rounding rule (U)."};
  }
  return {"", ""};
}

const char* note_code(NoteCode c) {
  static const char* n[] = {"village_package_contested",
                            "bpd_category_unconfirmed",
                            "tpp_programs_contested",
                            "non_asn_scheme_contested",
                            "dana_desa_contested",
                            "village_funding",
                            "bumdes_scale",
                            "wna_jp_contested",
                            "recomposition_internal",
                            "pp50_jht_unconfirmed",
                            "pp50_package_conflict",
                            "pp49_conditions_assumed",
                            "pmi_before_2023_not_encoded",
                            "jakon_basis",
                            "rounding_unconfirmed"};
  return n[static_cast<int>(c)];
}

const char* note_citation(NoteCode c) {
  switch (c) {
    case NoteCode::VillagePackage:
      return "UU 6/2014 Pasal 66; Juknis Kemendagri-BPJS TK (6 Mar 2023)";
    case NoteCode::BpdCategory:
      return "Juknis Kemendagri-BPJS TK (6 Mar 2023)";
    case NoteCode::TppPrograms:
      return "Perjanjian Kemendes PDTT-BPJS TK (9 Apr 2021)";
    case NoteCode::NonAsnScheme:
      return "Inpres 2/2021; PP 70/2015; PP 49/2018";
    case NoteCode::DanaDesa:
      return "Permendes 16/2025; Permendagri 15/2023";
    case NoteCode::VillageFunding:
      return "Permendagri 20/2018 Pasal 19 ayat (4)";
    case NoteCode::BumdesScale:
      return "Perpres 109/2013 Pasal 6";
    case NoteCode::WnaJp:
      return "UU 24/2011 Pasal 14";
    case NoteCode::Recomposition:
      return "PP 6/2025 Pasal 11; PP 49/2023 Pasal 16A";
    case NoteCode::Pp50Jht:
    case NoteCode::Pp50Package:
      return "PP 50/2025 Pasal 4 ayat (1)";
    case NoteCode::Pp49Conditions:
      return "PP 49/2020 Pasal 13";
    case NoteCode::PmiBefore2023:
      return "Permenaker 18/2018";
    case NoteCode::JakonBasis:
      return "Permenaker 44/2015; Permenaker 5/2021";
    case NoteCode::Rounding:
      return "DECISIONS.md 2";
  }
  return "";
}

Pair warning(WarningCode c) {
  switch (c) {
    case WarningCode::ReliefNeedsIndustry:
      return {
          "Diskon JKK PP 7/2025 (Feb-Jul 2025) mungkin berlaku: isi industry dan employer_headcount untuk "
          "memeriksanya. Tanpa data itu, tarif penuh dipakai.",
          "The PP 7/2025 JKK discount (Feb-Jul 2025) may apply: give industry and employer_headcount to check it. "
          "Without them the full rate is used."};
    case WarningCode::ReliefNeedsSector:
      return {
          "Diskon PP 50/2025 bergantung pada sektor: isi bpu_sector (transport atau other). Tanpa data itu, tarif "
          "penuh dipakai.",
          "The PP 50/2025 discount depends on the sector: give bpu_sector (transport or other). Without it the full "
          "rate is used."};
    case WarningCode::Pp7ExtensionUnconfirmed:
      return {"Perpanjangan diskon PP 7/2025 sampai Januari 2026 belum terkonfirmasi; tidak diterapkan.",
              "The PP 7/2025 extension to January 2026 is unconfirmed; not applied."};
    case WarningCode::JpCeilingMayBeOutdated:
      return {"Batas upah JP terbaru dalam aturan sudah lebih dari setahun; batas baru mungkin sudah diumumkan.",
              "The newest JP wage ceiling in the rules is over a year old; a new one may have been announced."};
    case WarningCode::NoRuleInForce:
      return {"Tidak ada aturan iuran dalam data untuk tanggal ini; jumlah tidak dihitung.",
              "No contribution rule in the data for this date; amounts are not computed."};
    case WarningCode::InputIgnored:
      return {"Data {field} tidak dipakai untuk segmen ini.", "Input {field} is not used for this segment."};
    case WarningCode::ChildWorker:
      return {
          "Usia {a} tahun: mempekerjakan anak dilarang (UU 13/2003 Pasal 68), kecuali pekerjaan ringan usia 13-15 "
          "tahun.",
          "Age {a}: employing children is prohibited (UU 13/2003 Pasal 68), except light work at 13-15."};
    case WarningCode::OptInNotEligible:
      return {"{program} dipilih tetapi tidak dapat diikuti.", "{program} was chosen but cannot be joined."};
  }
  return {"", ""};
}

const char* warning_code(WarningCode c) {
  static const char* n[] = {"relief_needs_industry",
                            "relief_needs_sector",
                            "pp7_extension_unconfirmed",
                            "jp_ceiling_may_be_outdated",
                            "no_rule_in_force",
                            "input_ignored",
                            "child_worker",
                            "opt_in_not_eligible"};
  return n[static_cast<int>(c)];
}

Pair payer_label(Payer p) {
  switch (p) {
    case Payer::Employer:
      return {"Pemberi kerja", "Employer"};
    case Payer::VillageGovernment:
      return {"Pemerintah desa (APBDes/ADD)", "Village government (APBDes/ADD)"};
    case Payer::Ministry:
      return {"Kementerian (Kemendes PDTT)", "Ministry (Kemendes PDTT)"};
    case Payer::Agency:
      return {"Instansi (DIPA/APBD)", "Agency (DIPA/APBD)"};
    case Payer::Bumdes:
      return {"BUMDes", "BUMDes"};
    case Payer::Contractor:
      return {"Penyedia jasa konstruksi", "Construction contractor"};
    case Payer::Participant:
      return {"Peserta sendiri", "The participant"};
    case Payer::VillageBudget:
      return {"Anggaran desa atas nama peserta", "Village budget on the participant's behalf"};
    case Payer::Worker:
      return {"Pekerja (potong upah)", "Worker (payslip deduction)"};
    case Payer::Apbn:
      return {"Pemerintah (APBN)", "Government (APBN)"};
    case Payer::None:
      return {"-", "-"};
  }
  return {"", ""};
}

Pair party(Party p) {
  switch (p) {
    case Party::Employer:
      return {"pemberi kerja", "the employer"};
    case Party::Worker:
      return {"pekerja/peserta", "the worker/participant"};
    case Party::Government:
      return {"pemerintah (APBN)", "the government (APBN)"};
  }
  return {"", ""};
}

Pair scale_label(Scale s) {
  switch (s) {
    case Scale::Micro:
      return {"mikro", "micro"};
    case Scale::Small:
      return {"kecil", "small"};
    case Scale::Medium:
      return {"menengah", "medium"};
    case Scale::Large:
      return {"besar", "large"};
    default:
      return {"", ""};
  }
}

}  // namespace messages
}  // namespace jamsos
