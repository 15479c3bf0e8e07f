// The home screen: one card per journey of the registry (journeys/index.js).
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { MENU, routeOf } from '../index.js';

export function mount(main) {
  const card = (j) => `<li><a class="journey" href="#/${routeOf(j)}">
      <span class="ji" aria-hidden="true">${j.icon}</span>
      <span><span class="jt">${esc(t('home.' + j.name + '.title'))}</span><span class="jd">${esc(t('home.' + j.name + '.desc'))}</span></span></a></li>`;
  main.innerHTML = `<section class="home">
    <h1>${esc(t('home.title'))}</h1>
    <p class="lead">${esc(t('home.lead'))}</p>
    <ul class="journeys">
      ${MENU.map(card).join('\n      ')}
    </ul>
    <p class="small">${esc(t('home.offline'))}</p>
  </section>`;
}
export function refresh() {}
