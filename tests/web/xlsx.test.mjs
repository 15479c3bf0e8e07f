// The XLSX reader (web/src/journeys/daftar/xlsx.js) against hostile input, under node: zip bombs,
// forged sizes and CRCs, unclosed tags, row and column numbers beyond Excel's limits, overlong
// cells; files written by LibreOffice and openpyxl (committed fixtures); the formula rule of the
// exports; and a property test (fast-check) over generated hostile zips and sheets: the reader
// never hangs, never throws anything but its own XlsxError, and stays within time and size bounds.
// Heavy hostile files are generated here, never committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, constants } from 'node:zlib';
import fc from 'fast-check';
import { ROOT } from './lib.mjs';
import { xlsxToCsv, XlsxError, LIMITS, crc32, neutralise, formulaLike, parseCsv, writeXlsx } from '../../web/src/journeys/daftar/xlsx.js';

const enc = new TextEncoder();
const FIX = join(ROOT, 'tests/web/fixtures');

// ---- building zips by hand (sizes, CRCs and flags can be forged) ----------------------------------
/** A zip of [{ name, data: Uint8Array|string, deflated?: Uint8Array, method?, crc?, size?, csize?, flags? }]. */
function mkzip(files) {
  const parts = [], central = [];
  let offset = 0;
  for (const f of files) {
    const data = typeof f.data === 'string' ? enc.encode(f.data) : f.data;
    const method = f.method ?? 8;
    const body = f.deflated ?? (method === 8 ? deflateRawSync(data) : data);
    const name = enc.encode(f.name);
    const crc = f.crc ?? crc32(data);
    const size = f.size ?? data.length, csize = f.csize ?? body.length, flags = f.flags ?? 0;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(flags, 6); h.writeUInt16LE(method, 8);
    h.writeUInt32LE(crc, 14); h.writeUInt32LE(csize, 18); h.writeUInt32LE(size, 22); h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(flags, 8); c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc, 16); c.writeUInt32LE(csize, 20); c.writeUInt32LE(size, 24); c.writeUInt16LE(name.length, 28); c.writeUInt32LE(offset, 42);
    parts.push(h, name, body);
    central.push(c, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0); e.writeUInt16LE(files.length, 8); e.writeUInt16LE(files.length, 10);
  e.writeUInt32LE(cd.length, 12); e.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, e]));
}
const WB = '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
const sheet = (rows) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
/** A workbook whose first sheet is `xml` (and optional shared strings). */
function book(xml, { shared, sheetOpts = {}, sharedOpts = {} } = {}) {
  const files = [{ name: 'xl/workbook.xml', data: WB }, { name: 'xl/worksheets/sheet1.xml', data: xml, ...sheetOpts }];
  if (shared !== undefined) files.push({ name: 'xl/sharedStrings.xml', data: shared, ...sharedOpts });
  return mkzip(files);
}
/**
 * A deflate stream for `times` copies of `unit` without building them: `unit` is compressed once
 * with a full flush (independent, byte-aligned, not final) and repeated, then a final empty block.
 */
function repeatedDeflate(head, unit, times, tail) {
  const flush = (b) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
  const u = flush(enc.encode(unit));
  return Buffer.concat([flush(enc.encode(head)), ...Array(times).fill(u), deflateRawSync(enc.encode(tail))]);
}
/** The XlsxError code of a refused read (fails if the read succeeds or throws anything else). */
async function refused(bytes, limits) {
  try {
    await xlsxToCsv(bytes, 0, limits);
  } catch (e) {
    assert.ok(e instanceof XlsxError, 'not an XlsxError: ' + (e && e.stack));
    return e;
  }
  assert.fail('the file was read');
}
async function timed(fn) { const t0 = performance.now(); const r = await fn(); return [r, performance.now() - t0]; }

