import { describe, expect, it } from 'vitest';
import { isRising, monthlyMeans, monthsBetween, statutoryBars } from './times-rows.ts';
import { percentileShown } from './format-days.ts';

const figures = { resolved: 4, medianWorkingDays: 2, p90WorkingDays: 3, meanCalendarDays: 3, withinStatutory: 4, withinStatutoryRate: 100, statutoryRatio: 0.5, supplementExcluded: 0 };
const procedure = (code: string, meanWorkingDays: number | null, statutoryDays: number | null, previousMeanWorkingDays: number | null = null) => ({
  ...figures,
  code,
  names: null,
  meanWorkingDays,
  statutoryDays,
  previousMeanWorkingDays,
  costs: [],
});

describe('the time-and-cost page’s rows', () => {
  it('chart the longest procedures in the server’s order, skipping those without a mean or a statutory time, up to the limit', () => {
    const procedures = [procedure('A', 3.5, 5), procedure('B', 12.25, 10), procedure('C', null, 4), procedure('D', 2, null), procedure('E', 1, 2)];
    expect(statutoryBars({ procedures, longest: ['B', 'C', 'D', 'A', 'E', 'X'] }, 2)).toEqual([
      { code: 'B', names: null, meanWorkingDays: 12.25, statutoryDays: 10 },
      { code: 'A', names: null, meanWorkingDays: 3.5, statutoryDays: 5 },
    ]);
  });

  it('list every month of a span across a year’s end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-14')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('give each month its mean, a month without resolved dossiers a gap (null), not zero', () => {
    const groups = [{ ...figures, key: '2026-01', names: null, meanWorkingDays: 4.5 }, { ...figures, key: '2026-03', names: null, meanWorkingDays: 3 }];
    expect(monthlyMeans({ from: '2026-01-01', to: '2026-03-31', groups })).toEqual([
      { month: '2026-01', meanWorkingDays: 4.5 },
      { month: '2026-02', meanWorkingDays: null },
      { month: '2026-03', meanWorkingDays: 3 },
    ]);
  });

  it('call a procedure rising only when both means are known and the current one is higher', () => {
    expect(isRising(procedure('A', 3.01, 5, 3))).toBe(true);
    expect(isRising(procedure('A', 3, 5, 3))).toBe(false);
    expect(isRising(procedure('A', 2, 5, 3))).toBe(false);
    expect(isRising(procedure('A', 3, 5, null))).toBe(false);
  });
});

describe('a median or percentile shown', () => {
  it('is the figure when known, "> 90" when null with dossiers resolved, and nothing when none was', () => {
    expect(percentileShown(12, 40)).toBe(12);
    expect(percentileShown(0, 3)).toBe(0);
    expect(percentileShown(null, 40)).toBe('over');
    expect(percentileShown(null, 0)).toBe('none');
  });
});
