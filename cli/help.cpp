// `jamsos --help`: the usage text.
#include "commands.hpp"

namespace jamsos_cli {

const char* const kHelp = R"(jamsos - BPJS Ketenagakerjaan eligibility and contributions, offline.

Usage:
  jamsos eval  [--rules FILE] [--pretty] [--jsonl]   read one JSON object (or an array) on
                                            stdin, write the result object (or array) on stdout;
                                            an array is streamed (each answer written as its
                                            element is read: constant memory)
  jamsos benefits [--rules FILE] [--pretty] [--jsonl]   read one JSON object (an eval input
                                            plus the benefit fields below) on stdin, write the
                                            estimated benefits per event on stdout (--jsonl: one
                                            object per line in, one answer per line out)
  jamsos rules [--rules FILE] [--since OLD] [--sign KEY]  print the rule set as a sealed bundle
                                            (every dated parameter with its citation and
                                            confidence, version, SHA-256); --since OLD adds the
                                            changes since OLD; --sign KEY signs it (Ed25519)
  jamsos keygen PREFIX                     a publisher key pair: PREFIX.key (secret, mode 0600)
                                            and PREFIX.pub (docs/RULES.md "Signatures")
  jamsos diff --from OLD [--as-of DATE] [FILE]  whose figures change from the rules in OLD to the
                                            rules in use, and the rule change behind each: eval
                                            inputs (JSON array or lines), or a roster CSV with
                                            --as-of; JSON lines, then a summary line
  jamsos receipt < input.json              a receipt of one answer: the input, rules version,
                                            figures, the rule values used and the answer's
                                            SHA-256 (docs/RULES.md)
  jamsos verify < receipt.json             recompute a receipt: verdict same (exit 0), mismatch
                                            (altered, 3) or different_rules (4, with the figures
                                            that differ and the rule changes behind them)
  jamsos upcoming [--months N] < input.json  the months ahead (default 12, at most 120) whose
                                            figures change for this input, old -> new, and why:
                                            the rule values that change (a relief ending, a new
                                            JP ceiling) and the reasons of a new status
  jamsos version                           print the rule-set version
  jamsos roles                             print the role presets (code, names, segment, payers) as JSON
  jamsos roster --as-of DATE [options] [FILE]   a roster (CSV) -> one output row per person
  jamsos reconcile --as-of DATE [options] LAST.csv THIS.csv   month-on-month changes by NIK
  jamsos budget --from YYYY-MM --months N --people N [template]  budget, month by month
  jamsos budget --roster FILE --from YYYY-MM --months N   a roster's budget, month by month
  jamsos columns [FILE]                    show how a CSV's headers map to roster fields (JSON)
  jamsos template                          print a blank roster template (CSV, Indonesian headers)
  jamsos --help                            this text

Options:
  --rules FILE   use the rule set in FILE instead of the embedded one. FILE has the format that
                 `jamsos rules` prints: {"schema": 1, ..., "sha256", "files": [{"name", "content"}]}.
                 A file whose SHA-256 does not match is refused, and so is one signed with a
                 key other than the publisher's built into this jamsos or whose signature does
                 not match; an unsigned file is used with a note on stderr. Workflow for a new JP ceiling:
                 jamsos rules > r.json; add the dated value to "jp.ceiling" in pp45-2015-jp.json's
                 content and delete the "sha256" line; jamsos eval --rules r.json < in.json
                 (docs/RULES.md)
  --pretty       indent the JSON output (eval: reads the whole input first)
  --jsonl        eval: JSON Lines, one input object per line in, one answer per line out

Input fields (all optional except as_of; rupiah are whole numbers):
  as_of "YYYY-MM-DD" (>= 2015-07-01; names a contribution month: the rules in force on the
        month's last day apply, ages are taken on the day itself)   segment "PU"|"BPU"|"JAKON"|"PMI"
  role  kepala_desa|perangkat_desa|bpd|pendamping_desa|non_asn|bumdes|pekerja_rentan|
        pns|cpns|pppk|tni_polri
  citizenship "WNI"|"WNA"   birth_date "YYYY-MM-DD"   monthly_wage   employer_scale
  "micro"|"small"|"medium"|"large"   jkk_risk_group 1-5   jkn_enrolled true|false
  member_since "YYYY-MM-DD" (joined BPJS Ketenagakerjaan with this employer; JKP's age limit
  is tested then)   industry (PP 7/2025 as extended by PP 36/2025: food_beverage_tobacco,
  textile_apparel, leather, footwear, toys, furniture)   employer_headcount
  declared_income (BPU)   bpu_sector "transport"|"other"   funded_by (BPU, who pays JKK and
  JKM; PP 50/2025 gives no discount via APBN/APBD) "self"|"employer"|"apbn"|"apbd"|"apbdes"|
  "other" (absent: self, with a note)
  contract_value (JAKON)   placement_months, pmi_jht_monthly (PMI)
  opt_in ["JHT","JP",...]   jp_deferral_requested true|false   id (echoed back)
  payslip true|false (PU: adds "payslip": BPJS Kesehatan (JKN) 1% of the wage capped at
        Rp12,000,000, outside BPJS Ketenagakerjaan, and the take-home pay)

Benefit fields (jamsos benefits; all optional):
  event "death_non_work"|"death_work"|"incapacity"|"disability"|"job_loss"|"old_age" (absent: all)
  event_date "YYYY-MM-DD" (absent: as_of; old_age: the pension age / JHT payout age)
  contribution_months (months paid before as_of)   jht_balance (JHT balance on as_of)
  jht_annual_return "5%" (absent: the rules' assumption, shown as such)
  wage_history [{"from":"YYYY-MM-DD","monthly_wage":N},...]
  children [{"age":N,"school_level":"belum_sekolah"|"tk"|"sd"|"smp"|"sma"|"pt"},...]
  disability_percent 1-100 (partial disability: table % x loss of function)
  jkp_months_in_24, jkp_consecutive_months (JKP claim record)
  Output: benefits [{program, event, item, status, amount | monthly + months, conditions,
  citation, url, confidence, parameters, explanation_id, explanation_en}], jht_projection,
  notes (assumptions and unconfirmed figures with their tags). See docs/CONTRACT.md.

Output: programs JKK, JKM, JHT, JP, JKP with status (mandatory|optional|not_eligible|need_info),
enrolled, period, basis, rate, employer/worker/government/total amounts, missing inputs and
reasons with citations; totals (monthly and one_time) of enrolled programs; the explanation in
Bahasa Indonesia and English; notes on contested or assumed points, each with its confidence
tag (A-D, U); warnings. See docs/CONTRACT.md.

Rosters (docs/ROSTER.md):
  jamsos roster --as-of DATE [--format csv|jsonl] [--summary FILE] [--map FIELD=COLUMN]...
                [--delimiter ';'] [--no-duplicate-check] [FILE] < in.csv > out.csv
    Reads CSV (UTF-8, BOM ok, ',' or ';' detected from the header, quoted fields) from FILE
    or stdin in chunks and writes a row per person as it goes (constant memory apart from the
    duplicate-NIK set). Headers are recognised in Indonesian or English: NIK, Nama/Name,
    Tanggal Lahir/Birth date, Jenis Kelamin/Sex, Jabatan/Peran/Role, Segmen/Segment,
    Upah/Siltap/Honor/Gaji/Wage, Penghasilan/Income, Kewarganegaraan/Citizenship,
    Skala Usaha/Employer scale, Kelompok Risiko/Risk group, JKN, Program Tambahan/Opt in,
    Sektor/Sector. --map FIELD=COLUMN fixes one (COLUMN: a header or a 1-based number;
    "" unmaps); FIELD is one of nik nama birth_date sex role segment monthly_wage
    declared_income citizenship employer_scale jkk_risk_group jkn_enrolled opt_in bpu_sector.
    Output columns: row,nik,nama,role,segment, then per program (jkk jkm jht jp jkp)
    _status,_employer,_worker,_government; total_employer,total_worker,total_government,
    total,complete,warnings,error. A bad row gets its reason in `error` (row, column and
    reason, in Indonesian; --format jsonl adds English and codes) and the rest go on.
    Cells starting with = + - @ are written with a leading apostrophe. --summary FILE writes
    counts and totals per program and per payer as JSON ("-" = stderr).
  jamsos reconcile --as-of DATE [--last-as-of DATE] [--summary FILE] LAST.csv THIS.csv
    Compares two rosters by NIK: change = added | removed | changed (wage, role, segment) |
    amount_changed (same data, different rules, e.g. a relief month) | error, with
    contributions last and this month and the difference. LAST is evaluated on
    --last-as-of (default: one month before --as-of).
  jamsos budget --from YYYY-MM --months N --people N [--format json|csv]
                [--role R] [--wage N] [--income N] [--sector transport|other] [--scale S]
                [--risk-group N] [--birth-date D] [--jkn yes|no] [--opt-in JHT,JP]
                [--paid-on DATE] [--input JSON]   (JSON: an eval input object without as_of)
    Evaluates the template on the 1st of every month, so relief windows apply month by month.
    --paid-on: every month is paid on DATE (e.g. when the funds arrive): each month's due date,
    months late and fine, and the fines' total beside the contributions'.
    e.g. jamsos budget --role pekerja_rentan --people 120 --months 12 --from 2026-04
  jamsos budget --roster FILE --from YYYY-MM --months N [--format json|csv] [--map F=C]
    Every person of a roster (CSV, read and checked as `jamsos roster` reads it on the first
    month's 1st day) evaluated on the 1st of every month: per month the cost per party and per
    payer (village budget, employer, worker, ...), relief month by month. Rows with errors are
    counted as "invalid", people whose answer still needs data as "need_info" (their known
    amounts are counted). FILE "-" = stdin.

Exit status: 0 ok (also when roster rows have errors: they are reported per row); 2 an input
error (the output holds {"error":{"code","field","message"}}; in an array only that element is
an error); 1 a usage or rules-file error; for roster,
reconcile, budget and columns: 2 unreadable input (no file, no header row, a runaway quote).

Examples:
  echo '{"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000,"employer_scale":"medium",
         "jkk_risk_group":1,"birth_date":"1990-01-01","jkn_enrolled":true}' | jamsos eval --pretty
  echo '{"as_of":"2026-05-01","role":"pekerja_rentan"}' | jamsos eval
  echo '{"as_of":"2026-05-01","role":"pekerja_rentan","event":"death_non_work"}' | jamsos benefits --pretty
)";

}  // namespace jamsos_cli
