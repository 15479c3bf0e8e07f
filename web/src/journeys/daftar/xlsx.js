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

const enc = new TextEncoder();

/** The reader's limits (tests pass smaller ones). Why these values: docs/RELIABILITY.md. */
export const LIMITS = Object.freeze({
  partBytes: 512 * 1024 * 1024,   // inflated size of one part (sheet, shared strings, ...)
  totalBytes: 1024 * 1024 * 1024, // inflated size of all parts read
  ratio: 200,                     // inflated / compressed size of a part, checked above ratioFloor
  ratioFloor: 1024 * 1024,
  rows: 1048576,                  // Excel's sheet: 1,048,576 rows
  cols: 16384,                    // and 16,384 columns (A..XFD)
  cellChars: 32767,               // Excel's longest cell text
  tagChars: 1024 * 1024,          // one XML tag (or comment) at most
  csvChars: 256 * 1024 * 1024,    // the CSV text made from the sheet
  sharedStrings: 1 << 24,         // entries in sharedStrings.xml
});

/** A refusal of the reader: `code` names it (daftar.err.xlsx_<code>), `params` fills its text. */
export class XlsxError extends Error {
  constructor(code, params = {}, detail = '') {
    super(`xlsx ${code}${detail ? ': ' + detail : ''}`);
    this.name = 'XlsxError';
    this.code = code;
    this.params = params;
  }
}
const damaged = (part, detail) => new XlsxError('damaged', { part }, detail);

// ---- zip ------------------------------------------------------------------------------------
function u16(b, o) { return b[o] | (b[o + 1] << 8); }
function u32(b, o) { return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0; }

/** The entries of a zip archive: Map name -> { method, flags, local, csize, size, crc }, bounds-checked. */
export function zipEntries(bytes) {
  const n = bytes.length;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new XlsxError('not_zip', {}, 'no end of central directory');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  let p = u32(bytes, eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new XlsxError('unsupported', {}, 'zip64');
  if (p + cdSize > eocd) throw damaged('zip', 'central directory out of bounds');
  const dec = new TextDecoder();
  const out = new Map();
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) throw damaged('zip', 'bad central directory entry');
    const flags = u16(bytes, p + 8), method = u16(bytes, p + 10), crc = u32(bytes, p + 16);
    const csize = u32(bytes, p + 20), size = u32(bytes, p + 24);
    const nlen = u16(bytes, p + 28), xlen = u16(bytes, p + 30), clen = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    if (p + 46 + nlen + xlen + clen > eocd) throw damaged('zip', 'central directory entry out of bounds');
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nlen));
    if (!out.has(name)) out.set(name, { method, flags, local, csize, size, crc });
    p += 46 + nlen + xlen + clen;
  }
  return out;
}

