#!/bin/bash
# Builds every libFuzzer target (clang, AddressSanitizer + UndefinedBehaviorSanitizer, the whole
# core instrumented) and runs each fuzz_* executable the build produced for SECONDS seconds, one
# after the other, each with its own corpus under build/fuzz/corpus/<target> (kept between runs).
# Seeds: tests/cases/*.json inputs (fuzz_eval, fuzz_contract), `jamsos rules` (fuzz_rules), the
# receipts of those inputs (fuzz_receipt), and
# tests/fuzz/seeds/<target>/ when present. Crash inputs land in build/fuzz/crashes/.
# Usage: scripts/fuzz.sh [SECONDS=60] [TARGET...]      (figures: docs/RELIABILITY.md)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
shift || true
B="${JAMSOS_FUZZ_BUILD:-build/fuzz}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CXX="${CXX:-clang++}" cmake -S . -B "$B" -DJAMSOS_WASM=OFF -DJAMSOS_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "${launcher[@]}" >/dev/null
# Only what fuzzing needs: the CLI (for the rules seed) and every fuzz_* target.
fuzz_targets=$(cmake --build "$B" --target help | grep -o 'fuzz_[A-Za-z0-9_]*' | sort -u)
cmake --build "$B" -j"$(nproc)" --target jamsos $fuzz_targets >/dev/null
mkdir -p "$B/corpus" "$B/crashes" "$B/seeds/cases" "$B/seeds/rules"
# Seeds: each case input of tests/cases/*.json as its own file, and the embedded rule bundle.
python3 - "$B/seeds/cases" tests/cases/*.json <<'PY'
import json, sys, hashlib
out = sys.argv[1]
for f in sys.argv[2:]:
    for c in json.load(open(f)).get("cases", []):
        if "input" not in c:
            continue
        t = json.dumps(c["input"], ensure_ascii=False, separators=(",", ":")).encode()
        open(f"{out}/{hashlib.sha1(t).hexdigest()[:16]}.json", "wb").write(t)
PY
# The bundle unsealed (no "sha256"): a sealed seed would stop every mutation at the digest check.
"$B/bin/jamsos" rules | python3 -c 'import json,sys; b=json.load(sys.stdin); b.pop("sha256",None); json.dump(b,sys.stdout,indent=1,ensure_ascii=False)' > "$B/seeds/rules/bundle.json"
# Receipts of those inputs (what `jamsos verify` reads), for fuzz_receipt.
mkdir -p "$B/seeds/receipts"
for f in "$B"/seeds/cases/*.json; do
  r="$B/seeds/receipts/$(basename "$f")"
  "$B/bin/jamsos" receipt < "$f" > "$r" 2>/dev/null || rm -f "$r"
done
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for t in "$B"/bin/fuzz_*; do [ -x "$t" ] && targets+=("$(basename "$t")"); done
fi
status=0
for t in "${targets[@]}"; do
  corpus="$B/corpus/$t"
  mkdir -p "$corpus"
  seeds=("$B/seeds/cases")
  maxlen=()
  if [ "$t" = fuzz_rules ]; then seeds=("$B/seeds/rules"); maxlen=(-max_len=131072); fi
  if [ "$t" = fuzz_receipt ]; then seeds=("$B/seeds/receipts"); maxlen=(-max_len=16384); fi
  [ -d "tests/fuzz/seeds/$t" ] && seeds+=("tests/fuzz/seeds/$t")
  echo "== $t: $secs s"
  if ! "$B/bin/$t" "$corpus" "${seeds[@]}" -max_total_time="$secs" -artifact_prefix="$B/crashes/$t-" \
      -print_final_stats=1 "${maxlen[@]}" 2>"$B/$t.log"; then
    status=1
    echo "   CRASH (see $B/$t.log and $B/crashes/); the end of the log:"
    tail -n 40 "$B/$t.log" | sed 's/^/   | /'
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE" "$B/$t.log" | sed 's/^/   /' || true
  echo "   corpus: $(ls "$corpus" | wc -l) files"
done
exit $status
