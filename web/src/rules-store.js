// The rule bundle the visitor loaded from a file (docs/RULES.md), kept in this browser's IndexedDB
// so both engines (the page's and the roster's worker) use it from then on, offline. One record:
// the bundle's text. Used from the page and from the roster worker.
const DB = 'jamsos-rules';
const STORE = 'kv';
const KEY = 'bundle';

function open() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB unavailable'));
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function tx(mode, fn) {
  return open().then((db) => new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const req = fn(t.objectStore(STORE));
    t.oncomplete = () => { db.close(); resolve(req && req.result); };
    t.onerror = () => { db.close(); reject(t.error); };
  }));
}

/** The stored bundle's text, or null (also when IndexedDB cannot be used). */
export function loadStoredBundle() {
  return tx('readonly', (s) => s.get(KEY)).then((v) => (typeof v === 'string' ? v : null), () => null);
}
export function storeBundle(text) { return tx('readwrite', (s) => s.put(text, KEY)); }
export function clearStoredBundle() { return tx('readwrite', (s) => s.delete(KEY)).catch(() => {}); }

// The rules last used on this device ({version, text}), kept so that after a site update the page
// can say what the new built-in rules change (web/src/saved-impact.js). Not used by the engines.
export function loadKept() {
  return tx('readonly', (s) => s.get('kept')).then((v) => (v && typeof v.text === 'string' ? v : null), () => null);
}
export function keep(version, text) { return tx('readwrite', (s) => s.put({ version, text }, 'kept')); }
