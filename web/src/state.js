// Everything typed is kept in localStorage, as typed, so a reload (or going offline) loses nothing.
const KEY = 'jamsos.state.v1';

const DEFAULTS = {
  lang: null,          // null: from the browser, Indonesian first
  asOf: '',            // '' = today
  pekerja: { wage: '', scale: '', risk: '1', birth: '', jkn: 'yes', citizenship: 'WNI', industry: '', headcount: '',
             optJHT: false, optJP: false, wiWage: '', wiJHT: false, wiJP: false },
  desa: { role: '', wage: '', birth: '', jkn: 'yes', citizenship: 'WNI', scale: '', risk: '1', income: '', sector: 'other',
          optJHT: false, optJP: false },
  agen: { income: '', sector: 'other', jht: false, name: '' },
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
