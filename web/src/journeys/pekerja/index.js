// Journey 1, Pekerja (worker): wage and employer -> my monthly deductions and my employer's share,
// program by program, as a payslip; "what if" for the wage and the optional programs.
import { esc, $, debounce } from '../../dom.js';
import { t, getLang } from '../../i18n.js';
import { state, save } from '../../state.js';
import { formatMonth, formatRupiah } from '../../format.js';
import { clearArea, fig } from '../../explain.js';
import { moneyField, selectField, textField, radioGroup, checkField, bind, setError, engineErrorText } from '../../ui.js';
import { money, payslipTable, totalFig, notesHtml, missingText } from '../../results.js';
import { asksMemberSince, memberSinceField } from '../../late.js';
import { benefitsHtml, jhtChartHtml, hintsHtml } from '../../benefits.js';
import { upcomingHtml } from '../../upcoming.js';
import { shareHtml, wireShare } from '../../receipt-share.js';
import { sumbarHtml, sumbar, warningsHtml } from '../../view.js';
import { scaleHelp, riskHelp } from '../../help.js';
import { payslipHtml } from './payslip.js';
import { pekerjaInput } from './input.js';

const AREA = 'pekerja';
let root, ctx;
let seq = 0;  // the latest refresh: an older one that finishes later does not add its benefits
const INDUSTRIES = ['', 'food_beverage_tobacco', 'textile_apparel', 'leather', 'footwear', 'toys', 'furniture', 'other'];

export function mount(main, c) {
  ctx = c; root = main;
  const s = state.pekerja;
  main.innerHTML = `<section class="jgrid" aria-labelledby="pk-h">
    <h1 id="pk-h">${esc(t('pekerja.title'))}</h1>
    <p class="lead">${esc(t('pekerja.lead'))}</p>
    <form class="card form" id="pk-form" novalidate>
      ${moneyField({ id: 'pk-wage', k: 'wage', label: t('pekerja.wage'), hint: t('pekerja.wage_hint'), value: s.wage })}
      ${selectField({ id: 'pk-scale', k: 'scale', label: t('field.employer_scale'), hint: t('pekerja.scale_hint'), value: s.scale,
        options: [['', t('select.choose')], ...['micro', 'small', 'medium', 'large'].map((v) => [v, t('scale.' + v)])] })}
      ${scaleHelp()}
      ${selectField({ id: 'pk-risk', k: 'risk', label: t('field.jkk_risk_group'), hint: t('pekerja.risk_hint'), value: s.risk,
        options: [1, 2, 3, 4, 5].map((v) => [String(v), t('risk.' + v)]) })}
      ${riskHelp()}
      ${textField({ id: 'pk-birth', k: 'birth', type: 'date', label: t('field.birth_date'), hint: t('pekerja.birth_hint'), value: s.birth, extra: 'min="1900-01-01"' })}
      <div id="pk-member-box">${memberSinceField('pk-member', 'memberSince', s.memberSince, s.birth, ctx.asOf())}</div>
      ${radioGroup({ id: 'pk-jkn', k: 'jkn', legend: t('field.jkn_enrolled'), value: s.jkn, cls: 'inline',
        options: [['yes', t('yes')], ['no', t('no')], ['', t('unknown')]] })}
      ${radioGroup({ id: 'pk-cit', k: 'citizenship', legend: t('field.citizenship'), value: s.citizenship, cls: 'inline',
        options: [['WNI', t('cit.WNI')], ['WNA', t('cit.WNA')]] })}
      <fieldset class="field"><legend>${esc(t('pekerja.optional'))}</legend><p class="hint">${esc(t('pekerja.optional_hint'))}</p>
        ${checkField({ id: 'pk-jht', k: 'optJHT', label: t('opt.JHT'), checked: s.optJHT })}
        ${checkField({ id: 'pk-jp', k: 'optJP', label: t('opt.JP'), checked: s.optJP })}
      </fieldset>
      <details class="more"${s.industry || s.headcount ? ' open' : ''}><summary>${esc(t('pekerja.more'))}</summary>
        ${selectField({ id: 'pk-ind', k: 'industry', label: t('field.industry'), hint: t('pekerja.industry_hint'), value: s.industry,
          options: INDUSTRIES.map((v) => [v, v ? t('industry.' + v) : t('select.none')]) })}
        ${textField({ id: 'pk-head', k: 'headcount', label: t('field.employer_headcount'), inputmode: 'numeric', value: s.headcount })}
      </details>
    </form>
    ${sumbarHtml('pk-sum')}
    <div id="pk-result" class="result" aria-live="polite"></div>
    <section class="card whatif" aria-labelledby="wi-h">
      <h2 id="wi-h">${esc(t('whatif.title'))}</h2>
      <p class="hint">${esc(t('whatif.lead'))}</p>
      <form id="wi-form" novalidate>
        ${moneyField({ id: 'wi-wage', k: 'wiWage', label: t('whatif.wage'), hint: t('whatif.wage_hint'), value: s.wiWage })}
        ${checkField({ id: 'wi-jht', k: 'wiJHT', label: t('opt.JHT'), checked: s.wiJHT })}
        ${checkField({ id: 'wi-jp', k: 'wiJP', label: t('opt.JP'), checked: s.wiJP })}
      </form>
      <div id="wi-result" aria-live="polite"></div>
    </section>
  </section>`;
  const go = debounce(refresh, 120);
  bind($('#pk-form', main), s, (k) => {
    save();
    if (k === 'birth') {
      // JKP's age test: the registration date is asked only at 54 or older.
      if (asksMemberSince(s.birth, ctx.asOf()) !== !!$('#pk-member', main))
        $('#pk-member-box', main).innerHTML = memberSinceField('pk-member', 'memberSince', s.memberSince, s.birth, ctx.asOf());
    }
    go();
  });
  bind($('#wi-form', main), s, () => { save(); go(); });
  main.querySelectorAll('form').forEach((f) => f.addEventListener('submit', (e) => { e.preventDefault(); refresh(); }));
  refresh();
}

