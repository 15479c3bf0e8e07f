// A rule update from a file, offline (issue 11, docs/RULES.md): the page checks the file with the
// engine's own C++ loader in the worker, refuses an altered or unsealed file with a plain message
// and keeps its rules; checks the publisher's signature (a foreign key or an altered signature is
// refused; an unsigned bundle is used only after a warning and an explicit confirmation); accepts
// a bundle signed with the publisher key (kept in IndexedDB, used after a reload, also by the
// roster worker), shows the changelog, computes what the CLI computes with the same bundle, goes
// back to the built-in rules on request, and drops a stored bundle whose signature the site no
// longer trusts. And receipts: the agent's quote links to a receipt
// that another page checks offline ("sama"), an altered one is "tidak cocok".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { serve } from '../../web/serve.mjs';
import { SITE_DIR, cli, openApp, setAsOf, headerMore, formatRupiah } from './lib.mjs';

let server, ctx, page, errors, dir, sealedNew, signedNew, foreignNew, newVersion;
// The development key the default build trusts (web/rules-publisher.pub; not the publisher's).
const DEV_KEY = fileURLToPath(new URL('../fixtures/rules-dev.key', import.meta.url));
const builtinVersion = cli(['version']).stdout.trim();

// The built-in bundle and a new one: the PP 50/2025 "other sector" window extended to 2027-06-30,
// sealed with its changelog by `jamsos rules --since` (the maintainer's command).
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jamsos-rules-'));
  const old = cli(['rules']).stdout;
  writeFileSync(join(dir, 'old.json'), old);
  const draft = JSON.parse(old);
  delete draft.sha256;
  for (const f of draft.files) {
    const p = f.content.parameters['relief.pp50_2025.other_factor'];
    if (p) p.values[0].to = '2027-06-30';
  }
  writeFileSync(join(dir, 'draft.json'), JSON.stringify(draft));
  sealedNew = cli(['--rules', join(dir, 'draft.json'), 'rules', '--since', join(dir, 'old.json')]).stdout;
  newVersion = JSON.parse(sealedNew).rules_version;
  writeFileSync(join(dir, 'new.json'), sealedNew);
  // The same bundle signed: with the publisher (development) key, and with a key made here.
  signedNew = cli(['--rules', join(dir, 'draft.json'), 'rules', '--since', join(dir, 'old.json'), '--sign', DEV_KEY]).stdout;
  assert.equal(cli(['keygen', join(dir, 'foreign')]).status, 0);
  foreignNew = cli(['--rules', join(dir, 'draft.json'), 'rules', '--since', join(dir, 'old.json'), '--sign', join(dir, 'foreign.key')]).stdout;
  assert.ok(JSON.parse(signedNew).signature && JSON.parse(foreignNew).signature);
  server = await serve(SITE_DIR, 0);
  ({ ctx, page, errors } = await openApp(server.url, { consoleErrors: false }));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  // A roster kept on the device: two pekerja rentan and a village head, January 2027.
  await page.goto(server.url + '#/daftar');
  await setAsOf(page, '2027-01-15');
  await page.waitForSelector('#dt-file');
  await page.waitForFunction(() => document.documentElement.dataset.roster, null, { timeout: 20000 });
  await page.setInputFiles('#dt-file', { name: 'desa.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  await page.goto(server.url + '#/');
});
const ROSTER = 'NIK,Nama,Jabatan,Upah\r\n3515140508680001,Siti,pekerja_rentan,\r\n3515140508680002,Budi,kepala_desa,4500000\r\n' +
  '3515140508680003,Ani,pekerja_rentan,\r\n';

after(async () => {
  await ctx?.close();
  await server?.close();
});

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const stateText = () => page.textContent('#rules-upd-state');
const info = () => page.evaluate(() => window.__jamsos.rulesInfo());

test('an altered sealed file is refused in plain words; the built-in rules stay', async () => {
  await ctx.setOffline(true);
  await headerMore(page, true);
  await page.click('#rules-upd-summary');
  const tampered = sealedNew.replace('"2027-06-30"', '"2027-12-31"');
  await page.setInputFiles('#rules-file', file('aturan.json', tampered));
  await page.waitForFunction(() => /bukan berkas aturan/.test(document.querySelector('#rules-upd-state').textContent));
  assert.match(await stateText(), /changed or damaged/);  // the loader's reason, under "Rincian teknis"
  assert.equal((await info()).rules_version, builtinVersion);
  assert.equal((await info()).builtin, true);
});

test('an unsealed file is refused: it cannot be shown to be intact', async () => {
  const draft = JSON.parse(sealedNew);
  delete draft.sha256;
  await page.setInputFiles('#rules-file', file('draft.json', JSON.stringify(draft)));
  await page.waitForFunction(() => /belum disegel/.test(document.querySelector('#rules-upd-state').textContent));
  assert.equal((await info()).builtin, true);
});

test('signed with a foreign key: refused in plain words; the built-in rules stay', async () => {
  await page.setInputFiles('#rules-file', file('aturan.json', foreignNew));
  await page.waitForFunction(() => /ditandatangani pihak lain/.test(document.querySelector('#rules-upd-state').textContent));
  assert.equal(await page.$('#rules-accept'), null);
  assert.equal((await info()).builtin, true);
});

