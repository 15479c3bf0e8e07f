#!/bin/bash
# Shows that two builds of `jamsos` answer byte for byte the same: the refactoring check.
#   bash bench/compare-outputs.sh OLD_JAMSOS NEW_JAMSOS [WORKDIR]
# Inputs: 40,000 generated eval inputs (tests/web/differential.test.mjs's generator, another seed,
# invalid ones included), compact and --pretty, 300 one at a time; two 50,000-row rosters
# (bench/roster/gen_roster.py, 2 % bad rows, ',' and ';') on three dates, CSV with summary and
# JSONL; reconcile; three budgets; columns, template, rules, version, and eval --rules.
# Prints "ALL IDENTICAL (N outputs)" or the outputs that differ; exit 1 on a difference.
set -uo pipefail
OLD=$(realpath "$1"); NEW=$(realpath "$2")
root=$(cd "$(dirname "$0")/.." && pwd)
W=${3:-$(mktemp -d)}
mkdir -p "$W"; cd "$W"
node --input-type=module -e "
import { generate } from '$root/tests/web/differential.test.mjs';
import fs from 'node:fs';
const cases = generate(40000, 777);
fs.writeFileSync('eval_in.json', JSON.stringify(cases));
fs.writeFileSync('eval_in.jsonl', cases.slice(0, 300).map((c) => JSON.stringify(c)).join('\n'));
" >/dev/null
python3 "$root/bench/roster/gen_roster.py" 50000 r1.csv --seed 1 --bad-rate 0.02
python3 "$root/bench/roster/gen_roster.py" 50000 r2.csv --seed 2 --bad-rate 0.02 --sep ';'

run() {  # run JAMSOS OUTDIR
  local J=$1 O=$2; mkdir -p "$O"; : > "$O/rcs"
  "$J" eval < eval_in.json > "$O/eval.json"; echo "eval $?" >> "$O/rcs"
  "$J" eval --pretty < eval_in.json > "$O/eval_pretty.json"; echo "eval-pretty $?" >> "$O/rcs"
  while read -r l; do echo "$l" | "$J" eval; echo "rc=$?"; done < eval_in.jsonl > "$O/eval_single.txt"
  for d in 2025-03-01 2026-05-01 2021-01-15; do
    "$J" roster --as-of $d --summary "$O/sum1_$d.json" r1.csv > "$O/roster1_$d.csv"; echo "r1 $d $?" >> "$O/rcs"
    "$J" roster --as-of $d --format jsonl r2.csv > "$O/roster2_$d.jsonl"; echo "r2 $d $?" >> "$O/rcs"
  done
  "$J" reconcile --as-of 2026-05-01 --summary "$O/rec_sum.json" r1.csv r2.csv > "$O/rec.csv"; echo "rec $?" >> "$O/rcs"
  "$J" budget --from 2025-01 --months 24 --people 120 --role pekerja_rentan > "$O/b1.json"; echo "b1 $?" >> "$O/rcs"
  "$J" budget --from 2020-06 --months 30 --people 7 --role perangkat_desa --wage 3000000 --format csv > "$O/b2.csv"; echo "b2 $?" >> "$O/rcs"
  "$J" budget --from 2025-01 --months 12 --people 3 --input '{"segment":"BPU","declared_income":2000000,"bpu_sector":"transport"}' > "$O/b3.json"; echo "b3 $?" >> "$O/rcs"
  "$J" columns r2.csv > "$O/cols.json"; "$J" template > "$O/tmpl.csv"; "$J" rules > "$O/rules.json"; "$J" version > "$O/version.txt"
  "$J" eval --rules "$O/rules.json" < eval_in.json > "$O/eval_rules.json"; echo "eval-rules $?" >> "$O/rcs"
}
run "$OLD" old; run "$NEW" new
fail=0
for f in old/*; do b=$(basename "$f"); cmp -s "$f" "new/$b" || { echo "DIFFERS: $b"; fail=1; }; done
[ $fail = 0 ] && echo "ALL IDENTICAL ($(ls old | wc -l) outputs, in $W)"
exit $fail
