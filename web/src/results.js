// Pieces shared by the journeys: building engine inputs from typed values, and rendering results.
import { esc } from './dom.js';
import { t, t as tr, pick, getLang, DICTS } from './i18n.js';
import { parseRupiah, formatRupiah, formatRate, discountOf, PLAUSIBLE_WAGE } from './format.js';
import { fig, programLines, reasonLines, sumLine, lowestConfidence, plain, confWord } from './explain.js';
import { PROGRAMS, programName, statusChip, setError } from './ui.js';

export const PARTIES = ['worker', 'employer', 'government'];

// Implausible amounts the user confirmed, per field: id -> value. Kept for the page's life only, so a
// reload asks again; what was typed stays in the field either way.
const confirmed = new Map();

/**
 * Validates a money field: returns the value (or undefined when empty) and shows the inline error.
 * A monthly wage or income outside PLAUSIBLE_WAGE ("500" typed for 500 ribu) is not used until the
 * user confirms it with the button shown under the field.
 */
export function money(root, id, text, { required = false, min = 0, plausible = PLAUSIBLE_WAGE } = {}) {
  const r = parseRupiah(text);
  if (!r.ok) {
    if (r.error === 'money.empty' && !required) { setError(root, id, ''); return { value: undefined, ok: true }; }
    setError(root, id, r.error === 'money.empty' ? '' : t(r.error));
    return { value: undefined, ok: false, empty: r.error === 'money.empty' };
  }
  if (r.value < min) { setError(root, id, t('money.min', { min: formatRupiah(min, getLang()) })); return { value: undefined, ok: false }; }
  const lang = getLang();
  if (plausible && (r.value < plausible.min || r.value > plausible.max) && confirmed.get(id) !== r.value) {
    const key = r.value < plausible.min ? 'money.implausible_low' : 'money.implausible_high';
    setError(root, id, t(key, { value: formatRupiah(r.value, lang), min: formatRupiah(plausible.min, lang), max: formatRupiah(plausible.max, lang) }));
    const err = root.querySelector('#' + id + '-err');
    if (err) err.insertAdjacentHTML('beforeend', ` <button type="button" class="link confirm-money" data-confirm-money="${esc(id)}" data-value="${r.value}">${esc(t('money.confirm', { value: formatRupiah(r.value, lang) }))}</button>`);
    return { value: undefined, ok: false, implausible: true };
  }
  setError(root, id, '');
  return { value: r.value, ok: true, shown: formatRupiah(r.value, lang) };
}

// "Yes, use RpX": remembers the value and re-runs the field's journey through its input event.
if (typeof document !== 'undefined') {
  document.addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('[data-confirm-money]');
    if (!b) return;
    const id = b.dataset.confirmMoney;
    confirmed.set(id, Number(b.dataset.value));
    const input = document.getElementById(id);
    if (input) { input.dispatchEvent(new Event('input', { bubbles: true })); input.focus(); }
  });
}

/** The short label of a relief: "diskon 99%" for a factor of 1 % (1 % of the normal amount is paid). */
export function reliefShort(relief) {
  return t('relief.short', { discount: discountOf(relief.factor, getLang()), factor: formatRate(relief.factor, getLang()) });
}

/** The legal instrument that gave a relief ("PP 49/2020"), from its engine code or else its citation. */
export function reliefInstrument(relief) {
  if (!relief) return '';
  const key = 'relief.instr.' + relief.code;
  if (key in DICTS[getLang()]) return t(key);
  const m = /\b(PP|Perpres|Permenaker) \d+\/\d{4}/.exec(relief.citation || '');
  return m ? m[0] : (relief.citation || '');
}

/** The rate of a program as the engine gives it, with the language's decimal sign. */
export function rateText(rate) {
  return formatRate(rate, getLang());
}

// How a default the engine applied reads: money as rupiah, codes as their names, never a raw code.
function defaultValueText(d) {
  const lang = getLang();
  if (d.field === 'declared_income' || d.field === 'monthly_wage') return formatRupiah(d.value, lang);
  const names = { jkk_risk_group: 'risk.', employer_scale: 'scale.', bpu_sector: 'sector.', funded_by: 'funded.' };
  const key = names[d.field] ? names[d.field] + d.value : '';
  if (key && key in DICTS[lang]) return t(key);
  return String(d.value);
}

