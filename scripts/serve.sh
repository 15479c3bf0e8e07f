#!/bin/bash
# Installs what is missing, builds, and serves the app on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
SITE=build/site
if [ ! -f "$SITE/index.html" ]; then
  # Until the web app is built, serve a page that shows the CLI on an example.
  mkdir -p "$SITE"
  example='{"as_of":"2026-05-01","role":"pekerja_rentan"}'
  { echo '<!doctype html><html lang="id"><meta charset="utf-8"><title>jamsos</title><h1>jamsos</h1>';
    echo "<p>jamsos eval &lt;&lt;&lt; $example</p><pre>";
    echo "$example" | build/bin/jamsos eval --pretty | sed 's/&/\&amp;/g; s/</\&lt;/g'; echo '</pre></html>'; } > "$SITE/index.html"
fi
echo "serving $SITE on http://127.0.0.1:8080 (Ctrl-C to stop)"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory "$SITE"
