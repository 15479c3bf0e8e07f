#!/bin/bash
# Installs what is missing, builds, and runs every test (ctest): native unit and case tests, the
# wasm module under node, the native-vs-wasm differential test, and the browser tests (Chromium).
# Screenshots and the performance report go to build/test-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
