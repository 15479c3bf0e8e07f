// A small XLSX reader and writer (no dependency): enough to import a roster from Excel and to
// export results. Runs in the roster worker and under node (tests).
// Reader: the input is not trusted (docs/RELIABILITY.md, "Web app"). The zip directory is checked
// against the file's bounds; each part is inflated as a stream (DecompressionStream('deflate-raw'))
// with caps on its inflated size and compression ratio, then checked against its declared size
// and CRC-32; the XML is read by a linear-time streaming scanner (no backtracking regex over a
// whole part); row and column numbers must be within Excel's limits; the CSV text made is capped.
// Every refusal is an XlsxError with a code (web/i18n: daftar.err.xlsx_<code>). Cell values stay
// as written in the file (numbers as their text, e.g. a 16-digit NIK; dates as Excel serial day
// numbers, which the C++ date parser understands). Skipped rows become empty lines, so row
// numbers stay the spreadsheet's.
// Writer: SpreadsheetML with inline strings, zipped with deflate (CompressionStream) or stored.
// The zip reading and the limits are in unzip.js, the XML scanner in xml-scan.js.

import { LIMITS, XlsxError, zipEntries, zipStream, crc32 } from './unzip.js';
import { xmlScanner, xmlText, attrs } from './xml-scan.js';

export { LIMITS, XlsxError, zipEntries, crc32, xmlText };
const enc = new TextEncoder();
const damaged = (part, detail) => new XlsxError('damaged', { part }, detail);

/** Streams part `name` through an XML handler; false when the part does not exist. */
async function readXml(bytes, entries, name, lim, budget, h) {
  const dec = new TextDecoder();
  const sc = xmlScanner(h, lim, name);
  const ok = await zipStream(bytes, entries, name, lim, budget, (chunk) => sc.push(dec.decode(chunk, { stream: true })));
  if (!ok) return false;
  sc.push(dec.decode());
  sc.end();
  return true;
}

/** Collects the text of <t> elements outside phonetic runs (<rPh>) of a <si> or <is>. */
function richCollector(lim) {
  let inT = false, rph = 0, parts = [], len = 0;
  const add = (s) => {
    len += s.length;
    if (len > lim.cellChars) throw new XlsxError('cell_long', { max: lim.cellChars });
    parts.push(s);
  };
  return {
    open(name, self) { if (name === 'rPh') rph += self ? 0 : 1; else if (name === 't' && !rph && !self) inT = true; },
    close(name) { if (name === 'rPh') rph = Math.max(0, rph - 1); else if (name === 't') inT = false; },
    text(raw) { if (inT) add(xmlText(raw)); },
    cdata(s) { if (inT) add(s); },
    take() { const s = parts.join(''); parts = []; len = 0; inT = false; rph = 0; return s; },
  };
}

function colIndex(letters) {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}
/** "3.515140508680001E+15" -> "3515140508680001" when it is an exact integer; otherwise as written. */
function numberText(v) {
  if (/e/i.test(v)) {
    const x = Number(v);
    if (Number.isSafeInteger(x)) return BigInt(x).toString();
  }
  return v;
}

