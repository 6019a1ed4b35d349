import { describe, expect, it } from 'vitest';
import { monthsOf, parsePeriod } from '../../src/shared/domain/periods.ts';

const range = (text: string) => {
  const p = parsePeriod(text);
  return p && [p.from, p.to];
};

describe('reporting periods', () => {
  it('cuts calendar months, quarters, half-years and years', () => {
    expect(range('2026-09')).toEqual(['2026-09-01', '2026-09-30']);
    expect(range('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(range('2026-Q3')).toEqual(['2026-07-01', '2026-09-30']);
    expect(range('2026-H1')).toEqual(['2026-01-01', '2026-06-30']);
    expect(range('2026-H2')).toEqual(['2026-07-01', '2026-12-31']);
    expect(range('2026')).toEqual(['2026-01-01', '2026-12-31']);
    expect(range('2026-01-05..2026-02-10')).toEqual(['2026-01-05', '2026-02-10']);
  });

  it('cuts the official reporting windows, the 15th to the 14th', () => {
    expect(range('report:2026-09')).toEqual(['2026-08-15', '2026-09-14']);
    expect(range('report:2026-01')).toEqual(['2025-12-15', '2026-01-14']);
    expect(range('report:2026-Q1')).toEqual(['2025-12-15', '2026-03-14']);
    expect(range('report:2026-Q3')).toEqual(['2026-06-15', '2026-09-14']);
    expect(range('report:2026-6M')).toEqual(['2025-12-15', '2026-06-14']);
    expect(range('report:2026-9M')).toEqual(['2025-12-15', '2026-09-14']);
    expect(range('report:2026')).toEqual(['2025-12-15', '2026-12-14']);
  });

  it('refuses what is not a period', () => {
    for (const bad of ['2026-13', '2026-Q5', 'report:2026-H1', '2026-02-30..2026-03-01', '2026-03-02..2026-03-01', 'soon', '']) expect(parsePeriod(bad), bad).toBeNull();
  });

  it('lists the months a period touches', () => {
    expect(monthsOf(parsePeriod('report:2026-Q1')!)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(monthsOf(parsePeriod('2026-09')!)).toEqual(['2026-09']);
  });
});
