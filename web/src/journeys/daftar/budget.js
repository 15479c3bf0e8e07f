// The village budget planner: people x package x months, or the imported roster's people over
// months, relief applied month by month. Every figure is the engine's (roster-worker.js
// `budgetPlan`: `jamsos budget`, `jamsos budget --roster`). The inputs are kept on this device
// (plan.js) and restored when the page opens again; the answer can be downloaded as a CSV Excel opens.
import { esc, $ } from '../../dom.js';
import { t, pick } from '../../i18n.js';
import { formatMonth } from '../../format.js';
import { COVERED_ROLES, BPU_ROLES, roleName } from '../../roles.js';
import { S, PARTIES, call, R, N, lang, download, sepField, baseName, errorText } from './session.js';
import { loadPlan, savePlan, planRequest } from './plan.js';
import { budgetCsv, payerLabel } from './exports.js';

const budget = { source: 'package', people: '120', role: 'pekerja_rentan', pay: '', sector: 'other', jht: false, months: '12', from: '2026-04', touched: false };
let last = null;       // the answer on screen: { request, result, name }
let restored = null;   // the stored plan, once read (a promise)
let saves = 0;         // plan writes started (data-budget-saves) and finished (data-budget-saved), for tests
let typed = false;     // something was typed before the stored plan was read: what was typed wins

/** The planner starts at the month of the page's date, until the user picks another. */
export function budgetFrom(month) {
  if (!budget.touched) budget.from = month;
}

/** Reads the stored plan once per page (the first mount), then shows it. */
function restorePlan() {
  if (!restored) {
    restored = loadPlan().then((p) => {
      if (!p || typed) return null;
      if (!p.touched) delete p.from;   // an untouched start month follows the page's date
      Object.assign(budget, p);
      document.documentElement.dataset.budgetPlan = 'restored';
      return p;
    });
  }
  return restored;
}

const hasRoster = () => !!(S.data && S.data.summary);

export function renderBudget() {
  const el = $('#dt-budget', S.root);
  if (!el) return;
  if (!restored) { restorePlan().then((p) => { if (p && S.root && S.root.isConnected) renderBudget(); }); }
  const b = budget;
  const roster = b.source === 'roster';
  const bpu = BPU_ROLES.includes(b.role);
  const src = (v, label) => `<label class="radio" for="bg-src-${v}"><input type="radio" name="bg-src" id="bg-src-${v}" value="${v}" data-b="source"${b.source === v ? ' checked' : ''}><span><span class="rl">${esc(label)}</span></span></label>`;
  el.innerHTML = `<form class="card no-print" id="dt-budget-form"><h2>${esc(t('daftar.budget_title'))}</h2>
    <p class="hint">${esc(t('daftar.budget_hint'))}</p>
    <fieldset class="field radios" id="bg-source"><legend>${esc(t('daftar.b_source'))}</legend>
      ${src('package', t('daftar.b_src_package'))}${src('roster', t('daftar.b_src_roster'))}</fieldset>
    ${roster && !hasRoster() ? `<p class="need" id="bg-no-roster">${esc(t('daftar.b_no_roster'))}</p>` : ''}
    <div class="map-grid">
      ${roster ? '' : `<div class="field"><label for="bg-people">${esc(t('daftar.b_people'))}</label><input type="text" inputmode="numeric" id="bg-people" data-b="people" value="${esc(b.people)}"></div>
      <div class="field"><label for="bg-role">${esc(t('daftar.b_role'))}</label><select id="bg-role" data-b="role">${COVERED_ROLES.map((r) => `<option value="${r}"${r === b.role ? ' selected' : ''}>${esc(roleName(r))}</option>`).join('')}</select></div>
      <div class="field"><label for="bg-pay">${esc(bpu ? t('field.declared_income') : t('desa.siltap'))}</label><input type="text" inputmode="decimal" id="bg-pay" data-b="pay" value="${esc(b.pay)}" placeholder="${esc(bpu ? '1.000.000' : '2.500.000')}" aria-describedby="bg-pay-hint"><p class="hint" id="bg-pay-hint">${esc(bpu ? t('daftar.b_income_hint') : t('daftar.b_wage_hint'))}</p></div>
      ${bpu ? `<div class="field"><label for="bg-sector">${esc(t('field.bpu_sector'))}</label><select id="bg-sector" data-b="sector">${['other', 'transport'].map((v) => `<option value="${v}"${v === b.sector ? ' selected' : ''}>${esc(t('sector.' + v))}</option>`).join('')}</select></div>` : ''}`}
      <div class="field"><label for="bg-months">${esc(t('daftar.b_months'))}</label><input type="text" inputmode="numeric" id="bg-months" data-b="months" value="${esc(b.months)}"></div>
      <div class="field"><label for="bg-from">${esc(t('daftar.b_from'))}</label><input type="month" id="bg-from" data-b="from" value="${esc(b.from)}"></div>
    </div>
    ${roster ? '' : `<div class="field check"><label class="radio" for="bg-jht"><input type="checkbox" id="bg-jht" data-b="jht"${b.jht ? ' checked' : ''}><span><span class="rl">${esc(t('opt.JHT'))}</span></span></label></div>`}
    <p class="small" id="bg-kept">${esc(t('daftar.b_kept'))}</p>
    <div class="buttons"><button type="submit" class="btn" id="bg-run">${esc(t('daftar.b_run'))}</button></div>
    <p class="err" id="bg-err" role="alert" hidden></p>
    <div id="bg-out" aria-live="polite"></div></form>`;
  const form = $('#dt-budget-form', S.root);
  const set = (e) => {
    const k = e.target.dataset.b;
    if (!k) return false;
    budget[k] = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
    if (k === 'from') budget.touched = true;
    typed = true;
    const n = ++saves;
    document.documentElement.dataset.budgetSaves = String(n);
    savePlan(budget).then(() => { document.documentElement.dataset.budgetSaved = String(n); });
    return k;
  };
  form.addEventListener('change', (e) => {
    const k = set(e);
    if (k === 'role' || k === 'source') { last = null; renderBudget(); }
  });
  form.addEventListener('input', (e) => { if (e.target.type !== 'checkbox' && e.target.type !== 'radio') set(e); });
  form.addEventListener('submit', (e) => { e.preventDefault(); runBudget(); });
  form.addEventListener('click', (e) => { if (e.target.closest('[data-act="budget-csv"]')) exportBudget(); });
  if (last && last.request.source === budget.source) renderResult();
}