export function csvCell(s, sep = ',') {
  return /[",\r\n;\t]/.test(s) || s.includes(sep) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

// ---- reader ------------------------------------------------------------------------------------
/** Whether the bytes are a zip (XLSX) rather than text. */
export function isZip(bytes) { return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4; }

/** Reads a workbook: { sheets: [names], sheet: index, csv: text } for sheet `index` (default the first). */
export async function xlsxToCsv(bytes, index = 0, limits = {}) {
  const lim = { ...LIMITS, ...limits };
  const budget = { left: lim.totalBytes };
  const entries = zipEntries(bytes);
  const sheets = [];
  const wbOk = await readXml(bytes, entries, 'xl/workbook.xml', lim, budget, {
    open(name, a) { if (name === 'sheet') { const x = attrs(a); sheets.push({ name: x.name || '', rid: x['r:id'] || x.id || '' }); } },
    close() {}, text() {}, cdata() {},
  });
  if (!wbOk) throw new XlsxError('no_workbook');
  if (!sheets.length) throw new XlsxError('no_sheet');
  if (!(Number.isInteger(index) && index >= 0 && index < sheets.length)) index = 0;
  let path = `xl/worksheets/sheet${index + 1}.xml`;
  await readXml(bytes, entries, 'xl/_rels/workbook.xml.rels', lim, budget, {
    open(name, a) {
      if (name !== 'Relationship') return;
      const x = attrs(a);
      if (x.Id === sheets[index].rid && x.Target) path = x.Target.startsWith('/') ? x.Target.slice(1) : 'xl/' + x.Target.replace(/^\.\//, '');
    },
    close() {}, text() {}, cdata() {},
  });
  const shared = [];
  let sharedChars = 0;
  const rich = richCollector(lim);
  let inSi = false;
  await readXml(bytes, entries, 'xl/sharedStrings.xml', lim, budget, {
    open(name, a, self) {
      if (name === 'si') { inSi = true; rich.take(); if (self) { inSi = false; push(''); } } else if (inSi) rich.open(name, self);
    },
    close(name) { if (name === 'si' && inSi) { inSi = false; push(rich.take()); } else if (inSi) rich.close(name); },
    text(raw) { if (inSi) rich.text(raw); },
    cdata(s) { if (inSi) rich.cdata(s); },
    textTooLong() { if (inSi) throw new XlsxError('cell_long', { max: lim.cellChars }); },
  });
  function push(s) {
    if (shared.length >= lim.sharedStrings) throw new XlsxError('too_big', { max: Math.floor(lim.partBytes / 1048576) }, 'shared strings');
    sharedChars += s.length;
    if (sharedChars > lim.csvChars) throw new XlsxError('too_big', { max: Math.floor(lim.csvChars / 1048576) }, 'shared strings');
    shared.push(s);
  }
  const lines = [];
  let csvChars = 0, lastRow = 0, inRow = false, cells = null, next = 0;
  let cell = null;       // { c, t, v: [], inV, inIs }
  const line = (s) => {
    csvChars += s.length + 2;
    if (csvChars > lim.csvChars) throw new XlsxError('too_big', { max: Math.floor(lim.csvChars / 1048576) }, 'csv');
    lines.push(s);
  };
  const addV = (s) => {
    cell.vlen += s.length;
    if (cell.vlen > lim.cellChars * 10) throw new XlsxError('cell_long', { max: lim.cellChars });
    cell.v.push(s);
  };
  const endRow = () => { line(cells.map((x) => csvCell(x)).join(',')); inRow = false; cells = null; };
  const cellText = () => {
    const v = cell.v.join('');
    const t = cell.t;
    if (t === 's') {
      if (!cell.hasV) return '';
      const k = Number(v.trim());
      if (!Number.isInteger(k) || k < 0 || k >= shared.length) throw damaged('xl/sharedStrings.xml', 'no shared string ' + v.slice(0, 20));
      return shared[k];
    }
    if (t === 'inlineStr') return rich.take();
    if (!cell.hasV) return '';
    const x = xmlText(v);
    if (x.length > lim.cellChars) throw new XlsxError('cell_long', { max: lim.cellChars });
    if (t === 'b') return x === '1' ? 'TRUE' : x === '0' ? 'FALSE' : '';
    if (t === 'n') return numberText(x);
    return x;   // str, e, d
  };
  const sheetOk = await readXml(bytes, entries, path, lim, budget, {
    open(name, a, self) {
      if (name === 'row') {
        if (inRow) throw new XlsxError('xml', {}, 'a row inside a row');
        const m = /(?:^|\s)r\s*=\s*["']\s*([^"']*)["']/.exec(a);
        let r = lastRow + 1;
        if (m) {
          if (!/^\d{1,10}$/.test(m[1].trim())) throw new XlsxError('xml', {}, 'row number ' + m[1].slice(0, 20));
          r = Number(m[1].trim());
        }
        if (r > lim.rows || r < 1) throw new XlsxError('rows', { row: String(m ? m[1].trim().slice(0, 12) : r), max: lim.rows });
        if (r <= lastRow) throw new XlsxError('xml', {}, 'rows out of order');
        while (lastRow + 1 < r) { line(''); lastRow++; }
        lastRow = r; inRow = true; cells = []; next = 0;
        if (self) endRow();
      } else if (name === 'c' && inRow) {
        if (cell) throw new XlsxError('xml', {}, 'a cell inside a cell');
        const x = attrs(a);
        let c = next;
        if (x.r !== undefined) {
          const m = /^\s*([A-Za-z]{1,3})(\d*)\s*$/.exec(x.r);
          if (!m) throw new XlsxError('cols', { ref: x.r.slice(0, 16) });
          c = colIndex(m[1].toUpperCase());
        }
        if (c >= lim.cols) throw new XlsxError('cols', { ref: (x.r || '').slice(0, 16) || String(c + 1) });
        next = c + 1;
        cell = { c, t: x.t || 'n', v: [], vlen: 0, inV: false, hasV: false, rich: false };
        rich.take();
        if (self) this.close('c');
      } else if (cell) {
        if (name === 'v') { cell.inV = !self; cell.hasV = true; } else if (name === 'is') cell.rich = true; else if (cell.rich) rich.open(name, self);
      }
    },
    close(name) {
      if (name === 'row' && inRow) { if (cell) throw new XlsxError('xml', {}, 'unclosed cell'); endRow(); } else if (name === 'c' && cell) {
        const text = cellText();
        while (cells.length < cell.c) cells.push('');
        cells[cell.c] = text;
        cell = null;
      } else if (cell) {
        if (name === 'v') cell.inV = false; else if (name === 'is') cell.rich = false; else if (cell.rich) rich.close(name);
      }
    },
    text(raw) {
      if (!cell) return;
      if (cell.inV) addV(raw); else if (cell.rich) rich.text(raw);
    },
    cdata(s) { if (cell && cell.inV) addV(s); else if (cell && cell.rich) rich.cdata(s); },
    textTooLong() { if (cell) throw new XlsxError('cell_long', { max: lim.cellChars }); },
  });
  if (!sheetOk) throw new XlsxError('no_sheet', {}, path);
  if (inRow) throw new XlsxError('xml', {}, 'unclosed row');
  return { sheets: sheets.map((s) => s.name), sheet: index, csv: lines.join('\r\n') + (lines.length ? '\r\n' : '') };
}

// ---- CSV (for converting the engine's output to XLSX) ---------------------------------------------
/** Parses CSV text (RFC 4180, the given separator) into rows of cells. */
export function parseCsv(text, sep = ',') {
  const rows = [];
  let row = [], cell = '', i = 0, q = false;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { cell += '"'; i += 2; continue; } q = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"') { q = true; i++; continue; }
    if (c === sep) { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(cell); rows.push(row); row = []; cell = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += c; i++;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// ---- writer ------------------------------------------------------------------------------------
async function deflateRaw(data) {
  if (typeof CompressionStream === 'undefined') return null;
  try {
    const cs = new CompressionStream('deflate-raw');
    return new Uint8Array(await new Response(new Blob([data]).stream().pipeThrough(cs)).arrayBuffer());
  } catch { return null; }
}

/** A zip archive of { name: Uint8Array|string } (deflated when the platform can, else stored). */
export async function zip(files) {
  const parts = [], central = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? enc.encode(content) : content;
    const nameBytes = enc.encode(name);
    const crc = crc32(data);
    const deflated = await deflateRaw(data);
    const method = deflated ? 8 : 0;
    const body = deflated || data;
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true); h.setUint16(4, 20, true); h.setUint16(6, 0x0800, true); h.setUint16(8, method, true);
    h.setUint16(10, 0, true); h.setUint16(12, 0x21, true); h.setUint32(14, crc, true);
    h.setUint32(18, body.length, true); h.setUint32(22, data.length, true); h.setUint16(26, nameBytes.length, true); h.setUint16(28, 0, true);
    parts.push(new Uint8Array(h.buffer), nameBytes, body);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true); c.setUint16(4, 20, true); c.setUint16(6, 20, true); c.setUint16(8, 0x0800, true);
    c.setUint16(10, method, true); c.setUint16(12, 0, true); c.setUint16(14, 0x21, true); c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true); c.setUint32(24, data.length, true); c.setUint16(28, nameBytes.length, true);
    c.setUint32(42, offset, true);
    central.push(new Uint8Array(c.buffer), nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const size = central.reduce((a, b) => a + b.length, 0);
  const e = new DataView(new ArrayBuffer(22));
  e.setUint32(0, 0x06054b50, true); e.setUint16(8, central.length / 2, true); e.setUint16(10, central.length / 2, true);
  e.setUint32(12, size, true); e.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(e.buffer)];
  const out = new Uint8Array(all.reduce((a, b) => a + b.length, 0));
  let p = 0;
  for (const b of all) { out.set(b, p); p += b.length; }
  return out;
}

function xmlEsc(s) {
  // Characters XML 1.0 cannot carry are dropped.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return String(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}
/**
 * Formula-like text (the same rule as the native CSV writer): after skipping leading spaces, tabs,
 * CR, LF, U+200B (zero-width space) and U+FEFF (BOM), the first character is one of
 * = + - @ | or their full-width forms ＝ ＋ － ＠.
 */
const FORMULA_LIKE = /^[ \t\r\n\u200b\ufeff]*[=+\-@|\uff1d\uff0b\uff0d\uff20]/;
export function formulaLike(s) { return FORMULA_LIKE.test(s); }
/** A CSV cell: formula-like text gets a leading apostrophe. */
export function neutralise(s) { return formulaLike(s) ? "'" + s : s; }
/** The text a neutralised CSV cell stood for (the apostrophe the rule added removed). */
export function unneutralise(s) { return s.startsWith("'") && formulaLike(s.slice(1)) ? s.slice(1) : s; }
function colName(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }

/**
 * An XLSX workbook from sheets [{ name, rows: string[][], numeric: (rowIndex, colIndex, text) => bool }].
 * Numeric cells (plain integers) are written as numbers, every other cell as an inline string
 * (t="inlineStr": text, never a formula, so no apostrophe is needed; one added by the CSV
 * writer is removed). The first row is bold (a header).
 */
export async function writeXlsx(sheets) {
  const files = {};
  files['[Content_Types].xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets.map((s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') + '</Types>';
  files['_rels/.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  files['xl/workbook.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    sheets.map((s, i) => `<sheet name="${xmlEsc(s.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>';
  files['xl/_rels/workbook.xml.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  files['xl/styles.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>';
  sheets.forEach((s, i) => {
    const out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
    s.rows.forEach((row, r) => {
      let x = `<row r="${r + 1}">`;
      row.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        const text = String(v);
        const ref = colName(c) + (r + 1);
        const style = r === 0 ? ' s="1"' : '';
        if (r > 0 && s.numeric && s.numeric(r, c, text) && /^-?\d{1,15}$/.test(text)) x += `<c r="${ref}"${style}><v>${text}</v></c>`;
        // A string cell is never a formula: the text is written as it is (an apostrophe the CSV
        // writer added to formula-like text is taken off again, so none shows in Excel).
        else x += `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlEsc(unneutralise(text))}</t></is></c>`;
      });
      out.push(x + '</row>');
    });
    out.push('</sheetData></worksheet>');
    files[`xl/worksheets/sheet${i + 1}.xml`] = out.join('');
  });
  return zip(files);
}
