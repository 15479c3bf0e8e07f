// Receipts anyone can check (issue 11 §3, docs/RULES.md "Receipts"), at 360 px:
// - the agent's quote: its QR code, decoded from the page's pixels with jsQR (pinned in
//   package-lock.json), is the receipt link; opened offline on another page it says "Sama";
// - "Bagikan bukti hitungan" in Pekerja and Perangkat desa: the link opens offline as "Sama";
// - a receipt made under the built-in rules and opened after a bundle with a new JP ceiling was
//   loaded: "Aturan berbeda", naming the JP ceiling, old -> new, with the new value's citation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from '../../web/serve.mjs';
import { SITE_DIR, cli, openApp, setAsOf, headerMore, artifacts, decodePageQr } from './lib.mjs';

let server, ctx, page, errors, dir, signed, newVersion, shots;
const DEV_KEY = fileURLToPath(new URL('../fixtures/rules-dev.key', import.meta.url));
const builtinVersion = cli(['version']).stdout.trim();

/** The receipt (JSON text) inside a link: "z" + base64url of raw deflate, or base64url of the JSON. */
function receiptText(link) {
  const p = link.split('#/r/')[1];
  return p.startsWith('z') ? inflateRawSync(Buffer.from(p.slice(1), 'base64url')).toString('utf8') : Buffer.from(p, 'base64url').toString('utf8');
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jamsos-receipts-'));
  // The built-in rules with a 2027 JP ceiling (a test value), sealed and signed with the
  // development key the test build trusts, as a maintainer would publish it.
  const old = cli(['rules']).stdout;
  writeFileSync(join(dir, 'old.json'), old);
  const draft = JSON.parse(old);
  delete draft.sha256;
  for (const f of draft.files) {
    const p = f.content.parameters['jp.ceiling'];
    if (p) p.values.push({ from: '2027-03-01', value: 11600000, confidence: 'U', citation: { instrument: 'PP 45/2015', article: 'Pasal 29 (uji)', url: 'https://example.invalid' } });
  }
  writeFileSync(join(dir, 'draft.json'), JSON.stringify(draft));
  signed = cli(['--rules', join(dir, 'draft.json'), 'rules', '--since', join(dir, 'old.json'), '--sign', DEV_KEY]).stdout;
  newVersion = JSON.parse(signed).rules_version;
  writeFileSync(join(dir, 'new.json'), signed);
  shots = await artifacts();
  server = await serve(SITE_DIR, 0);
  ({ ctx, page, errors } = await openApp(server.url, { consoleErrors: false }));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
});

after(async () => {
  await ctx?.close();
  await server?.close();
});

/** Opens `link` on a second page and returns its verdict (data-verdict) once checked. */
async function openLink(link) {
  const p2 = await ctx.newPage();
  await p2.goto(link);
  await p2.waitForSelector('#rc-verdict[data-verdict]', { timeout: 20000 });
  return p2;
}


test('the agent\'s QR code holds the receipt link; scanned and opened offline it says "Sama"', async () => {
  await ctx.setOffline(true);
  await page.goto(server.url + '#/agen');
  await setAsOf(page, '2026-05-01');
  await page.fill('#ag-income', '1500000');
  await page.waitForSelector('#ag-qr svg', { timeout: 20000 });
  const qr = await decodePageQr(page, '#ag-qr svg', 800);
  assert.ok(qr, 'the QR code decodes');
  const link = qr.data;
  assert.ok(link.startsWith(server.url + '#/r/z'), link);
  assert.equal(link, await page.getAttribute('#ag-receipt', 'href'), 'the QR code and the receipt link are the same');
  // Scannable: version (size) and length. 4 * version + 17 modules; the print gives it 34-36 mm.
  const modules = await page.$eval('#ag-qr svg', (s) => Number(s.getAttribute('width')) - 4);
  assert.ok(modules <= 4 * 25 + 17, `QR of ${modules} modules for ${link.length} characters`);
  console.log(`# receipt link: ${link.length} characters, QR ${modules} modules (version ${(modules - 17) / 4})`);
  const rec = JSON.parse(receiptText(link));
  assert.equal(rec.input.as_of, '2026-05-01');
  assert.equal(rec.input.declared_income, 1500000);
  assert.equal(rec.rules_version, builtinVersion);
  assert.ok(Array.isArray(rec.rules_used) && rec.rules_used.some((e) => e[0] === 'bpu.jkk.rate'), JSON.stringify(rec.rules_used));
  const p2 = await openLink(link);
  assert.equal(await p2.getAttribute('#rc-verdict', 'data-verdict'), 'same');
  assert.match(await p2.textContent('#rc-verdict'), /^Sama/);
  await p2.screenshot({ path: join(shots, 'receipt-agen-qr-360.png'), fullPage: true });
  await p2.close();
  // The native CLI agrees on the same receipt.
  assert.equal(JSON.parse(cli(['verify'], receiptText(link)).stdout).verdict, 'same');
  // The printed quote carries the QR code and says what scanning it does.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.classList.add('print-quote'));
  assert.equal(await page.$eval('#ag-qr', (q) => q.getClientRects().length > 0), true, 'the QR code is printed');
  assert.match(await page.$eval('.qr-cap', (c) => (c.getClientRects().length ? c.textContent : '')), /Pindai .* memeriksa angka penawaran ini/);
  await page.evaluate(() => document.body.classList.remove('print-quote'));
  await page.emulateMedia({ media: 'screen' });
  await ctx.setOffline(false);
});

