// The Daftar (roster) journey in Debian's Chromium: a real XLSX file (tests/web/fixtures/
// make_roster_xlsx.py, totals worked out by hand) imported through the file input, the summary
// and table checked, a flagged row fixed, CSV and Excel exports (byte-identical to `jamsos roster`,
// formula-like cells neutralised), a reload keeps the roster, reconciliation with last month,
// the budget planner, the printable summary on one page, 360 px and desktop screenshots,
// accessibility (axe), and "Hapus data". Screenshots: build/test-artifacts/daftar-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../web/serve.mjs';
import { ROOT, SITE_DIR, openApp, waitText as waitTextOn, artifacts, cli, formatRupiah } from './lib.mjs';
import { inflateRawSync } from 'node:zlib';
import { xlsxToCsv, parseCsv, zipEntries } from '../../web/src/journeys/daftar/xlsx.js';

const require = createRequire(import.meta.url);
const R = (n) => formatRupiah(n, 'id');
let server, ctx, page, shots, tmp, xlsx, pageErrors;

before(async () => {
  shots = await artifacts();
  tmp = mkdtempSync(join(tmpdir(), 'jamsos-daftar-'));
  xlsx = join(tmp, 'daftar_mei.xlsx');
  assert.equal(spawnSync('python3', [join(ROOT, 'tests/web/fixtures/make_roster_xlsx.py'), xlsx]).status, 0);
  server = await serve(SITE_DIR, 0);
  ({ ctx, page, errors: pageErrors } = await openApp(server.url, { contextOptions: { deviceScaleFactor: 1, hasTouch: true, acceptDownloads: true } }));
});

