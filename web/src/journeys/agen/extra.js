// The agent's quote, off the first screen's critical path (its own bundle, agen-extra.js, fetched
// on first use): saved quotes kept on this device (IndexedDB), the quote drawn as a PNG image and
// the QR code of its receipt link (qr.js). No texts of its own: the journey passes them in its language.
export { qrSvg } from './qr.js';
import { saveBlob } from '../../dom.js';

const DB = 'jamsos-quotes';
const STORE = 'quotes';
const MAX = 50;   // the oldest beyond this are dropped

function db() {
  return new Promise((ok, fail) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

async function tx(mode, fn) {
  const d = await db();
  try {
    return await new Promise((ok, fail) => {
      const x = d.transaction(STORE, mode);
      const out = fn(x.objectStore(STORE));
      x.oncomplete = () => ok(out && 'result' in out ? out.result : undefined);
      x.onerror = () => fail(x.error);
    });
  } finally { d.close(); }
}

/** The saved quotes, newest first: { id, saved, form }. */
export async function listQuotes() {
  const all = await tx('readonly', (s) => s.getAll());
  return (all || []).sort((a, b) => b.saved.localeCompare(a.saved));
}

/** Keeps a quote's form (what was typed; figures are the engine's again when it is opened). */
export async function saveQuote(form) {
  await tx('readwrite', (s) => s.add({ saved: new Date().toISOString(), form: { ...form } }));
  const all = await listQuotes();
  for (const q of all.slice(MAX)) await deleteQuote(q.id);
}

export function deleteQuote(id) {
  return tx('readwrite', (s) => s.delete(Number(id)));
}

export async function getQuote(id) {
  return tx('readonly', (s) => s.get(Number(id)));
}

// Wraps a line to the canvas width.
function wrap(g, text, width) {
  const out = [];
  let line = '';
  for (const w of text.split(' ')) {
    const next = line ? line + ' ' + w : w;
    if (line && g.measureText(next).width > width) { out.push(line); line = w; } else line = next;
  }
  out.push(line);
  return out;
}

/**
 * Draws the quote (a title, then lines; a line starting with "*" is bold, "-" a list item) on a
 * canvas; resolves to a PNG Blob.
 */
export function quoteImage({ title, lines, foot }) {
  const W = 720;
  const pad = 36;
  const c = document.createElement('canvas');
  const g = c.getContext('2d');
  const font = (b, px) => `${b ? '700 ' : ''}${px}px system-ui, "Noto Sans", sans-serif`;
  const rows = [];
  g.font = font(true, 30);
  for (const l of wrap(g, title, W - 2 * pad)) rows.push({ text: l, f: font(true, 30), h: 40 });
  rows.push({ h: 12 });
  for (const raw of lines) {
    const bold = raw.startsWith('*');
    const text = raw.replace(/\*/g, '');
    const f = font(bold, bold ? 26 : 22);
    g.font = f;
    const indent = text.startsWith('- ') ? 18 : 0;
    for (const l of wrap(g, text, W - 2 * pad - indent)) rows.push({ text: l, f, h: bold ? 36 : 30, indent });
  }
  rows.push({ h: 16 });
  g.font = font(false, 18);
  for (const l of wrap(g, foot, W - 2 * pad)) rows.push({ text: l, f: font(false, 18), h: 24, color: '#4d4d4d' });
  c.width = W;
  c.height = rows.reduce((a, r) => a + r.h, 0) + 2 * pad + 12;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = '#0b6e4f';
  g.fillRect(0, 0, W, 12);
  let y = pad + 12;
  g.textBaseline = 'top';
  for (const r of rows) {
    if (r.text) { g.font = r.f; g.fillStyle = r.color || '#1b1b1b'; g.fillText(r.text, pad + (r.indent || 0), y); }
    y += r.h;
  }
  return new Promise((ok, fail) => c.toBlob((b) => (b ? ok(b) : fail(new Error('canvas'))), 'image/png'));
}

/** Shares the image with the system's share sheet where it takes files, else downloads it. */
export async function shareImage(blob, name, text) {
  const file = new File([blob], name, { type: 'image/png' });
  if (navigator.canShare && navigator.canShare({ files: [file] })) {
    try { await navigator.share({ files: [file], text }); return 'shared'; } catch (e) { if (e && e.name === 'AbortError') return 'cancelled'; }
  }
  saveBlob(blob, name);
  return 'downloaded';
}
