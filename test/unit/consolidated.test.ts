import { describe, expect, it } from 'vitest';
import { figureDifferences, groupProposals, previousPeriodOf, publishedChanges, reportPeriodOf } from '../../src/shared/domain/consolidated.ts';

describe('the consolidated report’s period', () => {
  it('reads period texts through periods.ts, and from..to', () => {
    expect(reportPeriodOf({ period: 'report:2026-6M' })).toEqual({ from: '2025-12-15', to: '2026-06-14', label: 'report:2026-6M' });
    expect(reportPeriodOf({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2026-01-01', to: '2026-03-31', label: '2026-01-01..2026-03-31' });
    expect(reportPeriodOf({ from: '2026-04-01', to: '2026-03-31' })).toBeNull();
    expect(reportPeriodOf({ period: '2026-H3' })).toBeNull();
  });

  it('compares the service index with the same kind of period just before', () => {
    expect(previousPeriodOf('2026')).toBe('2025');
    expect(previousPeriodOf('2026-Q1')).toBe('2025-Q4');
    expect(previousPeriodOf('2026-Q3')).toBe('2026-Q2');
    expect(previousPeriodOf('2026-01')).toBe('2025-12');
    expect(previousPeriodOf('2026-10')).toBe('2026-09');
    expect(previousPeriodOf('2026-H1')).toBeNull();
  });
});

describe('published standings’ changes', () => {
  const s = (indexCode: string, year: number, value: number, rank: number | null, of: number | null) => ({ indexCode, year, value, rank, of });

  it('counts places only between rankings of the same N, the latest year up to the report’s', () => {
    const out = publishedChanges([s('PAR', 2024, 80.1, 47, 63), s('PAR', 2025, 86.35, 22, 63), s('PAR', 2026, 90, 1, 34), s('SIPAS', 2024, 79, 30, 63), s('SIPAS', 2025, 81.5, 12, 34)], 2025);
    expect(out).toEqual([
      { indexCode: 'PAR', year: 2025, value: 86.35, rank: 22, of: 63, previous: { year: 2024, value: 80.1, rank: 47, of: 63 }, rankChange: 25, valueChange: 6.25 },
      { indexCode: 'SIPAS', year: 2025, value: 81.5, rank: 12, of: 34, previous: { year: 2024, value: 79, rank: 30, of: 63 }, rankChange: 'not_comparable', valueChange: 2.5 },
    ]);
  });

  it('says new without a year before, and unranked when a year has no rank', () => {
    expect(publishedChanges([s('PCI', 2025, 65, 10, 63)], 2025)[0]!.rankChange).toBe('new');
    expect(publishedChanges([s('PCI', 2024, 60, null, null), s('PCI', 2025, 65, 10, 63)], 2025)[0]!.rankChange).toBe('unranked');
  });
});

it('groups proposals by field, then by addressee, keeping their order', () => {
  const p = (text: string, field: string, addressee: string, unitCode: string) => ({ text, field, addressee, unitCode });
  expect(groupProposals([p('a', 'land', 'ministry', 'X1'), p('b', 'health', 'province', 'X2'), p('c', 'land', 'ministry', 'X3'), p('d', 'land', 'government', 'X1')])).toEqual([
    { field: 'health', addressee: 'province', items: [{ text: 'b', unitCode: 'X2' }] },
    { field: 'land', addressee: 'government', items: [{ text: 'd', unitCode: 'X1' }] },
    { field: 'land', addressee: 'ministry', items: [{ text: 'a', unitCode: 'X1' }, { text: 'c', unitCode: 'X3' }] },
  ]);
});

describe('differences between issued and today’s figures', () => {
  it('lists each changed leaf by its path, rows by what they are of, and ignores when each was read', () => {
    const issued = { asOf: '2026-06-30', tasks: { total: { total: 51, done: 30 }, byPlan: [{ plan: 'A', n: 1 }, { plan: 'B', n: 2 }] }, serviceIndex: null };
    const today = { asOf: '2026-12-06', tasks: { total: { total: 51, done: 31 }, byPlan: [{ plan: 'B', n: 2 }, { plan: 'C', n: 5 }] }, serviceIndex: { total: 80 } };
    expect(figureDifferences(issued, today)).toEqual([
      { path: 'tasks.total.done', issued: 30, today: 31 },
      { path: 'tasks.byPlan.A', issued: { plan: 'A', n: 1 }, today: null },
      { path: 'tasks.byPlan.C', issued: null, today: { plan: 'C', n: 5 } },
      { path: 'serviceIndex', issued: null, today: { total: 80 } },
    ]);
    expect(figureDifferences(issued, structuredClone(issued))).toEqual([]);
  });
});
