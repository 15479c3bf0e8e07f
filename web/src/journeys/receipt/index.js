// Checking a receipt (#/r/<receipt>, docs/RULES.md): the receipt travels in the link's fragment,
// which the browser never sends to a server; the engine recomputes its answer here with the rules
// this device has and says "sama", "aturan berbeda" (with the figures that differ and the rule
// changes behind them) or "tidak cocok". A bundle of its own (receipt.js): the engine is reached
// through ctx (decodeReceipt, verifyReceipt), never imported, so that there is one engine.
import { esc } from '../../dom.js';
import { t, pick, setLang } from '../../i18n.js';
import { formatRupiah, formatDate } from '../../format.js';

let mainEl = null;
let ctxRef = null;

export function mount(main, ctx) {
  mainEl = main;
  ctxRef = ctx;
  render();
}
export function refresh() { render(); }

const PAYERS = ['employer', 'worker', 'government', 'total'];

// "JP.worker" -> "JP · Peserta", "monthly.total" -> "Iuran per bulan · Jumlah": the form's words.
function figureName(f) {
  const [group, field] = f.split('.');
  const head = group === 'monthly' ? t('receipt.caption') : group === 'one_time' ? t('receipt.one_time') : group;
  return `${head} · ${field === 'status' ? t('receipt.status') : t('receipt.payer.' + field)}`;
}

async function render() {
  const main = mainEl;
  const lang = ctxRef.lang;
  setLang(lang);   // this bundle has its own copy of the i18n module
  const payload = (location.hash.match(/^#\/?r\/(.*)$/) || [])[1] || '';
  main.innerHTML = `<section class="receipt"><h1>${esc(t('receipt.title'))}</h1><p id="rc-verdict" role="status">${esc(t('receipt.checking'))}</p><div id="rc-body"></div></section>`;
  const text = await ctxRef.decodeReceipt(payload);
  const rep = text ? await ctxRef.verifyReceipt(text) : { verdict: 'invalid' };
  if (!main.isConnected) return;
  const verdict = main.querySelector('#rc-verdict');
  verdict.className = 'callout ' + (rep.verdict === 'same' ? 'ok' : rep.verdict === 'different_rules' ? 'warn' : 'bad');
  verdict.textContent = t('receipt.' + rep.verdict, { receipt: rep.rules_version_receipt || '', here: rep.rules_version_here || '' });
  verdict.dataset.verdict = rep.verdict;
  if (rep.verdict === 'invalid') return;
  const rec = JSON.parse(text);
  const money = (v) => (v === null || v === undefined ? '—' : formatRupiah(v, lang));
  const value = (v) => (typeof v === 'number' ? money(v) : v === null || v === undefined ? '—' : String(v));
  const rows = PAYERS.map((p) => `<tr><th scope="row">${esc(t('receipt.payer.' + p))}</th>
      <td class="num">${esc(money(rep.monthly_receipt && rep.monthly_receipt[p]))}</td>
      <td class="num">${esc(money(rep.monthly_here && rep.monthly_here[p]))}</td></tr>`).join('');
  const diffs = rep.differences.length
    ? `<h2>${esc(t('receipt.differences'))}</h2><ul id="rc-diffs">${rep.differences.map((d) =>
      `<li>${esc(figureName(d.figure))}: ${esc(value(d.receipt))} → ${esc(value(d.here))}${d.because && d.because.length
        ? ` <span class="small">(${esc(t('receipt.because', { rules: d.because.map((k) => pick((rep.rule_changes || []).find((c) => c.parameter === k) || {}, 'label') || k).join(', ') }))})</span>` : ''}</li>`).join('')}</ul>`
    : '';
  // The rule changes behind the figures: from the rule values the receipt carries (older receipts
  // carry none: then they cannot be named here).
  let changes = '';
  if (rep.verdict === 'different_rules') {
    changes = rep.rule_changes_named
      ? (rep.rule_changes.length ? `<h2>${esc(t('receipt.changes'))}</h2><ul id="rc-changes">${rep.rule_changes.map((c) => `<li>${esc(pick(c, 'text'))}</li>`).join('')}</ul>` : '')
      : `<p class="small" id="rc-changes-unknown">${esc(t('receipt.changes_unknown'))}</p>`;
  }
  main.querySelector('#rc-body').innerHTML = `
    <p>${esc(t('receipt.month', { date: formatDate(rec.input.as_of, lang) }))}</p>
    <table class="grid"><caption>${esc(t('receipt.caption'))}</caption>
      <thead><tr><th scope="col"></th><th scope="col">${esc(t('receipt.col.receipt'))}</th><th scope="col">${esc(t('receipt.col.here'))}</th></tr></thead>
      <tbody>${rows}</tbody></table>
    ${diffs}
    ${changes}
    <p class="small">${esc(t('receipt.private'))}</p>`;
}
