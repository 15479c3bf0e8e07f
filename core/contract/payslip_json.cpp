// The "payslip" block of an answer (input payslip: true; engine/payslip.cpp): the wage, the
// worker's BPJS Ketenagakerjaan deductions, the BPJS Kesehatan (JKN) contribution, marked as
// outside BPJS Ketenagakerjaan, and the take-home pay, each line with its rule value's citation
// and a sentence in both languages. Written only when payslip was asked, so other answers are
// unchanged.
#include <cstring>

#include "input_fields.hpp"
#include "text_sink.hpp"

namespace jamsos {
namespace detail {

namespace {

// The block is asked only by the payslip view: it is written through out-of-line appends, so the
// page's first wasm module does not carry an inlined copy of JsonOut's (always inlined, for the
// eval hot path) append per piece of text.
struct Out {
  JsonOut& o;
  __attribute__((noinline)) void append(const char* p, size_t n) { o.append(p, n); }
  __attribute__((noinline)) Out& operator+=(const char* p) { return append(p, std::strlen(p)), *this; }
  __attribute__((noinline)) Out& operator+=(char c) { return o.push_back(c), *this; }
  Out& operator+=(const std::string& x) { return append(x.data(), x.size()), *this; }
};
void num(Out& o, int64_t v) { json_write_int(o.o, v); }

void rp(Out& o, Money m, bool id) { append_rupiah(o, m, id); }

// " (citation; keyakinan C)": the rule value a line rests on.
void source(Out& o, const Value* v, bool id) {
  o += " (";
  o += v->citation;
  if (below_b(v->confidence)) o += id ? "; keyakinan " : "; confidence ", o += confidence_name(v->confidence);
  o += ')';
}

const std::string& label(const RuleSet& R, const Value* v, bool id) {
  return id ? R.param(v->param).label_id : R.param(v->param).label_en;
}

enum class Item : uint8_t { Assumed, NotEnrolled, NoRule, Cap, Worker, Employer, Floor, Tk, TakeHome, NoWage };
const char* const kItems[] = {
    "jkn_enrolled_assumed", "jkn_not_enrolled", "jkn_no_rule",    "jkn_cap",   "jkn_worker",
    "jkn_employer",         "jkn_floor",        "bpjs_tk_worker", "take_home", "take_home_missing"};

void text(Out& o, const RuleSet& R, const Result& r, Item it, bool id) {
  const Payslip& s = r.payslip;
  switch (it) {
    case Item::Assumed:
      o += id ? "Kepesertaan JKN tidak diisi: dihitung sebagai peserta (pekerja penerima upah wajib didaftarkan "
                "pemberi kerja)"
              : "JKN membership not given: computed as a member (employers must register wage earners)";
      break;
    case Item::NotEnrolled:
      o += id ? "Tidak terdaftar JKN: tidak ada potongan BPJS Kesehatan pada slip ini"
              : "Not enrolled in JKN: no BPJS Kesehatan deduction on this payslip";
      break;
    case Item::NoRule:
      o += id ? "Tidak ada iuran JKN dalam data aturan untuk bulan ini (data mulai "
              : "No JKN rate in the rule data for this month (data from ";
      append_date(o, R.param(PARAM("jkn.ppu.rate.worker")).values.front().from);
      o += ')';
      break;
    case Item::Cap:
      o += id ? "Upah " : "Wage ", rp(o, s.wage, id), o += id ? " dibatasi " : " capped at ";
      o += label(R, s.cap, id), o += ' ', rp(o, s.cap->number, id), source(o, s.cap, id);
      break;
    case Item::Worker:
    case Item::Employer: {
      const bool w = it == Item::Worker;
      const Value* v = w ? s.rate_worker : s.rate_employer;
      o += label(R, v, id), o += ": ", append_rate(o, v->rate, id), o += " × ", rp(o, s.basis, id), o += " = ";
      rp(o, w ? s.jkn_worker : s.jkn_employer, id);
      o += w ? (id ? ", dipotong dari upah" : ", deducted from the wage")
             : (id ? ", dibayar pemberi kerja (tidak dipotong dari upah)" : ", paid by the employer (not deducted)");
      o += id ? "; BPJS Kesehatan, di luar BPJS Ketenagakerjaan" : "; BPJS Kesehatan, outside BPJS Ketenagakerjaan";
      source(o, v, id);
      break;
    }
    case Item::Floor:
      o += label(R, s.floor, id);
      o += id ? " (upah minimum kabupaten/kota) tidak diterapkan: upah minimum tidak ada dalam data aturan"
              : " (the regency/city minimum wage) not applied: minimum wages are not in the rule data";
      source(o, s.floor, id);
      break;
    case Item::Tk: {
      o += id ? "BPJS Ketenagakerjaan bagian pekerja: " : "BPJS Ketenagakerjaan, worker's share: ";
      int n = 0;
      for (int p = 0; p < kPrograms; ++p) {
        const ProgramResult& pr = r.programs[p];
        if (!pr.enrolled || !pr.has_amounts || pr.period != Period::Monthly || !pr.worker) continue;
        o += n++ ? " + " : "", o += program_code(p), o += ' ', rp(o, pr.worker, id);
      }
      if (n != 1) o += n ? " = " : "", rp(o, s.bpjs_tk_worker, id);
      if (!r.complete) o += id ? " (belum lengkap)" : " (incomplete)";
      break;
    }
    case Item::TakeHome:
      o += id ? "Gaji bersih = " : "Take-home pay = ", rp(o, s.wage, id), o += " − ", rp(o, s.bpjs_tk_worker, id);
      o += " (BPJS Ketenagakerjaan) − ", rp(o, s.jkn_worker, id), o += " (BPJS Kesehatan) = ";
      rp(o, s.take_home, id);
      o += id ? " (sebelum PPh 21 dan potongan lain)" : " (before income tax and other deductions)";
      break;
    case Item::NoWage:
      o += id ? "Gaji bersih belum dapat dihitung; perlu: monthly_wage"
              : "The take-home pay cannot be computed yet; needs: monthly_wage";
      break;
  }
}

void line(Out& o, const RuleSet& R, const Result& r, Item it, const Value* v, const char* party, bool& first) {
  if (!first) o += ',';
  first = false;
  o += "{\"item\":\"", o += kItems[static_cast<int>(it)];
  o += "\",\"text_id\":\"", text(o, R, r, it, true);
  o += "\",\"text_en\":\"", text(o, R, r, it, false);
  o += "\",\"citation\":\"";
  if (v) o += v->citation;
  o += '"';
  if (v) {
    o += ",\"parameter\":\"", o += param_spec(v->param).key;
    o += "\",\"confidence\":\"", o += confidence_name(v->confidence), o += '"';
  } else if (it == Item::Assumed) {
    o += ",\"confidence\":\"U\"";
  }
  o += ",\"party\":";
  if (party)
    o += '"', o += party, o += '"';
  else
    o += "null";
  o += '}';
}

void int_or_null(Out& o, bool has, Money v) {
  if (has)
    num(o, v);
  else
    o += "null";
}

void rate_or_null(Out& o, const Value* v) {
  if (v)
    o += '"', append_rate(o, v->rate, false), o += '"';
  else
    o += "null";
}

void reason(Out& o, PayslipStatus st) {
  const bool ex = st == PayslipStatus::Excluded, seg = st == PayslipStatus::NeedSegment;
  o += "{\"code\":\"payslip_";
  o += ex ? "excluded" : seg ? "need_segment" : "not_wage_earner";
  o += "\",\"message_id\":\"Slip gaji hanya untuk pekerja penerima upah (PU)";
  o += ex    ? ": peran ini ikut TASPEN/ASABRI, aturan iuran BPJS Kesehatan-nya tidak ada dalam data"
       : seg ? "; perlu segment atau role"
             : ": peserta BPU membayar BPJS Kesehatan sendiri (PBPU); proyek konstruksi dan PMI tanpa slip gaji";
  o += "\",\"message_en\":\"The payslip is for wage earners (PU) only";
  o += ex    ? ": this role is in TASPEN/ASABRI, whose BPJS Kesehatan rules are not in the data"
       : seg ? "; needs segment or role"
             : ": BPU participants pay BPJS Kesehatan themselves (PBPU); construction projects and PMI have no payslip";
  o += "\"}";
}

}  // namespace

void write_payslip(JsonOut& out, const RuleSet& R, const Result& r) {
  Out o{out};
  const Payslip& s = r.payslip;
  static const char* const kStatus[] = {"computed", "not_wage_earner", "excluded", "need_info"};
  o += "{\"status\":\"", o += kStatus[static_cast<int>(s.status)], o += "\",\"reason\":";
  if (s.status != PayslipStatus::Computed) {
    reason(o, s.status);
    o += ",\"wage\":null,\"bpjs_ketenagakerjaan\":null,\"bpjs_kesehatan\":null,\"take_home\":null,\"complete\":false";
    o += s.status == PayslipStatus::NeedSegment ? ",\"missing\":[\"segment\"]" : ",\"missing\":[]";
    o += ",\"explanation\":[]}";
    return;
  }
  const bool deducted = s.jkn == JknStatus::Deducted, amounts = s.jkn != JknStatus::NoRule && s.has_wage;
  o += "null,\"wage\":", int_or_null(o, s.has_wage, s.wage);
  o += ",\"bpjs_ketenagakerjaan\":{\"worker\":", num(o, s.bpjs_tk_worker);
  o += ",\"complete\":", o += r.complete ? "true" : "false";
  o += "},\"bpjs_kesehatan\":{\"scheme\":\"JKN\",\"outside_bpjs_ketenagakerjaan\":true,\"status\":\"";
  o += s.jkn == JknStatus::Deducted ? "deducted" : s.jkn == JknStatus::NotEnrolled ? "not_enrolled" : "no_rule";
  o += "\",\"enrolled_assumed\":", o += s.jkn_assumed ? "true" : "false";
  o += ",\"basis\":", int_or_null(o, deducted && s.has_wage, s.basis);
  o += ",\"cap\":", int_or_null(o, s.cap, s.cap ? s.cap->number : 0);
  o += ",\"capped\":", o += s.capped ? "true" : "false";
  o += ",\"rate_worker\":", rate_or_null(o, s.rate_worker);
  o += ",\"rate_employer\":", rate_or_null(o, s.rate_employer);
  o += ",\"worker\":", int_or_null(o, amounts, s.jkn_worker);
  o += ",\"employer\":", int_or_null(o, amounts, s.jkn_employer);
  o += ",\"total\":", int_or_null(o, amounts, s.jkn_worker + s.jkn_employer);
  o += "},\"take_home\":", int_or_null(o, amounts, s.take_home);
  o += ",\"complete\":", o += s.complete ? "true" : "false";
  o += ",\"missing\":[";
  bool first = true;
  for (int b = 0; b < kMissingKinds; ++b)
    if (s.missing & (1u << b)) o += first ? "\"" : ",\"", o += missing_field(b), o += '"', first = false;
  o += "],\"explanation\":[";
  first = true;
  if (s.jkn_assumed && s.jkn != JknStatus::NoRule) line(o, R, r, Item::Assumed, nullptr, nullptr, first);
  if (s.jkn == JknStatus::NotEnrolled) line(o, R, r, Item::NotEnrolled, nullptr, nullptr, first);
  if (s.jkn == JknStatus::NoRule) line(o, R, r, Item::NoRule, nullptr, nullptr, first);
  if (deducted && s.has_wage) {
    if (s.capped) line(o, R, r, Item::Cap, s.cap, nullptr, first);
    line(o, R, r, Item::Worker, s.rate_worker, "worker", first);
    line(o, R, r, Item::Employer, s.rate_employer, "employer", first);
    if (s.floor) line(o, R, r, Item::Floor, s.floor, nullptr, first);
  }
  line(o, R, r, Item::Tk, nullptr, "worker", first);
  if (amounts)
    line(o, R, r, Item::TakeHome, nullptr, "worker", first);
  else if (!s.has_wage)
    line(o, R, r, Item::NoWage, nullptr, nullptr, first);
  o += "]}";
}

}  // namespace detail
}  // namespace jamsos
