// Everything typed is kept in localStorage, as typed, so a reload (or going offline) loses nothing.
import { JOURNEYS } from './journeys/index.js';

const KEY = 'jamsos.state.v1';

// The journeys' own defaults come from the registry (journeys/index.js).
const DEFAULTS = {
  lang: null,          // null: from the browser, Indonesian first
  asOf: '',            // '' = today
  ...Object.fromEntries(JOURNEYS.filter((j) => j.state).map((j) => [j.name, j.state])),
};

function merge(def, saved) {
  const out = {};
  for (const k of Object.keys(def)) {
    const d = def[k];
    const s = saved ? saved[k] : undefined;
    if (d && typeof d === 'object' && !Array.isArray(d)) out[k] = merge(d, s && typeof s === 'object' ? s : {});
    else out[k] = s === undefined || (d !== null && typeof s !== typeof d) ? d : s;
  }
  return out;
}

function load() {
  try { return merge(DEFAULTS, JSON.parse(localStorage.getItem(KEY) || '{}')); } catch { return merge(DEFAULTS, {}); }
}

export const state = load();
export function save() {
  try { localStorage.setItem(KEY, JSON.stringify(state)); } catch { /* private mode: keep going */ }
}
