# Web tests (included from tests/tests.cmake in the native tree): the wasm module under node, the
# native-vs-wasm differential test, front-end unit tests, ESLint, and the browser tests in Debian's
# Chromium (labels: browser; run serially). Screenshots: build/test-artifacts/.
if(NOT JAMSOS_WASM)
  return()
endif()
set(_web_env
  JAMSOS_CLI=$<TARGET_FILE:jamsos>
  JAMSOS_WASM_DIR=${JAMSOS_WASM_DIR}
  JAMSOS_SITE_DIR=${JAMSOS_SITE_DIR}
  JAMSOS_ARTIFACTS=${CMAKE_BINARY_DIR}/test-artifacts)
set(_web ${PROJECT_SOURCE_DIR}/tests/web)

add_test(NAME web.frontend COMMAND ${NODE_EXECUTABLE} --test ${_web}/frontend.test.mjs)
add_test(NAME wasm.api COMMAND ${NODE_EXECUTABLE} --test ${_web}/wasm.test.mjs)
add_test(NAME wasm.differential COMMAND ${NODE_EXECUTABLE} --test ${_web}/differential.test.mjs)
add_test(NAME web.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/e2e.test.mjs)
# The critical-path size budget is deterministic and tested; the timing budgets (first load,
# repeat visit, round trip, 200,000-row import, wasm vs native) are benchmarks that print figures:
#   node tests/web/bench.mjs; node tests/web/roster-bench.mjs; node bench/roster/wasm_vs_native.mjs
# (docs/PERFORMANCE.md), not timed tests that a busy machine could fail.
add_test(NAME web.critical_path COMMAND ${NODE_EXECUTABLE} ${_web}/bench.mjs --size-only)
# The roster (Daftar): the wasm roster vs the native CLI (edge cases, summary, XLSX) and the journey
# in Chromium (real XLSX, fix, export, reload, reconcile, budget, print).
# The XLSX reader against hostile files (zip bombs, forged sizes, unclosed tags, Excel's limits),
# LibreOffice and openpyxl fixtures, the export formula rule, and a fast-check property test.
add_test(NAME web.xlsx COMMAND ${NODE_EXECUTABLE} --test ${_web}/xlsx.test.mjs)
set_tests_properties(web.xlsx PROPERTIES TIMEOUT 180)
# web/serve.mjs: security headers and the path check (docs/DEPLOY.md gives the same headers).
add_test(NAME web.serve COMMAND ${NODE_EXECUTABLE} --test ${_web}/serve.test.mjs)
add_test(NAME wasm.roster COMMAND ${NODE_EXECUTABLE} --test ${_web}/roster.test.mjs)
add_test(NAME web.roster.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/roster.e2e.test.mjs)
# The journey cannot be locked by one file: limits, guarded restore, "Hapus data" in every state, expiry.
add_test(NAME web.rules.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/rules-update.e2e.test.mjs)
# Issue 11 §2: what a pending bundle changes for the saved Pekerja form and quotes, and the notice
# after a site update brought other rules (offline, 360 px).
add_test(NAME web.saved.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/saved-impact.e2e.test.mjs)
# Issue 11 §3, receipts at 360 px: the agent's QR code decoded (jsQR) and opened offline, the
# Pekerja and Desa receipt links, and a receipt opened under a loaded bundle naming the rule change.
add_test(NAME web.receipts.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/receipts.e2e.test.mjs)
add_test(NAME web.upcoming.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/upcoming.e2e.test.mjs)
add_test(NAME web.roster.guard.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/roster-guard.e2e.test.mjs)
# Issue 10's bugs, one test each, at 360 px: the printed quote at A4 and 58 mm read back from the PDF
# (pdftotext, Debian's poppler-utils), skip link, notes, relief instrument, money parsing, plurals,
# decimal commas, the QR code decoded (jsQR), figures inside their cards.
add_test(NAME web.ux.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/ux.e2e.test.mjs)
# Issue 10, field-ready at 360 px: the headline figure on the first screen (equal to the CLI's) in
# each journey, four tabs and a short header, tables as cards, warnings above the result, the
# agent's start month, saved quotes, quote image and wa.me, the offline and install cues.
add_test(NAME web.view.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/view.e2e.test.mjs)
# Issue 10, plain words: the explanation's plain sentence and "Dasar hukum" disclosure, Rp0 reasons,
# no codes or file names on screen, help next to the inputs, the payslip with BPJS Kesehatan (JKN).
add_test(NAME web.words.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/words.e2e.test.mjs)
# The village budget plan at 360 px (issues 10 and 11): kept and restored, run from the imported roster
# (as `jamsos budget --roster`), CSV downloads of the budget and the roster summary, and the saved
# plan's before -> after in the pending rule-update panel.
add_test(NAME web.budget.e2e COMMAND ${NODE_EXECUTABLE} --test --test-concurrency=1 ${_web}/budget.e2e.test.mjs)
# ESLint (eslint.config.js, versions pinned in package-lock.json) over the app, its build, the web
# tests and the roster benchmarks.
add_test(NAME web.lint COMMAND ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/node_modules/eslint/bin/eslint.js
  --max-warnings 0 web tests/web bench/roster eslint.config.js)
set_tests_properties(web.lint PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(web.frontend wasm.api wasm.differential web.e2e web.critical_path wasm.roster web.roster.e2e
  web.roster.guard.e2e web.rules.e2e web.saved.e2e web.receipts.e2e web.upcoming.e2e web.xlsx web.ux.e2e web.view.e2e web.words.e2e web.budget.e2e
  PROPERTIES ENVIRONMENT "${_web_env}")
set_tests_properties(web.roster.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 400)
set_tests_properties(web.roster.guard.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 400)
set_tests_properties(web.rules.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 300)
set_tests_properties(web.receipts.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 300)
set_tests_properties(web.upcoming.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 300)
set_tests_properties(web.saved.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 300)
set_tests_properties(wasm.differential PROPERTIES TIMEOUT 300)
set_tests_properties(web.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 400)
set_tests_properties(web.ux.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 400)
set_tests_properties(web.view.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 400)
set_tests_properties(web.words.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 300)
set_tests_properties(web.budget.e2e PROPERTIES LABELS browser RUN_SERIAL ON TIMEOUT 300)