function input(s, wage, optJHT, optJP) {
  return pekerjaInput(s, wage, optJHT, optJP, ctx.asOf(), !!$('#pk-member', root));
}

export async function refresh() {
  if (!root || !root.isConnected) return;
  const s = state.pekerja;
  const out = $('#pk-result', root);
  const wiOut = $('#wi-result', root);
  const w = money(root, 'pk-wage', s.wage, { required: true });
  const hc = s.headcount.trim();
  setError(root, 'pk-head', hc && !/^\d+$/.test(hc) ? t('int.invalid') : '');
  const wi = money(root, 'wi-wage', s.wiWage);
  if (w.value === undefined) {
    clearArea(AREA);
    sumbar($('#pk-sum', root), null);
    out.innerHTML = `<p class="callout">${esc(w.empty || s.wage.trim() === '' ? t('pekerja.need_wage') : t('pekerja.fix_wage'))}</p>`;
    wiOut.innerHTML = '';
    return;
  }
  const base = input(s, w.value, s.optJHT, s.optJP);
  const alt = input(s, wi.value !== undefined ? wi.value : w.value, s.wiJHT, s.wiJP);
  const withAlt = wi.value !== undefined || s.wiJHT !== s.optJHT || s.wiJP !== s.optJP;
  const mine = ++seq;
  let res;
  // The payslip block (BPJS Kesehatan, take-home) is asked of the engine for the main answer only.
  const asked = { ...base, payslip: true };
  try { res = await ctx.evaluate(withAlt ? [asked, alt] : [asked]); } catch (e) { out.innerHTML = `<p class="callout bad">${esc(String(e.message || e))}</p>`; return; }
  if (!root.isConnected) return;
  clearArea(AREA);
  const r = res[0];
  if (r.error) {
    const map = { birth_date: 'pk-birth', monthly_wage: 'pk-wage', employer_headcount: 'pk-head' };
    if (map[r.error.field]) setError(root, map[r.error.field], engineErrorText(r.error));
    out.innerHTML = `<p class="callout bad" role="alert">${esc(engineErrorText(r.error))}</p>`;
    sumbar($('#pk-sum', root), null);
    wiOut.innerHTML = '';
    return;
  }
  const lang = getLang();
  const missing = r.totals.missing.length ? t('result.missing', { fields: missingText(r.totals.missing) }) : '';
  sumbar($('#pk-sum', root), ['worker', 'employer', 'government'].filter((p) => p !== 'government' || r.totals.monthly.government)
    .map((p) => ({ party: p, value: r.totals.monthly[p], label: t(p === 'worker' ? 'pekerja.my_deduction' : p === 'employer' ? 'pekerja.employer_pays' : 'pekerja.government_pays') })), 'pk-result', !r.totals.complete);
  out.innerHTML = `${warningsHtml(r, missing)}<div class="card slip-card">
    <h2>${esc(t('pekerja.slip_title', { month: formatMonth(r.as_of, lang) }))}</h2>
    <div class="kpis">
      <div class="kpi"><span class="kl">${esc(t('pekerja.my_deduction'))}</span>${totalFig(AREA, r, 'worker', { title: t('pekerja.my_deduction'), you: true })}</div>
      <div class="kpi"><span class="kl">${esc(t('pekerja.employer_pays'))}</span>${totalFig(AREA, r, 'employer', { title: t('pekerja.employer_pays') })}</div>
      ${r.totals.monthly.government ? `<div class="kpi"><span class="kl">${esc(t('pekerja.government_pays'))}</span>${totalFig(AREA, r, 'government', { title: t('pekerja.government_pays') })}</div>` : ''}
    </div>
    ${payslipTable(AREA, r, { caption: t('pekerja.slip_caption', { wage: formatRupiah(w.value, lang) }), you: true })}
    <p class="small">${esc(t('pekerja.tap_hint'))}</p>
    ${payslipHtml(AREA, r)}
    ${notesHtml(r)}
  </div>${shareHtml('pk-share')}<div id="pk-benefits" class="card benefits-card" aria-live="polite"><p class="small">${esc(t('benefits.loading'))}</p></div>
  <div id="pk-upcoming" class="card" aria-live="polite"></div>`;
  wireShare($('#pk-share', root), base);   // a receipt of this slip, as a link (#/r/…)
  showBenefits(base, r, mine);
  showUpcoming(base, mine);
  if (!withAlt || !res[1] || res[1].error) {
    wiOut.innerHTML = res[1] && res[1].error ? `<p class="callout bad">${esc(engineErrorText(res[1].error))}</p>` : `<p class="small">${esc(t('whatif.empty'))}</p>`;
    return;
  }
  const a = res[1];
  const row = (label, party) => {
    const d = a.totals.monthly[party] - r.totals.monthly[party];
    const diff = fig(AREA, d, { title: t('whatif.diff') + ' · ' + label, lines: [{ text: `${formatRupiah(a.totals.monthly[party], lang)} − ${formatRupiah(r.totals.monthly[party], lang)} = ${formatRupiah(d, lang)}`, citation: t('explain.totals_citation') }] }, { text: (d > 0 ? '+' : '') + formatRupiah(d, lang) });
    return `<tr><th scope="row">${esc(label)}</th><td class="num" data-label="${esc(t('whatif.now'))}">${totalFig(AREA, r, party, { title: label + ' · ' + t('whatif.now') })}</td><td class="num" data-label="${esc(t('whatif.then'))}">${totalFig(AREA, a, party, { title: label + ' · ' + t('whatif.then') })}</td><td class="num" data-label="${esc(t('whatif.diff'))}">${diff}</td></tr>`;
  };
  // "resp": on a phone each row stacks, every amount labelled (style.css), so none is scrolled away.
  wiOut.innerHTML = `<div class="table-wrap"><table class="slip compare resp"><caption>${esc(t('whatif.caption', { wage: formatRupiah(alt.monthly_wage, lang) }))}</caption>
    <thead><tr><th scope="col">${esc(t('table.monthly'))}</th><th scope="col" class="num">${esc(t('whatif.now'))}</th><th scope="col" class="num">${esc(t('whatif.then'))}</th><th scope="col" class="num">${esc(t('whatif.diff'))}</th></tr></thead>
    <tbody>${row(t('pekerja.my_deduction'), 'worker')}${row(t('pekerja.employer_pays'), 'employer')}${row(t('totals.all'), 'total')}</tbody></table></div>`;
}

