import { describe, expect, it } from 'vitest';
import { daysIn, expectedBy, isBehind, weekEndOf } from '../../src/shared/domain/survey-progress.ts';
import { drawCodes } from '../../src/shared/domain/survey-draw.ts';

/** A first-quarter wave of 90 days with the 385 of N = 10,000 at 5 %. */
const Q1 = { from: '2026-01-01', to: '2026-03-31', target: 385 };

describe('keeping pace with a survey target: responses < target × the share of the period gone', () => {
  it('counts the days of the period, both ends in', () => {
    expect(daysIn('2026-01-01', '2026-03-31')).toBe(90);
    expect(daysIn('2024-02-01', '2024-02-29')).toBe(29);
  });

  it('expects ⌈385 × 45 ÷ 90⌉ = 193 on 15 February (45 whole days gone), so 192 is behind and 193 is not', () => {
    expect(expectedBy(Q1, '2026-02-15')).toBe(193);
    expect(isBehind(Q1, 192, '2026-02-15')).toBe(true);
    expect(isBehind(Q1, 193, '2026-02-15')).toBe(false);
  });

  it('takes a whole quotient as it is: 200 × 45 ÷ 90 = 100 exactly, so 100 keeps pace', () => {
    expect(expectedBy({ ...Q1, target: 200 }, '2026-02-15')).toBe(100);
    expect(isBehind({ ...Q1, target: 200 }, 100, '2026-02-15')).toBe(false);
    expect(isBehind({ ...Q1, target: 200 }, 99, '2026-02-15')).toBe(true);
  });

  it('expects nothing before or on the first day, 385 × 89 ÷ 90 → 381 on the last, the whole target after it', () => {
    expect(expectedBy(Q1, '2025-12-20')).toBe(0);
    expect(expectedBy(Q1, '2026-01-01')).toBe(0);
    expect(isBehind(Q1, 0, '2026-01-01')).toBe(false);
    expect(expectedBy(Q1, '2026-01-02')).toBe(5); // ⌈385 ÷ 90⌉
    expect(expectedBy(Q1, '2026-03-31')).toBe(381); // ⌈380.72⌉
    expect(expectedBy(Q1, '2026-04-01')).toBe(385);
    expect(expectedBy(Q1, '2027-01-01')).toBe(385);
  });

  it('expects nothing of a unit with no target', () => {
    expect(expectedBy({ ...Q1, target: 0 }, '2026-03-01')).toBe(0);
    expect(isBehind({ ...Q1, target: 0 }, 0, '2026-03-01')).toBe(false);
  });

  it('agrees with counting day by day: behind exactly when responses × days < target × elapsed', () => {
    for (let day = 0; day <= 95; day++) {
      const today = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      const elapsed = Math.min(90, day);
      for (const responses of [0, 57, 192, 193, 385]) expect(isBehind(Q1, responses, today)).toBe(responses * 90 < 385 * elapsed);
    }
  });

  it('keys the weekly reminder by the Sunday ending the week (Monday to Sunday)', () => {
    expect(weekEndOf('2026-02-09')).toBe('2026-02-15'); // a Monday
    expect(weekEndOf('2026-02-12')).toBe('2026-02-15');
    expect(weekEndOf('2026-02-15')).toBe('2026-02-15'); // a Sunday
    expect(weekEndOf('2026-02-16')).toBe('2026-02-22');
    expect(weekEndOf('2026-12-31')).toBe('2027-01-03');
  });
});

describe('a drawn sample of dossier codes, reproducible from its seed', () => {
  const codes = Array.from({ length: 20 }, (_, i) => `D-${String(i + 1).padStart(3, '0')}`);

  it('draws the same codes from the same seed and stratum, whatever order the codes come in', () => {
    expect(drawCodes(codes, 5, 42, 'H99.02')).toEqual(['D-007', 'D-017', 'D-006', 'D-008', 'D-009']);
    expect(drawCodes([...codes].reverse(), 5, 42, 'H99.02')).toEqual(['D-007', 'D-017', 'D-006', 'D-008', 'D-009']);
    // Another seed, another stratum: another draw.
    expect(drawCodes(codes, 5, 43, 'H99.02')).toEqual(['D-011', 'D-002', 'D-020', 'D-006', 'D-010']);
    expect(drawCodes(codes, 5, 42, 'H99.X05')).toEqual(['D-009', 'D-010', 'D-012', 'D-001', 'D-019']);
  });

  it('draws distinct codes from those given, all of them when asked for more, none when asked for none', () => {
    const drawn = drawCodes([...codes, 'D-001'], 12, 7, 'u');
    expect(new Set(drawn).size).toBe(12);
    expect(drawn.every((c) => codes.includes(c))).toBe(true);
    expect(drawCodes(codes, 50, 7, 'u').sort()).toEqual(codes);
    expect(drawCodes(codes, 0, 7, 'u')).toEqual([]);
    expect(drawCodes([], 5, 7, 'u')).toEqual([]);
    expect(() => drawCodes(codes, -1, 7, 'u')).toThrow(RangeError);
  });

  it('gives every code about the same chance: 2,000 draws of 5 of 20 pick each code 500 ± 80 times', () => {
    const picked = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) for (const c of drawCodes(codes, 5, seed, 'u')) picked.set(c, (picked.get(c) ?? 0) + 1);
    expect(picked.size).toBe(20);
    for (const n of picked.values()) expect(Math.abs(n - 500)).toBeLessThan(80);
  });
});
