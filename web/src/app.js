// jamsos web app: shell, router, rule-set bar, engine start, service worker.
import { state, save } from './state.js';
import { t, setLang, getLang, loadLang } from './i18n.js';
import { esc, $, $$ } from './dom.js';
import { formatDate, formatRupiah, todayIso, parseIsoDate } from './format.js';
import * as engine from './engine.js';
import { workerClient } from './worker-client.js';
import { installDialog, useLang } from './explain.js';
import { JOURNEYS, MENU, routeOf } from './journeys/index.js';

// Each journey's module, once loaded (journeys/index.js: bundled ones resolve at once, lazy ones
// are fetched on first use).
const loaded = new Map();
function view(j) {
  return {
    mount(main, c) {
      const m = loaded.get(j);
      if (m) return m.mount(main, c);
      if (j.lazy) main.innerHTML = `<p class="boot">${esc(t(j.name + '.loading'))}</p>`;
      j.load().then((mod) => {
        loaded.set(j, mod);
        if (current === j && main.isConnected) mod.mount(main, c);
      }).catch((err) => { main.innerHTML = `<p class="callout bad">${esc(String(err && err.message || err))}</p>`; });
    },
    refresh() { const m = loaded.get(j); if (m && m.refresh) return m.refresh(); },
  };
}
const VIEWS = new Map(JOURNEYS.map((j) => [routeOf(j), j]));
const MIN_DATE = '2015-07-01';
let rulesVersion = null;
let engineFailed = null;
let current = null;

// English is fetched before the first render when it was chosen (i18n.js); Indonesian if that fails.
await loadLang(state.lang || 'id').catch(() => {});
setLang(state.lang || 'id');
useLang(getLang);

export function asOf() {
  return state.asOf && parseIsoDate(state.asOf) && state.asOf >= MIN_DATE ? state.asOf : todayIso();
}

