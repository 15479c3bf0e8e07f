// Journey 3, Agen (outreach agent, BPU): declared income, sector, programs -> monthly cost, cost
// for 1, 3, 6 and 12 months (each month evaluated on its own, so relief windows apply month by
// month), what the package protects, and sharing: WhatsApp text, QR code, printable quote.
import { esc, $, debounce } from '../../dom.js';
import { receipt, receiptLink } from '../../engine.js';
import { t, getLang } from '../../i18n.js';
import { state, save } from '../../state.js';
import { formatMonth, formatRupiah, formatDate, addMonths, parseIsoDate } from '../../format.js';
import { clearArea, fig, lowestConfidence } from '../../explain.js';
import { moneyField, textField, radioGroup, checkField, bind, setError, engineErrorText } from '../../ui.js';
import { money, programFig, totalFig, programConfidence, notesHtml, reliefShort, reliefInstrument, rateText } from '../../results.js';
import { quoteInputs } from './input.js';
import { fundedByField, paidOnField, lateHtml } from '../../late.js';
import { benefitsHtml, hintsHtml } from '../../benefits.js';
import { upcomingHtml } from '../../upcoming.js';
import { sumbarHtml, sumbar, warningsHtml } from '../../view.js';

// Saved quotes, the quote as an image and the QR encoder: a bundle of its own (extra.js -> agen-extra.js, web/build.mjs).
const extra = () => import(new URL('./agen-extra.js', import.meta.url).href);
const FORM = ['income', 'sector', 'jht', 'name', 'fundedBy', 'paidOn', 'start'];

const AREA = 'agen';
const SPANS = [1, 3, 6, 12];
let root, ctx;

export function mount(main, c) {
  ctx = c; root = main;
  const s = state.agen;
  main.innerHTML = `<section class="jgrid" aria-labelledby="ag-h">
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
      ${textField({ id: 'ag-start', k: 'start', type: 'month', label: t('agen.start'), hint: t('agen.start_hint'), value: s.start, placeholder: 'YYYY-MM', extra: 'min="2015-07"' })}
      ${textField({ id: 'ag-name', k: 'name', label: t('agen.name'), hint: t('agen.name_hint'), value: s.name, autocomplete: 'off' })}
    </form>
    ${sumbarHtml('ag-sum')}
    <div id="ag-result" class="result" aria-live="polite"></div>
    <section class="card no-print" id="ag-saved" aria-labelledby="ag-saved-h">
      <h2 id="ag-saved-h">${esc(t('agen.saved_title'))}</h2><p class="small">${esc(t('agen.saved_hint'))}</p>
      <ul class="saved" id="ag-saved-list"></ul>
    </section>
  </section>`;
  const go = debounce(refresh, 120);
  bind($('#ag-form', main), s, () => { save(); go(); });
  $('#ag-form', main).addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
  main.removeEventListener('click', onClick);   // opening a saved quote mounts again
  main.addEventListener('click', onClick);
  refresh();
  savedList();
}

// The quotes kept on this device (IndexedDB, extra.js): the form as typed, named by the customer.
async function savedList() {
  const ul = $('#ag-saved-list', root);
  if (!ul) return;
  let all = [];
  try { all = await (await extra()).listQuotes(); } catch { /* no IndexedDB: nothing kept */ }
  if (!root.isConnected) return;
  const lang = getLang();
  ul.innerHTML = all.length ? all.map((q) => {
    const f = q.form;
    const income = /^\d+$/.test(String(f.incomeValue)) ? formatRupiah(Number(f.incomeValue), lang) : f.income;
    return `<li><span>${esc(t('agen.saved_item', { name: f.name || t('agen.noname'), income, month: formatMonth(f.month, lang) }))}<span class="small"> · ${esc(formatDate(q.saved.slice(0, 10), lang))}</span></span>
      <span class="buttons"><button type="button" class="btn ghost" data-act="open" data-id="${q.id}">${esc(t('agen.open'))}</button>
      <button type="button" class="btn danger" data-act="del" data-id="${q.id}" aria-label="${esc(t('agen.delete') + ': ' + (f.name || t('agen.noname')))}">${esc(t('agen.delete'))}</button></span></li>`;
  }).join('') : `<li class="small">${esc(t('agen.saved_none'))}</li>`;
}

