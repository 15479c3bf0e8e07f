// Builds the static site: node web/build.mjs --wasm-dir build/wasm --out build/site
// Bundles web/src (esbuild, pinned in package-lock.json), copies the wasm engine, web/index.html,
// web/style.css and public/, and writes the service worker with a precache list and a content
// hash as its cache version. Run by the wasm tree's `site` target (cmake/site.cmake).
// The journeys' bundles come from the registry (src/journeys/index.js).
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JOURNEYS } from './src/journeys/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const wasmDir = resolve(args['wasm-dir'] || join(root, 'build/wasm'));
const out = resolve(args.out || join(root, 'build/site'));

if (!out.endsWith('site')) throw new Error(`refusing to clean ${out}: the output folder must be named site`);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// app.js bundles the journeys (src/journeys/index.js) except the lazy ones: each of those, and
// every journey's worker, is a bundle of its own.
const entryPoints = { app: join(here, 'src/app.js'), worker: join(here, 'src/worker.js') };
for (const j of JOURNEYS) {
  if (j.lazy) entryPoints[j.name] = join(here, 'src/journeys', j.name, 'index.js');
  for (const w of j.workers || []) entryPoints[w] = join(here, 'src/journeys', j.name, w + '.js');
}
await build({
  entryPoints,
  outdir: out,
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['chrome90', 'firefox90', 'safari15'],
  alias: { 'jamsos-wasm': join(wasmDir, 'jamsos.mjs'), 'jamsos-roster-wasm': join(wasmDir, 'jamsos-roster.mjs') },
  loader: { '.json': 'json' },
  legalComments: 'none',
  logLevel: 'warning',
});
const css = await transform(await readFile(join(here, 'style.css'), 'utf8'), { loader: 'css', minify: true });
await writeFile(join(out, 'style.css'), css.code);
const html = (await readFile(join(here, 'index.html'), 'utf8')).replace(/\n\s*/g, '\n');
await writeFile(join(out, 'index.html'), html);
await cp(join(wasmDir, 'jamsos.wasm'), join(out, 'jamsos.wasm'));
await cp(join(wasmDir, 'jamsos-roster.wasm'), join(out, 'jamsos-roster.wasm'));
for (const f of await readdir(join(root, 'public'))) await cp(join(root, 'public', f), join(out, f));

// Service worker: precache every file of the site; the cache name changes with any byte.
const files = (await readdir(out)).filter((f) => f !== 'sw.js').sort();
const hash = createHash('sha256');
for (const f of files) { hash.update(f); hash.update(await readFile(join(out, f))); }
const version = hash.digest('hex').slice(0, 12);
const precache = ['./', ...files.filter((f) => f !== 'index.html')];
const sw = (await readFile(join(here, 'sw.js'), 'utf8')).replace('__VERSION__', version).replace('__FILES__', JSON.stringify(precache));
await writeFile(join(out, 'sw.js'), sw);

let total = 0;
for (const f of await readdir(out)) total += (await stat(join(out, f))).size;
console.log(`site: ${out} (${files.length + 1} files, ${total} bytes, cache ${version})`);
