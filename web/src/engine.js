// Main-thread client of the engine worker. The page compiles jamsos.wasm itself (preloaded by
// index.html, in parallel with app.js; compileStreaming compiles while it downloads, and Chromium
// caches the compiled code of a module served from the service worker's cache) and hands the
// compiled module to the worker, which only instantiates it.
let worker = null;
let seq = 0;
const pending = new Map();
let readyResolve, readyReject;
export const ready = new Promise((res, rej) => { readyResolve = res; readyReject = rej; });
export const stats = { lastRoundTripMs: null, lastEngineMs: null };

export function start() {
  if (worker) return ready;
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.type === 'ready') return readyResolve(m.version);
    if (m.type === 'fail') return readyReject(new Error(m.message));
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    stats.lastRoundTripMs = performance.now() - p.t0;
    stats.lastEngineMs = m.ms;
    p.resolve(m.out);
  };
  worker.onerror = (e) => readyReject(new Error(e.message || 'worker error'));
  compile(new URL('./jamsos.wasm', import.meta.url))
    .then((module) => worker.postMessage({ type: 'init', module }))
    .catch((err) => readyReject(err));
  return ready;
}

async function compile(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error('jamsos.wasm: HTTP ' + res.status);
  if (WebAssembly.compileStreaming && (res.headers.get('content-type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

function call(op, arg) {
  const id = ++seq;
  return new Promise((resolve) => {
    pending.set(id, { resolve, t0: performance.now() });
    worker.postMessage({ id, op, arg });
  });
}

/** Evaluates one input object or an array of them; resolves to the parsed contract output. */
export async function evaluate(input) {
  await ready;
  return JSON.parse(await call('evaluate', JSON.stringify(input)));
}

export async function rules() {
  await ready;
  return JSON.parse(await call('rules', ''));
}
