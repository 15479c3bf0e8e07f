// Issue 10, "field-ready on a 360 px phone": answers in view (the headline figure inside the first
// screen while the form is filled, equal to the CLI's), the four tabs and a short header at 360 px,
// tables that reflow rather than hide a figure, warnings that change the answer above the result,
// the agent's quote (start month, saved quotes, image, wa.me) and the install/offline cues.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serve } from '../../web/serve.mjs';
import { SITE_DIR, ROOT, launch, setAsOf, headerMore, waitText as waitTextOn, artifacts, cliEval, formatRupiah } from './lib.mjs';

let server, ctx, page, shots;
const pageErrors = [];
const R = (n) => formatRupiah(n, 'id');
const W = 360;
const H = 740;

before(async () => {
  shots = await artifacts();
  server = await serve(SITE_DIR, 0);
  ctx = await launch({ viewport: { width: W, height: H }, deviceScaleFactor: 1, hasTouch: true, acceptDownloads: true });
  page = ctx.pages()[0] || await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(server.url + '#/');
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await setAsOf(page, '2026-05-01');
});

after(async () => {
  await ctx?.close();
  await server?.close();
});

const waitText = (selector, expected, timeout) => waitTextOn(page, selector, expected, timeout);
const shot = (name) => page.screenshot({ path: join(shots, name + '.png') });
/** The bounding box of `selector` is inside the viewport (the first screen, without scrolling). */
async function inView(selector) {
  const b = await page.$eval(selector, (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, vw: innerWidth, vh: innerHeight }; });
  assert.ok(b.top >= 0 && b.left >= 0 && b.bottom <= b.vh && b.right <= b.vw, `${selector} outside the screen: ${JSON.stringify(b)}`);
}

test('header at 360 px: four tabs on screen without sideways scrolling, header <= 111 px, rules one tap away', async () => {
  for (const route of ['#/', '#/pekerja', '#/daftar']) {
    await page.goto(server.url + route);
    await page.waitForTimeout(200);
    const r = await page.evaluate(() => {
      const nav = document.querySelector('.top nav');
      return {
        header: document.querySelector('header.top').getBoundingClientRect().height,
        navScroll: nav.scrollWidth - nav.clientWidth,
        tabs: [...nav.querySelectorAll('a')].map((a) => { const b = a.getBoundingClientRect(); return [a.getAttribute('href'), Math.round(b.left), Math.round(b.right)]; }),
      };
    });
    assert.ok(r.header <= 111, `${route}: header ${r.header}px`);
    assert.equal(r.navScroll, 0, `${route}: the nav scrolls`);
    assert.equal(r.tabs.length, 4);
    for (const [href, left, right] of r.tabs) assert.ok(left >= 0 && right <= 360, `${href} at ${left}–${right}`);
  }
  // The evaluation date is the disclosure's label; the rule version, rules date and date field behind it.
  assert.equal(await page.textContent('#hd-date'), '1 Mei 2026');
  assert.equal(await page.isVisible('#asof'), false);
  await page.click('#hd-sum');
  assert.ok(await page.isVisible('#asof'));
  assert.match(await page.textContent('#rules-line'), /versi aturan [0-9a-f]{12}/);
  const info = await page.evaluate(() => window.__jamsos.rulesInfo());
  const [y, m, d] = info.reviewed_until.split('-').map(Number);
  const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  await waitText('#rules-reviewed', `Aturan terakhir diperbarui ${d} ${months[m - 1]} ${y}`);
  await shot('view-header-open-360');
  await page.click('#hd-sum');
  assert.equal(await page.isVisible('#asof'), false);
  // English: the same fit.
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const en = await page.evaluate(() => ({ header: document.querySelector('header.top').getBoundingClientRect().height, right: Math.max(...[...document.querySelectorAll('.top nav a, .lang button')].map((a) => a.getBoundingClientRect().right)) }));
  assert.ok(en.header <= 111 && en.right <= 360, JSON.stringify(en));
  await page.click('[data-lang="id"]');
  await page.waitForFunction(() => document.documentElement.lang === 'id');
});

