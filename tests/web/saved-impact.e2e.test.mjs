// "What changed for me" for the saved Pekerja and Perangkat desa forms and saved quotes (issue 11
// §2), at 360 px and offline: before a rule bundle from a file is accepted, the rules panel shows per
// saved thing the figures old -> new and the rule change behind them (the C++ `jamsos diff` over
// eval inputs, in the roster worker), or "tidak berubah"; and after a site update brought other
// rules than this device last used, a notice with the changelog and what changed, once, gone after
// it is dismissed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../web/serve.mjs';
import { SITE_DIR, cli, openApp, headerMore, setAsOf, artifacts, formatRupiah, reliefExtendedDraft } from './lib.mjs';
import { formatMonth } from '../../web/src/format.js';

const DEV_KEY = fileURLToPath(new URL('../fixtures/rules-dev.key', import.meta.url));
const builtinVersion = cli(['version']).stdout.trim();
const R = (n) => formatRupiah(n, 'id');
const M = (iso) => formatMonth(iso, 'id');
let server, ctx, page, errors, dir, newBundle, prevBundle, prevVersion;

// Two bundles made with the maintainer's commands (docs/RULES.md):
// - NEW, signed with the development publisher key: a JP wage ceiling of Rp11,600,000 from
//   2027-03-01 (a test figure, not a published one) and the PP 50/2025 "other sector" window
//   extended from 2026-12-31 to 2027-03-31;
// - PREV, the rules "a previous build" had: the built-in rules without the 2026-03-01 JP ceiling
//   (Rp11,086,300), so Rp10,547,400 (from 2025-03-01) stays in force.
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jamsos-saved-'));
  const builtin = cli(['rules']).stdout;
  writeFileSync(join(dir, 'builtin.json'), builtin);
  const draft = JSON.parse(builtin);
  delete draft.sha256;
  for (const f of draft.files) {
    const ceiling = f.content.parameters['jp.ceiling'];
    if (ceiling) ceiling.values.push({ ...ceiling.values[ceiling.values.length - 1], from: '2027-03-01', value: 11600000 });
    const other = f.content.parameters['relief.pp50_2025.other_factor'];
    if (other) other.values[0].to = '2027-03-31';
  }
  writeFileSync(join(dir, 'draft.json'), JSON.stringify(draft));
  newBundle = cli(['--rules', join(dir, 'draft.json'), 'rules', '--since', join(dir, 'builtin.json'), '--sign', DEV_KEY]).stdout;
  assert.equal(JSON.parse(newBundle).changelog.length, 2, 'the new bundle has two changes');
  const prev = JSON.parse(builtin);
  delete prev.sha256;
  for (const f of prev.files) {
    const ceiling = f.content.parameters['jp.ceiling'];
    if (ceiling) ceiling.values = ceiling.values.filter((v) => v.from !== '2026-03-01');
  }
  writeFileSync(join(dir, 'prev.json'), JSON.stringify(prev));
  prevBundle = cli(['--rules', join(dir, 'prev.json'), 'rules']).stdout;
  prevVersion = JSON.parse(prevBundle).rules_version;
  assert.notEqual(prevVersion, builtinVersion);
  server = await serve(SITE_DIR, 0);
  ({ ctx, page, errors } = await openApp(server.url, { consoleErrors: false, asOf: '2027-04-15' }));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
});

after(async () => {
  await ctx?.close();
  await server?.close();
});

const ls = (k) => page.evaluate((key) => localStorage.getItem(key), k);
const item = (sel) => page.textContent(sel);

test('first visit: no notice, and the rules in use are remembered (with a copy for the next update)', async () => {
  assert.equal(await page.getAttribute('#rules-notice', 'hidden'), '');
  await page.waitForFunction(() => localStorage.getItem('jamsos.rules.kept'), null, { timeout: 20000 });
  assert.equal(await ls('jamsos.rules.seen'), builtinVersion);
  assert.equal(await ls('jamsos.rules.kept'), builtinVersion);
});

