// The Daftar journey cannot be locked by one file (issue 12), in Debian's Chromium: a roster over
// the row limit is refused with a plain message and never saved (a reload finds nothing and does
// not hang); a stored roster whose last opening never finished is not run again by itself (retry
// or clear offered); "Hapus data" is reachable with no roster and while the worker is busy;
// stored rosters expire after N days (default 90) and the page says what is kept where; a hostile
// XLSX gets its plain-language message. Files are generated here, not committed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, constants } from 'node:zlib';
import { serve } from '../../web/serve.mjs';
import { SITE_DIR, openApp } from './lib.mjs';
import { crc32 } from '../../web/src/journeys/daftar/xlsx.js';

let server, ctx, page, tmp, pageErrors;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'jamsos-guard-'));
  server = await serve(SITE_DIR, 0);
  ({ ctx, page, errors: pageErrors } = await openApp(server.url, { consoleErrors: false }));
});

after(async () => {
  await ctx?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function openDaftar() {
  await page.goto(server.url + '#/daftar');
  await page.waitForSelector('#dt-file');
  await page.waitForFunction(() => document.documentElement.dataset.roster, null, { timeout: 20000 });
}
/** The records in the roster store (keys and savedAt), read from the page. */
const stored = () => page.evaluate(() => new Promise((ok, fail) => {
  const r = indexedDB.open('jamsos-roster', 1);
  r.onupgradeneeded = () => r.result.createObjectStore('files');
  r.onerror = () => fail(r.error);
  r.onsuccess = () => {
    const t = r.result.transaction('files', 'readonly');
    const q = t.objectStore('files').getAllKeys();
    q.onsuccess = () => { r.result.close(); ok(q.result.sort()); };
  };
}));
/** Writes records straight into the store (as an earlier visit would have left them). */
const plant = (records) => page.evaluate((recs) => new Promise((ok, fail) => {
  const r = indexedDB.open('jamsos-roster', 1);
  r.onupgradeneeded = () => r.result.createObjectStore('files');
  r.onerror = () => fail(r.error);
  r.onsuccess = () => {
    const t = r.result.transaction('files', 'readwrite');
    for (const [k, v] of Object.entries(recs)) t.objectStore('files').put(v.csv ? { ...v, csv: new TextEncoder().encode(v.csv).buffer } : v, k);
    t.oncomplete = () => { r.result.close(); ok(); };
    t.onerror = () => fail(t.error);
  };
}), records);
const roster = (savedAt) => ({ name: 'lama.csv', kind: 'csv', csv: 'NIK,Nama,Tanggal Lahir,Jabatan,Upah\n3515140508680001,Budi,05/08/1968,Kepala Desa,2500000\n', mapping: {}, savedAt, edits: 0 });

test('"Hapus data" and what is kept where are on the page with no roster; keep days default 90', async () => {
  await openDaftar();
  assert.ok(await page.isVisible('#dt-clear-all'), 'the clear button is visible with no roster');
  assert.equal(await page.inputValue('#dt-keep'), '90');
  const kept = await page.textContent('#dt-kept-where');
  assert.match(kept, /IndexedDB/);
  assert.match(kept, /90 hari/);
  assert.match(kept, /NIK, nama, tanggal lahir/);
});

test('the issue\'s file (NIK, then 4,000,000 rows of "1"): refused with the row limit, not saved, a reload does not hang', async () => {
  const f = join(tmp, 'besar.csv');
  writeFileSync(f, 'NIK\n' + '1\n'.repeat(4000000));
  await openDaftar();
  await page.setInputFiles('#dt-file', f);
  await page.waitForFunction(() => /1\.048\.576/.test(document.querySelector('#dt-error').textContent), null, { timeout: 90000 });
  assert.match(await page.textContent('#dt-error'), /terlalu besar.*tidak disimpan/s);
  assert.deepEqual(await stored(), []);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'none', null, { timeout: 20000 });
  assert.equal(await page.$('#dt-stuck-box'), null);
  assert.deepEqual(await stored(), []);
});

test('a stored roster whose opening never finished is not run again by itself: retry works, clear works', async () => {
  await plant({ current: roster(Date.now()), guard: { at: Date.now(), name: 'lama.csv' } });
  await page.reload();
  await page.waitForSelector('#dt-stuck-box', { timeout: 20000 });
  assert.match(await page.textContent('#dt-stuck-box'), /lama\.csv.*tidak selesai dibuka/s);
  assert.equal(await page.$('#dt-k-rows'), null, 'not run');
  await page.click('#dt-stuck-box [data-act="retry"]');
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  assert.deepEqual(await stored(), ['current']);   // the guard went away after a finished run
  // Stuck again: "Hapus data" from the offer clears the store.
  await plant({ guard: { at: Date.now(), name: 'lama.csv' } });
  await page.reload();
  await page.waitForSelector('#dt-stuck-box', { timeout: 20000 });
  page.once('dialog', (d) => d.accept());
  await page.click('#dt-stuck-box [data-act="clear"]');
  await page.waitForFunction(() => !document.querySelector('#dt-stuck-box'));
  assert.deepEqual(await stored(), []);
});

test('"Hapus data" works while the worker is busy (it is stopped, the store cleared from the page)', async () => {
  const f = join(tmp, 'sibuk.csv');
  writeFileSync(f, 'NIK,Nama\n' + '3515140508680001,Budi\n'.repeat(600000));
  await openDaftar();
  await page.setInputFiles('#dt-file', f);
  await page.waitForFunction(() => !document.querySelector('#dt-progress-box').hidden);
  page.once('dialog', (d) => d.accept());
  await page.click('#dt-clear-all');
  await page.waitForFunction(() => /dihapus dari perangkat/.test(document.querySelector('#dt-status').textContent), null, { timeout: 10000 });
  assert.deepEqual(await stored(), []);
  // A fresh worker serves the next import.
  writeFileSync(join(tmp, 'kecil.csv'), roster(0).csv);
  await page.setInputFiles('#dt-file', join(tmp, 'kecil.csv'));
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'ready', null, { timeout: 20000 });
  await page.waitForFunction(() => document.documentElement.dataset.rosterSaved === 'current', null, { timeout: 10000 });
});

