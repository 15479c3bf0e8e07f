#!/bin/bash
# Installs what is missing, builds, and serves the app on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
PORT="${PORT:-8080}"
exec node web/serve.mjs build/site "$PORT"
