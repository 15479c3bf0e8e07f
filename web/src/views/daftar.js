// Journey 4, Daftar (roster): import a CSV or Excel list, map its columns, validate and evaluate
// every row in a Web Worker (the C++ roster code in WebAssembly), see who must / may join what and
// what it costs per payer, fix flagged rows, export CSV/XLSX, print a summary, compare with last
// month and plan a village budget. Loaded lazily (its own chunk). Nothing leaves the device: the
// roster is kept in IndexedDB until "Hapus data".
import { esc, $, $$, debounce } from '../dom.js';
import { t, pick, getLang, setLang } from '../i18n.js';
import { formatRupiah, formatDate, formatMonth, parseRupiah } from '../format.js';
import { PROGRAMS, statusChip, programName } from '../ui.js';

const STATUSES = ['mandatory', 'optional', 'not_eligible', 'need_info'];
const ROLES = ['kepala_desa', 'perangkat_desa', 'bpd', 'pendamping_desa', 'non_asn', 'bumdes', 'pekerja_rentan', 'pns', 'cpns', 'pppk', 'tni_polri'];
const PU_ROLES = ['kepala_desa', 'perangkat_desa', 'bpd', 'pendamping_desa', 'non_asn', 'bumdes'];
const PARTIES = ['employer', 'worker', 'government'];
const PAGE = 50;

// ---- worker client ---------------------------------------------------------------------------
let worker = null, seq = 0;
const pending = new Map();
const listeners = { progress: null, saved: null };
let workerReady = null;
function client() {
  if (worker) return workerReady;
  worker = new Worker(new URL('./roster-worker.js', import.meta.url), { type: 'module' });
  workerReady = new Promise((ok, fail) => {
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.type === 'ready') return ok();
      if (m.type === 'fail') return fail(new Error(m.message));
      if (m.type === 'progress') return listeners.progress && listeners.progress(m);
      if (m.type === 'saved' || m.type === 'save-failed') return listeners.saved && listeners.saved(m);
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      m.ok ? p.resolve(m.result) : p.reject(new Error(m.error));
    };
    worker.onerror = (e) => fail(new Error(e.message || 'worker error'));
  });
  return workerReady;
}
function call(op, args = {}) {
  client();
  const id = ++seq;
  return new Promise((resolve, reject) => { pending.set(id, { resolve, reject }); worker.postMessage({ id, op, ...args }); });
}

// ---- state -----------------------------------------------------------------------------------
let root, ctx;
let data = null;          // last run: { meta, summary, mapping, page, error }
let lastMeta = null;
let filter = { kind: 'all', ps: '', role: '', q: '' };
let offset = 0;
let openRow = null;       // row whose details are open
let editRow = null;       // { row, headers, cells, messages }
const budget = { people: '120', role: 'pekerja_rentan', pay: '', sector: 'other', jht: false, months: '12', from: '2026-04' };

const R = (n) => formatRupiah(n, getLang());
const N = (n) => new Intl.NumberFormat(getLang() === 'en' ? 'en-US' : 'id-ID').format(n);
const lang = () => getLang();

export function mount(main, c) {
  ctx = c; root = main;
  setLang(c.lang);   // this bundle has its own copy of the i18n module

  const from = ctx.asOf().slice(0, 7);
  if (!budget.touched) budget.from = from;
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
      </div>
      <div id="dt-progress-box" hidden><label for="dt-progress" id="dt-progress-label">${esc(t('daftar.working'))}</label>
        <progress id="dt-progress" max="1" value="0"></progress></div>
      <p id="dt-status" class="small" role="status" aria-live="polite"></p>
      <div id="dt-file-line"></div>
    </div>
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
  listeners.progress = (m) => {
    const p = $('#dt-progress', root);
    if (p) { p.value = m.total ? m.bytes / m.total : 0; $('#dt-status', root).textContent = t('daftar.progress', { rows: N(m.rows) }); }
  };
  listeners.saved = (m) => {
    if (!root || !root.isConnected) return;
    const el = $('#dt-saved', root);
    if (m.type === 'saved') { if (el) el.textContent = t('daftar.saved'); document.documentElement.dataset.rosterSaved = m.key; }
    else if (el) el.textContent = t('daftar.save_failed', { message: m.message });
  };
  renderBudget();
  if (data) renderAll();
  restore();
}

async function restore() {
  if (data) return;
  setBusy(true, t('daftar.restoring'));
  try {
    const r = await call('restore', { asOf: ctx.asOf(), lang: lang() });
    lastMeta = r.last;
    if (r.result) { data = r.result; offset = 0; }
  } catch (e) { showError(e.message); }
  setBusy(false);
  if (root && root.isConnected) renderAll();
}

export async function refresh() {
  if (!root || !root.isConnected) return;
  setLang(ctx.lang);
  renderBudget();
  if (!data || !data.meta) return;
  await rerun({});
}

