// CSV exports of the roster summary and of the budget plan (issue 10), in the Excel style of
// excel-csv.js: UTF-8 with a BOM, ';' by default (',' on request), headers and labels in the
// page's language, the engine's codes in extra columns at the end. Every figure is the engine's
// (the summary of `jamsos roster --summary`, the answer of `jamsos budget`); nothing is recomputed.
import { t, pick, getLang } from '../../i18n.js';
import { formatMonth } from '../../format.js';
import { codeHeader, sheetCsv } from './excel-csv.js';
import { STATUSES, PARTIES } from './session.js';

const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];

/** A payer's label: the village budget's share is the village's (APBDes), never "Peserta". */
export function payerLabel(p) {
  return p.code === 'village_budget' ? t('daftar.party.village') : pick(p, 'label');
}

/** The roster summary (summary_json) as a spreadsheet: per program, per payer, then the counts. */
export function summaryCsv(s, name, sep = ';') {
  const rows = [[t('table.program'), ...STATUSES.map((st) => t('status.' + st)), t('daftar.enrolled'), t('daftar.csv.amount_month'), codeHeader('program')]];
  for (const p of PROGRAMS) {
    const x = s.programs[p];
    rows.push([t('prog.' + p), ...STATUSES.map((st) => x[st]), x.enrolled, x.total, p]);
  }
  rows.push([]);
  rows.push([t('daftar.per_payer'), t('daftar.csv.amount_month'), codeHeader('payer')]);
  for (const p of s.payers) rows.push([payerLabel(p), p.amount, p.code]);
  rows.push([t('table.total'), s.totals.total, 'total']);
  rows.push([]);
  rows.push([t('daftar.csv.file'), name]);
  rows.push([t('daftar.csv.month'), s.as_of]);
  rows.push([t('rules.version'), s.rules_version]);
  rows.push([t('daftar.k_rows'), s.rows]);
  rows.push([t('daftar.k_valid'), s.valid]);
  rows.push([t('daftar.k_errors'), s.errors]);
  rows.push([t('daftar.k_warnings'), s.with_warnings]);
  rows.push([t('daftar.k_duplicates'), s.duplicates]);
  rows.push([t('status.need_info'), s.incomplete]);
  return sheetCsv(rows, sep);
}

const month = (m) => formatMonth(m + '-01', getLang());
const yes = (v) => (v ? t('daftar.csv.yes') : t('daftar.csv.no'));

/** The budget plan's answer (package: budget_json; roster: the roster budget) as a spreadsheet. */
export function budgetCsv(r, sep = ';') {
  const rows = [];
  if (r.source === 'roster') {
    rows.push([t('daftar.b_month'), t('daftar.b_people_col'), ...r.payers.map(payerLabel), t('table.total'), t('agen.relief'), t('status.need_info'),
      codeHeader('month'), codeHeader('relief'), ...r.payers.map((p) => codeHeader(p.code))]);
    for (const m of r.by_month) {
      rows.push([month(m.month), m.people, ...r.payers.map((p) => m.payers[p.code] || 0), m.total, yes(m.relief), m.need_info, m.month, String(m.relief), ...r.payers.map((p) => p.code)]);
    }
    rows.push([t('table.total'), r.computed, ...r.payers.map((p) => p.amount), r.total.total, '', r.need_info, 'total', '', ...r.payers.map((p) => p.code)]);
    rows.push([]);
    rows.push([t('daftar.b_csv_invalid'), r.invalid]);
    rows.push([t('daftar.b_csv_need_info'), r.need_info]);
  } else {
    const parties = PARTIES.filter((p) => r.total[p]);
    const label = (p) => (r.payers[p] && r.payers[p].code === 'village_budget' ? t('daftar.party.village') : t('daftar.party.' + p));
    rows.push([t('daftar.b_month'), t('daftar.b_people_col'), t('daftar.b_pp'), ...parties.map(label), t('table.total'), t('agen.relief'),
      codeHeader('month'), codeHeader('relief'), ...parties.map((p) => codeHeader(r.payers[p].code))]);
    for (const m of r.by_month) {
      rows.push([month(m.month), r.people, m.per_person, ...parties.map((p) => m[p]), m.total, yes(m.relief), m.month, String(m.relief), ...parties.map((p) => r.payers[p].code)]);
    }
    rows.push([t('table.total'), r.people, r.per_person.total, ...parties.map((p) => r.total[p]), r.total.total, '', 'total', '', ...parties.map((p) => r.payers[p].code)]);
  }
  return sheetCsv(rows, sep);
}
