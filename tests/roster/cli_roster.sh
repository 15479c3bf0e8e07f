#!/bin/bash
# End-to-end checks of `jamsos roster`, `reconcile`, `budget`, `columns`, `template`.
set -u
J="$1"
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

printf 'NIK;Nama;Jabatan;Upah\r\n3515140508680001;=Budi;Kepala Desa;Rp 4.500.000\r\n12;Bad;Kepala Desa;x\r\n' > "$tmp/in.csv"
"$J" roster --as-of 2026-05-01 --summary "$tmp/sum.json" < "$tmp/in.csv" > "$tmp/out.csv"; rc=$?
check "roster exits 0 even with a bad row" '[ $rc -eq 0 ]'
check "roster writes the header" 'head -1 "$tmp/out.csv" | grep -q "^row,nik,nama,role,segment,jkk_status"'
check "roster computes the good row (24,300)" 'grep -q "^2,3515140508680001,.*,24300,true" "$tmp/out.csv"'
check "roster neutralises a formula" 'grep -q "'"'"'=Budi" "$tmp/out.csv"'
check "roster reports the bad row with row and column" 'grep -q "Baris 3, kolom NIK" "$tmp/out.csv"'
check "summary counts rows" 'grep -q "\"errors\": 1" "$tmp/sum.json" && grep -q "\"valid\": 1" "$tmp/sum.json"'
"$J" roster --as-of 2026-05-01 --format jsonl "$tmp/in.csv" > "$tmp/out.jsonl"; rc=$?
check "jsonl from a file argument" '[ $rc -eq 0 ] && [ $(wc -l < "$tmp/out.jsonl") -eq 2 ] && grep -q "message_en" "$tmp/out.jsonl"'
"$J" roster --as-of 2026-05-01 --delimiter ';' < "$tmp/in.csv" > "$tmp/out2.csv"
check "--delimiter ; output" 'head -1 "$tmp/out2.csv" | grep -q "^row;nik;nama"'
"$J" roster --as-of 2026-05-01 --map monthly_wage= < "$tmp/in.csv" > "$tmp/out3.csv"
check "--map unmaps a column (wage missing -> incomplete)" 'grep -q "^2,.*,false," "$tmp/out3.csv"'
"$J" roster < "$tmp/in.csv" > /dev/null 2>&1; rc=$?
check "roster without --as-of is a usage error (1)" '[ $rc -eq 1 ]'
printf 'foo,bar\n1,2\n' | "$J" roster --as-of 2026-05-01 > /dev/null 2>&1; rc=$?
check "no known header exits 2" '[ $rc -eq 2 ]'
"$J" roster --as-of 2026-05-01 /nonexistent.csv > /dev/null 2>&1; rc=$?
check "unreadable file exits 2" '[ $rc -eq 2 ]'
"$J" roster --as-of 2026-05-01 --map bogus=1 < "$tmp/in.csv" > /dev/null 2>&1; rc=$?
check "bad --map exits 2" '[ $rc -eq 2 ]'