// ---- the issue's files ------------------------------------------------------------------------
test('a 1.5 MB zip bomb (1.5 GiB of sheet) is refused at once, by ratio, size or declared length', async () => {
  const unit = 'A'.repeat(1024 * 1024);
  const deflated = repeatedDeflate('<worksheet><sheetData><row><c t="inlineStr"><is><t>', unit, 1536, '</t></is></c></row></sheetData></worksheet>');
  assert.ok(deflated.length < 3 * 1024 * 1024, 'the bomb is small: ' + deflated.length);
  const size = 1536 * unit.length + 97;
  const rss0 = process.memoryUsage().rss;
  // Honest sizes: refused before inflating (1,000:1 is above the ratio cap).
  let [e, ms] = await timed(() => refused(book('', { sheetOpts: { deflated, size, crc: 0 } })));
  assert.equal(e.code, 'ratio'); assert.equal(e.params.max, LIMITS.ratio);
  assert.ok(ms < 1000, ms);
  // Without the ratio cap: the size cap.
  e = await refused(book('', { sheetOpts: { deflated, size, crc: 0 } }), { ratio: 1e9 });
  assert.equal(e.code, 'too_big');
  // A forged small size: inflation stops as soon as the part passes its declared size (or,
  // here, sooner: at the first cell over Excel's 32,767 characters).
  [e, ms] = await timed(() => refused(book('', { sheetOpts: { deflated, size: 2 * 1024 * 1024, crc: 0 } })));
  assert.ok(['damaged', 'cell_long'].includes(e.code), e.code);
  [e, ms] = await timed(() => refused(book('', { sheetOpts: { deflated, size: 2 * 1024 * 1024, crc: 0 } }), { cellChars: 1e9 }));
  assert.equal(e.code, 'damaged');
  assert.ok(ms < 3000, ms);
  assert.ok(process.memoryUsage().rss - rss0 < 300 * 1024 * 1024, 'memory stays bounded');
});

test('100,000 unclosed <row> tags (a 2.9 KB file) are refused in linear time', async () => {
  const z = book(sheet('<row>'.repeat(100000)));
  assert.ok(z.length < 4096, z.length);
  const [e, ms] = await timed(() => refused(z));
  assert.equal(e.code, 'xml');
  assert.ok(ms < 1000, ms);
  // Unclosed cells and a tag that never ends: the same.
  const noRatio = { ratio: 1e9 };   // these compress well: the ratio cap alone would refuse them
  assert.equal((await refused(book(sheet('<row r="1"><c><v>1</v>'.repeat(100000))), noRatio)).code, 'xml');
  assert.equal((await refused(book(sheet('<row r="1" x="' + 'a'.repeat(2 * 1024 * 1024))), noRatio)).code, 'xml');
  assert.equal((await refused(book(sheet('<row r="1"><c><v>' + '1'.repeat(400000))), noRatio)).code, 'cell_long');
});

