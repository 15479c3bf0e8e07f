#!/bin/bash
# End-to-end checks of the native CLI: exit codes, --help, rules, --rules FILE.
set -u
J="$1"
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

echo '{"as_of":"2026-05-01","role":"pekerja_rentan"}' | "$J" eval > "$tmp/o1"; rc=$?
check "eval exits 0" '[ $rc -eq 0 ]'
check "eval prints a result" 'grep -q "\"rules_version\"" "$tmp/o1"'
echo '{"as_of":"2015-01-01"}' | "$J" eval > "$tmp/o2"; rc=$?
check "bad input exits 2" '[ $rc -eq 2 ]'
check "bad input prints an error object" 'grep -q "\"date_out_of_range\"" "$tmp/o2"'
echo '[{"as_of":"2026-05-01","role":"pns"},{"as_of":"x"}]' | "$J" eval > "$tmp/o3"; rc=$?
check "array with one bad element exits 2" '[ $rc -eq 2 ]'
check "array keeps the good element" 'grep -q "not_eligible" "$tmp/o3"'
"$J" --help > "$tmp/h"; rc=$?
check "--help exits 0 and documents eval" '[ $rc -eq 0 ] && grep -q "jamsos eval" "$tmp/h"'
"$J" rules > "$tmp/rules.json"; rc=$?
check "rules prints the set" '[ $rc -eq 0 ] && grep -q "jp.ceiling" "$tmp/rules.json"'
v=$("$J" version)
check "rules carries the version" 'grep -q "\"rules_version\": \"$v\"" "$tmp/rules.json"'
# A new JP ceiling dropped in through --rules changes the answer and the version.
python3 - "$tmp/rules.json" "$tmp/new.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
b.pop("sha256")  # an edit: unsealed (docs/RULES.md)
for f in b["files"]:
    p = f["content"]["parameters"]
    if "jp.ceiling" in p:
        p["jp.ceiling"]["values"].append({"from": "2027-03-01", "value": 11600000, "confidence": "U",
            "citation": {"instrument": "PP 45/2015", "article": "Pasal 29 (test)", "url": "https://example.invalid"}})
json.dump(b, open(sys.argv[2], "w"))
PY
in='{"as_of":"2027-03-01","segment":"PU","monthly_wage":20000000,"employer_scale":"large","birth_date":"1990-01-01"}'
echo "$in" | "$J" eval --rules "$tmp/new.json" > "$tmp/o4"; rc=$?
check "--rules FILE is used" '[ $rc -eq 0 ] && grep -q "\"ceiling\":11600000" "$tmp/o4"'
check "--rules FILE changes the version" '! grep -q "\"rules_version\":\"$v\"" "$tmp/o4"'
# JKP's texts read the age limit and the start date from the rule data, not from the program:
# a bundle with the limit raised to 56 from 2027 says "under 56", and "from 2 February 2021" comes
# from the first date of jkp.govt.rate.
python3 - "$tmp/rules.json" "$tmp/jkp56.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
b.pop("sha256")  # an edit: unsealed (docs/RULES.md)
for f in b["files"]:
    p = f["content"]["parameters"]
    if "jkp.max_age" in p:
        p["jkp.max_age"]["values"].append({"from": "2027-01-01", "value": 56, "confidence": "U",
            "citation": {"instrument": "PP 6/2025", "article": "Pasal 4 (test)", "url": "https://example.invalid"}})