/**
 * Clicks "Bagikan bukti hitungan" in the box `id` and returns the link shown, once its receipt is
 * of the input `wanted` accepts. The form answers typing after a short pause: a click before that
 * render lands on the box it replaces (or makes the receipt of the input before the last keystroke),
 * so the click is made again on the box of the latest answer.
 */
async function shareLink(id, wanted = () => true) {
  for (let i = 0; ; i++) {
    try {
      await page.click(`#${id} [data-rc="make"]`);
      await page.waitForSelector(`#${id} .rc-link`, { timeout: 5000 });
      const link = await page.inputValue(`#${id} .rc-link`);
      if (wanted(JSON.parse(receiptText(link)).input)) return link;
      if (i === 5) throw new Error('the receipt link is of another input: ' + receiptText(link));
    } catch (e) { if (i === 5) throw e; }
    await page.waitForTimeout(500);
  }
}

test('Pekerja and Perangkat desa: "Bagikan bukti hitungan" gives a link that opens offline as "Sama"', async () => {
  await ctx.setOffline(true);
  await page.goto(server.url + '#/pekerja');
  await setAsOf(page, '2026-05-01');
  await page.fill('#pk-wage', '5.000.000');
  await page.fill('#pk-birth', '1990-01-01');
  await page.waitForSelector('#pk-share [data-rc="make"]');
  assert.equal(await page.textContent('#pk-share [data-rc="make"]'), 'Bagikan bukti hitungan');
  const pk = await shareLink('pk-share', (i) => i.monthly_wage === 5000000 && i.birth_date === '1990-01-01');
  const pkRec = JSON.parse(receiptText(pk));
  assert.equal(pkRec.input.monthly_wage, 5000000);
  assert.equal(pkRec.input.birth_date, '1990-01-01');
  let p2 = await openLink(pk);
  assert.equal(await p2.getAttribute('#rc-verdict', 'data-verdict'), 'same');
  await p2.close();

  await page.goto(server.url + '#/desa');
  await page.check('input[name="ds-role"][value="perangkat_desa"]');
  await page.fill('#ds-wage', '2.500.000');
  await page.waitForSelector('#ds-share [data-rc="make"]');
  const ds = await shareLink('ds-share', (i) => i.role === 'perangkat_desa' && i.monthly_wage === 2500000);
  const dsRec = JSON.parse(receiptText(ds));
  assert.equal(dsRec.input.role, 'perangkat_desa');
  assert.equal(dsRec.input.monthly_wage, 2500000);
  p2 = await openLink(ds);
  assert.equal(await p2.getAttribute('#rc-verdict', 'data-verdict'), 'same');
  await p2.screenshot({ path: join(shots, 'receipt-desa-360.png'), fullPage: true });
  // An altered figure in that receipt: "Tidak cocok", the figure named in plain words.
  const altered = JSON.parse(receiptText(ds));
  altered.figures.monthly.total += 1000;
  await p2.goto(server.url + '#/r/' + Buffer.from(JSON.stringify(altered)).toString('base64url'));
  await p2.waitForFunction(() => document.querySelector('#rc-verdict')?.dataset.verdict === 'mismatch', null, { timeout: 20000 });
  assert.match(await p2.textContent('#rc-diffs'), /Iuran per bulan · Jumlah/);
  await p2.close();
  await ctx.setOffline(false);
});

