// jamsos web app: shell, router, rule-set bar, engine start, service worker.
import { state, save } from './state.js';
import { t, setLang, getLang } from './i18n.js';
import { esc, $, $$ } from './dom.js';
import { formatDate, todayIso, parseIsoDate } from './format.js';
import * as engine from './engine.js';
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

setLang(state.lang || 'id');
useLang(getLang);

export function asOf() {
  return state.asOf && parseIsoDate(state.asOf) && state.asOf >= MIN_DATE ? state.asOf : todayIso();
}

function route() {
  const r = (location.hash || '').replace(/^#\/?/, '');
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
      <div class="lang" role="group" aria-label="${esc(t('lang.label'))}">
        <button type="button" data-lang="id" aria-pressed="${getLang() === 'id'}" lang="id">ID</button>
        <button type="button" data-lang="en" aria-pressed="${getLang() === 'en'}" lang="en">EN</button>
      </div>
    </div>
    <nav aria-label="${esc(t('nav.label'))}">${nav}</nav>
    <div class="rules-bar">
      <p id="rules-line" aria-live="polite"></p>
      <div class="asof">
        <label for="asof">${esc(t('asof.label'))}</label>
        <input type="date" id="asof" min="${MIN_DATE}" value="${esc(asOf())}" aria-describedby="asof-hint asof-err">
        <button type="button" id="asof-today" class="link">${esc(t('asof.today'))}</button>
        <p class="hint" id="asof-hint">${esc(t('asof.hint'))}</p>
        <p class="err" id="asof-err" role="alert" hidden></p>
      </div>
    </div>
  </header>
  <main id="main" tabindex="-1"></main>
  <footer class="foot"><p>${esc(t('footer.disclaimer'))}</p><p class="small" id="foot-version"></p></footer>
  <dialog id="explain" aria-labelledby="explain-title">
    <div class="dlg-head"><h2 id="explain-title"></h2><button type="button" id="explain-close" class="close">${esc(t('explain.close'))}</button></div>
    <div id="explain-body"></div>
  </dialog>`;
  $$('[data-lang]').forEach((b) => b.addEventListener('click', () => {
    state.lang = b.dataset.lang; save(); setLang(state.lang); shell(); $('[data-lang="' + state.lang + '"]').focus();
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
  installDialog();
  rulesLine();
  mount();
}

function rulesLine() {
  const lang = getLang();
  const v = rulesVersion ? rulesVersion : t('rules.loading');
  const line = $('#rules-line');
  if (engineFailed) line.innerHTML = `<span class="err-inline">${esc(t('engine.failed'))}</span> <code>${esc(engineFailed)}</code>`;
  else line.innerHTML = `${esc(t('rules.asof', { date: formatDate(asOf(), lang) }))} · ${esc(t('rules.version'))} <code id="rules-version">${esc(v)}</code>`;
  $('#foot-version').textContent = t('footer.version', { version: v, date: formatDate(asOf(), lang) });
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
};

window.addEventListener('hashchange', () => { shell(); $('#main').focus(); });

// Start the engine first (worker + wasm compile), then render: they overlap.
const started = engine.start();
shell();
started.then((v) => {
  rulesVersion = v;
  rulesLine();
  document.documentElement.dataset.engine = 'ready';
  performance.mark('jamsos-ready');
}).catch((err) => {
  engineFailed = String(err && err.message || err);
  rulesLine();
  document.documentElement.dataset.engine = 'failed';
});

// For tests and the benchmark: the last evaluation's round trip, measured in the page.
window.__jamsos = { stats: engine.stats, evaluate: engine.evaluate, benefits: engine.benefits };

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => { /* offline use needs a later visit */ });
  });
}
