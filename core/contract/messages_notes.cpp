// Notes: the texts (Bahasa Indonesia and English), codes, citations and confidence tags of the
// points an answer rests on that are contested, unconfirmed or assumed (DECISIONS.md 19).
#include "jamsos/messages.hpp"

namespace jamsos {
namespace messages {

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
          "Sebelum 22 Februari 2023 dipakai paket Permenaker 18/2018: Rp37.500 sebelum bekerja dan Rp332.500 untuk "
          "perjanjian sampai 24 bulan (Rp370.000 dikurangi Rp37.500, turunan; satu sumber menulis Rp322.500). Tanggal "
          "mulai berlakunya belum terkonfirmasi (U); perjanjian lebih dari 24 bulan dan pilihan JHT tidak dihitung.",
          "Before 22 February 2023 the Permenaker 18/2018 package is used: Rp37,500 before work and Rp332,500 for "
          "contracts up to 24 months (Rp370,000 less Rp37,500, derived; one source prints Rp322,500). Its start date "
          "is unconfirmed (U); contracts over 24 months and JHT choices are not computed."};
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
    case NoteCode::Pp7Conditions:
      return {
          "Diskon JKK PP 7/2025 (diperpanjang PP 36/2025 sampai iuran Januari 2026) mengandaikan iuran JKK sudah "
          "dibayar sampai Januari 2025; syarat ini tidak dapat diisi dan dianggap terpenuhi.",
          "The PP 7/2025 JKK discount (extended by PP 36/2025 to the January 2026 contribution) assumes JKK was paid "
          "up to January 2025; no input expresses this, so it is assumed."};
    case NoteCode::Pp7Recomposition:
      return {
          "Selama diskon PP 7/2025, pemberi kerja membayar JKK setengah tarif. Berapa bagian JKK itu yang dialihkan "
          "ke JKP (PP 7/2025 Pasal 10) belum terkonfirmasi (U), maka tidak ditampilkan (from_jkk null).",
          "During the PP 7/2025 discount the employer pays half the JKK rate. How much of it goes to JKP (PP 7/2025 "
          "Pasal 10) is unconfirmed (U), so no amount is shown (from_jkk null)."};
    case NoteCode::MidMonthStart:
      return {
          "Tanggal as_of menunjuk bulan iuran: dipakai aturan yang berlaku pada hari terakhir bulan itu, termasuk "
          "aturan yang baru mulai di tengah bulan (U).",
          "as_of names a contribution month: the rules in force on its last day apply, including a rule that "
          "starts in the middle of the month (U)."};
    case NoteCode::FundedBySelfAssumed:
      return {
          "funded_by tidak diisi: dianggap dibayar sendiri (self). Jika JKK dan JKM dibayar melalui APBN atau APBD, "
          "diskon PP 50/2025 tidak berlaku.",
          "funded_by not given: paid by the participant (self) is assumed. If JKK and JKM are paid through the APBN "
          "or APBD, the PP 50/2025 discount does not apply."};
    case NoteCode::Pp50BudgetExcluded:
      return {"Iuran JKK dan JKM dibayar melalui APBN atau APBD: tidak mendapat diskon PP 50/2025.",
              "JKK and JKM are paid through the APBN or APBD: no PP 50/2025 discount."};
    case NoteCode::Pp50Apbdes:
      return {
          "Dibayar dari APBDes: diskon PP 50/2025 diterapkan, tetapi apakah APBDes termasuk APBD (yang dikecualikan) "
          "belum terkonfirmasi (U). Jumlah tanpa diskon: undiscounted_total.",
          "Paid from the village budget (APBDes): the PP 50/2025 discount is applied, but whether APBDes counts as "
          "APBD (which is excluded) is unconfirmed (U). The amount without the discount: undiscounted_total."};
    case NoteCode::JpPensionAgeMethod:
      return {
          "Usia pensiun JP dianggap tercapai sekali, pada hari pertama usia mencapai usia pensiun yang berlaku hari "
          "itu; kenaikan usia pensiun sesudahnya tidak mewajibkan JP lagi (U).",
          "The JP pension age is taken as reached once, on the first day the age reaches the pension age in force "
          "that day; a later step of the schedule does not make JP mandatory again (U)."};
    case NoteCode::JpContinuation:
      return {
          "Setelah usia pensiun, iuran JP dianggap boleh dilanjutkan paling lama 3 tahun selama masih bekerja (PP "
          "45/2015 Pasal 15 ayat (4); U).",
          "After the pension age, JP contributions are taken as optional for at most 3 years while still employed "
          "(PP 45/2015 Pasal 15(4); U)."};
    case NoteCode::Pp37Conditions:
      return {// No age here: a note has no rule value, and the age limit in force is in JKP's reason.
              "Syarat usia saat mendaftar dan kewarganegaraan JKP menurut PP 37/2021 diandaikan sama dengan PP 6/2025; "
              "teks aslinya belum terkonfirmasi (U).",
              "The JKP age-at-registration and citizenship conditions of PP 37/2021 are presumed to be those of PP "
              "6/2025; the original text is unconfirmed (U)."};
    case NoteCode::Pp49DeferralScales:
      return {
          "Sumber berbeda apakah usaha mikro dan kecil juga dapat menunda JP menurut PP 49/2020 (U); di sini "
          "penundaan hanya untuk usaha menengah dan besar.",
          "Sources differ on whether micro and small employers could also defer JP under PP 49/2020 (U); here the "
          "deferral is for medium and large employers only."};
    case NoteCode::BpuBands:
      return {
          "Dasar iuran BPU: penghasilan yang dilaporkan dipakai apa adanya; hanya batas Rp1.000.000 dan Rp20.700.000 "
          "tabel Lampiran yang diketahui, pita di antaranya belum terkonfirmasi (U).",
          "BPU basis: the declared income is used as it is; only the Rp1,000,000 and Rp20,700,000 ends of the "
          "Lampiran table are known, the bands in between are unconfirmed (U)."};
    case NoteCode::BpuMinimumPackage:
      return {
          "JKK dan JKM sebagai paket minimum BPU adalah praktik umum (C); tidak ada teks regulasi yang menyatakannya "
          "wajib (U).",
          "JKK and JKM as the BPU minimum package is common practice (C); no regulation text states that it is "
          "required (U)."};
    case NoteCode::PmiBandRounding:
      return {
          "Lama kontrak di antara 6, 12 dan 24 bulan dihitung dengan pita berikutnya ke atas; aturan ini pilihan "
          "aplikasi (U).",
          "A contract length between 6, 12 and 24 months takes the next band up; this is the app's choice (U)."};
    case NoteCode::LateMonthCount:
      return {
          "Setiap bulan yang sudah dimulai setelah tanggal jatuh tempo dihitung satu bulan keterlambatan (terlambat "
          "sehari = satu bulan), menurut penjelasan BPJS Ketenagakerjaan; teks pasalnya belum terlihat (C).",
          "Every started month after the due date counts as one month late (one day late = one month), as BPJS "
          "Ketenagakerjaan explains it; the article text has not been seen (C)."};
    case NoteCode::LateNoHolidays:
      return {
          "Bila tanggal jatuh tempo hari libur, pembayaran bergeser ke hari kerja berikutnya; aplikasi tidak memiliki "
          "kalender libur sehingga tanggal ini tidak digeser (U).",
          "When the due date is a holiday, payment moves to the next working day; the app has no holiday calendar, "
          "so the date is not moved (U)."};
    case NoteCode::LateBpuNoFine:
      return {
          "Sumber yang ada tidak menyebut denda keterlambatan bagi peserta BPU; denda tidak dihitung (U). Iuran yang "
          "tidak dibayar dapat membuat perlindungan tidak aktif.",
          "The sources seen give no late fine for BPU participants; no fine is computed (U). Unpaid contributions "
          "can leave the person unprotected."};
    case NoteCode::LateStateEmployer:
      return {
          "Denda 2% ditulis untuk pemberi kerja selain penyelenggara negara; apakah berlaku sama bagi pemerintah desa "
          "atau instansi belum terkonfirmasi (U).",
          "The 2% fine is written for employers other than state administrators; whether it applies the same way to "
          "a village government or an agency is unconfirmed (U)."};
    case NoteCode::Pp36LateReading:
      return {
          "PP 36/2025 Pasal 11 dibaca begini: iuran JKK bulan diskon yang dilunasi paling lambat 30 Juni 2026 tetap "
          "dengan diskon dan tanpa denda; setelah itu JKK dibayar dengan tarif PP 44/2015 (tanpa diskon) ditambah "
          "denda 2% per bulan sejak jatuh tempo biasa. Kedua bagian bacaan ini belum terkonfirmasi (U).",
          "PP 36/2025 Pasal 11 is read as: discounted JKK paid by 30 June 2026 keeps the discount and has no fine; "
          "after that, JKK is owed at the PP 44/2015 rate (no discount) plus the 2% monthly fine from the normal due "
          "date. Both halves of this reading are unconfirmed (U)."};
    case NoteCode::Pp49DueDateFebruary:
      return {
          "PP 49/2020 memberi batas tanggal 30 bulan berikutnya; untuk iuran Januari 2021 bulan berikutnya tidak "
          "memiliki tanggal 30, sehingga dipakai hari terakhir Februari (U).",
          "PP 49/2020 sets the 30th of the following month; for the January 2021 contribution the following month "
          "has no 30th, so the last day of February is used (U)."};
    case NoteCode::VillageHelperCategory:
      return {
          "Ketua RT/RW, anggota LKD dan operator desa masuk lingkup Kemendagri (praktik kabupaten: JKK dan JKM dari "
          "APBDes); apakah didaftarkan sebagai penerima upah atau BPU belum terkonfirmasi (U). Dihitung sebagai "
          "penerima upah atas honorariumnya.",
          "RT/RW heads, LKD members and village operators are in the Kemendagri scope (regency practice: JKK and JKM "
          "from the village budget); whether they enrol as wage earners or BPU is unconfirmed (U). Computed as wage "
          "earners on their honorarium."};
    case NoteCode::PktdSegment:
      return {
          "Pekerja PKTD (padat karya tunai desa) dibayar harian dari Dana Desa; apakah didaftarkan sebagai penerima "
          "upah harian atau lewat proyek jasa konstruksi belum terkonfirmasi (U). Dihitung sebagai penerima upah; "
          "upah harian dikali hari kerja (daily_wage). Kelompok risiko JKK tidak ditebak.",
          "PKTD (village cash-for-work) workers are paid daily from Dana Desa; whether they enrol as daily wage "
          "earners or through a construction project is unconfirmed (U). Computed as wage earners; the daily wage "
          "times working days (daily_wage). The JKK risk group is not guessed."};
    case NoteCode::PppkPartTimeScheme:
      return {
          "PPPK paruh waktu: BPJS Ketenagakerjaan Depok (Feb 2026) menyatakan kepesertaan pindah ke TASPEN dengan "
          "saldo JHT tetap di BPJS TK; BPJS Ketenagakerjaan Medan (Nov 2025) menyatakan kepesertaan berlanjut karena "
          "belum ada aturan peralihan. Tanggal peralihan belum terkonfirmasi (U).",
          "Part-time PPPK: BPJS Ketenagakerjaan Depok (Feb 2026) says membership moves to TASPEN with the JHT "
          "balance kept at BPJS TK; BPJS Ketenagakerjaan Medan (Nov 2025) says membership continues as no transfer "
          "rule exists. The date of any transfer is unconfirmed (U)."};
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
                            "rounding_unconfirmed",
                            "pp7_conditions_assumed",
                            "pp7_recomposition_unconfirmed",
                            "mid_month_start",
                            "funded_by_self_assumed",
                            "pp50_budget_excluded",
                            "pp50_apbdes_unconfirmed",
                            "jp_pension_age_method",
                            "jp_continuation",
                            "pp37_conditions_presumed",
                            "pp49_deferral_scales_conflict",
                            "bpu_bands_unconfirmed",
                            "bpu_minimum_package",
                            "pmi_band_rounding",
                            "late_month_count",
                            "late_no_holiday_calendar",
                            "late_bpu_no_fine",
                            "late_state_employer",
                            "pp36_late_payment_reading",
                            "pp49_due_date_february",
                            "village_helper_category_unconfirmed",
                            "pktd_segment_unconfirmed",
                            "pppk_part_time_scheme_conflict"};
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
    case NoteCode::Pp7Conditions:
      return "PP 7/2025; PP 36/2025 Pasal 10A";
    case NoteCode::Pp7Recomposition:
      return "PP 7/2025 Pasal 10; PP 36/2025 Pasal 10A";
    case NoteCode::MidMonthStart:
      return "DECISIONS.md 4";
    case NoteCode::FundedBySelfAssumed:
    case NoteCode::Pp50BudgetExcluded:
    case NoteCode::Pp50Apbdes:
      return "PP 50/2025 Pasal 3";
    case NoteCode::JpPensionAgeMethod:
      return "PP 45/2015 Pasal 15; DECISIONS.md 9";
    case NoteCode::JpContinuation:
      return "PP 45/2015 Pasal 15 ayat (4)";
    case NoteCode::Pp37Conditions:
      return "PP 37/2021 Pasal 4";
    case NoteCode::Pp49DeferralScales:
      return "PP 49/2020";
    case NoteCode::BpuBands:
      return "PP 44/2015 Lampiran II";
    case NoteCode::BpuMinimumPackage:
      return "PP 44/2015; REFERENCE.md 3.6";
    case NoteCode::PmiBandRounding:
      return "Permenaker 4/2023 Pasal 18 ayat (1) huruf b";
    case NoteCode::LateMonthCount:
    case NoteCode::LateNoHolidays:
    case NoteCode::LateStateEmployer:
      return "PP 44/2015; PP 45/2015; PP 46/2015 (pasal belum dikonfirmasi)";
    case NoteCode::LateBpuNoFine:
      return "PP 44/2015 (pasal belum dikonfirmasi)";
    case NoteCode::Pp36LateReading:
      return "PP 36/2025 Pasal 11";
    case NoteCode::Pp49DueDateFebruary:
      return "PP 49/2020 Pasal 4 ayat (1)";
    case NoteCode::VillageHelperCategory:
      return "Juknis Kemendagri-BPJS TK (6 Mar 2023); Inpres 2/2021";
    case NoteCode::PktdSegment:
      return "Permendes 16/2025; Permenaker 44/2015";
    case NoteCode::PppkPartTimeScheme:
      return "UU 20/2023; PP 49/2023";
  }
  return "";
}

const char* note_confidence(NoteCode c) {
  switch (c) {
    case NoteCode::BumdesScale:
      return "D";
    case NoteCode::LateMonthCount:
      return "C";
    case NoteCode::Pp7Conditions:
    case NoteCode::Pp50BudgetExcluded:
    case NoteCode::VillageFunding:
      return "B";
    default:
      return "U";
  }
}

}  // namespace messages
}  // namespace jamsos
