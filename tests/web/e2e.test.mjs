// End-to-end tests in Debian's Chromium (playwright-core, no browser download): the three journeys
// with real values checked against the engine's contract (the native CLI), explanations, the
// language switch, reload keeps the form, offline reload still computes, no request after load,
// no third-party origin, the 360 px layout with large tap targets, and an axe-core WCAG 2.1 AA
// scan. Screenshots go to build/test-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve } from '../../web/serve.mjs';
import { SITE_DIR, setAsOf, launch, waitText as waitTextOn, artifacts, cli, cliEval, formatRupiah } from './lib.mjs';

const require = createRequire(import.meta.url);
let server, ctx, page, shots, origin;
const requests = [];
const pageErrors = [];
const R = (n) => formatRupiah(n, 'id');

before(async () => {
  shots = await artifacts();
  server = await serve(SITE_DIR, 0);
  origin = new URL(server.url).origin;
  ctx = await launch({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1, hasTouch: true });
  ctx.on('request', (r) => requests.push(r.url()));
  page = ctx.pages()[0] || await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(server.url);
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
});

after(async () => {
  await ctx?.close();
  await server?.close();
});

const setDate = (d) => setAsOf(page, d);
const waitText = (selector, expected, timeout) => waitTextOn(page, selector, expected, timeout);
const shot = (name, opts = {}) => page.screenshot({ path: join(shots, name + '.png'), fullPage: true, ...opts });