"$J" budget --role "Pekerja Rentan" --people 120 --months 12 --from 2026-04 > "$tmp/b.json"; rc=$?
check "budget 120 rentan x 12 months = 15,120,000" '[ $rc -eq 0 ] && grep -q "\"total\": 15120000" "$tmp/b.json"'
"$J" budget --input '{"role":"kepala_desa","monthly_wage":4500000}' --people 2 --months 3 --from 2026-01 --format csv > "$tmp/b.csv"
check "budget csv total line" 'grep -q "^total,2,72900,145800,0,0,145800" "$tmp/b.csv"'
# --paid-on: Jan-Mar 2026 paid 20 April: 3, 2 and 1 started months late, 2% of 24,300 a month each
# (486 per month late per person): 1,458 + 972 + 486 = 2,916 per person, 5,832 for two.
"$J" budget --role kepala_desa --wage 4500000 --paid-on 2026-04-20 --people 2 --months 3 --from 2026-01 --format csv > "$tmp/bl.csv"; rc=$?
check "budget --paid-on csv: due date, months late and fine per month, fines' total" '[ $rc -eq 0 ] && grep -q "^month,people,per_person,employer,worker,government,total,relief,complete,due_date,months_late,fine" "$tmp/bl.csv" && grep -q "^2026-01,2,24300,48600,0,0,48600,false,false,2026-02-15,3,2916" "$tmp/bl.csv" && grep -q "^total,2,72900,145800,0,0,145800,,false,,,5832" "$tmp/bl.csv"'
"$J" budget --role kepala_desa --wage 4500000 --paid-on 2026-04-20 --people 2 --months 3 --from 2026-01 > "$tmp/bl.json"
check "budget --paid-on json: fines beside the contributions, with the late-payment notes" 'grep -q "\"total_with_fines\": 151632" "$tmp/bl.json" && grep -q "late_month_count" "$tmp/bl.json" && grep -q "late_state_employer" "$tmp/bl.json"'
"$J" budget --role kepala_desa --paid-on 2026-02-30 --people 1 --months 1 --from 2026-01 > /dev/null 2> "$tmp/bpo.err"; rc=$?
check "budget --paid-on that is not a date names the flag" '[ $rc -eq 1 ] && grep -q -- "--paid-on must be a date" "$tmp/bpo.err"'
"$J" budget --people 1 --months 1 --from 2026-13 > /dev/null 2>&1; rc=$?
check "budget bad month is a usage error" '[ $rc -eq 1 ]'
"$J" budget --wage 1000000000000000 --people 100000000 --months 600 --from 2026-01 > "$tmp/bw.out" 2> "$tmp/bw.err"; rc=$?
check "budget --wage over 10^10 is a usage error naming the flag" '[ $rc -eq 1 ] && grep -q -- "--wage must be at most" "$tmp/bw.err" && [ ! -s "$tmp/bw.out" ]'
"$J" budget --people 100000001 --months 1 --from 2026-01 > /dev/null 2> "$tmp/bp.err"; rc=$?
check "budget --people over 10^8 names the flag" '[ $rc -eq 1 ] && grep -q -- "--people must be between" "$tmp/bp.err"'
"$J" budget --people 1 --months 601 --from 2026-01 > /dev/null 2> "$tmp/bm.err"; rc=$?
check "budget --months over 600 names the flag" '[ $rc -eq 1 ] && grep -q -- "--months must be between" "$tmp/bm.err"'
"$J" budget --input '{"segment":"PU","employer_scale":"large","jkk_risk_group":5}' --wage 10000000000 --people 100000000 --months 600 --from 2026-01 > /dev/null 2> "$tmp/bo.err"; rc=$?
check "budget total past int64 fails clearly" '[ $rc -ne 0 ] && grep -q "too large to represent" "$tmp/bo.err"'

