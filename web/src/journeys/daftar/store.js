// Local persistence of the roster (IndexedDB, this device only; nothing is uploaded):
//   'current' { name, kind: 'csv'|'xlsx', original?: ArrayBuffer (the XLSX), sheets?, sheet?,
//               csv: ArrayBuffer (what the engine reads), mapping: {field: column}, savedAt }
//   'last'    the same for last month's roster (reconciliation)
const DB = 'jamsos-roster';
const STORE = 'files';
let dbp = null;

function db() {
  if (!dbp) {
    dbp = new Promise((ok, fail) => {
      const r = indexedDB.open(DB, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  }
  return dbp;
}

async function tx(mode, fn) {
  const d = await db();
  return new Promise((ok, fail) => {
    const t = d.transaction(STORE, mode);
    const req = fn(t.objectStore(STORE));
    t.oncomplete = () => ok(req && req.result);
    t.onerror = () => fail(t.error);
    t.onabort = () => fail(t.error || new Error('aborted'));
  });
}

export const get = (key) => tx('readonly', (s) => s.get(key));
export const put = (key, value) => tx('readwrite', (s) => s.put(value, key));
export const del = (key) => tx('readwrite', (s) => s.delete(key));
export const clear = () => tx('readwrite', (s) => s.clear());
