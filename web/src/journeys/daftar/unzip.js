// Reading zip archives that are not trusted (the XLSX reader, xlsx.js): the directory is checked
// against the file's bounds, each part is inflated as a stream with caps on its inflated size and
// compression ratio, then checked against its declared size and CRC-32. Also the reader's limits
// and its one error type (docs/RELIABILITY.md, "Web app").

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
export async function zipStream(bytes, entries, name, lim, budget, onChunk) {
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
    // Fed 16 KiB at a time: a decompressor may inflate a whole input chunk at once (Chromium
    // does), so small input chunks bound what one step can produce (deflate's ratio is at most
    // ~1,030:1, so ~16 MiB) and the caps are checked between them.
    const ds = new DecompressionStream('deflate-raw');
    const writer = ds.writable.getWriter(), reader = ds.readable.getReader();
    let stop = false;
    const pump = (async () => {
      for (let off = 0; off < data.length && !stop; off += 16384) {
        await writer.ready;
        if (!stop) await writer.write(data.slice(off, Math.min(off + 16384, data.length)));
      }
      if (!stop) await writer.close();
    })().catch(() => { /* a failure shows on the reading side */ });
    try {
      for (;;) {
        let r;
        try { r = await reader.read(); } catch (err) { throw damaged(name, 'inflate: ' + (err && err.message)); }
        if (r.done) break;
        take(r.value);
      }
    } catch (err) {
      stop = true;
      reader.cancel().catch(() => {});
      writer.abort().catch(() => {});
      throw err;
    }
    await pump;
  }
  if (got !== e.size) throw damaged(name, 'shorter than declared');
  if (crc !== e.crc) throw damaged(name, 'CRC mismatch');
  budget.left -= got;
  return true;
}

