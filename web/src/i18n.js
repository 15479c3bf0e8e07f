// Translations live in web/i18n/*.json (Bahasa Indonesia first); this module only looks them up.
import id from '../i18n/id.json';
import en from '../i18n/en.json';

export const DICTS = { id, en };
export const LANGS = ['id', 'en'];
let lang = 'id';

export function setLang(l) { lang = LANGS.includes(l) ? l : 'id'; document.documentElement.lang = lang; }
export function getLang() { return lang; }

/** t(KEY, {name: 'x'}) -> the string in the current language with {name} replaced. */
export function t(key, vars) {
  let s = DICTS[lang][key] ?? DICTS.id[key] ?? key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  return s;
}

/** The engine's bilingual fields: pick message_id/message_en, text_id/text_en, label_id/label_en. */
export function pick(obj, base) {
  if (!obj) return '';
  return obj[`${base}_${lang}`] ?? obj[`${base}_id`] ?? '';
}
