#!/bin/bash
# Installs what the build and tests need, only what is missing (Debian 12, run as root).
# Debian packages and npm only; no other downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in cmake g++ make ccache python3 nlohmann-json3-dev doctest-dev ${JAMSOS_EXTRA_PACKAGES:-}; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