let lastQuote = null;   // { lines, month, income } of the quote on screen, for saving and the image

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
  } else if (b.dataset.act === 'save' && lastQuote) {
    const s = state.agen;
    const form = Object.fromEntries(FORM.map((k) => [k, s[k]]));
    extra().then((x) => x.saveQuote({ ...form, month: lastQuote.month, incomeValue: lastQuote.income }))
      .then(() => { $('#ag-copied', root).textContent = t('agen.saved_ok'); savedList(); }, () => {});
  } else if (b.dataset.act === 'open' || b.dataset.act === 'del') {
    extra().then(async (x) => {
      if (b.dataset.act === 'del') { await x.deleteQuote(b.dataset.id); return savedList(); }
      const q = await x.getQuote(b.dataset.id);
      if (!q) return;
      for (const k of FORM) if (k in q.form) state.agen[k] = q.form[k];
      save();
      mount(root, ctx);
      $('#ag-h', root).scrollIntoView();
    }).catch(() => {});
  } else if (b.dataset.act === 'img' && lastQuote) {
    const q = lastQuote;
    extra().then(async (x) => {
      const blob = await x.quoteImage({ title: t('agen.quote_title'), lines: q.lines.slice(1, -1), foot: q.lines[q.lines.length - 1] });
      await x.shareImage(blob, `penawaran-${q.month.slice(0, 7)}.png`, q.lines[0].replace(/\*/g, ''));
      $('#ag-copied', root).textContent = t('agen.image_done');
    }).catch(() => {});
  } else if (b.dataset.act === 'print') {
    document.body.classList.add('print-quote');
    window.addEventListener('afterprint', () => document.body.classList.remove('print-quote'), { once: true });
    window.print();
  }
}

function inputs(s, income) {
  // The quote's first month: the one chosen in the quote, else the evaluation date's.
  const start = /^\d{4}-\d{2}$/.test(s.start) && s.start >= '2015-07' ? s.start + '-01' : addMonths(ctx.asOf(), 0);
  return quoteInputs(s, income, start);
}

