// The worker's payslip view (issue 10): the wage, the BPJS Ketenagakerjaan deduction (the engine's
// worker total), the BPJS Kesehatan (JKN) worker deduction on the capped wage, and the take-home
// pay. Every figure is the engine's: the evaluate call sends `payslip: true` and the answer's
// `payslip` block (docs/CONTRACT.md) carries JKN, marked as outside BPJS Ketenagakerjaan, with its
// cited rule values (core/rules/perpres-82-2018-jkn.json). Nothing is computed here.
import { esc } from '../../dom.js';
import { t, pick, getLang } from '../../i18n.js';
import { formatRupiah, formatRate } from '../../format.js';
import { fig } from '../../explain.js';
import { totalFig } from '../../results.js';

const JKN_ITEMS = ['jkn_enrolled_assumed', 'jkn_cap', 'jkn_worker', 'jkn_employer', 'jkn_floor'];
const TAKE_ITEMS = ['bpjs_tk_worker', 'jkn_worker', 'take_home'];

/** The payslip block's explanation lines with the given items, as explanation lines. */
function lines(ps, items) {
  return ps.explanation.filter((e) => items.includes(e.item))
    .map((e) => ({ text: pick(e, 'text'), parameter: e.parameter, citation: e.citation, confidence: e.confidence }));
}

/** The payslip table for the engine's answer `r` (evaluated with payslip: true); '' without one. */
export function payslipHtml(area, r) {
  const ps = r.payslip;
  if (!ps || ps.status !== 'computed' || ps.wage === null) return '';
  const lang = getLang();
  const R = (x) => formatRupiah(x, lang);
  const k = ps.bpjs_kesehatan;
  let jknRow;
  if (k.status !== 'deducted') {
    jknRow = `<tr><th scope="row" colspan="2"><span class="small">${esc(t(k.status === 'not_enrolled' ? 'payslip.jkn_no' : 'payslip.jkn_none'))}</span></th></tr>`;
  } else {
    const rate = formatRate(k.rate_worker, lang);
    const jknFig = fig(area, k.worker, {
      title: t('payslip.jkn', { rate }),
      plain: t('payslip.jkn_plain', { rate, cap: R(k.cap), amount: R(k.worker), erate: formatRate(k.rate_employer, lang), employer: R(k.employer) }),
      lines: lines(ps, JKN_ITEMS),
    });
    jknRow = `<tr class="outside" id="ps-jkn"><th scope="row">${esc(t('payslip.jkn', { rate }))}<br><span class="chip">${esc(t('payslip.outside'))}</span></th><td class="num">− ${jknFig}</td></tr>`;
  }
  const take = ps.take_home;
  const takeFig = take === null ? esc(t('payslip.take_unknown')) : fig(area, take, {
    title: t('payslip.take_home'),
    plain: t('payslip.take_plain', { wage: R(ps.wage), tk: R(ps.bpjs_ketenagakerjaan.worker), jkn: R(k.worker), amount: R(take) }),
    lines: [...lines(ps, TAKE_ITEMS), { text: t('payslip.take_rule') }],
  });
  return `<div class="table-wrap"><table class="payslip" id="ps-table"><caption>${esc(t('payslip.title'))}</caption><tbody>
    <tr><th scope="row">${esc(t('payslip.wage'))}</th><td class="num">${esc(R(ps.wage))}</td></tr>
    <tr id="ps-tk"><th scope="row">${esc(t('payslip.tk'))}</th><td class="num">− ${totalFig(area, r, 'worker', { title: t('payslip.tk'), you: true })}</td></tr>
    ${jknRow}</tbody>
    <tfoot><tr id="ps-take"><th scope="row">${esc(t('payslip.take_home'))}</th><td class="num">${takeFig}</td></tr></tfoot></table></div>
    <p class="small">${esc(t('payslip.note'))}</p>`;
}
