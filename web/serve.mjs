// A small static server for build/site: 127.0.0.1 only, correct MIME types, gzip, ETag, and the
// site's security headers (the same as docs/DEPLOY.md gives for nginx, Apache and Caddy).
// CLI: node web/serve.mjs build/site 8080     Module: const { url, close } = await serve(dir, 0)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
// The page's <meta> CSP (web/index.html) plus what only a header can say: frame-ancestors.
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; " +
  "frame-ancestors 'none'";
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'Referrer-Policy': 'no-referrer',
  // Only features Chromium knows (an unknown one is a console warning on every page).
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), ' +
    'accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};
/** The file under `base` for a URL path, or null when it would leave `base` (whole segments compared). */
export function fileFor(base, urlPath) {
  let path;
  try { path = decodeURIComponent(urlPath); } catch { return null; }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(base, '.' + (path.startsWith('/') ? path : '/' + path));
  return file.startsWith(base + sep) ? file : null;
}
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg']);

export function serve(dir, port = 0, host = '127.0.0.1') {
  const base = resolve(dir);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const file = fileFor(base, new URL(req.url, 'http://x').pathname);
      if (!file) { res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('forbidden'); return; }
      const st = await stat(file);
      if (!st.isFile()) throw new Error('not a file');
      const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
      const ext = extname(file);
      const headers = { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'Cache-Control': 'no-cache', ETag: etag,
        ...SECURITY_HEADERS, Vary: 'Accept-Encoding' };
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
      let body = await readFile(file);
      if (COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        const key = file + etag;
        if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
        body = cache.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => {
    const { port: p } = server.address();
    ok({ url: `http://${host}:${p}/`, port: p, close: () => new Promise((c) => { server.closeAllConnections?.(); server.close(c); }) });
  }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || 'build/site';
  const port = Number(process.argv[3] || 8080);
  const { url } = await serve(dir, port);
  console.log(`serving ${dir} on ${url} (Ctrl-C to stop)`);
}
