// The roster's rows: filters, the paged table, a row's details and the in-place fix of a row.
import { esc, $, debounce } from '../../dom.js';
import { t } from '../../i18n.js';
import { PROGRAMS, statusChip, programName } from '../../ui.js';
import { ROLE_CODES, roleName } from '../../roles.js';
import { S, STATUSES, PARTIES, PAGE, call, R, N, lang, setBusy, showError } from './session.js';
import { renderAll } from './index.js';

// The worker column also holds what the village budget pays for pekerja rentan: labelled so.
const partyHead = (p) => t(p === 'worker' && S.data && S.data.summary && S.data.summary.payers.some((x) => x.code === 'village_budget' && x.amount) ? 'daftar.party.worker_col' : 'daftar.party.' + p);

export function filterObj() {
  const f = { kind: S.filter.kind, role: S.filter.role, q: S.filter.q };
  if (S.filter.ps) { const [p, st] = S.filter.ps.split(':'); f.program = p; f.status = st; }
  return f;
}

export async function query() {
  try {
    const page = await call('query', { filter: filterObj(), offset: S.offset, limit: PAGE, lang: lang() });
    renderTable(page, true);
  } catch (e) { showError(e.message); }
}
const queryLater = debounce(() => { S.offset = 0; query(); }, 200);

export function renderTable(page, keepFilters) {
  const el = $('#dt-table', S.root);
  if (!S.data || !S.data.summary || !page) { el.innerHTML = ''; return; }
  const body = page.rows.map(rowHtml).join('');
  const from = page.matches ? page.offset + 1 : 0, to = Math.min(page.offset + PAGE, page.matches);
  const pager = `<div class="pager"><button type="button" class="btn ghost" data-act="prev"${page.offset <= 0 ? ' disabled' : ''}>${esc(t('daftar.prev'))}</button>
    <span id="dt-range" aria-live="polite">${esc(t('daftar.range', { from: N(from), to: N(to), n: N(page.matches) }))}</span>
    <button type="button" class="btn ghost" data-act="next"${to >= page.matches ? ' disabled' : ''}>${esc(t('daftar.next'))}</button></div>`;
  const table = `<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.table'))}"><table class="grid rows resp" id="dt-rows"><caption class="sr-only">${esc(t('daftar.table'))}</caption>
    <thead><tr><th scope="col" class="num">${esc(t('daftar.c_row'))}</th><th scope="col">${esc(t('daftar.c_person'))}</th>${PROGRAMS.map((p) => `<th scope="col">${programName(p)}</th>`).join('')}
    ${PARTIES.map((p) => `<th scope="col" class="num">${esc(partyHead(p))}</th>`).join('')}<th scope="col" class="num">${esc(t('table.total'))}</th></tr></thead>
    <tbody>${body || `<tr><td colspan="11">${esc(t('daftar.no_match'))}</td></tr>`}</tbody></table></div>`;
  if (keepFilters && $('#dt-rows-box', S.root)) {
    $('#dt-rows-box', S.root).innerHTML = table + pager;
    return;
  }
  const psOpts = [['', t('daftar.f_all_programs')], ...PROGRAMS.flatMap((p) => STATUSES.map((st) => [`${p}:${st}`, `${p}: ${t('status.' + st)}`]))];
  el.innerHTML = `<div class="card" id="dt-results"><h2>${esc(t('daftar.results'))}</h2>
    <div class="filters no-print">
      <div class="field"><label for="dt-f-kind">${esc(t('daftar.f_kind'))}</label><select id="dt-f-kind">
        ${['all', 'errors', 'warnings', 'incomplete', 'ok'].map((k) => `<option value="${k}"${S.filter.kind === k ? ' selected' : ''}>${esc(t('daftar.kind.' + k))}</option>`).join('')}</select></div>
      <div class="field"><label for="dt-f-ps">${esc(t('daftar.f_status'))}</label><select id="dt-f-ps">
        ${psOpts.map(([v, l]) => `<option value="${v}"${S.filter.ps === v ? ' selected' : ''}>${esc(l)}</option>`).join('')}</select></div>
      <div class="field"><label for="dt-f-role">${esc(t('daftar.f_role'))}</label><select id="dt-f-role">
        <option value="">${esc(t('daftar.f_all_roles'))}</option>${ROLE_CODES.map((r) => `<option value="${r}"${S.filter.role === r ? ' selected' : ''}>${esc(roleName(r))}</option>`).join('')}</select></div>
      <div class="field"><label for="dt-f-q">${esc(t('daftar.f_q'))}</label><input type="text" id="dt-f-q" value="${esc(S.filter.q)}" autocomplete="off"></div>
    </div>
    <div id="dt-rows-box">${table}${pager}</div></div>`;
  const set = (k) => (e) => { S.filter[k] = e.target.value; if (k === 'q') queryLater(); else { S.offset = 0; query(); } };
  $('#dt-f-kind', S.root).addEventListener('change', set('kind'));
  $('#dt-f-ps', S.root).addEventListener('change', set('ps'));
  $('#dt-f-role', S.root).addEventListener('change', set('role'));
  $('#dt-f-q', S.root).addEventListener('input', set('q'));
}