export async function refresh() {
  if (!root || !root.isConnected) return;
  const s = state.agen;
  const out = $('#ag-result', root);
  const w = money(root, 'ag-income', s.income, { required: true });
  if (w.value === undefined) {
    clearArea(AREA);
    sumbar($('#ag-sum', root), null);
    lastQuote = null;
    out.innerHTML = `<p class="callout">${esc(w.empty || s.income.trim() === '' ? t('agen.need_income') : t('form.fix'))}</p>`;
    return;
  }
  let months, normals, ben, after = null;
  const ins = inputs(s, w.value);
  try {
    [months, ben] = await Promise.all([ctx.evaluate(ins), ctx.benefits({ ...ins[0], paid_on: undefined })]);
    normals = months.some((m) => m.error) ? [] : await normalPrices(ins, months);
    if (!months.some((m) => m.error) && reliefOf(months[11])) after = await reliefAfter(ins[11]);
  } catch (e) { out.innerHTML = `<p class="callout bad">${esc(String(e.message || e))}</p>`; return; }
  if (!root.isConnected) return;
  clearArea(AREA);
  const bad = months.find((m) => m.error);
  if (bad) {
    const ids = { declared_income: 'ag-income', funded_by: 'ag-funded', paid_on: 'ag-paid' };
    setError(root, ids[bad.error.field] || 'ag-sector', engineErrorText(bad.error));
    sumbar($('#ag-sum', root), null);
    lastQuote = null;
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
        (m.programs.JKK.relief ? ` (${reliefShort(m.programs.JKK.relief)})` : ''),
      citation: m.programs.JKK.relief ? m.programs.JKK.relief.citation : null,
      confidence: lowestConfidence(enrolled.map((p) => programConfidence(m, p))),
    }));
    lines.push({ text: `${slice.map((m) => formatRupiah(monthTotal(m), lang)).join(' + ')} = ${formatRupiah(sum, lang)}`, citation: t('agen.sum_citation') });
    const f = fig(AREA, sum, { title: t('agen.cost_n', { n }), lines, note: t('agen.sum_note') });
    return { n, sum, reliefMonths, html: `<tr><th scope="row">${esc(t('agen.months', { n }))}<br><span class="small">${esc(formatMonth(slice[0].as_of, lang))} – ${esc(formatMonth(slice[n - 1].as_of, lang))}</span></th><td class="num">${f}</td><td>${reliefMonths ? esc(t('agen.relief_months', { n: reliefMonths })) : esc(t('agen.no_relief'))}</td></tr>` };
  });

  const progRows = enrolled.map((p) => `<tr><th scope="row"><abbr title="${esc(t('prog.' + p))}">${p}</abbr> ${first.programs[p].rate ? `<span class="rate">${esc(rateText(first.programs[p].rate))}</span>` : ''}
      ${first.programs[p].relief ? `<span class="relief">${esc(reliefShort(first.programs[p].relief))}</span>` : ''}</th>
    <td class="num">${programFig(AREA, first, p, 'worker', { title: `${p} · ${formatMonth(first.as_of, lang)}` })}</td></tr>`).join('');

  // What the BPU package protects: the engine's estimates for this person (JKK, JKM, and JHT when chosen).
  const programs = ['JKK', 'JKM'].concat(s.jht ? ['JHT'] : []);
  const benefitList = benefitsHtml(AREA, ben, { events: ['death_non_work', 'death_work', 'incapacity'], programs, hideNotPayable: true });

  // The honest quote: what is paid and the normal price, month by month, and when the discount ends.
  const groups = schedule(months, normals);
  const schedLines = groups.map((g) => groupLine(g, lang));
  const ends = reliefEnds(groups, lang, after);
  const firstRelief = reliefOf(first);
  const schedRows = months.map((m, i) => {
    const r = reliefOf(m);
    const month = formatMonth(m.as_of, lang);
    const paid = totalFig(AREA, m, 'worker', { title: t('agen.first_month', { month }) });
    let normal;
    if (!r) normal = totalFig(AREA, m, 'worker', { title: t('agen.sched_normal') + ' · ' + month });
    else if (normals[i] === null) normal = `<span class="na" title="${esc(t('agen.normal_unknown'))}">–</span>`;
    else normal = fig(AREA, normals[i], { title: t('agen.sched_normal') + ' · ' + month, note: t('agen.sched_normal_note'),
      lines: [{ text: t('agen.sched_normal_line', { month, instrument: reliefInstrument(r), normal: formatRupiah(normals[i], lang) }), citation: r.citation }] });
    return `<tr><th scope="row">${esc(month)}${r ? `<br><span class="relief">${esc(reliefWhat(m))} · ${esc(reliefInstrument(r))}</span>` : ''}</th><td class="num">${paid}</td><td class="num">${normal}</td></tr>`;
  }).join('');

  const wa = waText(s, months, spanRows, basis, lang, { schedLines, ends, ben });
  lastQuote = { lines: wa.split('\n'), month: first.as_of, income: w.value };
  sumbar($('#ag-sum', root), [
    { party: 'worker', value: monthTotal(first), label: t('agen.first_month', { month: formatMonth(first.as_of, lang) }) + (firstRelief ? ` (${reliefShort(firstRelief)})` : '') },
    { party: 'worker12', value: spanRows[3].sum, label: t('agen.months', { n: 12 }) },
  ], 'ag-quote', !first.totals.complete);
  out.innerHTML = `${warningsHtml(first)}<div class="card quote" id="ag-quote">
    <h2>${esc(t('agen.quote_title'))}</h2>
    <p class="print-only">${esc(t('rules.asof', { date: formatDate(first.as_of, lang) }))} · ${esc(t('rules.version'))} ${esc(ctx.version || '')}</p>
    ${s.name.trim() ? `<p><b>${esc(t('agen.for'))}</b> ${esc(s.name.trim())}</p>` : ''}
    <p>${esc(t('agen.basis', { basis: formatRupiah(basis, lang), sector: t('sector.' + s.sector) }))}${basis !== w.value ? ` <span class="small">${esc(t('agen.clamped', { income: formatRupiah(w.value, lang) }))}</span>` : ''}</p>
    <div class="kpis"><div class="kpi"><span class="kl">${esc(t('agen.first_month', { month: formatMonth(first.as_of, lang) }))}</span>${totalFig(AREA, first, 'worker', { title: t('agen.first_month', { month: formatMonth(first.as_of, lang) }) })}
      ${firstRelief ? `<span class="kn"><span class="relief">${esc(reliefWhat(first))} · ${esc(reliefInstrument(firstRelief))}</span>${normals[0] !== null ? ` ${esc(t('agen.normal_price', { normal: formatRupiah(normals[0], lang) }))}` : ''}</span>` : ''}</div></div>
    <ul class="sched-lines">${schedLines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>
    ${ends ? `<p class="sched-ends"><b>${esc(ends)}</b></p>` : ''}
    <div class="table-wrap"><table class="slip"><caption>${esc(t('agen.per_program', { month: formatMonth(first.as_of, lang) }))}</caption><tbody>${progRows}</tbody></table></div>
    <div class="table-wrap"><table class="slip spans"><caption>${esc(t('agen.spans_caption'))}</caption>
      <thead><tr><th scope="col">${esc(t('agen.period'))}</th><th scope="col" class="num">${esc(t('agen.cost'))}</th><th scope="col">${esc(t('agen.relief'))}</th></tr></thead>
      <tbody>${spanRows.map((r) => r.html).join('')}</tbody></table></div>
    <div class="table-wrap"><table class="slip sched"><caption>${esc(t('agen.sched_caption'))}</caption>
      <thead><tr><th scope="col">${esc(t('agen.sched_month'))}</th><th scope="col" class="num">${esc(t('agen.sched_paid'))}</th><th scope="col" class="num">${esc(t('agen.sched_normal'))}</th></tr></thead>
      <tbody>${schedRows}</tbody></table></div>
    ${lateHtml(first)}
    <h3>${esc(t('agen.protects'))}</h3>
    ${benefitList}
    ${benefitList ? `<p class="print-only small">${esc(t('agen.print_more'))}</p>` : ''}
    ${hintsHtml(ben, first)}
    <div class="share">
      <div class="qr" id="ag-qr" role="img" aria-label="${esc(t('agen.qr_label'))}"></div>
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
      <a class="btn" id="ag-wa-web" href="https://wa.me/?text=${encodeURIComponent(wa)}" target="_blank" rel="noopener noreferrer">${esc(t('agen.send_wa_web'))}</a>
      <button type="button" class="btn" data-act="img">${esc(t('agen.image'))}</button>
      <button type="button" class="btn ghost" data-act="save">${esc(t('agen.save'))}</button>
      ${navigator.share ? `<button type="button" class="btn" data-act="share">${esc(t('agen.share'))}</button>` : ''}
      <button type="button" class="btn" data-act="print">${esc(t('agen.print'))}</button>
    </div>
    <p class="small" id="ag-copied" role="status"></p>
    <p class="small"><a id="ag-receipt" hidden>${esc(t('agen.receipt_link'))}</a></p>
  </div>
  <div class="card no-print" id="ag-upcoming" aria-live="polite"></div>`;
  // What changes for this worker in the months ahead, and why (the benefits module).
  // The box of this render: a later render replaces it, and this answer then goes nowhere.
  const upBox = $('#ag-upcoming', root);
  if (upBox) ctx.upcoming({ ...ins[0], paid_on: undefined }).then((ans) => {
    if (!upBox.isConnected) return;
    const html = upcomingHtml(ans, { payers: ['worker', 'government'] });
    if (html) upBox.innerHTML = html; else upBox.remove();
  }, () => upBox.remove());
  // The receipt of the first month's answer, as a link anyone can open to check it (#/r/…), and
  // in the QR code: scanning it opens the page, which recomputes the quote on that phone.
  // The elements of this render: a later render replaces them, and this answer then goes nowhere.
  const a = $('#ag-receipt', root);
  const qrBox = $('#ag-qr', root);
  receipt(ins[0]).then(async (rec) => {
    if (rec.error || !a.isConnected) return;
    const link = await receiptLink(rec);
    a.href = link;
    a.hidden = false;
    const x = await extra();
    if (qrBox.isConnected) qrBox.innerHTML = x.qrSvg(link);
  }).catch(() => {});
}