test('row and column numbers beyond Excel (1,048,576 rows, 16,384 columns) are refused', async () => {
  let e = await refused(book(sheet('<row r="2000000000"/>')));
  assert.equal(e.code, 'rows'); assert.equal(e.params.row, '2000000000'); assert.equal(e.params.max, 1048576);
  assert.equal((await refused(book(sheet('<row r="1048577"><c><v>1</v></c></row>')))).code, 'rows');
  assert.equal((await refused(book(sheet('<row r="99999999999999999999"/>')))).code, 'xml');
  e = await refused(book(sheet('<row r="3"><c r="ZZZZZZZ3"><v>1</v></c></row>')));
  assert.equal(e.code, 'cols'); assert.equal(e.params.ref, 'ZZZZZZZ3');
  assert.equal((await refused(book(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')))).code, 'cols');
  // The last row and column Excel has are read (the CSV grows by 16,383 separators, no more).
  const x = await xlsxToCsv(book(sheet('<row r="1"><c r="A1"><v>7</v></c></row><row r="3"><c r="XFD3"><v>9</v></c></row>')));
  const lines = x.csv.split('\r\n');
  assert.equal(lines[0], '7'); assert.equal(lines[1], ''); assert.equal(lines[2], ','.repeat(16383) + '9');
  // 1,048,576 rows fit (skipped rows become empty lines, so row numbers stay).
  const last = await xlsxToCsv(book(sheet('<row r="1"><c><v>1</v></c></row><row r="1048576"><c><v>2</v></c></row>')));
  assert.equal(last.csv.split('\r\n').length - 1, 1048576);
});

test('an overlong shared string (a 600 MB one, or over 32,767 characters) is refused, never dropped', async () => {
  const big = repeatedDeflate('<sst><si><t>', 'A'.repeat(1024 * 1024), 600, '</t></si></sst>');
  const wb = (shared, opts) => book(sheet('<row r="1"><c t="s"><v>0</v></c></row>'), { shared, sharedOpts: opts });
  let e = await refused(wb('', { deflated: big, size: 600 * 1024 * 1024 + 27, crc: 0 }));
  assert.ok(['ratio', 'too_big'].includes(e.code), e.code);
  e = await refused(wb('', { deflated: big, size: 600 * 1024 * 1024 + 27, crc: 0 }), { ratio: 1e9, partBytes: 2 ** 31, totalBytes: 2 ** 31 });
  assert.equal(e.code, 'cell_long'); assert.equal(e.params.max, 32767);
  assert.equal((await refused(wb('<sst><si><t>' + 'é'.repeat(32768) + '</t></si></sst>'))).code, 'cell_long');
  const ok = await xlsxToCsv(wb('<sst><si><t>' + 'é'.repeat(32767) + '</t></si></sst>'));
  assert.equal(ok.csv, 'é'.repeat(32767) + '\r\n');
  assert.equal((await refused(book(sheet('<row r="1"><c t="s"><v>5</v></c></row>'), { shared: '<sst><si><t>a</t></si></sst>' }))).code, 'damaged');
});

test('zip structure: CRC, sizes, truncation, encryption, methods, not a zip', async () => {
  const good = sheet('<row r="1"><c><v>1</v></c></row>');
  assert.equal((await xlsxToCsv(book(good))).csv, '1\r\n');
  assert.equal((await xlsxToCsv(book(good, { sheetOpts: { method: 0 } }))).csv, '1\r\n');
  assert.equal((await refused(book(good, { sheetOpts: { crc: 1234 } }))).code, 'damaged');
  assert.equal((await refused(book(good, { sheetOpts: { size: 5 } }))).code, 'damaged');
  assert.equal((await refused(book(good, { sheetOpts: { size: 500 } }))).code, 'damaged');
  assert.equal((await refused(book(good, { sheetOpts: { flags: 1 } }))).code, 'encrypted');
  assert.equal((await refused(book(good, { sheetOpts: { method: 12 } }))).code, 'unsupported');
  assert.equal((await refused(book(good, { sheetOpts: { deflated: enc.encode('not deflate at all') } }))).code, 'damaged');
  const z = book(good);
  assert.equal((await refused(z.subarray(0, z.length - 30))).code, 'not_zip');
  const cut = z.slice(); cut.set([0xff, 0xff, 0xff, 0x7f], z.length - 6);   // directory offset past the end
  assert.equal((await refused(cut)).code, 'damaged');
  assert.equal((await refused(enc.encode('NIK\n1\n'))).code, 'not_zip');
  assert.equal((await refused(mkzip([{ name: 'a.txt', data: 'x' }]))).code, 'no_workbook');
  assert.equal((await refused(mkzip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]))).code, 'no_sheet');
});

test('odd but valid XML: entities (also out of range), CDATA, comments, prefixes, > in attributes', async () => {
  const x = await xlsxToCsv(book(sheet('<!-- a > b --><x:row r="1" note="a>b"><x:c r="A1" t="str"><x:v>&#x110000;&amp;&#65;<![CDATA[<z>]]></x:v></x:c>' +
    '<c r="B1" t="inlineStr"><is><r><t>Si</t></r><rPh><t>ignored</t></rPh><r><t xml:space="preserve">ti </t></r></is></c></x:row>')));
  assert.equal(x.csv, '\ufffd&A<z>,Siti \r\n');
});

// ---- files written by real spreadsheet programs -------------------------------------------------
test('files written by LibreOffice (headless) and openpyxl read as written', async () => {
  // Made from roster_small.csv by make_xlsx_fixtures.py; the expected text was checked by hand
  // (NIK as text, birth dates as serial numbers, the empty row kept, trailing empty cells dropped).
  const expected = readFileSync(join(FIX, 'roster_small.expected.csv'), 'utf8');
  for (const f of ['roster_small_libreoffice.xlsx', 'roster_small_openpyxl.xlsx']) {
    const x = await xlsxToCsv(new Uint8Array(readFileSync(join(FIX, f))));
    assert.equal(x.csv, expected, f);
    assert.deepEqual(x.sheets.length, 1);
  }
  assert.equal(parseCsv(expected)[5][1], '=HYPERLINK("http://x")');
});

// ---- exports: the formula rule -------------------------------------------------------------------
test('the formula rule of the exports: = + - @ | and full-width forms, after spaces, tabs, CR, LF, ZWSP, BOM', async () => {
  for (const s of ['=1+1', '+62', '-5', '@SUM(A1)', '|cmd', '＝1', '＋1', '－1', '＠x', ' =1', '\t=1', '\r=1', '\n=1',
    '\u200b=1', '\ufeff=1', ' \u200b\ufeff\t\r\n+1', '  |x']) {
    assert.ok(formulaLike(s), JSON.stringify(s));
    assert.equal(neutralise(s), "'" + s);
  }
  for (const s of ['', 'Budi', '1', "'=1", 'a=1', '\u00a0=1', '#1', '%1', '(1)']) {
    assert.ok(!formulaLike(s), JSON.stringify(s));
    assert.equal(neutralise(s), s);
  }
  // XLSX: string cells, the CSV apostrophe taken off; a number column stays a number.
  const bytes = await writeXlsx([{ name: 'H', rows: [['row', 'nama'], ['2', "'" + '＝HYPERLINK("x")'], ['3', "' |x"]], numeric: (r, c) => c === 0 }]);
  assert.deepEqual(parseCsv((await xlsxToCsv(bytes)).csv), [['row', 'nama'], ['2', '＝HYPERLINK("x")'], ['3', ' |x']]);
});

// ---- property test ----------------------------------------------------------------------------
const SMALL = { partBytes: 256 * 1024, totalBytes: 512 * 1024, ratio: 50, ratioFloor: 16 * 1024, cellChars: 200, tagChars: 4096, csvChars: 512 * 1024, sharedStrings: 1000 };
const fragment = fc.oneof(
  fc.constantFrom('<row>', '<row r="', '</row>', '<row/>', '<c r="', '<c t="s">', '<c t="inlineStr">', '<c>', '</c>', '<c/>', '<v>', '</v>',
    '<is><t>', '</t></is>', '<t>', '</t>', '<rPh>', '</rPh>', '<si>', '</si>', '"', "'", '>', '/>', '<', '&', '&amp;', '&#x', '&#', ';',
    '1048576', '1048577', '2000000000', 'XFD', 'XFE', 'ZZZZZZZ', 'A', '1', '0', '<![CDATA[', ']]>', '<!--', '-->', '<?x?>', '_x0041_', '\u0000', '\ud800'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: 0, max: 3e9 }).map(String));
const xmlish = fc.array(fragment, { maxLength: 200 }).map((a) => a.join(''));
const text = fc.string({ maxLength: 12 }).map((t) => t.replace(/[<&]/g, '&amp;'));
const cellXml = fc.tuple(fc.constantFrom('A', 'B', 'Z', 'AA', 'XFD', 'XFE', ''), fc.constantFrom('n', 's', 'str', 'inlineStr', 'b', 'e'), text)
  .map(([col, t, v]) => (t === 'inlineStr' ? `<c${col ? ` r="${col}1"` : ''} t="inlineStr"><is><t>${v}</t></is></c>` : `<c${col ? ` r="${col}1"` : ''} t="${t}"><v>${t === 's' ? v.length % 3 : v}</v></c>`));
const rowsXml = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.array(cellXml, { maxLength: 5 })), { maxLength: 12 })
  .map((rows) => { let r = 0; return rows.map(([d, cs]) => `<row r="${(r += d)}">${cs.join('')}</row>`).join(''); });