after(async () => {
  await ctx?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const shot = (name, opts = {}) => page.screenshot({ path: join(shots, name + '.png'), fullPage: true, ...opts });
async function text(sel) { return (await page.textContent(sel)).trim(); }
const waitText = (sel, expected, timeout = 10000) => waitTextOn(page, sel, expected, timeout);
async function openDaftar() {
  await page.goto(server.url + '#/daftar');
  await page.waitForSelector('#dt-file');
  await page.waitForFunction(() => document.documentElement.dataset.roster, null, { timeout: 20000 });
}
async function downloadOf(selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

test('home links to the Daftar journey', async () => {
  const links = await page.$$eval('.journeys a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('#/daftar'));
  await page.click('.journeys a[href="#/daftar"]');
  await page.waitForSelector('#dt-file');
});

test('import a real XLSX: 20 rows, 2 to fix, Rp173.640 a month, per payer', async () => {
  await openDaftar();
  await page.setInputFiles('#dt-file', xlsx);
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready');
  await waitText('#dt-k-rows', '20');
  await waitText('#dt-k-valid', '18');
  await waitText('#dt-k-errors', '2');
  await waitText('#dt-k-dup', '1');
  // By hand: 10 x 8.400 (pekerja rentan, PP 50/2025) + 4 x (6.000 + 7.500) + 3 x (5.280 + 6.600).
  await waitText('#dt-k-total', R(173640));
  await waitText('#dt-total', R(173640));
  assert.equal(await text('#dt-payers [data-payer="village_budget"] strong'), R(84000));
  assert.equal(await text('#dt-payers [data-payer="village_government"] strong'), R(89640));
  assert.equal(await text('#dt-parties [data-party="employer"] strong'), R(89640));
  // The pekerja rentan's share is paid by the village budget: APBDes, never "Peserta" (issue 10).
  assert.equal(await text('#dt-parties [data-party="village_budget"] strong'), R(84000));
  assert.equal(await page.$('#dt-parties [data-party="worker"]'), null);
  assert.match(await text('#dt-parties [data-party="village_budget"] span'), /APBDes/);
  assert.equal(await text('#dt-progs [data-prog="JKK"]'), R(10 * 5000 + 4 * 6000 + 3 * 5280));
  // The sheet chooser lists both sheets; the mapping recognised "Siltap" as the wage.
  assert.deepEqual(await page.$$eval('#dt-sheet-sel option', (o) => o.map((x) => x.textContent)), ['Daftar Mei', 'Catatan']);
  assert.equal(await page.$eval('#dt-map-monthly_wage', (s) => s.options[s.selectedIndex].textContent), 'Siltap');
  assert.match(await text('#dt-name'), /daftar_mei\.xlsx/);
  // The table: 20 rows on one page, row numbers as in the sheet (row 12 is empty).
  const rows = await page.$$eval('#dt-rows tbody tr', (t) => t.map((r) => r.dataset.row));
  assert.equal(rows.length, 20);
  assert.equal(rows[10], '13');
  await page.waitForFunction(() => document.documentElement.dataset.rosterSaved === 'current');
  await shot('daftar-360');
});

test('filters and reasons on demand, in plain words with row and column', async () => {
  await page.selectOption('#dt-f-kind', 'errors');
  await waitText('#dt-range', '1–2 dari 2');
  await page.click('[data-act="why"][data-row="21"]');
  await page.waitForSelector('tr.detail');
  assert.match(await text('tr.detail'), /Baris 21, kolom NIK: NIK '35151403039000' harus 16 angka/);
  await page.selectOption('#dt-f-kind', 'all');
  await page.selectOption('#dt-f-ps', 'JKK:mandatory');
  await waitText('#dt-range', '1–17 dari 17');
  await page.selectOption('#dt-f-ps', '');
  await page.fill('#dt-f-q', 'kepala desa 3');
  await waitText('#dt-range', '1–1 dari 1');
  await page.fill('#dt-f-q', '');
  await waitText('#dt-range', '1–20 dari 20');
});

test('fix a flagged row: edit the NIK, the row is evaluated, totals move', async () => {
  await page.click('[data-act="fix"][data-row="21"]');
  await page.waitForSelector('#dt-edit-form');
  assert.match(await text('#dt-edit-form'), /Baris 21, kolom NIK/);
  assert.equal(await page.inputValue('#dt-e-1'), '35151403039000');
  await page.fill('#dt-e-1', '3515140303900019');
  await page.click('#dt-edit-save');
  await waitText('#dt-k-errors', '1');
  await waitText('#dt-k-total', R(173640 + 8400));
  await page.waitForSelector('tr[data-row="21"]:not(.r-err)');
  await shot('daftar-fixed-360');
});

async function sheetXml(bytes) {
  const e = zipEntries(new Uint8Array(bytes)).get('xl/worksheets/sheet1.xml');
  const b = new Uint8Array(bytes);
  const start = e.local + 30 + (b[e.local + 26] | (b[e.local + 27] << 8)) + (b[e.local + 28] | (b[e.local + 29] << 8));
  const data = b.subarray(start, start + e.csize);
  return e.method === 0 ? new TextDecoder().decode(data) : new TextDecoder().decode(inflateRawSync(data));
}

test('export: CSV for Indonesian Excel by default; engine codes byte-identical to jamsos roster (= + - @ neutralised); Excel with the same rows as string cells', async () => {
  // Issue 10: the default CSV opens in Indonesian-locale Excel: BOM, ";", Indonesian headers and words,
  // the engine's codes in extra columns at the end.
  const xl = await downloadOf('[data-act="export-csv"]');
  assert.equal(xl.name, 'daftar_mei_hasil.csv');
  assert.deepEqual([...xl.bytes.subarray(0, 3)], [0xEF, 0xBB, 0xBF]);
  const xrows = parseCsv(xl.bytes.toString('utf8').slice(1), ';').filter((r) => r.length > 1);
  assert.deepEqual(xrows[0].slice(0, 7), ['Baris', 'NIK', 'Nama', 'Peran', 'Segmen', 'JKK status', 'JKK pemberi kerja']);
  for (const h of ['Jumlah', 'Lengkap', 'kode: role', 'kode: jkk_status']) assert.ok(xrows[0].includes(h), h);
  await page.selectOption('#dt-sep', 'raw');
  const csv = await downloadOf('[data-act="export-csv"]');
  assert.equal(csv.name, 'daftar_mei_hasil.csv');
  // The same rows the engine writes natively for the (edited) sheet.
  const sheet = await xlsxToCsv(new Uint8Array(readFileSync(xlsx)));
  const edited = sheet.csv.replace('35151403039000,', '3515140303900019,');
  writeFileSync(join(tmp, 'edited.csv'), edited);
  assert.equal(csv.bytes.toString('utf8'), cli(['roster', '--as-of', '2026-05-01', join(tmp, 'edited.csv')]).stdout);
  const rows = parseCsv(csv.bytes.toString('utf8'));
  assert.equal(rows[4][2], "'=HYPERLINK(\"http://x\")");
  // The spreadsheet CSV holds the same rows: codes at the end equal the engine's, statuses as words.
  const raw = rows.filter((r) => r.length > 1);
  assert.equal(xrows.length, raw.length);
  const ix = (name) => raw[0].indexOf(name);
  for (let i = 1; i < raw.length; i++) {
    const x = xrows[i];
    assert.equal(x[xrows[0].indexOf('kode: role')], raw[i][ix('role')]);
    assert.equal(x[xrows[0].indexOf('kode: jkk_status')], raw[i][ix('jkk_status')]);
    assert.equal(x[xrows[0].indexOf('Jumlah')], raw[i][ix('total')]);
    assert.equal(x[1], raw[i][1]);
    if (raw[i][ix('jkk_status')] === 'mandatory') assert.equal(x[xrows[0].indexOf('JKK status')], 'wajib');
    if (raw[i][ix('role')] === 'pekerja_rentan') assert.equal(x[3], 'Pekerja rentan');
  }
  assert.equal(xrows[4][2], "'=HYPERLINK(\"http://x\")", 'the neutralised cell stays neutralised');
  // "," on request.
  await page.selectOption('#dt-sep', ',');
  const comma = await downloadOf('[data-act="export-csv"]');
  assert.equal(parseCsv(comma.bytes.toString('utf8').slice(1), ',')[0][0], 'Baris');
  await page.selectOption('#dt-sep', ';');
  const x = await downloadOf('[data-act="export-xlsx"]');
  assert.equal(x.name, 'daftar_mei_hasil.xlsx');
  const back = parseCsv((await xlsxToCsv(new Uint8Array(x.bytes))).csv);
  assert.deepEqual(back[0], rows[0]);
  // Excel gets the text as a string cell (never a formula), without a visible apostrophe.
  assert.equal(back[4][2], '=HYPERLINK("http://x")');
  assert.match(await sheetXml(x.bytes), /t="inlineStr"><is><t xml:space="preserve">=HYPERLINK\(&quot;http:\/\/x&quot;\)<\/t>/);
  const total = back[0].indexOf('total');
  assert.equal(back.slice(1).reduce((a, r) => a + Number(r[total] || 0), 0), 173640 + 8400);
});

test('reload (and a closed tab) keeps the roster and the fix', async () => {
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]');
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  await waitText('#dt-k-rows', '20');
  await waitText('#dt-k-total', R(173640 + 8400));
  assert.match(await text('#dt-name'), /daftar_mei\.xlsx/);
  // Issue 10: "Membuka daftar yang tersimpan…" does not stay on screen once the roster is back.
  assert.doesNotMatch(await text('#dt-status'), /Membuka daftar/);
  const p2 = await ctx.newPage();
  await page.close();
  page = p2;
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await openDaftar();
  await waitText('#dt-k-errors', '1');
});

test('reconciliation: last month vs this month by NIK, the change in contributions', async () => {
  // Last month (April): the edited roster without row 2 (Siti, so she is "added" now), one
  // kepala desa on Rp2.000.000 (so his wage "changed") and someone who left.
  const rows = parseCsv((await xlsxToCsv(new Uint8Array(readFileSync(xlsx)))).csv).filter((r) => r.length > 1);
  const last = rows.filter((r) => r[2] !== 'Siti Aminah').map((r) => (r[2] === 'Kepala Desa 1' ? r.map((c, i) => (i === 6 ? '2000000' : c)) : r));
  last.push(['99', '3515140101700099', 'Sudah Keluar', '25569', 'L', 'Perangkat Desa', '2200000', '', '', 'ya']);
  const lastCsv = last.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
  writeFileSync(join(tmp, 'april.csv'), lastCsv);
  await page.setInputFiles('#dt-last-file', join(tmp, 'april.csv'));
  await page.waitForSelector('#dt-recon-run');
  await page.click('#dt-recon-run');
  await page.waitForSelector('#dt-recon-kpis');
  assert.equal(cli(['reconcile', '--as-of', '2026-05-01', '--summary', join(tmp, 'rs.json'), join(tmp, 'april.csv'), join(tmp, 'edited.csv')]).status, 0);
  const want = JSON.parse(readFileSync(join(tmp, 'rs.json'), 'utf8'));
  await waitText('#dt-r-added', String(want.added));
  await waitText('#dt-r-removed', String(want.removed));
  await waitText('#dt-r-changed', String(want.changed));
  assert.ok(want.added >= 1 && want.removed === 1 && want.changed >= 1);
  await waitText('#dt-r-delta', (want.delta.total > 0 ? '+' : '') + R(want.delta.total));
  const recon = await text('#dt-recon-rows');
  assert.match(recon, /Sudah Keluar/);
  assert.match(recon, /upah Rp2\.000\.000 → Rp2\.500\.000/);
  await shot('daftar-recon-360');
});

test('budget planner: 120 pekerja rentan for 12 months from April 2026 = Rp15.120.000', async () => {
  await page.fill('#bg-people', '120');
  await page.selectOption('#bg-role', 'pekerja_rentan');
  await page.fill('#bg-months', '12');
  await page.fill('#bg-from', '2026-04');
  await page.click('#bg-run');
  await waitText('#bg-grand', R(15120000));
  const perMonth = await page.$$eval('#bg-table tbody tr td:nth-child(2)', (t) => t.map((x) => x.textContent));
  assert.deepEqual(perMonth, [...Array(9).fill(R(8400)), R(16800), R(16800), R(16800)]);
  assert.match(await text('#bg-total'), /120 Pekerja rentan selama 12 bulan mulai April 2026: Rp15\.120\.000/);
  await shot('daftar-budget-360');
});

test('printable summary: one A4 page', async () => {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.classList.add('print-roster'));
  await shot('daftar-print');
  const pdf = await page.pdf({ path: join(shots, 'daftar-summary.pdf'), format: 'A4' });
  assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length, 1, 'the summary prints on one A4 page');
  await page.evaluate(() => document.body.classList.remove('print-roster'));
  await page.emulateMedia({ media: 'screen' });
});

test('English: the same roster with English messages', async () => {
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready');
  await waitText('#dt-h', 'Roster: many people at once');
  await page.selectOption('#dt-f-kind', 'errors');
  await page.waitForSelector('[data-act="why"][data-row="22"]');
  await page.click('[data-act="why"][data-row="22"]');
  await page.waitForSelector('tr.detail');
  assert.match(await text('tr.detail'), /^Row 22, column NIK: /);
  await page.click('[data-lang="id"]');
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready');
});

test('360 px: no horizontal page scroll, controls labelled, 44 px targets; axe finds no violation', async () => {
  await openDaftar();
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const small = [];
    for (const el of document.querySelectorAll('main button, main a.btn, main select, main input:not([type=radio]):not([type=checkbox]), main label.radio')) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 || el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
      if (b.height < 44 || b.width < 44) small.push(`${el.tagName}.${el.className}#${el.id}: ${Math.round(b.width)}×${Math.round(b.height)}`);
    }
    const unlabelled = [...document.querySelectorAll('input, select, textarea')].filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map((el) => el.id);
    return { scroll: document.documentElement.scrollWidth, small, unlabelled };
  });
  assert.ok(r.scroll <= 360, `page is ${r.scroll}px wide`);
  assert.deepEqual(r.small, []);
  assert.deepEqual(r.unlabelled, []);
  const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  const res = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  assert.deepEqual(res.violations.map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
});

test('desktop screenshot', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDaftar();
  await page.waitForTimeout(300);
  await shot('desktop-daftar');
  await page.setViewportSize({ width: 360, height: 780 });
});

test('"Hapus data" removes the roster from the device; a reload finds nothing', async () => {
  page.once('dialog', (d) => d.accept());
  await page.click('[data-act="clear"]');
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'none');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'none', null, { timeout: 20000 });
  assert.equal(await page.$('#dt-k-rows'), null);
});

test('no script error or console error in the page', () => {
  assert.deepEqual(pageErrors, []);
});
