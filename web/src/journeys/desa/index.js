// Journey 2, Perangkat desa (village official): a person's situation -> for each program
// wajib / boleh / tidak berhak / perlu data, with the reason and its regulation, and who pays.
import { esc, $, debounce } from '../../dom.js';
import { t, pick, getLang } from '../../i18n.js';
import { state, save } from '../../state.js';
import { formatMonth, discountOf } from '../../format.js';
import { clearArea, plain, confWord } from '../../explain.js';
import { moneyField, selectField, textField, radioGroup, checkField, bind, setError, statusChip, PROGRAMS, engineErrorText } from '../../ui.js';
import { ROLE_CODES, PU_ROLES, BPU_ROLES, roleName } from '../../roles.js';
import { money, programFig, totalFig, notesHtml, missingText, partyLabel, PARTIES, rateText } from '../../results.js';
import { fundedByField, asksMemberSince, memberSinceField, paidOnField, lateHtml } from '../../late.js';
import { benefitsHtml } from '../../benefits.js';
import { sumbarHtml, sumbar, warningsHtml } from '../../view.js';
import { scaleHelp, riskHelp } from '../../help.js';
import { shareHtml, wireShare } from '../../receipt-share.js';
import { desaInput } from './input.js';

const AREA = 'desa';
const FIELD_IDS = { monthly_wage: 'ds-wage', birth_date: 'ds-birth', jkn_enrolled: 'ds-jkn', employer_scale: 'ds-scale', jkk_risk_group: 'ds-risk', declared_income: 'ds-income', bpu_sector: 'ds-sector', citizenship: 'ds-cit', funded_by: 'ds-funded', member_since: 'ds-member', paid_on: 'ds-paid', scheme: 'ds-scheme' };
let root, ctx;

export function mount(main, c) {
  ctx = c; root = main;
  main.innerHTML = `<section class="jgrid" aria-labelledby="ds-h">
    <h1 id="ds-h">${esc(t('desa.title'))}</h1>
    <p class="lead">${esc(t('desa.lead'))}</p>
    <form class="card form" id="ds-form" novalidate>
      ${radioGroup({ id: 'ds-role', k: 'role', legend: t('desa.role'), value: state.desa.role, cls: 'roles',
        options: ROLE_CODES.map((r) => [r, roleName(r), t('role.' + r + '.sub')]) })}
      <div id="ds-fields"></div>
    </form>
    ${sumbarHtml('ds-sum')}
    <div id="ds-result" class="result" aria-live="polite"></div>
  </section>`;
  fields();
  const go = debounce(refresh, 120);
  // The registration date is asked only at 54 or older: the birth date decides whether it shows.
  bind($('#ds-form', main), state.desa, (k) => {
    save();
    const s = state.desa;
    if (k === 'role' || (k === 'birth' && asksMemberSince(s.birth, ctx.asOf()) !== !!$('#ds-member', root))) fields();
    go();
  });
  $('#ds-form', main).addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
  main.addEventListener('click', (e) => {
    const b = e.target.closest('[data-focus]');
    if (b) { const el = $('#' + b.dataset.focus, main); if (el) { const f = el.matches('fieldset') ? el.querySelector('input') : el; f.focus(); } }
  });
  refresh();
}

