// Journey 4, Daftar (roster): import a CSV or Excel list, map its columns, validate and evaluate
// every row in a Web Worker (the C++ roster code in WebAssembly), see who must / may join what and
// what it costs per payer, fix flagged rows, export CSV/XLSX, print a summary, compare with last
// month and plan a village budget. Loaded lazily (its own bundle). Nothing leaves the device: the
// roster is kept in IndexedDB until "Hapus data".
// This file: mounting, import, the summary and the clicks; the rows table (table.js), the
// reconciliation (recon.js), the budget planner (budget.js), state and worker (session.js).
import { esc, $, $$ } from '../../dom.js';
import { t, pick, getLang, setLang } from '../../i18n.js';
import { formatDate, formatMonth } from '../../format.js';
import { PROGRAMS, programName } from '../../ui.js';
import { S, STATUSES, PARTIES, PAGE, call, R, N, lang, setBusy, showError, kpi, download, baseName,
  clearEverything, keepDays, setKeepDays, errorText, sepField } from './session.js';
import { query, renderTable, renderEdit } from './table.js';
import { renderRecon, reconcile } from './recon.js';
import { budgetFrom, renderBudget, runBudget } from './budget.js';
import { excelCsv } from './excel-csv.js';
import { summaryCsv } from './exports.js';

export function mount(main, c) {
  S.ctx = c; S.root = main;
  setLang(c.lang);   // this bundle has its own copy of the i18n module

  budgetFrom(S.ctx.asOf().slice(0, 7));
  main.innerHTML = `<section aria-labelledby="dt-h" class="daftar">
    <h1 id="dt-h">${esc(t('daftar.title'))}</h1>
    <p class="lead">${esc(t('daftar.lead'))}</p>
    <div class="card no-print" id="dt-import">
      <h2>${esc(t('daftar.import'))}</h2>
      <div class="field"><label for="dt-file">${esc(t('daftar.file'))}</label>
        <input type="file" id="dt-file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="dt-file-hint">
        <p class="hint" id="dt-file-hint">${esc(t('daftar.file_hint'))}</p></div>
      <div class="buttons">
        <button type="button" class="btn ghost" id="dt-tpl-csv">${esc(t('daftar.template_csv'))}</button>
        <button type="button" class="btn ghost" id="dt-tpl-xlsx">${esc(t('daftar.template_xlsx'))}</button>
        <button type="button" class="btn danger" id="dt-clear-all" data-act="clear">${esc(t('daftar.clear'))}</button>
      </div>
      <div id="dt-progress-box" hidden><label for="dt-progress" id="dt-progress-label">${esc(t('daftar.working'))}</label>
        <progress id="dt-progress" max="1" value="0"></progress></div>
      <p id="dt-status" class="small" role="status" aria-live="polite"></p>
      <div id="dt-file-line"></div>
      <div id="dt-stuck"></div>
    </div>
    <details class="card no-print" id="dt-privacy">
      <summary>${esc(t('daftar.kept_title'))}</summary>
      <p id="dt-kept-where">${esc(t('daftar.kept_where', { days: keepDays() || '—' }))}</p>
      <div class="field"><label for="dt-keep">${esc(t('daftar.keep_days'))}</label>
        <input type="number" id="dt-keep" min="0" max="3650" step="1" inputmode="numeric" value="${keepDays()}" aria-describedby="dt-keep-hint">
        <p class="hint" id="dt-keep-hint">${esc(t('daftar.keep_hint'))}</p></div>
    </details>
    <div id="dt-error" role="alert"></div>
    <div id="dt-sheet"></div>
    <div id="dt-mapping"></div>
    <div id="dt-summary"></div>
    <div id="dt-edit"></div>
    <div id="dt-table"></div>
    <div id="dt-recon"></div>
    <div id="dt-budget"></div>
  </section>`;
  const file = $('#dt-file', main);
  file.addEventListener('change', () => { if (file.files[0]) importFile(file.files[0], 'current'); });
  $('#dt-tpl-csv', main).addEventListener('click', () => download(call('template', { format: 'csv' }), 'daftar_kosong.csv'));
  $('#dt-tpl-xlsx', main).addEventListener('click', () => download(call('template', { format: 'xlsx' }), 'daftar_kosong.xlsx'));
  main.addEventListener('click', onClick);
  main.addEventListener('change', (e) => { if (e.target.matches('.dt-sep')) { S.csvSep = e.target.value; for (const x of $$('.dt-sep', main)) x.value = S.csvSep; } });
  $('#dt-keep', main).addEventListener('change', (e) => {
    const n = Number(e.target.value);
    if (!(Number.isInteger(n) && n >= 0 && n <= 3650)) { e.target.value = keepDays(); return; }
    setKeepDays(n);
    $('#dt-kept-where', main).textContent = t('daftar.kept_where', { days: n || '—' });
  });
  S.onProgress = (m) => {
    const p = $('#dt-progress', S.root);
    if (p) { p.value = m.total ? m.bytes / m.total : 0; $('#dt-status', S.root).textContent = t('daftar.progress', { rows: N(m.rows) }); }
  };
  S.onSaved = (m) => {
    if (!S.root || !S.root.isConnected) return;
    const el = $('#dt-saved', S.root);
    if (m.type === 'saved') { if (el) el.textContent = t('daftar.saved'); document.documentElement.dataset.rosterSaved = m.key; }
    else if (el) el.textContent = t('daftar.save_failed', { message: m.message });
  };
  renderBudget();
  if (S.data) renderAll();
  restore();
}

