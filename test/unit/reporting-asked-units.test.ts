import { describe, expect, it } from 'vitest';
import { resolveAskedUnits } from '../../src/server/features/reporting/asked-units.ts';
import type { UnitsService } from '../../src/server/features/units/index.ts';

/** Only what resolveAskedUnits reads of the units feature, for the kinds that need no tree. */
const units = { idOf: async (code: string) => ({ A: 1, B: 2 })[code] ?? Promise.reject(new Error(`unit_not_found ${code}`)) } as unknown as UnitsService;

describe('the units a reporting round asks', () => {
  it("asks a committee's key units for the year, on the day the period ends (the steering feature's answer), once each", async () => {
    const calls: unknown[] = [];
    const keyUnitsOf = async (committee: string, year: number, onDate: string) => {
      calls.push([committee, year, onDate]);
      return [7, 9, 7];
    };
    expect(await resolveAskedUnits(units, keyUnitsOf, 'H99', { kind: 'key_units', committeeCode: 'BCD-CCHC', year: 2026 }, '2026-06-14')).toEqual([7, 9]);
    expect(calls).toEqual([['BCD-CCHC', 2026, '2026-06-14']]);
  });

  it('refuses the key units of a committee while no steering feature answers', async () => {
    await expect(resolveAskedUnits(units, undefined, 'H99', { kind: 'key_units', committeeCode: 'BCD-CCHC', year: 2026 }, '2026-06-14')).rejects.toMatchObject({ code: 'not_found', details: { committee: 'BCD-CCHC' } });
  });

  it('asks a list of units once each', async () => {
    expect(await resolveAskedUnits(units, undefined, 'H99', { kind: 'list', unitCodes: ['B', 'A', 'B'] }, '2026-06-14')).toEqual([2, 1]);
  });
});
