// The wasm module's evaluate on one large array (default 200,000 generated inputs, the generator
// of tests/web/differential.test.mjs): evaluate answers (the too_large error past 256 MB of
// answer) instead of aborting, and evaluateChunks gives the whole answer in pieces.
// Usage: JAMSOS_WASM_DIR=/tmp/b/wasm node bench/wasm_large_array.mjs [N=200000]   (docs/PERFORMANCE.md)
process.env.JAMSOS_DIFF_NO_TEST = '1';
const { generate, arrayText } = await import('../tests/web/differential.test.mjs');
const { loadWasm } = await import('../tests/web/lib.mjs');

const N = Number(process.argv[2] || 200000);
const m = await loadWasm();
const input = arrayText(generate(N, 424242));
let t = Date.now();
const out = m.evaluate(input);
console.log(`evaluate, ${N} inputs (${(input.length / 1e6).toFixed(1)} MB): ${out.length} characters ` +
  `(${out.slice(0, 40)}...) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
t = Date.now();
let pieces = 0, chars = 0;
const ok = m.evaluateChunks(input, (p) => { pieces++; chars += p.length; });
console.log(`evaluateChunks: ${pieces} pieces, ${chars} characters, all valid: ${ok}, ` +
  `${((Date.now() - t) / 1000).toFixed(1)} s; wasm memory ${(m.HEAP8.length / 2 ** 20).toFixed(0)} MiB, ` +
  `node RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
