// Short help next to the two inputs people rarely know (issue 10): the employer's size (the
// PP 7/2021 sales/capital rule with examples) and the JKK risk group (REFERENCE.md 3.2 and 4.1).
import { esc } from './dom.js';
import { t } from './i18n.js';

const box = (k, items) => `<details class="help" data-help="${k}"><summary>${esc(t('help.' + k + '.title'))}</summary>
  <p>${esc(t('help.' + k + '.body'))}</p>${items.length ? `<ul>${items.map((i) => `<li>${esc(t('help.' + k + '.' + i))}</li>`).join('')}</ul>` : ''}
  <p class="small">${esc(t('help.' + k + '.note'))}</p></details>`;

export const scaleHelp = () => box('scale', ['micro', 'small', 'medium', 'large']);
export const riskHelp = () => box('risk', ['list']);
