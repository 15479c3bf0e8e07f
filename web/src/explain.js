// "Every figure opens its explanation": each amount on screen is a button; its explanation (the
// arithmetic, the parameter, its citation and its confidence) comes from the engine's output.
import { esc, $ } from './dom.js';
import { t, pick, DICTS, getLang } from './i18n.js';
import { formatRupiah } from './format.js';

const registry = new Map();
let counter = 0;
const CONF_ORDER = ['A', 'B', 'C', 'D', 'U'];

export function lowestConfidence(list) {
  let worst = null;
  for (const c of list) if (c && (worst === null || CONF_ORDER.indexOf(c) > CONF_ORDER.indexOf(worst))) worst = c;
  return worst;
}

// Confidence in words (issue 10): A "pasti"; B and C "kemungkinan besar" (sources agree, or one
// source); D and U "belum pasti" (derived, or unconfirmed). The letter stays beside it for experts.
const CONF_WORD = { A: 'sure', B: 'likely', C: 'likely', D: 'unsure', U: 'unsure' };
export const confWord = (c) => t('conf.word.' + CONF_WORD[c]);

/**
 * An engine text made fit for the screen: an input code ("funded_by", "employer_headcount") becomes
 * the form's label, conflict codes ("(K12)") go, and a reference to the project's documents
 * ("DECISIONS.md 2") becomes plain words. Indonesian-only citation words are translated in English.
 */
export function plain(text) {
  const lang = getLang();
  const d = DICTS[lang] || DICTS.id;
  const label = (k) => d['field.' + k] || d['code.' + k];
  let x = String(text ?? '')
    .replace(/\s*\((?:REFERENCE )?(?:K\d+(?:, ?)?)+\)/g, '')
    .replace(/\((?:K\d+(?:, ?)?)+ /g, '(')
    .replace(/\s*\(\w+ null\)/g, '')
    .replace(/DECISIONS\.md ?(\d*)/g, (m, n) => t('law.decision', { n }))
    .replace(/REFERENCE\.md ?([\w.-]*\w)?/g, (m, n) => t('law.reference', { n: n || '' }))
    .replace(/\b[\w/-]+\.(?:md|json|cpp|hpp)\b/g, () => t('law.doc'))
    .replace(/\b(?:Tanggal )?as_of\b/g, () => label('as_of'))
    .replace(/\bindustry(?= (?:dan|and) employer_headcount)/g, () => label('industry'))
    .replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (m) => label(m) || m);
  // English: the Indonesian words of citations ("pasal belum dikonfirmasi", "sebagaimana diubah").
  if (lang !== 'id') for (const [a, b] of LAW_EN) x = x.replace(a, b);
  return x;
}
const LAW_EN = [[/pasal belum dikonfirmasi/g, 'article not confirmed'], [/sebagaimana diubah terakhir dengan/g, 'as last amended by'],
  [/sebagaimana diubah/g, 'as amended'], [/\(diubah\)/g, '(as amended)'], [/belum dikonfirmasi/g, 'not confirmed'],
  [/tarif dasar dinyatakan ulang dalam/g, 'base rate restated in'], [/rekomposisi JKM dihapus/g, 'JKM recomposition removed'],
  [/\(perubahan (PP \d+\/\d+)\)/g, '(amending $1)'], [/(Pasal [\d-]+) dan (Pasal|Lampiran)/g, '$1 and $2'], [/(Pasal \d+) dan (\d+)/g, '$1 and $2']];

/** Drops the figures registered by one area (before it renders again). */
export function clearArea(area) {
  for (const [k, v] of registry) if (v.area === area) registry.delete(k);
}

/** HTML for a figure button. `exp` = {title, plain?, lines:[{text, parameter, citation, confidence}], why?:[...], note?};
 *  `plain` is the one sentence the explanation opens with (else the first line, without its citation). */
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

// A line's text without the citation the engine appends in brackets: the law is behind "Dasar hukum".
function bare(l) {
  let x = plain(l.text);
  const c = l.citation && ' (' + plain(l.citation) + ')';
  if (c && x.endsWith(c)) x = x.slice(0, -c.length);
  return x;
}

function lawHtml(l) {
  const meta = [];
  if (l.citation) meta.push(`<span><b>${esc(t('explain.citation'))}:</b> ${esc(plain(l.citation))}</span>`);
  if (l.parameter) meta.push(`<span><b>${esc(t('explain.parameter'))}:</b> <code>${esc(l.parameter)}</code></span>`);
  if (l.confidence) meta.push(`<span><b>${esc(t('explain.confidence'))}:</b> ${esc(confWord(l.confidence))} <span class="conf conf-${esc(l.confidence)}">${esc(l.confidence)}</span> ${esc(t('conf.' + l.confidence))}</span>`);
  return meta.length ? `<li><p>${esc(bare(l))}</p><p class="meta">${meta.join('')}</p></li>` : '';
}

export function open(key, opener) {
  const e = registry.get(key);
  const dlg = $('#explain');
  if (!e || !dlg) return;
  const lang = currentLang();
  const value = e.amount === null || e.amount === undefined ? '' : formatRupiah(e.amount, lang);
  $('#explain-title').textContent = e.title + (value ? ': ' + value : '');
  const lines = e.lines || [];
  const why = e.why || [];
  const all = lines.concat(why);
  const conf = lowestConfidence(all.map((l) => l.confidence));
  const lead = e.plain || (lines[0] && bare(lines[0])) || '';
  let body = lead ? `<p class="plain">${esc(lead)}</p>` : '';
  if (conf) body += `<p class="small conf-line">${esc(t('explain.sure', { word: confWord(conf) }))} <span class="conf conf-${esc(conf)}">${esc(conf)}</span></p>`;
  const rest = e.plain ? lines : lines.slice(1);
  if (rest.length) body += `<h3>${esc(t('explain.arithmetic'))}</h3><ol class="lines">${rest.map((l) => `<li><p>${esc(bare(l))}</p></li>`).join('')}</ol>`;
  if (why.length) body += `<h3>${esc(t('explain.why'))}</h3><ul class="lines">${why.map((l) => `<li><p>${esc(bare(l))}</p></li>`).join('')}</ul>`;
  if (e.note) body += `<p class="note">${esc(e.note)}</p>`;
  const law = all.map(lawHtml).join('');
  if (law) body += `<details class="law"><summary>${esc(t('explain.citation'))}</summary><ul class="lines">${law}</ul><p class="small">${esc(t('explain.legend'))}</p></details>`;
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
