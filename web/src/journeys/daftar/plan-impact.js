// What a rule bundle about to be accepted changes for the budget plan kept on this device (issue
// 11 §2), shown in the rule-update panel (app.js chooseRules) beside what it changes for the saved
// roster. The plan is computed by the engine twice, under the rules in use and under the candidate
// bundle (roster-worker.js `budgetPlan`; nothing is made active), and shown as its total per payer,
// before -> after, with the rule changes behind it: the bundle's changelog entries in force within
// the plan's months.
import { esc } from '../../dom.js';
import { t, setLang } from '../../i18n.js';
import { formatMonth, formatRupiah } from '../../format.js';
import { roleName } from '../../roles.js';
import { PARTIES, call } from './session.js';
import { loadPlan, planRequest } from './plan.js';
import { payerLabel } from './exports.js';

/** Per payer code: { label, amount } of one budget answer (package or roster). */
function byPayer(r) {
  const out = new Map();
  if (r.source === 'roster') {
    for (const p of r.payers) out.set(p.code, { label: payerLabel(p), amount: p.amount });
  } else {
    for (const k of PARTIES) {
      if (!r.total[k]) continue;
      const p = r.payers[k];
      const prev = out.get(p.code);
      out.set(p.code, { label: payerLabel(p), amount: (prev ? prev.amount : 0) + r.total[k] });
    }
  }
  return out;
}

/** The section's HTML ('' when no plan is kept, or it cannot be computed, e.g. its roster is gone). */
export async function planImpact(bundle, info, lang) {
  setLang(lang);
  const plan = await loadPlan();
  if (!plan) return '';
  const request = planRequest(plan);
  if (request.error) return '';
  const [a, b] = await Promise.all([call('budgetPlan', { request }), call('budgetPlan', { request, bundle })]);
  if (a.noRoster || !a.result || a.result.error || !b.result || b.result.error) return '';
  const before = a.result, after = b.result;
  const R = (n) => formatRupiah(n, lang);
  const what = request.source === 'roster'
    ? t('daftar.b_impact_roster', { name: a.name || '', months: before.months, from: formatMonth(before.from + '-01', lang) })
    : t('daftar.b_impact_package', { people: before.people, role: roleName(request.template.role), months: before.months, from: formatMonth(before.from + '-01', lang) });
  const pb = byPayer(before), pa = byPayer(after);
  const codes = [...new Set([...pb.keys(), ...pa.keys()])];
  const same = before.total.total === after.total.total;
  let html = `<div id="rules-plan" data-before="${before.total.total}" data-after="${after.total.total}"><p><strong>${esc(t('daftar.b_impact_title'))}</strong> ${esc(what)}</p>`;
  html += `<p id="rules-plan-total">${esc(t(same ? 'daftar.b_impact_same' : 'daftar.b_impact_total', { before: R(before.total.total), after: R(after.total.total) }))}</p>`;
  if (!same) {
    html += `<ul class="rules-plan-payers">${codes.map((c) => {
      const x = pb.get(c), y = pa.get(c);
      return `<li data-payer="${esc(c)}">${esc((x || y).label)}: ${esc(R(x ? x.amount : 0))} → ${esc(R(y ? y.amount : 0))}</li>`;
    }).join('')}</ul>`;
    // The rule changes behind it: the bundle's entries whose new state starts before the plan ends.
    const end = after.to + '-31';
    const why = (info.changelog || []).filter((c) => !c.from || c.from <= end);
    if (why.length) html += `<p>${esc(t('daftar.b_impact_because'))}</p><ul class="rules-plan-because">${why.slice(0, 10).map((c) => `<li>${esc(lang === 'en' ? c.text_en : c.text_id)}</li>`).join('')}</ul>`;
  }
  return html + '</div>';
}