function fields() {
  const s = state.desa;
  const box = $('#ds-fields', root);
  const r = s.role;
  let html = '';
  if (r === 'pppk_paruh_waktu') {
    html += radioGroup({ id: 'ds-scheme', k: 'scheme', legend: t('field.scheme'), hint: t('scheme.hint'), value: s.scheme, cls: 'inline',
      options: [['bpjs_tk', t('scheme.bpjs_tk')], ['taspen', t('scheme.taspen')], ['', t('unknown')]] });
  }
  if (PU_ROLES.includes(r)) {
    html += moneyField({ id: 'ds-wage', k: 'wage', label: t(r === 'pendamping_desa' || r === 'non_asn' ? 'desa.honor' : r === 'bumdes' ? 'desa.wage' : 'desa.siltap'), hint: t('desa.wage_hint'), value: s.wage });
    if (r === 'bumdes') {
      html += selectField({ id: 'ds-scale', k: 'scale', label: t('field.employer_scale'), hint: t('desa.bumdes_scale_hint'), value: s.scale,
        options: [['', t('select.choose')], ...['micro', 'small', 'medium', 'large'].map((v) => [v, t('scale.' + v)])] }) + scaleHelp();
      html += selectField({ id: 'ds-risk', k: 'risk', label: t('field.jkk_risk_group'), value: s.risk, options: [1, 2, 3, 4, 5].map((v) => [String(v), t('risk.' + v)]) }) + riskHelp();
    }
    html += textField({ id: 'ds-birth', k: 'birth', type: 'date', label: t('field.birth_date'), hint: t('pekerja.birth_hint'), value: s.birth, extra: 'min="1900-01-01"' });
    html += memberSinceField('ds-member', 'memberSince', s.memberSince, s.birth, ctx.asOf());
    html += radioGroup({ id: 'ds-jkn', k: 'jkn', legend: t('field.jkn_enrolled'), value: s.jkn, cls: 'inline', options: [['yes', t('yes')], ['no', t('no')], ['', t('unknown')]] });
    html += radioGroup({ id: 'ds-cit', k: 'citizenship', legend: t('field.citizenship'), value: s.citizenship, cls: 'inline', options: [['WNI', t('cit.WNI')], ['WNA', t('cit.WNA')]] });
    html += `<fieldset class="field"><legend>${esc(t('pekerja.optional'))}</legend><p class="hint">${esc(t('desa.optional_hint'))}</p>
      ${checkField({ id: 'ds-jht', k: 'optJHT', label: t('opt.JHT'), checked: s.optJHT })}${checkField({ id: 'ds-jp', k: 'optJP', label: t('opt.JP'), checked: s.optJP })}</fieldset>`;
  } else if (BPU_ROLES.includes(r)) {
    html += moneyField({ id: 'ds-income', k: 'income', label: t('field.declared_income'), hint: t('desa.income_hint'), value: s.income });
    html += radioGroup({ id: 'ds-sector', k: 'sector', legend: t('field.bpu_sector'), value: s.sector, options: [['other', t('sector.other'), t('sector.other.sub')], ['transport', t('sector.transport'), t('sector.transport.sub')]] });
    html += checkField({ id: 'ds-jht', k: 'optJHT', label: t('opt.JHT'), checked: s.optJHT });
    html += fundedByField('ds-funded', 'fundedBy', s.fundedBy);
  } else if (r) {
    html += `<p class="callout">${esc(t('desa.excluded_hint'))}</p>`;
  }
  if (PU_ROLES.includes(r) || BPU_ROLES.includes(r)) html += paidOnField('ds-paid', 'paidOn', s.paidOn);
  // Focus survives a re-render (a birth date at 54 or older adds the registration date).
  const active = document.activeElement && box.contains(document.activeElement) ? document.activeElement.id : null;
  box.innerHTML = html;
  if (active && $('#' + active, root)) $('#' + active, root).focus();
}

// The amount the role needs read from its field (an error shown there when it cannot be read),
// then the eval input (input.js, shared with saved-impact.js).
function input(s) {
  const pu = PU_ROLES.includes(s.role);
  const w = pu || BPU_ROLES.includes(s.role) ? money(root, pu ? 'ds-wage' : 'ds-income', pu ? s.wage : s.income) : { ok: true };
  return w.ok ? desaInput(s, w.value, ctx.asOf(), !!$('#ds-member', root)) : null;
}