test('home: four journeys, "aturan per <date>" and the rule-set version on screen', async () => {
  const version = cli(['version']).stdout.trim();
  await page.goto(server.url + '#/');
  await waitText('#rules-version', version);
  const links = await page.$$eval('.journeys a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['#/pekerja', '#/desa', '#/agen', '#/daftar']);
  assert.match(await page.textContent('#rules-line'), /^Aturan per \d{1,2} \w+ \d{4} · versi aturan [0-9a-f]{12}$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  await shot('home-360');
});

test('pekerja: 5jt at a medium employer, May 2026: payslip figures equal the contract', async () => {
  await page.goto(server.url + '#/pekerja');
  await setDate('2026-05-01');
  await page.fill('#pk-wage', '5jt');
  await page.selectOption('#pk-scale', 'medium');
  await page.fill('#pk-birth', '1990-01-01');
  await page.check('#pk-jkn-0');
  const want = cliEval({ as_of: '2026-05-01', segment: 'PU', monthly_wage: 5000000, citizenship: 'WNI', jkk_risk_group: 1,
    employer_scale: 'medium', birth_date: '1990-01-01', jkn_enrolled: true });
  assert.equal(want.totals.monthly.worker, 150000);
  await waitText('.kpi:nth-child(1) .fig', R(want.totals.monthly.worker));
  await waitText('.kpi:nth-child(2) .fig', R(want.totals.monthly.employer));
  await waitText('.kpi:nth-child(3) .fig', R(want.totals.monthly.government));
  // Each program row: my share and my employer's share, as in the contract.
  const rows = await page.$$eval('table.slip tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
  const progs = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];
  rows.forEach((cells, i) => {
    const p = want.programs[progs[i]];
    assert.deepEqual(cells, [R(p.worker), R(p.employer), R(p.government)], progs[i]);
  });
  await page.textContent('.slip-card h2').then((h) => assert.equal(h, 'Slip iuran Mei 2026'));
  // Every figure opens its explanation: arithmetic, parameter, citation, confidence.
  await page.click('.kpi:nth-child(1) .fig');
  await page.waitForSelector('#explain[open]');
  const text = await page.textContent('#explain');
  assert.match(text, /Potongan gaji saya: Rp150\.000/);
  assert.match(text, /JHT Rp100\.000 \+ JP Rp50\.000 = Rp150\.000/);
  assert.match(text, /2% × Rp5\.000\.000 = Rp100\.000/);
  assert.match(text, /Parameter:\s*pu\.jht\.rate\.worker/);
  assert.doesNotMatch(text, /Tarif JKK/, 'only the programs the worker pays into');
  assert.match(text, /Dasar hukum:\s*PP 46\/2015/);
  assert.match(text, /Keyakinan:\s*(pasti|kemungkinan besar|belum pasti)\s*[ABCDU]/);
  await shot('pekerja-explain-360', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#explain:not([open])', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('fig')), true, 'focus returns to the figure');
  // What if: 6 juta and JP as before -> the comparison shows the contract's figures.
  await page.fill('#wi-wage', '6 juta');
  const alt = cliEval({ as_of: '2026-05-01', segment: 'PU', monthly_wage: 6000000, citizenship: 'WNI', jkk_risk_group: 1,
    employer_scale: 'medium', birth_date: '1990-01-01', jkn_enrolled: true });
  await waitText('table.compare tbody tr:nth-child(1) td:nth-child(3)', R(alt.totals.monthly.worker));
  await waitText('table.compare tbody tr:nth-child(1) td:nth-child(4)', '+' + R(alt.totals.monthly.worker - want.totals.monthly.worker));
  await shot('pekerja-360');
  // Inline validation with a plain message.
  await page.fill('#pk-wage', '5 kg');
  await waitText('#pk-wage-err', 'Tulis jumlah rupiah, misalnya 5.000.000, 5jt atau 5 juta.');
  assert.equal(await page.getAttribute('#pk-wage', 'aria-invalid'), 'true');
  await page.fill('#pk-wage', '5.000.000');
  await waitText('.kpi:nth-child(1) .fig', R(150000));
});

test('pekerja: what you are protected for, from the engine: JKM, JKK death, the JHT chart and its table, what would change this', async () => {
  await page.goto(server.url + '#/pekerja');
  await setDate('2026-05-01');
  await page.fill('#pk-wage', '5jt');
  await page.selectOption('#pk-scale', 'medium');
  await page.fill('#pk-birth', '1990-01-01');
  await page.check('#pk-jkn-0');
  // Oracle: jamsos benefits on the same person.
  const want = JSON.parse(cli(['benefits'], JSON.stringify({ as_of: '2026-05-01', segment: 'PU', monthly_wage: 5000000, citizenship: 'WNI',
    jkk_risk_group: 1, employer_scale: 'medium', birth_date: '1990-01-01', jkn_enrolled: true })).stdout);
  assert.equal(want.benefits.find((b) => b.item === 'jkk_death_lump_sum').amount, 240000000);  // 60% x 80 x Rp5,000,000
  // Benefits arrive from their own worker after each refresh of the form: wait for the answer to
  // the last input (the JHT table of the whole projection) before reading the block.
  const last = want.jht_projection.points.at(-1);
  await page.waitForFunction(([v, n]) => {
    const rows = document.querySelectorAll('#pk-benefits table.jht-table tbody tr');
    const td = document.querySelector('#pk-benefits table.jht-table tbody tr:last-child td');
    return rows.length === n && td && td.textContent === v;
  }, [R(last.balance), want.jht_projection.points.length + 1]);
  const text = await page.textContent('#pk-benefits');
  assert.match(text, /Rp42\.000\.000/);
  assert.match(text, /Rp240\.000\.000/);
  assert.ok(!/jkk_death|jht_balance|benefit\.|\.json|pp82-2019/.test(text), 'no internal codes or file names on screen');
  // The JHT chart: an inline SVG (no third-party code) and a table with the same numbers.
  assert.ok(await page.$('#pk-benefits .jht-chart svg path.balance'));
  const cells = await page.$$eval('#pk-benefits table.jht-table tbody tr:last-child td', (t) => t.map((x) => x.textContent));
  assert.deepEqual(cells, [R(last.balance), R(last.contributed)]);
  assert.equal(await page.$$eval('#pk-benefits table.jht-table tbody tr', (t) => t.length), want.jht_projection.points.length + 1);
  assert.match(await page.getAttribute('#pk-benefits .jht-chart svg', 'aria-label'), new RegExp(R(last.balance).replace(/\./g, '\\.')));
  // What would change this: the JP wage ceiling of the month.
  assert.match(text, /Yang bisa mengubah perkiraan ini/);
  assert.match(text, /Rp11\.086\.300/);
  // The citation is one tap away.
  await page.click('#pk-benefits .benefit-event:first-child .benefits li:first-child .fig');
  await page.waitForSelector('#explain[open]');
  const exp = await page.textContent('#explain');
  assert.match(exp, /Rp20\.000\.000/);
  assert.match(exp, /Dasar hukum:\s*PP 82\/2019/);
  assert.doesNotMatch(exp, /Parameter:/);
  await shot('pekerja-benefits-360');
  await page.keyboard.press('Escape');
  await page.fill('#pk-wage', '5.000.000');  // as the payslip test left it (the reload test reads it)
  await waitText('.kpi:nth-child(1) .fig', R(150000));
});

test('desa: pekerja rentan Rp8.400 in May 2026 (PP 50/2025), Rp16.800 in March; who pays; PNS covered elsewhere', async () => {
  await page.goto(server.url + '#/desa');
  await setDate('2026-05-01');
  await page.check('input[name="ds-role"][value="pekerja_rentan"]');
  await waitText('.pays.totals li .fig', R(8400));
  const labels = await page.$$eval('.pays.totals li span', (s) => s.map((x) => x.textContent));
  assert.deepEqual(labels, ['Anggaran desa atas nama peserta']);
  assert.match(await page.textContent('.prog.st-mandatory'), /PP 44\/2015/);
  await setDate('2026-03-01');
  await waitText('.pays.totals li .fig', R(16800));
  await shot('desa-rentan-360');
  // Kepala desa: JKK and JKM wajib, paid by APBDes/ADD; JHT boleh; JP perlu data (birth date).
  await setDate('2026-05-01');
  await page.check('input[name="ds-role"][value="kepala_desa"]');
  await page.fill('#ds-wage', '2,5jt');
  const want = cliEval({ as_of: '2026-05-01', role: 'kepala_desa', monthly_wage: 2500000, jkn_enrolled: true, citizenship: 'WNI' });
  await waitText('.pays.totals li .fig', R(want.totals.monthly.employer));
  const chips = await page.$$eval('.prog .prog-head .chip', (c) => c.map((x) => x.textContent));
  assert.deepEqual(chips, ['Wajib', 'Wajib', 'Boleh', 'Perlu data', 'Tidak berhak']);
  assert.equal(want.programs.JP.status, 'need_info');
  assert.match(await page.textContent('.prog.st-mandatory .pays'), /Pemerintah desa \(APBDes\/ADD\)/);
  assert.match(await page.textContent('.prog.st-need_info'), /Perlu data: Tanggal lahir/);
  await page.click('.prog.st-need_info [data-focus]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ds-birth');
  await shot('desa-kepala-360');
  await page.check('input[name="ds-role"][value="pns"]');
  await page.waitForFunction(() => document.querySelectorAll('.prog.st-not_eligible').length === 5);
  assert.match(await page.textContent('#ds-result'), /TASPEN/);
});

test('desa: funding source (PP 50/2025 Pasal 3), a late payment and its fine, the registration date at 54', async () => {
  await page.goto(server.url + '#/desa');
  await setDate('2026-05-01');
  await page.check('input[name="ds-role"][value="pekerja_rentan"]');
  await waitText('.pays.totals li .fig', R(8400));
  // Paid through the APBD: no discount, JKK 1% x 1,000,000 + JKM 6,800 = 16,800.
  await page.selectOption('#ds-funded', 'apbd');
  await waitText('.pays.totals li .fig', R(16800));
  await page.selectOption('#ds-funded', '');
  await waitText('.pays.totals li .fig', R(8400));
  // Kepala desa, 2.5jt, May 2026 paid on 16 June: one month late; 2% of JKK 6,000 and JKM 7,500.
  await page.check('input[name="ds-role"][value="kepala_desa"]');
  await page.fill('#ds-wage', '2,5jt');
  await page.fill('#ds-paid', '2026-06-16');
  const want = cliEval({ as_of: '2026-05-01', role: 'kepala_desa', monthly_wage: 2500000, jkn_enrolled: true, citizenship: 'WNI', paid_on: '2026-06-16' });
  assert.equal(want.late_payment.total_fine, 120 + 150);
  assert.equal(want.late_payment.total, 6000 + 7500 + 270);
  await page.waitForSelector('.late');
  assert.match(await page.textContent('.late'), /Kalau dibayar terlambat/);
  assert.ok((await page.textContent('.late')).includes(R(want.late_payment.total)));
  await shot('desa-late-360');
  // A birth date giving 54 or older asks for the registration date (JKP's age test); younger, not.
  assert.equal(await page.$('#ds-member'), null);
  await page.fill('#ds-birth', '1970-01-01');
  await page.waitForSelector('#ds-member');
  await page.fill('#ds-birth', '1990-01-01');
  await page.waitForFunction(() => !document.querySelector('#ds-member'));
  await page.fill('#ds-birth', '');
  await page.fill('#ds-paid', '');
  await page.waitForFunction(() => !document.querySelector('.late'));
});

test('agen: 1jt, other sector, from March 2026: 1/3/6/12 months with relief month by month', async () => {
  await page.goto(server.url + '#/agen');
  await setDate('2026-03-01');
  await page.fill('#ag-income', '1 juta');
  await page.fill('#ag-name', 'Bu Sari');
  // Oracle: the CLI on each month, summed.
  const months = JSON.parse(cli(['eval'], JSON.stringify(Array.from({ length: 12 }, (_, i) => ({
    as_of: `${2026 + Math.floor((2 + i) / 12)}-${String(((2 + i) % 12) + 1).padStart(2, '0')}-01`, segment: 'BPU', declared_income: 1000000, bpu_sector: 'other' })))).stdout);
  const sums = [1, 3, 6, 12].map((n) => months.slice(0, n).reduce((a, m) => a + m.totals.monthly.worker, 0));
  assert.deepEqual(sums, [16800, 33600, 58800, 126000]);
  await waitText('.kpi .fig', R(16800));
  for (let i = 0; i < 4; i++) await waitText(`table.spans tbody tr:nth-child(${i + 1}) .fig`, R(sums[i]));
  const relief = await page.$$eval('table.spans tbody tr td:last-child', (t) => t.map((x) => x.textContent));
  assert.deepEqual(relief, ['tanpa diskon', 'diskon pada 2 bulan', 'diskon pada 5 bulan', 'diskon pada 9 bulan']);
  // What the package protects: the engine's benefit estimates (jamsos benefits), in plain words.
  await page.waitForSelector('.benefits-block');
  const benefits = await page.textContent('.benefits-block');
  assert.match(benefits, /Rp42\.000\.000/);
  assert.match(benefits, /Rp174\.000\.000/);
  assert.match(benefits, /tanpa batas biaya/i);
  assert.ok(!/benefit\.|jkm_lump_sum|\.json/.test(benefits), 'no internal codes or file names on screen');
  // The 12-month figure explains itself month by month.
  await page.click('table.spans tbody tr:nth-child(4) .fig');
  const exp = await page.textContent('#explain');
  assert.match(exp, /Maret 2026: JKK Rp10\.000 \+ JKM Rp6\.800 = Rp16\.800/);
  assert.match(exp, /April 2026: JKK Rp5\.000 \+ JKM Rp3\.400 = Rp8\.400 \(diskon 50%\)/);
  assert.match(exp, /Februari 2027: JKK Rp10\.000 \+ JKM Rp6\.800 = Rp16\.800/);
  await page.keyboard.press('Escape');
  // Sharing: WhatsApp text, QR code (an inline SVG made in the page, of the receipt link), print.
  const wa = await page.inputValue('#ag-wa');
  assert.match(wa, /Untuk: Bu Sari/);
  assert.match(wa, /Iuran Maret 2026: \*Rp16\.800\*/);
  assert.match(wa, /12 bulan: Rp126\.000/);
  assert.match(wa, new RegExp('versi aturan ' + months[0].rules_version));
  assert.match(await page.getAttribute('#ag-wa-link', 'href'), /^whatsapp:\/\/send\?text=/);
  await page.waitForSelector('.qr svg path', { timeout: 20000 });
  await shot('agen-360');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.classList.add('print-quote'));
  await shot('agen-print');
  const visible = await page.evaluate(() => [...document.querySelectorAll('form, .top, .no-print')].some((e) => e.offsetParent !== null));
  assert.equal(visible, false, 'the printed quote hides forms, header and sharing buttons');
  const pdf = await page.pdf({ path: join(shots, 'agen-quote.pdf'), format: 'A4' });
  assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length, 1, 'the quote prints on one A4 page');
  await page.evaluate(() => document.body.classList.remove('print-quote'));
  await page.emulateMedia({ media: 'screen' });
});

test('reload keeps what was typed', async () => {
  await page.goto(server.url + '#/agen');
  await page.fill('#ag-income', '2jt');
  await page.check('#ag-jht');
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]');
  assert.equal(await page.inputValue('#ag-income'), '2jt');
  assert.equal(await page.isChecked('#ag-jht'), true);
  assert.equal(await page.inputValue('#asof'), '2026-03-01');
  // 2jt: JKK 1% 20.000 + JKM 6.800 + JHT 2% 40.000, no relief in March 2026.
  await waitText('.kpi .fig', R(66800));
  await page.goto(server.url + '#/pekerja');
  assert.equal(await page.inputValue('#pk-wage'), '5.000.000');
  assert.equal(await page.inputValue('#pk-scale'), 'medium');
});