test('a signature altered: refused; the built-in rules stay', async () => {
  const b = JSON.parse(signedNew);
  const v = b.signature.value;
  b.signature.value = (v[0] === 'A' ? 'B' : 'A') + v.slice(1);
  await page.setInputFiles('#rules-file', file('aturan.json', JSON.stringify(b)));
  await page.waitForFunction(() => /tidak cocok dengan isinya/.test(document.querySelector('#rules-upd-state').textContent));
  assert.equal(await page.$('#rules-accept'), null);
  // The content edited and sealed again under the old signature: refused by the signature.
  const forged = JSON.parse(signedNew);
  const sig = forged.signature;
  delete forged.signature;
  delete forged.sha256;
  forged.changelog[0].text_id = 'palsu';
  const { createHash } = await import('node:crypto');
  const sorted = (x) => (Array.isArray(x) ? x.map(sorted) : x && typeof x === 'object'
    ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sorted(x[k])])) : x);
  forged.sha256 = createHash('sha256').update(JSON.stringify(sorted(forged))).digest('hex');
  forged.signature = sig;
  await page.evaluate(() => { document.querySelector('#rules-upd-state').textContent = ''; });
  await page.setInputFiles('#rules-file', file('aturan.json', JSON.stringify(forged)));
  await page.waitForFunction(() => /tidak cocok dengan isinya/.test(document.querySelector('#rules-upd-state').textContent));
  assert.equal((await info()).builtin, true);
});

test('an unsigned sealed bundle: a plain warning, used only after an explicit confirmation', async () => {
  await page.setInputFiles('#rules-file', file('aturan-2027.json', sealedNew));
  await page.waitForSelector('#rules-unsigned');
  assert.match(await page.textContent('#rules-unsigned'), /tidak ditandatangani penerbit aturan: pembuatnya tidak dapat dipastikan/);
  assert.equal(await page.isDisabled('#rules-accept'), true);
  await page.check('#rules-unsigned-ok');
  assert.equal(await page.isDisabled('#rules-accept'), false);
  await Promise.all([page.waitForNavigation({ timeout: 20000 }), page.click('#rules-accept')]);
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await page.waitForFunction((v) => document.querySelector('#rules-version')?.textContent === v, newVersion);
  await page.waitForSelector('#rules-signed[data-signed="false"]');
  assert.match(await page.textContent('#rules-signed'), /Tidak ditandatangani penerbit/);
  await Promise.all([page.waitForNavigation({ timeout: 20000 }), page.click('#rules-reset')]);
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await page.waitForFunction((v) => document.querySelector('#rules-version')?.textContent === v, builtinVersion);
});

test('signed by the publisher: what it changes for the saved roster first, then accepted, kept and used after the reload', async () => {
  await headerMore(page, true);   // the rules panel sits behind the header's date disclosure
  if (!(await page.evaluate(() => document.querySelector('#rules-upd').open))) await page.click('#rules-upd-summary');
  await page.setInputFiles('#rules-file', file('aturan-2027.json', signedNew));
  await page.waitForSelector('#rules-accept');
  assert.match(await page.textContent('#rules-signed'), /Ditandatangani penerbit aturan/);
  assert.equal(await page.$('#rules-unsigned'), null);
  assert.equal(await page.isDisabled('#rules-accept'), false);
  assert.equal((await info()).builtin, true);   // checked, not in use yet
  // Worked out by hand: village head 0.24% + 0.30% of 4,500,000 = 24,300 (unchanged); each pekerja
  // rentan 16,800 -> 8,400 in January 2027 (the window now ends June 2027): 57,900 -> 41,100.
  await page.waitForSelector('#rules-impact[data-changed]', { timeout: 20000 });
  assert.match(await page.textContent('#rules-impact'), /2 dari 3 orang berubah\. Iuran per bulan: Rp57\.900 → Rp41\.100 \(−Rp16\.800\)/);
  assert.match(await stateText(), /Baris 2: Rp16\.800 → Rp8\.400 — Diskon BPU non-transportasi PP 50\/2025/);
  await Promise.all([page.waitForNavigation({ timeout: 20000 }), page.click('#rules-accept')]);
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await page.waitForFunction((v) => document.querySelector('#rules-version')?.textContent === v, newVersion);
  const now = await info();
  assert.equal(now.builtin, false);
  assert.equal(now.previous_version, builtinVersion);
  assert.equal(now.changelog.length, 1);
  await page.waitForFunction(() => /Yang berubah/.test(document.querySelector('#rules-upd-state').textContent));
  assert.equal(await page.getAttribute('#rules-signed', 'data-signed'), 'true');
  assert.match(await stateText(), /Diskon BPU non-transportasi PP 50\/2025.*s\.d\. 31 Desember 2026 → 50% s\.d\. 30 Juni 2027/);
  // The figures: a pekerja rentan in January 2027 pays 8,400 under the new rules (16,800 under the
  // built-in ones), as `jamsos --rules new.json eval` says.
  const input = { as_of: '2027-01-10', role: 'pekerja_rentan' };
  const inPage = await page.evaluate((i) => window.__jamsos.evaluate(i), input);
  const native = JSON.parse(cli(['--rules', join(dir, 'new.json'), 'eval'], JSON.stringify(input)).stdout);
  assert.deepEqual(inPage, native);
  assert.equal(inPage.totals.monthly.total, 8400);
  assert.equal(JSON.parse(cli(['eval'], JSON.stringify(input)).stdout).totals.monthly.total, 16800);
  // The roster worker uses the new rules too: the saved roster now totals 41,100 a month.
  await page.goto(server.url + '#/daftar');
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('#dt-k-total')?.textContent.trim() === 'Rp41.100', null, { timeout: 20000 });
  await page.goto(server.url + '#/');
});