// What changes in the months ahead for the same person (a relief ending, the next JP ceiling,
// pension age), from the benefits module.
async function showUpcoming(base, mine) {
  let ans;
  try { ans = await ctx.upcoming(base); } catch { ans = null; }
  const box = root && root.isConnected ? $('#pk-upcoming', root) : null;
  if (!box || mine !== seq) return;
  const html = upcomingHtml(ans, { payers: ['worker', 'employer', 'government'] });
  if (!html) box.remove();
  else box.innerHTML = html;
}

// "What you are protected for": the engine's estimates for the same person (JKM, JKK death,
// JHT and JP), the JHT chart and what would change them.
async function showBenefits(base, r, mine) {
  let ans;
  try { ans = await ctx.benefits(base); } catch { ans = null; }
  const box = root && root.isConnected ? $('#pk-benefits', root) : null;
  if (!box || mine !== seq) return;
  if (!ans || ans.error) { box.remove(); return; }
  box.innerHTML = `<h2>${esc(t('benefits.title'))}</h2><p class="small">${esc(t('benefits.lead'))}</p>
    ${benefitsHtml(AREA, ans, { events: ['death_non_work', 'death_work', 'old_age'], hideNotPayable: true })}
    ${jhtChartHtml(ans)}
    ${hintsHtml(ans, r)}`;
}