// The stored roster is opened again in a guarded way: expired rosters are deleted first; a restore
// that did not finish last time is not run by itself (the page offers to try again or to clear);
// a failure offers to clear. "Hapus data" stays reachable in every state (#dt-clear-all).
async function restore(force = false) {
  if (S.data) return;
  setBusy(true, t('daftar.restoring'));
  let r = null;
  try {
    r = await call('restore', { asOf: S.ctx.asOf(), lang: lang(), keepDays: keepDays(), force });
    S.lastMeta = r.last;
    if (r.result) { S.data = r.result.errorCode ? { ...r.result, meta: null } : r.result; S.offset = 0; }
  } catch (e) {
    if (e.code === 'terminated') return;   // cleared meanwhile
    r = { failed: true, message: errorText(e) };
  }
  setBusy(false);
  if (!S.root || !S.root.isConnected) return;
  renderAll();
  if (r && r.expired && r.expired.length) $('#dt-status', S.root).textContent = t('daftar.expired', { days: keepDays() });
  renderStuck(r);
}

function renderStuck(r) {
  const el = $('#dt-stuck', S.root);
  if (!el) return;
  if (!r || !(r.stuck || r.failed)) { el.innerHTML = ''; return; }
  const msg = r.stuck ? t('daftar.stuck', { name: (r.current && r.current.name) || '' }) : t('daftar.restore_failed', { message: r.message });
  el.innerHTML = `<div class="callout bad" role="alert" id="dt-stuck-box"><p>${esc(msg)}</p><div class="buttons">
    ${r.stuck ? `<button type="button" class="btn" data-act="retry">${esc(t('daftar.retry'))}</button>` : ''}
    <button type="button" class="btn danger" data-act="clear">${esc(t('daftar.clear'))}</button></div></div>`;
}

export async function refresh() {
  if (!S.root || !S.root.isConnected) return;
  setLang(S.ctx.lang);
  renderBudget();
  if (!S.data || !S.data.meta) return;
  await rerun({});
}

export async function importFile(file, target) {
  performance.clearMarks('roster-import-start');
  performance.mark('roster-import-start');
  showError('');
  setBusy(true, t('daftar.reading', { name: file.name }));
  try {
    const r = await call('import', { file, name: file.name, target, asOf: S.ctx.asOf(), lang: lang() });
    if (target === 'last') { S.lastMeta = r.last; renderRecon(); setBusy(false); return; }
    renderStuck(null);
    S.data = r.errorCode ? { ...r, meta: null, summary: null } : r; S.offset = 0; S.openRow = null; S.editRow = null; S.filter = { kind: 'all', ps: '', role: '', q: '' };
    renderAll();
    setBusy(false);
    performance.mark('roster-import-done');
    const m = performance.measure('roster-import', 'roster-import-start', 'roster-import-done');
    window.__jamsosRoster = { ms: m.duration, engineMs: r.ms && r.ms.eval, readMs: r.ms && r.ms.read, rows: r.summary ? r.summary.rows : 0 };
    $('#dt-status', S.root).textContent = r.summary ? t('daftar.done', { rows: N(r.summary.rows), s: new Intl.NumberFormat(getLang() === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 2 }).format(m.duration / 1000) }) : '';
  } catch (e) { setBusy(false); if (e.code !== 'terminated') showError(errorText(e)); }
}

