// Web Worker of the benefits module (jamsos-benefits.wasm, wasm-bindings/benefits_bindings.cpp):
// benefit estimates and receipts. Started by engine.js the first time a journey asks for one, so
// the first screen only loads the smaller jamsos.wasm (docs/PERFORMANCE.md, critical path).
// Protocol of worker-client.js: {id, op: 'benefits'|'receipt'|'verifyReceipt'|'upcoming', arg} ->
// {id, ok, result|error, ms}; {type:'ready'} | {type:'fail', message} once at start.
import createJamsosBenefits from 'jamsos-benefits-wasm';
import { loadStoredBundle } from './rules-store.js';

const OPS = { benefits: 'benefits', receipt: 'receipt', verifyReceipt: 'verifyReceipt', upcoming: 'upcoming' };
let engine = null;
const queue = [];

function handle({ id, op, arg }) {
  const t0 = performance.now();
  let result;
  try {
    if (!OPS[op]) throw new Error('unknown operation: ' + op);
    result = op === 'upcoming' ? engine.upcoming(arg, 24) : engine[OPS[op]](arg);
  } catch (err) {
    return postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
  postMessage({ id, ok: true, result, ms: performance.now() - t0 });
}

// The rules the page uses: a bundle the visitor loaded (rules-store.js; the page's engine checked
// it first and dropped it if refused) is applied before anything is computed.
createJamsosBenefits({ locateFile: (p) => new URL(p, self.location.href).href })
  .then((m) => loadStoredBundle().then((text) => { if (text) m.loadRules(text); return m; }))
  .then((m) => {
    engine = m;
    postMessage({ type: 'ready', version: m.version() });
    while (queue.length) handle(queue.shift());
  })
  .catch((err) => postMessage({ type: 'fail', message: String((err && err.message) || err) }));

self.onmessage = (e) => {
  if (!engine) queue.push(e.data);
  else handle(e.data);
};
