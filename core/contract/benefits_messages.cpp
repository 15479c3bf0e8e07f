// Bahasa Indonesia and English texts of the benefit estimates. Plain words first, then the
// arithmetic; every unconfirmed point says so. Texts contain no characters JSON would escape
// other than those json_write_string handles (they are written escaped).
#include "benefits_messages.hpp"

#include <cstring>

namespace jamsos {
namespace bmsg {

namespace {

struct Pair {
  const char* id;
  const char* en;
};

void rp(std::string& o, Money m, bool id) { append_rupiah(o, m, id); }
void num(std::string& o, int64_t v) { append_int(o, v); }
void pct(std::string& o, Rate r, bool id) { append_rate(o, r, id); }

// Fills {A} (amount), {a} {b} (rupiah), {r} (rate), {m} (months), {n} (arg), {e} (arg + months - 1),
// {p} (b as a whole percent), {d} (a as a date) in a template.
void fill(std::string& o, const char* t, const BenefitLine& l, bool id) {
  for (const char* p = t; *p; ++p) {
    if (*p != '{' || !p[1] || p[2] != '}') {
      o += *p;
      continue;
    }
    switch (p[1]) {
      case 'A':
        rp(o, l.amount, id);
        break;
      case 'a':
        rp(o, l.a, id);
        break;
      case 'b':
        rp(o, l.b, id);
        break;
      case 'r':
        pct(o, l.rate, id);
        break;
      case 'm':
        num(o, l.months);
        break;
      case 'n':
        num(o, l.arg);
        break;
      case 'e':
        num(o, l.arg + l.months - 1);
        break;
      case 'p':
        num(o, l.b);
        break;
      case 'd':
        append_date(o, Date{static_cast<int32_t>(l.a)});
        break;
      default:
        o.append(p, 3);
        break;
    }
    p += 2;
  }
}

Pair label(BenefitItem i) {
  switch (i) {
    case BenefitItem::NotCovered:
      return {"Tidak ditanggung", "Not covered"};
    case BenefitItem::JkmLumpSum:
      return {"Santunan kematian sekaligus", "Death lump sum"};
    case BenefitItem::JkmPeriodic:
      return {"Santunan berkala (24 bulan, dibayar sekaligus)", "Periodic benefit (24 months, paid at once)"};
    case BenefitItem::Funeral:
      return {"Biaya pemakaman", "Funeral costs"};
    case BenefitItem::Scholarship:
      return {"Beasiswa pendidikan anak", "Scholarship for the children"};
    case BenefitItem::JkkMedical:
      return {"Perawatan dan pengobatan", "Medical care"};
    case BenefitItem::JkkDeathLumpSum:
      return {"Santunan kematian karena kecelakaan kerja", "Death from a work accident: lump sum"};
    case BenefitItem::JkkPeriodic:
      return {"Santunan berkala (dibayar sekaligus)", "Periodic benefit (paid at once)"};
    case BenefitItem::JkkStmb:
      return {"Upah selama tidak mampu bekerja (STMB)", "Pay while unable to work (STMB)"};
    case BenefitItem::JkkTransportLand:
      return {"Biaya transportasi darat, sungai atau danau", "Transport by land, river or lake"};
    case BenefitItem::JkkTransportSea:
      return {"Biaya transportasi laut", "Transport by sea"};
    case BenefitItem::JkkTransportAir:
      return {"Biaya transportasi udara", "Transport by air"};
    case BenefitItem::JkkHomeCare:
      return {"Perawatan di rumah", "Home care"};
    case BenefitItem::JkkPartialDisability:
      return {"Santunan cacat sebagian", "Partial disability"};
    case BenefitItem::JkkTotalDisability:
      return {"Santunan cacat total tetap", "Total permanent disability: lump sum"};
    case BenefitItem::JkkTotalPeriodic:
      return {"Santunan berkala cacat total tetap (dibayar sekaligus)",
              "Periodic benefit for total permanent disability (paid at once)"};
    case BenefitItem::JhtBalance:
      return {"Saldo JHT", "JHT balance"};
    case BenefitItem::JhtPartialHousing:
      return {"Pengambilan sebagian JHT untuk rumah", "Partial JHT withdrawal for a home"};
    case BenefitItem::JhtPartialOther:
      return {"Pengambilan sebagian JHT untuk keperluan lain", "Partial JHT withdrawal for other needs"};
    case BenefitItem::JpMonthly:
      return {"Pensiun bulanan", "Monthly pension"};
    case BenefitItem::JpLumpSum:
      return {"Manfaat pensiun sekaligus", "Pension paid as a lump sum"};
    case BenefitItem::JpSurvivor:
      return {"Pensiun janda/duda, anak, orang tua atau cacat",
              "Widow(er), children's, parents' or disability pension"};
    case BenefitItem::JkpCash:
      return {"Uang tunai JKP", "JKP cash benefit"};
    case BenefitItem::JkpCashTotal:
      return {"Jumlah uang tunai JKP", "JKP cash benefit in total"};
    case BenefitItem::JkpNonCash:
      return {"Informasi pasar kerja dan pelatihan kerja", "Job-market information and job training"};
  }
  return {"", ""};
}

Pair level_name(SchoolLevel s) {
  switch (s) {
    case SchoolLevel::None:
      return {"belum sekolah, mulai TK", "not yet at school, from kindergarten"};
    case SchoolLevel::TK:
      return {"TK", "kindergarten"};
    case SchoolLevel::SD:
      return {"SD", "primary school"};
    case SchoolLevel::SMP:
      return {"SMP", "lower secondary school"};
    case SchoolLevel::SMA:
      return {"SMA", "upper secondary school"};
    case SchoolLevel::PT:
      return {"perguruan tinggi", "higher education"};
  }
  return {"", ""};
}

// The template of a line with an amount (null: the label alone).
Pair amount_template(const BenefitLine& l) {
  switch (l.item) {
    case BenefitItem::JkmLumpSum:
    case BenefitItem::Funeral:
    case BenefitItem::JkmPeriodic:
    case BenefitItem::JkkPeriodic:
    case BenefitItem::JkkTotalPeriodic:
      return {": {A}.", ": {A}."};
    case BenefitItem::JkkDeathLumpSum:
      if (l.amount > l.b)
        return {": {r} x {n} x upah {a} = {b}, dinaikkan ke paling sedikit {A}.",
                ": {r} x {n} x wage {a} = {b}, raised to the minimum {A}."};
      return {": {r} x {n} x upah {a} = {A}.", ": {r} x {n} x wage {a} = {A}."};
    case BenefitItem::JkkStmb:
      if (l.months == 0)
        return {" mulai bulan ke-{n} sampai sembuh: {r} x upah {a} = {A} per bulan.",
                " from month {n} until recovery: {r} x wage {a} = {A} a month."};
      return {" bulan ke-{n} sampai ke-{e}: {r} x upah {a} = {A} per bulan.",
              " months {n} to {e}: {r} x wage {a} = {A} a month."};
    case BenefitItem::JkkTransportLand:
    case BenefitItem::JkkTransportSea:
    case BenefitItem::JkkTransportAir:
      return {": paling banyak {A}.", ": up to {A}."};
    case BenefitItem::JkkHomeCare:
      return {": paling lama {m} bulan, paling banyak {A}.", ": for at most {m} months, up to {A}."};
    case BenefitItem::JkkPartialDisability:
      return {": {p}% x {n} x upah {a} = {A}.", ": {p}% x {n} x wage {a} = {A}."};
    case BenefitItem::JhtBalance:
      return {
          " perkiraan: {A} (saldo awal {a} + iuran {b} selama {m} bulan + hasil pengembangan dengan asumsi {r} "
          "per tahun, bukan janji).",
          " estimated: {A} (starting balance {a} + contributions {b} over {m} months + returns at an assumed {r} "
          "a year, not a promise)."};
    case BenefitItem::JhtPartialHousing:
    case BenefitItem::JhtPartialOther:
      if (l.kind == AmountKind::UpTo)
        return {": paling banyak {r} dari saldo {a} = {A}.", ": up to {r} of the balance {a} = {A}."};
      return {": paling banyak {r} dari saldo.", ": up to {r} of the balance."};
    case BenefitItem::JpMonthly:
      return {
          " mulai {d}: {r} x ({n} bulan / 12) x rata-rata upah {b} = {A} per bulan (setelah batas paling sedikit "
          "dan paling banyak yang diketahui).",
          " from {d}: {r} x ({n} months / 12) x average wage {b} = {A} a month (after the known minimum and "
          "maximum)."};
    case BenefitItem::JpLumpSum:
      return {
          ": {n} bulan iuran, kurang dari syarat pensiun bulanan; dibayar sekaligus iuran yang terkumpul {A} "
          "ditambah hasil pengembangannya.",
          ": {n} contribution months, fewer than a monthly pension needs; the contributions paid, {A}, are paid "
          "at once with their returns."};
    case BenefitItem::JkpCash:
      if (l.a > l.b)
        return {" bulan ke-{n} sampai ke-{e}: {r} x upah {b} (upah {a} dibatasi) = {A} per bulan.",
                " months {n} to {e}: {r} x wage {b} (the wage {a} capped) = {A} a month."};
      return {" bulan ke-{n} sampai ke-{e}: {r} x upah {b} = {A} per bulan.",
              " months {n} to {e}: {r} x wage {b} = {A} a month."};
    case BenefitItem::JkpCashTotal:
      return {" selama {m} bulan: {A}.", " over {m} months: {A}."};
    default:
      return {nullptr, nullptr};
  }
}

}  // namespace

const char* item_code(BenefitItem i) {
  static const char* n[] = {"not_covered",
                            "jkm_lump_sum",
                            "jkm_periodic",
                            "funeral",
                            "scholarship",
                            "jkk_medical",
                            "jkk_death_lump_sum",
                            "jkk_periodic",
                            "jkk_temporary_incapacity",
                            "jkk_transport_land",
                            "jkk_transport_sea",
                            "jkk_transport_air",
                            "jkk_home_care",
                            "jkk_partial_disability",
                            "jkk_total_disability",
                            "jkk_total_disability_periodic",
                            "jht_balance",
                            "jht_partial_housing",
                            "jht_partial_other",
                            "jp_monthly",
                            "jp_lump_sum",
                            "jp_survivor",
                            "jkp_cash",
                            "jkp_cash_total",
                            "jkp_non_cash"};
  return n[static_cast<int>(i)];
}

const char* condition_code(BenefitCondition c) {
  static const char* n[] = {"not_enrolled",
                            "if_enrolled",
                            "jkm_scholarship_min_years",
                            "jkm_scholarship_min_years_unconfirmed",
                            "scholarship_age_limit",
                            "scholarship_child_too_old",
                            "scholarship_claimed_yearly",
                            "total_permanent_disability_only",
                            "jp_min_months",
                            "jp_under_min_months",
                            "jht_partial_min_years",
                            "jht_partial_once",
                            "jht_waiting_period",
                            "jht_foreigner_leaving",
                            "jht_payout_age",
                            "jkp_months_in_24",
                            "jkp_consecutive_months",
                            "jkp_not_in_force",
                            "jkp_record_not_met",
                            "until_recovery",
                            "ask_bpjs",
                            "no_cost_ceiling",
                            "projection_too_large"};
  return n[static_cast<int>(c)];
}

void condition_text(std::string& o, BenefitCondition c, int arg, bool id) {
  Pair t{"", ""};
  switch (c) {
    case BenefitCondition::NotEnrolled:
      t = {"Tidak terdaftar dalam program ini (lihat statusnya di jamsos eval).",
           "Not enrolled in this program (see its status in jamsos eval)."};
      break;
    case BenefitCondition::IfEnrolled:
      t = {"Jika terdaftar dalam program ini (data untuk menentukannya belum lengkap).",
           "If enrolled in this program (the data to decide it is incomplete)."};
      break;
    case BenefitCondition::JkmScholarshipYears:
      t = {"Peserta sudah membayar iuran paling sedikit {n} tahun.",
           "The member paid contributions for at least {n} years."};
      break;
    case BenefitCondition::JkmScholarshipYearsUnknown:
      t = {"Masa iur minimum untuk beasiswa menurut PP 44/2015 belum dikonfirmasi; tanyakan ke BPJS Ketenagakerjaan.",
           "The minimum contribution period for the scholarship under PP 44/2015 is unconfirmed; ask BPJS "
           "Ketenagakerjaan."};
      break;
    case BenefitCondition::ScholarshipAge:
      t = {"Berhenti saat anak berusia {n} tahun, menikah atau bekerja.",
           "Ends when the child turns {n}, marries or starts work."};
      break;
    case BenefitCondition::ScholarshipChildAge:
      t = {"Anak berusia {n} tahun: melewati batas usia.", "The child is {n}: past the age limit."};
      break;
    case BenefitCondition::ScholarshipYearly:
      t = {"Diajukan setiap tahun; anak yang belum sekolah menerimanya saat mulai sekolah.",
           "Claimed every year; a child not yet at school receives it on starting school."};
      break;
    case BenefitCondition::TotalDisabilityOnly:
      t = {"Hanya untuk cacat total tetap.", "Only for total permanent disability."};
      break;
    case BenefitCondition::JpMinMonths:
      t = {"Pensiun bulanan perlu paling sedikit {n} bulan iuran.",
           "A monthly pension needs at least {n} contribution months."};
      break;
    case BenefitCondition::JpUnderMinMonths:
      t = {"Kurang dari {n} bulan iuran saat usia pensiun.", "Fewer than {n} contribution months at pension age."};
      break;
    case BenefitCondition::JhtPartialYears:
      t = {"Kepesertaan paling singkat {n} tahun.", "At least {n} years of membership."};
      break;
    case BenefitCondition::JhtPartialOnce:
      t = {"Hanya sekali selama kepesertaan.", "Once only per membership."};
      break;
    case BenefitCondition::JhtResignWait:
      t = {"Setelah mengundurkan diri atau PHK, dibayar setelah masa tunggu {n} bulan.",
           "After resignation or dismissal, paid after a waiting period of {n} month(s)."};
      break;
    case BenefitCondition::JhtForeignerLeaving:
      t = {"Pekerja asing juga dapat mengambilnya saat meninggalkan Indonesia untuk selamanya.",
           "A foreign worker may also take it on leaving Indonesia for good."};
      break;
    case BenefitCondition::JhtPayoutAge:
      t = {
          "Dibayar penuh pada usia {n} tahun (atau usia pensiun dalam perjanjian kerja), juga saat berhenti bekerja, "
          "cacat total tetap atau meninggal dunia.",
          "Paid in full at age {n} (or the pension age in the work agreement), and also on leaving work, total "
          "permanent disability or death."};
      break;
    case BenefitCondition::JkpMonthsIn24:
      t = {"Iuran paling sedikit {n} bulan dalam 24 bulan terakhir.",
           "At least {n} contribution months within the last 24."};
      break;
    case BenefitCondition::JkpConsecutive:
      t = {"Termasuk {n} bulan berturut-turut sebelum PHK.", "Including {n} consecutive months before the layoff."};
      break;
    case BenefitCondition::JkpNotInForce:
      // {D}: the first day of the JKP benefit rule (the engine passes it, from the rule data).
      t = {"JKP belum ada pada tanggal kejadian (berlaku mulai {D}).",
           "JKP did not exist on the event date (it began on {D})."};
      break;
    case BenefitCondition::JkpNotMet:
      t = {"Riwayat iuran yang diisi belum memenuhi syarat.",
           "The contribution record given does not meet the condition."};
      break;
    case BenefitCondition::UntilRecovery:
      t = {"Sampai sembuh.", "Until recovery."};
      break;
    case BenefitCondition::AskBpjs:
      t = {"Besarnya belum dikonfirmasi: tanyakan ke BPJS Ketenagakerjaan.",
           "The amount is unconfirmed: ask BPJS Ketenagakerjaan."};
      break;
    case BenefitCondition::NoCeiling:
      t = {"Tanpa batas biaya.", "No cost ceiling."};
      break;
    case BenefitCondition::TooLarge:
      t = {"Perkiraan melewati Rp1.000 triliun: tidak dihitung (periksa hasil pengembangan dan upah).",
           "The projection passes Rp1,000 trillion: not computed (check the return and the wage)."};
      break;
  }
  const char* s = id ? t.id : t.en;
  for (const char* p = s; *p; ++p) {
    if (p[0] == '{' && p[1] == 'n' && p[2] == '}') {
      append_int(o, arg);
      p += 2;
    } else if (p[0] == '{' && p[1] == 'D' && p[2] == '}') {
      o += format_long_date(Date{arg}, id);
      p += 2;
    } else {
      o += *p;
    }
  }
}

const char* note_code(BenefitNote n) {
  static const char* c[] = {"jht_return_assumed",   "jht_start_balance_zero",   "future_contributions_assumed",
                            "jp_wage_not_indexed",  "jp_min_max_unknown",       "jp_min_max_month",
                            "jp_months_clamped",    "jp_returns_not_estimated", "contribution_months_absent",
                            "scholarship_estimate", "jkk_death_minimum",        "stmb_conflict",
                            "jkp_transition",       "jkp_cap_unconfirmed",      "pmi_benefits_unconfirmed",
                            "figure_below_b"};
  return c[static_cast<int>(n)];
}

const char* note_confidence(const BenefitNoteEntry& n) {
  switch (n.code) {
    case BenefitNote::FigureBelowB:
      return n.value ? confidence_name(n.value->confidence) : "U";
    case BenefitNote::JpMonthsClamped:
    case BenefitNote::ScholarshipEstimate:
      return "D";
    default:
      return "U";
  }
}

void note_text(std::string& o, const RuleSet& R, const BenefitNoteEntry& n, const BenefitResult& r, bool id) {
  switch (n.code) {
    case BenefitNote::ReturnAssumed:
      if (n.value) {
        o += id ? "Hasil pengembangan JHT " : "The JHT return of ";
        pct(o, r.jht.annual_return, id);
        o += id ? " per tahun adalah asumsi, bukan janji: hasil yang dikreditkan tiap tahun belum dikonfirmasi. Ubah "
                  "dengan jht_annual_return."
                : " a year is an assumption, not a promise: the returns credited each year are unconfirmed. Set "
                  "jht_annual_return to change it.";
      } else {
        o += id ? "Hasil pengembangan JHT " : "The JHT return of ";
        pct(o, r.jht.annual_return, id);
        o += id ? " per tahun adalah asumsi yang Anda tetapkan, bukan janji."
                : " a year is your own assumption, not a promise.";
      }
      return;
    case BenefitNote::JhtStartBalanceZero:
      o += id ? "Saldo JHT saat ini (jht_balance) tidak diisi: perkiraan dimulai dari saldo 0 pada as_of."
              : "The current JHT balance (jht_balance) was not given: the projection starts from 0 on as_of.";
      return;
    case BenefitNote::FutureContributions:
      o += id ? "Iuran dianggap dibayar setiap bulan sampai kejadian, dengan upah terakhir yang diketahui."
              : "Contributions are assumed to be paid every month until the event, at the last known wage.";
      return;
    case BenefitNote::JpNotIndexed:
      o += id ? "Rata-rata upah JP tidak disesuaikan dengan inflasi (indeksnya belum ada dalam aturan); pensiun "
                "sebenarnya bisa lebih tinggi."
              : "The JP average wage is not indexed for inflation (the index is not in the rules); the actual pension "
                "may be higher.";
      return;
    case BenefitNote::JpMinMaxUnknown:
      o += id ? "Batas paling sedikit atau paling banyak manfaat JP untuk tahun " : "The JP minimum or maximum for ";
      append_int(o, n.arg);
      o += id ? " belum dikonfirmasi: tidak diterapkan." : " is unconfirmed: not applied.";
      return;
    case BenefitNote::JpMinMaxMonth:
      o += id ? "Bulan berlakunya batas manfaat JP tahunan (Januari atau Maret) belum dikonfirmasi; dipakai Januari."
              : "The month the yearly JP minimum and maximum take effect (January or March) is unconfirmed; January "
                "is used.";
      return;
    case BenefitNote::JpMonthsClamped:
      o += id ? "contribution_months melampaui awal program JP (Juli 2015): dihitung "
              : "contribution_months reaches back before JP began (July 2015): counted as ";
      append_int(o, n.arg);
      o += id ? " bulan untuk JP." : " months for JP.";
      return;
    case BenefitNote::JpReturnsNotEstimated:
      o += id ? "Hasil pengembangan pada manfaat JP sekaligus tidak diperkirakan: jumlahnya hanya iuran."
              : "The returns on the JP lump sum are not estimated: the amount is the contributions only.";
      return;
    case BenefitNote::ContributionMonthsAbsent:
      o += id ? "contribution_months tidak diisi: hanya bulan mulai as_of yang dihitung."
              : "contribution_months was not given: only the months from as_of on are counted.";
      return;
    case BenefitNote::ScholarshipEstimate:
      o += id ? "Perkiraan beasiswa: setiap tahun satu tahun jenjang, dari jenjang sekarang sampai perguruan tinggi, "
                "berhenti pada batas usia; jumlah sebenarnya tergantung kelas anak dan klaim tiap tahun."
              : "Scholarship estimate: one school year per year, from the current level up to higher education, "
                "stopping at the age limit; the actual sum depends on the child's grade and the yearly claims.";
      return;
    case BenefitNote::JkkDeathMinimum:
      o += id ? "Santunan kematian JKK paling sedikit sebesar santunan kematian JKM: apakah Rp20.000.000 (santunan "
                "sekaligus) atau Rp42.000.000 (jumlah seluruhnya) belum dikonfirmasi; dipakai Rp20.000.000."
              : "The JKK death lump sum is at least the JKM death benefit: whether that is Rp20,000,000 (the lump "
                "sum) or Rp42,000,000 (the total) is unconfirmed; Rp20,000,000 is used.";
      return;
    case BenefitNote::StmbConflict:
      o += id ? "Jadwal upah tidak mampu bekerja (STMB) menurut PP 44/2015 belum dikonfirmasi: sumber berbeda "
                "(6/6 bulan atau 4/4 bulan)."
              : "The PP 44/2015 temporary incapacity (STMB) schedule is unconfirmed: sources differ (6/6 or 4/4 "
                "months).";
      return;
    case BenefitNote::JkpTransition:
      o += id ? "Aturan JKP dipilih menurut tanggal kehilangan pekerjaan (event_date); aturan peralihan untuk PHK "
                "sebelum dan klaim sesudah 7 Februari 2025 belum dikonfirmasi."
              : "The JKP regime is chosen by the date of the job loss (event_date); the transition for a layoff "
                "before and a claim after 7 February 2025 is unconfirmed.";
      return;
    case BenefitNote::JkpCapUnconfirmed:
      o += id ? "Batas upah Rp5.000.000 untuk uang tunai JKP dipastikan untuk PP 6/2025; untuk PP 37/2021 belum "
                "dikonfirmasi."
              : "The Rp5,000,000 wage cap of the JKP cash benefit is confirmed for PP 6/2025; for PP 37/2021 it is "
                "unconfirmed.";
      return;
    case BenefitNote::PmiBenefitsUnconfirmed:
      o += id ? "Manfaat khusus pekerja migran (Permenaker 4/2023 Pasal 34) belum dikonfirmasi; tanyakan ke BPJS "
                "Ketenagakerjaan."
              : "The migrant workers' own benefits (Permenaker 4/2023 Pasal 34) are unconfirmed; ask BPJS "
                "Ketenagakerjaan.";
      return;
    case BenefitNote::FigureBelowB: {
      const Value* v = n.value;
      if (!v) return;
      const Param& param = R.param(v->param);
      o += id ? param.label_id : param.label_en;
      o += id ? " (berlaku mulai " : " (in force from ";
      append_date(o, v->from);
      o += id ? "): tingkat kepastian " : "): confidence ";
      o += confidence_name(v->confidence);
      if (id) {
        o += v->confidence == Confidence::C ? ", satu sumber sekunder saja." : ", belum dikonfirmasi.";
      } else if (!v->note.empty()) {
        o += ". ";
        o += v->note;
      } else {
        o += v->confidence == Confidence::C ? ", a single secondary source." : ", unconfirmed.";
      }
      return;
    }
  }
}

void explanation(std::string& o, const BenefitLine& l, const BenefitInput& in, bool id) {
  const Pair lab = label(l.item);
  o += id ? lab.id : lab.en;
  if (l.item == BenefitItem::Scholarship) {
    if (l.arg >= 0 && static_cast<size_t>(l.arg) < in.children.size()) {
      const Pair lv = level_name(in.children[static_cast<size_t>(l.arg)].level);
      o += id ? ", anak ke-" : ", child ";
      append_int(o, l.arg + 1);
      o += id ? " (" : " (";
      o += id ? lv.id : lv.en;
      o += id ? "): paling banyak " : "): up to ";
      rp(o, l.amount, id);
      o += id ? " jika melanjutkan sampai perguruan tinggi." : " if the child goes on to higher education.";
    } else if (l.kind == AmountKind::Amount) {
      o += id ? " untuk 1 anak: " : " for 1 child: ";
      rp(o, l.amount, id);
      o += '.';
    } else if (l.kind == AmountKind::UpTo) {
      o += id ? ": paling banyak " : ": up to ";
      rp(o, l.amount, id);
      o += id ? " untuk paling banyak 2 anak, menurut jenjang sekolah." : " for at most 2 children, by school level.";
    } else {
      o += '.';
    }
    return;
  }
  if (l.item == BenefitItem::JkkTotalDisability || l.item == BenefitItem::JpSurvivor) {
    o += id ? ": besarnya belum dikonfirmasi; tanyakan ke BPJS Ketenagakerjaan."
            : ": the amount is unconfirmed; ask BPJS Ketenagakerjaan.";
    return;
  }
  if (l.item == BenefitItem::JkkMedical) {
    o += id ? " sesuai kebutuhan medis." : " as medically needed.";
    return;
  }
  if (l.item == BenefitItem::JkpNonCash) {
    o += '.';
    return;
  }
  if (l.item == BenefitItem::JpMonthly && l.kind == AmountKind::None && l.arg > 0) {
    o += id ? ": perkiraan " : ": an estimated ";
    append_int(o, l.arg);
    o += id ? " bulan iuran, belum cukup untuk pensiun bulanan."
            : " contribution months, not enough for a monthly pension.";
    return;
  }
  const Pair t = amount_template(l);
  if (l.kind == AmountKind::None || !t.id) {
    if (l.item == BenefitItem::JhtPartialHousing || l.item == BenefitItem::JhtPartialOther) {
      fill(o, id ? t.id : t.en, l, id);
      return;
    }
    if (l.status == BenefitStatus::NeedInfo) {
      o += id ? ": perlu data " : ": needs ";
      bool first = true;
      for (int i = 0; i < kBenefitMissingKinds; ++i)
        if (l.missing & (1u << i)) {
          if (!first) o += ", ";
          first = false;
          o += benefit_missing_field(i);
        }
      o += '.';
      return;
    }
    o += '.';
    return;
  }
  fill(o, id ? t.id : t.en, l, id);
}

}  // namespace bmsg
}  // namespace jamsos