test('a receipt opened under a loaded bundle with a new JP ceiling: "Aturan berbeda", naming the change', async () => {
  // Made under the built-in rules: a Rp20,000,000 wage at a large employer, March 2027. The JP
  // ceiling in force is Rp11,086,300 (from March 2026): JP worker 1 % = Rp110,863.
  // The worker's monthly deduction: JHT 2 % x 20,000,000 = 400,000 + JP 110,863 = Rp510,863; the
  // link is made once the page shows that answer (not one of an earlier keystroke).
  await page.goto(server.url + '#/pekerja');
  await setAsOf(page, '2027-03-01');
  await page.fill('#pk-birth', '1990-01-01');
  await page.selectOption('#pk-scale', 'large');
  await page.fill('#pk-wage', '20.000.000');
  await page.waitForFunction(() => /Maret 2027/.test(document.querySelector('#pk-result h2')?.textContent || '') &&
    document.querySelector('#pk-result .kpi .fig')?.textContent.trim() === 'Rp510.863');
  const link = await shareLink('pk-share', (i) => i.monthly_wage === 20000000 && i.employer_scale === 'large' && i.as_of === '2027-03-01');
  assert.equal(JSON.parse(receiptText(link)).figures.programs.JP.worker, 110863);
  // The new bundle, loaded from a file and accepted (signed by the publisher key of this build).
  await headerMore(page, true);
  if (!(await page.evaluate(() => document.querySelector('#rules-upd').open))) await page.click('#rules-upd-summary');
  await page.setInputFiles('#rules-file', { name: 'aturan-2027.json', mimeType: 'application/json', buffer: Buffer.from(signed) });
  await page.waitForSelector('#rules-accept:not([disabled])', { timeout: 20000 });
  await Promise.all([page.waitForNavigation({ timeout: 20000 }), page.click('#rules-accept')]);
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await page.waitForFunction((v) => document.querySelector('#rules-version')?.textContent === v, newVersion);
  // With it, JP worker 1 % x 11,600,000 = Rp116,000.
  const p2 = await openLink(link);
  assert.equal(await p2.getAttribute('#rc-verdict', 'data-verdict'), 'different_rules');
  assert.match(await p2.textContent('#rc-verdict'), /^Aturan berbeda/);
  const changes = await p2.$$eval('#rc-changes li', (l) => l.map((x) => x.textContent));
  assert.deepEqual(changes, ['Batas upah tertinggi JP: Rp11.086.300 (mulai 1 Maret 2026) → Rp11.600.000 (mulai 1 Maret 2027); PP 45/2015 Pasal 29 (uji)']);
  const diffs = await p2.textContent('#rc-diffs');
  assert.match(diffs, /JP · Peserta: Rp110\.863 → Rp116\.000 \(karena Batas upah tertinggi JP\)/);
  assert.doesNotMatch(diffs, /JKK/);
  // Seven-digit figures in both columns stay within the 360 px screen.
  assert.ok(await p2.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scroll at 360 px');
  await p2.screenshot({ path: join(shots, 'receipt-different-rules-360.png'), fullPage: true });
  await p2.close();
  // The native CLI with the same bundle names the same change.
  const native = JSON.parse(cli(['--rules', join(dir, 'new.json'), 'verify'], receiptText(link)).stdout);
  assert.equal(native.verdict, 'different_rules');
  assert.deepEqual(native.rule_changes.map((c) => [c.parameter, c.old, c.new]), [['jp.ceiling', 11086300, 11600000]]);
  // Back to the built-in rules.
  await headerMore(page, true);
  if (!(await page.evaluate(() => document.querySelector('#rules-upd').open))) await page.click('#rules-upd-summary');
  await Promise.all([page.waitForNavigation({ timeout: 20000 }), page.click('#rules-reset')]);
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await page.waitForFunction((v) => document.querySelector('#rules-version')?.textContent === v, builtinVersion);
});

test('no script error in the page', () => {
  assert.deepEqual(errors, []);
});
