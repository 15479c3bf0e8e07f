// Main-thread client of the engine worker. The page compiles jamsos.wasm itself (preloaded by
// index.html, in parallel with app.js; compileStreaming compiles while it downloads, and Chromium
// caches the compiled code of a module served from the service worker's cache) and hands the
// compiled module to the worker, which only instantiates it. Benefits and receipts come from a
// second module in its own worker (benefits-worker.js), started the first time one is asked for.
import { workerClient } from './worker-client.js';
import { loadStoredBundle, storeBundle, clearStoredBundle } from './rules-store.js';

let client = null;
export const stats = { lastRoundTripMs: null, lastEngineMs: null };
let readyResolve;
/** Resolves to the rules version once the engine is up (rejects if it cannot start). */
export const ready = new Promise((res) => { readyResolve = res; });
/** What happened to a stored rule bundle at start: null, or {code, message} when it was refused and dropped. */
export let droppedBundle = null;

// A bundle loaded earlier (rules-store.js) is given to the engine before anything is evaluated.
// Its signature is checked again (not remembered from when it was accepted): a site built with
// another publisher key must not keep trusting a bundle that key did not sign. An unsigned one
// stays: the visitor accepted it after the warning.
async function applyStored(version) {
  const text = await loadStoredBundle();
  if (!text) return version;
  let info = JSON.parse(await client.call('loadRules', { arg: text }));
  if (!info.error) {
    const signature = await signatureVerdict(info).catch(() => 'unchecked');
    if (signature !== 'publisher' && signature !== 'unsigned') {
      await client.call('resetRules');
      info = { error: { code: 'rules_signature', message: signature } };
    }
  }
  if (info.error) {
    droppedBundle = info.error;
    await clearStoredBundle();
    return version;
  }
  return info.rules_version;
}

// The signature check (rules-verify.js, with tweetnacl): its own bundle, fetched the first time a
// signed bundle is checked. Not a literal path, so esbuild keeps it out of app.js.
let verifier = null;
/** 'unsigned' | 'publisher' | 'foreign_key' | 'invalid' for a checked bundle's rulesInfo(). */
function signatureVerdict(info) {
  if (!info.signature) return Promise.resolve('unsigned');
  if (!verifier) {
    verifier = import(new URL('./rules-verify.js', import.meta.url).href);
    verifier.catch(() => { verifier = null; });   // e.g. offline before it was cached: try again later
  }
  return verifier.then((m) => m.verdict(info));
}

