// Web Worker: runs the C++ rules engine compiled to WebAssembly, off the main thread.
// Messages in:  {type:'init', module: WebAssembly.Module} (or wasm: ArrayBuffer)  then
//               {id, op:'evaluate'|'rules'|'version'|'loadRules'|'checkRules'|'resetRules'|'rulesInfo', arg}
//               (benefits and receipts: benefits-worker.js)
// Messages out: {type:'ready', version} | {type:'fail', message} | {id, ok, result|error, ms}
// (the protocol of worker-client.js)
import createJamsos from 'jamsos-wasm';

let engine = null;
const queue = [];

function handle({ id, op, arg }) {
  const t0 = performance.now();
  let result;
  try {
    if (op === 'evaluate') result = engine.evaluate(arg);
    else if (op === 'rules') result = engine.rules();
    else if (op === 'loadRules') result = engine.loadRules(arg);   // validated by the C++ loader
    else if (op === 'resetRules') result = (engine.resetRules(), engine.rulesInfo());
    else if (op === 'rulesInfo') result = engine.rulesInfo();
    else if (op === 'checkRules') result = engine.checkRules(arg);
    else result = engine.version();
  } catch (err) {
    return postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
  postMessage({ id, ok: true, result, ms: performance.now() - t0 });
}

function fail(err) { postMessage({ type: 'fail', message: String((err && err.message) || err) }); }

self.onmessage = (e) => {
  const msg = e.data;
  if (msg && msg.type === 'init') {
    const opts = msg.module
      ? { instantiateWasm: (imports, done) => { WebAssembly.instantiate(msg.module, imports).then((inst) => done(inst, msg.module), fail); return {}; } }
      : msg.wasm ? { wasmBinary: msg.wasm } : {};
    createJamsos(opts)
      .then((m) => {
        engine = m;
        postMessage({ type: 'ready', version: m.version() });
        while (queue.length) handle(queue.shift());
      })
      .catch(fail);
    return;
  }
  if (!engine) queue.push(msg);
  else handle(msg);
};
