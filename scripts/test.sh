#!/bin/bash
# Installs what is missing, builds, and runs every test (ctest): native unit and case tests, the
# wasm module under node, the native-vs-wasm differential test, the browser tests (Chromium), the
# C++ format and ESLint checks; then the native tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer (CMakePresets.json "asan-ubsan", build/asan-ubsan); then every libFuzzer
# target for a short run (JAMSOS_FUZZ_SECONDS each, 30 by default; 0 skips; long runs:
# scripts/fuzz.sh, figures in docs/RELIABILITY.md).
# Screenshots and the performance report go to build/test-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset asan-ubsan "${launcher[@]}" >/dev/null
# Only what the native tests run (no benchmarks), to keep the sanitizer pass short.
cmake --build --preset asan-ubsan -j"$(nproc)" --target jamsos unit_tests case_runner roster_runner
ctest --preset asan-ubsan -j"$(nproc)"

# Every fuzz target briefly (ASan + UBSan, seeded from the case files; a crash fails the tests).
fuzz_secs="${JAMSOS_FUZZ_SECONDS:-30}"
if [ "$fuzz_secs" != 0 ]; then bash scripts/fuzz.sh "$fuzz_secs"; fi
