import { describe, expect, it } from 'vitest';
import { lastComplete, lastMonthOf, parsePeriodText, PERIOD_KINDS, periodText, rangeOf, withKind, type PeriodChoice } from './period.ts';

describe('periodText and parsePeriodText', () => {
  const cases: [PeriodChoice, string][] = [
    [{ kind: 'month', year: 2026, part: 9 }, '2026-09'],
    [{ kind: 'quarter', year: 2026, part: 3 }, '2026-Q3'],
    [{ kind: 'half', year: 2026, part: 1 }, '2026-H1'],
    [{ kind: 'year', year: 2026, part: 0 }, '2026'],
    [{ kind: 'reportMonth', year: 2026, part: 9 }, 'report:2026-09'],
    [{ kind: 'reportQuarter', year: 2026, part: 3 }, 'report:2026-Q3'],
    [{ kind: 'report6M', year: 2026, part: 0 }, 'report:2026-6M'],
    [{ kind: 'report9M', year: 2026, part: 0 }, 'report:2026-9M'],
    [{ kind: 'reportYear', year: 2026, part: 0 }, 'report:2026'],
    [{ kind: 'custom', from: '2026-01-05', to: '2026-02-10' }, '2026-01-05..2026-02-10'],
  ];
  it.each(cases)('%o is %s and back', (choice, text) => {
    expect(periodText(choice)).toBe(text);
    expect(parsePeriodText(text)).toEqual(choice);
  });

  it('refuses what the API would refuse', () => {
    for (const bad of [null, '', '2026-13', '2026-Q5', 'report:2026-H1', '2026-6M', '2026-02-10..2026-01-05', '2026-02-30..2026-03-01', 'soon']) {
      expect(parsePeriodText(bad), String(bad)).toBeNull();
    }
  });
});

describe('rangeOf', () => {
  it('gives calendar periods and the official 15th-to-14th windows', () => {
    expect(rangeOf({ kind: 'month', year: 2026, part: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(rangeOf({ kind: 'reportMonth', year: 2026, part: 9 })).toEqual({ from: '2026-08-15', to: '2026-09-14' });
    expect(rangeOf({ kind: 'reportMonth', year: 2026, part: 1 })).toEqual({ from: '2025-12-15', to: '2026-01-14' });
    expect(rangeOf({ kind: 'report9M', year: 2026, part: 0 })).toEqual({ from: '2025-12-15', to: '2026-09-14' });
    expect(rangeOf({ kind: 'custom', from: '2026-01-05', to: 'bad' })).toBeNull();
  });
});

describe('lastComplete', () => {
  const today = '2026-11-22';
  it.each([
    ['month', '2026-10'],
    ['quarter', '2026-Q3'],
    ['half', '2026-H1'],
    ['year', '2025'],
    ['reportMonth', 'report:2026-11'],
    ['reportQuarter', 'report:2026-Q3'],
    ['report6M', 'report:2026-6M'],
    ['report9M', 'report:2026-9M'],
    ['reportYear', 'report:2025'],
    ['custom', '2026-10-01..2026-10-31'],
  ] as const)('on 22 Nov 2026 the last complete %s is %s', (kind, text) => {
    expect(periodText(lastComplete(kind, today))).toBe(text);
  });

  it('crosses the year: in early January the last month is December, the official window of December too', () => {
    expect(periodText(lastComplete('month', '2027-01-03'))).toBe('2026-12');
    expect(periodText(lastComplete('reportMonth', '2026-12-20'))).toBe('report:2026-12');
    expect(periodText(lastComplete('reportMonth', '2027-01-03'))).toBe('report:2026-12');
    expect(periodText(lastComplete('reportYear', '2026-12-15'))).toBe('report:2026');
    expect(periodText(lastComplete('quarter', '2027-01-01'))).toBe('2026-Q4');
  });

  it('always gives a period that has ended, for every kind and every day of a year', () => {
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      const today = new Date(day).toISOString().slice(0, 10);
      for (const kind of PERIOD_KINDS) {
        const range = rangeOf(lastComplete(kind, today))!;
        expect(range.to < today, `${kind} on ${today}`).toBe(true);
      }
    }
  });
});

describe('withKind', () => {
  const today = '2026-11-22';
  it('keeps the year and the month the period holds', () => {
    expect(withKind({ kind: 'month', year: 2026, part: 8 }, 'quarter', today)).toEqual({ kind: 'quarter', year: 2026, part: 3 });
    expect(withKind({ kind: 'quarter', year: 2026, part: 3 }, 'half', today)).toEqual({ kind: 'half', year: 2026, part: 2 });
    expect(withKind({ kind: 'quarter', year: 2025, part: 2 }, 'reportMonth', today)).toEqual({ kind: 'reportMonth', year: 2025, part: 4 });
    expect(withKind({ kind: 'month', year: 2026, part: 8 }, 'year', today)).toEqual({ kind: 'year', year: 2026, part: 0 });
  });

  it('from a whole year, picks its last part, or the latest complete one in the running year', () => {
    expect(withKind({ kind: 'year', year: 2025, part: 0 }, 'month', today)).toEqual({ kind: 'month', year: 2025, part: 12 });
    expect(withKind({ kind: 'year', year: 2026, part: 0 }, 'month', today)).toEqual({ kind: 'month', year: 2026, part: 10 });
  });

  it('turns any period into its own dates as a custom range, and back', () => {
    expect(withKind({ kind: 'reportMonth', year: 2026, part: 9 }, 'custom', today)).toEqual({ kind: 'custom', from: '2026-08-15', to: '2026-09-14' });
    expect(withKind({ kind: 'custom', from: '2026-01-01', to: '2026-01-09' }, 'quarter', today)).toEqual({ kind: 'quarter', year: 2026, part: 3 });
  });
});

describe('lastMonthOf', () => {
  it('is the month that ends the period, never a month still to come', () => {
    expect(lastMonthOf({ kind: 'quarter', year: 2026, part: 3 }, '2026-11-22')).toBe('2026-09');
    expect(lastMonthOf({ kind: 'year', year: 2026, part: 0 }, '2026-11-22')).toBe('2026-11');
    expect(lastMonthOf({ kind: 'month', year: 2026, part: 10 }, '2026-11-22')).toBe('2026-10');
  });
});
