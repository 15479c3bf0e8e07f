// The one list of journeys. The shell (app.js: router, nav tabs, page title), the home screen,
// the saved-state defaults (state.js) and the build (web/build.mjs: lazy bundles and their
// workers) all iterate it. Pure data plus loaders, so that web/build.mjs can import it under node.
//   name     route (#/name), folder journeys/<name>/ and the `nav.<name>`/`home.<name>.*` strings
//   route    the hash route ('' for home; default: name)
//   icon     the home screen card's icon (journeys without one get no card and no nav tab)
//   state    defaults of the journey's saved form (state.js); absent: nothing saved
//   load     the journey's module (bundled into app.js: esbuild inlines these imports)
//   lazy     a bundle of its own (journeys/<name>/index.js -> <name>.js), fetched on first use
//   workers  its Web Workers: journeys/<name>/<worker>.js -> <worker>.js
const svg = (d) => `<svg viewBox="0 0 24 24" width="32" height="32">${d}</svg>`;

export const JOURNEYS = [
  { name: 'home', route: '', load: () => import('./home/index.js') },
  {
    name: 'pekerja',
    icon: svg('<path d="M4 5h16v14H4z M8 9h8 M8 13h8 M8 17h5" fill="none" stroke="currentColor" stroke-width="2"/>'),
    state: { wage: '', scale: '', risk: '1', birth: '', jkn: 'yes', citizenship: 'WNI', industry: '', headcount: '',
      optJHT: false, optJP: false, wiWage: '', wiJHT: false, wiJP: false, memberSince: '' },
    load: () => import('./pekerja/index.js'),
  },
  {
    name: 'desa',
    icon: svg('<path d="M3 11l9-7 9 7 M5 10v10h14V10 M10 20v-6h4v6" fill="none" stroke="currentColor" stroke-width="2"/>'),
    state: { role: '', wage: '', birth: '', jkn: 'yes', citizenship: 'WNI', scale: '', risk: '1', income: '', sector: 'other',
      optJHT: false, optJP: false, fundedBy: '', memberSince: '', paidOn: '', scheme: '' },
    load: () => import('./desa/index.js'),
  },
  {
    name: 'agen',
    icon: svg('<circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" stroke-width="2"/><path d="M4 21c0-4 4-6 8-6s8 2 8 6" fill="none" stroke="currentColor" stroke-width="2"/>'),
    state: { income: '', sector: 'other', jht: false, name: '', fundedBy: '', paidOn: '', start: '' },
    load: () => import('./agen/index.js'),
  },
  // A receipt link (#/r/<receipt>): checked on this device; no card, no tab. A bundle of its own
  // (receipt.js), off the first screen's critical path; it reaches the engine through ctx.
  { name: 'receipt', route: 'r', lazy: true, load: () => import(new URL('./receipt.js', import.meta.url).href) },
  {
    // The roster journey is large (tables, import, export, planner): its own bundle, off the first
    // screen's critical path. esbuild leaves this import alone (not a literal path).
    name: 'daftar',
    icon: svg('<path d="M4 4h16v16H4z M4 9h16 M4 14h16 M9 4v16" fill="none" stroke="currentColor" stroke-width="2"/>'),
    lazy: true,
    workers: ['roster-worker'],
    load: () => import(new URL('./daftar.js', import.meta.url).href),
  },
];

export const routeOf = (j) => (j.route ?? j.name);
/** The journeys with a home card and a nav tab, in order. */
export const MENU = JOURNEYS.filter((j) => j.icon);
