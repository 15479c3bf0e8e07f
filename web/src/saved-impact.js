// "What changed for me" for what this device keeps from the Pekerja, Perangkat desa and Agen
// journeys (issue 11 §2): the saved Pekerja form, the saved Perangkat desa form and each saved
// quote, evaluated under two rule sets by the C++ code of `jamsos diff` over eval inputs (the roster
// module's diffInputs, in the roster worker), shown as figures old -> new with the rule change
// behind each. Two uses:
//   pending(el, bundle, deps)  the rules panel, before a bundle from a file is accepted (app.js showPending)
//   afterStart(info, deps)     at start: when the rules in use differ from the ones this device last
//                              used (a site update brought new built-in rules), a notice once, with
//                              the changelog and what changed, until the visitor dismisses it
// Its own bundle (saved-impact.js, web/build.mjs), fetched only then: off the first screen's path.
// deps: { pekerja: state.pekerja, desa: state.desa, asOf: 'YYYY-MM-DD', lang, rulesText: () => Promise<text> }
import { esc } from './dom.js';
import { t, setLang, pick } from './i18n.js';
import { formatRupiah, formatMonth, formatDate, parseRupiah } from './format.js';
import { workerClient } from './worker-client.js';
import { loadKept, keep } from './rules-store.js';
import { pekerjaInput } from './journeys/pekerja/input.js';
import { quoteInputs } from './journeys/agen/input.js';
import { desaInput } from './journeys/desa/input.js';
import { PU_ROLES, BPU_ROLES, roleName } from './roles.js';
import { asksMemberSince } from './late.js';
import { plain } from './explain.js';

const PARTIES = ['worker', 'employer', 'government', 'total'];
const SPANS = [1, 3, 6, 12];
// localStorage: the rules version this device last used (acknowledged), and the version of the
// copy of those rules kept in IndexedDB (rules-store.js keep/loadKept). app.js reads them too.
export const SEEN = 'jamsos.rules.seen';
export const KEPT = 'jamsos.rules.kept';

// What this device keeps: the Pekerja form (when its wage can be read), the Perangkat desa form
// (when it has a covered role and its wage or declared income can be read) and each saved quote.
async function savedThings({ pekerja, desa, asOf }) {
  const things = [];
  const w = pekerja ? parseRupiah(pekerja.wage) : { ok: false };
  if (w.ok && w.value > 0) {
    const withMember = asksMemberSince(pekerja.birth, asOf);
    things.push({ kind: 'pekerja', wage: w.value, inputs: [pekerjaInput(pekerja, w.value, pekerja.optJHT, pekerja.optJP, asOf, withMember)] });
  }
  // A role covered by another scheme (PNS, TNI, ...: excluded in the engine's role table, not by a
  // rule value) has no BPJS Ketenagakerjaan figures under any rule set: skipped, as is a form with
  // no role. A covered role needs the amount the page asks for: the wage (PU) or the income (BPU).
  const pu = !!desa && PU_ROLES.includes(desa.role), bpu = !!desa && BPU_ROLES.includes(desa.role);
  const a = pu ? parseRupiah(desa.wage) : bpu ? parseRupiah(desa.income) : { ok: false };
  if (a.ok && a.value > 0) {
    things.push({ kind: 'desa', role: desa.role, amount: a.value,
      inputs: [desaInput(desa, a.value, asOf, pu && asksMemberSince(desa.birth, asOf))] });
  }
  let quotes = [];
  try { quotes = await (await import(new URL('./agen-extra.js', import.meta.url).href)).listQuotes(); } catch { /* no IndexedDB: none kept */ }
  for (const q of quotes) {
    const f = q.form || {};
    // The quote as it was shown: its first month and the income it used.
    if (!/^\d+$/.test(String(f.incomeValue)) || !/^\d{4}-\d{2}/.test(String(f.month))) continue;
    things.push({ kind: 'quote', id: q.id, name: f.name || '', month: f.month.slice(0, 7) + '-01',
      income: Number(f.incomeValue), inputs: quoteInputs(f, Number(f.incomeValue), f.month.slice(0, 7) + '-01') });
  }
  return things;
}

/**
 * Every saved thing under the rules `from` and `to` (a sealed bundle's text, '' for the rules in
 * use): [{kind, ..., months: [{as_of, before, after} | null], rows: diff lines, because}].
 */
