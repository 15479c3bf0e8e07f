// QR code, generated in the page (uqr, bundled and pinned in package-lock.json; no network).
import { renderSVG } from 'uqr';

export function qrSvg(text) {
  return renderSVG(text, { ecc: 'L', border: 2 });
}
