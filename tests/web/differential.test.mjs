// Differential test: at least 10,000 generated cases through the native CLI and through the wasm
// module under node; the JSON output must be byte-identical. Cases cover every segment and role,
// random dates 2015-2031, wages, incomes, contract values, options, and some invalid inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWasm, loadRoles, cli } from './lib.mjs';

const N = Number(process.env.JAMSOS_DIFF_CASES || 12000);
const SEED = Number(process.env.JAMSOS_DIFF_SEED || 20261121);

function rng(seed) {
  let s = BigInt(seed) || 1n;
  const M = (1n << 64n) - 1n;
  const next = () => { s ^= (s << 13n) & M; s ^= s >> 7n; s ^= (s << 17n) & M; return s; };
  const int = (lo, hi) => lo + Number(next() % BigInt(hi - lo + 1));
  return { int, coin: () => (next() & 1n) === 1n, pick: (a) => a[int(0, a.length - 1)] };
}

const ROLES = (await loadRoles()).map((r) => r.code);   // the engine's own table, in its order
const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'];
const PROGS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];
const iso = (days) => new Date(Date.UTC(2015, 6, 1) + days * 86400000).toISOString().slice(0, 10);

export function generate(n, seed) {
  const r = rng(seed);
  const cases = [];
  for (let i = 0; i < n; i++) {
    const asDays = r.int(0, 365 * 16);
    const c = { as_of: r.int(0, 4) ? `${iso(asDays).slice(0, 8)}01` : iso(asDays) };
    if (r.int(0, 5) === 5) c.role = r.pick(ROLES); else c.segment = r.pick(SEGMENTS);
    if (r.int(0, 9) === 0) c.citizenship = r.pick(['WNI', 'WNA']);
    if (r.int(0, 4)) c.birth_date = iso(asDays - r.int(15 * 365, 70 * 365));
    if (r.int(0, 5)) c.monthly_wage = r.pick([r.int(0, 40000000), r.int(0, 400) * 25000, 5000000, 12000000, 1]);
    if (r.int(0, 4)) c.employer_scale = r.pick(['micro', 'small', 'medium', 'large']);
    if (r.int(0, 4)) c.jkk_risk_group = r.int(1, 5);
    if (r.int(0, 3)) c.jkn_enrolled = r.coin();
    if (r.int(0, 3) === 0) { c.industry = r.pick(['textile_apparel', 'footwear', 'furniture', 'mining']); c.employer_headcount = r.int(0, 200); }
    if (r.int(0, 3)) c.declared_income = r.pick([r.int(0, 30000000), 1000000, 20700000, r.int(1, 50) * 100000]);
    if (r.int(0, 2)) c.bpu_sector = r.pick(['transport', 'other']);
    if (r.int(0, 3) === 0) c.contract_value = r.int(0, 20000) * 1000000 + r.int(0, 999999);
    if (r.int(0, 3) === 0) c.placement_months = r.int(1, 60);
    if (r.int(0, 2) === 0) c.pmi_jht_monthly = r.pick([50000, 100000, 200000, 300000, 400000, 500000, 600000]);
    if (r.int(0, 1)) c.opt_in = PROGS.filter(() => r.coin());
    if (r.int(0, 9) === 0) c.jp_deferral_requested = r.coin();
    if (r.int(0, 7) === 0) c.id = r.coin() ? `p-${i}` : i;
    // The fields of the second part of issue 8: registration date, funding source, payment date,
    // daily wage (instead of a monthly one), the scheme of part-time PPPK.
    if (r.int(0, 5) === 0) c.member_since = iso(asDays - r.int(0, 12 * 365));
    if (r.int(0, 5) === 0) c.funded_by = r.pick(['self', 'employer', 'apbn', 'apbd', 'apbdes', 'other']);
    if (r.int(0, 3) === 0) c.paid_on = iso(asDays + r.int(-20, 600));
    if (c.monthly_wage === undefined && r.int(0, 3) === 0) { c.daily_wage = r.int(0, 40) * 10000; if (r.coin()) c.work_days = r.int(1, 31); }
    if (r.int(0, 9) === 0) c.scheme = r.pick(['bpjs_tk', 'taspen']);
    // The payslip block (BPJS Kesehatan, take-home pay; issue 10), asked for a quarter of the inputs.
    if (r.int(0, 3) === 0) c.payslip = r.int(0, 5) !== 0;
    // A few invalid inputs: unknown field, bad date, negative money, wrong type, unknown code.
    const bad = r.int(0, 99);
    if (bad === 0) c.bogus = true;
    else if (bad === 1) c.as_of = '2026-02-30';
    else if (bad === 2) c.monthly_wage = -5;
    else if (bad === 3) c.jkk_risk_group = '1';
    else if (bad === 4) c.employer_scale = 'huge';
    else if (bad === 5) c.as_of = '2014-01-01';
    else if (bad === 6) c.bogus = null;                                     // unknown even when null
    else if (bad === 7) raw(c, JSON.stringify({ ...c, industry: `x${'é'.repeat(r.int(1, 9))}@` }).replace('@', '\ud800'));  // a raw lone surrogate: U+FFFD both ways
    else if (bad === 8) c[r.pick(['spare', 'x'.repeat(r.int(190, 400))])] = 1;  // unknown field echo, cut at 200
    else if (bad === 9) c.segment = 'é'.repeat(r.int(190, 260));           // unknown code echo, cut at 200
    else if (bad === 11) c.payslip = 'yes';                                 // not a boolean
    else if (bad === 10) raw(c, JSON.stringify(c).replace(/}$/, ',"as_of":"2026-05-01"}'));  // a repeated key
    cases.push(c);
  }
  return cases;
}

