// Journey 3, Agen (outreach agent, BPU): declared income, sector, programs -> monthly cost, cost
// for 1, 3, 6 and 12 months (each month evaluated on its own, so relief windows apply month by
// month), what the package protects, and sharing: WhatsApp text, QR code, printable quote.
import { esc, $, debounce } from '../../dom.js';
import { t, getLang } from '../../i18n.js';
import { state, save } from '../../state.js';
import { formatMonth, formatRupiah, formatDate, addMonths } from '../../format.js';
import { clearArea, fig, lowestConfidence } from '../../explain.js';
import { moneyField, textField, radioGroup, checkField, bind, setError, engineErrorText } from '../../ui.js';
import { money, programFig, totalFig, programConfidence, notesHtml } from '../../results.js';
import { qrSvg } from './qr.js';
import { fundedByField, paidOnField, lateHtml } from '../../late.js';
import { benefitsHtml, hintsHtml } from '../../benefits.js';

const AREA = 'agen';
const SPANS = [1, 3, 6, 12];
let root, ctx;

export function mount(main, c) {
  ctx = c; root = main;
  const s = state.agen;
  main.innerHTML = `<section aria-labelledby="ag-h">
    <h1 id="ag-h">${esc(t('agen.title'))}</h1>
    <p class="lead">${esc(t('agen.lead'))}</p>
    <form class="card form" id="ag-form" novalidate>
      ${moneyField({ id: 'ag-income', k: 'income', label: t('field.declared_income'), hint: t('agen.income_hint'), value: s.income })}
      ${radioGroup({ id: 'ag-sector', k: 'sector', legend: t('field.bpu_sector'), value: s.sector,
        options: [['other', t('sector.other'), t('sector.other.sub')], ['transport', t('sector.transport'), t('sector.transport.sub')]] })}
      <fieldset class="field"><legend>${esc(t('agen.programs'))}</legend>
        <p class="hint">${esc(t('agen.programs_hint'))}</p>
        ${checkField({ id: 'ag-jht', k: 'jht', label: t('opt.JHT'), hint: t('agen.jht_hint'), checked: s.jht })}
      </fieldset>
      ${fundedByField('ag-funded', 'fundedBy', s.fundedBy)}
      ${paidOnField('ag-paid', 'paidOn', s.paidOn, t('agen.paid_hint'))}
      ${textField({ id: 'ag-name', k: 'name', label: t('agen.name'), hint: t('agen.name_hint'), value: s.name, autocomplete: 'off' })}
    </form>
    <div id="ag-result" class="result" aria-live="polite"></div>
  </section>`;
  const go = debounce(refresh, 120);
  bind($('#ag-form', main), s, () => { save(); go(); });
  $('#ag-form', main).addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
  main.addEventListener('click', onClick);
  refresh();
}

function onClick(e) {
  const b = e.target.closest('[data-act]');
  if (!b) return;
  const text = $('#ag-wa', root) ? $('#ag-wa', root).value : '';
  if (b.dataset.act === 'copy') {
    const done = () => { $('#ag-copied', root).textContent = t('agen.copied'); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, () => { $('#ag-wa', root).select(); document.execCommand('copy'); done(); });
    else { $('#ag-wa', root).select(); document.execCommand('copy'); done(); }
  } else if (b.dataset.act === 'share' && navigator.share) {
    navigator.share({ text }).catch(() => {});
  } else if (b.dataset.act === 'print') {
    document.body.classList.add('print-quote');
    window.addEventListener('afterprint', () => document.body.classList.remove('print-quote'), { once: true });
    window.print();
  }
}

function inputs(s, income) {
  const start = addMonths(ctx.asOf(), 0);
  return Array.from({ length: 12 }, (_, i) => {
    const o = { as_of: addMonths(start, i), segment: 'BPU', declared_income: income, bpu_sector: s.sector };
    if (s.jht) o.opt_in = ['JHT'];
    if (s.fundedBy) o.funded_by = s.fundedBy;
    // The payment date concerns the first month of the quote.
    if (s.paidOn && i === 0) o.paid_on = s.paidOn;
    return o;
  });
}

