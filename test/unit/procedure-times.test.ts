import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTimeSums, costFiguresOf, dossierTimeSums, emptyTimeSums, percentileDays, ratioHalfUp, timeFiguresOf } from '../../src/shared/domain/procedure-times.ts';

const resolved = (workingDays: number, statutoryDays: number | null = null, extra: Partial<Parameters<typeof dossierTimeSums>[0]> = {}) =>
  dossierTimeSums({ workingDays, calendarDays: workingDays + 2, statutoryDays, supplementSent: false, amountPaidCents: null, online: false, ...extra });
const sumOf = (...list: ReturnType<typeof resolved>[]) => list.reduce((s, d) => addTimeSums(s, d), emptyTimeSums());

describe('procedure time figures from sums', () => {
  it('gives mean, median and 90th percentile by nearest rank, and the share within the statutory time', () => {
    const s = sumOf(resolved(1, 1), resolved(2, 1), resolved(5, 5), resolved(0, 5), resolved(6, 5, { supplementSent: true }));
    expect(timeFiguresOf(s)).toEqual({
      resolved: 5, meanWorkingDays: 2.8, medianWorkingDays: 2, p90WorkingDays: 6, meanCalendarDays: 4.8,
      withinStatutory: 3, withinStatutoryRate: 60, statutoryRatio: 0.82, supplementExcluded: 1,
    });
  });

  it('rounds days half-up on integers: 2/3 → 0.67, 1/8 → 0.13, 5/2 → 2.5', () => {
    expect([ratioHalfUp(2, 3), ratioHalfUp(1, 8), ratioHalfUp(5, 2), ratioHalfUp(1, 0)]).toEqual([0.67, 0.13, 2.5, null]);
  });

  it('counts days exactly up to 90 and says "more than 90" (null) beyond', () => {
    const s = sumOf(resolved(90), resolved(91), resolved(150));
    expect(s.histogram[90]).toBe(1);
    expect(s.histogram[91]).toBe(2);
    expect(timeFiguresOf(s)).toMatchObject({ meanWorkingDays: 110.33, medianWorkingDays: null, p90WorkingDays: null });
    expect(percentileDays(sumOf(resolved(90), resolved(90), resolved(200)).histogram, 0.5)).toBe(90);
    expect(percentileDays(emptyTimeSums().histogram, 0.5)).toBeNull();
  });

  it('agrees with sorting the days, for any dossiers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 1, maxLength: 60 }), (days) => {
        const sorted = [...days].sort((a, b) => a - b);
        const h = sumOf(...days.map((d) => resolved(d))).histogram;
        expect(percentileDays(h, 0.5)).toBe(sorted[Math.ceil(sorted.length / 2) - 1]);
        expect(percentileDays(h, 0.9)).toBe(sorted[Math.ceil((9 * sorted.length) / 10) - 1]);
      }),
    );
  });

  it('sums what was paid in cents and gives the mean to the cent', () => {
    const s = sumOf(resolved(1, null, { amountPaidCents: 1_000_000, online: true, savingCents: 250_000 }), resolved(1, null, { amountPaidCents: 1_500_001 }), resolved(1));
    expect(costFiguresOf(s, 'VND')).toEqual({ currency: 'VND', paidDossiers: 2, totalPaid: 25_000.01, meanPaid: 12_500.01, onlineSaving: 2_500 });
    expect([s.paidOnline, s.paidOnlineCents]).toEqual([1, 1_000_000]);
  });
});
