// QR code, generated in the page (Project Nayuki's encoder, bundled and pinned in package-lock.json;
// no network; in the agen-extra.js bundle, off the first screen). The agent's quote puts its receipt
// link in it (ASCII). A text with other characters goes in byte mode as UTF-8 behind an ECI 26
// (UTF-8) marker, so that scanners decode "·", "–" and the like as written instead of guessing
// Shift-JIS or Latin-1.
import qrcodegen from 'nayuki-qr-code-generator';

const { QrCode, QrSegment } = qrcodegen;
const UTF8_ECI = 26;

/**
 * The QR symbol for `text`: { size, version, dark(x, y) }. Error correction M (15 % of the symbol
 * may be smudged or creased on paper), raised where the same version allows; L when M would need
 * a version above 25 (117 modules: printed 44 mm wide on A4 and 48 mm on a 58 mm roll, about
 * 0.36-0.4 mm a module; not tried with phones here, only decoded from the PDF by jsQR).
 */
export function qrEncode(text) {
  const bytes = Array.from(new TextEncoder().encode(text));
  const segs = bytes.every((b) => b < 128) ? [QrSegment.makeBytes(bytes)] : [QrSegment.makeEci(UTF8_ECI), QrSegment.makeBytes(bytes)];
  let qr;
  try { qr = QrCode.encodeSegments(segs, QrCode.Ecc.MEDIUM, 1, 25, -1, true); } catch { qr = QrCode.encodeSegments(segs, QrCode.Ecc.LOW, 1, 40, -1, false); }
  return { size: qr.size, version: qr.version, dark: (x, y) => qr.getModule(x, y) };
}

/** An inline SVG of the QR code with a 2-module quiet zone, dark modules as one path. */
export function qrSvg(text, border = 2) {
  const { size, dark } = qrEncode(text);
  const parts = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (dark(x, y)) parts.push(`M${x + border},${y + border}h1v1h-1z`);
  }
  const n = size + border * 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${n}" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="${parts.join('')}"/></svg>`;
}
