// Main-thread client of the engine worker. The page compiles jamsos.wasm itself (preloaded by
// index.html, in parallel with app.js; compileStreaming compiles while it downloads, and Chromium
// caches the compiled code of a module served from the service worker's cache) and hands the
// compiled module to the worker, which only instantiates it.
import { workerClient } from './worker-client.js';

let client = null;
export const stats = { lastRoundTripMs: null, lastEngineMs: null };
let readyResolve;
/** Resolves to the rules version once the engine is up (rejects if it cannot start). */
export const ready = new Promise((res) => { readyResolve = res; });

export function start() {
  if (client) return ready;
  client = workerClient(new URL('./worker.js', import.meta.url), { stats });
  readyResolve(client.ready);
  compile(new URL('./jamsos.wasm', import.meta.url))
    .then((module) => client.post({ type: 'init', module }))
    .catch(client.fail);
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

/** Evaluates one input object or an array of them; resolves to the parsed contract output. */
export async function evaluate(input) {
  await ready;
  return JSON.parse(await client.call('evaluate', { arg: JSON.stringify(input) }));
}

/** Estimates the benefits for one input object (docs/CONTRACT.md "Benefits"); resolves to the parsed answer. */
export async function benefits(input) {
  await ready;
  return JSON.parse(await client.call('benefits', { arg: JSON.stringify(input) }));
}

export async function rules() {
  await ready;
  return JSON.parse(await client.call('rules'));
}
