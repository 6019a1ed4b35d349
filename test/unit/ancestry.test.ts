import { describe, it, expect } from 'vitest';
import { ancestryPairs, followLineage, type Edge } from '../../src/server/features/units/ancestry.ts';

/** Every ancestor ever recorded for a unit, sorted. */
function ancestorsOf(edges: Edge[], unitId: number): number[] {
  return ancestryPairs(edges)
    .filter((p) => p.unitId === unitId)
    .map((p) => p.ancestorId)
    .sort((a, b) => a - b);
}

const edge = (unitId: number, parentUnitId: number | null, validFrom: string, validTo: string | null = null): Edge => ({
  unitId,
  parentUnitId,
  validFrom,
  validTo,
});

describe('ancestryPairs', () => {
  it('makes every unit its own ancestor', () => {
    const pairs = ancestryPairs([edge(1, null, '2020-01-01')]);
    expect(pairs).toEqual([{ unitId: 1, ancestorId: 1 }]);
  });

  it('includes grandparents', () => {
    const edges = [edge(1, null, '2020-01-01'), edge(2, 1, '2020-01-01'), edge(3, 2, '2020-01-01')];
    expect(ancestorsOf(edges, 3)).toEqual([1, 2, 3]);
    expect(ancestorsOf(edges, 2)).toEqual([1, 2]);
    expect(ancestorsOf(edges, 1)).toEqual([1]);
  });

  it('records both parents of a unit moved from A to B', () => {
    const A = 10;
    const B = 20;
    const edges = [
      edge(A, null, '2020-01-01'),
      edge(B, null, '2020-01-01'),
      edge(5, A, '2020-01-01', '2023-06-30'),
      edge(5, B, '2023-07-01'),
    ];
    expect(ancestorsOf(edges, 5)).toEqual([5, A, B]);
  });

  it('records no pair twice', () => {
    const edges = [edge(1, null, '2020-01-01'), edge(2, 1, '2020-01-01', '2021-12-31'), edge(2, 1, '2022-01-01')];
    const pairs = ancestryPairs(edges);
    expect(pairs).toHaveLength(3);
    expect(new Set(pairs.map((p) => `${p.unitId}:${p.ancestorId}`)).size).toBe(3);
  });

  it('gives a closed unit no ancestor its parent gained after the closure', () => {
    // P sat under A, then moved under B on 2022-01-01; U, under P, closed on 2021-12-31.
    const A = 1;
    const B = 2;
    const P = 3;
    const U = 4;
    const edges = [
      edge(A, null, '2020-01-01'),
      edge(B, null, '2020-01-01'),
      edge(P, A, '2020-01-01', '2021-12-31'),
      edge(P, B, '2022-01-01'),
      edge(U, P, '2020-01-01', '2021-12-31'),
    ];
    expect(ancestorsOf(edges, U)).toEqual([A, P, U]);
    expect(ancestorsOf(edges, P)).toEqual([A, B, P]);
  });

  it('gives a unit created after its parent moved only the later grandparent', () => {
    const edges = [
      edge(1, null, '2020-01-01'),
      edge(2, null, '2020-01-01'),
      edge(3, 1, '2020-01-01', '2021-12-31'),
      edge(3, 2, '2022-01-01'),
      edge(4, 3, '2022-03-01'),
    ];
    expect(ancestorsOf(edges, 4)).toEqual([2, 3, 4]);
  });

  it('does not hang on a corrupt cycle', () => {
    const edges = [edge(1, 2, '2020-01-01'), edge(2, 1, '2020-01-01')];
    expect(ancestorsOf(edges, 1)).toEqual([1, 2]);
    expect(ancestorsOf(edges, 2)).toEqual([1, 2]);
  });
});

type Link = { eventId: number; unitId: number; side: 'from' | 'to' };
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('followLineage', () => {
  const A = 1;
  const B = 2;
  const C = 3;
  const D = 4;
  // event 100: A + B merge into C; event 200: C merges into D.
  const merge: Link[] = [
    { eventId: 100, unitId: A, side: 'from' },
    { eventId: 100, unitId: B, side: 'from' },
    { eventId: 100, unitId: C, side: 'to' },
  ];
  const chain: Link[] = [...merge, { eventId: 200, unitId: C, side: 'from' }, { eventId: 200, unitId: D, side: 'to' }];

  it('gives a merged unit both predecessors', () => {
    expect(sorted(followLineage(merge, C, 'predecessors'))).toEqual([A, B]);
  });

  it('gives each merged-away unit the merged unit as successor', () => {
    expect(followLineage(merge, A, 'successors')).toEqual([C]);
    expect(followLineage(merge, B, 'successors')).toEqual([C]);
  });

  it('finds nothing in the other direction', () => {
    expect(followLineage(merge, C, 'successors')).toEqual([]);
    expect(followLineage(merge, A, 'predecessors')).toEqual([]);
  });

  it('follows a chain transitively', () => {
    expect(followLineage(chain, A, 'successors')).toEqual([C, D]);
    expect(sorted(followLineage(chain, D, 'predecessors'))).toEqual([A, B, C]);
    expect(sorted(followLineage(chain, C, 'predecessors'))).toEqual([A, B]);
    expect(followLineage(chain, C, 'successors')).toEqual([D]);
  });

  it('follows a split to every part and back', () => {
    const S = 7;
    const X = 8;
    const Y = 9;
    const split: Link[] = [
      { eventId: 300, unitId: S, side: 'from' },
      { eventId: 300, unitId: X, side: 'to' },
      { eventId: 300, unitId: Y, side: 'to' },
    ];
    expect(sorted(followLineage(split, S, 'successors'))).toEqual([X, Y]);
    expect(followLineage(split, X, 'predecessors')).toEqual([S]);
    expect(followLineage(split, Y, 'predecessors')).toEqual([S]);
    expect(followLineage(split, X, 'successors')).toEqual([]);
  });

  it('leaves the start out when it continues through its own event', () => {
    // A part of S split off into X while S continues: S is on both sides.
    const S = 7;
    const X = 8;
    const links: Link[] = [
      { eventId: 400, unitId: S, side: 'from' },
      { eventId: 400, unitId: S, side: 'to' },
      { eventId: 400, unitId: X, side: 'to' },
    ];
    expect(followLineage(links, S, 'successors')).toEqual([X]);
    expect(followLineage(links, X, 'predecessors')).toEqual([S]);
  });
});
