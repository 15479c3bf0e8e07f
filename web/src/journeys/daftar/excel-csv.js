// CSV for a spreadsheet in an Indonesian locale (issue 10): the engine's roster and reconcile CSV
// (the bytes of `jamsos roster` / `jamsos reconcile`, a contract that does not change) turned into a
// file Excel opens as it is: UTF-8 with a BOM, ";" between cells by default ("," on request, since
// Indonesian Excel uses the comma as the decimal sign), headers in the page's language, statuses,
// role names and yes/no as words, and the engine's codes kept in extra columns at the end.
// Cells the engine neutralised (a leading apostrophe before = + - @) stay as the engine wrote them.
import { t, getLang } from '../../i18n.js';
import { roleName } from '../../roles.js';
import { parseCsv } from './xlsx.js';

const H = {
  id: { row: 'Baris', nik: 'NIK', nama: 'Nama', role: 'Peran', segment: 'Segmen', status: 'status', employer: 'pemberi kerja', worker: 'peserta', worker_village: 'peserta/APBDes', government: 'pemerintah',
    total: 'Jumlah', complete: 'Lengkap', warnings: 'Peringatan', error: 'Kesalahan', change: 'Perubahan', changed_fields: 'Data yang berubah', role_last: 'Peran bulan lalu',
    role_this: 'Peran bulan ini', wage_last: 'Upah bulan lalu', wage_this: 'Upah bulan ini', total_last: 'Jumlah bulan lalu', total_this: 'Jumlah bulan ini', delta: 'Selisih',
    code: 'kode', yes: 'ya', no: 'tidak', added: 'baru', removed: 'keluar', changed: 'berubah', same: 'sama' },
  en: { row: 'Row', nik: 'NIK', nama: 'Name', role: 'Role', segment: 'Segment', status: 'status', employer: 'employer', worker: 'participant', worker_village: 'participant/APBDes', government: 'government',
    total: 'Total', complete: 'Complete', warnings: 'Warnings', error: 'Error', change: 'Change', changed_fields: 'Changed data', role_last: 'Role last month',
    role_this: 'Role this month', wage_last: 'Wage last month', wage_this: 'Wage this month', total_last: 'Total last month', total_this: 'Total this month', delta: 'Difference',
    code: 'code', yes: 'yes', no: 'no', added: 'added', removed: 'removed', changed: 'changed', same: 'same' },
};

/** The header and the word for one engine column: [label, (value) -> shown value] or null (kept). */
function column(name, h) {
  const m = /^(jkk|jkm|jht|jp|jkp)_(status|employer|worker|government)$/.exec(name);
  if (m) {
    const label = `${m[1].toUpperCase()} ${h[m[2]]}`;
    return m[2] === 'status' ? [label, (v) => (v ? t('status.' + v).toLowerCase() : ''), true] : [label, null];
  }
  const tm = /^total_(employer|worker|government)$/.exec(name);
  if (tm) return [`${h.total} ${h[tm[1]]}`, null];
  if (name === 'role' || name === 'role_last' || name === 'role_this') return [h[name], (v) => (v ? roleName(v) : ''), true];
  if (name === 'complete') return [h.complete, (v) => (v === 'true' ? h.yes : v === 'false' ? h.no : v), false];
  if (name === 'change') return [h.change, (v) => h[v] || v, true];
  return h[name] ? [h[name], null] : null;
}

function cellText(s, sep) {
  return s.includes(sep) || /["\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** The header of a column that keeps an engine code, "kode: month" ("code: month" in English). */
export function codeHeader(name) {
  return `${(H[getLang()] || H.id).code}: ${name}`;
}

/**
 * Rows of cells already in the page's words (the roster summary, the budget plan: figures as the
 * engine gave them, integers) -> the spreadsheet's CSV text with its BOM, in the same style as
 * excelCsv. Text that Excel would run as a formula (= + - @ first) gets a leading apostrophe, as
 * the engine's roster output does; numbers are written as they are.
 */
export function sheetCsv(rows, sep = ';') {
  const cell = (c) => {
    if (c === null || c === undefined) return '';
    if (typeof c === 'number') return String(c);
    const s = String(c);
    return cellText(/^[=+\-@\t\r]/.test(s) ? "'" + s : s, sep);
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

/** The engine's CSV text -> the spreadsheet's CSV text (with its BOM). */
export function excelCsv(text, sep = ';') {
  const h = H[getLang()] || H.id;
  const rows = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.length > 1 || r[0] !== '');
  if (!rows.length) return '\uFEFF';
  // A pekerja rentan's share is paid by the village budget (role preset): the column says so.
  const roleAt = rows[0].indexOf('role');
  const hh = roleAt >= 0 && rows.some((r) => r[roleAt] === 'pekerja_rentan') ? { ...h, worker: h.worker_village } : h;
  const cols = rows[0].map((name) => [name, column(name, hh)]);
  const coded = cols.filter(([, c]) => c && c[2]);
  const head = cols.map(([name, c]) => (c ? c[0] : name)).concat(coded.map(([name]) => `${h.code}: ${name}`));
  const out = [head];
  for (const r of rows.slice(1)) {
    const shown = cols.map(([, c], i) => (c && c[1] ? c[1](r[i] ?? '') : r[i] ?? ''));
    out.push(shown.concat(coded.map(([name]) => r[rows[0].indexOf(name)] ?? '')));
  }
  return '\uFEFF' + out.map((r) => r.map((c) => cellText(c, sep)).join(sep)).join('\r\n') + '\r\n';
}