/** Confidence of a program's figure: the lowest among its explanation lines. */
export function programConfidence(result, p) {
  return lowestConfidence(programLines(result, p).map((l) => l.confidence).concat(reasonLines(result.programs[p]).map((l) => l.confidence)));
}

// Who pays, as the sentence's subject: "Anda" for the worker in the worker's own journey (`you`).
function subject(result, party, you) {
  return party === 'worker' && you ? t('plain.you') : partyLabel(result, party);
}

/**
 * The one plain sentence an explanation opens with: "Anda membayar 2% dari upah untuk JHT: Rp100.000";
 * a zero says why ("Anda tidak membayar JKK; Pemberi kerja yang membayar Rp29.700", included in
 * another program, relief).
 */
export function plainSentence(result, p, party, { you } = {}) {
  // English conjugates for "You" (".you" keys); Indonesian needs no variant.
  const t = (k, v) => tr(you && party === 'worker' && (k + '.you') in DICTS[getLang()] ? k + '.you' : k, v);
  const prog = result.programs[p];
  const lang = getLang();
  const amount = party === 'total' ? prog.total : prog[party];
  const vars = { who: subject(result, party, you), prog: p, amount: formatRupiah(amount, lang) };
  if (party === 'total') return t('plain.total', vars);
  if (amount > 0) {
    const rates = programLines(result, p, party).map((l) => /(\d+(?:[.,]\d+)?%) ×/.exec(l.text || '')).filter(Boolean);
    const base = result.segment === 'PU' ? 'wage' : result.segment === 'BPU' ? 'income' : '';
    if (rates.length === 1 && base && prog.basis) return t('plain.pays_rate', { ...vars, rate: rates[0][1], base: t('plain.base.' + base) });
    return t('plain.pays', vars);
  }
  if (prog.included_in) return t('plain.included', { ...vars, other: prog.included_in });
  const others = PARTIES.filter((x) => x !== party && prog[x] > 0)
    .map((x) => t('plain.other', { who: subject(result, x, you), amount: formatRupiah(prog[x], lang) }));
  if (others.length) return t('plain.zero_other', { ...vars, others: others.join(t('plain.and')) });
  if (prog.relief) return t('plain.zero_relief', vars);
  return t('plain.zero', vars);
}

/** A figure for one party's amount in one program. */
export function programFig(area, result, p, party, { title, you } = {}) {
  const prog = result.programs[p];
  const amount = party === 'total' ? prog.total : prog[party];
  if (amount === null || amount === undefined) return '<span class="na">–</span>';
  const lines = programLines(result, p, party);
  return fig(area, amount, {
    title: title || `${p} · ${t('party.' + party)}`,
    plain: plainSentence(result, p, party, { you }),
    lines: lines.length ? lines : [{ text: t('explain.no_arith') }],
    why: reasonLines(prog),
    note: prog.enrolled ? '' : t('explain.not_enrolled'),
  }, { cls: prog.enrolled ? '' : 'muted' });
}

/** A figure for a monthly total of one party (sum of enrolled programs). */
export function totalFig(area, result, party, { title, period = 'monthly', you } = {}) {
  const total = result.totals[period][party === 'total' ? 'total' : party];
  const parts = [];
  const confs = [];
  const lines = [];
  for (const p of PROGRAMS) {
    const prog = result.programs[p];
    if (!prog.enrolled || prog.period !== period) continue;
    const v = party === 'total' ? prog.total : prog[party];
    if (v === null || v === undefined || v === 0) continue;
    // Only the programs this party pays into, with their arithmetic.
    parts.push([p, v]);
    confs.push(programConfidence(result, p));
    lines.push(...programLines(result, p, party));
  }
  const head = sumLine(parts, total, t('explain.totals_citation'), lowestConfidence(confs));
  return fig(area, total, {
    title: title || t('party.' + party),
    plain: tr((total ? 'plain.sum' : 'plain.sum_zero') + (you && party === 'worker' && 'plain.sum.you' in DICTS[getLang()] ? '.you' : ''), { who: party === 'total' ? t('party.total') : subject(result, party, you), amount: formatRupiah(total, getLang()) }),
    lines: [head, ...lines],
    note: result.totals.complete ? t('explain.totals_rule') : t('explain.totals_incomplete', { fields: missingText(result.totals.missing) }),
  });
}