export async function compare({ from = '', to = '', ...deps }) {
  const things = await savedThings(deps);
  if (!things.length) return things;
  const inputs = things.flatMap((x) => x.inputs);
  const w = workerClient(new URL('./roster-worker.js', import.meta.url));
  let res;
  try {
    await w.ready;
    res = await w.call('diffInputs', { from, to, inputs });
  } finally { w.terminate(); }
  let off = 0;
  for (const x of things) {
    const n = x.inputs.length;
    x.rows = res.rows.filter((r) => r.index >= off && r.index < off + n);
    x.months = x.inputs.map((inp, i) => {
      const r = x.rows.find((row) => row.index === off + i);
      const now = res.now[off + i];
      if (r) return { as_of: inp.as_of, before: r.monthly.before, after: r.monthly.after };
      return now ? { as_of: inp.as_of, before: now, after: now } : null;
    });
    // Who pays each share (the engine's payers of the first input, e.g. the village budget on the
    // participant's behalf), as the journey's page names them.
    x.payers = res.payers ? res.payers[off] : null;
    // The rule changes behind this thing's figures, once each.
    const seen = new Set();
    x.because = x.rows.flatMap((r) => r.because).filter((b) => {
      const k = b.parameter + '|' + b.from + '|' + b.text_id;
      return seen.has(k) ? false : seen.add(k);
    });
    off += n;
  }
  return things;
}

const R = (n, lang) => (n === null || n === undefined ? '–' : formatRupiah(n, lang));
// A payer's name: for the Pekerja form the usual words; for the Perangkat desa form the engine's
// payers (e.g. "Anggaran desa atas nama peserta"), as the desa page names them (results.js partyLabel).
function partyName(x, party) {
  const p = x.kind === 'desa' && x.payers && x.payers[party];
  return p && p.code !== 'none' ? pick(p, 'label') : t('party.' + party);
}

// A rule change in plain words, its citation behind "Dasar hukum" (as every figure's explanation).
function becauseHtml(b, lang) {
  const text = (lang === 'en' ? b.text_en : b.text_id) || '';
  const cite = b.citation || '';
  const bare = cite ? text.replace(' (' + cite + ')', '').replace('; ' + cite + ')', ')') : text;
  return `<li class="si-because">${esc(plain(bare))}${cite ? ` <details class="small"><summary>${esc(t('explain.citation'))}</summary>${esc(plain(cite))}</details>` : ''}</li>`;
}

function itemHtml(x, lang) {
  const title = x.kind === 'pekerja' ? t('saved.pekerja', { wage: R(x.wage, lang) })
    : x.kind === 'desa' ? t('saved.desa', { role: roleName(x.role), amount: R(x.amount, lang) })
      : t('saved.quote', { name: x.name || t('agen.noname'), month: formatMonth(x.month, lang) });
  const attrs = `class="si-item" data-kind="${x.kind}"${x.id !== undefined ? ` data-quote="${esc(x.id)}"` : ''}`;
  if (x.months.some((m) => !m)) return `<li ${attrs} data-changed="error"><strong>${esc(title)}</strong>: ${esc(t('saved.failed'))}</li>`;
  if (!x.rows.length) return `<li ${attrs} data-changed="false"><strong>${esc(title)}</strong>: ${esc(t('saved.unchanged'))}</li>`;
  const lines = [];
  if (x.kind === 'pekerja' || x.kind === 'desa') {
    const r = x.rows[0];
    for (const c of r.changes) {
      if (c.field === 'total') continue;   // the payers' lines say it
      lines.push(c.field === 'status'
        ? t('saved.status', { program: c.program, before: t('status.' + c.before), after: t('status.' + c.after) })
        : t('saved.program', { program: c.program, party: partyName(x, c.field), before: R(c.before, lang), after: R(c.after, lang) }));
    }
    for (const p of PARTIES) {
      const b = r.monthly.before[p], a = r.monthly.after[p];
      if (b !== a) lines.push(t('saved.monthly', { party: partyName(x, p), before: R(b, lang), after: R(a, lang) }));
    }
  } else {
    // What the quote shows: each month's price and the cost for 1, 3, 6 and 12 months (the
    // participant pays), each the sum of its months as the quote adds them.
    for (const m of x.months) {
      if (m.before.worker !== m.after.worker) {
        lines.push(t('saved.month', { month: formatMonth(m.as_of, lang), before: R(m.before.worker, lang), after: R(m.after.worker, lang) }));
      }
    }
    for (const n of SPANS) {
      const sum = (k) => x.months.slice(0, n).reduce((s, m) => s + m[k].worker, 0);
      const b = sum('before'), a = sum('after');
      if (b !== a) lines.push(t('saved.span', { n, months: t('agen.months', { n }), before: R(b, lang), after: R(a, lang) }));
    }
  }
  return `<li ${attrs} data-changed="true"><strong>${esc(title)}</strong>: ${esc(t('saved.changed'))}
    <ul class="si-lines">${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>
    ${x.because.length ? `<p class="small">${esc(t('saved.because'))}</p><ul class="si-why">${x.because.map((b) => becauseHtml(b, lang)).join('')}</ul>` : ''}</li>`;
}

function listHtml(things, lang) {
  if (!things.length) return `<p class="small">${esc(t('saved.none'))}</p>`;
  return `<ul class="si-list">${things.map((x) => itemHtml(x, lang)).join('')}</ul>`;
}

