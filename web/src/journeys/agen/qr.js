// QR code, generated in the page (Project Nayuki's encoder, bundled and pinned in package-lock.json;
// no network). The text goes in byte mode as UTF-8 behind an ECI 26 (UTF-8) marker, so that scanners
// decode "·", "–" and the like as written instead of guessing Shift-JIS or Latin-1.
import qrcodegen from 'nayuki-qr-code-generator';

const { QrCode, QrSegment } = qrcodegen;
const UTF8_ECI = 26;

/** The QR symbol for `text`: { size, dark(x, y) }. Error correction L (the quote is long). */
export function qrEncode(text) {
  const bytes = Array.from(new TextEncoder().encode(text));
  const qr = QrCode.encodeSegments([QrSegment.makeEci(UTF8_ECI), QrSegment.makeBytes(bytes)], QrCode.Ecc.LOW, 1, 40, -1, false);
  return { size: qr.size, dark: (x, y) => qr.getModule(x, y) };
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