# budget --roster: the roster over months (derivation in tests/unit/test_budget_reconcile.cpp,
# "roster budget"): March 2026 24,300 + 13,500 + 16,800 = 54,600; April (PP 50/2025 halves the
# pekerja rentan's 16,800 to 8,400) 24,300 + 13,500 + 8,400 = 46,200; total 100,800; the village
# budget pays the pekerja rentan's 16,800 + 8,400 = 25,200; one bad NIK (invalid), one PPPK paruh
# waktu without the scheme (need_info).
printf 'NIK;Nama;Jabatan;Upah\r\n3515140508680001;Budi;Kepala Desa;4.500.000\r\n3515144508680002;Siti;Perangkat Desa;2.500.000\r\n3602041211870001;Rentan;Pekerja Rentan;\r\n3515144508900002;Paruh;PPPK Paruh Waktu;3.000.000\r\n1234;Salah;Perangkat Desa;2.000.000\r\n' > "$tmp/rb.csv"
"$J" budget --roster "$tmp/rb.csv" --from 2026-03 --months 2 > "$tmp/rb.json"; rc=$?
check "budget --roster exits 0" '[ $rc -eq 0 ]'
check "budget --roster: months, payers, invalid and need_info" 'python3 -c "
import json,sys; j=json.load(open(sys.argv[1]))
assert [m[\"total\"] for m in j[\"by_month\"]] == [54600, 46200], j[\"by_month\"]
assert j[\"total\"][\"total\"] == 100800
assert {p[\"code\"]: p[\"amount\"] for p in j[\"payers\"]} == {\"village_government\": 75600, \"village_budget\": 25200}, j[\"payers\"]
assert [m[\"relief\"] for m in j[\"by_month\"]] == [False, True]
assert (j[\"rows\"], j[\"computed\"], j[\"invalid\"], j[\"need_info\"], j[\"complete\"]) == (5, 4, 1, 1, False)
" "$tmp/rb.json"'
"$J" budget --roster - --from 2026-03 --months 2 --format csv < "$tmp/rb.csv" > "$tmp/rb.csv.out"; rc=$?
check "budget --roster csv from stdin: month lines and the total line" '[ $rc -eq 0 ] && grep -q "^2026-03,4,37800,16800,0,54600,37800,16800,false,1" "$tmp/rb.csv.out" && grep -q "^total,4,75600,25200,0,100800,75600,25200,,1" "$tmp/rb.csv.out"'
"$J" budget --roster "$tmp/rb.csv" --people 3 --from 2026-03 --months 2 > /dev/null 2> "$tmp/rbp.err"; rc=$?
check "budget --roster with --people is a usage error" '[ $rc -eq 1 ] && grep -q "takes the people from the roster" "$tmp/rbp.err"'
"$J" budget --roster "$tmp/rb.csv" --from 2026-03 > /dev/null 2>&1; rc=$?
check "budget --roster without --months is a usage error" '[ $rc -eq 1 ]'
printf 'foo,bar\n1,2\n' > "$tmp/rbx.csv"
"$J" budget --roster "$tmp/rbx.csv" --from 2026-03 --months 2 > /dev/null 2>&1; rc=$?
check "budget --roster with no known header exits 2" '[ $rc -eq 2 ]'
"$J" --help | grep -q "jamsos budget --roster FILE"; rc=$?
check "--help documents budget --roster" '[ $rc -eq 0 ]'

printf 'NIK,Jabatan,Upah\n3515140508680001,Kepala Desa,4500000\n3515144508680002,BPD,1000000\n' > "$tmp/last.csv"
printf 'NIK,Jabatan,Upah\n3515140508680001,Kepala Desa,5000000\n3602041211870001,BPD,1000000\n' > "$tmp/this.csv"
"$J" reconcile --as-of 2026-05-01 --summary "$tmp/r.json" "$tmp/last.csv" "$tmp/this.csv" > "$tmp/r.csv"; rc=$?
check "reconcile exits 0" '[ $rc -eq 0 ]'
check "reconcile lists changed, added, removed" 'grep -q "^changed,2,3515140508680001" "$tmp/r.csv" && grep -q "^added,3,3602041211870001" "$tmp/r.csv" && grep -q "^removed,3,3515144508680002" "$tmp/r.csv"'
check "reconcile summary delta 2,700 (27,000 - 24,300)" 'grep -q "\"total\": 2700" "$tmp/r.json"'
"$J" reconcile --as-of 2026-05-01 "$tmp/last.csv" > /dev/null 2>&1; rc=$?
check "reconcile with one file is a usage error" '[ $rc -eq 1 ]'

"$J" template > "$tmp/t.csv"
"$J" columns "$tmp/t.csv" > "$tmp/cols.json"; rc=$?
check "template headers all map" '[ $rc -eq 0 ] && ! grep -q "null" "$tmp/cols.json"'
"$J" roster --as-of 2026-05-01 < "$tmp/t.csv" > "$tmp/t.out"
check "template rows evaluate without errors" '[ $(tr -d "\r" < "$tmp/t.out" | grep -c ",$") -eq 2 ]'
printf 'NIK,Nama,Jabatan,Segmen,Upah\n3515140508680001,A,Kepala Desa,"=HYPERLINK(1)",1000000\n' | "$J" roster --as-of 2026-05-01 > "$tmp/seg.csv"
check "an unrecognised segment cell is neutralised in the output" 'grep -q ",'"'"'=HYPERLINK(1)," "$tmp/seg.csv"'
mkdir "$tmp/dir"
"$J" reconcile --as-of 2026-05-01 "$tmp/dir" "$tmp/this.csv" > /dev/null 2> "$tmp/d.err"; rc=$?
check "reconcile on a directory says so (exit 2)" '[ $rc -eq 2 ] && grep -q "is a directory" "$tmp/d.err"'
"$J" roster --as-of 2026-05-01 "$tmp/dir" > /dev/null 2> "$tmp/d2.err"; rc=$?
check "roster on a directory says so (exit 2)" '[ $rc -eq 2 ] && grep -q "is a directory" "$tmp/d2.err"'
{ printf 'NIK,Nama'; for i in $(seq 1 8000); do printf ',kolom%05d' "$i"; done; printf ',Upah\n1,2\n'; } > "$tmp/wide.csv"
"$J" columns "$tmp/wide.csv" > "$tmp/wide.json"; rc=$?
check "columns reads a header over 64 KiB whole (Upah, column 8003, maps)" '[ $rc -eq 0 ] && grep -q "\"monthly_wage\":{\"column\":8002" "$tmp/wide.json"'
{ printf 'NIK,Nama'; head -c 1100000 /dev/zero | tr "\0" x; printf '\n1,2\n'; } > "$tmp/huge.csv"
"$J" columns "$tmp/huge.csv" > /dev/null 2> "$tmp/huge.err"; rc=$?
check "columns on a header over 1 MiB is an error" '[ $rc -eq 2 ] && grep -q "over 1 MiB" "$tmp/huge.err"'
"$J" --help | grep -q "jamsos roster --as-of"; rc=$?
check "--help documents roster" '[ $rc -eq 0 ]'

echo "cli_roster: $pass passed, $fail failed"
[ $fail -eq 0 ]
