// Translations live in web/i18n/*.json (Bahasa Indonesia first); this module only looks them up.
// Indonesian is bundled; English is a file of its own (i18n-en.json, precached by the service
// worker like every file of the site), fetched when chosen: ~10 KB gzip off the first screen's
// critical path. The dictionaries are shared through globalThis because lazily loaded bundles
// (the Daftar journey) carry their own copy of this module.
import id from '../i18n/id.json';

export const DICTS = (globalThis.__jamsosDicts ||= { id });
export const LANGS = ['id', 'en'];
let lang = 'id';

/** Fetches a language's dictionary if it is not here yet; resolves when setLang(l) can use it. */
export async function loadLang(l) {
  if (!LANGS.includes(l) || DICTS[l]) return;
  const res = await fetch(new URL(`./i18n-${l}.json`, import.meta.url));
  if (!res.ok) throw new Error(`i18n-${l}.json: HTTP ${res.status}`);
  DICTS[l] = await res.json();
}

/** The language of every later t(); one whose dictionary is not loaded (loadLang) falls back to Indonesian. */
export function setLang(l) {
  lang = LANGS.includes(l) && DICTS[l] ? l : 'id';
  document.documentElement.lang = lang;
}
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