function setBusy(on, text) {
  const box = $('#dt-progress-box', root);
  if (!box) return;
  box.hidden = !on;
  if (on) { $('#dt-progress', root).value = 0; $('#dt-status', root).textContent = text || t('daftar.working'); }
  root.setAttribute('aria-busy', on ? 'true' : 'false');
}

function showError(msg) {
  const el = $('#dt-error', root);
  if (el) el.innerHTML = msg ? `<p class="callout bad">${esc(msg)}</p>` : '';
}

async function importFile(file, target) {
  performance.clearMarks('roster-import-start');
  performance.mark('roster-import-start');
  showError('');
  setBusy(true, t('daftar.reading', { name: file.name }));
  try {
    const r = await call('import', { file, name: file.name, target, asOf: ctx.asOf(), lang: lang() });
    if (target === 'last') { lastMeta = r.last; renderRecon(); setBusy(false); return; }
    data = r; offset = 0; openRow = null; editRow = null; filter = { kind: 'all', ps: '', role: '', q: '' };
    renderAll();
    setBusy(false);
    performance.mark('roster-import-done');
    const m = performance.measure('roster-import', 'roster-import-start', 'roster-import-done');
    window.__jamsosRoster = { ms: m.duration, engineMs: r.ms && r.ms.eval, readMs: r.ms && r.ms.read, rows: r.summary ? r.summary.rows : 0 };
    $('#dt-status', root).textContent = r.summary ? t('daftar.done', { rows: N(r.summary.rows), s: new Intl.NumberFormat(getLang() === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 2 }).format(m.duration / 1000) }) : '';
  } catch (e) { setBusy(false); showError(e.message); }
}

async function rerun(args) {
  setBusy(true);
  try {
    data = await call('rerun', { asOf: ctx.asOf(), lang: lang(), ...args });
    offset = 0; openRow = null;
    renderAll();
  } catch (e) { showError(e.message); }
  setBusy(false);
}

function renderAll() {
  if (!root || !root.isConnected) return;
  renderFileLine();
  showError(data && data.error ? t('daftar.fatal', { message: data.error }) : '');
  renderSheet();
  renderMapping();
  renderSummary();
  renderEdit();
  renderTable(data && data.page);
  renderRecon();
  document.documentElement.dataset.roster = data && data.summary ? 'ready' : 'none';
}

function renderFileLine() {
  const el = $('#dt-file-line', root);
  if (!data || !data.meta) { el.innerHTML = `<p class="small">${esc(t('daftar.none'))}</p>`; return; }
  const m = data.meta;
  el.innerHTML = `<p class="fileline"><strong id="dt-name">${esc(m.name)}</strong> · ${esc(m.kind.toUpperCase())}${m.edits ? ' · ' + esc(t('daftar.edits', { n: m.edits })) : ''}
    <br><span class="small" id="dt-saved">${esc(t('daftar.kept_local'))}</span></p>
    <div class="buttons"><button type="button" class="btn danger" data-act="clear">${esc(t('daftar.clear'))}</button></div>`;
}

function renderSheet() {
  const el = $('#dt-sheet', root);
  const m = data && data.meta;
  if (!m || !m.sheets || m.sheets.length < 2) { el.innerHTML = ''; return; }
  el.innerHTML = `<div class="card no-print"><div class="field"><label for="dt-sheet-sel">${esc(t('daftar.sheet'))}</label>
    <select id="dt-sheet-sel">${m.sheets.map((s, i) => `<option value="${i}"${i === m.sheet ? ' selected' : ''}>${esc(s)}</option>`).join('')}</select></div></div>`;
  $('#dt-sheet-sel', root).addEventListener('change', (e) => rerun({ sheet: Number(e.target.value) }));
}

function renderMapping() {
  const el = $('#dt-mapping', root);
  const mp = data && data.mapping;
  if (!mp || !mp.headers) { el.innerHTML = ''; return; }
  const fieldLabel = (f) => pick(f, 'label');
  const rows = mp.fields.map((f) => {
    const cur = mp.mapping[f.code];
    const opts = [`<option value="">${esc(t('daftar.map_none'))}</option>`, ...mp.headers.map((h, i) =>
      `<option value="${i + 1}"${cur && cur.column === i ? ' selected' : ''}>${esc(h || t('daftar.col_n', { n: i + 1 }))}</option>`)];
    return `<div class="field map-field"><label for="dt-map-${f.code}">${esc(fieldLabel(f))}</label><select id="dt-map-${f.code}" data-field="${f.code}">${opts.join('')}</select></div>`;
  }).join('');
  const mapped = mp.fields.filter((f) => mp.mapping[f.code]).length;
  el.innerHTML = `<details class="card no-print" id="dt-map"${data.error ? ' open' : ''}><summary>${esc(t('daftar.mapping', { n: mapped, of: mp.fields.length }))}</summary>
    <p class="hint">${esc(t('daftar.mapping_hint'))}</p>
    ${mp.unmapped_headers && mp.unmapped_headers.length ? `<p class="small">${esc(t('daftar.unmapped', { list: mp.unmapped_headers.join(', ') }))}</p>` : ''}
    <div class="map-grid">${rows}</div>
    <div class="buttons"><button type="button" class="btn" data-act="map">${esc(t('daftar.map_apply'))}</button></div></details>`;
}

