// Issue 10, "field-ready" words, at 360 px: explanations open with one plain sentence and the law is
// behind "Dasar hukum"; Rp0 says why; no file names, conflict codes or input codes on screen; help
// for the employer's size and the risk group; the worker's payslip with BPJS Kesehatan (JKN) outside
// BPJS Ketenagakerjaan. Amounts derived by hand, BPJS Ketenagakerjaan figures checked against the CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../../web/serve.mjs';
import { ROOT, SITE_DIR, launch, waitText as waitTextOn, cliEval, formatRupiah, setAsOf } from './lib.mjs';

let server, ctx, page;
const pageErrors = [];
const R = (n) => formatRupiah(n, 'id');

before(async () => {
  server = await serve(SITE_DIR, 0);
  ctx = await launch({ viewport: { width: 360, height: 740 } });
  page = ctx.pages()[0] || await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(server.url + '#/');
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
});
after(async () => { await ctx?.close(); await server?.close(); });

const waitText = (selector, expected, timeout) => waitTextOn(page, selector, expected, timeout);
const setDate = (d) => setAsOf(page, d);   // the date field sits behind the header's disclosure
async function lang(l) {
  if (await page.getAttribute('html', 'lang') !== l) await page.click(`[data-lang="${l}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, l);
}
/** Opens a figure's explanation: {plain, visible (outside the closed law disclosure), law, all}. */
async function explain(selector) {
  await page.click(selector);
  await page.waitForSelector('#explain[open]');
  const r = await page.evaluate(() => {
    const body = document.querySelector('#explain-body');
    const law = body.querySelector('details.law');
    const copy = body.cloneNode(true);
    copy.querySelector('details.law')?.remove();
    return { plain: body.querySelector('.plain')?.textContent, visible: copy.textContent, law: law ? law.textContent : '', lawOpen: law ? law.open : null };
  });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#explain:not([open])', { state: 'attached' });
  return r;
}
const cell = (row, col) => `#pk-result table.slip.resp tbody tr:nth-child(${row}) td:nth-child(${col + 1}) .fig`;

async function pekerja15() {
  await page.goto(server.url + '#/pekerja');
  await lang('id');
  await setDate('2026-05-01');
  await page.fill('#pk-wage', '15.000.000');
  await page.selectOption('#pk-scale', 'medium');
  await page.selectOption('#pk-risk', '1');
  await page.fill('#pk-birth', '1990-01-01');
  await page.check('#pk-jkn-0');
}

test('payslip: wage Rp15.000.000 -> BPJS TK (engine), JKN 1% of the Rp12.000.000 cap, take-home', async () => {
  await pekerja15();
  const want = cliEval({ as_of: '2026-05-01', segment: 'PU', monthly_wage: 15000000, citizenship: 'WNI', jkk_risk_group: 1,
    employer_scale: 'medium', birth_date: '1990-01-01', jkn_enrolled: true });
  // By hand: JHT 2% x 15.000.000 = 300.000; JP 1% x 11.086.300 (ceiling from March 2026) = 110.863.
  assert.equal(want.totals.monthly.worker, 300000 + 110863);
  await waitText('#ps-tk .fig', R(410863));
  // JKN (Perpres 82/2018 as amended by Perpres 64/2020): 1% x min(15.000.000, 12.000.000) = 120.000;
  // the employer's 4% = 480.000. The page shows the engine's payslip block (payslip: true): the
  // CLI's block for the same input has the hand-derived figures.
  const slip = cliEval({ as_of: '2026-05-01', segment: 'PU', monthly_wage: 15000000, citizenship: 'WNI', jkk_risk_group: 1,
    employer_scale: 'medium', birth_date: '1990-01-01', jkn_enrolled: true, payslip: true }).payslip;
  assert.equal(slip.bpjs_kesehatan.outside_bpjs_ketenagakerjaan, true);
  assert.deepEqual([slip.bpjs_kesehatan.basis, slip.bpjs_kesehatan.worker, slip.bpjs_kesehatan.employer, slip.take_home],
    [12000000, 120000, 480000, 15000000 - 410863 - 120000]);
  await waitText('#ps-jkn .fig', R(120000));
  assert.match(await page.textContent('#ps-jkn'), /Di luar BPJS Ketenagakerjaan/);
  // 15.000.000 - 410.863 - 120.000 = 14.469.137.
  await waitText('#ps-take .fig', R(14469137));
  const jkn = await explain('#ps-jkn .fig');
  assert.match(jkn.plain, /Anda membayar 1% dari upah \(paling tinggi Rp12\.000\.000\) untuk BPJS Kesehatan: Rp120\.000/);
  assert.match(jkn.plain, /Pemberi kerja menambah 4%: Rp480\.000/);
  assert.match(jkn.law, /Perpres 82\/2018 sebagaimana diubah Perpres 64\/2020/);
  assert.match(jkn.law, /jkn\.ppu\.rate\.worker/);
  assert.match(jkn.law, /jkn\.ppu\.wage_cap/);   // the cap line, from the engine (C)
  const take = await explain('#ps-take .fig');
  assert.match(take.plain, /Rp15\.000\.000 − Rp410\.863 − Rp120\.000 = Rp14\.469\.137/);
  // Not registered in JKN: no BPJS Kesehatan line, take-home = wage - BPJS TK.
  await page.check('#pk-jkn-1');
  await waitText('#ps-take .fig', R(15000000 - 410863));
});

test('an explanation opens with a plain sentence; the law is behind "Dasar hukum"', async () => {
  await pekerja15();
  await waitText(cell(3, 1), R(300000));
  const e = await explain(cell(3, 1));
  assert.equal(e.plain, 'Anda membayar 2% dari upah untuk JHT: Rp300.000');
  assert.match(e.visible, /Tingkat kepastian: kemungkinan besar B/);
  assert.equal(e.lawOpen, false, 'the law is one tap away, closed');
  for (const re of [/Pasal/, /pasal belum dikonfirmasi/, /pu\.jht/, /Parameter/]) assert.doesNotMatch(e.visible, re);
  assert.match(e.law, /pu\.jht\.rate\.worker/);
  assert.match(e.law, /PP 46\/2015 Pasal 16/);
  // Rp0 says why: JKK is the employer's, 0,24% x 15.000.000 = 36.000.
  const zero = await explain(cell(1, 1));
  assert.equal(zero.plain, 'Anda tidak membayar JKK; Pemberi kerja yang membayar Rp36.000.');
  const total = await explain('.kpi:nth-child(1) .fig');
  assert.equal(total.plain, 'Anda membayar Rp410.863 sebulan untuk program yang diikuti.');
});

test('no file names, conflict codes or input codes on screen (notes, warnings), in both languages', async () => {
  await pekerja15();
  await setDate('2025-06-01');  // PP 7/2025 window: the engine warns "isi industry dan employer_headcount"
  await page.waitForFunction(() => /Jumlah pekerja di tempat kerja/.test(document.querySelector('#pk-result').textContent));
  const text = await page.textContent('#pk-result');
  for (const re of [/\.md\b/, /\bK\d+\b/, /employer_headcount/, /\bindustry\b/, /funded_by/]) assert.doesNotMatch(text, re);
  assert.match(text, /keputusan produk no\. 2/);
  await lang('en');
  await page.waitForFunction(() => /Workers at the employer|workers at the employer/i.test(document.querySelector('#pk-result').textContent) || document.documentElement.lang === 'en');
  const en = await page.textContent('#pk-result');
  for (const re of [/\.md\b/, /employer_headcount/, /pasal belum dikonfirmasi/]) assert.doesNotMatch(en, re);
  await setDate('2026-05-01');
  await waitText(cell(3, 1), formatRupiah(300000, 'en'));
  const e = await explain(cell(3, 1));
  assert.equal(e.plain, 'You pay 2% of the wage for JHT: Rp300,000');
  assert.match(e.law, /article not confirmed/);
  await lang('id');
});

test('a roster whose NIK column LibreOffice saved as numbers is explained once, above the table', async () => {
  // tests/web/fixtures/roster_nik_number_libreoffice.xlsx: roster_nik_number.csv converted by
  // `soffice --headless --convert-to xlsx`: 3515140508680001 became the number 3515140508680000.
  await page.goto(server.url + '#/daftar');
  await page.waitForSelector('#dt-file');
  await page.waitForFunction(() => document.documentElement.dataset.roster, null, { timeout: 20000 });
  await page.setInputFiles('#dt-file', join(ROOT, 'tests/web/fixtures/roster_nik_number_libreoffice.xlsx'));
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  await page.waitForSelector('#dt-nik-number');
  assert.equal(await page.$$eval('#dt-nik-number', (x) => x.length), 1, 'said once');
  const text = await page.textContent('#dt-nik-number');
  assert.match(text, /NIK di 3 baris/);
  assert.match(text, /format kolom NIK sebagai Teks/);
  assert.ok(await page.evaluate(() => document.querySelector('#dt-nik-number').compareDocumentPosition(document.querySelector('#dt-rows')) & Node.DOCUMENT_POSITION_FOLLOWING), 'above the table');
});

test('help for the employer size and the risk group, next to the inputs', async () => {
  await page.goto(server.url + '#/pekerja');
  for (const k of ['scale', 'risk']) {
    const box = `#pk-form details.help[data-help="${k}"]`;
    assert.equal(await page.$eval(box, (d) => d.open), false);
    await page.click(box + ' summary');
    assert.equal(await page.$eval(box, (d) => d.open), true);
  }
  assert.match(await page.textContent('[data-help="scale"]'), /Rp2 miliar/);
  assert.match(await page.textContent('[data-help="risk"]'), /1,74%/);
  // Fits at 360 px: no horizontal scroll.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 360), true);
  assert.deepEqual(pageErrors, []);
});
