// The Pekerja form's eval input (docs/CONTRACT.md): used by the journey and by saved-impact.js
// (what a rule change does to the saved form), so both evaluate the same thing.
//   s          the form as saved (state.pekerja)
//   wage       the parsed monthly wage
//   withMember whether the registration date is asked (late.js asksMemberSince): only then it counts
export function pekerjaInput(s, wage, optJHT, optJP, asOf, withMember) {
  const o = { as_of: asOf, segment: 'PU', monthly_wage: wage, citizenship: s.citizenship, jkk_risk_group: Number(s.risk) };
  if (s.scale) o.employer_scale = s.scale;
  if (s.birth) o.birth_date = s.birth;
  if (s.memberSince && withMember) o.member_since = s.memberSince;
  if (s.jkn) o.jkn_enrolled = s.jkn === 'yes';
  if (s.industry) o.industry = s.industry;
  const hc = s.headcount.trim();
  if (hc && /^\d+$/.test(hc)) o.employer_headcount = Number(hc);
  const opt = [];
  if (optJHT) opt.push('JHT');
  if (optJP) opt.push('JP');
  if (opt.length) o.opt_in = opt;
  return o;
}