json.dump(b, open(sys.argv[2], "w"))
PY
jin='{"as_of":"2027-05-01","segment":"PU","monthly_wage":4000000,"employer_scale":"large","jkk_risk_group":1,"jkn_enrolled":true,"birth_date":"1970-01-10","member_since":"2027-02-01"}'
echo "$jin" | "$J" eval --rules "$tmp/jkp56.json" > "$tmp/o56"
check "JKP age text follows the rule data (limit 56 in the bundle)" 'grep -q "Age 57; JKP participants must be under 56 at registration." "$tmp/o56" && grep -q "di bawah 56 tahun saat mendaftar" "$tmp/o56"'
# ...and no other text of that answer names the old limit (the PP 37/2021 note used to say "under 54").
check "no text of that answer still says 54" '! grep -q "under 54\|bawah 54" "$tmp/o56"'
echo '{"as_of":"2021-01-15","segment":"PU","monthly_wage":4000000,"employer_scale":"large","jkk_risk_group":1,"jkn_enrolled":true,"birth_date":"1990-01-01"}' | "$J" eval > "$tmp/ojkp"
check "JKP start date in the text comes from the rule data" 'grep -q "from 2 February 2021" "$tmp/ojkp" && grep -q "mulai 2 Februari 2021" "$tmp/ojkp"'
echo '{"files":[{"name":"x.json","content":{"parameters":{"nope":{}}}}]}' > "$tmp/bad.json"
echo "$in" | "$J" eval --rules "$tmp/bad.json" > /dev/null 2> "$tmp/err"; rc=$?
check "a bad rules file fails naming the file and key" '[ $rc -eq 1 ] && grep -q "x.json: nope" "$tmp/err"'
# Rule updates (docs/RULES.md): a sealed bundle, a damaged copy refused, a bundle made with
# --since carrying its changelog, and `diff` naming whose figures change and why.
python3 - "$tmp/new.json" "$tmp/next.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
for f in b["files"]:
    p = f["content"]["parameters"]
    if "relief.pp50_2025.other_factor" in p:
        p["relief.pp50_2025.other_factor"]["values"][0]["to"] = "2027-06-30"
