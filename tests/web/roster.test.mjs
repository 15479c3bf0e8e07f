// The roster in WebAssembly (jamsos-roster.wasm, wasm-bindings/roster_bindings.cpp) under node,
// against the native `jamsos roster` / `reconcile` / `budget` / `template`: the same bytes for
// CSV edge cases (BOM, ';', quoted line breaks, Excel dates, thousands separators, empty rows),
// the browser session's summary equal to the native summary, its filters adding up, editing a
// row, the budget planner, the XLSX reader (the fixture) and writer (neutralised cells).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, WASM_DIR, cli } from './lib.mjs';
import { xlsxToCsv, writeXlsx, parseCsv, zipEntries, crc32 } from '../../web/src/journeys/daftar/xlsx.js';

const { default: create } = await import(pathToFileURL(join(WASM_DIR, 'jamsos-roster.mjs')).href);
const m = await create({ wasmBinary: readFileSync(join(WASM_DIR, 'jamsos-roster.wasm')) });
const tmp = mkdtempSync(join(tmpdir(), 'jamsos-roster-test-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const enc = new TextEncoder();
const dec = new TextDecoder();
const AS_OF = '2026-05-01';

function feed(p, bytes, chunk = 256 * 1024) {
  for (let off = 0; off < bytes.length; off += chunk) {
    const part = bytes.subarray(off, Math.min(off + chunk, bytes.length));
    p.chunk(part.length).set(part);
    if (!p.feed(part.length)) return false;
  }
  return p.finish();
}
/** The wasm RosterProcessor: { ok, out, summary, error }, fed in small chunks to cross record boundaries. */
function wasmRoster(text, opts = {}, chunk = 7) {
  const bytes = typeof text === 'string' ? enc.encode(text) : text;
  const p = new m.Runner(JSON.stringify({ as_of: AS_OF, ...opts }));
  const parts = [];
  let ok = true;
  for (let off = 0; off < bytes.length && ok; off += chunk) {
    const part = bytes.subarray(off, Math.min(off + chunk, bytes.length));
    p.chunk(part.length).set(part);
    ok = p.feed(part.length);
    parts.push(dec.decode(p.output(), { stream: true })); p.clearOutput();
  }
  ok = ok && p.finish();
  parts.push(dec.decode(p.output()));
  const r = { ok, out: parts.join(''), summary: ok ? p.summary() : '', error: p.error() };
  p.delete();
  return r;
}
function nativeRoster(text, args = []) {
  const f = join(tmp, 'in.csv'), s = join(tmp, 'sum.json');
  writeFileSync(f, text);
  const r = cli(['roster', '--as-of', AS_OF, '--summary', s, ...args, f]);
  return { status: r.status, out: r.stdout, summary: r.status === 0 ? readFileSync(s, 'utf8') : '' };
}

const HEAD = 'NIK,Nama,Tanggal Lahir,Jenis Kelamin,Jabatan,Upah,Penghasilan,Sektor\r\n';
const CASES = {
  'byte-order mark': '\uFEFF' + HEAD + '3515140508680001,Budi,05/08/1968,L,Kepala Desa,2.500.000,,\r\n',
  'semicolon separators': HEAD.replace(/,/g, ';') + '3515140508680001;Budi;05/08/1968;L;Kepala Desa;2.500.000,00;;\r\n3515144508900002;Siti;05/08/1990;P;Pekerja Rentan;;1.000.000;lainnya\r\n',
  'quoted line breaks and quotes': HEAD + '3515140508680001,"Budi\nSantoso ""Pak""",05/08/1968,L,"Kepala\r\nDesa",2500000,,\r\n3515144508900002,Siti,05/08/1990,P,Pekerja Rentan,,1jt,lainnya\r\n',
  'Excel date serials and a number-cell NIK': HEAD + '3515140508680001.0,Budi,25055,L,Kepala Desa,2500000,,\r\n3515144508900002,Siti,33090,P,Pekerja Rentan,,1000000,lainnya\r\n3.51514E+15,Rusak,25055,L,Kepala Desa,2500000,,\r\n',
  'thousands separators and rupiah spellings': HEAD + '3515140508680001,A,05/08/1968,L,Kepala Desa,"2,500,000",,\r\n3515140508680002,B,05/08/1968,L,Kepala Desa,"Rp 2.500.000,-",,\r\n3515140508680003,C,05/08/1968,L,Kepala Desa,2.5 juta,,\r\n3515140508680004,D,05/08/1968,L,Kepala Desa,"2.500.000,50",,\r\n',
  'empty rows keep the row numbers': HEAD + '\r\n,,,,,,,\r\n3515140508680001,Budi,05/08/1968,L,Kepala Desa,2500000,,\r\n\r\n,,\r\n3515144508900002,Siti,05/08/1990,P,Pekerja Rentan,,1000000,lainnya\r\n\r\n',
  'LF and CR line ends, no final line break': HEAD.replace('\r\n', '\n') + '3515140508680001,Budi,05/08/1968,L,Kepala Desa,2500000,,\r3515144508900002,Siti,05/08/1990,P,Pekerja Rentan,,1000000,lainnya',
  'bad rows never stop the rest': HEAD + '123,Pendek,05/08/1968,L,Kepala Desa,2500000,,\r\n3515140508680001,Budi,31/02/1968,L,Kepala Desa,lima juta,,\r\n3515140508680001,Dupe,05/08/1968,L,Kepala Desa,2500000,,\r\n3515144508900002,Siti,05/08/1990,P,Astronot,,1000000,lainnya\r\n3515144508900003,"=cmd|\' /C calc\'!A0",05/08/1990,P,Pekerja Rentan,,1000000,lainnya\r\n',
};

for (const [name, text] of Object.entries(CASES)) {
  test(`CSV edge case, byte-identical to jamsos roster: ${name}`, () => {
    const w = wasmRoster(text);
    const n = nativeRoster(text);
    assert.equal(n.status, 0);
    assert.ok(w.ok, w.error);
    assert.equal(w.out, n.out);
    assert.equal(w.summary + '\n', n.summary.endsWith('\n') ? n.summary : n.summary + '\n');
  });
}

test('edge cases read as a spreadsheet user means them', () => {
  const rows = (text) => parseCsv(wasmRoster(text).out);
  const col = (r, k) => r[0].indexOf(k);
  let r = rows(CASES['empty rows keep the row numbers']);
  assert.deepEqual(r.slice(1).map((x) => x[0]), ['4', '7']);
  assert.equal(JSON.parse(wasmRoster(CASES['empty rows keep the row numbers']).summary).empty_rows_skipped, 5);
  r = rows(CASES['Excel date serials and a number-cell NIK']);
  assert.equal(r[1][col(r, 'error')], '');
  assert.equal(r[1][col(r, 'nik')], '3515140508680001');
  assert.equal(r[2][col(r, 'warnings')], '', 'serial 33090 = 05/08/1990 matches the NIK');
  assert.match(r[3][col(r, 'error')], /Baris 4, kolom NIK: .*Excel/);
  r = rows(CASES['thousands separators and rupiah spellings']);
  assert.deepEqual(r.slice(1, 4).map((x) => x[col(r, 'jkk_employer')]), ['6000', '6000', '6000']);
  assert.match(r[4][col(r, 'error')], /Baris 5, kolom Upah/);
  r = rows(CASES['quoted line breaks and quotes']);
  assert.equal(r[1][col(r, 'nama')], 'Budi\nSantoso "Pak"');
  assert.equal(r[1][col(r, 'role')], 'kepala_desa');
  assert.equal(r[2][0], '3', 'a line break inside a quoted cell stays in its spreadsheet row');
  r = rows(CASES['bad rows never stop the rest']);
  assert.equal(r.length, 6);
  assert.match(r[1][col(r, 'error')], /Baris 2, kolom NIK/);
  assert.match(r[2][col(r, 'error')], /Baris 3, kolom Tanggal Lahir/);
  assert.match(r[3][col(r, 'error')], /sama dengan baris 3/);
  assert.match(r[4][col(r, 'error')], /Baris 5, kolom Jabatan/);
  assert.equal(r[5][col(r, 'nama')], "'=cmd|' /C calc'!A0", 'a formula-like cell is neutralised');
});

test('the browser session gives the native summary, and its filters add up (generated 3,000 rows)', () => {
  const f = join(tmp, 'gen.csv');
  assert.equal(spawnSync('python3', [join(ROOT, 'bench/roster/gen_roster.py'), '3000', f, '--bad-rate', '0.03']).status, 0);
  const bytes = readFileSync(f);
  const n = nativeRoster(bytes);
  const s = new m.Session(JSON.stringify({ as_of: AS_OF }));
  s.expect(bytes.length);
  assert.ok(feed(s, bytes, 4096), s.error());
  assert.equal(s.summary() + '\n', n.summary.endsWith('\n') ? n.summary : n.summary + '\n');
  const sum = JSON.parse(s.summary());
  const count = (filter) => JSON.parse(s.query(JSON.stringify(filter), 0, 0, true)).matches;
  assert.equal(count({}), sum.rows);
  assert.equal(count({ kind: 'errors' }), sum.errors);
  assert.equal(count({ kind: 'incomplete' }), sum.incomplete);
  for (const p of ['JKK', 'JHT', 'JP']) for (const st of ['mandatory', 'optional', 'not_eligible', 'need_info']) assert.equal(count({ program: p, status: st }), sum.programs[p][st], `${p} ${st}`);
  assert.equal(count({ role: 'kepala_desa' }), sum.roles.kepala_desa);
  // Pages add up to the totals of the native output.
  let total = 0, rows = 0;
  for (let off = 0; ; off += 1000) {
    const page = JSON.parse(s.query('{}', off, 1000, true));
    for (const r of page.rows) { rows++; if (r.totals) total += r.totals[3]; }
    if (off + 1000 >= page.matches) break;
  }
  assert.equal(rows, sum.rows);
  assert.equal(total, sum.totals.total);
  // Messages per language; the edit form gets the raw cells of an error row.
  const err = JSON.parse(s.query('{"kind":"errors"}', 0, 1, true)).rows[0];
  assert.match(err.errors[0].message, new RegExp(`^Baris ${err.row}, kolom `));
  assert.match(JSON.parse(s.query('{"kind":"errors"}', 0, 1, false)).rows[0].errors[0].message, new RegExp(`^Row ${err.row}, column `));
  const cells = JSON.parse(s.rowCells(err.row));
  assert.equal(cells.headers[1], 'NIK');
  assert.equal(cells.cells.length, cells.headers.length);
  s.delete();
});

test('search by name or NIK, and the fixed row after an edit (rewrite keeps row numbers)', () => {
  const text = CASES['bad rows never stop the rest'];
  const s = new m.Session(JSON.stringify({ as_of: AS_OF }));
  assert.ok(feed(s, enc.encode(text)));
  assert.equal(JSON.parse(s.query('{"q":"siti"}', 0, 10, true)).matches, 1);
  assert.equal(JSON.parse(s.query('{"q":"35151445089"}', 0, 10, true)).matches, 2);
  const cells = JSON.parse(s.rowCells(2)).cells;
  cells[0] = '3515140508680009';
  s.delete();
  const r = m.rewrite(text, JSON.stringify({ 2: cells }));
  assert.ok(r.ok);
  const after = parseCsv(wasmRoster(r.out).out);
  assert.equal(after[1][0], '2');
  assert.equal(after[1][after[0].indexOf('error')], '');
  assert.equal(after[1][after[0].indexOf('total')], '13500');
  assert.equal(wasmRoster(r.out).out, nativeRoster(r.out).out);
});

test('budget planner: 120 pekerja rentan, 12 months from April 2026 = Rp15.120.000, as the CLI', () => {
  const b = JSON.parse(m.budget(JSON.stringify({ role: 'pekerja_rentan' }), 120, '2026-04', 12, false));
  assert.equal(b.total.total, 15120000);
  assert.equal(b.per_person.total, 9 * 8400 + 3 * 16800);
  assert.deepEqual(b.by_month.map((x) => x.per_person), [...Array(9).fill(8400), 16800, 16800, 16800]);
  assert.equal(JSON.stringify(b, null, 2) + '\n', cli(['budget', '--role', 'pekerja_rentan', '--people', '120', '--months', '12', '--from', '2026-04']).stdout);
  assert.equal(JSON.parse(m.budget('{"role":"astronot"}', 1, '2026-04', 1, false)).error.code, 'unknown_code');
});

test('budget from a roster: the same bytes as jamsos budget --roster, in chunks; a refused bundle and bad months are errors', () => {
  // Figures derived in tests/unit/test_budget_reconcile.cpp ("roster budget"): 54,600 + 46,200 = 100,800.
  const roster = 'NIK;Nama;Jabatan;Upah\r\n3515140508680001;Budi;Kepala Desa;4.500.000\r\n3515144508680002;Siti;Perangkat Desa;2.500.000\r\n' +
    '3602041211870001;Rentan;Pekerja Rentan;\r\n3515144508900002;Paruh;PPPK Paruh Waktu;3.000.000\r\n1234;Salah;Perangkat Desa;2.000.000\r\n';
  const file = join(tmp, 'rb.csv');
  writeFileSync(file, roster);
  const run = (bundle, months, chunk) => {
    const b = new m.RosterBudget(bundle, JSON.stringify({ as_of: '2026-03-01' }), '2026-03', months);
    const ok = feed(b, enc.encode(roster), chunk);
    const out = { ok, json: ok ? b.json() : '', csv: ok ? b.csv() : '', error: b.error() };
    b.delete();
    return out;
  };
  const r = run('', 2, 5);
  assert.ok(r.ok, r.error);
  assert.equal(r.json + '\n', cli(['budget', '--roster', file, '--from', '2026-03', '--months', '2']).stdout);
  assert.equal(r.csv, cli(['budget', '--roster', file, '--from', '2026-03', '--months', '2', '--format', 'csv']).stdout);
  assert.equal(JSON.parse(r.json).total.total, 100800);
  assert.match(run('{"schema":1}', 2, 64).error, /rules_refused|rules_not_sealed/);
  assert.equal(run('', 0, 64).ok, false);
  // budgetUnder with the rules in use is budget().
  assert.equal(m.budgetUnder('', '{"role":"pekerja_rentan"}', 3, '2026-04', 2), m.budget('{"role":"pekerja_rentan"}', 3, '2026-04', 2, false));
});

test('reconciliation and template: the same bytes as the CLI', () => {
  const last = HEAD + '3515140508680001,Budi,05/08/1968,L,Kepala Desa,2500000,,\r\n3515144508900002,Siti,05/08/1990,P,Pekerja Rentan,,1000000,lainnya\r\n3515144508900003,Ani,05/08/1990,P,Pekerja Rentan,,1000000,lainnya\r\n';
  const cur = HEAD + '3515140508680001,Budi,05/08/1968,L,Kepala Desa,3000000,,\r\n3515144508900002,Siti,05/08/1990,P,Pekerja Rentan,,1000000,lainnya\r\n3515140508680004,Baru,05/08/1968,L,Perangkat Desa,2200000,,\r\n';
  writeFileSync(join(tmp, 'last.csv'), last);
  writeFileSync(join(tmp, 'this.csv'), cur);
  const r = m.reconcile(last, cur, JSON.stringify({ as_of: AS_OF }));
  assert.ok(r.ok, r.error);
  assert.equal(r.out, cli(['reconcile', '--as-of', AS_OF, join(tmp, 'last.csv'), join(tmp, 'this.csv')]).stdout);
  const s = JSON.parse(r.summary);
  assert.deepEqual([s.added, s.removed, s.changed], [1, 1, 1]);
  assert.equal(s.delta.total, (7200 + 9000 - 13500) + 11880 - 8400);
  // The template starts with a byte-order mark (for Excel); a JS string from the module loses it
  // (TextDecoder), so the worker puts it back when it writes the file.
  assert.equal('\uFEFF' + m.template(','), cli(['template']).stdout);
});

test('XLSX fixture: sheets listed, numbers as written, date serials, empty row kept; totals by hand', async () => {
  const f = join(tmp, 'roster.xlsx');
  assert.equal(spawnSync('python3', [join(ROOT, 'tests/web/fixtures/make_roster_xlsx.py'), f]).status, 0);
  const x = await xlsxToCsv(new Uint8Array(readFileSync(f)));
  assert.deepEqual(x.sheets, ['Daftar Mei', 'Catatan']);
  const rows = parseCsv(x.csv);
  assert.equal(rows[1][1], '3515144301800001');
  assert.equal(rows[1][3], '29223');
  assert.deepEqual(rows[11], [''], 'row 12 is empty');
  assert.equal(rows[16][5], 'Sekretaris Desa', 'inline string');
  const w = wasmRoster(x.csv, {}, 4096);
  const sum = JSON.parse(w.summary);
  assert.deepEqual([sum.rows, sum.valid, sum.errors, sum.empty_rows_skipped], [20, 18, 2, 1]);
  assert.equal(sum.totals.total, 10 * 8400 + 4 * (6000 + 7500) + 3 * (5280 + 6600));
  assert.equal(sum.totals.total, 173640);
  assert.deepEqual(sum.payers.map((p) => [p.code, p.amount]), [['village_government', 89640], ['village_budget', 84000]]);
  const second = await xlsxToCsv(new Uint8Array(readFileSync(f)), 1);
  assert.equal(second.csv, 'Catatan\r\nDaftar ini untuk uji coba.\r\n');
});

test('XLSX writer: a valid zip (CRC), read back the same, formula-like text as string cells without an apostrophe', async () => {
  // The engine's CSV already carries the apostrophe ("'=SUM..."): Excel gets the text itself, as a string.
  const rows = [['row', 'nama', 'total'], ['2', "'=SUM(A1:A9)", '8400'], ['3', '+62 812', '-8400'], ['4', "'@user", ''], ['5', 'Siti "Ani" & <b>', '13500']];
  const bytes = await writeXlsx([{ name: 'Hasil', rows, numeric: (r, c) => c !== 1 }]);
  const entries = zipEntries(bytes);
  assert.ok(entries.has('xl/worksheets/sheet1.xml'));
  const back = parseCsv((await xlsxToCsv(bytes)).csv);
  assert.deepEqual(back, [['row', 'nama', 'total'], ['2', '=SUM(A1:A9)', '8400'], ['3', '+62 812', '-8400'], ['4', '@user'], ['5', 'Siti "Ani" & <b>', '13500']]);
  assert.equal(crc32(enc.encode('123456789')), 0xcbf43926);
});

test('limits: the issue\'s 7.6 MB file (NIK, then 4,000,000 rows of "1") is refused as too many rows, without aborting', () => {
  const bytes = new Uint8Array(4 + 2 * 4000000);
  bytes.set(enc.encode('NIK\n'));
  bytes.fill(0x31, 4);
  for (let i = 5; i < bytes.length; i += 2) bytes[i] = 0x0a;
  const s = new m.Session(JSON.stringify({ as_of: AS_OF }));
  s.expect(bytes.length);
  assert.equal(feed(s, bytes), false);
  assert.equal(s.limit(), 'too_many_rows');
  assert.equal(s.maxRows(), 1048576);
  assert.equal(s.rows(), 1048576, 'every row up to the limit was kept');
  assert.match(s.error(), /lebih dari 1048576 baris .* more than 1048576 rows/);
  assert.ok(s.keptBytes() < 1024 * 1024 * 1024, 'within the 1 GiB budget: ' + s.keptBytes());
  s.delete();
  // The module is still usable: exactly the limit is accepted.
  const ok = new m.Session(JSON.stringify({ as_of: AS_OF }));
  assert.ok(feed(ok, bytes.subarray(0, 4 + 2 * 1048576)), ok.error());
  assert.equal(ok.rows(), 1048576);
  assert.equal(ok.limit(), '');
  ok.delete();
});

test('limits: the memory budget refuses a roster before growth would pass it (too_large), also with lowered limits', () => {
  // Rows with an error keep every cell: 2,000 rows of 64 KiB cells would keep ~128 MiB; budget 16 MiB.
  const row = enc.encode('1,' + 'x'.repeat(64 * 1024) + '\n');
  const s = new m.Session(JSON.stringify({ as_of: AS_OF }));
  s.setLimits(0, 16 * 1024 * 1024);
  const head = enc.encode('NIK,Nama\n');
  s.chunk(head.length).set(head);
  let ok = s.feed(head.length);
  let n = 0;
  for (; n < 2000 && ok; n++) { s.chunk(row.length).set(row); ok = s.feed(row.length); }
  ok = ok && s.finish();
  assert.equal(ok, false);
  assert.equal(s.limit(), 'too_large');
  assert.match(s.error(), /terlalu besar untuk memori peramban .* too large for the browser's memory/);
  assert.ok(s.keptBytes() <= 16 * 1024 * 1024, String(s.keptBytes()));
  assert.ok(n < 2000 && s.rows() > 50, `${n} rows fed, ${s.rows()} kept`);
  s.delete();
  const r = new m.Session(JSON.stringify({ as_of: AS_OF }));
  r.setLimits(10, 0);
  assert.equal(feed(r, enc.encode('NIK\n' + '1\n'.repeat(11))), false);
  assert.equal(r.limit(), 'too_many_rows');
  assert.match(r.error(), /more than 10 rows/);
  r.delete();
});

// diffInputs and changesSince (the saved Pekerja form and quotes, web/src/saved-impact.js): the same
// lines as `jamsos diff` over eval inputs and the same changelog as `jamsos rules --since`.
test('diffInputs and changesSince: the bytes of jamsos diff and jamsos rules --since', () => {
  const builtin = m.rules();
  writeFileSync(join(tmp, 'builtin.json'), builtin);
  const draft = JSON.parse(builtin);
  delete draft.sha256;
  for (const f of draft.files) {
    const p = f.content.parameters['relief.pp50_2025.other_factor'];
    if (p) p.values[0].to = '2027-03-31';
  }
  writeFileSync(join(tmp, 'draft.json'), JSON.stringify(draft));
  const next = cli(['--rules', join(tmp, 'draft.json'), 'rules', '--since', join(tmp, 'builtin.json')]).stdout;
  writeFileSync(join(tmp, 'next.json'), next);
  // A BPU worker, other sector, Rp1,000,000: December 2026 (discounted in both), January 2027
  // (discounted only in `next`: JKK 5,000 + JKM 3,400 = 8,400 instead of 10,000 + 6,800 = 16,800),
  // April 2027 (discounted in neither).
  const inputs = ['2026-12-01', '2027-01-01', '2027-04-01'].map((d) => ({ as_of: d, segment: 'BPU', declared_income: 1000000, bpu_sector: 'other' }));
  const r = m.diffInputs('', next, JSON.stringify(inputs));
  assert.equal(r.ok, true, r.error);
  const native = cli(['--rules', join(tmp, 'next.json'), 'diff', '--from', join(tmp, 'builtin.json')], JSON.stringify(inputs)).stdout;
  assert.equal(r.out + r.summary + '\n', native);
  const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((x) => [x.index, x.monthly.before.worker, x.monthly.after.worker]), [[1, 16800, 8400]]);
  assert.equal(rows[0].because[0].parameter, 'relief.pp50_2025.other_factor');
  // The summary adds every input, changed or not: before, December 8,400 + January 16,800 + April 16,800.
  assert.deepEqual(JSON.parse(r.summary).summary.monthly_before.worker, 8400 + 16800 + 16800);
  // The other way round (`from` a bundle, `to` the active rules) mirrors it.
  const back = m.diffInputs(next, '', JSON.stringify(inputs));
  assert.deepEqual(back.out.trim().split('\n').map((l) => JSON.parse(l).monthly.after.worker), [16800]);
  // A refused bundle: not ok, the loader's reason.
  const bad = m.diffInputs('', next.replace('"2027-03-31"', '"2027-12-31"'), JSON.stringify(inputs));
  assert.equal(bad.ok, false);
  assert.match(bad.error, /rules_refused/);
  // changesSince: the changelog `jamsos rules --since` wrote into `next`, from `next`'s point of view reversed.
  const since = m.changesSince(builtin);
  assert.equal(since.ok, true);
  assert.deepEqual(JSON.parse(since.changelog), []);
  const fwd = cli(['rules', '--since', join(tmp, 'next.json')]).stdout;
  assert.deepEqual(JSON.parse(m.changesSince(next).changelog), JSON.parse(fwd).changelog);
  assert.equal(m.changesSince(next).previous_version, JSON.parse(next).rules_version);
  assert.equal(m.changesSince('not json').ok, false);
});
