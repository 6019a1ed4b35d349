import { describe, expect, it } from 'vitest';
import { trendTop } from './trend.ts';

describe("the top of a target's chart", () => {
  it('reaches the highest of the months, the baseline and the line', () => {
    expect(trendTop({ trend: [{ month: '2026-01', value: 7.5, resolved: 3 }, { month: '2026-02', value: null, resolved: 0 }], baseline: 10.2, target: 7.14 })).toBe(10.2);
    expect(trendTop({ trend: [{ month: '2026-01', value: 98.5, resolved: 3 }], baseline: null, target: 95 })).toBe(98.5);
  });

  it('is 1 while there is nothing to draw', () => {
    expect(trendTop({ trend: [{ month: '2026-01', value: null, resolved: 0 }], baseline: null, target: null })).toBe(1);
  });
});
