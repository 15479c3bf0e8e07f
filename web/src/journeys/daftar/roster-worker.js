// Web Worker of the "Daftar" (roster) journey: the C++ roster code compiled to WebAssembly
// (jamsos-roster.wasm, wasm-bindings/roster_bindings.cpp), XLSX reading and writing, and the
// local copy of the roster in IndexedDB. The page only renders what this worker sends.
// Messages in:  {id, op, ...}   out: {id, ok:true, result} | {id, ok:false, error, code?, params?} |
//               {type:'progress', id, rows, bytes, total} | {type:'saved', key}
// Reliability (docs/RELIABILITY.md, "Web app"): a roster is saved only after it ran; a restore is
// guarded by a 'guard' record (a restore that never finished is not run again by itself); the
// session refuses rows beyond its limits instead of running out of memory; 'clear' works without
// the wasm module, and the page can also terminate this worker and clear the store itself.
import createJamsosRoster from 'jamsos-roster-wasm';
import * as store from './store.js';
import { loadStoredBundle } from '../../rules-store.js';
import { isZip, xlsxToCsv, parseCsv, writeXlsx, XlsxError } from './xlsx.js';

const CHUNK = 256 * 1024;
const PAGE = 50;
const enc = new TextEncoder();
const dec = new TextDecoder();
let mod = null;
let session = null;    // the live RosterSession of the current roster
let current = null;    // the stored record of the current roster (see store.js)
let last = null;
let saved = false;     // whether `current` is the stored copy (it is saved only after a successful run)
const DAY = 24 * 3600 * 1000;

// The rules the page uses: a bundle the visitor loaded (rules-store.js; the page's engine checked
// it and dropped it if refused) is applied before any roster runs.
const ready = createJamsosRoster({ locateFile: (p) => new URL(p, self.location.href).href })
  .then((m) => loadStoredBundle().then((text) => { if (text) m.loadRules(text); return m; }))
  .then((m) => { mod = m; warmUp(); return m; });

// A first roster runs the code for the first time (the engine compiles it then): a short run on
// the template's two example rows (2,000 rows, ~70 ms, in this worker) moves that cost out of
// the user's import.
function warmUp() {
  const lines = mod.template(',').replace(/^\uFEFF/, '').split('\r\n');
  const parts = [lines[0]];
  for (let i = 0; i < 2000; i++) parts.push(lines[1 + (i % 2)]);
  const bytes = enc.encode(parts.join('\r\n') + '\r\n');
  const s = new mod.Session(JSON.stringify({ as_of: '2026-05-01', check_duplicates: false }));
  s.expect(bytes.length);
  feedAll(s, bytes);
  s.summary();
  s.query('{"kind":"all"}', 0, PAGE, true);
  s.delete();
}

function meta(rec) {
  if (!rec) return null;
  return { name: rec.name, kind: rec.kind, sheets: rec.sheets || null, sheet: rec.sheet || 0, bytes: rec.csv.byteLength,
    mapping: rec.mapping || {}, savedAt: rec.savedAt, edits: rec.edits || 0 };
}

function feedAll(p, bytes, onProgress) {
  let n = 0;
  for (let off = 0; off < bytes.length; off += CHUNK) {
    const end = Math.min(off + CHUNK, bytes.length);
    p.chunk(end - off).set(bytes.subarray(off, end));
    if (!p.feed(end - off)) return false;
    if (onProgress && (++n % 4 === 0)) onProgress(end);
  }
  return p.finish();
}

function options(asOf, mapping, extra = {}) {
  return JSON.stringify({ as_of: asOf, mapping: mapping || {}, ...extra });
}

/** The header of a CSV for the mapping screen (also when the session cannot start). */
function inspect(bytes) {
  const head = dec.decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
  try { return JSON.parse(mod.inspect(head)); } catch { return null; }
}

async function toCsv(bytes, sheet) {
  if (isZip(bytes)) {
    const x = await xlsxToCsv(bytes, sheet || 0);
    return { kind: 'xlsx', csv: enc.encode(x.csv), sheets: x.sheets, sheet: x.sheet };
  }
  return { kind: 'csv', csv: bytes, sheets: null, sheet: 0 };
}