json.dump(b, open(sys.argv[2], "w"))
PY
"$J" --rules "$tmp/next.json" rules --since "$tmp/rules.json" > "$tmp/sealed.json" 2> "$tmp/since.err"; rc=$?
check "rules --since: a sealed bundle with the previous version and two changes" '[ $rc -eq 0 ] && grep -q "2 changes since $v" "$tmp/since.err" && python3 -c "
import json,sys,hashlib
b=json.load(open(sys.argv[1])); s=b.pop(\"sha256\")
assert hashlib.sha256(json.dumps(b,sort_keys=True,separators=(\",\",\":\"),ensure_ascii=False).encode()).hexdigest()==s
assert b[\"previous_version\"]==sys.argv[2] and [c[\"parameter\"] for c in b[\"changelog\"]]==[\"jp.ceiling\",\"relief.pp50_2025.other_factor\"]" "$tmp/sealed.json" "$v"'
sed 's/"value": 11600000/"value": 11600001/' "$tmp/sealed.json" > "$tmp/tampered.json"
echo "$in" | "$J" eval --rules "$tmp/tampered.json" > /dev/null 2> "$tmp/terr"; rc=$?
check "a sealed bundle changed afterwards is refused" '[ $rc -eq 1 ] && grep -q "changed or damaged" "$tmp/terr"'
# Hand-worked: JP on the ceiling (20,000,000) in March 2027: 11,086,300 -> 11,600,000, employer 2%
# 221,726 -> 232,000, worker 1% 110,863 -> 116,000. A pekerja rentan in January 2027: 16,800 -> 8,400.
printf '%s\n%s\n' '{"as_of":"2027-03-01","segment":"PU","monthly_wage":20000000,"employer_scale":"large","birth_date":"1990-01-01","jkk_risk_group":1,"jkn_enrolled":true}' '{"as_of":"2027-01-10","role":"pekerja_rentan"}' | "$J" --rules "$tmp/sealed.json" diff --from "$tmp/rules.json" > "$tmp/d1"; rc=$?
check "diff over eval inputs: changed rows with figures and causes, then a summary" '[ $rc -eq 0 ] && [ "$(wc -l < "$tmp/d1")" -eq 3 ] && head -1 "$tmp/d1" | grep -q "{\"program\":\"JP\",\"field\":\"employer\",\"before\":221726,\"after\":232000}" && sed -n 2p "$tmp/d1" | grep -q "\"parameter\":\"relief.pp50_2025.other_factor\"" && tail -1 "$tmp/d1" | grep -q "\"changed\":2"'
printf 'NIK,Nama,Jabatan,Upah\r\n3515140508680001,Siti,pekerja_rentan,\r\n3515140508680002,Budi,kepala_desa,4500000\r\n3515140508680003,Ani,pekerja_rentan,\r\n' > "$tmp/r.csv"
"$J" --rules "$tmp/sealed.json" diff --from "$tmp/rules.json" --as-of 2027-01-15 "$tmp/r.csv" > "$tmp/d2"; rc=$?
check "diff over a roster: the two pekerja rentan change (-8,400 each), the village head does not" '[ $rc -eq 0 ] && [ "$(wc -l < "$tmp/d2")" -eq 3 ] && grep -q "\"nik\":\"3515140508680003\"" "$tmp/d2" && ! grep -q "3515140508680002" "$tmp/d2" && tail -1 "$tmp/d2" | grep -q "\"monthly_difference\":{\"employer\":0,\"worker\":-16800,\"government\":0,\"total\":-16800}"'
# Issue 10: a roster saved with the NIK column as a number (LibreOffice: the last digits became 0000,
# tests/web/fixtures/roster_nik_number_libreoffice.xlsx as CSV; Excel: scientific notation) is said once,
# as a summary warning; the CSV output's bytes are those of every other roster (no new column).
F="$(dirname "$0")/web/fixtures"
printf 'NIK,Nama,Tanggal Lahir,Jabatan,Upah\r\n3515140508680000,Budi Santoso,25055,Kepala Desa,4500000\r\n3515144508680000,Sri Wahyuni,25055,Perangkat Desa,2500000\r\n3602041211870000,Ahmad,32093,Perangkat Desa,2500000\r\n' > "$tmp/nik0.csv"
"$J" roster --as-of 2026-05-01 --summary "$tmp/nik0.json" < "$tmp/nik0.csv" > "$tmp/nik0.out"; rc=$?
check "roster: NIKs stored as numbers (serial 0000 in 3 rows) -> one summary warning" '[ $rc -eq 0 ] && grep -q "\"code\": \"nik_stored_as_number\"" "$tmp/nik0.json" && grep -q "\"rows\": 3" "$tmp/nik0.json" && grep -q "format kolom NIK sebagai Teks" "$tmp/nik0.json" && [ "$(head -1 "$tmp/nik0.out")" = "$(printf "NIK,Nama\r\n" | "$J" roster --as-of 2026-05-01 | head -1)" ]'
"$J" roster --as-of 2026-05-01 --summary "$tmp/nik1.json" < "$F/roster_nik_scientific.csv" > /dev/null; rc=$?
check "roster: NIKs in scientific notation -> the same warning" '[ $rc -eq 0 ] && grep -q "nik_stored_as_number" "$tmp/nik1.json" && grep -q "\"rows\": 2" "$tmp/nik1.json"'
printf 'NIK,Nama,Jabatan\r\n3515140508680001,A,kepala_desa\r\n3515140508680000,B,kepala_desa\r\n' | "$J" roster --as-of 2026-05-01 --summary "$tmp/nik2.json" > /dev/null
check "roster: one NIK with serial 0000 alone is a row error, not the spreadsheet warning" '! grep -q "nik_stored_as_number" "$tmp/nik2.json"'
# Receipts: made from the answer, checked by recomputing it (docs/RULES.md "Receipts").
echo '{"as_of":"2026-02-01","role":"pekerja_rentan"}' | "$J" upcoming --months 14 > "$tmp/up1"; rc=$?
check "upcoming: the PP 50/2025 discount starts in April 2026 (16,800 -> 8,400) and ends with 2026" '[ $rc -eq 0 ] && python3 -c "
import json,sys; a=json.load(open(sys.argv[1])); u=a[\"upcoming\"]
assert [x[\"month\"] for x in u]==[\"2026-04\",\"2027-01\"], u
assert [x[\"monthly\"][\"after\"][\"total\"] for x in u]==[8400,16800]
assert [x[\"because\"][0][\"kind\"] for x in u]==[\"started\",\"ended\"]" "$tmp/up1"'
echo '{"as_of":"2026-02-01","role":"pekerja_rentan"}' | "$J" upcoming --months 0 > /dev/null 2> "$tmp/up2"; rc=$?
check "upcoming: --months out of range is refused naming the option" '[ $rc -eq 1 ] && grep -q -- "--months" "$tmp/up2"'
echo '{"as_of":"2027-01-10","role":"pekerja_rentan"}' | "$J" receipt > "$tmp/rc.json"; rc=$?
check "receipt: input, rules version, figures and the answer's SHA-256" '[ $rc -eq 0 ] && grep -q "\"jamsos_receipt\":1" "$tmp/rc.json" && grep -q "\"rules_version\":\"$v\"" "$tmp/rc.json" && grep -q "\"answer_sha256\":\"[0-9a-f]\{64\}\"" "$tmp/rc.json"'
"$J" verify < "$tmp/rc.json" > "$tmp/vr"; rc=$?
check "verify: same rules, same figures -> same (exit 0)" '[ $rc -eq 0 ] && grep -q "\"verdict\":\"same\"" "$tmp/vr"'
sed 's/"monthly":{"employer":0,"worker":16800,"government":0,"total":16800}/"monthly":{"employer":0,"worker":1680,"government":0,"total":1680}/' "$tmp/rc.json" | "$J" verify > "$tmp/vr2"; rc=$?
check "verify: an altered figure -> mismatch (exit 3) naming it" '[ $rc -eq 3 ] && grep -q "\"verdict\":\"mismatch\"" "$tmp/vr2" && grep -q "{\"figure\":\"monthly.total\",\"receipt\":1680,\"here\":16800}" "$tmp/vr2"'
# Figures of the wrong shape (found by tests/fuzz/fuzz_receipt.cpp: they crashed the reader).
sed 's/"programs":{"JKK":{[^}]*}/"programs":{"JKK":5/' "$tmp/rc.json" | "$J" verify > "$tmp/vr5"; rc=$?
check "verify: a program figure that is not an object -> invalid (exit 2), named" '[ $rc -eq 2 ] && grep -q "figures.programs.JKK is not an object" "$tmp/vr5"'
sed 's/"monthly":{[^}]*}/"monthly":[1,2]/' "$tmp/rc.json" | "$J" verify > "$tmp/vr6"; rc=$?
check "verify: monthly figures that are not an object -> invalid (exit 2)" '[ $rc -eq 2 ] && grep -q "figures.monthly is not an object" "$tmp/vr6"'
sed 's/"as_of":"2027-01-10"/"as_of":"2026-12-10"/' "$tmp/rc.json" | "$J" verify > "$tmp/vr3"; rc=$?
check "verify: an altered input -> mismatch (exit 3)" '[ $rc -eq 3 ] && grep -q "\"verdict\":\"mismatch\"" "$tmp/vr3"'
# Under the bundle that extends PP 50/2025 to June 2027 the same person pays 8,400, not 16,800.
"$J" --rules "$tmp/sealed.json" verify < "$tmp/rc.json" > "$tmp/vr4"; rc=$?
check "verify: other rules -> different_rules (exit 4) with the figures that differ and the rule value behind them" '[ $rc -eq 4 ] && grep -q "\"verdict\":\"different_rules\"" "$tmp/vr4" && grep -q "{\"figure\":\"monthly.total\",\"receipt\":16800,\"here\":8400,\"because\":\[\"relief.pp50_2025.other_factor\"\]}" "$tmp/vr4"'
# A receipt carries the rule values its answer used, so that "different_rules" names the rule
# changes behind the figures without the old bundle. Made under the built-in rules, checked under
# new.json (JP ceiling Rp11,086,300 of March 2026 -> Rp11,600,000 from March 2027, above): for the
# Rp20,000,000 wage of $in, JP worker 1 % x 11,086,300 = 110,863 -> 1 % x 11,600,000 = 116,000.
echo "$in" | "$J" receipt > "$tmp/rcjp.json"
check "receipt: rules_used carries the JP ceiling in force, with its first date" 'grep -q "\[\"jp.ceiling\",\"2026-03-01\",11086300\]" "$tmp/rcjp.json"'
"$J" --rules "$tmp/new.json" verify < "$tmp/rcjp.json" > "$tmp/vrjp"; rc=$?
check "verify: other rules -> the rule change named, old -> new with the new citation, per figure" '[ $rc -eq 4 ] && python3 -c "
import json,sys; a=json.load(open(sys.argv[1])); c=a[\"rule_changes\"]
assert [x[\"parameter\"] for x in c]==[\"jp.ceiling\"], c
assert (c[0][\"old\"],c[0][\"new\"],c[0][\"new_from\"],c[0][\"citation\"])==(11086300,11600000,\"2027-03-01\",\"PP 45/2015 Pasal 29 (test)\"), c
d={x[\"figure\"]:x for x in a[\"differences\"]}
assert (d[\"JP.worker\"][\"receipt\"],d[\"JP.worker\"][\"here\"],d[\"JP.worker\"][\"because\"])==(110863,116000,[\"jp.ceiling\"]), d
" "$tmp/vrjp"'
sed 's/\["jp.ceiling","2026-03-01",11086300\]/["jp.ceiling","2026-03-01",11600000]/' "$tmp/rcjp.json" | "$J" verify > "$tmp/vrjp2"; rc=$?
check "verify: an altered carried rule value -> mismatch (exit 3) naming it" '[ $rc -eq 3 ] && grep -q "\"altered_rule_values\":\[\"jp.ceiling\"\]" "$tmp/vrjp2"'
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); r.pop("rules_used"); print(json.dumps(r, separators=(",", ":")))' "$tmp/rcjp.json" > "$tmp/rcold.json"
"$J" verify < "$tmp/rcold.json" > "$tmp/vrold"; rc=$?
check "verify: an old receipt (no rules_used) still verifies as same" '[ $rc -eq 0 ] && grep -q "\"rule_changes_named\":false" "$tmp/vrold"'
"$J" --rules "$tmp/new.json" verify < "$tmp/rcold.json" > "$tmp/vrold2"; rc=$?
check "verify: an old receipt under other rules -> different_rules, changes not named" '[ $rc -eq 4 ] && grep -q "\"rule_changes_named\":false" "$tmp/vrold2" && ! grep -q "\"rule_changes\":" "$tmp/vrold2"'
echo '{"x":1}' | "$J" verify > "$tmp/vr5"; rc=$?
check "verify: not a receipt -> invalid (exit 2)" '[ $rc -eq 2 ] && grep -q "\"verdict\":\"invalid\"" "$tmp/vr5"'
"$J" roles > "$tmp/roles.json"; rc=$?
check "roles prints the role table" '[ $rc -eq 0 ] && grep -q "\"code\":\"pendamping_desa\",\"label_id\"" "$tmp/roles.json" && [ "$(grep -o "\"code\"" "$tmp/roles.json" | wc -l)" -eq 16 ]'
# eval streams: an array's answers are written while the input is still being read.
echo '[]' | "$J" eval > "$tmp/e0"; rc=$?
check "an empty array gives an empty array" '[ $rc -eq 0 ] && [ "$(cat "$tmp/e0")" = "[]" ]'
( echo '[{"as_of":"2026-05-01","role":"bpd"},'; sleep 3; echo '{"as_of":"2026-05-01"}]' ) | "$J" eval > "$tmp/s1" &
sp=$!; sleep 1.5
check "the first answer is out before the input ends" 'grep -q "\"role\":\"bpd\"" "$tmp/s1"'
wait $sp; rc=$?
check "the streamed array completes" '[ $rc -eq 0 ] && python3 -c "import json,sys; assert len(json.load(open(sys.argv[1]))) == 2" "$tmp/s1"'
printf '%s\n\n%s\n{"as_of":"x"}' '{"as_of":"2026-05-01","id":1}' '{"as_of":"2026-05-01","id":2}' | "$J" eval --jsonl > "$tmp/l1"; rc=$?
check "--jsonl: one answer line per input line, exit 2 on a bad line" '[ $rc -eq 2 ] && [ "$(wc -l < "$tmp/l1")" -eq 3 ] && head -1 "$tmp/l1" | grep -q "^{\"id\":1," && tail -1 "$tmp/l1" | grep -q invalid_date'
# Out of memory (a value of 80 MB under a 150 MB address-space limit): the contract's error, after
# the answers already written, never an abort. Not under AddressSanitizer (it needs the address space).
if ! grep -q __asan_init "$J"; then
  { printf '[{"as_of":"2026-05-01"},{"as_of":"2026-05-01","id":"'; head -c 80000000 /dev/zero | tr '\0' x; printf '"}]'; } > "$tmp/big.json"
  ( ulimit -v 150000; "$J" eval < "$tmp/big.json" > "$tmp/m1" ); rc=$?
  check "out of memory: exit 2 and the out_of_memory error closing the array" '[ $rc -eq 2 ] && python3 -c "import json,sys; j=json.load(open(sys.argv[1])); assert len(j) == 2 and j[1][\"error\"][\"code\"] == \"out_of_memory\"" "$tmp/m1"'
  rm -f "$tmp/big.json"
fi
# jamsos benefits (docs/CONTRACT.md, "Benefits").
echo '{"as_of":"2020-06-01","segment":"BPU","declared_income":1000000,"event":"death_non_work"}' | "$J" benefits > "$tmp/b1"; rc=$?
check "benefits exits 0" '[ $rc -eq 0 ]'
check "benefits: JKM total Rp42,000,000 in 2020" 'python3 -c "import json,sys; j=json.load(open(sys.argv[1])); assert [t[\"amount\"] for t in j[\"totals\"] if t[\"program\"]==\"JKM\"] == [42000000]" "$tmp/b1"'
echo '{"as_of":"2018-06-01","segment":"BPU","declared_income":1000000,"event":"death_non_work"}' | "$J" benefits --pretty > "$tmp/b2"; rc=$?
check "benefits --pretty: JKM total Rp24,000,000 in 2018" '[ $rc -eq 0 ] && grep -q "^  \"benefits\": \[" "$tmp/b2" && python3 -c "import json,sys; j=json.load(open(sys.argv[1])); assert [t[\"amount\"] for t in j[\"totals\"] if t[\"program\"]==\"JKM\"] == [24000000]" "$tmp/b2"'
echo '{"as_of":"2024-01-01","event":"retire"}' | "$J" benefits > "$tmp/b3"; rc=$?
check "benefits: a bad event exits 2 naming the field" '[ $rc -eq 2 ] && grep -q "\"field\":\"event\"" "$tmp/b3"'
echo '{"as_of":"2024-01-01","event":"old_age","event":"job_loss"}' | "$J" benefits > "$tmp/b4"; rc=$?
check "benefits: a repeated field exits 2" '[ $rc -eq 2 ] && grep -q "duplicate_field" "$tmp/b4"'
echo '{"as_of":"2024-01-01","children":[{"age":' | "$J" benefits > "$tmp/b5"; rc=$?
check "benefits: malformed JSON exits 2" '[ $rc -eq 2 ] && grep -q "malformed_json" "$tmp/b5"'
echo '{"as_of":"2024-01-01","contribution_months":99999999999999999999999}' | "$J" benefits > "$tmp/b6"; rc=$?
check "benefits: a huge number exits 2 naming the field" '[ $rc -eq 2 ] && grep -q "\"field\":\"contribution_months\"" "$tmp/b6"'
echo '' | "$J" benefits > "$tmp/b7"; rc=$?
check "benefits: empty input exits 2" '[ $rc -eq 2 ] && grep -q "\"error\"" "$tmp/b7"'
printf '%s\n\n%s\n%s\n' '{"as_of":"2020-06-01","segment":"BPU","declared_income":1000000,"event":"death_non_work","id":1}' '{"as_of":"2018-06-01","segment":"BPU","declared_income":1000000,"event":"death_non_work"}' '[1]' | "$J" benefits --jsonl > "$tmp/b8"; rc=$?
check "benefits --jsonl: one answer per line, exit 2 on a bad line" '[ $rc -eq 2 ] && [ "$(wc -l < "$tmp/b8")" -eq 3 ] && head -1 "$tmp/b8" | grep -q "^{\"id\":1," && tail -1 "$tmp/b8" | grep -q not_an_object'
check "--help documents benefits" 'grep -q "jamsos benefits" "$tmp/h"'
echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