function kpi(label, value, id, cls = '') {
  return `<div class="kpi ${cls}"><span class="kl">${esc(label)}</span><span class="kv" id="${id}">${esc(value)}</span></div>`;
}

function renderSummary() {
  const el = $('#dt-summary', root);
  const s = data && data.summary;
  if (!s) { el.innerHTML = ''; return; }
  const L = lang();
  const progRows = PROGRAMS.map((p) => {
    const x = s.programs[p];
    return `<tr><th scope="row">${programName(p)}</th>${STATUSES.map((st) => `<td class="num">${N(x[st])}</td>`).join('')}<td class="num">${N(x.enrolled)}</td><td class="num" data-prog="${p}">${esc(R(x.total))}</td></tr>`;
  }).join('');
  const payers = s.payers.filter((p) => p.amount).map((p) =>
    `<li data-payer="${esc(p.code)}"><span>${esc(pick(p, 'label'))}</span><strong>${esc(R(p.amount))}</strong></li>`).join('');
  el.innerHTML = `<div class="card roster-summary" id="dt-sum">
    <h2>${esc(t('daftar.summary_title', { month: formatMonth(s.as_of, L) }))}</h2>
    <p class="small print-only">${esc(data.meta.name)} · ${esc(t('rules.version'))} ${esc(s.rules_version)} · ${esc(formatDate(s.as_of, L))}</p>
    <div class="kpis">
      ${kpi(t('daftar.k_rows'), N(s.rows), 'dt-k-rows')}
      ${kpi(t('daftar.k_valid'), N(s.valid), 'dt-k-valid')}
      ${kpi(t('daftar.k_errors'), N(s.errors), 'dt-k-errors', s.errors ? 'bad' : '')}
      ${kpi(t('daftar.k_warnings'), N(s.with_warnings), 'dt-k-warnings')}
      ${kpi(t('daftar.k_duplicates'), N(s.duplicates), 'dt-k-dup')}
      ${kpi(t('daftar.k_total'), R(s.totals.monthly), 'dt-k-total')}
    </div>
    <div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.per_program'))}"><table class="grid" id="dt-progs"><caption>${esc(t('daftar.per_program'))}</caption>
      <thead><tr><th scope="col">${esc(t('table.program'))}</th>${STATUSES.map((st) => `<th scope="col" class="num">${esc(t('status.' + st))}</th>`).join('')}<th scope="col" class="num">${esc(t('daftar.enrolled'))}</th><th scope="col" class="num">${esc(t('daftar.amount'))}</th></tr></thead>
      <tbody>${progRows}</tbody></table></div>
    <div class="cols2">
      <div><h3>${esc(t('daftar.per_party'))}</h3><ul class="sumlist" id="dt-parties">
        ${PARTIES.map((p) => `<li data-party="${p}"><span>${esc(t('daftar.party.' + p))}</span><strong>${esc(R(s.totals[p]))}</strong></li>`).join('')}
        <li class="tot"><span>${esc(t('table.total'))}</span><strong id="dt-total">${esc(R(s.totals.total))}</strong></li></ul>
        ${s.totals.one_time ? `<p class="small">${esc(t('daftar.one_time', { amount: R(s.totals.one_time) }))}</p>` : ''}</div>
      <div><h3>${esc(t('daftar.per_payer'))}</h3><ul class="sumlist" id="dt-payers">${payers || `<li>${esc(t('desa.nothing_due'))}</li>`}</ul></div>
    </div>
    ${s.incomplete ? `<p class="need">${esc(t('daftar.incomplete', { n: N(s.incomplete) }))}</p>` : ''}
    ${s.jp_ceiling_warning ? `<p class="need">${esc(t('daftar.jp_ceiling'))}</p>` : ''}
    <div class="buttons no-print">
      <button type="button" class="btn" data-act="export-csv">${esc(t('daftar.export_csv'))}</button>
      <button type="button" class="btn" data-act="export-xlsx">${esc(t('daftar.export_xlsx'))}</button>
      <button type="button" class="btn ghost" data-act="print">${esc(t('daftar.print'))}</button>
    </div>
  </div>`;
}

function filterObj() {
  const f = { kind: filter.kind, role: filter.role, q: filter.q };
  if (filter.ps) { const [p, st] = filter.ps.split(':'); f.program = p; f.status = st; }
  return f;
}

async function query() {
  try {
    const page = await call('query', { filter: filterObj(), offset, limit: PAGE, lang: lang() });
    renderTable(page, true);
  } catch (e) { showError(e.message); }
}
const queryLater = debounce(() => { offset = 0; query(); }, 200);