export async function refresh() {
  if (!root || !root.isConnected) return;
  const s = state.agen;
  const out = $('#ag-result', root);
  const w = money(root, 'ag-income', s.income, { required: true });
  if (w.value === undefined) {
    clearArea(AREA);
    out.innerHTML = `<p class="callout">${esc(w.empty || s.income.trim() === '' ? t('agen.need_income') : t('form.fix'))}</p>`;
    return;
  }
  let months, ben;
  const ins = inputs(s, w.value);
  try { [months, ben] = await Promise.all([ctx.evaluate(ins), ctx.benefits({ ...ins[0], paid_on: undefined })]); } catch (e) { out.innerHTML = `<p class="callout bad">${esc(String(e.message || e))}</p>`; return; }
  if (!root.isConnected) return;
  clearArea(AREA);
  const bad = months.find((m) => m.error);
  if (bad) {
    const ids = { declared_income: 'ag-income', funded_by: 'ag-funded', paid_on: 'ag-paid' };
    setError(root, ids[bad.error.field] || 'ag-sector', engineErrorText(bad.error));
    out.innerHTML = `<p class="callout bad" role="alert">${esc(engineErrorText(bad.error))}</p>`;
    return;
  }
  const lang = getLang();
  const first = months[0];
  const enrolled = ['JKK', 'JKM', 'JHT'].filter((p) => first.programs[p].enrolled);
  const basis = first.programs.JKK.basis;
  const monthTotal = (m) => m.totals.monthly.worker;

  // Cost for 1, 3, 6, 12 months: the sum of each month's own evaluation.
  const spanRows = SPANS.map((n) => {
    const slice = months.slice(0, n);
    const sum = slice.reduce((a, m) => a + monthTotal(m), 0);
    const reliefMonths = slice.filter((m) => m.programs.JKK.relief || m.programs.JKM.relief).length;
    const lines = slice.map((m) => ({
      text: `${formatMonth(m.as_of, lang)}: ${enrolled.map((p) => `${p} ${formatRupiah(m.programs[p].worker, lang)}`).join(' + ')} = ${formatRupiah(monthTotal(m), lang)}` +
        (m.programs.JKK.relief ? ` (${t('relief.short', { factor: m.programs.JKK.relief.factor })})` : ''),
      citation: m.programs.JKK.relief ? m.programs.JKK.relief.citation : null,
      confidence: lowestConfidence(enrolled.map((p) => programConfidence(m, p))),
    }));
    lines.push({ text: `${slice.map((m) => formatRupiah(monthTotal(m), lang)).join(' + ')} = ${formatRupiah(sum, lang)}`, citation: t('agen.sum_citation') });
    const f = fig(AREA, sum, { title: t('agen.cost_n', { n }), lines, note: t('agen.sum_note') });
    return { n, sum, reliefMonths, html: `<tr><th scope="row">${esc(t('agen.months', { n }))}<br><span class="small">${esc(formatMonth(slice[0].as_of, lang))} – ${esc(formatMonth(slice[n - 1].as_of, lang))}</span></th><td class="num">${f}</td><td>${reliefMonths ? esc(t('agen.relief_months', { n: reliefMonths })) : esc(t('agen.no_relief'))}</td></tr>` };
  });

  const progRows = enrolled.map((p) => `<tr><th scope="row"><abbr title="${esc(t('prog.' + p))}">${p}</abbr> ${first.programs[p].rate ? `<span class="rate">${esc(first.programs[p].rate)}</span>` : ''}
      ${first.programs[p].relief ? `<span class="relief">${esc(t('relief.short', { factor: first.programs[p].relief.factor }))}</span>` : ''}</th>
    <td class="num">${programFig(AREA, first, p, 'worker', { title: `${p} · ${formatMonth(first.as_of, lang)}` })}</td></tr>`).join('');

  // What the BPU package protects: the engine's estimates for this person (JKK, JKM, and JHT when chosen).
  const programs = ['JKK', 'JKM'].concat(s.jht ? ['JHT'] : []);
  const benefitList = benefitsHtml(AREA, ben, { events: ['death_non_work', 'death_work', 'incapacity'], programs, hideNotPayable: true });

  const wa = waText(s, first, spanRows, basis, lang, ben);
  out.innerHTML = `<div class="card quote" id="ag-quote">
    <h2>${esc(t('agen.quote_title'))}</h2>
    <p class="print-only">${esc(t('rules.asof', { date: formatDate(ctx.asOf(), lang) }))} · ${esc(t('rules.version'))} ${esc(ctx.version || '')}</p>
    ${s.name.trim() ? `<p><b>${esc(t('agen.for'))}</b> ${esc(s.name.trim())}</p>` : ''}
    <p>${esc(t('agen.basis', { basis: formatRupiah(basis, lang), sector: t('sector.' + s.sector) }))}${basis !== w.value ? ` <span class="small">${esc(t('agen.clamped', { income: formatRupiah(w.value, lang) }))}</span>` : ''}</p>
    <div class="kpis"><div class="kpi"><span class="kl">${esc(t('agen.first_month', { month: formatMonth(first.as_of, lang) }))}</span>${totalFig(AREA, first, 'worker', { title: t('agen.first_month', { month: formatMonth(first.as_of, lang) }) })}</div></div>
    <div class="table-wrap"><table class="slip"><caption>${esc(t('agen.per_program', { month: formatMonth(first.as_of, lang) }))}</caption><tbody>${progRows}</tbody></table></div>
    <div class="table-wrap"><table class="slip spans"><caption>${esc(t('agen.spans_caption'))}</caption>
      <thead><tr><th scope="col">${esc(t('agen.period'))}</th><th scope="col" class="num">${esc(t('agen.cost'))}</th><th scope="col">${esc(t('agen.relief'))}</th></tr></thead>
      <tbody>${spanRows.map((r) => r.html).join('')}</tbody></table></div>
    ${lateHtml(first)}
    <h3>${esc(t('agen.protects'))}</h3>
    ${benefitList}
    ${hintsHtml(ben, first)}
    <div class="share">
      <div class="qr" role="img" aria-label="${esc(t('agen.qr_label'))}">${qrSvg(wa)}</div>
      <p class="small qr-cap">${esc(t('agen.qr_caption'))}</p>
    </div>
    <p class="small">${esc(t('agen.disclaimer'))}</p>
    ${notesHtml(first)}
  </div>
  <div class="card no-print">
    <h3><label for="ag-wa">${esc(t('agen.wa_title'))}</label></h3>
    <textarea id="ag-wa" rows="9" readonly>${esc(wa)}</textarea>
    <div class="buttons">
      <button type="button" class="btn" data-act="copy">${esc(t('agen.copy'))}</button>
      <a class="btn" id="ag-wa-link" href="whatsapp://send?text=${encodeURIComponent(wa)}">${esc(t('agen.send_wa'))}</a>
      ${navigator.share ? `<button type="button" class="btn" data-act="share">${esc(t('agen.share'))}</button>` : ''}
      <button type="button" class="btn" data-act="print">${esc(t('agen.print'))}</button>
    </div>
    <p class="small" id="ag-copied" role="status"></p>
  </div>`;
}

