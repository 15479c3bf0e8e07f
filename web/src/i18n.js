// Translations live in web/i18n/*.json (Bahasa Indonesia first); this module only looks them up.
import id from '../i18n/id.json';
import en from '../i18n/en.json';

export const DICTS = { id, en };
export const LANGS = ['id', 'en'];
let lang = 'id';

export function setLang(l) { lang = LANGS.includes(l) ? l : 'id'; document.documentElement.lang = lang; }
export function getLang() { return lang; }

/**
 * t(KEY, {name: 'x'}) -> the string in the current language with {name} replaced. With {n: 1}, the
 * singular KEY.one is used where the language has one ("1 month", not "1 months").
 */
export function t(key, vars) {
  const one = vars && Number(vars.n) === 1 ? DICTS[lang][key + '.one'] : undefined;
  let s = one ?? DICTS[lang][key] ?? DICTS.id[key] ?? key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  return s;
}

/** The engine's bilingual fields: pick message_id/message_en, text_id/text_en, label_id/label_en. */
export function pick(obj, base) {
  if (!obj) return '';
  return obj[`${base}_${lang}`] ?? obj[`${base}_id`] ?? '';
}
