import { esc } from '../dom.js';
import { t } from '../i18n.js';

export function mount(main) {
  const card = (k, icon) => `<li><a class="journey" href="#/${k}">
      <span class="ji" aria-hidden="true">${icon}</span>
      <span><span class="jt">${esc(t('home.' + k + '.title'))}</span><span class="jd">${esc(t('home.' + k + '.desc'))}</span></span></a></li>`;
  main.innerHTML = `<section class="home">
    <h1>${esc(t('home.title'))}</h1>
    <p class="lead">${esc(t('home.lead'))}</p>
    <ul class="journeys">
      ${card('pekerja', '<svg viewBox="0 0 24 24" width="32" height="32"><path d="M4 5h16v14H4z M8 9h8 M8 13h8 M8 17h5" fill="none" stroke="currentColor" stroke-width="2"/></svg>')}
      ${card('desa', '<svg viewBox="0 0 24 24" width="32" height="32"><path d="M3 11l9-7 9 7 M5 10v10h14V10 M10 20v-6h4v6" fill="none" stroke="currentColor" stroke-width="2"/></svg>')}
      ${card('agen', '<svg viewBox="0 0 24 24" width="32" height="32"><circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" stroke-width="2"/><path d="M4 21c0-4 4-6 8-6s8 2 8 6" fill="none" stroke="currentColor" stroke-width="2"/></svg>')}
      ${card('daftar', '<svg viewBox="0 0 24 24" width="32" height="32"><path d="M4 4h16v16H4z M4 9h16 M4 14h16 M9 4v16" fill="none" stroke="currentColor" stroke-width="2"/></svg>')}
    </ul>
    <p class="small">${esc(t('home.offline'))}</p>
  </section>`;
}
export function refresh() {}
