// "What will change for me": the engine's upcoming() answer (docs/CONTRACT.md "Upcoming changes")
// as a short list: from which month a payer's monthly amount changes, old -> new, and why (the rule
// change in plain words with its instrument, or the reason of a new status). Used by the pekerja
// and agen journeys.
import { esc } from './dom.js';
import { t, getLang, pick } from './i18n.js';
import { formatMonth, formatRupiah } from './format.js';
import { plain } from './explain.js';

const PAYERS = [['worker', 'upcoming.worker'], ['employer', 'upcoming.employer'], ['government', 'upcoming.government']];

/** The card's inner HTML for an upcoming() answer; '' when the answer is an error. */
export function upcomingHtml(ans, { payers = ['worker', 'employer', 'government'] } = {}) {
  if (!ans || ans.error) return '';
  const lang = getLang();
  const R = (n) => formatRupiah(n, lang);
  const items = ans.upcoming.map((u) => {
    const lines = PAYERS.filter(([p]) => payers.includes(p) && u.monthly.before[p] !== u.monthly.after[p])
      .map(([p, key]) => `<li>${esc(t(key))}: <span class="fig-text">${esc(R(u.monthly.before[p]))} → ${esc(R(u.monthly.after[p]))}</span></li>`);
    // The rule change in plain words with its instrument; the full article stays behind the law's
    // own texts (the explanation dialog), since articles can carry working references.
    const why = [...u.because.map((b) => pick(b, 'text').replace(` (${b.citation})`, b.instrument ? ` (${b.instrument})` : '')),
      ...u.reasons.map((r) => pick(r, 'message'))].map(plain);
    if (!lines.length && !why.length) return '';
    return `<li><strong>${esc(t('upcoming.from', { month: formatMonth(u.as_of, lang) }))}</strong>
      ${lines.length ? `<ul>${lines.join('')}</ul>` : ''}
      ${why.length ? `<p class="small">${esc(t('upcoming.because'))} ${why.map(esc).join('; ')}</p>` : ''}</li>`;
  }).filter(Boolean);
  const body = items.length ? `<ol class="upcoming">${items.join('')}</ol>` : `<p>${esc(t('upcoming.none', { n: ans.months }))}</p>`;
  const notes = ans.notes.map((n) => `<li>${esc(plain(pick(n, 'text')))}</li>`).join('');
  return `<h2>${esc(t('upcoming.title', { n: ans.months }))}</h2>${body}<ul class="small notes-plain">${notes}</ul>`;
}
