// "What changes for me in the months ahead" (issue 11) in the pekerja and agen journeys: the page
// shows the engine's upcoming() answer for 24 months (the same as `jamsos upcoming --months 24`), with the month, the amount
// old -> new and the rule behind it, offline. Figures worked out by hand in tests/unit/test_upcoming.cpp.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../web/serve.mjs';
import { SITE_DIR, cli, openApp, formatRupiah } from './lib.mjs';

let server, ctx, page, errors;
const R = (n) => formatRupiah(n, 'id');

before(async () => {
  server = await serve(SITE_DIR, 0);
  ({ ctx, page, errors } = await openApp(server.url, { asOf: '2026-02-01' }));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
});

after(async () => {
  await ctx?.close();
  await server?.close();
});

const text = (sel) => page.$eval(sel, (el) => el.textContent.replace(/\s+/g, ' ').trim());

test('agen, February 2026, Rp1 juta: the discount from April 2026 and its end in January 2027, with the rule, offline', async () => {
  await ctx.setOffline(true);
  try {
    await page.goto(server.url + '#/agen');
    await page.fill('#ag-income', '1jt');
    await page.waitForSelector('#ag-upcoming ol.upcoming li', { timeout: 15000 });
    const items = await page.$$eval('#ag-upcoming ol.upcoming > li', (ls) => ls.map((l) => l.textContent.replace(/\s+/g, ' ').trim()));
    assert.equal(items.length, 2, items.join(' | '));
    assert.ok(items[0].startsWith('Mulai April 2026'), items[0]);
    assert.ok(items[0].includes(`${R(16800)} → ${R(8400)}`), items[0]);
    assert.ok(items[0].includes('PP 50/2025'), items[0]);
    assert.ok(items[1].startsWith('Mulai Januari 2027'), items[1]);
    assert.ok(items[1].includes(`${R(8400)} → ${R(16800)}`) && items[1].includes('berakhir'), items[1]);
    // The same months as the CLI.
    const native = JSON.parse(cli(['upcoming', '--months', '24'], JSON.stringify({ as_of: '2026-02-01', segment: 'BPU', declared_income: 1000000, bpu_sector: 'other' })).stdout);
    assert.deepEqual(native.upcoming.map((u) => u.month), ['2026-04', '2027-01']);
  } finally {
    await ctx.setOffline(false);
  }
});

test('pekerja, Rp15 juta born 1968-06-15: the March 2026 JP ceiling and pension age in July 2027', async () => {
  await page.goto(server.url + '#/pekerja');
  await page.fill('#pk-wage', '15jt');
  await page.selectOption('#pk-scale', 'medium');
  await page.fill('#pk-birth', '1968-06-15');
  await page.waitForFunction(() => document.querySelectorAll('#pk-upcoming ol.upcoming > li').length === 2, null, { timeout: 15000 });
  const all = await text('#pk-upcoming');
  // Worker: JHT 2 % Rp300,000 + JP 1 % of the ceiling (Rp105,474 -> Rp110,863), then JP no longer counted.
  assert.ok(all.includes('Mulai Maret 2026') && all.includes(`${R(405474)} → ${R(410863)}`), all);
  assert.ok(all.includes('Batas upah tertinggi JP'), all);
  assert.ok(all.includes('Mulai Juli 2027') && all.includes(`${R(410863)} → ${R(300000)}`), all);
  assert.ok(!/jp\.ceiling|relief\.|REFERENCE|\.md\b/.test(all), 'no parameter keys or file names on screen: ' + all);
  assert.deepEqual(errors, []);
});
