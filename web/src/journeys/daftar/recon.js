// Reconciliation: this month's roster against last month's, by NIK.
import { esc, $ } from '../../dom.js';
import { t } from '../../i18n.js';
import { formatDate } from '../../format.js';
import { roleName } from '../../roles.js';
import { S, call, R, N, lang, setBusy, showError, kpi, errorText, sepField } from './session.js';
import { importFile } from './index.js';

export function renderRecon(result) {
  const el = $('#dt-recon', S.root);
  if (!el) return;
  if (!S.data || !S.data.summary) { el.innerHTML = ''; return; }
  const lm = S.lastMeta;
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
      <div class="buttons">${sepField('dt-sep-recon')}<button type="button" class="btn" data-act="recon-csv">${esc(t('daftar.export_csv'))}</button><button type="button" class="btn" data-act="recon-xlsx">${esc(t('daftar.export_xlsx'))}</button></div>`;
  }
  el.innerHTML = `<div class="card no-print-recon" id="dt-recon-card"><h2>${esc(t('daftar.recon_title'))}</h2>
    <p class="hint">${esc(t('daftar.recon_hint'))}</p>
    <p class="small" id="dt-last-line">${lm ? esc(t('daftar.last_is', { name: lm.name })) : esc(t('daftar.last_none'))}</p>
    <div class="field"><label for="dt-last-file">${esc(t('daftar.last_file'))}</label><input type="file" id="dt-last-file" accept=".csv,.txt,.xlsx"></div>
    <div class="buttons"><button type="button" class="btn ghost" data-act="set-last">${esc(t('daftar.set_last'))}</button>
      ${lm ? `<button type="button" class="btn" data-act="recon" id="dt-recon-run">${esc(t('daftar.recon_run'))}</button><button type="button" class="btn ghost" data-act="clear-last">${esc(t('daftar.clear_last'))}</button>` : ''}</div>
    <div id="dt-recon-out">${out}</div></div>`;
  $('#dt-last-file', S.root).addEventListener('change', (e) => { const f = e.target.files[0]; if (f) importFile(f, 'last'); });
}

function changedText(r, ix) {
  const ch = r[ix('change')];
  if (ch === 'error') return r[ix('error')];
  if (ch === 'added' || ch === 'removed') return r[ix('role_this')] || r[ix('role_last')] ? roleName(r[ix('role_this')] || r[ix('role_last')]) : '';
  const parts = [];
  const fields = (r[ix('changed_fields')] || '').split(/[;| ]+/).filter(Boolean);
  for (const f of fields) {
    if (f === 'wage') parts.push(t('daftar.ch_wage', { a: R(Number(r[ix('wage_last')] || 0)), b: R(Number(r[ix('wage_this')] || 0)) }));
    else if (f === 'role') parts.push(t('daftar.ch_role', { a: roleName(r[ix('role_last')]), b: roleName(r[ix('role_this')]) }));
    else parts.push(t('daftar.ch_field.' + f));
  }
  if (ch === 'amount_changed' && !parts.length) parts.push(t('daftar.ch_amount'));
  return parts.join('; ');
}

export async function reconcile() {
  setBusy(true);
  try {
    const r = await call('reconcile', { asOf: S.ctx.asOf() });
    renderRecon(r);
  } catch (e) { if (e.code !== 'terminated') showError(errorText(e)); }
  setBusy(false);
}