test('language switch: English everywhere, kept after reload, and back', async () => {
  await page.goto(server.url + '#/agen');
  await page.click('[data-lang="en"]');
  await waitText('.top nav a[href="#/pekerja"]', 'Worker');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('#rules-line'), /^Rules as of 1 March 2026 · rule-set version/);
  await waitText('.kpi .fig', 'Rp66,800');
  await shot('agen-en-360');
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]');
  await waitText('#ag-h', 'Agent: a quote for an informal (BPU) worker');
  await page.click('[data-lang="id"]');
  await waitText('.top nav a[href="#/pekerja"]', 'Pekerja');
  await waitText('.kpi .fig', R(66800));
});

test('offline: after the first visit, a reload with no network still computes', async () => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  await ctx.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('html[data-engine="ready"]', { timeout: 10000 });
    await waitText('.kpi .fig', R(66800));
    await page.goto(server.url + '#/desa');
    await page.check('input[name="ds-role"][value="pekerja_rentan"]');
    await setDate('2026-05-01');
    await waitText('.pays.totals li .fig', R(8400));
    await shot('desa-offline-360');
  } finally {
    await ctx.setOffline(false);
  }
});

test('no request after load, and never a third-party origin', async () => {
  await page.goto(server.url + '#/pekerja');
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]');
  await page.waitForLoadState('networkidle');
  // After load the page may only fetch files of the site itself (a language's dictionary, the
  // benefits module on first use: GET, no query, precached by the service worker): nothing typed
  // can leave in them.
  const siteFiles = new Set(await readdir(SITE_DIR));
  const after = [];
  const onReq = (r) => {
    const u = new URL(r.url());
    if (r.method() === 'GET' && u.origin === origin && !u.search && siteFiles.has(u.pathname.slice(1))) return;
    after.push(`${r.method()} ${r.url()}`);
  };
  page.on('request', onReq);
  await page.fill('#pk-wage', '7jt');
  await page.waitForFunction(() => document.querySelector('.kpi .fig'));
  await page.click('.top nav a[href="#/desa"]');
  await page.check('input[name="ds-role"][value="bumdes"]');
  await page.click('.top nav a[href="#/agen"]');
  await page.fill('#ag-income', '3jt');
  await waitText('table.spans tbody tr:nth-child(1) .fig', R(cliEval({ as_of: '2026-05-01', segment: 'BPU', declared_income: 3000000, bpu_sector: 'other', opt_in: ['JHT'] }).totals.monthly.worker));
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('[data-lang="id"]');
  page.off('request', onReq);
  assert.deepEqual(after, [], 'requests after load');
  const foreign = requests.filter((u) => !u.startsWith(origin + '/'));
  assert.deepEqual(foreign, [], 'requests to another origin');
  assert.ok(requests.length > 5, 'requests were recorded');
});

