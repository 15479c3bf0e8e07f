// web/serve.mjs: the site's security headers (CSP = the page's <meta> CSP + frame-ancestors,
// Referrer-Policy, Permissions-Policy, COOP, nosniff) on every answer, and a path check that
// compares whole path segments: /..%2fsite-private/ must not reach a sibling folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';
import { serve, CSP, fileFor } from '../../web/serve.mjs';

/** A raw GET (the path is sent as written, not normalised by a URL parser). */
function get(port, path) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      const body = [];
      res.on('data', (d) => body.push(d));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(body).toString() }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('the path check compares whole segments: no way into a sibling folder', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'jamsos-serve-'));
  try {
    mkdirSync(join(tmp, 'site')); mkdirSync(join(tmp, 'site-private'));
    writeFileSync(join(tmp, 'site', 'index.html'), '<p>ok</p>');
    writeFileSync(join(tmp, 'site-private', 'secret.txt'), 'SECRET');
    writeFileSync(join(tmp, 'secret.txt'), 'SECRET');
    const s = await serve(join(tmp, 'site'), 0);
    try {
      assert.equal((await get(s.port, '/')).body, '<p>ok</p>');
      for (const p of ['/..%2fsite-private/secret.txt', '/%2e%2e%2fsite-private/secret.txt', '/../site-private/secret.txt',
        '/..%2f..%2fsecret.txt', '/..%5csite-private%5csecret.txt', '/%2e%2e/secret.txt', '/x%00.html', '/%E0%A4%A']) {
        const r = await get(s.port, p);
        assert.ok(r.status === 403 || r.status === 404, `${p}: ${r.status}`);
        assert.ok(!r.body.includes('SECRET'), p);
      }
    } finally { await s.close(); }
    const base = join(tmp, 'site');
    assert.equal(fileFor(base, '/..%2fsite-private/secret.txt'), null);
    assert.equal(fileFor(base, '/a/../index.html'), join(base, 'index.html'));
    assert.equal(fileFor(base, '/'), join(base, 'index.html'));
  } finally { rmSync(tmp, { recursive: true, force: true }); }
});

test('security headers on pages, assets and errors; the CSP header is the <meta> CSP plus frame-ancestors', async () => {
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(ROOT, 'web/index.html'), 'utf8'))[1];
  assert.equal(CSP, meta + "; frame-ancestors 'none'");
  const s = await serve(join(ROOT, 'web'), 0);
  try {
    for (const p of ['/', '/style.css', '/nope', '/..%2fsecret']) {
      const h = (await get(s.port, p)).headers;
      assert.equal(h['content-security-policy'], CSP, p);
      assert.match(h['content-security-policy'], /frame-ancestors 'none'/);
      assert.equal(h['referrer-policy'], 'no-referrer', p);
      assert.match(h['permissions-policy'], /camera=\(\), microphone=\(\), geolocation=\(\)/, p);
      assert.equal(h['cross-origin-opener-policy'], 'same-origin', p);
      assert.equal(h['x-content-type-options'], 'nosniff', p);
    }
  } finally { await s.close(); }
});
