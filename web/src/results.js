// Pieces shared by the journeys: building engine inputs from typed values, and rendering results.
import { esc } from './dom.js';
import { t, pick, getLang } from './i18n.js';
import { parseRupiah, formatRupiah } from './format.js';
import { fig, programLines, reasonLines, sumLine, lowestConfidence } from './explain.js';
import { PROGRAMS, programName, statusChip, setError } from './ui.js';

export const PARTIES = ['worker', 'employer', 'government'];

/** Validates a money field: returns the value (or undefined when empty) and shows the inline error. */
export function money(root, id, text, { required = false, min = 0 } = {}) {
  const r = parseRupiah(text);
  if (!r.ok) {
    if (r.error === 'money.empty' && !required) { setError(root, id, ''); return { value: undefined, ok: true }; }
    setError(root, id, r.error === 'money.empty' ? '' : t(r.error));
    return { value: undefined, ok: false, empty: r.error === 'money.empty' };
  }
  if (r.value < min) { setError(root, id, t('money.min', { min: formatRupiah(min, getLang()) })); return { value: undefined, ok: false }; }
  setError(root, id, '');
  return { value: r.value, ok: true, shown: formatRupiah(r.value, getLang()) };
}

/** Confidence of a program's figure: the lowest among its explanation lines. */
export function programConfidence(result, p) {
  return lowestConfidence(programLines(result, p).map((l) => l.confidence).concat(reasonLines(result.programs[p]).map((l) => l.confidence)));
}

/** A figure for one party's amount in one program. */
export function programFig(area, result, p, party, { title } = {}) {
  const prog = result.programs[p];
  const amount = party === 'total' ? prog.total : prog[party];
  if (amount === null || amount === undefined) return '<span class="na">–</span>';
  const lines = programLines(result, p, party);
  return fig(area, amount, {
    title: title || `${p} · ${t('party.' + party)}`,
    lines: lines.length ? lines : [{ text: t('explain.no_arith') }],
    why: reasonLines(prog),
    note: prog.enrolled ? '' : t('explain.not_enrolled'),
  }, { cls: prog.enrolled ? '' : 'muted' });
}

/** A figure for a monthly total of one party (sum of enrolled programs). */
export function totalFig(area, result, party, { title, period = 'monthly' } = {}) {
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
    lines: [head, ...lines],
    note: result.totals.complete ? t('explain.totals_rule') : t('explain.totals_incomplete', { fields: missingText(result.totals.missing) }),
  });
}

export function missingText(list) {
  return (list || []).map((f) => t('field.' + f)).join(', ');
}

export function notesHtml(result) {
  const items = [];
  for (const w of result.warnings || []) items.push(`<li class="warn">${esc(pick(w, 'message'))}</li>`);
  for (const n of result.notes || []) items.push(`<li>${esc(pick(n, 'text'))} <span class="cite">${esc(n.citation || '')}${n.confidence ? ' · ' + esc(t('explain.confidence')) + ' ' + esc(n.confidence) : ''}</span></li>`);
  for (const d of result.defaults_applied || []) {
    items.push(`<li>${esc(t('defaults.applied', { field: t('field.' + d.field), value: typeof d.value === 'number' ? formatRupiah(d.value, getLang()) : d.value }))} <span class="cite">${esc(d.citation || '')}${d.confidence ? ' · ' + esc(t('explain.confidence')) + ' ' + esc(d.confidence) : ''}</span></li>`);
  }
  if (!items.length) return '';
  return `<details class="notes"><summary>${esc(t('notes.title', { n: items.length }))}</summary><ul>${items.join('')}</ul></details>`;
}

/** Payslip-like table: one row per program, a column per party, a totals row. */
export function payslipTable(area, result, { parties, caption } = {}) {
  // The government column only when the government pays something (JKP), to fit 360 px.
  parties ||= PARTIES.filter((party) => party !== 'government' || PROGRAMS.some((p) => result.programs[p].government));
  const head = parties.map((p) => `<th scope="col" class="num"><span title="${esc(partyLabel(result, p))}">${esc(t('slip.' + p))}</span></th>`).join('');
  const rows = PROGRAMS.map((p) => {
    const prog = result.programs[p];
    const cells = parties.map((party) => `<td class="num" data-label="${esc(t('slip.' + party))}">${prog.status === 'not_eligible' || prog.status === 'need_info' ? '<span class="na">–</span>' : programFig(area, result, p, party, { title: `${p} · ${partyLabel(result, party)}` })}</td>`).join('');
    const rate = prog.rate ? `<span class="rate">${esc(prog.rate)}</span>` : '';
    const relief = prog.relief ? `<span class="relief">${esc(t('relief.short', { factor: prog.relief.factor }))}</span>` : '';
    const tag = prog.status === 'optional' && !prog.enrolled ? `<span class="small">${esc(t('status.not_chosen'))}</span>` : '';
    return `<tr class="${prog.enrolled ? 'on' : 'off'}"><th scope="row">${programName(p)} ${rate}<br>${statusChip(prog.status)} ${relief} ${tag}</th>${cells}</tr>`;
  }).join('');
  const foot = parties.map((party) => `<td class="num total" data-label="${esc(t('slip.' + party))}">${totalFig(area, result, party, { title: t('totals.monthly') + ' · ' + partyLabel(result, party) })}</td>`).join('');
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
