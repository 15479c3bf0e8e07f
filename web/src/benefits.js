// "What you are protected for": the engine's benefit estimates (jamsos benefits / benefits() in the
// wasm module; docs/CONTRACT.md "Benefits") in plain words, each amount a button that opens its
// explanation with the citation and confidence (explain.js). A small JHT balance chart drawn as
// inline SVG (no third-party code), with the same numbers in a table for screen readers.
import { esc } from './dom.js';
import { t, pick, getLang } from './i18n.js';
import { formatRupiah, formatDate } from './format.js';
import { fig, plain } from './explain.js';

// Engine texts on screen: codes, conflict codes and document names in plain words (explain.js).
const P = (o, k) => plain(pick(o, k));

// Engine notes about contract inputs the page does not ask, and the page's own words for them.
const PAGE_NOTES = { jht_return_assumed: 'benefits.note_return', jht_start_balance_zero: 'benefits.note_start_zero', contribution_months_absent: 'benefits.note_months' };
const EVENT_ORDER = ['death_non_work', 'death_work', 'incapacity', 'disability', 'job_loss', 'old_age'];

// The plain-language line of a benefit: its explanation, with the amount as a figure button.
function itemFig(area, b) {
  const lines = [{ text: P(b, 'explanation'), citation: b.citation || t('benefits.ask_bpjs'), confidence: b.confidence }];
  for (const c of b.conditions || []) lines.push({ text: P(c, 'text') });
  const exp = { title: P(b, 'explanation').split(':')[0], lines, note: t('benefits.note') };
  const lang = getLang();
  if (b.amount !== undefined && b.amount !== null) {
    return fig(area, b.amount, exp, { text: (b.up_to ? t('benefits.up_to') + ' ' : '') + formatRupiah(b.amount, lang) });
  }
  if (b.monthly !== undefined) {
    const per = b.months ? t('benefits.per_month_for', { n: b.months }) : t('benefits.per_month_open');
    return fig(area, b.monthly, exp, { text: `${formatRupiah(b.monthly, lang)} ${per}` });
  }
  return fig(area, null, exp, { text: b.status === 'unconfirmed' ? t('benefits.ask_short') : t('benefits.details') });
}

function itemHtml(area, b) {
  const conds = (b.conditions || []).map((c) => P(c, 'text')).filter(Boolean);
  const cls = b.status === 'payable' ? '' : ` benefit-${esc(b.status)}`;
  return `<li class="benefit${cls}"><span class="bt">${esc(P(b, 'explanation'))}</span> ${itemFig(area, b)}` +
    (conds.length ? `<span class="small cond">${esc(conds.join(' '))}</span>` : '') + '</li>';
}

/**
 * HTML for a benefits answer: one group per event (plain heading), the totals first, then the
 * items. `opts.events` limits the events shown; `opts.programs` the programs; `opts.hideNotPayable`
 * drops lines the person's programs do not cover and lines that need an input the page does not ask
 * (their text would name the contract field).
 */
export function benefitsHtml(area, ans, opts = {}) {
  if (!ans || ans.error) return '';
  const lang = getLang();
  const events = (opts.events || EVENT_ORDER).filter((e) => ans.benefits.some((b) => b.event === e));
  const groups = events.map((ev) => {
    const items = ans.benefits.filter((b) => b.event === ev && (!opts.programs || opts.programs.includes(b.program)) &&
      !(opts.hideNotPayable && (b.status === 'not_payable' || b.status === 'need_info')));
    if (!items.length) return '';
    const totals = (ans.totals || []).filter((x) => x.event === ev && (!opts.programs || opts.programs.includes(x.program)));
    const total = totals.reduce((a, x) => a + x.amount, 0);
    const totalHtml = total ? `<p class="benefit-total">${esc(t('benefits.total'))} ${fig(area, total, {
      title: t('benefits.event.' + ev),
      lines: [{ text: items.filter((b) => b.status === 'payable' && b.amount && !b.up_to).map((b) => formatRupiah(b.amount, lang)).join(' + ') + ` = ${formatRupiah(total, lang)}`, citation: t('benefits.total_citation') }],
    })}</p>` : '';
    return `<section class="benefit-event"><h4>${esc(t('benefits.event.' + ev))}</h4>${totalHtml}<ul class="benefits">${items.map((b) => itemHtml(area, b)).join('')}</ul></section>`;
  }).join('');
  // The engine's notes, except those about contract inputs the page does not ask (their texts name
  // the fields): the page says those in its own words.
  const notes = (ans.notes || []).filter((n) => ['U', 'D', 'C'].includes(n.confidence) && !PAGE_NOTES[n.code])
    .map((n) => ({ text: P(n, 'message'), confidence: n.confidence }));
  for (const [code, key] of Object.entries(PAGE_NOTES)) {
    const n = (ans.notes || []).find((x) => x.code === code);
    if (n && key) notes.push({ text: t(key, { rate: ans.jht_projection ? ans.jht_projection.annual_return : '' }), confidence: n.confidence });
  }
  const notesList = notes.length ? `<details class="benefit-notes"><summary>${esc(t('benefits.assumptions', { n: notes.length }))}</summary><ul>${notes.map((n) => `<li>${esc(n.text)} <span class="conf conf-${esc(n.confidence)}">${esc(n.confidence)}</span></li>`).join('')}</ul></details>` : '';
  return `<div class="benefits-block">${groups}${notesList}</div>`;
}