test('pekerja at 360×740: after the wage, the headline figures are on the first screen and equal the CLI', async () => {
  await page.goto(server.url + '#/pekerja');
  await page.evaluate(() => scrollTo(0, 0));
  await page.fill('#pk-wage', '5jt');
  const want = cliEval({ as_of: '2026-05-01', segment: 'PU', monthly_wage: 5000000, citizenship: 'WNI', jkk_risk_group: 1, jkn_enrolled: true });
  await waitText('#pk-sum dd[data-party="worker"]', R(want.totals.monthly.worker));
  await waitText('#pk-sum dd[data-party="employer"]', R(want.totals.monthly.employer));
  await page.evaluate(() => scrollTo(0, 0));
  await inView('#pk-sum dd[data-party="worker"]');
  await inView('#pk-sum dd[data-party="employer"]');
  await shot('view-pekerja-360');
  // The jump button brings the details up, and the bar then sits above them in the flow.
  await page.click('#pk-sum .sum-jump');
  await page.waitForFunction(() => Math.abs(document.querySelector('#pk-result').getBoundingClientRect().top) < 2);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'pk-result');
});

test('desa at 360×740: the village budget and the worker figure on the first screen, equal to the CLI', async () => {
  await page.goto(server.url + '#/desa');
  await page.check('input[name="ds-role"][value="kepala_desa"]');
  await page.fill('#ds-wage', '2,5jt');
  const want = cliEval({ as_of: '2026-05-01', role: 'kepala_desa', monthly_wage: 2500000, jkn_enrolled: true, citizenship: 'WNI' });
  await waitText('#ds-sum dd[data-party="employer"]', R(want.totals.monthly.employer));
  await waitText('#ds-sum dd[data-party="worker"]', R(want.totals.monthly.worker));
  assert.match(await page.textContent('#ds-sum'), /APBDes/);
  await inView('#ds-sum dd[data-party="employer"]');
  await shot('view-desa-360');
});

test('agen at 360×740: the first month and 12 months on the first screen, equal to the CLI', async () => {
  await page.goto(server.url + '#/agen');
  await page.evaluate(() => scrollTo(0, 0));
  await page.fill('#ag-income', '3jt');
  const months = cliEval(Array.from({ length: 12 }, (_, i) => ({ as_of: `${2026 + Math.floor((4 + i) / 12)}-${String(((4 + i) % 12) + 1).padStart(2, '0')}-01`, segment: 'BPU', declared_income: 3000000, bpu_sector: 'other' })));
  await waitText('#ag-sum dd[data-party="worker"]', R(months[0].totals.monthly.worker));
  await waitText('#ag-sum dd[data-party="worker12"]', R(months.reduce((a, m) => a + m.totals.monthly.worker, 0)));
  await page.evaluate(() => scrollTo(0, 0));
  await inView('#ag-sum dd[data-party="worker"]');
  await shot('view-agen-360');
});

test('agen: a start month in the quote itself; the evaluation date stays', async () => {
  await page.fill('#ag-start', '2026-09');
  await page.waitForFunction(() => /September 2026/.test(document.querySelector('#ag-sum').textContent));
  const want = cliEval({ as_of: '2026-09-01', segment: 'BPU', declared_income: 3000000, bpu_sector: 'other' });
  await waitText('#ag-sum dd[data-party="worker"]', R(want.totals.monthly.worker));
  assert.match(await page.textContent('#ag-quote .kpi .kl'), /September 2026/);
  assert.equal(await page.inputValue('#asof'), '2026-05-01');
  // The relief end date and "diskon 99%" are still in the quote.
  assert.match(await page.textContent('#ag-quote'), /diskon 50% JKK\+JKM/);
  assert.match(await page.textContent('#ag-quote .sched-ends'), /Diskon berakhir 31 Desember 2026/);
  assert.match(await page.textContent('#ag-quote .print-only'), /Aturan per 1 September 2026/);
  // WhatsApp both ways: the app scheme and wa.me.
  assert.match(await page.getAttribute('#ag-wa-web', 'href'), /^https:\/\/wa\.me\/\?text=/);
  assert.match(await page.getAttribute('#ag-wa-link', 'href'), /^whatsapp:\/\/send\?text=/);
});