export function missingText(list) {
  return (list || []).map((f) => t('field.' + f)).join(', ');
}

export function notesHtml(result) {
  const items = [];
  const conf = (c) => (c ? ' · ' + esc(confWord(c)) + ' (' + esc(c) + ')' : '');
  for (const w of result.warnings || []) items.push(`<li class="warn">${esc(plain(pick(w, 'message')))}</li>`);
  for (const n of result.notes || []) items.push(`<li>${esc(plain(pick(n, 'text')))} <span class="cite">${esc(plain(n.citation || ''))}${conf(n.confidence)}</span></li>`);
  for (const d of result.defaults_applied || []) {
    items.push(`<li>${esc(t('defaults.applied', { field: t('field.' + d.field), value: defaultValueText(d) }))} <span class="cite">${esc(plain(d.citation || ''))}${conf(d.confidence)}</span></li>`);
  }
  if (!items.length) return '';
  return `<details class="notes"><summary>${esc(t('notes.title', { n: items.length }))}</summary><ul>${items.join('')}</ul></details>`;
}

/** Payslip-like table: one row per program, a column per party, a totals row. */
export function payslipTable(area, result, { parties, caption, you } = {}) {
  // The government column only when the government pays something (JKP), to fit 360 px.
  parties ||= PARTIES.filter((party) => party !== 'government' || PROGRAMS.some((p) => result.programs[p].government));
  const head = parties.map((p) => `<th scope="col" class="num"><span title="${esc(partyLabel(result, p))}">${esc(t('slip.' + p))}</span></th>`).join('');
  const rows = PROGRAMS.map((p) => {
    const prog = result.programs[p];
    const cells = parties.map((party) => `<td class="num" data-label="${esc(t('slip.' + party))}">${prog.status === 'not_eligible' || prog.status === 'need_info' ? '<span class="na">–</span>' : programFig(area, result, p, party, { title: `${p} · ${partyLabel(result, party)}`, you })}</td>`).join('');
    const rate = prog.rate ? `<span class="rate">${esc(rateText(prog.rate))}</span>` : '';
    const relief = prog.relief ? `<span class="relief">${esc(reliefShort(prog.relief))}</span>` : '';
    const tag = prog.status === 'optional' && !prog.enrolled ? `<span class="small">${esc(t('status.not_chosen'))}</span>` : '';
    return `<tr class="${prog.enrolled ? 'on' : 'off'}"><th scope="row">${programName(p)} ${rate}<br>${statusChip(prog.status)} ${relief} ${tag}</th>${cells}</tr>`;
  }).join('');
  const foot = parties.map((party) => `<td class="num total" data-label="${esc(t('slip.' + party))}">${totalFig(area, result, party, { title: t('totals.monthly') + ' · ' + partyLabel(result, party), you })}</td>`).join('');
  return `<div class="table-wrap"><table class="slip resp">${caption ? `<caption>${esc(caption)}</caption>` : ''}
    <thead><tr><th scope="col">${esc(t('table.program'))}</th>${head}</tr></thead>
    <tbody>${rows}</tbody>
    <tfoot><tr><th scope="row">${esc(t('totals.monthly'))}</th>${foot}</tr></tfoot></table></div>`;
}

export function partyLabel(result, party) {
  const p = result.payers && result.payers[party];
  if (p && p.code !== 'none') return pick(p, 'label');
  return t('party.' + party);
}

export function errorBox(err) {
  return `<div class="callout bad" role="alert">${esc(t('result.error'))} ${esc(err.message || '')}</div>`;
}