export async function runBudget() {
  const err = $('#bg-err', S.root);
  const fail = (m) => { err.textContent = m; err.hidden = false; };
  err.hidden = true;
  const request = planRequest(budget);
  if (request.error) return fail(t(request.error));
  if (request.source === 'roster' && !hasRoster()) return fail(t('daftar.b_no_roster'));
  $('#bg-out', S.root).innerHTML = `<p class="small" id="bg-working">${esc(t('daftar.working'))}</p>`;
  let r;
  try { r = await call('budgetPlan', { request }); } catch (e) { $('#bg-out', S.root).innerHTML = ''; return fail(errorText(e)); }
  if (r.noRoster) { $('#bg-out', S.root).innerHTML = ''; return fail(t('daftar.b_no_roster')); }
  if (r.result.error) { $('#bg-out', S.root).innerHTML = ''; return fail(r.result.error.message); }
  last = { request, result: r.result, name: r.name };
  renderResult();
}

function renderResult() {
  const out = $('#bg-out', S.root);
  if (!out || !last) return;
  const { request, result: r } = last;
  const L = lang();
  const csvButtons = `<div class="buttons">${sepField('bg-sep')}<button type="button" class="btn ghost" data-act="budget-csv" id="bg-csv">${esc(t('daftar.export_csv'))}</button></div>`;
  if (request.source === 'roster') {
    // Labelled cells: at 360 px the table reflows as one block per month (table.grid.resp).
    const lb = (k) => ` data-label="${esc(k)}"`;
    const rows = r.by_month.map((m) => `<tr><th scope="row">${esc(formatMonth(m.month + '-01', L))}</th><td class="num"${lb(t('daftar.b_people_col'))}>${esc(N(m.people))}</td>${r.payers.map((p) => `<td class="num"${lb(payerLabel(p))}>${esc(R(m.payers[p.code] || 0))}</td>`).join('')}<td class="num"${lb(t('table.total'))}>${esc(R(m.total))}</td><td${lb(t('agen.relief'))}>${m.relief ? `<span class="relief">${esc(t('daftar.b_relief'))}</span>` : '—'}</td><td class="num"${lb(t('status.need_info'))}>${m.need_info ? esc(N(m.need_info)) : '—'}</td></tr>`).join('');
    out.innerHTML = `<p class="callout" id="bg-total">${esc(t('daftar.b_roster_sentence', { people: N(r.computed), name: last.name || '', months: r.months, from: formatMonth(r.from + '-01', L), total: R(r.total.total) }))}</p>
    <ul class="sumlist" id="bg-payers">${r.payers.map((p) => `<li data-payer="${esc(p.code)}"><span>${esc(payerLabel(p))}</span><strong>${esc(R(p.amount))}</strong></li>`).join('')}</ul>
    ${r.invalid ? `<p class="need" id="bg-invalid">${esc(t('daftar.b_invalid', { n: N(r.invalid) }))}</p>` : ''}
    ${r.need_info ? `<p class="need" id="bg-need">${esc(t('daftar.b_need_info', { n: N(r.need_info) }))}</p>` : ''}
    <div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.budget_title'))}"><table class="grid resp" id="bg-table"><thead><tr><th scope="col">${esc(t('daftar.b_month'))}</th><th scope="col" class="num">${esc(t('daftar.b_people_col'))}</th>${r.payers.map((p) => `<th scope="col" class="num">${esc(payerLabel(p))}</th>`).join('')}<th scope="col" class="num">${esc(t('table.total'))}</th><th scope="col">${esc(t('agen.relief'))}</th><th scope="col" class="num">${esc(t('status.need_info'))}</th></tr></thead>
    <tbody>${rows}</tbody><tfoot><tr><th scope="row">${esc(t('table.total'))}</th><td class="num"${lb(t('daftar.b_people_col'))}>${esc(N(r.computed))}</td>${r.payers.map((p) => `<td class="num"${lb(payerLabel(p))}>${esc(R(p.amount))}</td>`).join('')}<td class="num" id="bg-grand"${lb(t('table.total'))}>${esc(R(r.total.total))}</td><td></td><td class="num"${lb(t('status.need_info'))}>${r.need_info ? esc(N(r.need_info)) : '—'}</td></tr></tfoot></table></div>
    ${csvButtons}`;
    return;
  }
  const parties = PARTIES.filter((p) => r.total[p]);
  const partyLabel = (p) => (r.payers[p] && r.payers[p].code === 'village_budget' ? t('daftar.party.village') : t('daftar.party.' + p));
  const rows = r.by_month.map((m) => `<tr><th scope="row">${esc(formatMonth(m.month + '-01', L))}</th><td class="num">${esc(R(m.per_person))}</td>${parties.map((p) => `<td class="num">${esc(R(m[p]))}</td>`).join('')}<td class="num">${esc(R(m.total))}</td><td>${m.relief ? `<span class="relief">${esc(t('daftar.b_relief'))}</span>` : ''}</td></tr>`).join('');
  out.innerHTML = `<p class="callout" id="bg-total">${esc(t('daftar.b_sentence', { people: N(r.people), role: roleName(request.template.role), months: r.months, from: formatMonth(r.from + '-01', L), total: R(r.total.total) }))}</p>
    <p>${parties.map((p) => `${esc(r.payers[p].code === 'village_budget' ? t('daftar.party.village') : pick(r.payers[p], 'label'))}: <strong>${esc(R(r.total[p]))}</strong>`).join(' · ')} · ${esc(t('daftar.b_per_person', { amount: R(r.per_person.total) }))}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.budget_title'))}"><table class="grid" id="bg-table"><thead><tr><th scope="col">${esc(t('daftar.b_month'))}</th><th scope="col" class="num">${esc(t('daftar.b_pp'))}</th>${parties.map((p) => `<th scope="col" class="num">${esc(partyLabel(p))}</th>`).join('')}<th scope="col" class="num">${esc(t('table.total'))}</th><th scope="col">${esc(t('agen.relief'))}</th></tr></thead>
    <tbody>${rows}</tbody><tfoot><tr><th scope="row">${esc(t('table.total'))}</th><td class="num">${esc(R(r.per_person.total))}</td>${parties.map((p) => `<td class="num">${esc(R(r.total[p]))}</td>`).join('')}<td class="num" id="bg-grand">${esc(R(r.total.total))}</td><td></td></tr></tfoot></table></div>
    ${r.complete ? '' : `<p class="need">${esc(t('daftar.b_incomplete'))}</p>`}
    ${csvButtons}`;
}

/** The budget on screen as a CSV: Excel style (exports.js), or the engine's own bytes ("kode mesin"). */
async function exportBudget() {
  if (!last) return;
  const sep = S.csvSep || ';';
  const name = (last.request.source === 'roster' ? baseName() + '_anggaran' : 'anggaran_desa') + '.csv';
  const blob = sep === 'raw'
    ? call('budgetPlan', { request: last.request, csv: true }).then((r) => new Blob([typeof r.result === 'string' ? r.result : JSON.stringify(r.result)], { type: 'text/csv' }))
    : Promise.resolve(new Blob([budgetCsv(last.result, sep)], { type: 'text/csv;charset=utf-8' }));
  await download(blob, name);
}
