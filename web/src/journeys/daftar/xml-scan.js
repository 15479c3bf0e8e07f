// A linear-time streaming XML scanner for the XLSX reader (xlsx.js): text is pushed as it is
// inflated and decoded; no regex runs over a whole part, a tag or text run longer than the limits
// is refused (XlsxError), and entities out of Unicode's range become U+FFFD.
import { XlsxError } from './unzip.js';

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
export function attrs(s) {
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
export function xmlScanner(h, lim, part) {
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

