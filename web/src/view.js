// Answers in view (issue 10): a journey's headline figures in a bar that stays on screen while the
// form is filled (sticky at the bottom on phones; style.css .sumbar), with a button to the details,
// and the warnings that change the answer shown above the result rather than only in the notes.
import { esc } from './dom.js';
import { t, pick, getLang } from './i18n.js';
import { formatRupiah } from './format.js';
import { plain } from './explain.js';

/** The bar's element, placed by the journey between its form and its result. */
export const sumbarHtml = (id) => `<div class="sumbar" id="${id}" role="region" aria-label="${esc(t('sum.label'))}" hidden></div>`;

/**
 * Fills (or hides, with no items) the bar: items are { label, value, party } with value the
 * engine's amount; `target` is the id of the result to jump to.
 */
export function sumbar(el, items, target, incomplete = false) {
  if (!el) return;
  el.hidden = !items || !items.length;
  if (el.hidden) { el.innerHTML = ''; return; }
  const lang = getLang();
  el.innerHTML = `<dl>${items.map((i) => `<div><dt>${esc(i.label)}</dt><dd data-party="${esc(i.party || '')}">${esc(formatRupiah(i.value, lang))}</dd></div>`).join('')}</dl>${incomplete ? `<p>${esc(t('sum.incomplete'))}</p>` : ''}
    <button type="button" class="link sum-jump" data-jump="${esc(target)}">${esc(t('sum.details'))}</button>`;
}

// The warnings that change the figures: a child under 15, relief conditions not given, a program
// chosen that the person cannot join, no rule in force; and the fields still missing (a Rp0 total).
const CHANGES = ['child_worker', 'relief_needs_industry', 'relief_needs_sector', 'pp7_extension_unconfirmed', 'opt_in_not_eligible', 'no_rule_in_force'];

/** The callout above a result: its answer-changing warnings, and `missing` (already worded). */
export function warningsHtml(result, missing = '') {
  const items = (result.warnings || []).filter((w) => CHANGES.includes(w.code)).map((w) => `<li>${esc(plain(pick(w, 'message')))}</li>`);
  if (missing) items.push(`<li>${esc(missing)}</li>`);
  if (!items.length) return '';
  return `<div class="callout warnbox" role="note"><p><b>${esc(t('warn.title'))}</b></p><ul>${items.join('')}</ul></div>`;
}

if (typeof document !== 'undefined') {
  document.addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('[data-jump]');
    const el = b && document.getElementById(b.dataset.jump);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  });
}
