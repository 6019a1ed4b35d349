import { describe, expect, it } from 'vitest';
import { readTimesFilters, timesApiQuery, timesFiltersQuery, trendApiQuery } from './times-filters.ts';

describe('the time-and-cost page’s filters', () => {
  const today = '2026-11-22';

  it('default to the reader’s unit, the last complete quarter, with subordinate units, grouped by procedure', () => {
    expect(readTimesFilters(new URLSearchParams(''), today)).toEqual({ unit: null, period: { kind: 'quarter', year: 2026, part: 3 }, descendants: true, by: 'procedure' });
  });

  it('round-trip through the URL, leaving defaults out, and ignore an unknown grouping', () => {
    const filters = readTimesFilters(new URLSearchParams('unit=H99.02&period=2026-H1&descendants=0&by=channel'), today);
    expect(filters).toEqual({ unit: 'H99.02', period: { kind: 'half', year: 2026, part: 1 }, descendants: false, by: 'channel' });
    expect(timesFiltersQuery(filters)).toBe('unit=H99.02&period=2026-H1&descendants=0&by=channel');
    expect(timesFiltersQuery({ ...filters, descendants: true, by: 'procedure' })).toBe('unit=H99.02&period=2026-H1');
    expect(readTimesFilters(new URLSearchParams('by=official'), today).by).toBe('procedure');
  });

  it('ask the API with a period, or from and to for a custom range; nothing for a range that is not one', () => {
    const base = readTimesFilters(new URLSearchParams('period=2026-H1&by=month'), today);
    expect(timesApiQuery(base, 'H99')).toBe('unit=H99&period=2026-H1&descendants=true&by=month');
    expect(timesApiQuery({ ...base, period: { kind: 'custom', from: '2026-01-05', to: '2026-02-10' }, descendants: false }, 'H99.X05')).toBe('unit=H99.X05&from=2026-01-05&to=2026-02-10&descendants=false&by=month');
    expect(timesApiQuery({ ...base, period: { kind: 'custom', from: '2026-02-10', to: '2026-01-05' } }, 'H99')).toBeNull();
  });

  it('draw the trend over the twelve months up to the month the period ends in, by month', () => {
    const q3 = readTimesFilters(new URLSearchParams('period=2026-Q3&descendants=0'), today);
    expect(trendApiQuery(q3, 'H99')).toBe('unit=H99&from=2025-10-01&to=2026-09-30&descendants=false&by=month');
    // the official year window ends on 14 December: the trend runs to the end of December
    expect(trendApiQuery({ ...q3, period: { kind: 'reportYear', year: 2026, part: 0 } }, 'H99')).toBe('unit=H99&from=2026-01-01&to=2026-12-31&descendants=false&by=month');
  });
});
