// The village budget plan at 360 px (issue 10 "Exports Excel opens", issue 11 §2): the plan is
// kept on the device and restored after a reload; the budget runs from the imported roster (the
// engine's `jamsos budget --roster`, same figures as the CLI) with rows that cannot be computed
// counted; the roster summary and the budget download as CSV files Excel opens (BOM, ';',
// Indonesian headers, codes in extra columns); and a rule bundle about to be accepted shows the
// saved plan's total before -> after with the rule change behind it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../web/serve.mjs';
import { SITE_DIR, cli, openApp, headerMore, artifacts, waitText as waitTextOn, formatRupiah, reliefExtendedDraft } from './lib.mjs';

const R = (n) => formatRupiah(n, 'id');
let server, ctx, page, errors, dir;

// The roster of the native test (tests/unit/test_budget_reconcile.cpp "roster budget", where every
// figure is derived): PU JKK risk group I 0.24% + JKM 0.30% = 0.54% of the wage (employer; village
// roles: JKK + JKM only); BPU Rp1,000,000 band: JKK 1% 10,000 + JKM 6,800 = 16,800, halved by PP
// 50/2025 to 8,400 for sector "other" from April 2026 (in March 2026, with no sector given, the
// base amount applies).
//   Budi kepala desa 4,500,000: 24,300 a month; Siti perangkat desa 2,500,000: 13,500 a month
//   Rentan pekerja rentan: March 16,800, April 8,400 (the village budget, APBDes, pays it)
//   Paruh PPPK paruh waktu without the scheme: needs data (0); "1234": a bad NIK, not computed
// March 54,600 + April 46,200 = 100,800; village government (24,300 + 13,500) x 2 = 75,600;
// village budget 16,800 + 8,400 = 25,200.
const ROSTER = 'NIK;Nama;Jabatan;Upah\r\n3515140508680001;Budi;Kepala Desa;4.500.000\r\n3515144508680002;Siti;Perangkat Desa;2.500.000\r\n' +
  '3602041211870001;Rentan;Pekerja Rentan;\r\n3515144508900002;Paruh;PPPK Paruh Waktu;3.000.000\r\n1234;Salah;Perangkat Desa;2.000.000\r\n';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jamsos-budget-'));
  writeFileSync(join(dir, 'desa.csv'), ROSTER);
  server = await serve(SITE_DIR, 0);
  ({ ctx, page, errors } = await openApp(server.url, { contextOptions: { acceptDownloads: true } }));
});

