#!/bin/bash
# Installs what the build and tests need, only what is missing (Debian 12, run as root).
# Debian packages and npm only; no other downloads (no browser or toolchain downloads: the
# WebAssembly toolchain is Debian's emscripten, the browser is Debian's chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

need=()
# clang + libclang-rt-14-dev: the libFuzzer targets (scripts/fuzz.sh; a short run is part of the tests).
# libsodium-dev + pkg-config: Ed25519 signatures of rule bundles in the native CLI (cli/signing.cpp).
for pkg in cmake g++ make ccache python3 pkg-config clang-format clang libclang-rt-14-dev nlohmann-json3-dev doctest-dev \
  libsodium-dev emscripten chromium poppler-utils ${JAMSOS_EXTRA_PACKAGES:-}; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# node and npm: keep whatever node is installed (e.g. NodeSource's, which bundles npm).
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# npm packages (esbuild, playwright-core, uqr), exactly as pinned in package-lock.json; only when
# node_modules is missing or older than the lock file. playwright-core downloads no browser.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