function route() {
  const r = (location.hash || '').replace(/^#\/?/, '');
  if (r.startsWith('r/')) return 'r';   // a receipt: #/r/<receipt>
  return VIEWS.has(r) ? r : '';
}

function shell() {
  const r = route();
  const nav = MENU.map(routeOf).map((k) =>
    `<a href="#/${k}"${r === k ? ' aria-current="page"' : ''}>${esc(t('nav.' + k))}</a>`).join('');
  document.title = (r ? t('nav.' + r) + ' · ' : '') + t('app.title');
  $('#app').innerHTML = `
  <header class="top">
    <div class="bar">
      <a class="brand" href="#/"><svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28"><rect width="32" height="32" rx="7" fill="#0b6e4f"/><path d="M9 16.5l5 5 9-11" fill="none" stroke="#fff" stroke-width="3.6" stroke-linecap="round" stroke-linejoin="round"/></svg><span>jamsos</span></a>
      <p id="net" class="net" role="status"${navigator.onLine === false ? '' : ' hidden'}>${esc(t('net.offline'))}</p>
      <details id="hd-more" class="hd-more"${rulesOpen || moreOpen ? ' open' : ''}>
        <summary id="hd-sum"><span class="sr-only">${esc(t('hd.more'))}: </span><span id="hd-date"></span></summary>
        <div class="hd-panel">
          <p id="rules-line" aria-live="polite"></p>
          <p id="rules-reviewed"></p>
          <div class="asof">
            <label for="asof">${esc(t('asof.label'))}</label>
            <input type="date" id="asof" min="${MIN_DATE}" value="${esc(asOf())}" aria-describedby="asof-hint asof-err">
            <button type="button" id="asof-today" class="link">${esc(t('asof.today'))}</button>
            <p class="hint" id="asof-hint">${esc(t('asof.hint'))}</p>
            <p class="err" id="asof-err" role="alert" hidden></p>
          </div>
          <details id="rules-upd" class="rules-upd"${rulesOpen ? ' open' : ''}>
            <summary id="rules-upd-summary"></summary>
            <p class="small">${esc(t('rules.upd.intro'))}</p>
            <label for="rules-file">${esc(t('rules.upd.choose'))}</label>
            <input type="file" id="rules-file" accept=".json,application/json">
            <div id="rules-upd-state" role="status"></div>
            <button type="button" id="rules-reset" class="link" hidden>${esc(t('rules.upd.reset'))}</button>
          </details>
          <button type="button" id="install" class="btn ghost"${installPrompt ? '' : ' hidden'}>${esc(t('install.button'))}</button>
        </div>
      </details>
      <div class="lang" role="group" aria-label="${esc(t('lang.label'))}">
        <button type="button" data-lang="id" aria-pressed="${getLang() === 'id'}" lang="id">ID</button>
        <button type="button" data-lang="en" aria-pressed="${getLang() === 'en'}" lang="en">EN</button>
      </div>
    </div>
    <nav aria-label="${esc(t('nav.label'))}">${nav}</nav>
    <p class="print-only" id="rules-print"></p>
  </header>
  <div id="rules-notice" class="rules-notice-box" hidden></div>
  <main id="main" tabindex="-1"></main>
  <footer class="foot"><p>${esc(t('footer.disclaimer'))}</p><p class="small" id="foot-version"></p></footer>
  <dialog id="explain" aria-labelledby="explain-title">
    <div class="dlg-head"><h2 id="explain-title"></h2><button type="button" id="explain-close" class="close">${esc(t('explain.close'))}</button></div>
    <div id="explain-body"></div>
  </dialog>`;
  $$('[data-lang]').forEach((b) => b.addEventListener('click', () => {
    const l = b.dataset.lang;
    loadLang(l).then(() => {
      state.lang = l; save(); setLang(l); shell(); $('[data-lang="' + l + '"]').focus();
    }, () => {});   // not fetched (offline before the service worker cached it): the language stays
  }));
  const inp = $('#asof');
  inp.addEventListener('change', () => {
    const v = inp.value;
    if (!v || !parseIsoDate(v) || v < MIN_DATE) {
      $('#asof-err').textContent = t('asof.invalid', { min: formatDate(MIN_DATE, getLang()) });
      $('#asof-err').hidden = false; inp.setAttribute('aria-invalid', 'true');
      return;
    }
    $('#asof-err').hidden = true; inp.removeAttribute('aria-invalid');
    state.asOf = v === todayIso() ? '' : v; save();
    rulesLine(); current && view(current).refresh();
  });
  $('#asof-today').addEventListener('click', () => {
    state.asOf = ''; save(); inp.value = asOf(); $('#asof-err').hidden = true; inp.removeAttribute('aria-invalid');
    rulesLine(); current && view(current).refresh();
  });
  $('#rules-upd').addEventListener('toggle', () => { rulesOpen = $('#rules-upd').open; });
  $('#hd-more').addEventListener('toggle', () => { moreOpen = $('#hd-more').open; });
  $('#install').addEventListener('click', install);
  $('#rules-file').addEventListener('change', (e) => chooseRules(e.target));
  $('#rules-reset').addEventListener('click', () => {
    engine.resetRules().then((info) => { seenRules(info.rules_version); location.reload(); });
  });
  installDialog();
  rulesLine();
  rulesPanel();
  if (savedMod) savedMod.renderNotice();
  mount();
}

// --- Rules from a file (docs/RULES.md): checked by the engine's own loader, kept in IndexedDB ----
let rulesOpen = false;
let moreOpen = false;   // the header's disclosure: evaluation date, rule version, rules file, install
let rulesInfo = null;   // engine.rulesInfo() once the engine is up
let rulesMsg = null;    // {kind: 'ok'|'bad', key, params, detail}

function rulesPanel() {
  const lang = getLang();
  const summary = $('#rules-upd-summary');
  if (!summary) return;
  const info = rulesInfo;
  const state = !info ? t('rules.loading')
    : info.builtin ? t('rules.upd.builtin', { date: formatDate(info.reviewed_until, lang) })
      : t('rules.upd.file', { version: info.rules_version, date: formatDate(info.reviewed_until, lang) });
  summary.textContent = t('rules.upd.summary', { state });
  $('#rules-reviewed').textContent = info ? t('rules.reviewed', { date: formatDate(info.reviewed_until, lang) }) : '';
  let html = '';
  if (rulesMsg) {
    html += `<p class="${rulesMsg.kind === 'bad' ? 'err' : 'ok'}">${esc(t(rulesMsg.key, rulesMsg.params || {}))}</p>`;
    if (rulesMsg.detail) html += `<details class="small"><summary>${esc(t('rules.upd.detail'))}</summary><code>${esc(rulesMsg.detail)}</code></details>`;
  }
  if (engine.droppedBundle && !rulesMsg) html += `<p class="err">${esc(t('rules.upd.dropped'))}</p>`;
  if (info && !info.builtin) {
    html += `<p>${esc(t('rules.upd.now', { version: info.rules_version, previous: info.previous_version || '—' }))}</p>`;
    // A stored bundle's signature was checked at start (engine.js applyStored).
    html += `<p id="rules-signed" data-signed="${!!info.signature}">${esc(t(info.signature ? 'rules.upd.signed' : 'rules.upd.now_unsigned'))}</p>`;
    if (info.changelog.length) {
      html += `<p>${esc(t('rules.upd.changes'))}</p><ul class="rules-changes">` +
        info.changelog.map((c) => `<li>${esc(lang === 'en' ? c.text_en : c.text_id)}</li>`).join('') + '</ul>';
    } else {
      html += `<p>${esc(t('rules.upd.no_changes'))}</p>`;
    }
  }
  $('#rules-upd-state').innerHTML = html;
  $('#rules-reset').hidden = !info || info.builtin;
}

const MAX_RULES_FILE = 2 * 1024 * 1024;
const REFUSED = { foreign_key: 'rules.upd.err.foreign', invalid: 'rules.upd.err.bad_signature', unchecked: 'rules.upd.err.unchecked' };
let confirmed = false;   // the visitor ticked "I know where this file comes from" for the unsigned bundle on screen

async function chooseRules(input) {
  const file = input.files && input.files[0];
  if (!file) return;
  if (file.size > MAX_RULES_FILE) { rulesMsg = { kind: 'bad', key: 'rules.upd.err.too_big' }; return rulesPanel(); }
  rulesMsg = { kind: 'ok', key: 'rules.upd.checking' };
  rulesPanel();
  let text;
  try { text = await file.text(); } catch { rulesMsg = { kind: 'bad', key: 'rules.upd.err.read' }; return rulesPanel(); }
  input.value = '';
  const check = await engine.checkRules(text);
  if (check.error) {
    rulesMsg = { kind: 'bad', key: check.error.code === 'rules_not_sealed' ? 'rules.upd.err.unsealed' : 'rules.upd.err.refused', detail: check.error.message };
    return rulesPanel();
  }
  // Signed with another key, or a signature that does not match: refused, the rules in use stay.
  if (REFUSED[check.signature_check]) { rulesMsg = { kind: 'bad', key: REFUSED[check.signature_check] }; return rulesPanel(); }
  confirmed = false;
  rulesMsg = null;
  rulesPanel();
  showPending(text, check, null);
  // The saved budget plan under the candidate (the Daftar bundle's planImpact), shown after the roster's.
  const plan = JOURNEYS.find((j) => j.name === 'daftar').load().then((m) => m.planImpact(text, check, getLang())).catch(() => '');
  // What it changes for the roster kept on this device, before anything is accepted.
  const impact = await rosterImpact(text).catch((e) => ({ error: String(e && e.message || e) }));
  showPending(text, check, impact);
  const planHtml = await plan;
  const buttons = $('#rules-pending > .buttons');
  if (planHtml && buttons) buttons.insertAdjacentHTML('beforebegin', planHtml);
}

// The stored roster (Daftar) under the rules in use vs the candidate, in the roster's own worker.
async function rosterImpact(text) {
  // A long roster takes a moment: the bar follows the bytes of the roster compared so far.
  const onEvent = (m) => {
    const bar = m.type === 'progress' && $('#rules-impact-progress');
    if (bar) { bar.hidden = false; bar.max = m.total; bar.value = m.bytes; }
  };
  const w = workerClient(new URL('./roster-worker.js', import.meta.url), { onEvent });
  try {
    await w.ready;
    return await w.call('whatChanged', { bundle: text, asOf: asOf() });
  } finally { w.terminate(); }
}

function showPending(text, info, impact) {
  const lang = getLang();
  const box = $('#rules-upd-state');
  if (!box) return;
  const R = (n) => formatRupiah(n, lang);
  const unsigned = info.signature_check !== 'publisher';
  let html = `<div class="rules-pending" id="rules-pending"><p><strong>${esc(t('rules.upd.pending', { version: info.rules_version, date: formatDate(info.reviewed_until, lang) }))}</strong></p>`;
  html += unsigned
    ? `<div class="callout bad" id="rules-unsigned"><p>${esc(t('rules.upd.unsigned_warn'))}</p><label><input type="checkbox" id="rules-unsigned-ok"${confirmed ? ' checked' : ''}> ${esc(t('rules.upd.unsigned_confirm'))}</label></div>`
    : `<p class="ok" id="rules-signed" data-signed="true">${esc(t('rules.upd.signed'))}</p>`;
  html += info.changelog.length
    ? `<p>${esc(t('rules.upd.changes'))}</p><ul class="rules-changes">${info.changelog.map((c) => `<li>${esc(lang === 'en' ? c.text_en : c.text_id)}</li>`).join('')}</ul>`
    : `<p>${esc(t('rules.upd.no_changes'))}</p>`;
  if (!impact) html += `<p id="rules-impact">${esc(t('rules.upd.impact_checking'))}</p><progress id="rules-impact-progress" hidden aria-label="${esc(t('rules.upd.impact_checking'))}"></progress>`;
  else if (impact.error) html += `<p id="rules-impact" class="err">${esc(t('rules.upd.impact_failed'))}</p>`;
  else if (impact.none) html += `<p id="rules-impact">${esc(t('rules.upd.impact_none'))}</p>`;
  else {
    const s = impact.summary;
    html += `<p id="rules-impact" data-changed="${s.changed}">${esc(t('rules.upd.impact', {
      name: impact.name, changed: s.changed, rows: s.rows,
      before: R(s.monthly_before.total), after: R(s.monthly_after.total), diff: (s.monthly_difference.total > 0 ? '+' : '') + R(s.monthly_difference.total),
    }))}</p>`;
    if (impact.rows.length) {
      html += `<ul class="rules-impact-rows">${impact.rows.slice(0, 20).map((r) => `<li>${esc(t('rules.upd.impact_row', {
        row: r.row, before: R(r.monthly.before.total), after: R(r.monthly.after.total),
      }))}${r.because.length ? ' — ' + esc(r.because.map((b) => (lang === 'en' ? b.text_en : b.text_id)).join('; ')) : ''}</li>`).join('')}</ul>`;
    }
  }
  html += '<div id="rules-saved" class="saved-impact"></div>';
  html += `<div class="buttons"><button type="button" class="btn" id="rules-accept"${unsigned && !confirmed ? ' disabled' : ''}>${esc(t('rules.upd.accept'))}</button>
    <button type="button" class="btn link" id="rules-cancel">${esc(t('rules.upd.cancel'))}</button></div></div>`;
  box.innerHTML = html;
  savedImpact().then((m) => m.pending($('#rules-saved'), text, savedDeps()), () => {});
  if (unsigned) $('#rules-unsigned-ok').addEventListener('change', (e) => { confirmed = e.target.checked; $('#rules-accept').disabled = !confirmed; });
  $('#rules-accept').addEventListener('click', async () => {
    const res = await engine.loadRules(text, { allowUnsigned: unsigned && confirmed });
    if (res.error) {
      const key = REFUSED[res.error.message];
      rulesMsg = { kind: 'bad', key: key || 'rules.upd.err.refused', detail: key ? null : res.error.message };
      return rulesPanel();
    }
    rulesMsg = { kind: 'ok', key: 'rules.upd.accepted', params: { version: res.rules_version } };
    seenRules(res.rules_version);   // chosen here, with what it changes: no notice after the reload
    rulesPanel();
    // Both engines (this page's and the roster worker's) start again on the new rules.
    sessionStorage.setItem('jamsos-rules-open', '1');
    setTimeout(() => location.reload(), 600);
  });
  $('#rules-cancel').addEventListener('click', () => { rulesMsg = null; rulesPanel(); });
}

// What a rule change does to the saved Pekerja and Perangkat desa forms and quotes, and the notice
// after a site update brought other rules than this device last used (saved-impact.js: a bundle of
// its own, fetched only then). localStorage keeps the version last used (SEEN) and the version of the copy of those rules
// kept in IndexedDB (jamsos.rules.kept).
let savedMod = null;
const savedImpact = () => import(new URL('./saved-impact.js', import.meta.url).href).then((m) => (savedMod = m));
const savedDeps = () => ({ pekerja: state.pekerja, desa: state.desa, asOf: asOf(), lang: getLang(), rulesText: engine.rulesText });
const SEEN = 'jamsos.rules.seen';
function seenRules(v) { try { localStorage.setItem(SEEN, v); } catch { /* private mode */ } }
function rulesSeen(info) {
  let seen, kept;
  try { seen = localStorage.getItem(SEEN); kept = localStorage.getItem('jamsos.rules.kept'); } catch { return; }
  if (seen === info.rules_version && kept === seen) return;   // the usual start: nothing to fetch
  savedImpact().then((m) => m.afterStart(info, savedDeps()), () => {});
}

function rulesLine() {
  const lang = getLang();
  const v = rulesVersion ? rulesVersion : t('rules.loading');
  const line = $('#rules-line');
  if (engineFailed) line.innerHTML = `<span class="err-inline">${esc(t('engine.failed'))}</span> <code>${esc(engineFailed)}</code>`;
  else line.innerHTML = `${esc(t('rules.asof', { date: formatDate(asOf(), lang) }))} · ${esc(t('rules.version'))} <code id="rules-version">${esc(v)}</code>`;
  $('#foot-version').textContent = t('footer.version', { version: v, date: formatDate(asOf(), lang) });
  $('#rules-print').textContent = $('#foot-version').textContent;
  $('#hd-date').textContent = formatDate(asOf(), lang);
}

function mount() {
  const main = $('#main');
  current = VIEWS.get(route());
  view(current).mount(main, ctx);
}

const ctx = {
  asOf,
  get lang() { return getLang(); },
  get version() { return rulesVersion; },
  evaluate: engine.evaluate,
  benefits: engine.benefits,
  upcoming: engine.upcoming,
  // The receipt view is a bundle of its own: it reaches the engine through these.
  decodeReceipt: engine.decodeReceipt,
  verifyReceipt: engine.verifyReceipt,
};

// The skip link ("Langsung ke isi", index.html) points at #main: it moves the focus to the content of
// the journey on screen and leaves the route alone (a hash that is not a route would show home).
function skipToMain(e) {
  e.preventDefault();
  const main = $('#main');
  main.focus();
  main.scrollIntoView();
}
document.addEventListener('click', (e) => { if (e.target.closest && e.target.closest('a.skip')) skipToMain(e); });
let lastRouteHash = location.hash;
window.addEventListener('hashchange', () => {
  if (location.hash === '#main') {
    // Reached without the click handler (e.g. typed): restore the journey's address, keep its view.
    history.replaceState(null, '', lastRouteHash || location.pathname + location.search);
    $('#main').focus();
    return;
  }
  lastRouteHash = location.hash;
  moreOpen = false;   // the header's panel closes on the way to another journey
  shell(); $('#main').focus();
});

// Install and offline cues: the browser's install prompt behind a button (only where it offers one),
// and "working offline" in the header while the network is gone (everything still runs here).
let installPrompt = null;
window.addEventListener('beforeinstallprompt', (e) => {
  e.preventDefault();
  installPrompt = e;
  const b = $('#install');
  if (b) b.hidden = false;
});
window.addEventListener('appinstalled', () => { installPrompt = null; const b = $('#install'); if (b) b.hidden = true; });
function install() {
  if (!installPrompt) return;
  const p = installPrompt;
  installPrompt = null;
  $('#install').hidden = true;
  p.prompt();
}
const netCue = () => { const n = $('#net'); if (n) n.hidden = navigator.onLine !== false; };
window.addEventListener('online', netCue);
window.addEventListener('offline', netCue);

// Start the engine first (worker + wasm compile), then render: they overlap.
const started = engine.start();
if (sessionStorage.getItem('jamsos-rules-open')) { sessionStorage.removeItem('jamsos-rules-open'); rulesOpen = true; }
shell();
started.then((v) => {
  rulesVersion = v;
  rulesLine();
  engine.rulesInfo().then((info) => { rulesInfo = info; rulesPanel(); rulesSeen(info); }, () => {});
  document.documentElement.dataset.engine = 'ready';
  performance.mark('jamsos-ready');
}).catch((err) => {
  engineFailed = String(err && err.message || err);
  rulesLine();
  document.documentElement.dataset.engine = 'failed';
});

// For tests and the benchmark: the last evaluation's round trip, measured in the page.
window.__jamsos = { stats: engine.stats, evaluate: engine.evaluate, benefits: engine.benefits, rulesInfo: engine.rulesInfo };

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => { /* offline use needs a later visit */ });
  });
}
