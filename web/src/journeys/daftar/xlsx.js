// A small XLSX reader and writer (no dependency): enough to import a roster from Excel and to
// export results. Runs in the roster worker and under node (tests).
// Reader: unzip with DecompressionStream('deflate-raw'), read xl/workbook.xml (sheet names),
// the sheet's relationship, sharedStrings.xml and the sheet XML -> CSV text. Cell values stay as
// written in the file (numbers as their text, e.g. a 16-digit NIK; dates as Excel serial day
// numbers, which the C++ date parser understands). Skipped rows become empty lines, so row
// numbers stay the spreadsheet's.
// Writer: SpreadsheetML with inline strings, zipped with deflate (CompressionStream) or stored.

const dec = new TextDecoder();
const enc = new TextEncoder();

// ---- zip ------------------------------------------------------------------------------------
function u16(b, o) { return b[o] | (b[o + 1] << 8); }
function u32(b, o) { return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0; }

/** The entries of a zip archive: Map name -> { method, offset, size, csize }. */
export function zipEntries(bytes) {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const out = new Map();
  for (let k = 0; k < count; k++) {
    if (u32(bytes, p) !== 0x02014b50) throw new Error('bad zip directory');
    const method = u16(bytes, p + 10), csize = u32(bytes, p + 20), size = u32(bytes, p + 24);
    const nlen = u16(bytes, p + 28), xlen = u16(bytes, p + 30), clen = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nlen));
    out.set(name, { method, local, csize, size });
    p += 46 + nlen + xlen + clen;
  }
  return out;
}

async function inflateRaw(data) {
  const ds = new DecompressionStream('deflate-raw');
  const buf = await new Response(new Blob([data]).stream().pipeThrough(ds)).arrayBuffer();
  return new Uint8Array(buf);
}

async function zipRead(bytes, entries, name) {
  const e = entries.get(name);
  if (!e) return null;
  const start = e.local + 30 + u16(bytes, e.local + 26) + u16(bytes, e.local + 28);
  const data = bytes.subarray(start, start + e.csize);
  if (e.method === 0) return data;
  if (e.method === 8) return inflateRaw(data);
  throw new Error('unsupported zip method ' + e.method);
}

// ---- XML helpers -----------------------------------------------------------------------------
const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function xmlText(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENT[e])
    .replace(/_x([0-9A-Fa-f]{4})_/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
}
function attr(tag, name) {
  const m = new RegExp('\\s' + name + '="([^"]*)"').exec(tag);
  return m ? xmlText(m[1]) : null;
}
/** The text of a <si> or <is>: every <t> outside phonetic runs (<rPh>). */
function richText(xml) {
  let s = '';
  const clean = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  let m;
  while ((m = re.exec(clean))) s += m[1] ? xmlText(m[1]) : '';
  return s;
}
function colIndex(ref) {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
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
export async function xlsxToCsv(bytes, index = 0) {
  const entries = zipEntries(bytes);
  const wb = await zipRead(bytes, entries, 'xl/workbook.xml');
  if (!wb) throw new Error('no xl/workbook.xml: not an Excel workbook');
  const wbx = dec.decode(wb);
  const sheets = [...wbx.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({ name: attr(m[0], 'name'), rid: attr(m[0], 'r:id') }));
  if (!sheets.length) throw new Error('the workbook has no sheet');
  if (!(index >= 0 && index < sheets.length)) index = 0;
  const relsBytes = await zipRead(bytes, entries, 'xl/_rels/workbook.xml.rels');
  let path = `xl/worksheets/sheet${index + 1}.xml`;
  if (relsBytes) {
    const rels = dec.decode(relsBytes);
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (attr(m[0], 'Id') === sheets[index].rid) {
        const target = attr(m[0], 'Target');
        path = target.startsWith('/') ? target.slice(1) : 'xl/' + target.replace(/^\.\//, '');
      }
    }
  }
  const shared = [];
  const ss = await zipRead(bytes, entries, 'xl/sharedStrings.xml');
  if (ss) for (const m of dec.decode(ss).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(m[1] ? richText(m[1]) : '');
  const sheetBytes = await zipRead(bytes, entries, path);
  if (!sheetBytes) throw new Error('sheet not found: ' + path);
  const xml = dec.decode(sheetBytes);
  const lines = [];
  let lastRow = 0;
  const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let rm;
  while ((rm = rowRe.exec(xml))) {
    const rAttr = /\br="(\d+)"/.exec(rm[1]);
    const r = rAttr ? Number(rAttr[1]) : lastRow + 1;
    while (lastRow + 1 < r) { lines.push(''); lastRow++; }
    lastRow = r;
    const cells = [];
    let next = 0;
    if (rm[2]) {
      let cm;
      cellRe.lastIndex = 0;
      while ((cm = cellRe.exec(rm[2]))) {
        const ref = /\br="([A-Z]+)\d*"/.exec(cm[1]);
        const c = ref ? colIndex(ref[1]) : next;
        next = c + 1;
        const t = (/\bt="(\w+)"/.exec(cm[1]) || [])[1] || 'n';
        const body = cm[2] || '';
        const v = (/<v>([\s\S]*?)<\/v>/.exec(body) || [])[1];
        let text = '';
        if (t === 's') text = v !== undefined ? (shared[Number(v)] ?? '') : '';
        else if (t === 'inlineStr') text = richText(body);
        else if (t === 'b') text = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
        else if (t === 'n') text = v !== undefined ? numberText(v) : '';
        else text = v !== undefined ? xmlText(v) : '';   // str, e, d
        while (cells.length < c) cells.push('');
        cells[c] = text;
      }
    }
    lines.push(cells.map((x) => csvCell(x)).join(','));
  }
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
let CRC;
export function crc32(data) {
  if (!CRC) {
    CRC = new Uint32Array(256);
    for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; CRC[n] = c >>> 0; }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

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
/** A spreadsheet cell that starts with = + - @ TAB or CR gets a leading apostrophe (a plain signed number stays). */
export function neutralise(s) {
  return /^[=+\-@\t\r]/.test(s) && !/^[+-]\d+(\.\d+)?$/.test(s) ? "'" + s : s;
}
function colName(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }

/**
 * An XLSX workbook from sheets [{ name, rows: string[][], numeric: (rowIndex, colIndex, text) => bool }].
 * Numeric cells (plain integers) are written as numbers, every other cell as an inline string,
 * neutralised (= + - @ at the start get an apostrophe). The first row is bold (a header).
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
        else x += `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlEsc(neutralise(text))}</t></is></c>`;
      });
      out.push(x + '</row>');
    });
    out.push('</sheetData></worksheet>');
    files[`xl/worksheets/sheet${i + 1}.xml`] = out.join('');
  });
  return zip(files);
}