function renderTable(page, keepFilters) {
  const el = $('#dt-table', root);
  if (!data || !data.summary || !page) { el.innerHTML = ''; return; }
  const body = page.rows.map(rowHtml).join('');
  const from = page.matches ? page.offset + 1 : 0, to = Math.min(page.offset + PAGE, page.matches);
  const pager = `<div class="pager"><button type="button" class="btn ghost" data-act="prev"${page.offset <= 0 ? ' disabled' : ''}>${esc(t('daftar.prev'))}</button>
    <span id="dt-range" aria-live="polite">${esc(t('daftar.range', { from: N(from), to: N(to), n: N(page.matches) }))}</span>
    <button type="button" class="btn ghost" data-act="next"${to >= page.matches ? ' disabled' : ''}>${esc(t('daftar.next'))}</button></div>`;
  const table = `<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.table'))}"><table class="grid rows" id="dt-rows"><caption class="sr-only">${esc(t('daftar.table'))}</caption>
    <thead><tr><th scope="col" class="num">${esc(t('daftar.c_row'))}</th><th scope="col">${esc(t('daftar.c_person'))}</th>${PROGRAMS.map((p) => `<th scope="col">${programName(p)}</th>`).join('')}
    ${PARTIES.map((p) => `<th scope="col" class="num">${esc(t('daftar.party.' + p))}</th>`).join('')}<th scope="col" class="num">${esc(t('table.total'))}</th></tr></thead>
    <tbody>${body || `<tr><td colspan="11">${esc(t('daftar.no_match'))}</td></tr>`}</tbody></table></div>`;
  if (keepFilters && $('#dt-rows-box', root)) {
    $('#dt-rows-box', root).innerHTML = table + pager;
    return;
  }
  const psOpts = [['', t('daftar.f_all_programs')], ...PROGRAMS.flatMap((p) => STATUSES.map((st) => [`${p}:${st}`, `${p}: ${t('status.' + st)}`]))];
  el.innerHTML = `<div class="card" id="dt-results"><h2>${esc(t('daftar.results'))}</h2>
    <div class="filters no-print">
      <div class="field"><label for="dt-f-kind">${esc(t('daftar.f_kind'))}</label><select id="dt-f-kind">
        ${['all', 'errors', 'warnings', 'incomplete', 'ok'].map((k) => `<option value="${k}"${filter.kind === k ? ' selected' : ''}>${esc(t('daftar.kind.' + k))}</option>`).join('')}</select></div>
      <div class="field"><label for="dt-f-ps">${esc(t('daftar.f_status'))}</label><select id="dt-f-ps">
        ${psOpts.map(([v, l]) => `<option value="${v}"${filter.ps === v ? ' selected' : ''}>${esc(l)}</option>`).join('')}</select></div>
      <div class="field"><label for="dt-f-role">${esc(t('daftar.f_role'))}</label><select id="dt-f-role">
        <option value="">${esc(t('daftar.f_all_roles'))}</option>${ROLES.map((r) => `<option value="${r}"${filter.role === r ? ' selected' : ''}>${esc(t('role.' + r))}</option>`).join('')}</select></div>
      <div class="field"><label for="dt-f-q">${esc(t('daftar.f_q'))}</label><input type="text" id="dt-f-q" value="${esc(filter.q)}" autocomplete="off"></div>
    </div>
    <div id="dt-rows-box">${table}${pager}</div></div>`;
  const set = (k) => (e) => { filter[k] = e.target.value; if (k === 'q') queryLater(); else { offset = 0; query(); } };
  $('#dt-f-kind', root).addEventListener('change', set('kind'));
  $('#dt-f-ps', root).addEventListener('change', set('ps'));
  $('#dt-f-role', root).addEventListener('change', set('role'));
  $('#dt-f-q', root).addEventListener('input', set('q'));
}

function rowHtml(r) {
  const cls = r.errors.length ? 'r-err' : r.warnings.length ? 'r-warn' : '';
  const role = r.role ? (ROLES.includes(r.role) ? t('role.' + r.role) : r.role) : '';
  // "Tidak berhak" as a dash keeps the table narrow (the legend is the filter's list).
  const statuses = r.status ? r.status.map((st) => `<td>${st === 'not_eligible' ? `<span class="na" aria-hidden="true">–</span><span class="sr-only">${esc(t('status.not_eligible'))}</span>` : statusChip(st)}</td>`).join('') : `<td colspan="5" class="errcell">${esc(t('daftar.not_evaluated'))}</td>`;
  const money = r.totals ? [0, 1, 2, 3].map((k) => `<td class="num">${r.totals[k] ? esc(R(r.totals[k])) : '<span class="na">–</span>'}</td>`).join('') : '<td colspan="4"></td>';
  const n = r.errors.length + r.warnings.length;
  const toggle = `<button type="button" class="link small-btn" data-act="why" data-row="${r.row}" aria-expanded="${openRow === r.row}">${esc(n ? t('daftar.why_n', { n }) : t('daftar.why'))}</button>`;
  const fix = r.editable ? ` <button type="button" class="link small-btn" data-act="fix" data-row="${r.row}">${esc(t('daftar.fix'))}</button>` : '';
  let html = `<tr class="${cls}" data-row="${r.row}"><td class="num">${r.row}</td><td><span class="nm">${esc(r.nama || '–')}</span><span class="sub">${esc(r.nik)}${role ? ' · ' + esc(role) : ''}</span>${toggle}${fix}</td>${statuses}${money}</tr>`;
  if (openRow === r.row) html += `<tr class="detail"><td colspan="11">${detailHtml(r)}</td></tr>`;
  return html;
}

