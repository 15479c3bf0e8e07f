// Shared helpers for the web tests: locating the builds, loading the wasm module under node,
// running the native CLI, and launching Debian's Chromium through playwright-core.
import { readFile, mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jsQR from 'jsqr';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD = resolve(process.env.JAMSOS_BUILD_DIR || join(ROOT, 'build'));
export const WASM_DIR = resolve(process.env.JAMSOS_WASM_DIR || join(BUILD, 'wasm'));
export const SITE_DIR = resolve(process.env.JAMSOS_SITE_DIR || join(BUILD, 'site'));
export const CLI = resolve(process.env.JAMSOS_CLI || join(BUILD, 'bin/jamsos'));
export const ARTIFACTS = resolve(process.env.JAMSOS_ARTIFACTS || join(BUILD, 'test-artifacts'));

/** A wasm module under node: 'jamsos' (the first screen's) or 'jamsos-benefits' (benefits, receipts). */
export async function loadWasm(dir = WASM_DIR, name = 'jamsos') {
  const { default: create } = await import(pathToFileURL(join(dir, name + '.mjs')).href);
  return create({ wasmBinary: await readFile(join(dir, name + '.wasm')) });
}

/** The engine's role table (core/engine/roles.cpp) through the wasm module's roles(). */
export async function loadRoles(m) {
  return JSON.parse((m || await loadWasm()).roles()).roles;
}

/** Runs `jamsos <args>` with `input` on stdin; returns { status, stdout }. */
export function cli(args, input = '') {
  const r = spawnSync(CLI, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout };
}

export function cliEval(obj) {
  return JSON.parse(cli(['eval'], JSON.stringify(obj)).stdout);
}

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROME_ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=id-ID',
  ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : [])];

export async function launch(opts = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jamsos-pw-')), {
    executablePath: CHROMIUM, headless: true, args: CHROME_ARGS, locale: 'id-ID', timezoneId: 'Asia/Jakarta', ...opts,
  });
}

/**
 * The site at 360 px with the engine ready and the evaluation date set: the browser context, its
 * page, and `errors` collecting page errors (and console errors unless consoleErrors is false).
 */
export async function openApp(url, { contextOptions = {}, consoleErrors = true, asOf = '2026-05-01' } = {}) {
  const ctx = await launch({ viewport: { width: 360, height: 780 }, ...contextOptions });
  const page = ctx.pages()[0] || await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (consoleErrors) page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url + '#/');
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 20000 });
  await setAsOf(page, asOf);
  return { ctx, page, errors };
}

/** Opens (true) or closes the header's disclosure that holds the evaluation date and the rules. */
export async function headerMore(page, open) {
  await page.evaluate((o) => { const m = document.querySelector('#hd-more'); if (m) m.open = o; }, open);
}

/** Sets the evaluation date through the header's date field, then closes the header's panel again. */
export async function setAsOf(page, d) {
  await headerMore(page, true);
  await page.fill('#asof', d);
  await page.waitForFunction((v) => document.querySelector('#asof').value === v, d);
  await headerMore(page, false);
}

/** Waits until the trimmed text of `selector` is `expected`; fails naming what was there. */
export async function waitText(page, selector, expected, timeout = 5000) {
  try {
    await page.waitForFunction(([s, e]) => { const el = document.querySelector(s); return el && el.textContent.trim() === e; }, [selector, expected], { timeout });
  } catch {
    const got = await page.$eval(selector, (el) => el.textContent.trim()).catch(() => '(no element)');
    throw new Error(`${selector}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  }
}

export async function artifacts() {
  await mkdir(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/** The same formatting as the page (web/src/format.js), for expected strings. */
export { formatRupiah } from '../../web/src/format.js';

/**
 * The built-in rules (written to DIR/old.json) and a draft with the PP 50/2025 "other sector"
 * relief window ending on `to` (DIR/draft.json), as a maintainer edits it: returns { old, draft }
 * (file paths); seal it with `cli(['--rules', draft, 'rules', '--since', old, ...])`.
 */
export function reliefExtendedDraft(dir, to = '2027-06-30') {
  const old = join(dir, 'old.json'), draft = join(dir, 'draft.json');
  const text = cli(['rules']).stdout;
  writeFileSync(old, text);
  const b = JSON.parse(text);
  delete b.sha256;
  for (const f of b.files) {
    const p = f.content.parameters['relief.pp50_2025.other_factor'];
    if (p) p.values[0].to = to;
  }
  writeFileSync(draft, JSON.stringify(b));
  return { old, draft };
}

/** Draws the QR code SVG at `selector` on a `w` x `w` canvas in the page, then decodes the pixels with jsQR. */
export async function decodePageQr(page, selector, w) {
  const data = await page.evaluate(async ([sel, size]) => {
    const svg = document.querySelector(sel).outerHTML;
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    await img.decode();
    const c = document.createElement('canvas');
    c.width = c.height = size;
    const g = c.getContext('2d');
    g.fillStyle = '#fff'; g.fillRect(0, 0, size, size);
    g.imageSmoothingEnabled = false;
    g.drawImage(img, 0, 0, size, size);
    return Array.from(g.getImageData(0, 0, size, size).data);
  }, [selector, w]);
  return jsQR(Uint8ClampedArray.from(data), w, w);
}
