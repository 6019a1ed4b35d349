import { describe, expect, it } from 'vitest';
import { readReportFilters, reportApiQuery, reportFiltersQuery } from './filters.ts';

describe('the report’s filters', () => {
  const today = '2026-11-22';

  it('default to the reader’s unit, the last complete month, with subordinate units, on the period’s tree', () => {
    expect(readReportFilters(new URLSearchParams(''), today)).toEqual({ unit: null, period: { kind: 'month', year: 2026, part: 10 }, descendants: true, todayTree: false });
  });

  it('round-trip through the URL, leaving defaults out', () => {
    const filters = readReportFilters(new URLSearchParams('unit=H99.02&period=report%3A2026-Q3&descendants=0&tree=today'), today);
    expect(filters).toEqual({ unit: 'H99.02', period: { kind: 'reportQuarter', year: 2026, part: 3 }, descendants: false, todayTree: true });
    expect(reportFiltersQuery(filters)).toBe('unit=H99.02&period=report%3A2026-Q3&descendants=0&tree=today');
    expect(reportFiltersQuery({ ...filters, descendants: true, todayTree: false })).toBe('unit=H99.02&period=report%3A2026-Q3');
  });

  it('ignore a period the API would refuse', () => {
    expect(readReportFilters(new URLSearchParams('period=2026-13'), today).period).toEqual({ kind: 'month', year: 2026, part: 10 });
  });

  it('ask the API with a period, or from and to for a custom range, and descendants spelled out', () => {
    const base = readReportFilters(new URLSearchParams('period=2026-H1'), today);
    expect(reportApiQuery(base, 'H99')).toBe('unit=H99&period=2026-H1&descendants=true');
    expect(reportApiQuery({ ...base, period: { kind: 'custom', from: '2026-01-05', to: '2026-02-10' }, descendants: false, todayTree: true }, 'H99.X05')).toBe(
      'unit=H99.X05&from=2026-01-05&to=2026-02-10&descendants=false&tree=today',
    );
  });
});