export function start() {
  if (client) return ready;
  client = workerClient(new URL('./worker.js', import.meta.url), { stats });
  readyResolve(client.ready.then(applyStored));
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

// The benefits worker: started on first use, after the page's engine (which checks a stored
// bundle and drops a refused one, so this worker reads only a bundle the engine accepted);
// stopped when the rules change so that the next call starts it with the new rules.
let extra = null;
async function extras(op, arg) {
  await ready;
  if (!extra) extra = workerClient(new URL('./benefits-worker.js', import.meta.url), { stats });
  const c = extra;
  try {
    await c.ready;
  } catch (err) {
    if (extra === c) extra = null;   // e.g. its wasm could not be fetched: the next call tries again
    throw err;
  }
  return JSON.parse(await c.call(op, { arg }));
}
function stopExtras() {
  if (extra) extra.terminate();
  extra = null;
}

/** Evaluates one input object or an array of them; resolves to the parsed contract output. */
export async function evaluate(input) {
  await ready;
  return JSON.parse(await client.call('evaluate', { arg: JSON.stringify(input) }));
}

/** Estimates the benefits for one input object (docs/CONTRACT.md "Benefits"); resolves to the parsed answer. */
export async function benefits(input) {
  return extras('benefits', JSON.stringify(input));
}

/** What changes for this input in the next 24 months, and why (docs/CONTRACT.md "Upcoming changes"). */
export async function upcoming(input) {
  return extras('upcoming', JSON.stringify(input));
}

export async function rules() {
  return JSON.parse(await rulesText());
}
/** The active rules as a sealed bundle's text (as `jamsos rules` prints it). */
export async function rulesText() {
  await ready;
  return client.call('rules');
}

/**
 * The active rules: {rules_version, reviewed_until, sha256, previous_version, changelog, signature,
 * builtin}. A stored bundle with a signature was checked at start (applyStored): signature is then
 * the publisher's.
 */
export async function rulesInfo() {
  await ready;
  return JSON.parse(await client.call('rulesInfo'));
}

/**
 * Checks a rule bundle file's text (checkRules) and, when it may be used, keeps it for this browser
 * and makes it the active rules. Signed with the publisher's key: used. Unsigned: used only with
 * {allowUnsigned: true} (the visitor confirmed the warning). Signed with another key, or a signature
 * that does not match: refused. Resolves to rulesInfo() of the new rules (with signature_check),
 * or {error: {code, message}} with the rules unchanged.
 */
export async function loadRules(text, { allowUnsigned = false } = {}) {
  const check = await checkRules(text);
  if (check.error) return check;
  const verdict = check.signature_check;
  if (verdict !== 'publisher' && !(verdict === 'unsigned' && allowUnsigned)) {
    return { error: { code: verdict === 'unsigned' ? 'rules_unsigned' : 'rules_signature', message: verdict } };
  }
  const info = JSON.parse(await client.call('loadRules', { arg: text }));
  if (!info.error) {
    await storeBundle(text);
    stopExtras();
    info.signature_check = verdict;
  }
  return info;
}

/**
 * The check without using the bundle: the C++ loader (seal, schema, dates, citations), then the
 * publisher's signature. Its rulesInfo() with signature_check ('publisher' | 'unsigned' |
 * 'foreign_key' | 'invalid' | 'unchecked' when the checker could not be loaded), or {error}.
 */
export async function checkRules(text) {
  await ready;
  const info = JSON.parse(await client.call('checkRules', { arg: text }));
  if (!info.error) info.signature_check = await signatureVerdict(info).catch(() => 'unchecked');
  return info;
}

/** Back to the rules built into the site; forgets the stored bundle. */
export async function resetRules() {
  await ready;
  await clearStoredBundle();
  stopExtras();
  return JSON.parse(await client.call('resetRules'));
}

// --- Receipts (docs/RULES.md): a link carries the receipt in its fragment, never sent to a server --

const b64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromB64url = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const RECEIPT_MAX = 65536;   // a link's receipt, inflated, is never larger (about 2 KB)
// Bytes through a (De)CompressionStream, at most RECEIPT_MAX of them (a link is text from anyone).
async function pipe(bytes, stream) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const parts = [];
  let n = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    n += r.value.length;
    if (n > RECEIPT_MAX) { reader.cancel(); throw new Error('too large'); }
    parts.push(r.value);
  }
  return new Uint8Array(await new Blob(parts).arrayBuffer());
}

/** The receipt of one input's answer (parsed), or {error}. */
export async function receipt(input) {
  return extras('receipt', JSON.stringify(input));
}

/**
 * The link (#/r/…) that opens and checks a receipt on any device: "z" and the receipt's JSON
 * deflated (short enough for a QR code), or the JSON itself where the browser cannot deflate.
 */
export async function receiptLink(rec, base = location.href.split('#')[0]) {
  const bytes = new TextEncoder().encode(JSON.stringify(rec));
  try { return base + '#/r/z' + b64url(await pipe(bytes, new CompressionStream('deflate-raw'))); } catch { return base + '#/r/' + b64url(bytes); }
}

/** A receipt's text from a link's payload (either form); null when it cannot be decoded. */
export async function decodeReceipt(payload) {
  try {
    const z = payload.startsWith('z');
    const bytes = fromB64url(z ? payload.slice(1) : payload);
    return new TextDecoder('utf-8', { fatal: true }).decode(z ? await pipe(bytes, new DecompressionStream('deflate-raw')) : bytes);
  } catch { return null; }
}

/** Checks a receipt's text with the rules here: {verdict: 'same'|'mismatch'|'different_rules'|'invalid', ...}. */
export async function verifyReceipt(text) {
  return extras('verifyReceipt', text);
}