async function rerun(args) {
  setBusy(true);
  try {
    const r = await call('rerun', { asOf: S.ctx.asOf(), lang: lang(), ...args });
    S.data = r.errorCode ? { ...r, meta: null } : r;
    S.offset = 0; S.openRow = null;
    renderAll();
  } catch (e) { if (e.code !== 'terminated') showError(errorText(e)); }
  setBusy(false);
}

export function renderAll() {
  if (!S.root || !S.root.isConnected) return;
  renderFileLine();
  showError(!S.data || !S.data.error ? '' : S.data.errorCode ? errorText({ code: S.data.errorCode, maxRows: S.data.maxRows, message: S.data.error })
    : t('daftar.fatal', { message: S.data.error }));
  renderSheet();
  renderMapping();
  renderSummary();
  renderEdit();
  renderTable(S.data && S.data.page);
  renderRecon();
  renderBudget();   // "from the imported roster" needs to know whether there is one
  document.documentElement.dataset.roster = S.data && S.data.summary ? 'ready' : 'none';
}

function renderFileLine() {
  const el = $('#dt-file-line', S.root);
  if (!S.data || !S.data.meta) { el.innerHTML = `<p class="small">${esc(t('daftar.none'))}</p>`; return; }
  const m = S.data.meta;
  el.innerHTML = `<p class="fileline"><strong id="dt-name">${esc(m.name)}</strong> · ${esc(m.kind.toUpperCase())}${m.edits ? ' · ' + esc(t('daftar.edits', { n: m.edits })) : ''}
    <br><span class="small" id="dt-saved">${esc(t('daftar.kept_local'))}</span></p>`;
}

function renderSheet() {
  const el = $('#dt-sheet', S.root);
  const m = S.data && S.data.meta;
  if (!m || !m.sheets || m.sheets.length < 2) { el.innerHTML = ''; return; }
  el.innerHTML = `<div class="card no-print"><div class="field"><label for="dt-sheet-sel">${esc(t('daftar.sheet'))}</label>
    <select id="dt-sheet-sel">${m.sheets.map((s, i) => `<option value="${i}"${i === m.sheet ? ' selected' : ''}>${esc(s)}</option>`).join('')}</select></div></div>`;
  $('#dt-sheet-sel', S.root).addEventListener('change', (e) => rerun({ sheet: Number(e.target.value) }));
}

function renderMapping() {
  const el = $('#dt-mapping', S.root);
  const mp = S.data && S.data.mapping;
  if (!mp || !mp.headers) { el.innerHTML = ''; return; }
  const fieldLabel = (f) => pick(f, 'label');
  const rows = mp.fields.map((f) => {
    const cur = mp.mapping[f.code];
    const opts = [`<option value="">${esc(t('daftar.map_none'))}</option>`, ...mp.headers.map((h, i) =>
      `<option value="${i + 1}"${cur && cur.column === i ? ' selected' : ''}>${esc(h || t('daftar.col_n', { n: i + 1 }))}</option>`)];
    return `<div class="field map-field"><label for="dt-map-${f.code}">${esc(fieldLabel(f))}</label><select id="dt-map-${f.code}" data-field="${f.code}">${opts.join('')}</select></div>`;
  }).join('');
  const mapped = mp.fields.filter((f) => mp.mapping[f.code]).length;
  el.innerHTML = `<details class="card no-print" id="dt-map"${S.data.error ? ' open' : ''}><summary>${esc(t('daftar.mapping', { n: mapped, of: mp.fields.length }))}</summary>
    <p class="hint">${esc(t('daftar.mapping_hint'))}</p>
    ${mp.unmapped_headers && mp.unmapped_headers.length ? `<p class="small">${esc(t('daftar.unmapped', { list: mp.unmapped_headers.join(', ') }))}</p>` : ''}
    <div class="map-grid">${rows}</div>
    <div class="buttons"><button type="button" class="btn" data-act="map">${esc(t('daftar.map_apply'))}</button></div></details>`;
}

// The worker share the village budget pays (pekerja rentan: payer "village_budget") is the village's
// money: shown as APBDes, never as the participant's (issue 10).
function partyItems(s) {
  const village = (s.payers.find((p) => p.code === 'village_budget') || {}).amount || 0;
  const items = PARTIES.map((p) => [p, t('daftar.party.' + p), p === 'worker' ? s.totals.worker - village : s.totals[p]]);
  if (village) items.splice(1, 0, ['village_budget', t('daftar.party.village'), village]);
  return items.filter(([p, , v]) => v || p !== 'worker' || !village);
}


