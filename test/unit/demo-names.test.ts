import { describe, expect, it } from 'vitest';
import type { FrameworkNodeFile } from '../../src/shared/contracts/frameworks.ts';
import { LOCALES, type Locale, type LocalizedNames } from '../../src/shared/locales.ts';
import { TEMPLATES } from '../../src/server/features/assessments/templates/index.ts';
import { DEMO_PROCEDURES } from '../../src/server/features/dossiers/seeds/demo-procedures.ts';
import { DEMO_PLANS } from '../../src/server/features/tasks/seeds/demo-plans.data.ts';
import { placeNameScripts } from '../../src/server/features/units/seeds/demo-place-names.ts';
import { DEMO_SEED } from '../../src/server/features/units/seeds/demo.data.ts';

/** The script of Lao, Khmer and Thai names: a Vietnamese or English name copied there fails. */
const SCRIPT: Partial<Record<Locale, RegExp>> = {
  lo: /\p{Script=Lao}/u,
  km: /\p{Script=Khmer}/u,
  th: /\p{Script=Thai}/u,
};

/** Every name the demo ships, labelled for the failure message. */
function demoNames(): [string, LocalizedNames][] {
  const out: [string, LocalizedNames][] = [];
  for (const op of DEMO_SEED) {
    if (op.op === 'create' || op.op === 'rename') out.push([`unit ${op.code}`, op.names]);
    if (op.op === 'merge' && op.create) out.push([`unit ${op.into}`, op.create.names]);
    if (op.op === 'merge' && op.names) out.push([`unit ${op.into}`, op.names]);
    if (op.op === 'split') for (const u of op.into) out.push([`unit ${u.code}`, u.names]);
  }
  for (const p of DEMO_PROCEDURES) out.push([`procedure ${p.code}`, p.names], [`field of ${p.code}`, p.fieldNames]);
  for (const plan of DEMO_PLANS) {
    out.push([`plan ${plan.code}`, plan.title]);
    for (const t of plan.tasks) out.push([`task ${plan.code}/${t.code}`, t.title]);
  }
  const walk = (n: FrameworkNodeFile) => {
    out.push([`framework node ${n.key}`, n.names]);
    n.children?.forEach(walk);
  };
  for (const f of TEMPLATES) {
    out.push([`framework ${f.code}`, f.names]);
    f.areas.forEach(walk);
  }
  return out;
}

describe('the demo speaks the five languages', () => {
  const names = demoNames();

  it('covers every unit, field, plan, task and framework node of the demo', () => {
    const count = (prefix: string) => names.filter(([label]) => label.startsWith(prefix)).length;
    // 1 province + 20 departments + 10 districts + 51 communes (2008); 1 (2020); 2 departments + 18 communes and wards (2025)
    expect(count('unit ')).toBe(1 + 20 + 10 + 51 + 1 + 2 + 18);
    expect(count('procedure ')).toBe(16);
    expect(count('field of ')).toBe(16);
    expect(count('plan ')).toBe(3);
    expect(count('task ')).toBe(40 + 7 + 8);
    expect(count('framework node ')).toBe(24 + 142 + 144);
  });

  it('names each of them in Vietnamese, English, Lao, Khmer and Thai, each in its own script', () => {
    const missing = names.flatMap(([label, n]) => LOCALES.filter((l) => !n[l]?.trim() || (SCRIPT[l] && !SCRIPT[l].test(n[l]!))).map((l) => `${label}: ${l}`));
    expect(missing).toEqual([]);
  });

  it('writes Vietnamese with its diacritics, not as bare ASCII', () => {
    const withMarks = names.filter(([, n]) => /[^\x00-\x7F]/.test(n.vi!)).length;
    // Every Vietnamese name of the demo has at least one letter with a diacritic.
    expect(withMarks).toBe(names.length);
  });
});

describe('placeNameScripts', () => {
  it('writes the kind of unit, then each syllable, in Lao, Khmer and Thai script', () => {
    expect(placeNameScripts('Xã Tân Lập')).toEqual({ lo: 'ຕາແສງເຕິນເລີບ', km: 'ឃុំតឹនឡឹប', th: 'ตำบลเตินเลิบ' });
    expect(placeNameScripts('Thị trấn Phù Vân')).toEqual({ lo: 'ຕົວເມືອງຟູເວີນ', km: 'ទីប្រជុំភូវឹន', th: 'เทศบาลตำบลฟูเวิน' });
  });

  it('refuses a syllable or a kind it cannot spell rather than leave Vietnamese in a Lao name', () => {
    expect(() => placeNameScripts('Xã Hòa Bình Mới')).toThrow('No spelling of "Mới"');
    expect(() => placeNameScripts('Làng Tân')).toThrow('No kind of local unit');
  });
});