function rowHtml(r) {
  const cls = r.errors.length ? 'r-err' : r.warnings.length ? 'r-warn' : '';
  const role = r.role ? roleName(r.role) : '';
  // "Tidak berhak" as a dash keeps the table narrow (the legend is the filter's list).
  // data-label: on a phone each row is a card, every cell labelled (style.css table.grid.resp).
  const statuses = r.status ? r.status.map((st, i) => `<td data-label="${PROGRAMS[i]}">${st === 'not_eligible' ? `<span class="na" aria-hidden="true">–</span><span class="sr-only">${esc(t('status.not_eligible'))}</span>` : statusChip(st)}</td>`).join('') : `<td colspan="5" class="errcell">${esc(t('daftar.not_evaluated'))}</td>`;
  const money = r.totals ? [0, 1, 2, 3].map((k) => `<td class="num" data-label="${esc(k < 3 ? t('daftar.party.' + PARTIES[k]) : t('table.total'))}">${r.totals[k] ? esc(R(r.totals[k])) : '<span class="na">–</span>'}</td>`).join('') : '<td colspan="4"></td>';
  const n = r.errors.length + r.warnings.length;
  const toggle = `<button type="button" class="link small-btn" data-act="why" data-row="${r.row}" aria-expanded="${S.openRow === r.row}">${esc(n ? t('daftar.why_n', { n }) : t('daftar.why'))}</button>`;
  const fix = r.editable ? ` <button type="button" class="link small-btn" data-act="fix" data-row="${r.row}">${esc(t('daftar.fix'))}</button>` : '';
  let html = `<tr class="${cls}" data-row="${r.row}"><td class="num" data-label="${esc(t('daftar.c_row'))}">${r.row}</td><td class="who"><span class="nm">${esc(r.nama || '–')}</span><span class="sub">${esc(r.nik)}${role ? ' · ' + esc(role) : ''}</span>${toggle}${fix}</td>${statuses}${money}</tr>`;
  if (S.openRow === r.row) html += `<tr class="detail"><td colspan="11">${detailHtml(r)}</td></tr>`;
  return html;
}

function detailHtml(r) {
  const msgs = [...r.errors.map((m) => `<li class="e">${esc(m.message)}</li>`), ...r.warnings.map((m) => `<li class="w">${esc(m.message)}</li>`)].join('');
  let amounts = '';
  if (r.amounts) {
    amounts = `<table class="grid mini"><thead><tr><th scope="col">${esc(t('table.program'))}</th>${PARTIES.map((p) => `<th scope="col" class="num">${esc(partyHead(p))}</th>`).join('')}</tr></thead><tbody>` +
      PROGRAMS.map((p, i) => `<tr><th scope="row">${p} ${statusChip(r.status[i])}</th>${PARTIES.map((_, k) => `<td class="num">${r.amounts[i] ? esc(R(r.amounts[i][k])) : '–'}</td>`).join('')}</tr>`).join('') + '</tbody></table>';
    if (r.payers) amounts += `<p class="small">${esc(t('daftar.payers_line', { e: t('payer.' + r.payers[0]), w: t('payer.' + r.payers[1]), g: t('payer.' + r.payers[2]) }))}</p>`;
    if (r.complete === false) amounts += `<p class="need">${esc(t('daftar.row_incomplete'))}</p>`;
  }
  return `<div class="rowdetail">${msgs ? `<ul class="msgs">${msgs}</ul>` : `<p class="small">${esc(t('daftar.no_issue'))}</p>`}${amounts}</div>`;
}

export function renderEdit() {
  const el = $('#dt-edit', S.root);
  if (!S.editRow) { el.innerHTML = ''; return; }
  const fields = S.editRow.headers.map((h, i) => `<div class="field"><label for="dt-e-${i}">${esc(h || t('daftar.col_n', { n: i + 1 }))}</label>
    <input type="text" id="dt-e-${i}" data-i="${i}" value="${esc(S.editRow.cells[i] ?? '')}" autocomplete="off"></div>`).join('');
  el.innerHTML = `<form class="card" id="dt-edit-form"><h2 id="dt-edit-h">${esc(t('daftar.edit_title', { row: S.editRow.row }))}</h2>
    <ul class="msgs">${S.editRow.messages.map((m) => `<li class="e">${esc(m)}</li>`).join('')}</ul>
    <div class="map-grid">${fields}</div>
    <p class="hint">${esc(t('daftar.edit_hint'))}</p>
    <div class="buttons"><button type="submit" class="btn" id="dt-edit-save">${esc(t('daftar.edit_save'))}</button>
      <button type="button" class="btn ghost" data-act="edit-cancel">${esc(t('daftar.edit_cancel'))}</button></div></form>`;
  $('#dt-edit-form', S.root).addEventListener('submit', async (e) => {
    e.preventDefault();
    const cells = S.editRow.headers.map((_, i) => $('#dt-e-' + i, S.root).value);
    const row = S.editRow.row;
    S.editRow = null;
    setBusy(true);
    try {
      S.data = await call('edit', { row, cells, asOf: S.ctx.asOf(), lang: lang() });
      S.openRow = row;
      S.filter = { kind: 'all', ps: '', role: '', q: '' };
      renderAll();
      // Show the edited row: page through to it.
      const r = await call('query', { filter: { q: '' }, offset: 0, limit: 1000000, lang: lang() }).catch(() => null);
      if (r) {
        const idx = r.rows.findIndex((x) => x.row === row);
        if (idx >= 0) { S.offset = Math.floor(idx / PAGE) * PAGE; await query(); }
      }
      $('#dt-status', S.root).textContent = t('daftar.edited', { row });
    } catch (err) { showError(err.message); }
    setBusy(false);
  });
  $('#dt-e-0', S.root) && $('#dt-e-0', S.root).focus();
}