// A case's text: its JSON, or a raw text (a repeated key cannot be an object's property).
export const RAW = Symbol('raw');
const raw = (c, t) => Object.defineProperty(c, RAW, { value: t });
export const text = (c) => c[RAW] ?? JSON.stringify(c);
export const arrayText = (cases) => `[${cases.map(text).join(',')}]`;

// Texts that cannot be read (the reading stops there, so each is sent alone, or last in an
// array): a number too large to read, lone surrogate escapes, raw CESU bytes are not reachable
// from a JS string; the same answer natively and in wasm (docs/CONTRACT.md, Errors).
export const UNREADABLE = [
  '{"as_of":"2026-05-01","monthly_wage":1e400}',
  '{"as_of":"2026-05-01","opt_in":["JHT",-1e999]}',
  '{"as_of":"2026-05-01","id":"\\ud800"}',
  '{"as_of":"2026-05-01","id":"a\\udc00b"}',
  '{"as_of":"2026-05-01","industry":"\\ud800\\u0041"}',
  '{"as_of":"2026-05-01","id":"\ud800"}',  // a raw lone surrogate in the JS string: U+FFFD
  '[]',
  '[{"as_of":"2026-05-01"},{"as_of":1e400}]',
  '[{"as_of":"2026-05-01"},',
];

// bench/differential.mjs imports the generator and runs its own, larger comparison.
if (!process.env.JAMSOS_DIFF_NO_TEST) test(`native CLI and wasm give byte-identical JSON on ${N} generated cases`, async () => {
  assert.ok(N >= 10000, 'at least 10,000 cases');
  const cases = generate(N, SEED);
  const input = arrayText(cases);
  const native = cli(['eval'], input);
  assert.ok(native.status === 0 || native.status === 2, `CLI exit ${native.status}`);
  const m = await loadWasm();
  const wasm = m.evaluate(input);
  const nativeOut = native.stdout.replace(/\n$/, '');
  if (wasm !== nativeOut) {
    // Find the first element that differs, for a readable failure.
    const a = JSON.parse(nativeOut);
    for (let i = 0; i < cases.length; i++) {
      const w = m.evaluate(text(cases[i]));
      assert.equal(w, JSON.stringify(a[i]), `case ${i}: ${JSON.stringify(cases[i])}`);
    }
    assert.fail('outputs differ');
  }
  // The outputs are real: parse, count, and check the mix of statuses and errors.
  const parsed = JSON.parse(wasm);
  assert.equal(parsed.length, N);
  const errors = parsed.filter((x) => x.error).length;
  assert.ok(errors > 0 && errors < N / 5, `errors: ${errors}`);
  const segs = new Set(parsed.filter((x) => !x.error).map((x) => x.segment));
  for (const s of ['PU', 'BPU', 'JAKON', 'PMI', null]) assert.ok(segs.has(s), `segment ${s} covered`);
  const slips = parsed.filter((x) => x.payslip);
  assert.ok(slips.filter((x) => x.payslip.take_home !== null && x.payslip.bpjs_kesehatan.capped).length > 10, 'payslips above the JKN cap covered');
  for (const st of ['computed', 'not_wage_earner', 'excluded']) assert.ok(slips.some((x) => x.payslip.status === st), `payslip ${st} covered`);
  // One object at a time (not in an array) on a sample, through both paths.
  for (let i = 0; i < cases.length; i += Math.ceil(cases.length / 60)) {
    const one = text(cases[i]);
    assert.equal(m.evaluate(one), cli(['eval'], one).stdout.replace(/\n$/, ''), `single case ${i}: ${one}`);
  }
  for (const one of UNREADABLE) {
    assert.equal(m.evaluate(one), cli(['eval'], one).stdout.replace(/\n$/, ''), `unreadable: ${one}`);
  }
  for (const code of ['duplicate_field', 'unknown_field', 'unknown_code']) assert.ok(wasm.includes(`"code":"${code}"`), code);
  assert.ok(wasm.includes('\u2026'), 'an echo cut at 200 characters');
});