test('a pending bundle: the saved Pekerja form and each saved quote, old -> new, and why', async () => {
  await ctx.setOffline(true);
  // The Pekerja form: Rp15,000,000 at a medium employer (JP mandatory), risk group I, on 2027-04-15.
  await page.goto(server.url + '#/pekerja');
  await page.fill('#pk-wage', '15000000');
  await page.selectOption('#pk-scale', 'medium');
  await page.fill('#pk-birth', '1990-01-01');
  await page.waitForSelector('#pk-result .slip', { timeout: 20000 });
  // Two quotes: "Siti", Rp1,000,000, other sector, from January 2027; "Budi", the same in transport.
  await page.goto(server.url + '#/agen');
  const saveQuote = async (name, sector) => {
    await page.fill('#ag-income', '1000000');
    await page.check(`input[name="ag-sector"][value="${sector}"]`);
    await page.fill('#ag-start', '2027-01');
    await page.fill('#ag-name', name);
    await page.waitForFunction((n) => (document.querySelector('#ag-quote')?.textContent || '').includes(n), name, { timeout: 20000 });
    await page.waitForTimeout(400);   // the debounced refresh of the last field
    await page.click('[data-act="save"]');
    await page.waitForFunction(() => document.querySelector('#ag-copied').textContent.trim() !== '', null, { timeout: 10000 });
    await page.evaluate(() => { document.querySelector('#ag-copied').textContent = ''; });
  };
  await saveQuote('Siti', 'other');
  await saveQuote('Budi', 'transport');
  await page.waitForFunction(() => document.querySelectorAll('#ag-saved-list [data-act="open"]').length === 2);

  await headerMore(page, true);
  await page.click('#rules-upd-summary');
  await page.setInputFiles('#rules-file', { name: 'aturan.json', mimeType: 'application/json', buffer: Buffer.from(newBundle) });
  await page.waitForSelector('#rules-saved .si-list', { timeout: 30000 });
  await page.locator('#rules-pending').screenshot({ path: join(await artifacts(), 'saved-impact-pending.png') });

  // Gaji Anda. JP = 2 % (employer) + 1 % (worker) of the wage capped at the ceiling in force on
  // 2027-04-30: before Rp11,086,300 (from 2026-03-01), after Rp11,600,000 (from 2027-03-01).
  //   JP employer 2 % x 11,086,300 = 221,726 -> 2 % x 11,600,000 = 232,000
  //   JP worker   1 % x 11,086,300 = 110,863 -> 1 % x 11,600,000 = 116,000
  // The rest does not change: JKK 0.24 % x 15,000,000 = 36,000, JKM 0.30 % = 45,000, JHT 3.7 % =
  // 555,000 (employer) and 2 % = 300,000 (worker), JKP 0.22 % x 5,000,000 (cap) = 11,000 (government).
  //   employer 36,000 + 45,000 + 555,000 + 221,726 = 857,726 -> 868,000
  //   worker   300,000 + 110,863 = 410,863 -> 416,000
  //   total    857,726 + 410,863 + 11,000 = 1,279,589 -> 868,000 + 416,000 + 11,000 = 1,295,000
  const pk = '#rules-saved [data-kind="pekerja"]';
  assert.equal(await page.getAttribute(pk, 'data-changed'), 'true');
  const pkText = await item(pk);
  assert.match(pkText, new RegExp(`^Gaji Anda \\(${R(15000000)}\\): berubah`));
  for (const line of [
    `JP · Pemberi kerja: ${R(221726)} → ${R(232000)}`,
    `JP · Pekerja: ${R(110863)} → ${R(116000)}`,
    `Iuran per bulan · Pekerja: ${R(410863)} → ${R(416000)}`,
    `Iuran per bulan · Pemberi kerja: ${R(857726)} → ${R(868000)}`,
    `Iuran per bulan · Jumlah: ${R(1279589)} → ${R(1295000)}`,
  ]) assert.ok(pkText.includes(line), `${line} in ${pkText}`);
  assert.doesNotMatch(pkText, /Pemerintah:/, 'the government\'s JKP share does not change');
  // The rule change: the parameter in words, its value in force then under each rule set, the
  // citation behind "Dasar hukum" (in plain words: no document names).
  const why = await page.textContent(`${pk} .si-because`);
  assert.match(why, /^Batas upah tertinggi JP, mulai 1 Maret 2027: Rp11\.086\.300 → Rp11\.600\.000 Dasar hukum/);
  assert.doesNotMatch(why, /\.md\b/);
  assert.equal(await page.$$eval(`${pk} .si-because`, (l) => l.length), 1, 'only the JP ceiling explains this change');
  assert.match(await page.textContent(`${pk} .si-because details summary`), /^Dasar hukum$/);
  assert.match(await page.textContent(`${pk} .si-because details`), /PP 45\/2015/);
  assert.equal(await page.$eval(`${pk} .si-because details`, (d) => d.open), false);

  // Quote "Siti" (other sector, Rp1,000,000, January-December 2027): JKK 1 % x 1,000,000 = 10,000
  // + JKM 6,800 = 16,800 a month. Before, the PP 50/2025 window for this sector ends 2026-12-31: every
  // month 16,800. After, it runs to 2027-03-31: January-March at 50 %, JKK 5,000 + JKM 3,400 = 8,400.
  //   1 month  16,800 -> 8,400;   3 months 3 x 16,800 = 50,400 -> 3 x 8,400 = 25,200
  //   6 months 6 x 16,800 = 100,800 -> 25,200 + 3 x 16,800 = 75,600
  //   12 months 12 x 16,800 = 201,600 -> 25,200 + 9 x 16,800 = 176,400
  const siti = await page.$$eval('#rules-saved [data-kind="quote"]', (l) => l.map((e) => [e.textContent, e.dataset.changed]));
  const [sitiText, sitiChanged] = siti.find(([text]) => text.startsWith('Penawaran Siti'));
  assert.equal(sitiChanged, 'true');
  assert.ok(sitiText.startsWith(`Penawaran Siti (mulai ${M('2027-01-01')}): berubah`), sitiText);
  for (const line of [
    `${M('2027-01-01')}: ${R(16800)} → ${R(8400)}`, `${M('2027-02-01')}: ${R(16800)} → ${R(8400)}`, `${M('2027-03-01')}: ${R(16800)} → ${R(8400)}`,
    `1 bulan: ${R(16800)} → ${R(8400)}`, `3 bulan: ${R(50400)} → ${R(25200)}`,
    `6 bulan: ${R(100800)} → ${R(75600)}`, `12 bulan: ${R(201600)} → ${R(176400)}`,
  ]) assert.ok(sitiText.includes(line), `${line} in ${sitiText}`);
  assert.ok(!sitiText.includes(`${M('2027-04-01')}:`), 'April 2027 is not discounted in either rule set');
  assert.match(sitiText, /31 Desember 2026 → 50% s\.d\. 31 Maret 2027/);
  assert.doesNotMatch(sitiText, /Batas upah/, 'the JP ceiling plays no part in a BPU quote');

  // Quote "Budi" (transport): its window (January 2026 - March 2027) is the same in both: unchanged.
  const budi = siti.find(([text]) => text.startsWith('Penawaran Budi'));
  assert.deepEqual(budi, [`Penawaran Budi (mulai ${M('2027-01-01')}): tidak berubah`, 'false']);

  // Nothing is used before "Pakai aturan ini": cancelling keeps the built-in rules.
  await page.click('#rules-cancel');
  assert.equal((await page.evaluate(() => window.__jamsos.rulesInfo())).rules_version, builtinVersion);
  await ctx.setOffline(false);
  assert.deepEqual(errors, []);
});

