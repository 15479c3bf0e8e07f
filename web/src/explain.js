// "Every figure opens its explanation": each amount on screen is a button; its explanation (the
// arithmetic, the parameter, its citation and its confidence) comes from the engine's output.
import { esc, $ } from './dom.js';
import { t, pick } from './i18n.js';
import { formatRupiah } from './format.js';

const registry = new Map();
let counter = 0;
const CONF_ORDER = ['A', 'B', 'C', 'D', 'U'];

export function lowestConfidence(list) {
  let worst = null;
  for (const c of list) if (c && (worst === null || CONF_ORDER.indexOf(c) > CONF_ORDER.indexOf(worst))) worst = c;
  return worst;
}

/** Drops the figures registered by one area (before it renders again). */
export function clearArea(area) {
  for (const [k, v] of registry) if (v.area === area) registry.delete(k);
}

/** HTML for a figure button. `exp` = {title, lines:[{text, parameter, citation, confidence}], why?:[...], note?} */
export function fig(area, amount, exp, { cls = '', text } = {}) {
  const key = 'f' + (++counter);
  registry.set(key, { area, amount, ...exp });
  const shown = text ?? formatRupiah(amount, currentLang());
  return `<button type="button" class="fig ${cls}" data-fig="${key}" aria-haspopup="dialog" aria-label="${esc(shown)} — ${esc(t('explain.open'))}">${esc(shown)}</button>`;
}

let langFn = () => 'id';
export function useLang(fn) { langFn = fn; }
const currentLang = () => langFn();

/** The engine's explanation entries for one program, as explanation lines. With `party`
 *  (employer, worker, government), only the lines that compute that party's amount plus the
 *  shared context lines (caps, clamps; `party` null in the contract). */
export function programLines(result, program, party) {
  const forParty = (e) => !party || party === 'total' || !e.party || e.party === party;
  return (result.explanation || []).filter((e) => e.program === program && forParty(e)).map((e) => ({
    text: pick(e, 'text'), parameter: e.parameter, citation: e.citation, confidence: e.confidence,
  }));
}

/** The reasons for a program's status, as lines. */
export function reasonLines(p) {
  return (p.reasons || []).map((r) => ({ text: pick(r, 'message'), parameter: r.parameter, citation: r.citation, confidence: r.confidence }));
}

/** Lines for a sum of figures: "JKK Rp5.000 + JKM Rp3.400 = Rp8.400". */
export function sumLine(parts, total, citation, confidence) {
  const lang = currentLang();
  const text = parts.length
    ? parts.map(([label, v]) => `${label} ${formatRupiah(v, lang)}`).join(' + ') + ` = ${formatRupiah(total, lang)}`
    : `${formatRupiah(total, lang)}`;
  return { text, citation, confidence };
}

function lineHtml(l) {
  const meta = [];
  if (l.parameter) meta.push(`<span><b>${esc(t('explain.parameter'))}:</b> <code>${esc(l.parameter)}</code></span>`);
  if (l.citation) meta.push(`<span><b>${esc(t('explain.citation'))}:</b> ${esc(l.citation)}</span>`);
  if (l.confidence) meta.push(`<span><b>${esc(t('explain.confidence'))}:</b> <span class="conf conf-${esc(l.confidence)}">${esc(l.confidence)}</span> ${esc(t('conf.' + l.confidence))}</span>`);
  return `<li><p>${esc(l.text)}</p>${meta.length ? `<p class="meta">${meta.join('')}</p>` : ''}</li>`;
}

export function open(key, opener) {
  const e = registry.get(key);
  const dlg = $('#explain');
  if (!e || !dlg) return;
  const lang = currentLang();
  const value = e.amount === null || e.amount === undefined ? '' : formatRupiah(e.amount, lang);
  $('#explain-title').textContent = e.title + (value ? ': ' + value : '');
  let body = '';
  if (e.lines && e.lines.length) body += `<h3>${esc(t('explain.arithmetic'))}</h3><ol class="lines">${e.lines.map(lineHtml).join('')}</ol>`;
  if (e.why && e.why.length) body += `<h3>${esc(t('explain.why'))}</h3><ul class="lines">${e.why.map(lineHtml).join('')}</ul>`;
  if (e.note) body += `<p class="note">${esc(e.note)}</p>`;
  body += `<p class="small">${esc(t('explain.legend'))}</p>`;
  $('#explain-body').innerHTML = body;
  dlg.returnFocus = opener;
  dlg.showModal();
  $('#explain-close').focus();
}

export function installDialog() {
  document.addEventListener('click', (ev) => {
    const b = ev.target.closest('[data-fig]');
    if (b) open(b.dataset.fig, b);
  });
  const dlg = $('#explain');
  dlg.addEventListener('close', () => { if (dlg.returnFocus && dlg.returnFocus.isConnected) dlg.returnFocus.focus(); });
  dlg.addEventListener('click', (ev) => { if (ev.target === dlg) dlg.close(); });
  $('#explain-close').addEventListener('click', () => dlg.close());
}