after(async () => {
  await ctx?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const waitText = (sel, expected, timeout = 15000) => waitTextOn(page, sel, expected, timeout);
const text = async (sel) => (await page.textContent(sel)).trim();
async function openDaftar() {
  await page.goto(server.url + '#/daftar');
  await page.waitForSelector('#dt-budget-form');
  await page.waitForFunction(() => document.documentElement.dataset.roster, null, { timeout: 20000 });
}
/** Fills a field and waits until the plan with it is stored (every write started has finished). */
async function fillSaved(sel, value) {
  const started = () => Number(document.documentElement.dataset.budgetSaves || 0);
  const before = await page.evaluate(started);
  await page.fill(sel, value);
  await page.waitForFunction((n) => {
    const d = document.documentElement.dataset;
    return Number(d.budgetSaves || 0) > n && d.budgetSaves === d.budgetSaved;
  }, before);
}
async function downloadOf(selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
}
/** A CSV as Excel reads it with ';' (no quoted separators in these files). */
const rowsOf = (t) => t.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '').map((l) => l.split(';'));

test('the budget plan is kept on the device: after a reload every input is back', async () => {
  await openDaftar();
  await page.selectOption('#bg-role', 'pekerja_rentan');
  await page.waitForSelector('#bg-sector');
  await fillSaved('#bg-people', '10');
  await fillSaved('#bg-months', '3');
  await fillSaved('#bg-from', '2027-01');
  await page.reload();
  await page.waitForSelector('#dt-budget-form');
  await page.waitForFunction(() => document.documentElement.dataset.budgetPlan === 'restored', null, { timeout: 20000 });
  assert.equal(await page.inputValue('#bg-people'), '10');
  assert.equal(await page.inputValue('#bg-months'), '3');
  assert.equal(await page.inputValue('#bg-from'), '2027-01');
  assert.equal(await page.inputValue('#bg-role'), 'pekerja_rentan');
  assert.equal(await page.inputValue('#bg-sector'), 'other');
  // 10 people x 3 months x 16,800 (Jan-Mar 2027: the "other" sector's PP 50/2025 window ended in
  // December 2026) = 504,000.
  await page.click('#bg-run');
  await waitText('#bg-grand', R(504000));
});

test('the budget from the imported roster: per month and per payer, the same figures as jamsos budget --roster', async () => {
  await page.setInputFiles('#dt-file', { name: 'desa.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  await page.check('#bg-src-roster');
  await page.waitForSelector('#bg-people', { state: 'detached' });
  await fillSaved('#bg-from', '2026-03');
  await fillSaved('#bg-months', '2');
  await page.click('#bg-run');
  await waitText('#bg-grand', R(100800));
  const months = await page.$$eval('#bg-table tbody tr', (rs) => rs.map((r) => r.lastElementChild.previousElementSibling.previousElementSibling.textContent.trim()));
  assert.deepEqual(months, [R(54600), R(46200)]);
  assert.equal(await text('#bg-payers [data-payer="village_budget"] strong'), R(25200));
  assert.equal(await text('#bg-payers [data-payer="village_government"] strong'), R(75600));
  // The village budget's money is the village's (APBDes), never "Peserta".
  assert.match(await text('#bg-payers [data-payer="village_budget"] span'), /APBDes/);
  assert.doesNotMatch(await text('#bg-payers'), /Peserta/);
  // Rows that cannot be computed are counted and said.
  assert.match(await text('#bg-invalid'), /^1 baris tidak dapat dihitung/);
  assert.match(await text('#bg-need'), /^1 orang masih perlu data/);
  await (await page.$('#bg-out')).screenshot({ path: join(await artifacts(), 'daftar-budget-roster-360.png') });
  // The native CLI gives the same figures.
  const native = JSON.parse(cli(['budget', '--roster', join(dir, 'desa.csv'), '--from', '2026-03', '--months', '2']).stdout);
  assert.equal(native.total.total, 100800);
  assert.deepEqual(native.by_month.map((m) => m.total), [54600, 46200]);
  // The source and the window are kept too.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.budgetPlan === 'restored', null, { timeout: 20000 });
  assert.equal(await page.isChecked('#bg-src-roster'), true);
  assert.equal(await page.inputValue('#bg-from'), '2026-03');
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  await page.click('#bg-run');
  await waitText('#bg-grand', R(100800));
});

test('CSV downloads of the budget and of the roster summary open in Excel: BOM, ";", Indonesian headers, codes at the end', async () => {
  const b = await downloadOf('#bg-csv');
  assert.match(b.name, /\.csv$/);
  assert.ok(b.text.startsWith('\uFEFF'), 'UTF-8 BOM');
  const rows = rowsOf(b.text);
  assert.deepEqual(rows[0], ['Bulan', 'Jumlah orang', 'Pemerintah desa (APBDes/ADD)', 'APBDes (atas nama peserta)', 'Jumlah', 'Diskon', 'Perlu data',
    'kode: month', 'kode: relief', 'kode: village_government', 'kode: village_budget']);
  assert.deepEqual(rows[1], ['Maret 2026', '4', '37800', '16800', '54600', 'tidak', '1', '2026-03', 'false', 'village_government', 'village_budget']);
  assert.deepEqual(rows[2], ['April 2026', '4', '37800', '8400', '46200', 'ya', '1', '2026-04', 'true', 'village_government', 'village_budget']);
  assert.deepEqual(rows[3].slice(0, 5), ['Jumlah', '4', '75600', '25200', '100800']);
  assert.ok(rows.some((r) => r[0] === 'Baris yang tidak dapat dihitung (data salah)' && r[1] === '1'));

  const s = await downloadOf('#dt-sum-csv');
  assert.ok(s.text.startsWith('\uFEFF'), 'UTF-8 BOM');
  const sr = rowsOf(s.text);
  assert.deepEqual(sr[0], ['Program', 'Wajib', 'Boleh', 'Tidak berhak', 'Perlu data', 'Ikut', 'Iuran per bulan (Rp)', 'kode: program']);
  // May 2026 (the page's date): Budi 24,300 + Siti 13,500 + Rentan 8,400 = 46,200 a month.
  const payer = sr.find((r) => r[2] === 'village_budget');
  assert.deepEqual(payer, ['APBDes (atas nama peserta)', '8400', 'village_budget']);
  assert.deepEqual(sr.find((r) => r[2] === 'total'), ['Jumlah', '46200', 'total']);
  assert.ok(sr.some((r) => r[0] === 'Perlu diperbaiki' && r[1] === '1'));
});

test('a rule bundle about to be accepted: the saved plan\'s total before -> after and the rule change behind it', async () => {
  // A new bundle extending the PP 50/2025 "other sector" window to 2027-06-30 (as the maintainer makes it).
  const { old, draft } = reliefExtendedDraft(dir, '2027-06-30');
  const bundle = cli(['--rules', draft, 'rules', '--since', old]).stdout;
  assert.ok(JSON.parse(bundle).changelog.length > 0);
  // The saved plan: 10 pekerja rentan (sector other) for Jan-Mar 2027. Built-in rules: 16,800 x 3 x
  // 10 = 504,000; with the window extended each month is halved: 8,400 x 3 x 10 = 252,000.
  await page.check('#bg-src-package');
  await page.waitForSelector('#bg-people');
  await page.selectOption('#bg-role', 'pekerja_rentan');
  await fillSaved('#bg-people', '10');
  await fillSaved('#bg-months', '3');
  await fillSaved('#bg-from', '2027-01');
  await page.click('#bg-run');
  await waitText('#bg-grand', R(504000));
  await headerMore(page, true);
  if (!(await page.evaluate(() => document.querySelector('#rules-upd').open))) await page.click('#rules-upd-summary');
  await page.setInputFiles('#rules-file', { name: 'aturan-2027.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await page.waitForSelector('#rules-plan', { timeout: 30000 });
  assert.equal(await page.getAttribute('#rules-plan', 'data-before'), '504000');
  assert.equal(await page.getAttribute('#rules-plan', 'data-after'), '252000');
  assert.equal(await text('#rules-plan-total'), `Jumlah: ${R(504000)} → ${R(252000)}.`);
  assert.match(await text('.rules-plan-payers [data-payer="village_budget"]'), /^APBDes \(atas nama peserta\): Rp504\.000 → Rp252\.000$/);
  await (await page.$('#rules-pending')).screenshot({ path: join(await artifacts(), 'rules-pending-budget-plan-360.png') });
  assert.match(await text('.rules-plan-because'), /Diskon BPU non-transportasi PP 50\/2025.*→ 50% s\.d\. 30 Juni 2027/);
  // Nothing was accepted: the rules in use are still the built-in ones.
  assert.equal((await page.evaluate(() => window.__jamsos.rulesInfo())).builtin, true);
  await page.click('#rules-cancel');
});

test('no script error in the page', () => {
  assert.deepEqual(errors, []);
});
