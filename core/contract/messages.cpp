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
      return {"Program JKP belum berlaku pada tanggal ini (mulai {date}).",
              "JKP is not yet in force on this date (from {date})."};
    case ReasonCode::JkpCitizenship:
      return {"JKP hanya untuk warga negara Indonesia (WNI).", "JKP is for Indonesian citizens (WNI) only."};
    case ReasonCode::JkpAge:
      return {"Usia {a} tahun; peserta JKP harus berusia di bawah {limit} tahun saat mendaftar.",
              "Age {a}; JKP participants must be under {limit} at registration."};
    case ReasonCode::JkpNoJkn:
      return {"Tidak terdaftar JKN (BPJS Kesehatan), syarat JKP.",
              "Not registered in JKN (health scheme), a JKP requirement."};
    case ReasonCode::JkpPrerequisiteMissing:
      return {"Tidak terdaftar {program}, program prasyarat JKP.", "Not enrolled in {program}, a JKP prerequisite."};
    case ReasonCode::JkpEligible:
      return {"Memenuhi syarat JKP: WNI, di bawah {a} tahun saat mendaftar, terdaftar JKN dan program prasyarat.",
              "Meets the JKP conditions: citizen, under {a} at registration, registered in JKN and in the "
              "prerequisite programs."};
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
    case ReasonCode::JpContinuation:
      return {
          "Usia {a} tahun: usia pensiun sudah tercapai kurang dari 3 tahun lalu; iuran JP boleh dilanjutkan "
          "selama masih bekerja (belum terkonfirmasi, U).",
          "Age {a}: the pension age was reached less than 3 years ago; JP contributions may continue while "
          "still employed (unconfirmed, U)."};
    case ReasonCode::JpContinuationEnded:
      return {"Usia {a} tahun: usia pensiun sudah tercapai lebih dari 3 tahun lalu; JP tidak dapat diikuti lagi.",
              "Age {a}: the pension age was reached more than 3 years ago; JP can no longer be joined."};
    case ReasonCode::JkpNeedMemberSince:
      return {
          "Usia {a} tahun: perlu tanggal mulai menjadi peserta (member_since) untuk memeriksa usia saat "
          "mendaftar (di bawah {limit} tahun).",
          "Age {a}: needs the membership start date (member_since) to check the age at registration (under "
          "{limit})."};
    case ReasonCode::SchemeUnconfirmed:
      return {
          "Belum pasti apakah PPPK paruh waktu tetap di BPJS Ketenagakerjaan atau pindah ke TASPEN (sumber "
          "bertentangan); tanyakan ke instansi atau kantor BPJS Ketenagakerjaan.",
          "Whether part-time PPPK stay with BPJS Ketenagakerjaan or move to TASPEN is unconfirmed (sources "
          "conflict); ask the agency or the BPJS Ketenagakerjaan office."};
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
    // Before 2023-02-22 no PMI rule is encoded, so these reasons carry no rule value.
    case ReasonCode::PmiMandatory:
    case ReasonCode::PmiPackageInJkk:
    case ReasonCode::PmiJhtOptional:
      return "Permenaker 18/2018 (sebelum 22 Februari 2023); Permenaker 4/2023";
    case ReasonCode::OptedIn:
    case ReasonCode::NotOptedIn:
      return "Perpres 109/2013 Pasal 6";
    case ReasonCode::JpContinuation:
    case ReasonCode::JpContinuationEnded:
      return "PP 45/2015 Pasal 15 ayat (4)";
    case ReasonCode::JkpNeedMemberSince:
      return "PP 6/2025 Pasal 4 ayat (2) huruf b";
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
                            "not_opted_in",
                            "jp_continuation",
                            "jp_continuation_ended",
                            "jkp_need_member_since",
                            "scheme_unconfirmed"};
  return n[static_cast<int>(c)];
}

Pair warning(WarningCode c) {
  switch (c) {
    case WarningCode::ReliefNeedsIndustry:
      return {
          "Diskon JKK PP 7/2025 (Feb 2025-Jan 2026, diperpanjang PP 36/2025) mungkin berlaku: isi industry dan "
          "employer_headcount untuk memeriksanya. Tanpa data itu, tarif penuh dipakai.",
          "The PP 7/2025 JKK discount (Feb 2025-Jan 2026, extended by PP 36/2025) may apply: give industry and "
          "employer_headcount to check it. Without them the full rate is used."};
    case WarningCode::ReliefNeedsSector:
      return {
          "Diskon PP 50/2025 bergantung pada sektor: isi bpu_sector (transport atau other). Tanpa data itu, tarif "
          "penuh dipakai.",
          "The PP 50/2025 discount depends on the sector: give bpu_sector (transport or other). Without it the full "
          "rate is used."};
    case WarningCode::Pp7ExtensionUnconfirmed:
      // No longer issued: PP 36/2025 Pasal 10A confirms the extension (the code stays in the contract).
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
    case WarningCode::RulesMayBeOutdated:
      return {"Tanggal ini setelah data aturan terakhir diperiksa; aturan yang lebih baru mungkin sudah terbit.",
              "This date is after the rule data was last checked; newer rules may exist."};
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
                            "opt_in_not_eligible",
                            "rules_may_be_outdated"};
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