/** An export of the engine's CSV as the chosen kind: the spreadsheet CSV (excel-csv.js) or the engine's own bytes. */
function csvFor(blob) {
  const sep = S.csvSep || ';';
  return sep === 'raw' ? blob : blob.then(async (b) => new Blob([excelCsv(await b.text(), sep)], { type: 'text/csv;charset=utf-8' }));
}

function renderSummary() {
  const el = $('#dt-summary', S.root);
  const s = S.data && S.data.summary;
  if (!s) { el.innerHTML = ''; return; }
  const L = lang();
  const progRows = PROGRAMS.map((p) => {
    const x = s.programs[p];
    return `<tr><th scope="row">${programName(p)}</th>${STATUSES.map((st) => `<td class="num" data-label="${esc(t('status.' + st))}">${N(x[st])}</td>`).join('')}<td class="num" data-label="${esc(t('daftar.enrolled'))}">${N(x.enrolled)}</td><td class="num" data-prog="${p}" data-label="${esc(t('daftar.amount'))}">${esc(R(x.total))}</td></tr>`;
  }).join('');
  const payers = s.payers.filter((p) => p.amount).map((p) =>
    `<li data-payer="${esc(p.code)}"><span>${esc(pick(p, 'label'))}</span><strong>${esc(R(p.amount))}</strong></li>`).join('');
  // Issue 10: NIKs a spreadsheet stored as numbers, said once above the summary and the table.
  const nikNumber = (s.warnings || []).filter((w) => w.code === 'nik_stored_as_number')
    .map((w) => `<p class="callout bad" id="dt-nik-number" role="alert">${esc(pick(w, 'message'))}</p>`).join('');
  el.innerHTML = `${nikNumber}<div class="card roster-summary" id="dt-sum">
    <h2>${esc(t('daftar.summary_title', { month: formatMonth(s.as_of, L) }))}</h2>
    <p class="small print-only">${esc(S.data.meta.name)} · ${esc(t('rules.version'))} ${esc(s.rules_version)} · ${esc(formatDate(s.as_of, L))}</p>
    <div class="kpis">
      ${kpi(t('daftar.k_rows'), N(s.rows), 'dt-k-rows')}
      ${kpi(t('daftar.k_valid'), N(s.valid), 'dt-k-valid')}
      ${kpi(t('daftar.k_errors'), N(s.errors), 'dt-k-errors', s.errors ? 'bad' : '')}
      ${kpi(t('daftar.k_warnings'), N(s.with_warnings), 'dt-k-warnings')}
      ${kpi(t('daftar.k_duplicates'), N(s.duplicates), 'dt-k-dup')}
      ${kpi(t('daftar.k_total'), R(s.totals.monthly), 'dt-k-total')}
    </div>
    <div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.per_program'))}"><table class="grid resp" id="dt-progs"><caption>${esc(t('daftar.per_program'))}</caption>
      <thead><tr><th scope="col">${esc(t('table.program'))}</th>${STATUSES.map((st) => `<th scope="col" class="num">${esc(t('status.' + st))}</th>`).join('')}<th scope="col" class="num">${esc(t('daftar.enrolled'))}</th><th scope="col" class="num">${esc(t('daftar.amount'))}</th></tr></thead>
      <tbody>${progRows}</tbody></table></div>
    <div class="cols2">
      <div><h3>${esc(t('daftar.per_party'))}</h3><ul class="sumlist" id="dt-parties">
        ${partyItems(s).map(([p, label, v]) => `<li data-party="${p}"><span>${esc(label)}</span><strong>${esc(R(v))}</strong></li>`).join('')}
        <li class="tot"><span>${esc(t('table.total'))}</span><strong id="dt-total">${esc(R(s.totals.total))}</strong></li></ul>
        ${s.totals.one_time ? `<p class="small">${esc(t('daftar.one_time', { amount: R(s.totals.one_time) }))}</p>` : ''}</div>
      <div><h3>${esc(t('daftar.per_payer'))}</h3><ul class="sumlist" id="dt-payers">${payers || `<li>${esc(t('desa.nothing_due'))}</li>`}</ul></div>
    </div>
    ${s.incomplete ? `<p class="need">${esc(t('daftar.incomplete', { n: N(s.incomplete) }))}</p>` : ''}
    ${s.jp_ceiling_warning ? `<p class="need">${esc(t('daftar.jp_ceiling'))}</p>` : ''}
    <div class="buttons no-print">
      ${sepField('dt-sep')}
      <button type="button" class="btn" data-act="export-csv">${esc(t('daftar.export_csv'))}</button>
      <button type="button" class="btn" data-act="export-xlsx">${esc(t('daftar.export_xlsx'))}</button>
      <button type="button" class="btn ghost" data-act="summary-csv" id="dt-sum-csv">${esc(t('daftar.summary_csv'))}</button>
      <button type="button" class="btn ghost" data-act="print">${esc(t('daftar.print'))}</button>
    </div>
  </div>`;
}

