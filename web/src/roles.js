// The role lists and names the journeys use, in one place (the journeys no longer copy them).
import { t } from './i18n.js';

/** Every role, in the engine's order. */
export const ROLE_CODES = ['kepala_desa', 'perangkat_desa', 'bpd', 'pendamping_desa', 'non_asn', 'bumdes', 'pekerja_rentan', 'pns', 'cpns', 'pppk', 'tni_polri'];
/** Wage earners (PU) among the covered roles. */
export const PU_ROLES = ['kepala_desa', 'perangkat_desa', 'bpd', 'pendamping_desa', 'non_asn', 'bumdes'];
/** Non-wage earners (BPU) among the covered roles. */
export const BPU_ROLES = ['pekerja_rentan'];
/** The roles BPJS Ketenagakerjaan covers (not in another scheme such as TASPEN or ASABRI). */
export const COVERED_ROLES = [...PU_ROLES, ...BPU_ROLES];

export const isRole = (code) => ROLE_CODES.includes(code);
/** The role's name in the page's language; an unknown code as it is. */
export function roleName(code) {
  return isRole(code) ? t('role.' + code) : code;
}