const wrapped = fc.oneof({ arbitrary: rowsXml.map(sheet), weight: 2 }, { arbitrary: xmlish.map(sheet), weight: 2 }, { arbitrary: xmlish, weight: 1 });
const sharedXml = fc.oneof(fc.array(text, { maxLength: 4 }).map((a) => a.map((t) => `<si><t>${t}</t></si>`).join('')), xmlish);

test('property: hostile sheets, shared strings and zips never hang, never throw anything but XlsxError, stay bounded', async () => {
  let reads = 0, refusals = 0;
  await fc.assert(fc.asyncProperty(
    wrapped, sharedXml, fc.boolean(),
    fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 4 }), weight: 1 }),
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: fc.nat(), weight: 1 }),
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, {
      arbitrary: fc.tuple(fc.constantFrom('<row>', '<row r="1"><c><v>1</v></c></row>', 'A', '<c r="A1"/>', '<row><c r="XFD1"/></row>'), fc.integer({ min: 1000, max: 20000 })), weight: 1 }),
    async (xml, shared, stored, flips, cut, repeat) => {
      if (repeat) xml = sheet(repeat[0].repeat(repeat[1]));
      let z = book(xml, { shared: '<sst>' + shared + '</sst>', sheetOpts: stored ? { method: 0 } : {} });
      if (flips.length) { z = z.slice(); for (const [at, v] of flips) z[at % z.length] = v; }
      if (cut !== undefined) z = z.subarray(0, cut % (z.length + 1));
      const t0 = performance.now();
      try {
        const x = await xlsxToCsv(z, 0, SMALL);
        reads++;
        assert.equal(typeof x.csv, 'string');
        assert.ok(x.csv.length <= SMALL.csvChars);
      } catch (e) {
        if (!(e instanceof XlsxError)) throw e;
        refusals++;
      }
      assert.ok(performance.now() - t0 < 2000, 'bounded time');
    }), { numRuns: 300, seed: 20261130 });
  assert.ok(reads > 30 && refusals > 30, `${reads} read, ${refusals} refused`);
});