export async function refresh() {
  if (!root || !root.isConnected) return;
  const s = state.desa;
  const out = $('#ds-result', root);
  const none = () => sumbar($('#ds-sum', root), null);
  if (!ROLE_CODES.includes(s.role)) { clearArea(AREA); none(); out.innerHTML = `<p class="callout">${esc(t('desa.need_role'))}</p>`; return; }
  const inp = input(s);
  if (!inp) { clearArea(AREA); none(); out.innerHTML = `<p class="callout">${esc(t('form.fix'))}</p>`; return; }
  let r, ben;
  try { [r, ben] = await Promise.all([ctx.evaluate([inp]).then((x) => x[0]), ctx.benefits({ ...inp, paid_on: undefined, event: undefined })]); } catch (e) { out.innerHTML = `<p class="callout bad">${esc(String(e.message || e))}</p>`; return; }
  if (!root.isConnected) return;
  clearArea(AREA);
  if (r.error) {
    if (FIELD_IDS[r.error.field]) setError(root, FIELD_IDS[r.error.field], engineErrorText(r.error));
    none();
    out.innerHTML = `<p class="callout bad" role="alert">${esc(engineErrorText(r.error))}</p>`;
    return;
  }
  const lang = getLang();
  const cards = PROGRAMS.map((p) => {
    const prog = r.programs[p];
    const reasons = prog.reasons.map((x) => `<li>${esc(plain(pick(x, 'message')))} <span class="cite">${esc(plain(x.citation || ''))}${x.confidence ? ` · ${esc(confWord(x.confidence))} <span class="conf conf-${esc(x.confidence)}">${esc(x.confidence)}</span>` : ''}</span></li>`).join('');
    let pays = '';
    if (prog.total !== null && prog.status !== 'not_eligible') {
      const items = PARTIES.filter((party) => prog[party]).map((party) =>
        `<li><span>${esc(partyLabel(r, party))}</span>${programFig(AREA, r, p, party, { title: `${p} · ${partyLabel(r, party)}` })}</li>`);
      if (!items.length) items.push(`<li><span>${esc(t('table.total'))}</span>${programFig(AREA, r, p, 'total')}</li>`);
      pays = `<div class="pays"><h4>${esc(prog.enrolled ? t('desa.who_pays') : t('desa.who_would_pay'))}${prog.rate ? ` <span class="rate">${esc(rateText(prog.rate))}</span>` : ''}</h4><ul>${items.join('')}</ul>
        ${prog.relief ? `<p class="relief">${esc(t('relief.long', { discount: discountOf(prog.relief.factor, getLang()), factor: rateText(prog.relief.factor), citation: prog.relief.citation }))}</p>` : ''}</div>`;
    }
    const miss = prog.missing.length ? `<p class="need">${esc(t('desa.need', { fields: missingText(prog.missing) }))} ${prog.missing.filter((f) => FIELD_IDS[f] && $('#' + FIELD_IDS[f], root)).map((f) => `<button type="button" class="link" data-focus="${FIELD_IDS[f]}">${esc(t('desa.fill', { field: t('field.' + f) }))}</button>`).join(' ')}</p>` : '';
    return `<li class="prog st-${esc(prog.status)}"><div class="prog-head"><h3>${p} <span class="pname">${esc(t('prog.' + p))}</span></h3>${statusChip(prog.status)}</div>
      <ul class="reasons">${reasons}</ul>${miss}${pays}</li>`;
  }).join('');
  const payerTotals = PARTIES.filter((party) => r.totals.monthly[party]).map((party) =>
    `<li><span>${esc(partyLabel(r, party))}</span>${totalFig(AREA, r, party, { title: t('totals.monthly') + ' · ' + partyLabel(r, party) })}</li>`).join('');
  if (r.segment === null) none();
  else {
    sumbar($('#ds-sum', root), PARTIES.filter((party) => r.totals.monthly[party] || party === 'worker')
      .map((party) => ({ party, value: r.totals.monthly[party], label: partyLabel(r, party) })), 'ds-result', !r.totals.complete);
  }
  out.innerHTML = `${r.segment !== null ? warningsHtml(r, r.totals.complete ? '' : t('result.missing', { fields: missingText(r.totals.missing) })) : ''}<div class="card">
    <h2>${esc(t('desa.result_title', { role: roleName(s.role), month: formatMonth(r.as_of, lang) }))}</h2>
    ${r.segment === null ? `<p class="callout">${esc(t('desa.covered_elsewhere'))}</p>` : ''}
    <ul class="progs">${cards}</ul>
    ${r.segment !== null ? `<div class="pays totals"><h3>${esc(t('desa.monthly_total'))}</h3>${payerTotals ? `<ul>${payerTotals}</ul>` : `<p>${esc(t('desa.nothing_due'))}</p>`}
      ${r.totals.complete ? '' : `<p class="need">${esc(t('result.missing', { fields: missingText(r.totals.missing) }))}</p>`}</div>` : ''}
    ${lateHtml(r)}
    ${r.segment !== null && ben && !ben.error ? `<div class="benefits-card"><h3>${esc(t('benefits.per_person', { name: roleName(s.role) }))}</h3><p class="small">${esc(t('benefits.lead'))}</p>
      ${benefitsHtml(AREA, ben, { events: ['death_non_work', 'death_work'], hideNotPayable: true })}</div>` : ''}
    ${notesHtml(r)}
  </div>${shareHtml('ds-share')}`;
  wireShare($('#ds-share', root), inp);   // a receipt of this answer, as a link (#/r/…)
}