function run(id, asOf, lang) {
  const t0 = performance.now();
  if (session) { session.delete(); session = null; }
  const bytes = new Uint8Array(current.csv);
  const s = new mod.Session(options(asOf, current.mapping));
  s.expect(bytes.length);
  const ok = feedAll(s, bytes, (b) => postMessage({ type: 'progress', id, rows: s.rows(), bytes: b, total: bytes.length }));
  const evalMs = performance.now() - t0;
  if (!ok) {
    const error = s.error(), limit = s.limit(), maxRows = s.maxRows();
    s.delete();
    if (limit) return { meta: meta(current), error, errorCode: limit, maxRows, ms: { eval: evalMs } };
    return { meta: meta(current), error, mapping: inspect(bytes), ms: { eval: evalMs } };
  }
  session = s;
  const summary = JSON.parse(s.summary());
  const mapping = JSON.parse(s.mapping());
  const page = JSON.parse(s.query('{}', 0, PAGE, lang !== 'en'));
  return { meta: meta(current), summary, mapping, page, ms: { eval: evalMs } };
}

/** Whether a roster passes the session's limits: null, or { code, error, maxRows } (the rows are evaluated, then dropped). */
function limitOf(bytes, asOf) {
  const s = new mod.Session(options(asOf, {}));
  s.expect(bytes.length);
  const ok = feedAll(s, bytes);
  const out = !ok && s.limit() ? { code: s.limit(), error: s.error(), maxRows: s.maxRows() } : null;
  s.delete();
  return out;
}

async function readInput(file) {
  if (file instanceof ArrayBuffer) return new Uint8Array(file);
  if (file instanceof Uint8Array) return file;
  return new Uint8Array(await file.arrayBuffer());
}

/** Saves `rec` under `key` and tells the page (saved / save-failed); the promise never rejects. */
function save(key, rec) {
  rec.savedAt = Date.now();
  if (key === 'current') saved = true;
  return store.put(key, rec).then(() => postMessage({ type: 'saved', key }),
    (e) => { if (key === 'current') saved = false; postMessage({ type: 'save-failed', key, message: String(e && e.message || e) }); });
}
/**
 * After a run: a roster that ran is saved (awaited when `wait`, else in the background); one
 * refused by a limit is dropped (it can never run).
 */
async function settle(result, changed, wait) {
  if (!result.error) {
    if (changed || !saved) { const p = save('current', current); if (wait) await p; }
  } else if (result.errorCode) { current = null; saved = false; }
  return result;
}
const expired = (rec, days) => rec && days > 0 && Date.now() - (rec.savedAt || 0) > days * DAY;