function detailHtml(r) {
  const msgs = [...r.errors.map((m) => `<li class="e">${esc(m.message)}</li>`), ...r.warnings.map((m) => `<li class="w">${esc(m.message)}</li>`)].join('');
  let amounts = '';
  if (r.amounts) {
    amounts = `<table class="grid mini"><thead><tr><th scope="col">${esc(t('table.program'))}</th>${PARTIES.map((p) => `<th scope="col" class="num">${esc(t('daftar.party.' + p))}</th>`).join('')}</tr></thead><tbody>` +
      PROGRAMS.map((p, i) => `<tr><th scope="row">${p} ${statusChip(r.status[i])}</th>${PARTIES.map((_, k) => `<td class="num">${r.amounts[i] ? esc(R(r.amounts[i][k])) : '–'}</td>`).join('')}</tr>`).join('') + '</tbody></table>';
    if (r.payers) amounts += `<p class="small">${esc(t('daftar.payers_line', { e: t('payer.' + r.payers[0]), w: t('payer.' + r.payers[1]), g: t('payer.' + r.payers[2]) }))}</p>`;
    if (r.complete === false) amounts += `<p class="need">${esc(t('daftar.row_incomplete'))}</p>`;
  }
  return `<div class="rowdetail">${msgs ? `<ul class="msgs">${msgs}</ul>` : `<p class="small">${esc(t('daftar.no_issue'))}</p>`}${amounts}</div>`;
}

function renderEdit() {
  const el = $('#dt-edit', root);
  if (!editRow) { el.innerHTML = ''; return; }
  const fields = editRow.headers.map((h, i) => `<div class="field"><label for="dt-e-${i}">${esc(h || t('daftar.col_n', { n: i + 1 }))}</label>
    <input type="text" id="dt-e-${i}" data-i="${i}" value="${esc(editRow.cells[i] ?? '')}" autocomplete="off"></div>`).join('');
  el.innerHTML = `<form class="card" id="dt-edit-form"><h2 id="dt-edit-h">${esc(t('daftar.edit_title', { row: editRow.row }))}</h2>
    <ul class="msgs">${editRow.messages.map((m) => `<li class="e">${esc(m)}</li>`).join('')}</ul>
    <div class="map-grid">${fields}</div>
    <p class="hint">${esc(t('daftar.edit_hint'))}</p>
    <div class="buttons"><button type="submit" class="btn" id="dt-edit-save">${esc(t('daftar.edit_save'))}</button>
      <button type="button" class="btn ghost" data-act="edit-cancel">${esc(t('daftar.edit_cancel'))}</button></div></form>`;
  $('#dt-edit-form', root).addEventListener('submit', async (e) => {
    e.preventDefault();
    const cells = editRow.headers.map((_, i) => $('#dt-e-' + i, root).value);
    const row = editRow.row;
    editRow = null;
    setBusy(true);
    try {
      data = await call('edit', { row, cells, asOf: ctx.asOf(), lang: lang() });
      openRow = row;
      filter = { kind: 'all', ps: '', role: '', q: '' };
      renderAll();
      // Show the edited row: page through to it.
      const r = await call('query', { filter: { q: '' }, offset: 0, limit: 1000000, lang: lang() }).catch(() => null);
      if (r) {
        const idx = r.rows.findIndex((x) => x.row === row);
        if (idx >= 0) { offset = Math.floor(idx / PAGE) * PAGE; await query(); }
      }
      $('#dt-status', root).textContent = t('daftar.edited', { row });
    } catch (err) { showError(err.message); }
    setBusy(false);
  });
  $('#dt-e-0', root) && $('#dt-e-0', root).focus();
}