test('back to the built-in rules', async () => {
  assert.equal(await page.evaluate(() => document.querySelector('#rules-upd').open), true);  // left open after the reload
  await Promise.all([page.waitForNavigation({ timeout: 20000 }), page.click('#rules-reset')]);
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await page.waitForFunction((v) => document.querySelector('#rules-version')?.textContent === v, builtinVersion);
  assert.equal((await info()).builtin, true);
  await ctx.setOffline(false);
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});

test('a stored bundle is checked again at start: one signed with a key the site does not trust is dropped', async () => {
  // As if the site had been rebuilt with another publisher key after the bundle was accepted.
  await page.evaluate((text) => new Promise((resolve, reject) => {
    const r = indexedDB.open('jamsos-rules', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('kv');
    r.onsuccess = () => {
      const t = r.result.transaction('kv', 'readwrite');
      t.objectStore('kv').put(text, 'bundle');
      t.oncomplete = () => { r.result.close(); resolve(); };
      t.onerror = () => reject(t.error);
    };
    r.onerror = () => reject(r.error);
  }), foreignNew);
  await page.reload();
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  assert.equal((await info()).builtin, true);
  assert.equal(await page.textContent('#rules-version'), builtinVersion);
  await headerMore(page, true);   // the rules panel sits behind the header's date disclosure
  if (!(await page.evaluate(() => document.querySelector('#rules-upd').open))) await page.click('#rules-upd-summary');
  await page.waitForFunction(() => /tidak dapat dipakai lagi dan dihapus/.test(document.querySelector('#rules-upd-state').textContent));
});

// Receipts: the agent's quote carries a link (#/r/<receipt>) that recomputes it on any device.
// A link holds "z" + the receipt deflated (raw), or the receipt's JSON (older links, still read).
const decode = (href) => {
  const p = href.split('#/r/')[1];
  return JSON.parse(p.startsWith('z') ? inflateRawSync(Buffer.from(p.slice(1), 'base64url')).toString('utf8') : Buffer.from(p, 'base64url').toString('utf8'));
};
const encode = (rec) => Buffer.from(JSON.stringify(rec)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

test('a quote\'s receipt link opens on another page, offline, as "sama"; the CLI agrees', async () => {
  await ctx.setOffline(true);
  await page.goto(server.url + '#/agen');
  await setAsOf(page, '2026-05-01');
  await page.dispatchEvent('#asof', 'change');
  await page.fill('#ag-income', '1500000');
  await page.waitForSelector('#ag-receipt:not([hidden])', { timeout: 10000 });
  const href = await page.getAttribute('#ag-receipt', 'href');
  const rec = decode(href);
  assert.equal(rec.input.as_of, '2026-05-01');
  assert.equal(rec.rules_version, builtinVersion);
  const p2 = await ctx.newPage();
  await p2.goto(href);
  await p2.waitForSelector('#rc-verdict[data-verdict]', { timeout: 20000 });
  assert.equal(await p2.getAttribute('#rc-verdict', 'data-verdict'), 'same');
  assert.match(await p2.textContent('#rc-verdict'), /^Sama/);
  const native = JSON.parse(cli(['verify'], JSON.stringify(rec)).stdout);
  assert.equal(native.verdict, 'same');
  // An altered figure: "tidak cocok", naming the figure.
  const altered = structuredClone(rec);
  altered.figures.monthly.total += 1000;
  await p2.goto(server.url + '#/r/' + encode(altered));
  await p2.waitForFunction(() => document.querySelector('#rc-verdict')?.dataset.verdict === 'mismatch', null, { timeout: 20000 });
  assert.match(await p2.textContent('#rc-verdict'), /Tidak cocok/);
  // Named in the form's words, not as a code ("monthly.total").
  const t = altered.figures.monthly.total;
  assert.ok((await p2.textContent('#rc-body')).includes(`Iuran per bulan · Jumlah: ${formatRupiah(t)} → ${formatRupiah(t - 1000)}`));
  // Not a receipt at all.
  await p2.goto(server.url + '#/r/bm90IGEgcmVjZWlwdA');
  await p2.waitForFunction(() => document.querySelector('#rc-verdict')?.dataset.verdict === 'invalid', null, { timeout: 20000 });
  await p2.close();
  await ctx.setOffline(false);
});
