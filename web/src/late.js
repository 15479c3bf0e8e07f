// Inputs and results shared by the journeys for three optional facts: who pays a BPU person's
// contributions (funded_by, PP 50/2025 Pasal 3), when someone 54 or older registered (member_since,
// JKP's age test) and when the month is paid (paid_on: due date, months late, fine).
import { esc } from './dom.js';
import { t, pick, getLang } from './i18n.js';
import { formatRupiah } from './format.js';
import { selectField, textField } from './ui.js';
import { plain, confWord } from './explain.js';

export const FUNDED_BY = ['self', 'employer', 'apbn', 'apbd', 'apbdes', 'other'];

/** funded_by select; '' leaves it to the role default or the engine's "self" (said in a note). */
export function fundedByField(id, k, value, hint) {
  return selectField({ id, k, label: t('field.funded_by'), hint: hint || t('funded.hint'), value,
    options: [['', t('funded.default')], ...FUNDED_BY.map((v) => [v, t('funded.' + v)])] });
}

/** Age in completed years on `asOf` (both YYYY-MM-DD), or null. */
export function ageOn(birth, asOf) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birth || '') || !/^\d{4}-\d{2}-\d{2}$/.test(asOf || '')) return null;
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = asOf.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Whether to ask when the person registered: JKP needs "under 54 when registered" from 54 on. */
export function asksMemberSince(birth, asOf) {
  const age = ageOn(birth, asOf);
  return age !== null && age >= 54;
}

/** member_since date field, only when asksMemberSince. */
export function memberSinceField(id, k, value, birth, asOf) {
  if (!asksMemberSince(birth, asOf)) return '';
  return textField({ id, k, type: 'date', label: t('field.member_since'), hint: t('member.hint'), value, extra: 'min="1977-01-01"' });
}

/** paid_on date field ("kalau dibayar terlambat"). */
export function paidOnField(id, k, value, hint) {
  return textField({ id, k, type: 'date', label: t('field.paid_on'), hint: hint || t('late.hint'), value, extra: 'min="2015-07-01"' });
}

/** The "if paid late" block of one answer: each program's line, then what is owed and the fines. */
export function lateHtml(result) {
  const L = result.late_payment;
  if (!L || !L.programs.length) return '';
  const lang = getLang();
  const lines = L.programs.map((l) => `<li>${esc(plain(pick(l, 'text')))} <span class="cite">${esc(plain(l.citation))} · ${esc(confWord(l.confidence))} <span class="conf conf-${esc(l.confidence)}">${esc(l.confidence)}</span></span></li>`).join('');
  const totals = L.total_fine === null
    ? `<p class="need">${esc(t('late.no_fine', { amount: formatRupiah(L.total_contribution, lang) }))}</p>`
    : `<p><strong>${esc(t('late.total', { contribution: formatRupiah(L.total_contribution, lang), fine: formatRupiah(L.total_fine, lang), total: formatRupiah(L.total, lang) }))}</strong></p>`;
  return `<section class="late" aria-labelledby="late-h-${esc(result.as_of)}"><h3 id="late-h-${esc(result.as_of)}">${esc(t('late.title'))}</h3><ul class="reasons">${lines}</ul>${totals}</section>`;
}
