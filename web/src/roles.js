// The role table of the C++ engine (core/engine/roles.cpp), as the page uses it. The build
// (web/build.mjs) loads the wasm engine under node, calls its roles() and writes the table into
// the `jamsos-roles` module; nothing here repeats a role code or a role's name.
import { ROLES } from 'jamsos-roles';
import { getLang } from './i18n.js';

export { ROLES };
const codes = (pred) => ROLES.filter(pred).map((r) => r.code);
/** Every role, in the table's order. */
export const ROLE_CODES = codes(() => true);
/** Wage earners (PU) among the covered roles. */
export const PU_ROLES = codes((r) => !r.excluded && r.segment === 'PU');
/** Non-wage earners (BPU) among the covered roles. */
export const BPU_ROLES = codes((r) => !r.excluded && r.segment === 'BPU');
/** The roles BPJS Ketenagakerjaan covers (not in another scheme such as TASPEN or ASABRI). */
export const COVERED_ROLES = codes((r) => !r.excluded);

const byCode = new Map(ROLES.map((r) => [r.code, r]));
export const isRole = (code) => byCode.has(code);
/** The role's name in the page's language; an unknown code as it is. */
export function roleName(code) {
  const r = byCode.get(code);
  return r ? r['label_' + getLang()] ?? r.label_id : code;
}
