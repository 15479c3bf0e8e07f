#!/bin/bash
# Fails when a C++ file is not formatted as the root .clang-format says (clang-format 14, Debian).
# Fix with: clang-format -i $(git ls-files '*.cpp' '*.hpp')
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find core cli wasm-bindings tests bench -name '*.[ch]pp')
clang-format --dry-run -Werror $files
echo "format: $(echo "$files" | wc -w) C++ files formatted"
