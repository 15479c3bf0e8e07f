// The Perangkat desa form's eval input (docs/CONTRACT.md): used by the journey and by
// saved-impact.js (what a rule change does to the saved form), so both evaluate the same thing.
//   s          the form as saved (state.desa), s.role one of the role table's codes
//   amount     the parsed wage (PU roles) or declared income (BPU roles); undefined when not given
//   withMember whether the registration date is asked (late.js asksMemberSince): only then it counts
// An excluded role (covered by another scheme) gets only its date and role.
import { PU_ROLES, BPU_ROLES } from '../../roles.js';

export function desaInput(s, amount, asOf, withMember) {
  const o = { as_of: asOf, role: s.role };
  const opt = [];
  if (PU_ROLES.includes(s.role)) {
    if (amount !== undefined) o.monthly_wage = amount;
    if (s.role === 'bumdes') { if (s.scale) o.employer_scale = s.scale; o.jkk_risk_group = Number(s.risk); }
    if (s.birth) o.birth_date = s.birth;
    if (s.memberSince && withMember) o.member_since = s.memberSince;
    if (s.scheme && s.role === 'pppk_paruh_waktu') o.scheme = s.scheme;
    if (s.jkn) o.jkn_enrolled = s.jkn === 'yes';
    o.citizenship = s.citizenship;
    if (s.optJHT) opt.push('JHT');
    if (s.optJP) opt.push('JP');
  } else if (BPU_ROLES.includes(s.role)) {
    if (amount !== undefined) o.declared_income = amount;
    o.bpu_sector = s.sector;
    if (s.fundedBy) o.funded_by = s.fundedBy;
    if (s.optJHT) opt.push('JHT');
  }
  if (s.paidOn && (PU_ROLES.includes(s.role) || BPU_ROLES.includes(s.role))) o.paid_on = s.paidOn;
  if (opt.length) o.opt_in = opt;
  return o;
}