test('360 px: no horizontal scroll, tap targets at least 44 px, every control labelled', async () => {
  for (const route of ['#/', '#/pekerja', '#/desa', '#/agen', '#/daftar']) {
    await page.goto(server.url + route);
    await page.waitForTimeout(400);
    const r = await page.evaluate(() => {
      const small = [];
      for (const el of document.querySelectorAll('button, a.btn, .top nav a, select, input:not([type=radio]):not([type=checkbox]), label.radio, .journey')) {
        const b = el.getBoundingClientRect();
        if (b.width === 0 || el.closest('[hidden], details:not([open]) > :not(summary), .print-only')) continue;
        if (b.height < 44 || b.width < 44) small.push(`${el.tagName}.${el.className}#${el.id}: ${Math.round(b.width)}×${Math.round(b.height)}`);
      }
      const unlabelled = [...document.querySelectorAll('input, select, textarea')].filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map((el) => el.id);
      return { scroll: document.documentElement.scrollWidth, small, unlabelled };
    });
    assert.ok(r.scroll <= 360, `${route}: page is ${r.scroll}px wide`);
    assert.deepEqual(r.small, [], `${route}: small tap targets`);
    assert.deepEqual(r.unlabelled, [], `${route}: unlabelled controls`);
  }
});

test('accessibility: axe-core finds no WCAG 2.1 A/AA violation on any screen', async () => {
  const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  for (const route of ['#/', '#/pekerja', '#/desa', '#/agen', '#/daftar']) {
    await page.goto(server.url + route);
    await page.waitForTimeout(400);
    await page.evaluate(axe);
    const res = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
    const v = res.violations.map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(v, [], route);
  }
});

test('keyboard: the journeys are reachable and usable with Tab and Enter', async () => {
  await page.goto(server.url + '#/');
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  let found = false;
  for (let i = 0; i < 20 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement.getAttribute('href') === '#/agen' && document.activeElement.classList.contains('journey'));
  }
  assert.ok(found, 'the Agen card is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#ag-income');
});

test('desktop screenshots', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const route of ['', 'pekerja', 'desa', 'agen', 'daftar']) {
    await page.goto(server.url + '#/' + route);
    await page.waitForTimeout(400);
    await shot('desktop-' + (route || 'home'));
  }
  await page.setViewportSize({ width: 360, height: 780 });
});

test('no script error or console error in the page', () => {
  assert.deepEqual(pageErrors, []);
});
