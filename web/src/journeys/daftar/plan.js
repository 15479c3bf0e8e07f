// The village budget plan as the planner keeps it (issue 10): the inputs as typed and which source
// it uses ("package": N people x a role's package; "roster": the imported roster's people, roles and
// wages), kept on this device in the roster's IndexedDB store (store.js, key 'budget-plan'), so a
// reload loses nothing; "Hapus data" clears it with the roster. No DOM here: the planner
// (budget.js) and the rule-update preview (plan-impact.js) share it.
import * as store from './store.js';
import { parseRupiah } from '../../format.js';
import { BPU_ROLES } from '../../roles.js';

export const PLAN_KEY = 'budget-plan';
export const PLAN_FIELDS = ['source', 'people', 'role', 'pay', 'sector', 'jht', 'months', 'from', 'touched'];

/** The stored plan's fields (only the known ones), or null when none is kept (or storage fails). */
export async function loadPlan() {
  try {
    const p = await store.get(PLAN_KEY);
    if (!p || typeof p !== 'object') return null;
    return Object.fromEntries(PLAN_FIELDS.filter((k) => k in p).map((k) => [k, p[k]]));
  } catch { return null; }
}

/** Keeps the plan (the write completes in the background; a failure leaves the page as it is). */
export function savePlan(plan) {
  const rec = Object.fromEntries(PLAN_FIELDS.map((k) => [k, plan[k]]));
  rec.savedAt = Date.now();
  return store.put(PLAN_KEY, rec).catch(() => {});
}

/**
 * The engine request for a plan: { source, template?, people?, from, months } or { error: i18n key }.
 * The figures are the engine's (roster-worker.js `budgetPlan`); this only reads the form.
 */
export function planRequest(b) {
  const months = Number(b.months);
  if (!Number.isInteger(months) || months < 1 || months > 600) return { error: 'daftar.b_bad_months' };
  if (!/^\d{4}-\d{2}$/.test(b.from || '')) return { error: 'daftar.b_bad_from' };
  if (b.source === 'roster') return { source: 'roster', from: b.from, months };
  const people = Number(b.people);
  if (!Number.isInteger(people) || people < 0) return { error: 'daftar.b_bad_people' };
  const template = { role: b.role };
  const bpu = BPU_ROLES.includes(b.role);
  if (String(b.pay || '').trim()) {
    const m = parseRupiah(b.pay);
    if (!m.ok) return { error: m.error };
    template[bpu ? 'declared_income' : 'monthly_wage'] = m.value;
  }
  if (bpu) template.bpu_sector = b.sector;
  if (b.jht) template.opt_in = ['JHT'];
  return { source: 'package', template, people, from: b.from, months };
}
