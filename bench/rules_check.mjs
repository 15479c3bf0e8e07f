// Loading and checking a rule bundle in the page's engine (docs/RULES.md; issue 11's budget: at most
// 50 ms in the worker): the -Os jamsos.wasm under node times checkRules(bundle) on the built-in
// bundle (`jamsos rules`), RUNS times, and prints the median and the slowest.
// Usage: node bench/rules_check.mjs [RUNS=30]      (figures: docs/PERFORMANCE.md)
import { loadWasm, cli } from '../tests/web/lib.mjs';

const runs = Number(process.argv[2] || 30);
const m = await loadWasm();
const bundle = cli(['rules']).stdout;
const ms = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const r = m.checkRules(bundle);
  ms.push(performance.now() - t0);
  if (JSON.parse(r).error) throw new Error(r);
}
ms.sort((a, b) => a - b);
console.log(`checkRules, ${bundle.length}-byte bundle, ${runs} runs: median ${ms[runs >> 1].toFixed(1)} ms, slowest ${ms[runs - 1].toFixed(1)} ms`);
