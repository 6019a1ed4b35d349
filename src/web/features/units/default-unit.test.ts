import { describe, expect, it } from 'vitest';
import { defaultUnit } from './default-unit.ts';

describe('defaultUnit', () => {
  const units = [
    { code: 'H99', parentCode: null },
    { code: 'H99.02', parentCode: 'H99' },
  ];
  it('is the unit of the reader’s first grant that may read dossiers', () => {
    expect(defaultUnit({ grants: [{ role: 'unit_officer', unitCode: 'H99.X05', unitNames: {} }] }, units)).toBe('H99.X05');
  });

  it("for the handling officials' report, is the first unit the reader manages, not one it only reads", () => {
    const grants = [
      { role: 'unit_officer' as const, unitCode: 'H99.X05', unitNames: {} },
      { role: 'leader' as const, unitCode: 'H99.02', unitNames: {} },
    ];
    expect(defaultUnit({ grants }, units, 'dossiers.officials')).toBe('H99.02');
    expect(defaultUnit({ grants }, units)).toBe('H99.X05');
  });

  it('is the first top-level unit the reader sees for a system-wide grant', () => {
    expect(defaultUnit({ grants: [{ role: 'administrator', unitCode: null, unitNames: null }] }, units)).toBe('H99');
    expect(defaultUnit({ grants: [{ role: 'administrator', unitCode: null, unitNames: null }] }, [{ code: 'H99.02', parentCode: 'H99' }])).toBe('H99.02');
    expect(defaultUnit({ grants: [{ role: 'administrator', unitCode: null, unitNames: null }] }, undefined)).toBeNull();
  });
});
