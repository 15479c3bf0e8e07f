// Issue 10, "Bugs": one browser test per bug, at 360 px where it is about layout (each failed before
// its fix), and the honest quote. The printed quote is checked in the PDF itself (Debian's
// poppler-utils: pdftotext for the figures, pdftoppm for the QR code) and by measuring the print
// layout at the paper's widths, since a PDF keeps the text of a clipped figure; QR codes are decoded
// with jsQR (pinned in package-lock.json): the agent's QR code holds the quote's receipt link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { serve } from '../../web/serve.mjs';
import jsQR from 'jsqr';
import { SITE_DIR, setAsOf, launch, waitText as waitTextOn, artifacts, cliEval, formatRupiah, decodePageQr } from './lib.mjs';

let server, ctx, page, shots;
const pageErrors = [];
const R = (n) => formatRupiah(n, 'id');

before(async () => {
  shots = await artifacts();
  server = await serve(SITE_DIR, 0);
  ctx = await launch({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, hasTouch: true });
  page = ctx.pages()[0] || await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(server.url + '#/');
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
});

after(async () => {
  await ctx?.close();
  await server?.close();
});

const waitText = (selector, expected, timeout) => waitTextOn(page, selector, expected, timeout);
const setDate = (d) => setAsOf(page, d);
async function lang(l) {
  if (await page.getAttribute('html', 'lang') !== l) await page.click(`[data-lang="${l}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, l);
}
/** The months of the agent's quote, each evaluated by the CLI (the page's oracle). */
function quoteMonths(from, income, extra = {}) {
  const [y, m] = from.split('-').map(Number);
  return cliEval(Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + m - 1 + i;
    return { as_of: `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`, segment: 'BPU', declared_income: income, bpu_sector: 'other', ...extra };
  }));
}

function pdfText(file, args = []) {
  const r = spawnSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  if (r.error) throw new Error('pdftotext (Debian package poppler-utils) is needed: ' + r.error.message);
  return r.stdout;
}
/** Renders page 1 of a PDF in grey (pdftoppm, P5 PGM) and decodes the QR code on it with jsQR. */
function pdfQr(file, dpi) {
  const r = spawnSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', file], { maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  const buf = r.stdout;
  const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 64).toString('latin1'));
  const [w, h] = [Number(head[1]), Number(head[2])];
  const grey = buf.subarray(head[0].length);
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) { rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = grey[i]; rgba[i * 4 + 3] = 255; }
  return jsQR(rgba, w, h);
}
const pageCount = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;

test('bug 1: the printed quote shows every figure whole on one page, at A4 and at 58 mm', async () => {
  await lang('id');
  await page.goto(server.url + '#/agen');
  await setDate('2026-03-01');
  await page.fill('#ag-income', '20jt');
  await page.check('#ag-jht');
  await page.fill('#ag-name', 'Pak Budi Santoso');
  const months = quoteMonths('2026-03', 20000000, { opt_in: ['JHT'] });
  const year = months.reduce((a, m) => a + m.totals.monthly.worker, 0);
  await waitText('table.spans tbody tr:nth-child(4) .fig', R(year));
  // Every figure of the quote, as the page shows it (each equals the engine's: e2e.test.mjs).
  const figures = await page.$$eval('#ag-quote .fig', (fs) => fs.map((f) => f.textContent.trim()));
  assert.ok(figures.length >= 10 && figures.includes(R(year)), figures.join(' '));
  // The QR code holds the quote's receipt link (filled in once the receipt is made).
  await page.waitForSelector('#ag-qr svg', { timeout: 20000 });
  const link = await page.getAttribute('#ag-receipt', 'href');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.classList.add('print-quote'));
  // Paper holds the price, the months and the two death benefits; the other benefit lines stay on
  // screen, and the paper says so. Every contribution figure is printed.
  const printed = await page.$$eval('#ag-quote .fig', (fs) => fs.filter((f) => f.getClientRects().length).map((f) => f.textContent.trim()));
  const unprinted = await page.$$eval('#ag-quote .fig', (fs) => fs.filter((f) => !f.getClientRects().length && !f.closest('.benefits-block')).map((f) => f.textContent.trim()));
  assert.deepEqual(unprinted, [], 'every figure outside the benefit lines is printed');
  assert.ok(printed.length >= 10 && printed.includes(R(year)), printed.join(' '));
  try {
    for (const [name, size] of [['a4', { format: 'A4' }], ['58mm', { width: '58mm', height: '1000mm' }]]) {
      const file = join(shots, `agen-quote-${name}.pdf`);
      const pdf = await page.pdf({ path: file, ...size });
      assert.equal(pageCount(pdf), 1, `${name}: the quote prints on one page`);
      const text = pdfText(file);
      const missing = printed.filter((f) => !text.includes(f));
      assert.deepEqual(missing, [], `${name}: figures missing or cut in the PDF`);
      assert.ok(text.replace(/\s+/g, ' ').includes('Manfaat lain'), `${name}: the paper says where the other benefits are`);
      // Nothing outside the paper: every word's box lies inside the page's width.
      const bbox = pdfText(file, ['-bbox']);
      const pageW = Number(/<page width="([\d.]+)"/.exec(bbox)[1]);
      const outside = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)]
        .filter((m) => Number(m[1]) < 0 || Number(m[2]) > pageW + 0.5).map((m) => m[3]);
      assert.deepEqual(outside, [], `${name}: words outside the page`);
      // The printed QR code scans to the quote's receipt link, and the paper says what scanning does.
      // 200 dpi: 4 px per module of the 44 mm code (a phone camera sees more); at 150 dpi (2.8 px per
      // module) jsQR's result depends on how the module grid falls on the pixels.
      const qr = pdfQr(file, 200);
      assert.ok(qr, `${name}: the printed QR code decodes`);
      assert.equal(qr.data, link, `${name}: the printed QR code carries the receipt link`);
      assert.ok(text.replace(/\s+/g, ' ').includes('memeriksa angka penawaran ini'), `${name}: the paper says the QR code checks the figures`);
    }
    // The same layout, measured: no figure is clipped by its table's scroll box (what cut
    // "Rp1.069.600" to "Rp1.069" on paper). A4 less its margins is ~700 px at 96 px/in; a 58 mm roll less its margins ~200 px.
    for (const width of [700, 200]) {
      await page.setViewportSize({ width, height: 900 });
      const clipped = await page.evaluate(() => {
        const out = [];
        for (const f of document.querySelectorAll('#ag-quote .fig')) {
          if (!f.getClientRects().length) continue;   // not printed (the benefit lines kept on screen)
          const b = f.getBoundingClientRect();
          for (let el = f.parentElement; el; el = el.parentElement) {
            if (getComputedStyle(el).overflowX === 'visible') continue;
            const c = el.getBoundingClientRect();
            if (b.left < c.left - 0.5 || b.right > c.right + 0.5) out.push(f.textContent);
          }
          if (b.right > document.documentElement.clientWidth + 0.5) out.push(f.textContent);
        }
        return out;
      });
      assert.deepEqual(clipped, [], `${width} px print layout: clipped figures`);
    }
  } finally {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => document.body.classList.remove('print-quote'));
    await page.emulateMedia({ media: 'screen' });
  }
});

test('bug 2: "Langsung ke isi" moves to the content and keeps the journey on screen', async () => {
  await page.goto(server.url + '#/pekerja');
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]');
  await page.waitForSelector('#pk-wage');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.ok(await page.$('#pk-wage'), 'the worker journey is still shown');
  assert.equal(await page.evaluate(() => location.hash), '#/pekerja');
  // Reached another way (an old bookmark, a typed address): the journey stays too.
  await page.evaluate(() => { location.hash = '#main'; });
  await page.waitForTimeout(300);
  assert.ok(await page.$('#pk-wage'), 'still the worker journey after #main');
});

test('bug 3: the JKK risk group in the notes is a group, not money', async () => {
  await lang('id');
  await page.goto(server.url + '#/desa');
  await setDate('2026-05-01');
  await page.check('input[name="ds-role"][value="perangkat_desa"]');
  await page.fill('#ds-wage', '2.500.000');
  await page.waitForSelector('details.notes');
  const notes = await page.textContent('details.notes');
  assert.doesNotMatch(notes, /Kelompok risiko kerja \(JKK\) = Rp/);
  assert.match(notes, /Kelompok risiko kerja \(JKK\) = Kelompok I – risiko sangat rendah/);
  assert.match(notes, /Skala usaha pemberi kerja = Usaha mikro/, 'the employer scale by its name, not its code');
});

test('bug 4: every shared text names the relief instrument the engine applied', async () => {
  await lang('id');
  await page.goto(server.url + '#/agen');
  await page.fill('#ag-income', '1jt');
  await page.uncheck('#ag-jht');
  for (const [date, want, not] of [['2021-01-15', 'PP 49/2020', 'PP 50/2025'], ['2026-03-01', 'PP 50/2025', 'PP 49/2020']]) {
    await setDate(date);
    const m = quoteMonths(date.slice(0, 7), 1000000);
    await waitText('.kpi .fig', R(m[0].totals.monthly.worker));
    const code = m.map((x) => x.programs.JKK.relief).find(Boolean).code;
    assert.equal(code, want === 'PP 49/2020' ? 'pp49_2020' : 'pp50_2025', 'the engine applied this relief');
    const wa = await page.inputValue('#ag-wa');
    assert.match(wa, new RegExp(want.replace(/[/]/g, '\\/')), `${date}: ${wa}`);
    assert.doesNotMatch(wa, new RegExp(not.replace(/[/]/g, '\\/')), `${date}: ${wa}`);
  }
});

test('bug 5: "5.5m" and "5,5 jt" are millions in both languages; "500" is asked about first', async () => {
  await page.goto(server.url + '#/pekerja');
  await setDate('2026-05-01');
  await page.selectOption('#pk-scale', 'medium');
  const worker = (wage) => cliEval({ as_of: '2026-05-01', segment: 'PU', monthly_wage: wage, citizenship: 'WNI', jkk_risk_group: 1, employer_scale: 'medium' }).totals.monthly.worker;
  await lang('en');
  for (const typed of ['5.5m', '5.5 million', '5,5 jt', '5.5 juta']) {
    await page.fill('#pk-wage', typed);
    await waitText('.kpi .fig', formatRupiah(worker(5500000), 'en'));
  }
  await lang('id');
  for (const typed of ['5.5m', '5,5 jt', '5,5 juta']) {
    await page.fill('#pk-wage', typed);
    await waitText('.kpi .fig', R(worker(5500000)));
  }
  // Rp500 a month: a warning and no figure until the user says it is right.
  await page.fill('#pk-wage', '500');
  await page.waitForSelector('#pk-wage-err:not([hidden]) [data-confirm-money]');
  assert.match(await page.textContent('#pk-wage-err'), /Rp500 sebulan\?/);
  assert.equal(await page.$('.kpi .fig'), null, 'no result before the confirmation');
  assert.equal(await page.inputValue('#pk-wage'), '500', 'what was typed stays');
  await page.click('[data-confirm-money]');
  await waitText('.kpi .fig', R(worker(500)));
  assert.equal(await page.isHidden('#pk-wage-err'), true);
  // Over Rp1 miliar a month: asked too.
  await page.fill('#pk-wage', '1,2 miliar');
  await page.waitForSelector('#pk-wage-err:not([hidden]) [data-confirm-money]');
  await page.fill('#pk-wage', '5.000.000');
  await waitText('.kpi .fig', R(worker(5000000)));
});

test('bug 6: singular months, decimal commas, the QR code says UTF-8, amounts inside their card at 360 px', async () => {
  // "1 month" in English.
  await lang('en');
  await page.goto(server.url + '#/agen');
  await setDate('2026-03-01');
  await page.fill('#ag-income', '1jt');
  await page.uncheck('#ag-jht');
  await page.waitForSelector('table.spans tbody tr .fig');
  const first = await page.textContent('table.spans tbody tr:nth-child(1) th');
  assert.match(first, /^1 month(?!s)/);
  assert.doesNotMatch(await page.inputValue('#ag-wa'), /\b1 months\b/);
  // Decimal commas in Indonesian tables, as in the explanations.
  await lang('id');
  await page.goto(server.url + '#/pekerja');
  await page.fill('#pk-wage', '5.000.000');
  await page.selectOption('#pk-risk', '2');
  await page.waitForFunction(() => [...document.querySelectorAll('table.slip .rate')].some((r) => /^0.54%$/.test(r.textContent)));
  const rates = await page.$$eval('table.slip .rate', (r) => r.map((x) => x.textContent));
  assert.ok(rates.includes('0,54%'), rates.join(' '));
  assert.deepEqual(rates.filter((r) => /\d\.\d/.test(r)), [], 'no decimal point in Indonesian');
  await page.selectOption('#pk-risk', '1');
  // The QR code: the receipt link (ASCII, byte mode, so no ECI marker is needed), decoded exactly.
  await page.goto(server.url + '#/agen');
  await page.waitForSelector('#ag-qr svg', { timeout: 20000 });
  const qr = await decodePageQr(page, '.qr svg', 600);
  assert.ok(qr, 'the QR code decodes');
  assert.equal(qr.data, await page.getAttribute('#ag-receipt', 'href'));
  // Amounts stay inside their card at 360 px, with long figures (Rp20.700.000 basis, JHT on).
  await page.fill('#ag-income', '999.999.999');
  await page.check('#ag-jht');
  for (const route of ['#/agen', '#/pekerja', '#/desa']) {
    await page.goto(server.url + route);
    if (route === '#/pekerja') {
      await page.fill('#pk-wage', '999.999.999');
      await page.selectOption('#pk-scale', 'large');
      await page.fill('#wi-wage', '888.888.888');   // the what-if table, with long differences
      await page.waitForSelector('table.compare .fig');
    }
    if (route === '#/desa') { await page.check('input[name="ds-role"][value="perangkat_desa"]'); await page.fill('#ds-wage', '999.999.999'); }
    await page.waitForSelector('.result .fig');
    await page.waitForTimeout(300);
    const over = await page.evaluate(() => [...document.querySelectorAll('.fig')].filter((f) => f.offsetParent).map((f) => {
      const card = f.closest('.card, .kpi') || document.body;
      const b = f.getBoundingClientRect(), c = card.getBoundingClientRect();
      return b.right > c.right + 0.5 || b.left < c.left - 0.5 || b.right > window.innerWidth ? f.textContent : null;
    }).filter(Boolean));
    assert.deepEqual(over, [], `${route}: figures overflowing their card`);
    const scrolled = await page.evaluate(() => [...document.querySelectorAll('.table-wrap')].filter((w) => w.offsetParent && w.scrollWidth > w.clientWidth + 1).map((w) => w.textContent.slice(0, 60)));
    assert.deepEqual(scrolled, [], `${route}: tables that hide amounts behind a horizontal scroll`);
    await page.screenshot({ path: join(shots, `ux-long-figures-${route.slice(2)}-360.png`), fullPage: true });
  }
});

test('honest quote: the normal price beside the discounted one, month by month, and the date the discount ends', async () => {
  await lang('id');
  await page.goto(server.url + '#/agen');
  await setDate('2026-03-01');
  await page.fill('#ag-income', '1jt');
  await page.uncheck('#ag-jht');
  await page.fill('#ag-name', '');
  const months = quoteMonths('2026-03', 1000000);
  // The normal price of a PP 50/2025 month is the engine's answer without the discount (APBN-funded,
  // PP 50/2025 Pasal 3), never a division in the page.
  const normalApril = cliEval({ as_of: '2026-04-01', segment: 'BPU', declared_income: 1000000, bpu_sector: 'other', funded_by: 'apbn' }).totals.monthly.worker;
  assert.deepEqual([months[0].totals.monthly.worker, months[1].totals.monthly.worker, normalApril], [16800, 8400, 16800]);
  await waitText('table.sched tbody tr:nth-child(2) td', R(8400));
  const rows = await page.$$eval('table.sched tbody tr', (tr) => tr.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\s+/g, ' ').trim())));
  assert.deepEqual(rows[0], ['Maret 2026', R(16800), R(16800)]);
  assert.deepEqual(rows[1], ['April 2026diskon 50% JKK+JKM · PP 50/2025', R(8400), R(normalApril)]);
  assert.deepEqual(rows[10], ['Januari 2027', R(16800), R(16800)]);
  const expected = [
    'Maret 2026: Rp16.800 (harga normal)',
    'April 2026 – Desember 2026: Rp8.400 (diskon 50% JKK+JKM PP 50/2025; harga normal Rp16.800)',
    'Januari 2027 – Februari 2027: Rp16.800 (harga normal)',
  ];
  assert.deepEqual(await page.$$eval('.sched-lines li', (l) => l.map((x) => x.textContent)), expected);
  const ends = 'Diskon berakhir 31 Desember 2026; mulai Januari 2027 harga normal Rp16.800.';
  await waitText('.sched-ends', ends);
  const wa = await page.inputValue('#ag-wa');
  for (const line of [...expected.map((l) => '- ' + l), ends]) assert.ok(wa.split('\n').includes(line), `WhatsApp text lacks "${line}":\n${wa}`);
  await page.waitForSelector('#ag-qr svg', { timeout: 20000 });
  assert.equal((await decodePageQr(page, '.qr svg', 600)).data, await page.getAttribute('#ag-receipt', 'href'), 'the QR code carries the receipt link');
  // Starting in a discounted month: the headline shows the normal price beside it; the transport
  // discount outlasts the 12 months, and its end is still named (the engine's first full month).
  await page.check('input[name="ag-sector"][value="transport"]');
  await waitText('.kpi .fig', R(8400));
  assert.match(await page.textContent('.kpi .kn'), /diskon 50% JKK\+JKM · PP 50\/2025 Harga normal Rp16\.800/);
  const t = quoteMonths('2026-03', 1000000, { bpu_sector: 'transport' });
  assert.ok(t.every((m) => m.programs.JKK.relief), 'discounted for the whole quote');
  const next = cliEval({ as_of: '2027-04-01', segment: 'BPU', declared_income: 1000000, bpu_sector: 'transport' });
  assert.ok(!next.programs.JKK.relief);
  await waitText('.sched-ends', `Diskon berakhir 31 Maret 2027; mulai April 2027 harga normal ${R(next.totals.monthly.worker)}.`);
  // PP 49/2020 paid 1 % of the normal amount: a 99 % discount.
  await page.check('input[name="ag-sector"][value="other"]');
  await setDate('2021-01-01');
  await page.waitForFunction(() => /diskon 99%/.test(document.querySelector('.kpi')?.textContent || ''));
  assert.match(await page.inputValue('#ag-wa'), /diskon 99% JKK\+JKM PP 49\/2020/);
  assert.doesNotMatch(await page.textContent('#ag-quote'), /keringanan 1%|diskon 1%/);
  await setDate('2026-03-01');
});

test('no script error or console error in the page', () => {
  assert.deepEqual(pageErrors, []);
});

