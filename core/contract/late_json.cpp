// The "late_payment" block of an answer (input paid_on; engine/late_payment.cpp): per program the
// due date, the months late, what is owed and the fine, each with its citation and a sentence in
// both languages. Written only when paid_on was given, so other answers are unchanged.
#include "jamsos/contract.hpp"
#include "jamsos/json_writer.hpp"
#include "jamsos/messages.hpp"
#include "text_sink.hpp"

namespace jamsos {
namespace detail {

namespace {

void line_text(JsonOut& o, const LatePayment& L, const LateLine& l, Payer payer, bool id) {
  o += program_code(l.program);
  o += id ? ": jatuh tempo " : ": due ";
  append_date(o, l.due);
  o += id ? ", dibayar " : ", paid ";
  append_date(o, L.paid_on);
  if (l.months == 0) {
    o += id ? ": tepat waktu, tanpa denda" : ": on time, no fine";
    return;
  }
  o += id ? ": terlambat " : ": ";
  json_write_int(o, l.months);
  o += id ? " bulan" : (l.months == 1 ? " month late" : " months late");
  if (l.full_rate)
    o += id ? "; iuran JKK tanpa diskon " : "; JKK without the discount ", append_rupiah(o, l.contribution, id);
  if (l.deadline && !l.fine_param) {
    o += id ? "; dilunasi paling lambat " : "; paid by the deadline of ";
    append_date(o, l.deadline->date);
    o += id ? " sehingga tanpa denda" : ", so no fine";
  } else if (l.fine_param) {
    o += id ? "; denda " : "; fine ";
    append_rate(o, l.fine_param->rate, id);
    o += " × ";
    json_write_int(o, l.months);
    o += " × ";
    append_rupiah(o, l.contribution, id);
    o += " = ";
    append_rupiah(o, l.fine, id);
    o += id ? " (ditanggung: " : " (borne by: ";
    o += id ? messages::payer_label(payer).id : messages::payer_label(payer).en;
    o += ')';
  } else {
    o += id ? "; besaran denda tidak diketahui" : "; no fine figure is known";
  }
}

}  // namespace

void write_late_payment(JsonOut& o, const Result& r) {
  const LatePayment& L = r.late;
  o += "{\"paid_on\":\"", append_date(o, L.paid_on), o += "\",\"programs\":[";
  for (int i = 0; i < L.n; ++i) {
    const LateLine& l = L.lines[i];
    const Value* cite = l.deadline ? l.deadline : l.fine_param ? l.fine_param : l.due_param;
    if (i) o += ',';
    o += "{\"program\":\"", o += program_code(l.program), o += '"';
    o += ",\"due_date\":\"", append_date(o, l.due), o += '"';
    o += ",\"months_late\":", json_write_int(o, l.months);
    o += ",\"contribution\":", json_write_int(o, l.contribution);
    if (l.full_rate) o += ",\"without_discount\":true";
    if (l.deadline) o += ",\"deadline\":\"", append_date(o, l.deadline->date), o += '"';
    o += ",\"fine_rate\":";
    if (l.fine_param)
      o += '"', append_rate(o, l.fine_param->rate, false), o += '"';
    else
      o += "null";
    o += ",\"fine\":";
    if (l.fine_known)
      json_write_int(o, l.fine);
    else
      o += "null";
    o += ",\"fine_paid_by\":";
    if (l.fine)
      o += '"', o += payer_code(r.payer_employer), o += '"';
    else
      o += "null";
    o += ",\"text_id\":\"", line_text(o, L, l, r.payer_employer, true), o += '"';
    o += ",\"text_en\":\"", line_text(o, L, l, r.payer_employer, false), o += '"';
    o += ",\"citation\":\"", o += cite->citation, o += '"';
    o += ",\"parameter\":\"", o += param_spec(cite->param).key, o += '"';
    o += ",\"confidence\":\"", o += confidence_name(cite->confidence), o += "\"}";
  }
  o += ']';
  o += ",\"total_contribution\":", json_write_int(o, L.total_contribution);
  o += ",\"total_fine\":";
  if (L.has_fines)
    json_write_int(o, L.total_fine);
  else
    o += "null";
  o += ",\"total\":";
  if (L.has_fines)
    json_write_int(o, L.total_contribution + L.total_fine);
  else
    o += "null";
  o += '}';
}

}  // namespace detail
}  // namespace jamsos