test('last month\'s roster must fit the same limits: the issue\'s file is refused there too, and not stored', async () => {
  // The roster of the previous test is on screen, so the reconciliation card is there.
  await page.waitForSelector('#dt-last-file');
  await page.setInputFiles('#dt-last-file', join(tmp, 'besar.csv'));
  await page.waitForFunction(() => /1\.048\.576/.test(document.querySelector('#dt-error').textContent), null, { timeout: 90000 });
  assert.deepEqual(await stored(), ['current']);
});

test('stored rosters expire after N days (90 by default; the setting is kept)', async () => {
  await plant({ current: roster(Date.now() - 91 * 86400000), last: roster(Date.now() - 10 * 86400000) });
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'none', null, { timeout: 20000 });
  assert.match(await page.textContent('#dt-status'), /lebih dari 90 hari telah dihapus/);
  assert.deepEqual(await stored(), ['last']);
  await page.click('#dt-privacy summary');
  await page.fill('#dt-keep', '7');
  await page.dispatchEvent('#dt-keep', 'change');
  assert.match(await page.textContent('#dt-kept-where'), /7 hari/);
  await page.reload();
  await page.waitForSelector('#dt-keep', { state: 'attached' });
  assert.equal(await page.inputValue('#dt-keep'), '7');
  await page.waitForFunction(() => document.documentElement.dataset.roster === 'none', null, { timeout: 20000 });
  assert.deepEqual(await stored(), [], 'last month\'s 10-day-old roster expired at 7 days');
});

/** A zip of { name: text | { deflated, size, crc } } (sizes and CRC can be forged). */
function mkzip(files) {
  const parts = [], central = [];
  let off = 0;
  for (const [name, v] of Object.entries(files)) {
    const data = typeof v === 'string' ? Buffer.from(v) : null;
    const body = data ? deflateRawSync(data) : v.deflated, n = Buffer.from(name);
    const crc = data ? crc32(data) : v.crc, size = data ? data.length : v.size;
    const h = Buffer.alloc(30); h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(8, 8); h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(body.length, 18); h.writeUInt32LE(size, 22); h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46); c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(8, 10); c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(body.length, 20); c.writeUInt32LE(size, 24); c.writeUInt16LE(n.length, 28); c.writeUInt32LE(off, 42);
    parts.push(h, n, body); central.push(c, n); off += 30 + n.length + body.length;
  }
  const cd = Buffer.concat(central), e = Buffer.alloc(22);
  const k = Object.keys(files).length;
  e.writeUInt32LE(0x06054b50, 0); e.writeUInt16LE(k, 8); e.writeUInt16LE(k, 10); e.writeUInt32LE(cd.length, 12); e.writeUInt32LE(off, 16);
  return Buffer.concat([...parts, cd, e]);
}
const WB = '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>';

test('hostile XLSX files get their plain-language message: a row beyond Excel\'s limit, a zip bomb', async () => {
  writeFileSync(join(tmp, 'aneh.xlsx'), mkzip({ 'xl/workbook.xml': WB, 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="2000000000"/></sheetData></worksheet>' }));
  await openDaftar();
  await page.setInputFiles('#dt-file', join(tmp, 'aneh.xlsx'));
  await page.waitForFunction(() => /baris 2000000000/.test(document.querySelector('#dt-error').textContent), null, { timeout: 20000 });
  assert.match(await page.textContent('#dt-error'), /di luar batas Excel \(1\.048\.576 baris\)/);
  // 1.5 GiB of sheet in ~1.5 MB (each 1 MiB block compressed once, with a full flush, and repeated);
  // once with its true size (the ratio), once with a forged small size (inflating stops at it).
  const flush = (t) => deflateRawSync(Buffer.from(t), { finishFlush: constants.Z_FULL_FLUSH });
  const unit = flush('<row><c><v>1</v></c></row>' + ' '.repeat(1024 * 1024 - 26));
  const deflated = Buffer.concat([flush('<worksheet><sheetData>'), ...Array(1536).fill(unit), deflateRawSync(Buffer.from('</sheetData></worksheet>'))]);
  for (const [size, re] of [[1536 * 1024 * 1024 + 46, /lebih dari 200 kali/], [1024 * 1024, /rusak atau tidak lengkap|tidak dapat dibaca/]]) {
    const f = join(tmp, `bom-${size}.xlsx`);   // a new name: choosing the same file again fires no change
    writeFileSync(f, mkzip({ 'xl/workbook.xml': WB, 'xl/worksheets/sheet1.xml': { deflated, size, crc: 0 } }));
    await page.evaluate(() => { document.querySelector('#dt-error').textContent = ''; });
    await page.setInputFiles('#dt-file', f);
    await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('#dt-error').textContent), re.source, { timeout: 20000 })
      .catch(async (e) => { throw new Error(e.message + ' (size ' + size + '): ' + await page.textContent('#dt-error') + ' / ' + await page.textContent('#dt-status')); });
  }
  assert.deepEqual(await stored(), []);
});

test('no script error in the page', () => {
  assert.deepEqual(pageErrors, []);
});