function waText(s, first, spanRows, basis, lang, ben) {
  const R = (v) => formatRupiah(v, lang);
  const enrolled = ['JKK', 'JKM', 'JHT'].filter((p) => first.programs[p].enrolled);
  const lines = [
    `*${t('agen.wa_head')}*`,
    s.name.trim() ? `${t('agen.for')} ${s.name.trim()}` : null,
    t('agen.basis', { basis: R(basis), sector: t('sector.' + s.sector) }),
    `${t('agen.programs')}: ${enrolled.join(', ')}`,
    `${t('agen.first_month', { month: formatMonth(first.as_of, lang) })}: *${R(first.totals.monthly.worker)}*`,
    spanRows.map((r) => `${t('agen.months', { n: r.n })}: ${R(r.sum)}`).join(' · '),
    spanRows[3].reliefMonths ? t('agen.wa_relief', { n: spanRows[3].reliefMonths }) : null,
    ben && !ben.error ? `${t('agen.protects')}: ${t('agen.wa_benefits', waBenefits(ben, lang))}` : null,
    `${t('rules.asof', { date: formatDate(first.as_of, lang) })} · ${t('rules.version')} ${first.rules_version}`,
    t('agen.wa_foot'),
  ];
  return lines.filter(Boolean).join('\n');
}

// The figures of the WhatsApp text, from the engine's answer.
function waBenefits(ben, lang) {
  const jkm = (ben.totals || []).find((x) => x.event === 'death_non_work' && x.program === 'JKM');
  const sch = ben.benefits.find((b) => b.item === 'scholarship' && b.event === 'death_work');
  return { jkm: formatRupiah(jkm ? jkm.amount : 0, lang), scholarship: formatRupiah(sch && sch.amount ? sch.amount : 0, lang) };
}
