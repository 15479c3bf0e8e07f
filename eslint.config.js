// ESLint (flat config): the web app (browser page, Web Workers, service worker), its build and
// server scripts (node), and the web tests and roster benchmarks (node). `ctest -R web.lint` runs it.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['node_modules/**', 'build/**', '**/build/**'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }],
    },
  },
  // The page and its modules (shared by the page and the workers: DOM and worker globals).
  { files: ['web/src/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['web/src/worker.js', 'web/src/journeys/*/*-worker.js', 'web/sw.js'],
    languageOptions: { globals: { ...globals.worker, ...globals.serviceworker } },
  },
  // web/build.mjs writes the precache list in place of this name.
  { files: ['web/sw.js'], languageOptions: { globals: { __FILES__: 'readonly' } } },
  // Build, server, tests, benchmarks: node (the e2e tests also pass functions to the page).
  {
    files: ['web/*.mjs', 'tests/web/**/*.mjs', 'bench/roster/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['tests/web/**/*.mjs', 'bench/roster/**/*.mjs'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
];
