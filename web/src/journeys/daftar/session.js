// The roster journey's shared pieces: its worker (the roster engine, roster-worker.js, through the
// one worker client), the journey's state, and small helpers used by its parts.
import { esc, $, saveBlob } from '../../dom.js';
import { t, getLang } from '../../i18n.js';
import { formatRupiah } from '../../format.js';
import { workerClient } from '../../worker-client.js';
import * as store from './store.js';

export const STATUSES = ['mandatory', 'optional', 'not_eligible', 'need_info'];
export const PARTIES = ['employer', 'worker', 'government'];
export const PAGE = 50;

/** The journey's state (one roster per page; kept while the user visits other journeys). */
export const S = {
  root: null,
  ctx: null,
  data: null,         // last run: { meta, summary, mapping, page, error }
  lastMeta: null,
  filter: { kind: 'all', ps: '', role: '', q: '' },
  offset: 0,
  openRow: null,      // row whose details are open
  editRow: null,      // { row, headers, cells, messages }
  onProgress: null,   // worker events: import progress, saved to IndexedDB
  onSaved: null,
};

// ---- worker ----------------------------------------------------------------------------------
let client = null;
function events(m) {
  if (m.type === 'progress') return S.onProgress && S.onProgress(m);
  if (m.type === 'saved' || m.type === 'save-failed') return S.onSaved && S.onSaved(m);
}
/** One request to the roster worker (started on first use; it queues requests until it is up). */
export function call(op, args = {}) {
  if (!client) {
    client = workerClient(new URL('./roster-worker.js', import.meta.url), { onEvent: events });
    client.ready.catch(() => { /* the requests report the failure */ });
  }
  return client.call(op, args);
}

/**
 * Removes every stored roster, whatever the worker is doing: the worker is stopped (also a busy
 * or hung one; the next call starts a fresh one) and the store is cleared from the page itself.
 */
export async function clearEverything() {
  if (client) { client.terminate(); client = null; }
  await store.clear();
}

// ---- how long a roster is kept (days; 0 = until "Hapus data") ----------------------------------
export const KEEP_DEFAULT = 90;
const KEEP_KEY = 'jamsos.daftar.keepDays';
export function keepDays() {
  try {
    const v = localStorage.getItem(KEEP_KEY);
    const n = v === null ? KEEP_DEFAULT : Number(v);
    return Number.isInteger(n) && n >= 0 && n <= 3650 ? n : KEEP_DEFAULT;
  } catch { return KEEP_DEFAULT; }
}
export function setKeepDays(n) {
  try { localStorage.setItem(KEEP_KEY, String(n)); } catch { /* private mode: the default applies */ }
}

/** The text of a worker error: its code's translation when it has one (limits, unreadable XLSX). */
export function errorText(e) {
  if (e && e.code) {
    const key = 'daftar.err.' + e.code;
    const s = t(key, { ...(e.params || {}), max: N(e.maxRows || (e.params && e.params.max) || 0) });
    if (s !== key) return s;
  }
  return (e && (e.message || e.error)) || String(e);
}

// ---- helpers ---------------------------------------------------------------------------------
export const R = (n) => formatRupiah(n, getLang());
export const N = (n) => new Intl.NumberFormat(getLang() === 'en' ? 'en-US' : 'id-ID').format(n);
export const lang = () => getLang();

export function setBusy(on, text) {
  const box = $('#dt-progress-box', S.root);
  if (!box) return;
  box.hidden = !on;
  // Off: the busy line goes too (a line the caller sets afterwards, e.g. "done", replaces it).
  $('#dt-status', S.root).textContent = on ? text || t('daftar.working') : '';
  if (on) $('#dt-progress', S.root).value = 0;
  S.root.setAttribute('aria-busy', on ? 'true' : 'false');
}

export function showError(msg) {
  const el = $('#dt-error', S.root);
  if (el) el.innerHTML = msg ? `<p class="callout bad">${esc(msg)}</p>` : '';
}

/** The CSV separator chooser beside the CSV export buttons (issue 10: ";" opens in Indonesian Excel). */
export function sepField(id) {
  const v = S.csvSep || ';';
  return `<label class="sep-field" for="${id}">${esc(t('daftar.sep'))} <select id="${id}" class="dt-sep">${[';', ',', 'raw'].map((x) =>
    `<option value="${esc(x)}"${x === v ? ' selected' : ''}>${esc(t('daftar.sep.' + ({ ';': 'semicolon', ',': 'comma' }[x] || x)))}</option>`).join('')}</select></label>`;
}

export function kpi(label, value, id, cls = '') {
  return `<div class="kpi ${cls}"><span class="kl">${esc(label)}</span><span class="kv" id="${id}">${esc(value)}</span></div>`;
}

export function baseName() {
  return ((S.data && S.data.meta && S.data.meta.name) || 'daftar').replace(/\.(csv|xlsx|txt)$/i, '').replace(/[^\w.-]+/g, '_');
}

export async function download(blobPromise, name) {
  try {
    saveBlob(await blobPromise, name);
  } catch (e) { showError(e.message); }
}