async function onClick(e) {
  const b = e.target.closest('[data-act]');
  if (!b || !S.root.contains(b)) return;
  const act = b.dataset.act;
  if (act === 'why') {
    const row = Number(b.dataset.row);
    S.openRow = S.openRow === row ? null : row;
    await query();
    const again = $(`[data-act="why"][data-row="${row}"]`, S.root);
    again && again.focus();
  } else if (act === 'fix') {
    const row = Number(b.dataset.row);
    const cells = await call('cells', { row });
    if (cells.error) return showError(cells.error);
    const page = await call('query', { filter: { kind: 'errors' }, offset: 0, limit: 1000, lang: lang() });
    const r = page.rows.find((x) => x.row === row);
    S.editRow = { row, headers: cells.headers, cells: cells.cells, messages: r ? r.errors.map((m) => m.message) : [] };
    renderEdit();
    $('#dt-edit', S.root).scrollIntoView({ block: 'start' });
  } else if (act === 'edit-cancel') {
    S.editRow = null; renderEdit();
  } else if (act === 'prev' || act === 'next') {
    S.offset = Math.max(0, S.offset + (act === 'next' ? PAGE : -PAGE));
    await query();
  } else if (act === 'map') {
    const mapping = {};
    for (const s of $$('#dt-map select', S.root)) mapping[s.dataset.field] = s.value ? Number(s.value) : '';
    await rerun({ mapping });
  } else if (act === 'clear') {
    if (!confirm(t('daftar.clear_confirm'))) return;
    try { await clearEverything(); } catch (err) { return showError(errorText(err)); }
    S.data = null; S.lastMeta = null; S.editRow = null; S.openRow = null;
    delete document.documentElement.dataset.rosterSaved;
    $('#dt-file', S.root).value = '';
    setBusy(false);
    renderAll();
    renderStuck(null);
    $('#dt-status', S.root).textContent = t('daftar.cleared');
  } else if (act === 'retry') {
    renderStuck(null);
    await restore(true);
  } else if (act === 'export-csv' || act === 'export-xlsx') {
    const fmt = act === 'export-csv' ? 'csv' : 'xlsx';
    const blob = call('export', { format: fmt, asOf: S.ctx.asOf() });
    await download(fmt === 'csv' ? csvFor(blob) : blob, baseName() + '_hasil.' + fmt);
  } else if (act === 'summary-csv') {
    // The summary as the engine gave it, laid out for Excel (exports.js); ',' when the engine's own bytes were chosen.
    const sep = S.csvSep === ',' || S.csvSep === 'raw' ? ',' : ';';
    await download(Promise.resolve(new Blob([summaryCsv(S.data.summary, S.data.meta.name, sep)], { type: 'text/csv;charset=utf-8' })), baseName() + '_ringkasan.csv');
  } else if (act === 'print') {
    document.body.classList.add('print-roster');
    window.print();
    setTimeout(() => document.body.classList.remove('print-roster'), 500);
  } else if (act === 'set-last') {
    const r = await call('setLast', {});
    S.lastMeta = r.last; renderRecon();
  } else if (act === 'recon') {
    await reconcile();
  } else if (act === 'recon-csv' || act === 'recon-xlsx') {
    const fmt = act === 'recon-csv' ? 'csv' : 'xlsx';
    const blob = call('export', { format: fmt, asOf: S.ctx.asOf(), which: 'reconcile' });
    await download(fmt === 'csv' ? csvFor(blob) : blob, baseName() + '_perubahan.' + fmt);
  } else if (act === 'clear-last') {
    await call('clear', { which: 'last' });
    S.lastMeta = null; renderRecon();
  } else if (act === 'budget') {
    await runBudget();
  }
}

// The rule-update panel (app.js) asks this bundle what a pending bundle changes for the saved budget plan.
export { planImpact } from './plan-impact.js';