// The instruments the engine applied in the quoted months, each with its number of months
// ("PP 49/2020" in January 2021, "PP 50/2025" from 2026), in the order they first apply.
function reliefsApplied(months) {
  const by = new Map();
  for (const m of months) {
    const r = ['JKK', 'JKM', 'JHT'].map((p) => m.programs[p].relief).find(Boolean);
    if (!r) continue;
    const name = reliefInstrument(r);
    by.set(name, (by.get(name) || 0) + 1);
  }
  return [...by].map(([instrument, n]) => ({ instrument, n }));
}

const reliefOf = (m) => ['JKK', 'JKM', 'JHT'].map((p) => m.programs[p].relief).find(Boolean) || null;
// "diskon 50% JKK+JKM": the discount and the programs it applies to (JHT is charged in full).
const reliefWhat = (m) => `${reliefShort(reliefOf(m))} ${['JKK', 'JKM', 'JHT'].filter((p) => m.programs[p].relief).join('+')}`;

// The normal price (without a discount) of every month of the quote, from the engine. A month with
// no relief is its own normal price. A month under PP 50/2025 is evaluated again as paid through the
// APBN, which PP 50/2025 Pasal 3 leaves without the discount (otherwise the same rule and amounts).
// Other reliefs (PP 49/2020) have no such input in the contract: their normal price stays null.
async function normalPrices(ins, months) {
  const out = months.map((m) => (reliefOf(m) ? null : m.totals.monthly.worker));
  const again = months.map((m, i) => (reliefOf(m) && reliefOf(m).code === 'pp50_2025' ? i : -1)).filter((i) => i >= 0);
  if (!again.length) return out;
  const res = await ctx.evaluate(again.map((i) => {
    const o = { ...ins[i], funded_by: 'apbn' };
    delete o.paid_on;
    return o;
  }));
  res.forEach((r, k) => { if (!r.error && !reliefOf(r)) out[again[k]] = r.totals.monthly.worker; });
  return out;
}