const ops = {
  // {keepDays, force}: rosters older than keepDays are deleted first; a restore that did not finish
  // last time (the 'guard' record is still there) is not run again unless `force`.
  async restore({ asOf, lang, keepDays, force }) {
    const [c, l, guard] = await Promise.all([store.get('current'), store.get('last'), store.get('guard')]);
    current = c || null; last = l || null; saved = !!current;
    const out = { expired: [] };
    for (const key of ['current', 'last']) {
      if (expired(key === 'current' ? current : last, keepDays)) {
        await store.del(key);
        out.expired.push(key);
        if (key === 'current') { current = null; saved = false; } else last = null;
      }
    }
    if (!current) await store.del('guard');
    out.current = meta(current); out.last = meta(last);
    if (!current) return out;
    if (guard && !force) { out.stuck = true; return out; }
    await store.put('guard', { at: Date.now(), name: current.name });
    out.result = run(0, asOf, lang);   // throws (guard kept) if the module itself fails
    await store.del('guard');
    if (out.result.errorCode) { await store.del('current'); current = null; saved = false; out.dropped = true; }
    return out;
  },

  async import({ file, name, target, asOf, lang }, id) {
    const t0 = performance.now();
    const raw = await readInput(file);
    const conv = await toCsv(raw, 0);
    const rec = { name, kind: conv.kind, sheets: conv.sheets, sheet: conv.sheet, csv: conv.csv.buffer.byteLength === conv.csv.length ? conv.csv.buffer : conv.csv.slice().buffer,
      original: conv.kind === 'xlsx' ? raw.buffer : null, mapping: {}, savedAt: Date.now(), edits: 0 };
    const readMs = performance.now() - t0;
    if (target === 'last') {
      // Last month's roster is only read when reconciling: it must fit the same limits first.
      const limit = limitOf(new Uint8Array(rec.csv), asOf);
      if (limit) throw Object.assign(new Error(limit.error), { code: limit.code, params: { max: limit.maxRows } });
      last = rec;
      save('last', rec);
      return { last: meta(last), mapping: inspect(new Uint8Array(rec.csv)) };
    }
    current = rec; saved = false;
    const result = run(id, asOf, lang);
    result.ms.read = readMs;
    return settle(result, true, false);   // saved only when it ran; the write completes in the background
  },

  async rerun({ asOf, lang, mapping, sheet }, id) {
    if (!current) return { meta: null };
    let changed = false;
    if (mapping) { current.mapping = mapping; changed = true; }
    if (sheet !== undefined && current.kind === 'xlsx' && current.original && sheet !== current.sheet) {
      const conv = await toCsv(new Uint8Array(current.original), sheet);
      current.csv = conv.csv.buffer; current.sheet = conv.sheet; current.mapping = {}; current.edits = 0;
      changed = true;
    }
    return settle(run(id, asOf, lang), changed, true);
  },

  query({ filter, offset, limit, lang }) {
    if (!session) return { matches: 0, offset: 0, rows: [] };
    return JSON.parse(session.query(JSON.stringify(filter || {}), offset || 0, limit || PAGE, lang !== 'en'));
  },

  cells({ row }) {
    if (!session) return { error: 'no roster' };
    return JSON.parse(session.rowCells(row));
  },

  async edit({ row, cells, asOf, lang }, id) {
    const r = mod.rewrite(new Uint8Array(current.csv), JSON.stringify({ [row]: cells }));
    if (!r.ok) throw new Error(r.error);
    current.csv = enc.encode(r.out).buffer;
    current.edits = (current.edits || 0) + 1;
    return settle(run(id, asOf, lang), true, true);
  },

  async export({ format, asOf, which }) {
    if (which === 'reconcile') {
      const r = reconcile(asOf);
      return format === 'xlsx' ? xlsxBlob([{ name: 'Perubahan', csv: r.csv }]) : new Blob([r.csv], { type: 'text/csv' });
    }
    const p = new mod.Runner(options(asOf, current.mapping));
    const parts = [];
    const bytes = new Uint8Array(current.csv);
    let ok = true;
    for (let off = 0; off < bytes.length && ok; off += CHUNK) {
      const end = Math.min(off + CHUNK, bytes.length);
      p.chunk(end - off).set(bytes.subarray(off, end));
      ok = p.feed(end - off);
      parts.push(p.output().slice()); p.clearOutput();
    }
    ok = ok && p.finish();
    parts.push(p.output().slice());
    const error = ok ? '' : p.error();
    p.delete();
    if (!ok) throw new Error(error);
    const csvBlob = new Blob(parts, { type: 'text/csv' });
    if (format !== 'xlsx') return csvBlob;
    return xlsxBlob([{ name: 'Hasil', csv: await csvBlob.text() }]);
  },

  reconcile({ asOf }) {
    const r = reconcile(asOf);
    return { summary: r.summary, rows: parseCsv(r.csv), last: meta(last) };
  },

  // The budget plan (plan.js planRequest) computed by the engine: N people x a package (`jamsos
  // budget`) or the stored roster over months (`jamsos budget --roster`); under the rules in use, or
  // under a candidate bundle (`bundle`: the rule-update preview, nothing is made active). `csv`: the
  // engine's own CSV bytes instead of the JSON. -> { result } | { noRoster: true } | { result: {error} }
  async budgetPlan({ request: q, bundle = '', csv = false }) {
    if (q.source === 'roster') {
      const rec = current || await store.get('current');
      if (!rec) return { noRoster: true };
      const b = new mod.RosterBudget(bundle, options(q.from + '-01', rec.mapping), q.from, q.months);
      const ok = feedAll(b, new Uint8Array(rec.csv));
      const out = ok ? (csv ? b.csv() : JSON.parse(b.json())) : null;
      const error = ok ? '' : b.error();
      b.delete();
      if (!ok) throw new Error(error.startsWith('{') ? (JSON.parse(error).error || {}).message || error : error);
      return { name: rec.name, result: out };
    }
    const tmpl = JSON.stringify(q.template);
    const text = bundle ? mod.budgetUnder(bundle, tmpl, q.people, q.from, q.months) : mod.budget(tmpl, q.people, q.from, q.months, csv);
    return { result: csv && !text.startsWith('{') ? text : JSON.parse(text) };
  },

  async template({ format }) {
    const csv = '\uFEFF' + mod.template(',').replace(/^\uFEFF/, '');   // the BOM makes Excel read UTF-8
    if (format === 'xlsx') return xlsxBlob([{ name: 'Daftar', csv: csv.replace(/^\uFEFF/, '') }], () => false);
    return new Blob([csv], { type: 'text/csv' });
  },

  // "What changed for me" before a rule update is accepted (docs/RULES.md): the stored roster under
  // the rules in use vs a candidate bundle (RosterDiff). Reads the stored copy; runs no session.
  async whatChanged({ bundle, asOf, max = 50 }, id) {
    const rec = current || await store.get('current');
    if (!rec) return { none: true };
    const d = new mod.RulesDiff(bundle, options(asOf, rec.mapping));
    d.keep(max);
    const bytes = new Uint8Array(rec.csv);
    const rows = [];
    let ok = true;
    const take = () => {
      for (const line of d.output().split('\n')) if (line && rows.length < max) rows.push(JSON.parse(line));
    };
    for (let off = 0; ok && off < bytes.length; off += CHUNK) {
      const end = Math.min(off + CHUNK, bytes.length);
      d.chunk(end - off).set(bytes.subarray(off, end));
      ok = d.feed(end - off);
      take();
      postMessage({ type: 'progress', id, bytes: end, total: bytes.length });
    }
    ok = ok && d.finish();
    take();
    const error = ok ? '' : d.error();
    const summary = ok ? JSON.parse(d.summary()).summary : null;
    d.delete();
    if (!ok) throw new Error(error);
    return { name: rec.name, summary, rows };
  },

  // The saved Pekerja and Perangkat desa forms and quotes under two rule sets
  // (web/src/saved-impact.js): `jamsos diff` over eval inputs. from/to: a sealed bundle's text, or
  // '' for the rules in use.
  diffInputs({ from = '', to = '', inputs }) {
    const text = JSON.stringify(inputs);
    const r = mod.diffInputs(from, to, text);
    if (!r.ok) throw new Error(r.error || 'diff');
    // Each input's monthly totals under the rules in use (the figures of an input that did not
    // change) and who pays each share (the names the journeys' pages show).
    const now = [], payers = [];
    for (const a of JSON.parse(mod.evaluate(text))) {
      now.push(a.error ? null : a.totals.monthly);
      payers.push(a.error ? null : a.payers || null);
    }
    return { rows: r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l)), summary: JSON.parse(r.summary).summary, now, payers };
  },

  // After a site update: the changelog from the rules used before (a sealed bundle kept on this
  // device) to the rules in use (`jamsos rules --since OLD`).
  changesSince({ old }) {
    const r = mod.changesSince(old);
    if (!r.ok) throw new Error(r.error || 'rules');
    return { previous_version: r.previous_version, changelog: JSON.parse(r.changelog) };
  },

  async setLast() {
    if (!current) return { last: null };
    last = { ...current, savedAt: Date.now() };
    await store.put('last', last);
    return { last: meta(last) };
  },

  async clear({ which }) {
    if (which === 'last') { last = null; await store.del('last'); return {}; }
    if (session) { try { session.delete(); } catch { /* a failed module */ } session = null; }
    current = null; last = null; saved = false;
    await store.clear();
    return {};
  },
};

