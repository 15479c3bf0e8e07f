// The one client of the app's Web Workers (engine: worker.js; roster: journeys/daftar/roster-worker.js).
// Protocol, both ways:
//   page -> worker  {id, op, ...args}                       (and anything sent with post())
//   worker -> page  {id, ok: true, result, ms?} | {id, ok: false, error, code?, params?}
//                   {type: 'ready', version?} | {type: 'fail', message}   (start-up, once)
//                   {type: <other>, ...}                                  (events: onEvent)
// call() resolves with `result` (rejects with an Error of message `error`, with .code and .params
// when the worker gave them); `ready` settles on the start-up message. terminate() stops the
// worker at once (also a busy or hung one) and rejects what is pending with code 'terminated'.
export function workerClient(url, { onEvent, stats } = {}) {
  const worker = new Worker(url, { type: 'module' });
  const pending = new Map();
  let seq = 0;
  let readyResolve, readyReject;
  const ready = new Promise((res, rej) => { readyResolve = res; readyReject = rej; });
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.type === 'ready') return readyResolve(m.version);
    if (m.type === 'fail') return readyReject(new Error(m.message));
    if (m.type) return onEvent && onEvent(m);
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (stats) { stats.lastRoundTripMs = performance.now() - p.t0; stats.lastEngineMs = m.ms; }
    if (m.ok) p.resolve(m.result);
    else p.reject(Object.assign(new Error(m.error), m.code ? { code: m.code, params: m.params || {} } : {}));
  };
  worker.onerror = (e) => readyReject(new Error(e.message || 'worker error'));
  return {
    ready,
    /** Start-up failed on the page's side (e.g. the wasm could not be fetched). */
    fail: (err) => readyReject(err),
    post: (msg, transfer) => worker.postMessage(msg, transfer),
    terminate() {
      worker.terminate();
      readyReject(Object.assign(new Error('terminated'), { code: 'terminated' }));
      for (const p of pending.values()) p.reject(Object.assign(new Error('terminated'), { code: 'terminated' }));
      pending.clear();
    },
    call(op, args = {}) {
      const id = ++seq;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, t0: performance.now() });
        worker.postMessage({ id, op, ...args });
      });
    },
  };
}
