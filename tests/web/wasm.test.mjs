// The WebAssembly module under node: evaluate(), rules(), version(), same contract as the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWasm, cli } from './lib.mjs';

const m = await loadWasm();

test('version() is the native rule-set version and rules() carries it', () => {
  const native = cli(['version']).stdout.trim();
  assert.match(m.version(), /^[0-9a-f]{12}$/);
  assert.equal(m.version(), native);
  const bundle = JSON.parse(m.rules());
  assert.equal(bundle.rules_version, native);
  assert.ok(bundle.files.length >= 10);
  assert.equal(m.rules(), cli(['rules']).stdout.replace(/\n$/, ''));
});

test('pekerja_rentan, May 2026: Rp8,400 with the PP 50/2025 relief', () => {
  const r = JSON.parse(m.evaluate(JSON.stringify({ as_of: '2026-05-01', role: 'pekerja_rentan' })));
  assert.equal(r.totals.monthly.total, 8400);
  assert.equal(r.programs.JKK.worker, 5000);
  assert.equal(r.programs.JKM.worker, 3400);
  assert.equal(r.programs.JKK.relief.code, 'pp50_2025');
  assert.equal(r.payers.worker.code, 'village_budget');
});

test('pekerja_rentan, March 2026 (before the non-transport window): Rp16,800', () => {
  const r = JSON.parse(m.evaluate(JSON.stringify({ as_of: '2026-03-01', role: 'pekerja_rentan' })));
  assert.equal(r.totals.monthly.total, 16800);
  assert.equal(r.programs.JKK.relief, undefined);
});

test('a wage earner at a medium employer: worker pays JHT 2% + JP 1%', () => {
  const r = JSON.parse(m.evaluate(JSON.stringify({ as_of: '2026-05-01', segment: 'PU', monthly_wage: 5000000, employer_scale: 'medium',
    jkk_risk_group: 1, birth_date: '1990-01-01', jkn_enrolled: true })));
  assert.equal(r.totals.monthly.worker, 150000);
  assert.equal(r.totals.monthly.employer, 312000);
  assert.equal(r.totals.monthly.government, 11000);
  assert.equal(r.programs.JP.ceiling, 11086300);
});

test('arrays in, arrays out; a bad element becomes an error object, the rest evaluate', () => {
  const out = JSON.parse(m.evaluate(JSON.stringify([{ as_of: '2026-05-01', role: 'pns' }, { as_of: 'x' }, { as_of: '2026-05-01', bogus: 1 }])));
  assert.equal(out.length, 3);
  assert.equal(out[0].programs.JKK.status, 'not_eligible');
  assert.equal(out[1].error.code, 'invalid_date');
  assert.equal(out[2].error.code, 'unknown_field');
});

test('garbage never throws and the module stays usable', () => {
  for (const s of ['', '[', '{"as_of":', 'null', '42', '"x"', '[[]]', '{"as_of":"2026-05-01","monthly_wage":-1}', '\u0000', '{"as_of":"2026-05-01","id":"\u00e9\u4e2d"}']) {
    const out = m.evaluate(s);
    assert.doesNotThrow(() => JSON.parse(out), `output for ${JSON.stringify(s)} is JSON`);
  }
  assert.equal(JSON.parse(m.evaluate('{"as_of":"2026-05-01","role":"pekerja_rentan"}')).totals.monthly.total, 8400);
});

test('byte-identical to the CLI on the README examples', () => {
  const inputs = [
    '{"as_of":"2026-05-01","segment":"PU","monthly_wage":5000000,"employer_scale":"medium","jkk_risk_group":1,"birth_date":"1990-01-01","jkn_enrolled":true}',
    '{"as_of":"2026-05-01","role":"pekerja_rentan"}',
    '[{"as_of":"2026-05-01","role":"kepala_desa","monthly_wage":2500000},{"as_of":"2026-05-01","role":"pns"}]',
  ];
  for (const s of inputs) assert.equal(m.evaluate(s) + '\n', cli(['eval'], s).stdout);
});

test('the first screen module leaves benefits and receipts to the benefits module, which has the same rules and answers', async () => {
  // jamsos.wasm stays within the first screen's size budget: benefits and receipts live in
  // jamsos-benefits.wasm (benefits_bindings.cpp), loaded by its own worker on first use.
  assert.equal(m.benefits, undefined);
  assert.equal(m.receipt, undefined);
  const b = await loadWasm(undefined, 'jamsos-benefits');
  assert.equal(b.version(), m.version());
  const input = JSON.stringify({ as_of: '2026-05-01', role: 'pekerja_rentan' });
  assert.equal(b.evaluate(input), m.evaluate(input));
  // The JKM lump sum under PP 82/2019 (Rp20,000,000 + funeral Rp10,000,000 + periodic Rp12,000,000 = Rp42,000,000).
  const ben = JSON.parse(b.benefits(JSON.stringify({ as_of: '2026-05-01', role: 'pekerja_rentan', event: 'death_non_work', event_date: '2026-05-10' })));
  assert.ok(!ben.error, JSON.stringify(ben.error));
  const paid = ben.benefits.filter((x) => x.program === 'JKM' && ['jkm_lump_sum', 'jkm_periodic', 'funeral'].includes(x.item));
  assert.deepEqual(paid.map((x) => x.amount), [20000000, 12000000, 10000000]);
  assert.deepEqual(ben.totals, [{ event: 'death_non_work', program: 'JKM', amount: 42000000 }]);
  // A receipt made here checks as 'same' in the same module.
  const rec = b.receipt(input);
  assert.equal(JSON.parse(b.verifyReceipt(rec)).verdict, 'same');
});