async function onClick(e) {
  const b = e.target.closest('[data-act]');
  if (!b || !root.contains(b)) return;
  const act = b.dataset.act;
  if (act === 'why') {
    const row = Number(b.dataset.row);
    openRow = openRow === row ? null : row;
    await query();
    const again = $(`[data-act="why"][data-row="${row}"]`, root);
    again && again.focus();
  } else if (act === 'fix') {
    const row = Number(b.dataset.row);
    const cells = await call('cells', { row });
    if (cells.error) return showError(cells.error);
    const page = await call('query', { filter: { kind: 'errors' }, offset: 0, limit: 1000, lang: lang() });
    const r = page.rows.find((x) => x.row === row);
    editRow = { row, headers: cells.headers, cells: cells.cells, messages: r ? r.errors.map((m) => m.message) : [] };
    renderEdit();
    $('#dt-edit', root).scrollIntoView({ block: 'start' });
  } else if (act === 'edit-cancel') {
    editRow = null; renderEdit();
  } else if (act === 'prev' || act === 'next') {
    offset = Math.max(0, offset + (act === 'next' ? PAGE : -PAGE));
    await query();
  } else if (act === 'map') {
    const mapping = {};
    for (const s of $$('#dt-map select', root)) mapping[s.dataset.field] = s.value ? Number(s.value) : '';
    await rerun({ mapping });
  } else if (act === 'clear') {
    if (!confirm(t('daftar.clear_confirm'))) return;
    await call('clear', {});
    data = null; lastMeta = null; editRow = null; openRow = null;
    delete document.documentElement.dataset.rosterSaved;
    $('#dt-file', root).value = '';
    renderAll();
    $('#dt-status', root).textContent = t('daftar.cleared');
  } else if (act === 'export-csv' || act === 'export-xlsx') {
    const fmt = act === 'export-csv' ? 'csv' : 'xlsx';
    await download(call('export', { format: fmt, asOf: ctx.asOf() }), baseName() + '_hasil.' + fmt);
  } else if (act === 'print') {
    document.body.classList.add('print-roster');
    window.print();
    setTimeout(() => document.body.classList.remove('print-roster'), 500);
  } else if (act === 'set-last') {
    const r = await call('setLast', {});
    lastMeta = r.last; renderRecon();
  } else if (act === 'recon') {
    await reconcile();
  } else if (act === 'recon-csv' || act === 'recon-xlsx') {
    const fmt = act === 'recon-csv' ? 'csv' : 'xlsx';
    await download(call('export', { format: fmt, asOf: ctx.asOf(), which: 'reconcile' }), baseName() + '_perubahan.' + fmt);
  } else if (act === 'clear-last') {
    await call('clear', { which: 'last' });
    lastMeta = null; renderRecon();
  } else if (act === 'budget') {
    await runBudget();
  }
}

function baseName() {
  return ((data && data.meta && data.meta.name) || 'daftar').replace(/\.(csv|xlsx|txt)$/i, '').replace(/[^\w.-]+/g, '_');
}

