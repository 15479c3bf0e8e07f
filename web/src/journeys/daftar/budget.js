// The village budget planner: people x package x months, relief applied month by month.
import { esc, $ } from '../../dom.js';
import { t, pick } from '../../i18n.js';
import { formatMonth, parseRupiah } from '../../format.js';
import { COVERED_ROLES, BPU_ROLES, roleName } from '../../roles.js';
import { S, PARTIES, call, R, N, lang } from './session.js';

const budget = { people: '120', role: 'pekerja_rentan', pay: '', sector: 'other', jht: false, months: '12', from: '2026-04' };

/** The planner starts at the month of the page's date, until the user picks another. */
export function budgetFrom(month) {
  if (!budget.touched) budget.from = month;
}

export function renderBudget() {
  const el = $('#dt-budget', S.root);
  if (!el) return;
  const b = budget;
  const bpu = BPU_ROLES.includes(b.role);
  el.innerHTML = `<form class="card no-print" id="dt-budget-form"><h2>${esc(t('daftar.budget_title'))}</h2>
    <p class="hint">${esc(t('daftar.budget_hint'))}</p>
    <div class="map-grid">
      <div class="field"><label for="bg-people">${esc(t('daftar.b_people'))}</label><input type="text" inputmode="numeric" id="bg-people" data-b="people" value="${esc(b.people)}"></div>
      <div class="field"><label for="bg-role">${esc(t('daftar.b_role'))}</label><select id="bg-role" data-b="role">${COVERED_ROLES.map((r) => `<option value="${r}"${r === b.role ? ' selected' : ''}>${esc(roleName(r))}</option>`).join('')}</select></div>
      <div class="field"><label for="bg-pay">${esc(bpu ? t('field.declared_income') : t('desa.siltap'))}</label><input type="text" inputmode="decimal" id="bg-pay" data-b="pay" value="${esc(b.pay)}" placeholder="${esc(bpu ? '1.000.000' : '2.500.000')}" aria-describedby="bg-pay-hint"><p class="hint" id="bg-pay-hint">${esc(bpu ? t('daftar.b_income_hint') : t('daftar.b_wage_hint'))}</p></div>
      ${bpu ? `<div class="field"><label for="bg-sector">${esc(t('field.bpu_sector'))}</label><select id="bg-sector" data-b="sector">${['other', 'transport'].map((v) => `<option value="${v}"${v === b.sector ? ' selected' : ''}>${esc(t('sector.' + v))}</option>`).join('')}</select></div>` : ''}
      <div class="field"><label for="bg-months">${esc(t('daftar.b_months'))}</label><input type="text" inputmode="numeric" id="bg-months" data-b="months" value="${esc(b.months)}"></div>
      <div class="field"><label for="bg-from">${esc(t('daftar.b_from'))}</label><input type="month" id="bg-from" data-b="from" value="${esc(b.from)}"></div>
    </div>
    <div class="field check"><label class="radio" for="bg-jht"><input type="checkbox" id="bg-jht" data-b="jht"${b.jht ? ' checked' : ''}><span><span class="rl">${esc(t('opt.JHT'))}</span></span></label></div>
    <div class="buttons"><button type="submit" class="btn" id="bg-run">${esc(t('daftar.b_run'))}</button></div>
    <p class="err" id="bg-err" role="alert" hidden></p>
    <div id="bg-out" aria-live="polite"></div></form>`;
  const form = $('#dt-budget-form', S.root);
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

export async function runBudget() {
  const b = budget;
  const err = $('#bg-err', S.root);
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
    tmpl[BPU_ROLES.includes(b.role) ? 'declared_income' : 'monthly_wage'] = m.value;
  }
  if (BPU_ROLES.includes(b.role)) tmpl.bpu_sector = b.sector;
  if (b.jht) tmpl.opt_in = ['JHT'];
  let r;
  try { r = await call('budget', { template: tmpl, people, from: b.from, months }); } catch (e) { return fail(e.message); }
  if (r.error) return fail(r.error.message);
  const L = lang();
  const parties = PARTIES.filter((p) => r.total[p]);
  const rows = r.by_month.map((m) => `<tr><th scope="row">${esc(formatMonth(m.month + '-01', L))}</th><td class="num">${esc(R(m.per_person))}</td>${parties.map((p) => `<td class="num">${esc(R(m[p]))}</td>`).join('')}<td class="num">${esc(R(m.total))}</td><td>${m.relief ? `<span class="relief">${esc(t('daftar.b_relief'))}</span>` : ''}</td></tr>`).join('');
  $('#bg-out', S.root).innerHTML = `<p class="callout" id="bg-total">${esc(t('daftar.b_sentence', { people: N(people), role: roleName(b.role), months, from: formatMonth(b.from + '-01', L), total: R(r.total.total) }))}</p>
    <p>${parties.map((p) => `${esc(pick(r.payers[p], 'label'))}: <strong>${esc(R(r.total[p]))}</strong>`).join(' · ')} · ${esc(t('daftar.b_per_person', { amount: R(r.per_person.total) }))}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-label="${esc(t('daftar.budget_title'))}"><table class="grid" id="bg-table"><thead><tr><th scope="col">${esc(t('daftar.b_month'))}</th><th scope="col" class="num">${esc(t('daftar.b_pp'))}</th>${parties.map((p) => `<th scope="col" class="num">${esc(r.payers[p] && r.payers[p].code === 'village_budget' ? t('daftar.party.village') : t('daftar.party.' + p))}</th>`).join('')}<th scope="col" class="num">${esc(t('table.total'))}</th><th scope="col">${esc(t('agen.relief'))}</th></tr></thead>
    <tbody>${rows}</tbody><tfoot><tr><th scope="row">${esc(t('table.total'))}</th><td class="num">${esc(R(r.per_person.total))}</td>${parties.map((p) => `<td class="num">${esc(R(r.total[p]))}</td>`).join('')}<td class="num" id="bg-grand">${esc(R(r.total.total))}</td><td></td></tr></tfoot></table></div>
    ${r.complete ? '' : `<p class="need">${esc(t('daftar.b_incomplete'))}</p>`}`;
}