/** The JHT projection as a small SVG line chart plus a table with the same numbers. */
export function jhtChartHtml(ans) {
  const p = ans && !ans.error ? ans.jht_projection : null;
  if (!p || !p.points || !p.points.length) return '';
  const lang = getLang();
  const pts = [{ date: p.start, balance: p.start_balance, contributed: 0 }, ...p.points];
  const W = 320, H = 140, L = 8, R = 8, T = 10, B = 18;
  const max = Math.max(1, ...pts.map((x) => x.balance));
  const x = (i) => L + (pts.length === 1 ? 0 : (i * (W - L - R)) / (pts.length - 1));
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const line = pts.map((q, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(q.balance).toFixed(1)}`).join(' ');
  const paid = pts.map((q, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(q.contributed + p.start_balance).toFixed(1)}`).join(' ');
  const last = pts[pts.length - 1];
  const rows = pts.map((q) => `<tr><th scope="row">${esc(formatDate(q.date, lang))}</th><td class="num">${esc(formatRupiah(q.balance, lang))}</td><td class="num">${esc(formatRupiah(q.contributed, lang))}</td></tr>`).join('');
  return `<figure class="jht-chart">
    <figcaption>${esc(t('benefits.jht_chart', { rate: p.annual_return }))}</figcaption>
    <svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(t('benefits.jht_chart_label', { date: formatDate(last.date, lang), amount: formatRupiah(last.balance, lang) }))}">
      <line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" class="axis"/>
      <path d="${paid}" class="paid" fill="none"/>
      <path d="${line}" class="balance" fill="none"/>
      <text x="${L}" y="${H - 4}" class="lbl">${esc(formatDate(pts[0].date, lang))}</text>
      <text x="${W - R}" y="${H - 4}" class="lbl" text-anchor="end">${esc(formatDate(last.date, lang))}</text>
      <text x="${W - R}" y="${Math.max(T + 8, y(last.balance) - 4)}" class="lbl" text-anchor="end">${esc(formatRupiah(last.balance, lang))}</text>
    </svg>
    <p class="small">${esc(t('benefits.jht_assumption', { rate: p.annual_return }))}</p>
    <details><summary>${esc(t('benefits.jht_table'))}</summary><div class="table-wrap"><table class="jht-table">
      <caption>${esc(t('benefits.jht_chart', { rate: p.annual_return }))}</caption>
      <thead><tr><th scope="col">${esc(t('benefits.date'))}</th><th scope="col" class="num">${esc(t('benefits.balance'))}</th><th scope="col" class="num">${esc(t('benefits.contributed'))}</th></tr></thead>
      <tbody>${rows}</tbody></table></div></details>
  </figure>`;
}

/** "What would change this": hints drawn from the answer (coverage, conditions, JP ceiling). */
export function hintsHtml(ans, evalResult) {
  if (!ans || ans.error) return '';
  const lang = getLang();
  const hints = [];
  const cov = ans.coverage || {};
  if (cov.JHT && cov.JHT !== 'mandatory' && cov.JHT !== 'opted_in' && evalResult && evalResult.programs && evalResult.programs.JHT) {
    const jht = evalResult.programs.JHT;
    hints.push(t('benefits.hint_jht', jht.total ? { amount: formatRupiah(jht.total, lang) } : { amount: '' }));
  }
  if (cov.JKP === 'not_eligible' && cov.JHT !== 'mandatory' && cov.JHT !== 'opted_in') hints.push(t('benefits.hint_jkp'));
  if (evalResult && evalResult.programs && evalResult.programs.JP && evalResult.programs.JP.ceiling &&
      evalResult.programs.JP.basis !== undefined && evalResult.programs.JP.basis !== null) {
    const c = evalResult.programs.JP.ceiling;
    hints.push(t('benefits.hint_jp_ceiling', { ceiling: formatRupiah(c, lang) }));
  }
  if (ans.benefits.some((b) => b.item === 'scholarship' && (b.missing || []).includes('children'))) hints.push(t('benefits.hint_children'));
  if (!hints.length) return '';
  return `<div class="hints"><h4>${esc(t('benefits.hints'))}</h4><ul>${hints.map((h) => `<li>${esc(h)}</li>`).join('')}</ul></div>`;
}