/** CRC-32 (zip's), continued from `c` (pass the previous result; start with 0). */
export function crc32(data, c = 0) {
  if (!CRC) {
    CRC = new Uint32Array(256);
    for (let n = 0; n < 256; n++) { let x = n; for (let k = 0; k < 8; k++) x = x & 1 ? 0xedb88320 ^ (x >>> 1) : x >>> 1; CRC[n] = x >>> 0; }
  }
  c = (c ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
let CRC;

/**
 * Calls onChunk(Uint8Array) with the inflated bytes of part `name` as they come, checking the caps,
 * then the declared size and CRC. Returns false when the part does not exist.
 */
async function zipStream(bytes, entries, name, lim, budget, onChunk) {
  const e = entries.get(name);
  if (!e) return false;
  if (e.flags & 1) throw new XlsxError('encrypted');
  if (e.method !== 0 && e.method !== 8) throw new XlsxError('unsupported', {}, 'method ' + e.method);
  if (e.size === 0xffffffff || e.csize === 0xffffffff) throw new XlsxError('unsupported', {}, 'zip64');
  if (e.local + 30 > bytes.length || u32(bytes, e.local) !== 0x04034b50) throw damaged(name, 'bad local header');
  const start = e.local + 30 + u16(bytes, e.local + 26) + u16(bytes, e.local + 28);
  if (start + e.csize > bytes.length) throw damaged(name, 'truncated');
  const mb = (x) => Math.floor(x / (1024 * 1024));
  if (e.size > lim.ratioFloor && e.size > lim.ratio * e.csize) throw new XlsxError('ratio', { max: lim.ratio });
  if (e.size > lim.partBytes || e.size > budget.left) throw new XlsxError('too_big', { max: mb(Math.min(lim.partBytes, lim.totalBytes)) });
  const data = bytes.subarray(start, start + e.csize);
  let got = 0, crc = 0;
  const take = (chunk) => {
    got += chunk.length;
    // Never more than declared (a forged small size cannot smuggle a bomb past the caps).
    if (got > e.size) throw damaged(name, 'longer than declared');
    crc = crc32(chunk, crc);
    onChunk(chunk);
  };
  if (e.method === 0) {
    if (e.csize !== e.size) throw damaged(name, 'stored size mismatch');
    for (let off = 0; off < data.length; off += 65536) take(data.subarray(off, Math.min(off + 65536, data.length)));
  } else {
    const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    try {
      for (;;) {
        let r;
        try { r = await reader.read(); } catch (err) { throw damaged(name, 'inflate: ' + (err && err.message)); }
        if (r.done) break;
        take(r.value);
      }
    } catch (err) {
      reader.cancel().catch(() => {});
      throw err;
    }
  }
  if (got !== e.size) throw damaged(name, 'shorter than declared');
  if (crc !== e.crc) throw damaged(name, 'CRC mismatch');
  budget.left -= got;
  return true;
}

// ---- XML ---------------------------------------------------------------------------------------
const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function codePoint(n) { return n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd'; }
export function xmlText(s) {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,8}|#\d{1,10}|amp|lt|gt|quot|apos);/g, (m, e) =>
    e[0] === '#' ? codePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENT[e])
    .replace(/_x([0-9A-Fa-f]{4})_/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
}
const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** The attributes of a tag's text (after its name): { localName: value }. Linear: one pass. */
function attrs(s) {
  const out = {};
  ATTR.lastIndex = 0;
  let m;
  while ((m = ATTR.exec(s))) {
    const k = m[1], i = k.indexOf(':');
    const v = xmlText(m[2] !== undefined ? m[2] : m[3]);
    out[k] = v;
    if (i >= 0 && !(k.slice(i + 1) in out)) out[k.slice(i + 1)] = v;
  }
  return out;
}

/**
 * A streaming XML scanner: push(text) as it is decoded, end() at the end. Calls
 * h.open(localName, attrText, selfClosing), h.close(localName), h.text(rawText) (entities not yet
 * decoded; text is given once a tag follows it). Work is linear in the input: every character is
 * looked at a bounded number of times, and a tag or text run longer than the limits is refused.
 */
function xmlScanner(h, lim, part) {
  let buf = '', pos = 0, from = 0;
  const maxText = lim.cellChars * 10 + 64;   // "&#x10FFFF;" is 10 characters for one
  function run(final) {
    for (;;) {
      if (pos >= buf.length) break;
      if (buf.charCodeAt(pos) !== 60) {                 // text up to the next '<'
        const lt = buf.indexOf('<', Math.max(pos, from));
        if (lt < 0) {
          if (buf.length - pos > maxText) { if (h.textTooLong) h.textTooLong(); throw new XlsxError('xml', {}, part + ': text too long'); }
          from = buf.length;
          if (final) { h.text(buf.slice(pos)); pos = buf.length; }
          break;
        }
        h.text(buf.slice(pos, lt));
        pos = lt; from = lt;
        continue;
      }
      // a tag, a comment, a CDATA section, a declaration or a processing instruction
      let end, skip = 1, kind = 0;
      if (buf.startsWith('<!--', pos)) { end = buf.indexOf('-->', Math.max(pos + 4, from)); skip = 3; kind = 1; }
      else if (buf.startsWith('<![CDATA[', pos)) { end = buf.indexOf(']]>', Math.max(pos + 9, from)); skip = 3; kind = 2; }
      else if (buf.length - pos < 9 && '<![CDATA['.startsWith(buf.slice(pos)) && !final) break;
      else {
        end = buf.indexOf('>', Math.max(pos + 1, from));
        // a '>' inside a quoted attribute value does not end the tag
        while (end >= 0) {
          const tag = buf.slice(pos, end);
          let dq = 0, sq = 0;
          for (let i = tag.indexOf('"'); i >= 0; i = tag.indexOf('"', i + 1)) dq++;
          if (!(dq & 1)) for (let i = tag.indexOf("'"); i >= 0; i = tag.indexOf("'", i + 1)) sq++;
          if (!(dq & 1) && !(sq & 1)) break;
          if (end - pos > lim.tagChars) break;
          end = buf.indexOf('>', end + 1);
        }
      }
      if (end < 0 || end - pos > lim.tagChars) {
        if (end - pos > lim.tagChars || buf.length - pos > lim.tagChars) throw new XlsxError('xml', {}, part + ': tag too long');
        from = Math.max(pos, buf.length - 9);
        if (final) throw new XlsxError('xml', {}, part + ': unterminated tag');
        break;
      }
      if (kind === 2) h.cdata(buf.slice(pos + 9, end));
      else if (kind === 0) {
        const c1 = buf.charCodeAt(pos + 1);
        if (c1 === 47) { // </name>
          const name = buf.slice(pos + 2, end).trim();
          h.close(name.slice(name.indexOf(':') + 1));
        } else if (c1 !== 63 && c1 !== 33) { // not <? or <!
          let body = buf.slice(pos + 1, end);
          const self = body.endsWith('/');
          if (self) body = body.slice(0, -1);
          let i = 0;
          while (i < body.length && !/[\s/]/.test(body[i])) i++;
          const name = body.slice(0, i);
          h.open(name.slice(name.indexOf(':') + 1), body.slice(i), self);
          if (self) h.close(name.slice(name.indexOf(':') + 1));
        }
      }
      pos = end + skip; from = pos;
    }
    if (pos > 0) { buf = buf.slice(pos); from -= pos; pos = 0; if (from < 0) from = 0; }
  }
  return {
    push(s) { buf += s; run(false); },
    end() { run(true); if (buf.length) throw new XlsxError('xml', {}, part + ': unterminated'); },
  };
}

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
