import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/domain/dates.ts';
import { coveringSpans, type GrainSpan } from '../../src/shared/domain/time-grains.ts';

const span = (grain: GrainSpan['grain'], from: string, before: string): GrainSpan => ({ grain, from, before });

/** The days a span's rows stand for: a row dated d of grain g holds the days of its period. */
function daysOf(spans: GrainSpan[]): string[] {
  const days: string[] = [];
  for (const s of spans) for (let d = s.from; d < s.before; d = addDays(d, 1)) days.push(d);
  return days.sort();
}

describe('coveringSpans', () => {
  it('reads a whole year as its year row, a quarter as its quarter row, a month as its month row', () => {
    expect(coveringSpans('2025-01-01', '2025-12-31')).toEqual([span('y', '2025-01-01', '2026-01-01')]);
    expect(coveringSpans('2026-07-01', '2026-09-30')).toEqual([span('q', '2026-07-01', '2026-10-01')]);
    expect(coveringSpans('2026-10-01', '2026-10-31')).toEqual([span('m', '2026-10-01', '2026-11-01')]);
    expect(coveringSpans('2026-01-01', '2026-06-30')).toEqual([span('q', '2026-01-01', '2026-07-01')]);
  });

  it('takes the coarsest whole periods inside, the finer ones around them, days at the ragged ends', () => {
    expect(coveringSpans('2024-11-15', '2026-08-10')).toEqual([
      span('y', '2025-01-01', '2026-01-01'),
      span('m', '2024-12-01', '2025-01-01'),
      span('d', '2024-11-15', '2024-12-01'),
      span('q', '2026-01-01', '2026-07-01'),
      span('m', '2026-07-01', '2026-08-01'),
      span('d', '2026-08-01', '2026-08-11'),
    ]);
    expect(coveringSpans('2026-02-10', '2026-02-20')).toEqual([span('d', '2026-02-10', '2026-02-21')]);
  });

  it('with monthly rows only, a year is twelve months', () => {
    expect(coveringSpans('2025-01-01', '2025-12-31', true)).toEqual([span('m', '2025-01-01', '2026-01-01')]);
    expect(coveringSpans('2024-12-31', '2025-02-01', true)).toEqual([span('m', '2025-01-01', '2025-02-01'), span('d', '2024-12-31', '2025-01-01'), span('d', '2025-02-01', '2025-02-02')]);
  });

  it('covers every day of any period exactly once, and nothing else', () => {
    const starts = ['2023-12-31', '2024-01-01', '2024-02-29', '2024-03-31', '2024-04-01', '2024-06-15', '2024-10-01'];
    for (const lo of starts)
      for (const length of [0, 1, 30, 91, 200, 366, 400, 800])
        for (const monthly of [false, true]) {
          const hi = addDays(lo, length);
          const want: string[] = [];
          for (let d = lo; d <= hi; d = addDays(d, 1)) want.push(d);
          const spans = coveringSpans(lo, hi, monthly);
          expect(daysOf(spans)).toEqual(want);
          if (monthly) expect(spans.every((s) => s.grain === 'm' || s.grain === 'd')).toBe(true);
        }
    expect(coveringSpans('2026-03-02', '2026-03-01')).toEqual([]);
  });
});