// Consecutive months with the same price, normal price and relief, for the headline and the texts.
function schedule(months, normals) {
  const groups = [];
  months.forEach((m, i) => {
    const r = reliefOf(m);
    const key = `${m.totals.monthly.worker}|${normals[i]}|${r ? r.code + reliefWhat(m) : ''}`;
    const g = groups[groups.length - 1];
    if (g && g.key === key) { g.to = m.as_of; g.n++; } else groups.push({ key, from: m.as_of, to: m.as_of, n: 1, paid: m.totals.monthly.worker, normal: normals[i], relief: r, what: r ? reliefWhat(m) : '' });
  });
  return groups;
}

function groupLine(g, lang) {
  const R = (v) => formatRupiah(v, lang);
  const months = g.n === 1 ? formatMonth(g.from, lang) : `${formatMonth(g.from, lang)} – ${formatMonth(g.to, lang)}`;
  if (!g.relief) return t('agen.sched_group_normal', { months, paid: R(g.paid) });
  const v = { months, paid: R(g.paid), relief: g.what, instrument: reliefInstrument(g.relief) };
  return g.normal === null ? t('agen.sched_group_relief_nonormal', v) : t('agen.sched_group_relief', { ...v, normal: R(g.normal) });
}

// When the discount still applies in the quote's last month: the engine's first month after it
// without a relief, looking up to two more years ahead ({ month, paid } or null).
async function reliefAfter(lastInput) {
  const more = Array.from({ length: 24 }, (_, i) => {
    const o = { ...lastInput, as_of: addMonths(lastInput.as_of, i + 1) };
    delete o.paid_on;
    return o;
  });
  const res = await ctx.evaluate(more);
  const k = res.findIndex((r) => !r.error && !reliefOf(r));
  return k < 0 ? null : { month: res[k].as_of, paid: res[k].totals.monthly.worker };
}

// "The discount ends on 31 December 2026; from January 2027 the normal price is Rp16.800."
function reliefEnds(groups, lang, after) {
  let last = -1;
  groups.forEach((g, i) => { if (g.relief) last = i; });
  if (last < 0) return '';
  if (last === groups.length - 1) {
    if (!after) return t('agen.relief_lasts', { month: formatMonth(groups[last].to, lang) });
    const date = formatDate(lastDayOfMonth(addMonths(after.month, -1)), lang);
    return t('agen.relief_ends', { date, month: formatMonth(after.month, lang), normal: formatRupiah(after.paid, lang) });
  }
  const next = groups[last + 1];
  const date = formatDate(lastDayOfMonth(groups[last].to), lang);
  if (next.normal === null) return t('agen.relief_ends_nonormal', { date, month: formatMonth(next.from, lang), paid: formatRupiah(next.paid, lang) });
  return t('agen.relief_ends', { date, month: formatMonth(next.from, lang), normal: formatRupiah(next.normal, lang) });
}

function lastDayOfMonth(iso) {
  const d = parseIsoDate(addMonths(iso, 1));
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

function waText(s, months, spanRows, basis, lang, { schedLines, ends, ben }) {
  const first = months[0];
  const R = (v) => formatRupiah(v, lang);
  const enrolled = ['JKK', 'JKM', 'JHT'].filter((p) => first.programs[p].enrolled);
  const lines = [
    `*${t('agen.wa_head')}*`,
    s.name.trim() ? `${t('agen.for')} ${s.name.trim()}` : null,
    t('agen.basis', { basis: R(basis), sector: t('sector.' + s.sector) }),
    `${t('agen.programs')}: ${enrolled.join(', ')}`,
    `${t('agen.first_month', { month: formatMonth(first.as_of, lang) })}: *${R(first.totals.monthly.worker)}*`,
    t('agen.wa_sched'),
    ...schedLines.map((l) => `- ${l}`),
    ends || null,
    spanRows.map((r) => `${t('agen.months', { n: r.n })}: ${R(r.sum)}`).join(' · '),
    ...reliefsApplied(months).map((r) => t('agen.wa_relief', r)),
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