test('agen: the quote as a PNG image (download where the share sheet takes no files)', async () => {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.click('[data-act="img"]')]);
  assert.match(dl.suggestedFilename(), /^penawaran-2026-09\.png$/);
  const file = join(shots, 'view-agen-quote.png');
  await dl.saveAs(file);
  const { readFile } = await import('node:fs/promises');
  const png = await readFile(file);
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
});

test('agen: quotes saved on the device, listed, reopened after a reload, deleted', async () => {
  await page.fill('#ag-name', 'Bu Sari');
  await page.waitForTimeout(300);
  await page.click('[data-act="save"]');
  await page.waitForFunction(() => document.querySelectorAll('#ag-saved-list [data-act="open"]').length === 1);
  assert.match(await page.textContent('#ag-saved-list'), /Bu Sari · penghasilan Rp3\.000\.000 · mulai September 2026/);
  // Another customer typed over it, then the saved quote is opened again after a reload.
  await page.fill('#ag-name', 'Pak Budi');
  await page.fill('#ag-income', '2jt');
  await page.fill('#ag-start', '');
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await page.waitForSelector('#ag-saved-list [data-act="open"]');
  await page.click('#ag-saved-list [data-act="open"]');
  await page.waitForFunction(() => document.querySelector('#ag-name').value === 'Bu Sari');
  assert.equal(await page.inputValue('#ag-income'), '3jt');
  assert.equal(await page.inputValue('#ag-start'), '2026-09');
  const want = cliEval({ as_of: '2026-09-01', segment: 'BPU', declared_income: 3000000, bpu_sector: 'other' });
  await waitText('#ag-sum dd[data-party="worker"]', R(want.totals.monthly.worker));
  await page.click('#ag-saved-list [data-act="del"]');
  await page.waitForFunction(() => !document.querySelector('#ag-saved-list [data-act="open"]'));
  await page.fill('#ag-start', '');
  await page.fill('#ag-name', '');
});

test('warnings that change the answer are above the result: a child under 15, a missing wage', async () => {
  await page.goto(server.url + '#/pekerja');
  await page.fill('#pk-wage', '2jt');
  await page.fill('#pk-birth', '2015-01-01');
  const want = cliEval({ as_of: '2026-05-01', segment: 'PU', monthly_wage: 2000000, birth_date: '2015-01-01', citizenship: 'WNI', jkk_risk_group: 1, jkn_enrolled: true });
  const child = want.warnings.find((w) => w.code === 'child_worker');
  assert.ok(child, 'the CLI warns about the child');
  await page.waitForFunction((m) => document.querySelector('#pk-result > .warnbox')?.textContent.includes(m) && document.querySelector('#pk-result .slip-card'), child.message_id);
  const order = await page.evaluate(() => {
    const w = document.querySelector('#pk-result > .warnbox');
    return { text: w.textContent, before: !!(w.compareDocumentPosition(document.querySelector('#pk-result .slip-card')) & Node.DOCUMENT_POSITION_FOLLOWING) };
  });
  assert.ok(order.before, 'the warning comes before the payslip');
  await page.fill('#pk-birth', '');
  await page.goto(server.url + '#/desa');
  await page.fill('#ds-wage', '');
  // No wage: the totals are Rp0 because the wage is missing, said above the result and in the bar.
  await page.waitForFunction(() => /upah/i.test(document.querySelector('#ds-result > .warnbox')?.textContent));
  await page.waitForFunction(() => /Belum lengkap/.test(document.querySelector('#ds-sum').textContent));
  await shot('view-desa-nowage-360');
});

