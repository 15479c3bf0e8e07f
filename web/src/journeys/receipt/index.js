// Checking a receipt (#/r/<receipt>, docs/RULES.md): the receipt travels in the link's fragment,
// which the browser never sends to a server; the engine recomputes its answer here with the rules
// this device has and says "sama", "aturan berbeda" (with the figures that differ) or "tidak cocok".
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { formatRupiah, formatDate } from '../../format.js';
import { decodeReceipt, verifyReceipt } from '../../engine.js';

let mainEl = null;
let ctxRef = null;

export function mount(main, ctx) {
  mainEl = main;
  ctxRef = ctx;
  render();
}
export function refresh() { render(); }

const PAYERS = ['employer', 'worker', 'government', 'total'];

async function render() {
  const main = mainEl;
  const lang = ctxRef.lang;
  const payload = (location.hash.match(/^#\/?r\/(.*)$/) || [])[1] || '';
  main.innerHTML = `<section class="receipt"><h1>${esc(t('receipt.title'))}</h1><p id="rc-verdict" role="status">${esc(t('receipt.checking'))}</p><div id="rc-body"></div></section>`;
  const text = decodeReceipt(payload);
  const rep = text ? await verifyReceipt(text) : { verdict: 'invalid' };
  if (!main.isConnected) return;
  const verdict = main.querySelector('#rc-verdict');
  verdict.className = 'callout ' + (rep.verdict === 'same' ? 'ok' : rep.verdict === 'different_rules' ? 'warn' : 'bad');
  verdict.textContent = t('receipt.' + rep.verdict, { receipt: rep.rules_version_receipt || '', here: rep.rules_version_here || '' });
  verdict.dataset.verdict = rep.verdict;
  if (rep.verdict === 'invalid') return;
  const rec = JSON.parse(text);
  const money = (v) => (v === null || v === undefined ? '—' : formatRupiah(v, lang));
  const rows = PAYERS.map((p) => `<tr><th scope="row">${esc(t('receipt.payer.' + p))}</th>
      <td class="num">${esc(money(rep.monthly_receipt && rep.monthly_receipt[p]))}</td>
      <td class="num">${esc(money(rep.monthly_here && rep.monthly_here[p]))}</td></tr>`).join('');
  const diffs = rep.differences.length
    ? `<h2>${esc(t('receipt.differences'))}</h2><ul>${rep.differences.map((d) =>
      `<li>${esc(d.figure)}: ${esc(typeof d.receipt === 'number' ? money(d.receipt) : String(d.receipt))} → ${esc(typeof d.here === 'number' ? money(d.here) : String(d.here))}</li>`).join('')}</ul>`
    : '';
  main.querySelector('#rc-body').innerHTML = `
    <p>${esc(t('receipt.month', { date: formatDate(rec.input.as_of, lang) }))}</p>
    <table class="grid"><caption>${esc(t('receipt.caption'))}</caption>
      <thead><tr><th scope="col"></th><th scope="col">${esc(t('receipt.col.receipt'))}</th><th scope="col">${esc(t('receipt.col.here'))}</th></tr></thead>
      <tbody>${rows}</tbody></table>
    ${diffs}
    <p class="small">${esc(t('receipt.private'))}</p>`;
}
