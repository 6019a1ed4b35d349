import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/shared/locales.ts';
import { placeNameScripts } from '../../src/server/features/units/seeds/demo-place-names.ts';
import { demoNames } from '../data/demo-names.ts';

/** The script of Lao, Khmer and Thai names: a Vietnamese or English name copied there fails. */
const SCRIPT: Partial<Record<Locale, RegExp>> = {
  lo: /\p{Script=Lao}/u,
  km: /\p{Script=Khmer}/u,
  th: /\p{Script=Thai}/u,
};

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
    const withMarks = names.filter(([, n]) => /\P{ASCII}/u.test(n.vi!)).length;
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