test('tables at 360 px: no figure clipped or scrolled away (what-if, roster summary, roster table)', async () => {
  const clipped = () => page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('main table .fig, main table td, main .kv')) {
      const b = el.getBoundingClientRect();
      if (b.width === 0) continue;
      if (b.left < 0 || b.right > innerWidth + 0.5) out.push(`${el.className}: ${el.textContent.trim()} at ${Math.round(b.left)}–${Math.round(b.right)}`);
      const wrap = el.closest('.table-wrap');
      if (wrap && wrap.scrollWidth > wrap.clientWidth + 1) out.push(`scroller of ${wrap.querySelector('table').id || wrap.querySelector('table').className}: ${wrap.scrollWidth} > ${wrap.clientWidth}`);
      if (el.scrollWidth > el.clientWidth + 1 && el.matches('td')) out.push(`overflowing cell: ${el.textContent.trim()}`);
    }
    return [...new Set(out)];
  });
  await page.goto(server.url + '#/pekerja');
  await page.fill('#pk-wage', '5jt');
  await page.fill('#wi-wage', '120jt');
  await page.click('#wi-form [data-confirm-money]').catch(() => {});
  await page.waitForSelector('#wi-result table.compare');
  assert.deepEqual(await clipped(), [], 'pekerja');
  await page.fill('#wi-wage', '');
  await page.goto(server.url + '#/daftar');
  await page.waitForSelector('#dt-file');
  await page.waitForFunction(() => document.documentElement.dataset.roster, null, { timeout: 20000 });
  await page.setInputFiles('#dt-file', join(ROOT, 'tests/web/fixtures/roster_small.csv'));
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  await page.waitForTimeout(500);
  assert.deepEqual(await clipped(), [], 'daftar');
  await page.screenshot({ path: join(shots, 'view-daftar-360.png'), fullPage: true });
});

test('offline: a small "bekerja tanpa internet" cue, the header still short; install button only when offered', async () => {
  await page.goto(server.url + '#/pekerja');
  assert.equal(await page.isVisible('#net'), false);
  await ctx.setOffline(true);
  await page.waitForSelector('#net:not([hidden])');
  assert.equal((await page.textContent('#net')).trim(), 'Bekerja tanpa internet');
  assert.ok(await page.evaluate(() => document.querySelector('header.top').getBoundingClientRect().height) <= 111);
  await page.evaluate(() => scrollTo(0, 0));
  await shot('view-offline-360');
  await ctx.setOffline(false);
  await page.waitForSelector('#net[hidden]', { state: 'attached' });
  // The browser's install prompt (simulated: whether headless Chromium offers one varies) behind a button.
  await headerMore(page, true);
  await page.evaluate(() => { const e = new Event('beforeinstallprompt'); e.prompt = () => { window.__prompted = true; }; window.dispatchEvent(e); });
  assert.ok(await page.isVisible('#install'));
  await page.click('#install');
  assert.equal(await page.evaluate(() => window.__prompted), true);
  assert.equal(await page.isVisible('#install'), false);
  await headerMore(page, false);
});

test('axe-core: no WCAG 2.1 A/AA violation with the summary bar, warnings, saved quotes and the header panel open', async () => {
  const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.goto(server.url + '#/agen');
  await page.fill('#ag-income', '3jt');
  await page.waitForSelector('#ag-sum:not([hidden])');
  await page.click('[data-act="save"]');
  await page.waitForSelector('#ag-saved-list [data-act="open"]');
  for (const route of ['#/agen', '#/pekerja', '#/desa']) {
    await page.goto(server.url + route);
    await page.waitForTimeout(600);
    await headerMore(page, true);
    await page.evaluate(axe);
    const res = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
    assert.deepEqual(res.violations.map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [], route);
    await headerMore(page, false);
  }
});

test('wide screen: the result beside the form', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url + '#/pekerja');
  await page.fill('#pk-wage', '5jt');
  await page.waitForSelector('#pk-result .kpi .fig');
  const b = await page.evaluate(() => ({ form: document.querySelector('#pk-form').getBoundingClientRect().right, res: document.querySelector('#pk-result').getBoundingClientRect().left, top: document.querySelector('#pk-result .kpi .fig').getBoundingClientRect().bottom }));
  assert.ok(b.res >= b.form, `result at ${b.res}, form ends at ${b.form}`);
  assert.ok(b.top <= 800, 'the headline is on the first screen');
  await page.evaluate(() => scrollTo(0, 0));
  await inView('#pk-sum dd[data-party="worker"]');
  await shot('view-pekerja-1280');
  for (const r of ['desa', 'agen']) { await page.goto(server.url + '#/' + r); await page.waitForTimeout(400); await shot('view-' + r + '-1280'); }
  await page.setViewportSize({ width: W, height: H });
  assert.deepEqual(pageErrors, []);
});