async function download(blobPromise, name) {
  try {
    const blob = await blobPromise;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (e) { showError(e.message); }
}

// ---- reconciliation ----------------------------------------------------------------------------
function renderRecon(result) {
  const el = $('#dt-recon', root);
  if (!el) return;
  if (!data || !data.summary) { el.innerHTML = ''; return; }
  const lm = lastMeta;
  let out = '';
  if (result) {
    const s = result.summary;
    const L = lang();
    const rows = result.rows;
    const head = rows[0] || [];
    const ix = (k) => head.indexOf(k);
    const list = rows.slice(1, 201).map((r) => {
      const ch = r[ix('change')];
      const delta = Number(r[ix('delta')] || 0);
      return `<tr class="ch-${esc(ch)}"><td>${esc(t('daftar.change.' + ch))}</td><td class="num">${esc(r[ix('row')])}</td><td><span class="nm">${esc(r[ix('nama')])}</span><span class="sub">${esc(r[ix('nik')])}</span></td>
        <td>${esc(changedText(r, ix))}</td><td class="num">${r[ix('total_last')] ? esc(R(Number(r[ix('total_last')]))) : '–'}</td><td class="num">${r[ix('total_this')] ? esc(R(Number(r[ix('total_this')]))) : '–'}</td>
        <td class="num">${delta ? (delta > 0 ? '+' : '') + esc(R(delta)) : '–'}</td></tr>`;
    }).join('');
    const delta = s.delta.total;
    out = `<div class="kpis" id="dt-recon-kpis">
        ${kpi(t('daftar.change.added'), N(s.added), 'dt-r-added')}${kpi(t('daftar.change.removed'), N(s.removed), 'dt-r-removed')}
        ${kpi(t('daftar.change.changed'), N(s.changed), 'dt-r-changed')}${kpi(t('daftar.change.amount_changed'), N(s.amount_changed), 'dt-r-amount')}
        ${kpi(t('daftar.recon_delta'), (delta > 0 ? '+' : '') + R(delta), 'dt-r-delta')}</div>
      <p>${esc(t('daftar.recon_totals', { last: R(s.last_totals.total), now: R(s.this_totals.total), lastDate: formatDate(s.last_as_of, L), thisDate: formatDate(s.this_as_of, L) }))}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.recon_title'))}"><table class="grid rows" id="dt-recon-rows"><thead><tr><th scope="col">${esc(t('daftar.c_change'))}</th><th scope="col" class="num">${esc(t('daftar.c_row'))}</th><th scope="col">${esc(t('daftar.c_person'))}</th>
        <th scope="col">${esc(t('daftar.c_what'))}</th><th scope="col" class="num">${esc(t('daftar.c_last'))}</th><th scope="col" class="num">${esc(t('daftar.c_this'))}</th><th scope="col" class="num">${esc(t('daftar.c_delta'))}</th></tr></thead>
        <tbody>${list || `<tr><td colspan="7">${esc(t('daftar.no_change'))}</td></tr>`}</tbody></table></div>
      ${rows.length > 201 ? `<p class="small">${esc(t('daftar.recon_more', { n: N(rows.length - 201) }))}</p>` : ''}
      <div class="buttons"><button type="button" class="btn" data-act="recon-csv">${esc(t('daftar.export_csv'))}</button><button type="button" class="btn" data-act="recon-xlsx">${esc(t('daftar.export_xlsx'))}</button></div>`;
  }
  el.innerHTML = `<div class="card no-print-recon" id="dt-recon-card"><h2>${esc(t('daftar.recon_title'))}</h2>
    <p class="hint">${esc(t('daftar.recon_hint'))}</p>
    <p class="small" id="dt-last-line">${lm ? esc(t('daftar.last_is', { name: lm.name })) : esc(t('daftar.last_none'))}</p>
    <div class="field"><label for="dt-last-file">${esc(t('daftar.last_file'))}</label><input type="file" id="dt-last-file" accept=".csv,.txt,.xlsx"></div>
    <div class="buttons"><button type="button" class="btn ghost" data-act="set-last">${esc(t('daftar.set_last'))}</button>
      ${lm ? `<button type="button" class="btn" data-act="recon" id="dt-recon-run">${esc(t('daftar.recon_run'))}</button><button type="button" class="btn ghost" data-act="clear-last">${esc(t('daftar.clear_last'))}</button>` : ''}</div>
    <div id="dt-recon-out">${out}</div></div>`;
  $('#dt-last-file', root).addEventListener('change', (e) => { const f = e.target.files[0]; if (f) importFile(f, 'last'); });
}

function changedText(r, ix) {
  const ch = r[ix('change')];
  if (ch === 'error') return r[ix('error')];
  if (ch === 'added' || ch === 'removed') return r[ix('role_this')] || r[ix('role_last')] ? t('role.' + (r[ix('role_this')] || r[ix('role_last')])) : '';
  const parts = [];
  const fields = (r[ix('changed_fields')] || '').split(/[;| ]+/).filter(Boolean);
  for (const f of fields) {
    if (f === 'wage') parts.push(t('daftar.ch_wage', { a: R(Number(r[ix('wage_last')] || 0)), b: R(Number(r[ix('wage_this')] || 0)) }));
    else if (f === 'role') parts.push(t('daftar.ch_role', { a: t('role.' + r[ix('role_last')]), b: t('role.' + r[ix('role_this')]) }));
    else parts.push(t('daftar.ch_field.' + f));
  }
  if (ch === 'amount_changed' && !parts.length) parts.push(t('daftar.ch_amount'));
  return parts.join('; ');
}

async function reconcile() {
  setBusy(true);
  try {
    const r = await call('reconcile', { asOf: ctx.asOf() });
    renderRecon(r);
  } catch (e) { showError(e.message); }
  setBusy(false);
}

// ---- budget planner ---------------------------------------------------------------------------
function renderBudget() {
  const el = $('#dt-budget', root);
  if (!el) return;
  const b = budget;
  const bpu = b.role === 'pekerja_rentan';
  el.innerHTML = `<form class="card no-print" id="dt-budget-form"><h2>${esc(t('daftar.budget_title'))}</h2>
    <p class="hint">${esc(t('daftar.budget_hint'))}</p>
    <div class="map-grid">
      <div class="field"><label for="bg-people">${esc(t('daftar.b_people'))}</label><input type="text" inputmode="numeric" id="bg-people" data-b="people" value="${esc(b.people)}"></div>
      <div class="field"><label for="bg-role">${esc(t('daftar.b_role'))}</label><select id="bg-role" data-b="role">${ROLES.filter((r) => PU_ROLES.includes(r) || r === 'pekerja_rentan').map((r) => `<option value="${r}"${r === b.role ? ' selected' : ''}>${esc(t('role.' + r))}</option>`).join('')}</select></div>
      <div class="field"><label for="bg-pay">${esc(bpu ? t('field.declared_income') : t('desa.siltap'))}</label><input type="text" inputmode="decimal" id="bg-pay" data-b="pay" value="${esc(b.pay)}" placeholder="${esc(bpu ? '1.000.000' : '2.500.000')}" aria-describedby="bg-pay-hint"><p class="hint" id="bg-pay-hint">${esc(bpu ? t('daftar.b_income_hint') : t('daftar.b_wage_hint'))}</p></div>
      ${bpu ? `<div class="field"><label for="bg-sector">${esc(t('field.bpu_sector'))}</label><select id="bg-sector" data-b="sector">${['other', 'transport'].map((v) => `<option value="${v}"${v === b.sector ? ' selected' : ''}>${esc(t('sector.' + v))}</option>`).join('')}</select></div>` : ''}
      <div class="field"><label for="bg-months">${esc(t('daftar.b_months'))}</label><input type="text" inputmode="numeric" id="bg-months" data-b="months" value="${esc(b.months)}"></div>
      <div class="field"><label for="bg-from">${esc(t('daftar.b_from'))}</label><input type="month" id="bg-from" data-b="from" value="${esc(b.from)}"></div>
    </div>
    <div class="field check"><label class="radio" for="bg-jht"><input type="checkbox" id="bg-jht" data-b="jht"${b.jht ? ' checked' : ''}><span><span class="rl">${esc(t('opt.JHT'))}</span></span></label></div>
    <div class="buttons"><button type="submit" class="btn" id="bg-run">${esc(t('daftar.b_run'))}</button></div>
    <p class="err" id="bg-err" role="alert" hidden></p>
    <div id="bg-out" aria-live="polite"></div></form>`;
  const form = $('#dt-budget-form', root);
  form.addEventListener('change', (e) => {
    const k = e.target.dataset.b;
    if (!k) return;
    budget[k] = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
    budget.touched = true;
    if (k === 'role') renderBudget();
  });
  form.addEventListener('input', (e) => { const k = e.target.dataset.b; if (k && e.target.type !== 'checkbox') budget[k] = e.target.value; });
  form.addEventListener('submit', (e) => { e.preventDefault(); runBudget(); });
}

async function runBudget() {
  const b = budget;
  const err = $('#bg-err', root);
  const fail = (m) => { err.textContent = m; err.hidden = false; };
  err.hidden = true;
  const people = Number(b.people), months = Number(b.months);
  if (!Number.isInteger(people) || people < 0) return fail(t('daftar.b_bad_people'));
  if (!Number.isInteger(months) || months < 1 || months > 600) return fail(t('daftar.b_bad_months'));
  if (!/^\d{4}-\d{2}$/.test(b.from)) return fail(t('daftar.b_bad_from'));
  const tmpl = { role: b.role };
  if (b.pay.trim()) {
    const m = parseRupiah(b.pay);
    if (!m.ok) return fail(t(m.error));
    tmpl[b.role === 'pekerja_rentan' ? 'declared_income' : 'monthly_wage'] = m.value;
  }
  if (b.role === 'pekerja_rentan') tmpl.bpu_sector = b.sector;
  if (b.jht) tmpl.opt_in = ['JHT'];
  let r;
  try { r = await call('budget', { template: tmpl, people, from: b.from, months }); } catch (e) { return fail(e.message); }
  if (r.error) return fail(r.error.message);
  const L = lang();
  const parties = PARTIES.filter((p) => r.total[p]);
  const rows = r.by_month.map((m) => `<tr><th scope="row">${esc(formatMonth(m.month + '-01', L))}</th><td class="num">${esc(R(m.per_person))}</td>${parties.map((p) => `<td class="num">${esc(R(m[p]))}</td>`).join('')}<td class="num">${esc(R(m.total))}</td><td>${m.relief ? `<span class="relief">${esc(t('daftar.b_relief'))}</span>` : ''}</td></tr>`).join('');
  $('#bg-out', root).innerHTML = `<p class="callout" id="bg-total">${esc(t('daftar.b_sentence', { people: N(people), role: t('role.' + b.role), months, from: formatMonth(b.from + '-01', L), total: R(r.total.total) }))}</p>
    <p>${parties.map((p) => `${esc(pick(r.payers[p], 'label'))}: <strong>${esc(R(r.total[p]))}</strong>`).join(' · ')} · ${esc(t('daftar.b_per_person', { amount: R(r.per_person.total) }))}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.budget_title'))}"><table class="grid" id="bg-table"><thead><tr><th scope="col">${esc(t('daftar.b_month'))}</th><th scope="col" class="num">${esc(t('daftar.b_pp'))}</th>${parties.map((p) => `<th scope="col" class="num">${esc(t('daftar.party.' + p))}</th>`).join('')}<th scope="col" class="num">${esc(t('table.total'))}</th><th scope="col">${esc(t('agen.relief'))}</th></tr></thead>
    <tbody>${rows}</tbody><tfoot><tr><th scope="row">${esc(t('table.total'))}</th><td class="num">${esc(R(r.per_person.total))}</td>${parties.map((p) => `<td class="num">${esc(R(r.total[p]))}</td>`).join('')}<td class="num" id="bg-grand">${esc(R(r.total.total))}</td><td></td></tr></tfoot></table></div>
    ${r.complete ? '' : `<p class="need">${esc(t('daftar.b_incomplete'))}</p>`}`;
}
