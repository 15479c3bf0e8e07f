#!/usr/bin/env bash
# The `jamsos diff` budget (issue 11: >= 500,000 roster rows/s on one core), docs/PERFORMANCE.md
# "Rule updates: `jamsos diff` (native)":
#   bash bench/roster/diff_bench.sh [ROWS=1000000] [RUNS=11]
# Generates the roster (gen_roster.py), writes the built-in rules as OLD and a NEW bundle with the
# PP 50/2025 "other sector" window extended to 2027-06-30 (as tests/web/lib.mjs reliefExtendedDraft),
# then times `jamsos --rules NEW diff --from OLD --as-of 2027-01-15` RUNS times (output to
# /dev/null) and prints each time, the median and the rows/s. This host's speed varies by ~25%
# from run to run: judge the median.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
J=${JAMSOS:-$root/build/bin/jamsos}
rows=${1:-1000000}
runs=${2:-11}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$root/bench/roster/gen_roster.py" "$rows" "$tmp/roster.csv" > /dev/null
"$J" rules > "$tmp/old.json"
python3 - "$tmp/old.json" "$tmp/draft.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
b.pop("sha256")
for f in b["files"]:
    p = f["content"]["parameters"].get("relief.pp50_2025.other_factor")
    if p:
        p["values"][0]["to"] = "2027-06-30"
json.dump(b, open(sys.argv[2], "w"))
PY
"$J" --rules "$tmp/draft.json" rules --since "$tmp/old.json" > "$tmp/new.json" 2> /dev/null
times=()
for _ in $(seq 1 "$runs"); do
  s=$(date +%s%N)
  "$J" --rules "$tmp/new.json" diff --from "$tmp/old.json" --as-of 2027-01-15 "$tmp/roster.csv" > /dev/null 2>&1
  e=$(date +%s%N)
  times+=("$(((e - s) / 1000000))")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v rows="$rows" '
  { t[NR] = $1 / 1000; printf "run %.2f s\n", t[NR] }
  END {
    m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "jamsos diff, %d rows: %.2f-%.2f s, median %.2f s = %d rows/s (budget 500000)\n", rows, t[1], t[NR], m, rows / m
  }'
