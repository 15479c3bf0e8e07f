// Pure front-end logic under node: rupiah parsing and formatting, month arithmetic, translation
// files (every key used in web/src exists in both languages; role names from the wasm role table),
// the benefits data file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRupiah, formatRupiah, formatDate, formatMonth, addMonths, formatRate, discountOf, PLAUSIBLE_WAGE } from '../../web/src/format.js';
import { ROOT, loadRoles } from './lib.mjs';

test('parseRupiah accepts what people type', () => {
  const ok = {
    '5.000.000': 5000000, '5jt': 5000000, '5 jt': 5000000, '5 juta': 5000000, '5 JUTA': 5000000, '5,5 juta': 5500000,
    '5.5jt': 5500000, '2,75jt': 2750000, '750rb': 750000, '750 ribu': 750000, '750k': 750000, 'Rp 5.000.000': 5000000,
    'Rp5.000.000,-': 5000000, '5,000,000': 5000000, '5000000': 5000000, '5 000 000': 5000000, '5.000.000,00': 5000000,
    '1,2 miliar': 1200000000, '1.2 billion': 1200000000, '2jt/bulan': 2000000, '0': 0, ' 1.000.000 ': 1000000,
    // Issue 10: "m" is a million in both languages, as English speakers write it.
    '5.5m': 5500000, '5,5m': 5500000, '5.5 M': 5500000, '5.5 million': 5500000, '5,5 jt': 5500000, '5.5 juta': 5500000,
  };
  for (const [s, v] of Object.entries(ok)) assert.deepEqual(parseRupiah(s), { ok: true, value: v }, s);
});

test('rates in the language decimal sign; a relief factor as its discount; the plausible wage range', () => {
  assert.equal(formatRate('0.54%', 'id'), '0,54%');
  assert.equal(formatRate('0.54%', 'en'), '0.54%');
  assert.equal(formatRate('5.7%', 'id'), '5,7%');
  assert.equal(formatRate('3%', 'id'), '3%');
  assert.equal(discountOf('1%', 'id'), '99%');
  assert.equal(discountOf('50%', 'id'), '50%');
  assert.equal(discountOf('99.5%', 'id'), '0,5%');
  assert.deepEqual(PLAUSIBLE_WAGE, { min: 100000, max: 1000000000 });
});

test('parseRupiah rejects with a reason', () => {
  const bad = { '': 'money.empty', '   ': 'money.empty', abc: 'money.invalid', '5 kg': 'money.invalid', '-5': 'money.invalid',
    '5.000.000,50': 'money.fraction', '5..000': 'money.invalid', '1.00.000': 'money.invalid', '99999999 miliar': 'money.too_big' };
  for (const [s, e] of Object.entries(bad)) assert.equal(parseRupiah(s).error, e, s);
});

test('id-ID rupiah and dates', () => {
  assert.equal(formatRupiah(8400), 'Rp8.400');
  assert.equal(formatRupiah(42000000), 'Rp42.000.000');
  assert.equal(formatRupiah(8400, 'en'), 'Rp8,400');
  assert.equal(formatRupiah(null), '–');
  assert.equal(formatDate('2026-05-01'), '1 Mei 2026');
  assert.equal(formatDate('2026-05-01', 'en'), '1 May 2026');
  assert.equal(formatMonth('2026-08-01'), 'Agustus 2026');
});

test('addMonths walks month starts across years', () => {
  assert.equal(addMonths('2026-11-21', 0), '2026-11-01');
  assert.equal(addMonths('2026-11-21', 3), '2027-02-01');
  assert.equal(addMonths('2026-01-31', 11), '2026-12-01');
});

async function sources(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(await sources(join(dir, e.name)));
    else if (e.name.endsWith('.js')) out.push(await readFile(join(dir, e.name), 'utf8'));
  }
  return out.join('\n');
}

test('translation files: same keys in id and en, every literal key used exists, no empty string', async () => {
  const id = JSON.parse(await readFile(join(ROOT, 'web/i18n/id.json'), 'utf8'));
  const en = JSON.parse(await readFile(join(ROOT, 'web/i18n/en.json'), 'utf8'));
  assert.deepEqual(Object.keys(id).sort(), Object.keys(en).sort());
  for (const [k, v] of Object.entries(id)) { assert.ok(v.trim(), `id ${k}`); assert.ok(en[k].trim(), `en ${k}`); }
  const src = await sources(join(ROOT, 'web/src'));
  const used = [...src.matchAll(/\bt\('([a-z_]+\.[A-Za-z0-9_.]+|[a-z]+)'[,)]/g)].map((m) => m[1]);
  assert.ok(used.length > 100);
  for (const k of used) assert.ok(k in id, `missing translation key ${k}`);
  // Keys built from engine codes and UI lists.
  for (const p of ['JKK', 'JKM', 'JHT', 'JP', 'JKP']) assert.ok(`prog.${p}` in id);
  for (const s of ['mandatory', 'optional', 'not_eligible', 'need_info']) assert.ok(`status.${s}` in id);
  for (const c of ['A', 'B', 'C', 'D', 'U']) assert.ok(`conf.${c}` in id);
  // Role names come from the engine's role table (the build generates them); the page keeps
  // only each role's one-line description.
  const roles = await loadRoles();
  assert.equal(roles.length, 16);
  for (const r of roles) {
    assert.ok(`role.${r.code}.sub` in id, r.code);
    assert.ok(!(`role.${r.code}` in id) && !(`role.${r.code}` in en), `role.${r.code}: the name is generated`);
    assert.ok(r.label_id && r.label_en, r.code);
  }
  for (const f of ['monthly_wage', 'birth_date', 'employer_scale', 'jkk_risk_group', 'jkn_enrolled', 'declared_income', 'bpu_sector']) assert.ok(`field.${f}` in id, f);
});

test('benefit figures come from the engine: no quoted benefits file, no figure in the page sources', async () => {
  // Issue 9: web/data/benefits.json (PP 82/2019 figures quoted whatever the date) is replaced by the
  // engine's estimates (jamsos benefits / benefits() in the wasm module).
  await assert.rejects(readFile(join(ROOT, 'web/data/benefits.json'), 'utf8'));
  const src = await sources(join(ROOT, 'web/src'));
  assert.ok(!/benefits\.json/.test(src));
  for (const figure of ['42000000', '42.000.000', '174000000', '174.000.000']) assert.ok(!src.includes(figure), figure);
});
