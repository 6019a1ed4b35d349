import { describe, expect, it } from 'vitest';
import { selectionChanges, type StoredAssignment } from '../../src/shared/domain/key-units.ts';

const a = (id: number, unitId: number, userId: number, validFrom: string, validTo: string | null = null): StoredAssignment => ({ id, unitId, userId, validFrom, validTo });

describe('a key-unit selection changed on a day', () => {
  it('opens every pair of a first selection on the day', () => {
    expect(selectionChanges([], [{ unitId: 1, userId: 7 }, { unitId: 2, userId: 8 }], '2026-01-01')).toEqual({
      close: [],
      remove: [],
      open: [{ unitId: 1, userId: 7, validFrom: '2026-01-01' }, { unitId: 2, userId: 8, validFrom: '2026-01-01' }],
    });
  });

  it('keeps what stays, ends what goes the day before, opens what is new: who followed what stays readable', () => {
    const current = [a(1, 1, 7, '2026-01-01'), a(2, 2, 8, '2026-01-01'), a(3, 3, 9, '2025-01-01', '2025-12-31')];
    expect(selectionChanges(current, [{ unitId: 1, userId: 7 }, { unitId: 2, userId: 9 }], '2026-07-01')).toEqual({
      close: [{ id: 2, validTo: '2026-06-30' }],
      remove: [],
      open: [{ unitId: 2, userId: 9, validFrom: '2026-07-01' }],
    });
  });

  it('removes an assignment that would never have been in force, and changes nothing when replayed', () => {
    const current = [a(1, 1, 7, '2026-07-01'), a(2, 2, 8, '2026-01-01')];
    expect(selectionChanges(current, [{ unitId: 2, userId: 8 }], '2026-07-01')).toEqual({ close: [], remove: [1], open: [] });
    expect(selectionChanges([a(2, 2, 8, '2026-01-01')], [{ unitId: 2, userId: 8 }], '2026-07-01')).toEqual({ close: [], remove: [], open: [] });
  });
});