// --- Before a bundle from a file is accepted ---------------------------------------------------

// {key, html}: the candidate on screen (showPending draws the panel twice), for the forms as they
// are now (a form changed since, with the same candidate loaded again, is compared again).
let pend = null;
/** Fills `el` (#rules-saved) with what the candidate `bundle` changes for the saved form and quotes. */
export async function pending(el, bundle, deps) {
  setLang(deps.lang);
  const key = [bundle, deps.lang, deps.asOf, JSON.stringify(deps.pekerja), JSON.stringify(deps.desa)].join('\u0000');
  const head = `<h3 class="si-h">${esc(t('saved.title'))}</h3>`;
  const checking = head + `<p class="small">${esc(t('saved.checking'))}</p>`;
  if (pend && pend.key === key) { el.innerHTML = pend.html || checking; return; }
  const mine = pend = { key, html: null };
  el.innerHTML = checking;
  let html;
  try {
    html = head + listHtml(await compare({ ...deps, to: bundle }), deps.lang);
  } catch {
    html = head + `<p class="err">${esc(t('saved.failed_all'))}</p>`;
  }
  if (pend !== mine) return;
  mine.html = html;
  const box = document.getElementById(el.id);   // the panel may have been drawn again meanwhile
  if (box) box.innerHTML = html;
}

// --- After a site update ------------------------------------------------------------------------

const get = (k) => { try { return localStorage.getItem(k); } catch { return null; } };
const put = (k, v) => { try { localStorage.setItem(k, v); } catch { /* private mode */ } };

// Keeps the rules in use for the next update's comparison.
async function keepCurrent(info, deps) {
  if (get(KEPT) === info.rules_version) return;
  const text = await deps.rulesText();
  await keep(info.rules_version, text);
  put(KEPT, info.rules_version);
}

let notice = null;   // { info, seen, changelog, things, state: 'checking'|'done' }

/**
 * At start, with the active rules' info: first visit -> remember them (no notice); the same rules as
 * last time -> nothing (keep a copy if none is kept); other rules -> the notice (`#rules-notice`).
 */
export async function afterStart(info, deps) {
  const seen = get(SEEN);
  if (!seen || seen === info.rules_version) {
    if (!seen) put(SEEN, info.rules_version);
    return keepCurrent(info, deps).catch(() => {});
  }
  notice = { info, seen, changelog: null, things: null, kept: false, done: false, deps };
  renderNotice();
  const kept = await loadKept();
  if (kept && kept.version === seen) {
    // The rules used before are still here: the changelog and what changed are the engine's.
    try {
      const w = workerClient(new URL('./roster-worker.js', import.meta.url));
      try { await w.ready; notice.changelog = (await w.call('changesSince', { old: kept.text })).changelog; } finally { w.terminate(); }
      notice.things = await compare({ ...deps, from: kept.text, to: '' });
      notice.kept = true;
    } catch { /* the old rules cannot be read by this version: the changelog only */ }
  }
  if (!notice.changelog) notice.changelog = info.changelog || [];
  notice.done = true;
  renderNotice();
}

/** Draws the notice (again: the shell redraws #rules-notice on every route or language change). */
export function renderNotice() {
  const el = document.getElementById('rules-notice');
  if (!el || !notice) return;
  const { info, deps } = notice;
  setLang(deps.lang = document.documentElement.lang || deps.lang);
  const lang = deps.lang;
  let html = `<div class="callout rules-notice" role="status"><p><strong>${esc(t('saved.updated', { version: info.rules_version, date: formatDate(info.reviewed_until, lang) }))}</strong></p>`;
  if (!notice.done) html += `<p class="small">${esc(t('saved.checking'))}</p>`;
  else {
    html += notice.changelog.length
      ? `<p>${esc(t('rules.upd.changes'))}</p><ul class="rules-changes">${notice.changelog.map((c) => `<li>${esc(plain(lang === 'en' ? c.text_en : c.text_id))}</li>`).join('')}</ul>`
      : `<p>${esc(t('saved.no_changelog'))}</p>`;
    if (notice.things) html += `<h3 class="si-h">${esc(t('saved.title'))}</h3>` + listHtml(notice.things, lang);
    else html += `<p class="small">${esc(t('saved.no_old_rules'))}</p>`;
  }
  html += `<div class="buttons"><button type="button" class="btn ghost" id="rules-notice-ok">${esc(t('saved.dismiss'))}</button></div></div>`;
  el.innerHTML = html;
  el.hidden = false;
  document.getElementById('rules-notice-ok').addEventListener('click', () => {
    put(SEEN, info.rules_version);
    const d = notice.deps;
    notice = null;
    el.innerHTML = '';
    el.hidden = true;
    keepCurrent(info, d).catch(() => {});
  });
}
