// Native-vs-wasm differential at scale: BATCHES batches of generated cases (the generator of
// tests/web/differential.test.mjs, a different seed per batch: every segment and role, options,
// invalid inputs of every kind) through `jamsos eval` and the wasm module's evaluate; the answers
// must be byte-identical. Also the texts that cannot be read, one at a time and at the end of an
// array, and evaluateChunks against evaluate. CI runs the smaller test (ctest wasm.differential).
// Usage (after the full native+wasm build):
//   JAMSOS_CLI=/tmp/b/bin/jamsos JAMSOS_WASM_DIR=/tmp/b/wasm node bench/differential.mjs [CASES=120000]
// Figures: docs/RELIABILITY.md.
process.env.JAMSOS_DIFF_NO_TEST = '1';
const { generate, arrayText, UNREADABLE } = await import('../tests/web/differential.test.mjs');
const { loadWasm, cli } = await import('../tests/web/lib.mjs');

const TOTAL = Number(process.argv[2] || 120000);
const BATCH = 10000;
const m = await loadWasm();
const t0 = Date.now();
let cases = 0, errors = 0, mismatches = 0, bytes = 0;
const codes = {};
for (let b = 0; cases < TOTAL; b++) {
  const batch = generate(Math.min(BATCH, TOTAL - cases), 7000 + b);
  const input = arrayText(batch);
  const native = cli(['eval'], input).stdout.replace(/\n$/, '');
  const wasm = m.evaluate(input);
  const parsed = JSON.parse(wasm);
  if (native !== wasm) {
    // Count the elements that differ.
    const a = JSON.parse(native);
    for (let i = 0; i < parsed.length; i++) if (JSON.stringify(a[i]) !== JSON.stringify(parsed[i])) mismatches++;
    if (a.length !== parsed.length) mismatches++;
  }
  for (const x of parsed) if (x.error) { errors++; codes[x.error.code] = (codes[x.error.code] || 0) + 1; }
  if (b === 0) {
    let joined = '';
    m.evaluateChunks(input, (piece) => { joined += piece; });
    if (joined !== wasm) { mismatches++; console.error('evaluateChunks differs from evaluate'); }
  }
  cases += batch.length;
  bytes += wasm.length;
}
let unreadable = 0;
for (const t of [...UNREADABLE, ...UNREADABLE.map((u) => `[{"as_of":"2026-05-01"},${u}]`)]) {
  unreadable++;
  if (m.evaluate(t) !== cli(['eval'], t).stdout.replace(/\n$/, '')) { mismatches++; console.error(`differs: ${t}`); }
}
const s = (Date.now() - t0) / 1000;
console.log(`cases: ${cases} generated + ${unreadable} unreadable texts; input errors: ${errors} ` +
  `(${Object.entries(codes).map(([k, v]) => `${k} ${v}`).join(', ')}); ${(bytes / 1e6).toFixed(0)} MB compared; ` +
  `mismatches: ${mismatches}; ${s.toFixed(1)} s`);
process.exit(mismatches ? 1 : 0);
