// The worker's payslip view (issue 10): the wage, the BPJS Ketenagakerjaan deduction (the engine's
// worker total), the BPJS Kesehatan (JKN) 1 % worker deduction on the capped wage, and the take-home
// pay. JKN is outside BPJS Ketenagakerjaan and outside the engine: its dated, cited values are in
// web/rules/perpres-82-2018-jkn.json (the rule files' format) and applied here, rounded half up once
// like every other share (DECISIONS 2).
import { esc } from '../../dom.js';
import { t, getLang } from '../../i18n.js';
import { formatRupiah, formatRate } from '../../format.js';
import { fig } from '../../explain.js';
import { totalFig } from '../../results.js';
import JKN from '../../../rules/perpres-82-2018-jkn.json';

/** The value of a JKN parameter in force on `date` (the last day of its month, DECISIONS 4), or null. */
export function jknParam(key, date) {
  const end = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7), 0)).toISOString().slice(0, 10);
  const v = JKN.parameters[key].values.find((x) => x.from <= end && (!x.to || end <= x.to));
  return v ? { ...v, parameter: key } : null;
}

/** rate ("1%") × amount, exact, rounded half up to the rupiah. */
export function applyRate(rate, amount) {
  const [i, f = ''] = rate.replace('%', '').split('.');
  const num = BigInt(i + f), den = 100n * 10n ** BigInt(f.length);
  return Number((BigInt(amount) * num * 2n + den) / (2n * den));
}

const cite = (v) => `${v.citation.instrument} ${v.citation.article}`;

export function payslipHtml(area, r, wage, jkn) {
  const lang = getLang();
  const R = (x) => formatRupiah(x, lang);
  const rate = jknParam('jkn.ppu.rate.worker', r.as_of), erate = jknParam('jkn.ppu.rate.employer', r.as_of), cap = jknParam('jkn.ppu.wage_cap', r.as_of);
  const tk = r.totals.monthly.worker;
  let jknRow = '', jknAmt = 0, jknFig = R(0);
  if (jkn === 'no' || !rate || !cap || !erate) {
    jknRow = `<tr><th scope="row" colspan="2"><span class="small">${esc(t(jkn === 'no' ? 'payslip.jkn_no' : 'payslip.jkn_none'))}</span></th></tr>`;
  } else {
    const basis = Math.min(wage, cap.value);
    jknAmt = applyRate(rate.value, basis);
    const employer = applyRate(erate.value, basis);
    const lines = [];
    if (wage > cap.value) lines.push({ text: t('payslip.jkn_capped', { wage: R(wage), cap: R(cap.value) }), parameter: cap.parameter, citation: cite(cap), confidence: cap.confidence });
    lines.push({ text: t('payslip.jkn_line', { rate: formatRate(rate.value, lang), basis: R(basis), amount: R(jknAmt) }), parameter: rate.parameter, citation: cite(rate), confidence: rate.confidence });
    lines.push({ text: t('payslip.jkn_line', { rate: formatRate(erate.value, lang), basis: R(basis), amount: R(employer) }), parameter: erate.parameter, citation: cite(erate), confidence: erate.confidence });
    jknFig = fig(area, jknAmt, {
      title: t('payslip.jkn', { rate: formatRate(rate.value, lang) }),
      plain: t('payslip.jkn_plain', { rate: formatRate(rate.value, lang), cap: R(cap.value), amount: R(jknAmt), erate: formatRate(erate.value, lang), employer: R(employer) }),
      lines,
    });
    jknRow = `<tr class="outside" id="ps-jkn"><th scope="row">${esc(t('payslip.jkn', { rate: formatRate(rate.value, lang) }))}<br><span class="chip">${esc(t('payslip.outside'))}</span></th><td class="num">− ${jknFig}</td></tr>`;
  }
  const take = wage - tk - jknAmt;
  const takeFig = fig(area, take, {
    title: t('payslip.take_home'),
    plain: t('payslip.take_plain', { wage: R(wage), tk: R(tk), jkn: R(jknAmt), amount: R(take) }),
    lines: [{ text: t('payslip.take_rule') }],
  });
  return `<div class="table-wrap"><table class="payslip" id="ps-table"><caption>${esc(t('payslip.title'))}</caption><tbody>
    <tr><th scope="row">${esc(t('payslip.wage'))}</th><td class="num">${esc(R(wage))}</td></tr>
    <tr id="ps-tk"><th scope="row">${esc(t('payslip.tk'))}</th><td class="num">− ${totalFig(area, r, 'worker', { title: t('payslip.tk'), you: true })}</td></tr>
    ${jknRow}</tbody>
    <tfoot><tr id="ps-take"><th scope="row">${esc(t('payslip.take_home'))}</th><td class="num">${takeFig}</td></tr></tfoot></table></div>
    <p class="small">${esc(t('payslip.note'))}</p>`;
}