// Benefits (issue 9): the eval cases above plus the benefit fields, one object per line through
// `jamsos benefits --jsonl` and one call each to the wasm module's benefits(); byte-identical.
const NB = Number(process.env.JAMSOS_DIFF_BENEFIT_CASES || 3000);
const EVENTS = ['death_non_work', 'death_work', 'incapacity', 'disability', 'job_loss', 'old_age'];
const LEVELS = ['belum_sekolah', 'tk', 'sd', 'smp', 'sma', 'pt'];

export function generateBenefits(n, seed) {
  const r = rng(seed);
  return generate(n, seed).map((c, i) => {
    if (c[RAW]) return c;  // raw texts (repeated keys, lone surrogates) stay as they are
    const b = { ...c };
    if (r.int(0, 3)) b.event = r.pick(EVENTS);
    if (r.int(0, 2) === 0) b.event_date = iso(r.int(0, 365 * 30));
    if (r.int(0, 2)) b.contribution_months = r.int(0, 400);
    if (r.int(0, 3) === 0) b.jht_balance = r.int(0, 500000000);
    if (r.int(0, 3) === 0) b.jht_annual_return = `${r.int(0, 120) / 10}%`;
    if (r.int(0, 2) === 0) b.children = Array.from({ length: r.int(0, 3) }, () => (r.coin() ? { age: r.int(0, 25), school_level: r.pick(LEVELS) } : { school_level: r.pick(LEVELS) }));
    if (r.int(0, 4) === 0) {
      let d = r.int(0, 365 * 10);
      b.wage_history = Array.from({ length: r.int(1, 4) }, () => ({ from: iso((d += r.int(30, 900))), monthly_wage: r.int(0, 30000000) }));
    }
    if (r.int(0, 4) === 0) b.disability_percent = r.int(1, 100);
    if (r.int(0, 3) === 0) { b.jkp_months_in_24 = r.int(0, 24); b.jkp_consecutive_months = r.int(0, 24); }
    const bad = r.int(0, 60);  // a few invalid benefit fields
    if (bad === 0) b.event = 'retire';
    else if (bad === 1) b.event_date = '2014-12-31';
    else if (bad === 2) b.children = [{ age: 3, school_level: 'kuliah' }];
    else if (bad === 3) b.wage_history = [{ from: '2022-01-01', monthly_wage: 1 }, { from: '2021-01-01', monthly_wage: 2 }];
    else if (bad === 4) b.jht_annual_return = 5;
    else if (bad === 5) b.contribution_months = 5000;
    if (i % 97 === 0) b.id = `b-${i}`;
    return b;
  });
}

if (!process.env.JAMSOS_DIFF_NO_TEST) test(`benefits: native CLI and wasm give byte-identical JSON on ${NB} generated cases`, async () => {
  const cases = generateBenefits(NB, SEED + 9);
  const lines = cases.map(text);
  const native = cli(['benefits', '--jsonl'], lines.join('\n'));
  assert.ok(native.status === 0 || native.status === 2, `CLI exit ${native.status}`);
  const out = native.stdout.replace(/\n$/, '').split('\n');
  assert.equal(out.length, NB);
  const m = await loadWasm(undefined, 'jamsos-benefits');
  let errors = 0, items = 0;
  for (let i = 0; i < NB; i++) {
    const w = m.benefits(lines[i]);
    assert.equal(w, out[i], `case ${i}: ${lines[i]}`);
    const j = JSON.parse(w);
    if (j.error) errors++; else items += j.benefits.length;
  }
  assert.ok(errors > 0 && errors < NB / 4, `errors: ${errors}`);
  assert.ok(items > NB * 3, `benefit lines: ${items}`);
  for (const one of UNREADABLE) assert.equal(m.benefits(one), cli(['benefits'], one).stdout.replace(/\n$/, ''), `unreadable: ${one}`);
});
