import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { addDays, isIsoDate, isValidOn, todayIn } from '../../src/shared/domain/dates.ts';

describe('isIsoDate', () => {
  it('accepts a real leap day', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects a leap day in a common year', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('agrees with the calendar for any year, month and day of date shape (1900 and 2000 included)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const viaDate = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === text;
        expect(isIsoDate(text)).toBe(viaDate);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects dates that roll over (31 April, 30 February, month 13, day 0)', () => {
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-01-00')).toBe(false);
  });

  it('rejects unpadded, timestamped or non-date strings', () => {
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024-01-1')).toBe(false);
    expect(isIsoDate('2024-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2024-01-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('accepts ordinary dates at year edges', () => {
    expect(isIsoDate('2024-01-01')).toBe(true);
    expect(isIsoDate('2024-12-31')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses a month end', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
  });

  it('lands on a leap day and steps over it', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('crosses a year end', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-12-25', 10)).toBe('2025-01-04');
  });

  it('goes backwards with negative days, across year and leap boundaries', () => {
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
  });

  it('returns the same date for zero days', () => {
    expect(addDays('2024-06-15', 0)).toBe('2024-06-15');
  });

  it('adds a whole leap year', () => {
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });
});

describe('todayIn', () => {
  // 18:30 UTC on 9 March is 01:30 on 10 March in Ho Chi Minh City (UTC+7).
  const lateEveningUtc = new Date('2024-03-09T18:30:00Z');

  it('gives the local calendar day of the time zone', () => {
    expect(todayIn('Asia/Ho_Chi_Minh', lateEveningUtc)).toBe('2024-03-10');
    expect(todayIn('UTC', lateEveningUtc)).toBe('2024-03-09');
  });

  it('agrees across zones once both are past midnight', () => {
    const noonUtc = new Date('2024-03-09T12:00:00Z');
    expect(todayIn('Asia/Ho_Chi_Minh', noonUtc)).toBe('2024-03-09');
    expect(todayIn('UTC', noonUtc)).toBe('2024-03-09');
  });

  it('gives the previous day west of UTC just after UTC midnight', () => {
    expect(todayIn('America/New_York', new Date('2024-01-01T03:00:00Z'))).toBe('2023-12-31');
  });
});

describe('isValidOn', () => {
  const closed = { validFrom: '2024-01-01', validTo: '2024-06-30' };
  const open = { validFrom: '2024-01-01', validTo: null };

  it('includes both ends of a closed range', () => {
    expect(isValidOn(closed, '2024-01-01')).toBe(true);
    expect(isValidOn(closed, '2024-06-30')).toBe(true);
    expect(isValidOn(closed, '2024-03-15')).toBe(true);
  });

  it('excludes the days just outside a closed range', () => {
    expect(isValidOn(closed, '2023-12-31')).toBe(false);
    expect(isValidOn(closed, '2024-07-01')).toBe(false);
  });

  it('treats a null end as open', () => {
    expect(isValidOn(open, '2024-01-01')).toBe(true);
    expect(isValidOn(open, '2099-12-31')).toBe(true);
    expect(isValidOn(open, '2023-12-31')).toBe(false);
  });

  it('accepts a one-day range on that day only', () => {
    const oneDay = { validFrom: '2024-05-05', validTo: '2024-05-05' };
    expect(isValidOn(oneDay, '2024-05-05')).toBe(true);
    expect(isValidOn(oneDay, '2024-05-04')).toBe(false);
    expect(isValidOn(oneDay, '2024-05-06')).toBe(false);
  });
});