function reconcile(asOf) {
  if (!current || !last) throw new Error('need both rosters');
  const r = mod.reconcile(new Uint8Array(last.csv), new Uint8Array(current.csv), options(asOf, current.mapping));
  if (!r.ok) throw new Error(r.error);
  return { summary: JSON.parse(r.summary), csv: r.out };
}

const NUMERIC = /^(row|jkk_|jkm_|jht_|jp_|jkp_|total|wage_|delta)/;
async function xlsxBlob(sheets, numeric) {
  const data = await writeXlsx(sheets.map((s) => {
    const rows = parseCsv(s.csv);
    const head = rows[0] || [];
    return { name: s.name, rows, numeric: numeric || ((r, c) => NUMERIC.test(head[c] || '') && !/_status$/.test(head[c])) };
  }));
  return new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

self.onmessage = async (e) => {
  const { id, op, ...args } = e.data;
  try {
    if (op !== 'clear') await ready;   // clearing never needs the module
    const result = await ops[op](args, id);
    postMessage({ id, ok: true, result });
  } catch (err) {
    const x = err instanceof XlsxError ? { code: 'xlsx_' + err.code, params: err.params }
      : err && typeof err.code === 'string' ? { code: err.code, params: err.params || {} } : {};
    postMessage({ id, ok: false, error: String((err && err.message) || err), ...x });
  }
};
ready.then(() => postMessage({ type: 'ready' }), (err) => postMessage({ type: 'fail', message: String(err && err.message || err) }));
