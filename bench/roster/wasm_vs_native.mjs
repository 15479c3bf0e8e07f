// Native vs WebAssembly roster throughput on the same generated file (docs/PERFORMANCE.md,
// "Roster (browser and wasm)"):
//   node bench/roster/wasm_vs_native.mjs [ROWS=200000] [--file roster.csv] [--runs 3] [--check]
// Native: `build/bin/jamsos roster --as-of 2026-05-01` on the file (CSV out to a pipe, timed by
// wall clock around the process, best of --runs). WebAssembly: build/wasm/jamsos-roster.wasm
// under node, the same RosterProcessor (CSV out, 256 KB chunks) and the browser's RosterSession
// (no output rows, a compact record per row), best of --runs. Also checks that the wasm CSV output
// is byte-identical to the native one. Prints rows/s and the ratio; --check exits 1 when wasm
// (RosterProcessor) is more than 1.5x slower than native.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = resolve(process.env.JAMSOS_BUILD_DIR || join(ROOT, 'build'));
const CLI = resolve(process.env.JAMSOS_CLI || join(BUILD, 'bin/jamsos'));
const WASM_DIR = resolve(process.env.JAMSOS_WASM_DIR || join(BUILD, 'wasm'));
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const ROWS = Number(argv.find((a) => /^\d+$/.test(a)) || 200000);
const RUNS = Number(opt('--runs', 3));
const AS_OF = '2026-05-01';
const CHUNK = 256 * 1024;

let file = opt('--file');
let tmp = null;
if (!file) {
  tmp = mkdtempSync(join(tmpdir(), 'jamsos-bench-'));
  file = join(tmp, 'roster.csv');
  const g = spawnSync('python3', [join(ROOT, 'bench/roster/gen_roster.py'), String(ROWS), file], { stdio: 'inherit' });
  if (g.status !== 0) throw new Error('gen_roster.py failed');
}
const bytes = readFileSync(file);

// Native: best wall time of RUNS.
let nativeMs = Infinity, nativeOut = null;
for (let i = 0; i < RUNS; i++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(CLI, ['roster', '--as-of', AS_OF, file], { maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error('jamsos roster failed: ' + r.stderr);
  nativeMs = Math.min(nativeMs, ms);
  nativeOut = r.stdout;
}

const { default: create } = await import(pathToFileURL(join(WASM_DIR, 'jamsos-roster.mjs')).href);
const m = await create({ wasmBinary: readFileSync(join(WASM_DIR, 'jamsos-roster.wasm')) });
const options = JSON.stringify({ as_of: AS_OF });

function feedAll(p) {
  for (let off = 0; off < bytes.length; off += CHUNK) {
    const part = bytes.subarray(off, Math.min(off + CHUNK, bytes.length));
    p.chunk(part.length).set(part);
    if (!p.feed(part.length)) throw new Error(p.error());
  }
  if (!p.finish()) throw new Error(p.error());
}

let wasmMs = Infinity, wasmHash = null, rows = 0;
for (let i = 0; i < RUNS; i++) {
  const h = createHash('sha256');
  const t0 = process.hrtime.bigint();
  const p = new m.Runner(options);
  for (let off = 0; off < bytes.length; off += CHUNK) {
    const part = bytes.subarray(off, Math.min(off + CHUNK, bytes.length));
    p.chunk(part.length).set(part);
    if (!p.feed(part.length)) throw new Error(p.error());
    h.update(p.output()); p.clearOutput();
  }
  if (!p.finish()) throw new Error(p.error());
  h.update(p.output());
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  rows = p.rows();
  p.delete();
  wasmMs = Math.min(wasmMs, ms);
  wasmHash = h.digest('hex');
}
let sessionMs = Infinity;
for (let i = 0; i < RUNS; i++) {
  const t0 = process.hrtime.bigint();
  const s = new m.Session(options);
  s.expect(bytes.length);
  feedAll(s);
  s.summary();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  s.delete();
  sessionMs = Math.min(sessionMs, ms);
}
if (tmp) rmSync(tmp, { recursive: true, force: true });

const nativeHash = createHash('sha256').update(nativeOut).digest('hex');
const rps = (ms) => Math.round(rows / (ms / 1000));
const ratio = wasmMs / nativeMs;
console.log(`rows: ${rows} (${(bytes.length / 1e6).toFixed(1)} MB), as_of ${AS_OF}, best of ${RUNS}`);
console.log(`native  jamsos roster (process, CSV out):      ${nativeMs.toFixed(0)} ms  ${rps(nativeMs).toLocaleString('en')} rows/s`);
console.log(`wasm    RosterProcessor (node, CSV out):       ${wasmMs.toFixed(0)} ms  ${rps(wasmMs).toLocaleString('en')} rows/s`);
console.log(`wasm    RosterSession (node, browser path):    ${sessionMs.toFixed(0)} ms  ${rps(sessionMs).toLocaleString('en')} rows/s`);
console.log(`ratio wasm/native (same CSV output): ${ratio.toFixed(2)}x (target <= 1.5x)`);
console.log(`output byte-identical: ${nativeHash === wasmHash ? 'yes' : 'NO'}`);
if (nativeHash !== wasmHash) process.exitCode = 1;
if (argv.includes('--check') && ratio > 1.5) process.exitCode = 1;