// The Perangkat desa form, saved as typed (state.js), under the PP 50/2025 "other sector" window
// extended to 2027-06-30 (lib.mjs reliefExtendedDraft, signed as the NEW bundle above), on 2027-01-15.
let reliefBundle;
const openPending = async (bundle, name) => {
  await headerMore(page, true);
  if (!(await page.evaluate(() => document.querySelector('#rules-upd').open))) await page.click('#rules-upd-summary');
  await page.setInputFiles('#rules-file', { name, mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await page.waitForSelector('#rules-saved .si-list', { timeout: 30000 });
};
const fillDesa = async (role, id, amount) => {
  await headerMore(page, false);   // the rules panel, open in the header, would cover the form
  await page.goto(server.url + '#/desa');
  await page.check(`input[name="ds-role"][value="${role}"]`);
  if (id) {
    await page.fill(id, amount);
    await page.waitForSelector('#ds-result .pays.totals', { timeout: 20000 });
  } else await page.waitForFunction(() => document.querySelectorAll('#ds-result .prog.st-not_eligible').length === 5, null, { timeout: 20000 });
  await page.waitForTimeout(400);   // the debounced save of the last field
};
const DS = '#rules-saved [data-kind="desa"]';

test('a pending bundle: the saved Perangkat desa form, pekerja rentan (BPU, other sector), old -> new, and why', async () => {
  const sub = join(dir, 'relief');
  mkdirSync(sub, { recursive: true });
  const { old, draft } = reliefExtendedDraft(sub, '2027-06-30');
  reliefBundle = cli(['--rules', draft, 'rules', '--since', old, '--sign', DEV_KEY]).stdout;
  assert.equal(JSON.parse(reliefBundle).changelog.length, 1, 'one change: the other-sector window');
  await ctx.setOffline(true);
  await setAsOf(page, '2027-01-15');
  // Pekerja rentan, declared income Rp1,000,000, sector other, no JHT, no funding source chosen.
  await fillDesa('pekerja_rentan', '#ds-income', '1000000');
  assert.equal(await page.isChecked('input[name="ds-sector"][value="other"]'), true);
  await openPending(reliefBundle, 'aturan-diskon.json');
  await page.locator('#rules-pending').screenshot({ path: join(await artifacts(), 'saved-impact-desa-pending.png') });

  // Derived by hand from the rule files (REFERENCE.md §4.5, §4.8.4), on 2027-01-15:
  //   basis: the declared income Rp1,000,000, within bpu.basis.min 1,000,000 .. bpu.basis.max
  //   20,700,000 (pp44-2015-jkk.json): 1,000,000.
  //   JKK = bpu.jkk.rate 1 % x 1,000,000 = 10,000;  JKM = bpu.jkm.amount Rp6,800 (flat).
  //   No JHT (not chosen). rounding.contribution half_up: every figure below is a whole rupiah.
  //   The role's share is paid by the village budget on the participant's behalf (the payer the
  //   desa page names "Anggaran desa atas nama peserta"); no funding source: not APBN/APBD, so
  //   relief.pp50_2025.excluded_funding does not apply.
  //   Before (built-in): relief.pp50_2025.other_factor 50 % from 2026-04-01 to 2026-12-31; January
  //   2027 is outside it: JKK 10,000 + JKM 6,800 = 16,800.
  //   After (window to 2027-06-30): 50 % applies: JKK 50 % x 10,000 = 5,000, JKM 50 % x 6,800 =
  //   3,400; month 5,000 + 3,400 = 8,400.
  assert.ok(await page.$(DS), 'the saved Perangkat desa form is listed');
  assert.equal(await page.getAttribute(DS, 'data-changed'), 'true');
  const text = await item(DS);
  assert.ok(text.startsWith(`Perangkat desa: Pekerja rentan, ${R(1000000)} sebulan: berubah`), text);
  const lines = await page.$$eval(`${DS} .si-lines li`, (l) => l.map((e) => e.textContent));
  const payer = 'Anggaran desa atas nama peserta';
  assert.deepEqual(lines, [
    `JKK · ${payer}: ${R(10000)} → ${R(5000)}`,
    `JKM · ${payer}: ${R(6800)} → ${R(3400)}`,
    `Iuran per bulan · ${payer}: ${R(16800)} → ${R(8400)}`,
    `Iuran per bulan · Jumlah: ${R(16800)} → ${R(8400)}`,
  ]);
  // The rule change behind them, its citation behind "Dasar hukum".
  assert.equal(await page.$$eval(`${DS} .si-because`, (l) => l.length), 1);
  const why = await page.textContent(`${DS} .si-because`);
  assert.match(why, /^Diskon BPU non-transportasi PP 50\/2025: bagian yang dibayar, mulai 1 April 2026: 50% s\.d\. 31 Desember 2026 → 50% s\.d\. 30 Juni 2027 Dasar hukum/);
  assert.match(await page.textContent(`${DS} .si-because details summary`), /^Dasar hukum$/);
  assert.match(await page.textContent(`${DS} .si-because details`), /PP 50\/2025 Pasal 4 ayat \(1\)/);
  // No internal codes or file names on screen.
  assert.doesNotMatch(text, /pekerja_rentan|village_budget|relief\.|\.json|\.md\b/);
  // The saved Pekerja form (PU, no relief) is not touched by this bundle.
  assert.equal(await page.getAttribute('#rules-saved [data-kind="pekerja"]', 'data-changed'), 'false');

  await page.click('#rules-cancel');
  assert.equal((await page.evaluate(() => window.__jamsos.rulesInfo())).rules_version, builtinVersion);
  await ctx.setOffline(false);
  assert.deepEqual(errors, []);
});

test('a pending bundle: a Perangkat desa form for a wage earner role is unchanged; a role in another scheme is left out', async () => {
  await ctx.setOffline(true);
  // Perangkat desa (PU, paid by the village government) with a siltap of Rp3,000,000: the relief is
  // for BPU participants only, so nothing changes.
  await fillDesa('perangkat_desa', '#ds-wage', '3000000');
  await openPending(reliefBundle, 'aturan-diskon.json');
  assert.ok(await page.$(DS), 'the saved Perangkat desa form is listed');
  assert.equal(await page.getAttribute(DS, 'data-changed'), 'false');
  assert.equal((await item(DS)).trim(), `Perangkat desa: Perangkat desa, ${R(3000000)} sebulan: tidak berubah`);
  await page.click('#rules-cancel');
  // PNS: JKK and JKM through TASPEN, no BPJS Ketenagakerjaan figures under any rule set: not listed.
  await fillDesa('pns');
  await openPending(reliefBundle, 'aturan-diskon.json');
  assert.equal(await page.$(DS), null);
  assert.ok(await page.$('#rules-saved [data-kind="pekerja"]'), 'the other saved things are still listed');
  await page.click('#rules-cancel');
  // Back to the date the tests below use (the desa form stays PNS: not compared).
  await setAsOf(page, '2027-04-15');
  await ctx.setOffline(false);
  assert.deepEqual(errors, []);
});

const reopen = async () => {
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
};
const noticeDone = () => page.waitForSelector('#rules-notice-ok', { timeout: 30000 })
  .then(() => page.waitForFunction(() => !/Menghitung ulang/.test(document.querySelector('#rules-notice').textContent), null, { timeout: 30000 }));

test('after a site update with no copy of the rules used before: the notice says so, nothing invented', async () => {
  await ctx.setOffline(true);
  await page.goto(server.url + '#/');
  await page.evaluate(() => localStorage.setItem('jamsos.rules.seen', '0123456789ab'));
  await reopen();
  await noticeDone();
  const text = await page.textContent('#rules-notice');
  assert.match(text, new RegExp(`Aturan diperbarui ke versi ${builtinVersion} \\(diperiksa s\\.d\\. 30 November 2026\\)`));
  assert.match(text, /Daftar perubahannya tidak tersedia di perangkat ini/);
  assert.match(text, /Aturan yang dipakai sebelumnya tidak tersimpan/);
  assert.equal(await page.$('#rules-notice .si-list'), null);
  await ctx.setOffline(false);
});

test('after a site update: the notice, the changelog and what changed, once; gone after dismissal', async () => {
  await ctx.setOffline(true);
  // What the previous build left: the version it used and a copy of its rules (IndexedDB).
  await page.evaluate(([version, text]) => new Promise((ok, fail) => {
    const r = indexedDB.open('jamsos-rules', 1);
    r.onsuccess = () => {
      const tx = r.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ version, text }, 'kept');
      tx.oncomplete = () => { r.result.close(); ok(); };
      tx.onerror = () => fail(tx.error);
    };
    r.onerror = () => fail(r.error);
  }), [prevVersion, prevBundle]);
  await page.evaluate((v) => { localStorage.setItem('jamsos.rules.seen', v); localStorage.setItem('jamsos.rules.kept', v); }, prevVersion);
  await reopen();
  await noticeDone();
  assert.equal(await page.$$eval('.rules-notice', (l) => l.length), 1, 'one notice');
  await page.screenshot({ path: join(await artifacts(), 'saved-impact-notice.png'), fullPage: true });
  const text = await page.textContent('#rules-notice');
  assert.match(text, new RegExp(`Aturan diperbarui ke versi ${builtinVersion}`));
  // The changelog from the previous rules to these (as `jamsos rules --since PREV` writes it).
  const changes = await page.$$eval('#rules-notice .rules-changes li', (l) => l.map((e) => e.textContent));
  assert.equal(changes.length, 1);
  assert.match(changes[0], /^Batas upah tertinggi JP, mulai 1 Maret 2026: Rp11\.086\.300/);
  // Gaji Anda on 2027-04-15: the ceiling Rp10,547,400 before, Rp11,086,300 now.
  //   JP worker 1 % x 10,547,400 = 105,474 -> 110,863;  employer 2 % = 210,948 -> 221,726
  //   worker total 300,000 + 105,474 = 405,474 -> 410,863
  const pk = await page.textContent('#rules-notice [data-kind="pekerja"]');
  assert.ok(pk.includes(`JP · Pekerja: ${R(105474)} → ${R(110863)}`), pk);
  assert.ok(pk.includes(`JP · Pemberi kerja: ${R(210948)} → ${R(221726)}`), pk);
  assert.ok(pk.includes(`Iuran per bulan · Pekerja: ${R(405474)} → ${R(410863)}`), pk);
  // The quotes are BPU: no JP, unchanged.
  assert.deepEqual(await page.$$eval('#rules-notice [data-kind="quote"]', (l) => l.map((e) => e.dataset.changed)), ['false', 'false']);
  // It stays on another journey until dismissed, then never again for these rules.
  await page.goto(server.url + '#/agen');
  await page.waitForSelector('#rules-notice-ok');
  await page.click('#rules-notice-ok');
  assert.equal(await page.getAttribute('#rules-notice', 'hidden'), '');
  assert.equal(await ls('jamsos.rules.seen'), builtinVersion);
  await page.waitForFunction((v) => localStorage.getItem('jamsos.rules.kept') === v, builtinVersion, { timeout: 20000 });
  await reopen();
  await page.waitForTimeout(1500);
  assert.equal(await page.getAttribute('#rules-notice', 'hidden'), '');
  assert.equal(await page.$('.rules-notice'), null);
  await ctx.setOffline(false);
  assert.deepEqual(errors, []);
});
