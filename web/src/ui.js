// Small HTML builders shared by the three journeys.
import { esc } from './dom.js';
import { t } from './i18n.js';

export const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];

function hintErr(id, hint) {
  return `${hint ? `<p class="hint" id="${id}-hint">${esc(hint)}</p>` : ''}<p class="err" id="${id}-err" role="alert" hidden></p>`;
}
function described(id, hint) { return `aria-describedby="${hint ? id + '-hint ' : ''}${id}-err"`; }

export function textField({ id, k, label, hint, value = '', placeholder = '', inputmode = 'text', type = 'text', autocomplete = 'off', extra = '' }) {
  return `<div class="field"><label for="${id}">${esc(label)}</label>
    <input id="${id}" data-k="${k}" type="${type}" inputmode="${inputmode}" autocomplete="${autocomplete}" value="${esc(value)}"
      ${placeholder ? `placeholder="${esc(placeholder)}"` : ''} ${described(id, hint)} ${extra}>${hintErr(id, hint)}</div>`;
}

export function moneyField(o) {
  return textField({ ...o, inputmode: 'decimal', placeholder: o.placeholder ?? t('money.placeholder') });
}

export function selectField({ id, k, label, hint, value, options }) {
  return `<div class="field"><label for="${id}">${esc(label)}</label>
    <select id="${id}" data-k="${k}" ${described(id, hint)}>${options.map(([v, l]) =>
      `<option value="${esc(v)}"${v === value ? ' selected' : ''}>${esc(l)}</option>`).join('')}</select>${hintErr(id, hint)}</div>`;
}

export function radioGroup({ id, k, legend, hint, value, options, cls = '' }) {
  return `<fieldset class="field radios ${cls}" id="${id}"><legend>${esc(legend)}</legend>${hint ? `<p class="hint">${esc(hint)}</p>` : ''}
    ${options.map(([v, l, sub], i) => `<label class="radio"><input type="radio" name="${id}" data-k="${k}" value="${esc(v)}" id="${id}-${i}"${v === value ? ' checked' : ''}>
      <span><span class="rl">${esc(l)}</span>${sub ? `<span class="rs">${esc(sub)}</span>` : ''}</span></label>`).join('')}
    <p class="err" id="${id}-err" role="alert" hidden></p></fieldset>`;
}

export function checkField({ id, k, label, hint, checked }) {
  return `<div class="field check"><label class="radio" for="${id}"><input type="checkbox" id="${id}" data-k="${k}"${checked ? ' checked' : ''}>
    <span><span class="rl">${esc(label)}</span>${hint ? `<span class="rs">${esc(hint)}</span>` : ''}</span></label></div>`;
}

export function statusChip(status) {
  return `<span class="chip st-${esc(status)}">${esc(t('status.' + status))}</span>`;
}

export function programName(p) {
  return `<abbr title="${esc(t('prog.' + p))}">${p}</abbr>`;
}

/** Shows or clears the inline error of a field. */
export function setError(root, id, message) {
  const input = root.querySelector('#' + id);
  const err = root.querySelector('#' + id + '-err');
  if (!err) return;
  if (message) { err.textContent = message; err.hidden = false; input && input.setAttribute('aria-invalid', 'true'); }
  else { err.textContent = ''; err.hidden = true; input && input.removeAttribute('aria-invalid'); }
}

/** Binds every [data-k] control in `root` to `obj`; calls onChange(key) after each edit. */
export function bind(root, obj, onChange) {
  const handler = (ev) => {
    const el = ev.target;
    const k = el.dataset && el.dataset.k;
    if (!k) return;
    if (el.type === 'checkbox') obj[k] = el.checked;
    else if (el.type === 'radio') { if (!el.checked) return; obj[k] = el.value; }
    else obj[k] = el.value;
    onChange(k, ev.type);
  };
  root.addEventListener('input', handler);
  root.addEventListener('change', handler);
}

export function engineErrorText(err) {
  const key = 'engine_err.' + err.code;
  const s = t(key);
  return s === key ? err.message : s;
}
