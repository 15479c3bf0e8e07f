#!/bin/bash
# Configures and builds everything into build/: the native CLI (build/bin/jamsos), the WebAssembly
# engine (build/wasm, superbuilt with Debian's emscripten) and the static site (build/site).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)"
