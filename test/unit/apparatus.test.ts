import { describe, expect, it } from 'vitest';
import { countApparatus, countChanges, isApparatusChange, unitsUnder, type KindTier, type TreeNode } from '../../src/shared/domain/apparatus.ts';

const KINDS: KindTier[] = [
  { code: 'country', tier: 'country', sortOrder: 0 },
  { code: 'la_ministry', tier: 'ministry', sortOrder: 11 },
  { code: 'la_capital', tier: 'province', sortOrder: 22 },
  { code: 'la_department', tier: 'department', sortOrder: 31 },
  { code: 'la_provincial_department', tier: 'department', sortOrder: 32 },
  { code: 'la_district', tier: 'district', sortOrder: 43 },
  { code: 'la_division', tier: 'division', sortOrder: 61 },
];
const n = (id: number, code: string, kind: string, parentId: number | null): TreeNode => ({ id, code, kind, parentId });

// Day A: a ministry with three departments (one with a division) and a capital with a
// provincial department and a district; Viet Nam beside it.
const A: TreeNode[] = [
  n(1, 'LA', 'country', null),
  n(2, 'LA-MOES', 'la_ministry', 1),
  n(3, 'LA-VT', 'la_capital', 1),
  n(4, 'D1', 'la_department', 2),
  n(5, 'D2', 'la_department', 2),
  n(6, 'D3', 'la_department', 2),
  n(7, 'PD1', 'la_provincial_department', 3),
  n(8, 'DIV', 'la_division', 4),
  n(9, 'X', 'la_district', 3),
  n(100, 'VN', 'country', null),
  n(101, '01', 'la_capital', 100),
];
// Day B: D1 + D2 merged into D12 (the division moved with it), D3 split in two, PD2 created, the district closed.
const B: TreeNode[] = [
  n(1, 'LA', 'country', null),
  n(2, 'LA-MOES', 'la_ministry', 1),
  n(3, 'LA-VT', 'la_capital', 1),
  n(10, 'D12', 'la_department', 2),
  n(11, 'D3A', 'la_department', 2),
  n(12, 'D3B', 'la_department', 2),
  n(7, 'PD1', 'la_provincial_department', 3),
  n(13, 'PD2', 'la_provincial_department', 3),
  n(8, 'DIV', 'la_division', 10),
  n(100, 'VN', 'country', null),
  n(101, '01', 'la_capital', 100),
];

describe('unitsUnder', () => {
  const tierOf = (kind: string) => KINDS.find((k) => k.code === kind)!.tier;
  it('places each unit under the root in the nearest ministry or province above it, and leaves out other trees and the root', () => {
    const placed = unitsUnder(1, A, tierOf);
    expect(placed.map((u) => [u.id, u.sectorId])).toEqual([
      [2, null],
      [3, null],
      [4, 2],
      [5, 2],
      [6, 2],
      [7, 3],
      [8, 2],
      [9, 3],
    ]);
  });
  it('takes the root itself as the sector when it is a ministry', () => {
    expect(unitsUnder(2, A, tierOf).map((u) => [u.id, u.sectorId])).toEqual([
      [4, 2],
      [5, 2],
      [6, 2],
      [8, 2],
    ]);
  });
});

describe('countApparatus', () => {
  const c = countApparatus(1, A, B, KINDS);
  it('counts every unit under the root on each day', () => {
    expect(c.total).toEqual({ atFrom: 8, atTo: 8 });
  });
  it('counts by tier in the tiers’ order, leaving out tiers empty on both days', () => {
    expect(c.tiers).toEqual([
      { tier: 'ministry', atFrom: 1, atTo: 1 },
      { tier: 'province', atFrom: 1, atTo: 1 },
      { tier: 'department', atFrom: 4, atTo: 5 },
      { tier: 'district', atFrom: 1, atTo: 0 },
      { tier: 'division', atFrom: 1, atTo: 1 },
    ]);
  });
  it('counts by kind in the kinds’ order', () => {
    expect(c.kinds).toEqual([
      { kind: 'la_ministry', tier: 'ministry', atFrom: 1, atTo: 1 },
      { kind: 'la_capital', tier: 'province', atFrom: 1, atTo: 1 },
      { kind: 'la_department', tier: 'department', atFrom: 3, atTo: 3 },
      { kind: 'la_provincial_department', tier: 'department', atFrom: 1, atTo: 2 },
      { kind: 'la_district', tier: 'district', atFrom: 1, atTo: 0 },
      { kind: 'la_division', tier: 'division', atFrom: 1, atTo: 1 },
    ]);
  });
  it('counts per sector, ministries first', () => {
    expect(c.sectors).toEqual([
      { id: 2, kind: 'la_ministry', atFrom: 4, atTo: 4, tiers: [{ tier: 'department', atFrom: 3, atTo: 3 }, { tier: 'division', atFrom: 1, atTo: 1 }] },
      { id: 3, kind: 'la_capital', atFrom: 2, atTo: 2, tiers: [{ tier: 'department', atFrom: 1, atTo: 2 }, { tier: 'district', atFrom: 1, atTo: 0 }] },
    ]);
  });
  it('lists a sector that exists on one day only', () => {
    const withNew = [...B, n(20, 'LA-NEW', 'la_ministry', 1), n(21, 'ND', 'la_department', 20)];
    const s = countApparatus(1, A, withNew, KINDS).sectors.find((x) => x.id === 20);
    expect(s).toEqual({ id: 20, kind: 'la_ministry', atFrom: 0, atTo: 1, tiers: [{ tier: 'department', atFrom: 0, atTo: 1 }] });
  });
});

describe('the changes between the two days', () => {
  it('keeps events after A up to and including B, of the kinds the report shows', () => {
    const events = [
      { kind: 'create', effectiveDate: '2025-01-01' },
      { kind: 'merge', effectiveDate: '2025-01-02' },
      { kind: 'regroup', effectiveDate: '2025-03-01' },
      { kind: 'split', effectiveDate: '2025-06-30' },
      { kind: 'close', effectiveDate: '2025-07-01' },
    ];
    const kept = events.filter((e) => isApparatusChange(e, '2025-01-01', '2025-06-30'));
    expect(kept.map((e) => e.kind)).toEqual(['merge', 'split']);
    expect(countChanges(kept)).toEqual({ merge: 1, split: 1, create: 0, close: 0, rename: 0, move: 0, reclassify: 0 });
  });
});
