// Pure helpers: rupiah and date formatting, and parsing what people type ("5.000.000", "5jt",
// "5 juta", "Rp 750rb"). No DOM here, so node tests import this file directly.

const LOCALES = { id: 'id-ID', en: 'en-GB' };
const numberFormats = {};

/** "Rp8.400" (id) / "Rp8,400" (en). null and undefined give an en dash. */
export function formatRupiah(n, lang = 'id') {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  const key = lang === 'en' ? 'en' : 'id';
  numberFormats[key] ||= new Intl.NumberFormat(key === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 0 });
  const s = numberFormats[key].format(Math.abs(n));
  return (n < 0 ? '−' : '') + 'Rp' + s;
}

/** A plain number in the same grouping, for input fields: 5000000 -> "5.000.000". */
export function formatNumber(n, lang = 'id') {
  return formatRupiah(n, lang).replace('Rp', '');
}

/** "2026-05-01" -> "1 Mei 2026" (id) / "1 May 2026" (en). */
export function formatDate(iso, lang = 'id') {
  const d = parseIsoDate(iso);
  if (!d) return iso || '';
  return new Intl.DateTimeFormat(LOCALES[lang] || 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** "2026-05-01" -> "Mei 2026". */
export function formatMonth(iso, lang = 'id') {
  const d = parseIsoDate(iso);
  if (!d) return iso || '';
  return new Intl.DateTimeFormat(LOCALES[lang] || 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function parseIsoDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
  return d;
}

/** Today's date in the device's time zone as "YYYY-MM-DD". */
export function todayIso(now = new Date()) {
  const p = (x) => String(x).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The first day of the month `k` months after the month of `iso`: ("2026-03-15", 2) -> "2026-05-01". */
export function addMonths(iso, k) {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  const idx = +m[1] * 12 + (+m[2] - 1) + k;
  return `${String(Math.floor(idx / 12)).padStart(4, '0')}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
}

// "m" is a million in both languages ("5.5m", as English speakers write it); a milliard is written
// out ("1,2 miliar", "1.2 billion", "1.2 bn"). A monthly wage in the milliards is implausible anyway
// and asks for a confirmation (PLAUSIBLE_WAGE below).
const UNITS = [
  [/^(jt|juta|jutaan|million|millions|mio|mil|m)$/, 1_000_000],
  [/^(rb|ribu|k|rebu|thousand)$/, 1_000],
  [/^(miliar|milyar|billion|bn)$/, 1_000_000_000],
];
export const MAX_RUPIAH = 1_000_000_000_000;
/** A monthly wage or income outside [min, max] is asked about before it is used. */
export const PLAUSIBLE_WAGE = { min: 100_000, max: 1_000_000_000 };

/** The engine's rate string ("0.54%") in the language's decimal sign: "0,54%" (id), "0.54%" (en). */
export function formatRate(rate, lang = 'id') {
  if (rate === null || rate === undefined) return '';
  return lang === 'en' ? String(rate) : String(rate).replace(/(\d)\.(\d)/g, '$1,$2');
}

/** A relief factor ("1%": 1 % of the normal contribution is paid) as the discount it gives ("99%"). */
export function discountOf(factor, lang = 'id') {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(String(factor || '').trim());
  if (!m) return String(factor || '');
  const d = Math.round((100 - Number(m[1])) * 100) / 100;
  return formatRate(`${d}%`, lang);
}

/**
 * Parses rupiah as people type them. Returns { ok: true, value } or { ok: false, error } where
 * error is a translation key: "money.empty", "money.invalid", "money.fraction", "money.too_big".
 * Accepts "5000000", "5.000.000", "5,000,000", "5 000 000", "Rp5.000.000", "5jt", "5 jt",
 * "5 juta", "5,5 juta", "5.5jt", "5.5m", "750rb", "750 ribu", "750k", "1,2 miliar".
 */
export function parseRupiah(text) {
  let s = String(text ?? '').trim().toLowerCase().replace(/\u00a0/g, ' ');
  if (s === '') return { ok: false, error: 'money.empty' };
  s = s.replace(/^rp\.?\s*/, '').replace(/,-$|\.-$/, '').replace(/\s*\/\s*(bln|bulan|month)$/, '').trim();
  let mult = 1;
  const um = /^([\d.,\s]+?)\s*([a-z]+)$/.exec(s);
  if (um) {
    const unit = UNITS.find(([re]) => re.test(um[2]));
    if (!unit) return { ok: false, error: 'money.invalid' };
    mult = unit[1];
    s = um[1].trim();
  }
  if (!/^\d[\d.,\s]*$/.test(s)) return { ok: false, error: 'money.invalid' };
  let value;
  if (mult > 1) {
    // "5,5" or "5.5" is a decimal before a unit; "1.500" with a unit is read as grouping only if it is one.
    const t = s.replace(/\s/g, '');
    if (/^\d{1,3}([.,]\d{3})+$/.test(t) && !/^\d+[.,]\d{1,2}$/.test(t)) value = Number(t.replace(/[.,]/g, '')) * mult;
    else if (/^\d+([.,]\d+)?$/.test(t)) value = Math.round(Number(t.replace(',', '.')) * mult);
    else return { ok: false, error: 'money.invalid' };
  } else {
    const t = s.replace(/\s/g, '');
    if (/^\d+$/.test(t)) value = Number(t);
    else if (/^\d{1,3}(\.\d{3})+$/.test(t) || /^\d{1,3}(,\d{3})+$/.test(t)) value = Number(t.replace(/[.,]/g, ''));
    else if (/^\d{1,3}(\.\d{3})*,\d{1,2}$/.test(t) || /^\d{1,3}(,\d{3})*\.\d{1,2}$/.test(t)) {
      // 5.000.000,00: cents are fine when zero; rupiah amounts are whole numbers.
      const frac = t.slice(-2).replace(/[.,]/, '');
      if (Number(frac) !== 0) return { ok: false, error: 'money.fraction' };
      value = Number(t.replace(/[.,]\d{1,2}$/, '').replace(/[.,]/g, ''));
    } else return { ok: false, error: 'money.invalid' };
  }
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'money.too_big' };
  if (value > MAX_RUPIAH) return { ok: false, error: 'money.too_big' };
  return { ok: true, value };
}
