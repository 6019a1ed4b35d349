import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { addDays, isIsoDate } from '../../src/shared/domain/dates.ts';
import {
  COUNTRIES,
  HOLIDAY_LOCALES,
  HOLIDAY_SOURCES,
  HOLIDAYS_UNVERIFIED,
  HOLIDAYS,
  calendarRules,
  type Country,
  type HolidayEntry,
} from '../../src/shared/domain/holidays.data.ts';
import {
  addWorkingDays,
  buildWorkingCalendar,
  calendarDaysBetween,
  isWorkingDay,
  workingDaysBetween,
  type CalendarRules,
} from '../../src/shared/domain/working-days.ts';

const vn = buildWorkingCalendar(calendarRules(HOLIDAYS, 'VN'));
const la = buildWorkingCalendar(calendarRules(HOLIDAYS, 'LA'));
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('workingDaysBetween (after the day of receipt, up to and including the day of resolution)', () => {
  it('Monday to Tuesday is 1 working day, the same day 0', () => {
    expect(workingDaysBetween(vn, '2024-03-18', '2024-03-19')).toBe(1);
    expect(workingDaysBetween(vn, '2024-03-18', '2024-03-18')).toBe(0);
  });

  it('skips a weekend: Friday to Monday is 1, Friday to the next Friday 5', () => {
    expect(workingDaysBetween(vn, '2024-03-15', '2024-03-18')).toBe(1);
    expect(workingDaysBetween(vn, '2024-03-15', '2024-03-22')).toBe(5);
    expect(calendarDaysBetween('2024-03-15', '2024-03-22')).toBe(7);
  });

  it('a dossier received on a Saturday starts counting on Monday', () => {
    expect(workingDaysBetween(vn, '2024-03-16', '2024-03-18')).toBe(1);
  });

  it('skips Tết 2024 in Vietnam (8–14 February off)', () => {
    expect(workingDaysBetween(vn, '2024-02-07', '2024-02-15')).toBe(1);
    expect(calendarDaysBetween('2024-02-07', '2024-02-15')).toBe(8);
    // 6, 7 | 8–14 off | 15, 16 | 17, 18 weekend | 19
    expect(workingDaysBetween(vn, '2024-02-05', '2024-02-19')).toBe(5);
    expect(isWorkingDay(vn, '2024-02-14')).toBe(false);
  });

  it('counts the compensatory working Saturday of 4 May 2024 and skips the bridged 29 April', () => {
    expect(isWorkingDay(vn, '2024-05-04')).toBe(true);
    expect(isWorkingDay(vn, '2024-05-11')).toBe(false);
    expect(isWorkingDay(vn, '2024-04-29')).toBe(false);
    expect(workingDaysBetween(vn, '2024-05-03', '2024-05-04')).toBe(1);
    // 27, 28 weekend | 29, 30, 1 off | 2, 3, 4 (worked Saturday) | 5 Sunday | 6
    expect(workingDaysBetween(vn, '2024-04-26', '2024-05-06')).toBe(4);
  });

  it('New Year 2026: Friday 2 January bridged, Saturday 10 January worked; Tết 2025 without a worked Saturday', () => {
    expect(isWorkingDay(vn, '2026-01-02')).toBe(false);
    expect(isWorkingDay(vn, '2026-01-10')).toBe(true);
    // 1, 2 off | 3, 4 weekend | 5–9 | 10 (worked Saturday) | 11 Sunday | 12
    expect(workingDaysBetween(vn, '2025-12-31', '2026-01-12')).toBe(7);
    // 25 Jan–2 Feb 2025 off; 8 February is an ordinary Saturday
    expect(workingDaysBetween(vn, '2025-01-24', '2025-02-03')).toBe(1);
    expect(isWorkingDay(vn, '2025-02-08')).toBe(false);
  });

  it('Lao New Year 2023: 14 April and the days in lieu 17–18 April are off in Laos, not in Vietnam', () => {
    expect(workingDaysBetween(la, '2023-04-13', '2023-04-19')).toBe(1);
    expect(workingDaysBetween(vn, '2023-04-13', '2023-04-19')).toBe(4);
  });

  it("Laos' Women's Day (women only) leaves the office open: 8 March 2024 is a working day", () => {
    expect(isWorkingDay(la, '2024-03-08')).toBe(true);
    expect(workingDaysBetween(la, '2024-03-07', '2024-03-08')).toBe(1);
  });

  it('a holiday added to the calendar lowers the count', () => {
    const rules = calendarRules(HOLIDAYS, 'VN');
    const withExtra = buildWorkingCalendar({ ...rules, daysOff: [...rules.daysOff, '2024-03-20'] });
    expect(workingDaysBetween(vn, '2024-03-18', '2024-03-22')).toBe(4);
    expect(workingDaysBetween(withExtra, '2024-03-18', '2024-03-22')).toBe(3);
    expect(addWorkingDays(withExtra, '2024-03-19', 1)).toBe('2024-03-21');
  });

  it('resolution before receipt counts 0 days, as dossier-flows reads it as resolution on receipt', () => {
    expect(workingDaysBetween(vn, '2024-03-22', '2024-03-18')).toBe(0);
    expect(calendarDaysBetween('2024-03-22', '2024-03-18')).toBe(0);
  });

  it('outside the years of the data only the weekend applies', () => {
    expect(workingDaysBetween(vn, '2030-01-04', '2030-01-07')).toBe(1);
    expect(workingDaysBetween(vn, '2019-12-27', '2020-01-02')).toBe(3);
    const bare = buildWorkingCalendar({ weekend: [6, 0], daysOff: [], workingDays: [] });
    expect(workingDaysBetween(bare, '1969-12-26', '1970-01-05')).toBe(6);
    expect(addWorkingDays(bare, '1969-12-31', 3)).toBe('1970-01-05');
  });

  it('refuses contradictory rules and bad input', () => {
    expect(() => buildWorkingCalendar({ weekend: [6, 0], daysOff: [], workingDays: ['2024-05-06'] })).toThrow(RangeError);
    expect(() => buildWorkingCalendar({ weekend: [6, 0], daysOff: ['2024-05-04'], workingDays: ['2024-05-04'] })).toThrow(RangeError);
    expect(() => buildWorkingCalendar({ weekend: [6, 0], daysOff: ['2024-02-30'], workingDays: [] })).toThrow(RangeError);
    expect(() => addWorkingDays(vn, '2024-03-18', -1)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('gives the n-th working day after a date; 0 gives the date itself', () => {
    expect(addWorkingDays(vn, '2024-02-07', 1)).toBe('2024-02-15');
    expect(addWorkingDays(vn, '2024-05-03', 1)).toBe('2024-05-04');
    expect(addWorkingDays(vn, '2024-03-15', 5)).toBe('2024-03-22');
    expect(addWorkingDays(vn, '2024-03-16', 0)).toBe('2024-03-16');
  });
});

/** The definition, day by day: the oracle the fast calendar is checked against. */
function naiveWorkingDays(rules: CalendarRules, from: string, to: string): number {
  const off = new Set(rules.daysOff);
  const worked = new Set(rules.workingDays);
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const rest = rules.weekend.includes(weekdayOf(d) as 0) || off.has(d);
    if (worked.has(d) || !rest) n++;
  }
  return n;
}

describe('the fast count equals a day-by-day count', () => {
  const dayIn = fc.integer({ min: 0, max: 3652 + 365 }).map((i) => addDays('2019-07-01', i));
  for (const country of COUNTRIES) {
    const rules = calendarRules(HOLIDAYS, country);
    const cal = buildWorkingCalendar(rules);
    it(`for random pairs of dates 2019–2029 (${country})`, () => {
      fc.assert(
        fc.property(dayIn, fc.integer({ min: 0, max: 200 }), (from, span) => {
          const to = addDays(from, span);
          expect(workingDaysBetween(cal, from, to)).toBe(naiveWorkingDays(rules, from, to));
          expect(calendarDaysBetween(from, to)).toBe(span);
        }),
        { numRuns: 400 },
      );
    });

    it(`addWorkingDays is the inverse of workingDaysBetween (${country})`, () => {
      fc.assert(
        fc.property(dayIn, fc.integer({ min: 0, max: 120 }), (from, n) => {
          const due = addWorkingDays(cal, from, n);
          expect(workingDaysBetween(cal, from, due)).toBe(n);
          if (n > 0) {
            expect(isWorkingDay(cal, due)).toBe(true);
            expect(workingDaysBetween(cal, from, addDays(due, -1))).toBe(n - 1);
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe('shipped holiday data', () => {
  const years = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];
  const scripts: Record<string, RegExp> = { lo: /[\u0E80-\u0EFF]/, km: /[\u1780-\u17FF]/, th: /[\u0E00-\u0E7F]/ };

  it('has entries and a source for every year 2020–2027 in both countries', () => {
    for (const country of COUNTRIES) {
      for (const year of years) {
        const own = HOLIDAYS.filter((e) => e.country === country && e.date.startsWith(`${year}-`));
        expect(own.length, `${country} ${year}`).toBeGreaterThanOrEqual(5);
        expect(own.some((e) => e.holiday === (country === 'VN' ? 'tet' : 'piMai')), `${country} ${year} new year`).toBe(true);
        expect(HOLIDAY_SOURCES.filter((s) => s.country === country && s.year === year)).toHaveLength(1);
      }
    }
  });

  it('has valid dates, no duplicates, and names in all five languages in their scripts', () => {
    const seen = new Set<string>();
    for (const e of HOLIDAYS) {
      expect(isIsoDate(e.date), e.date).toBe(true);
      expect(years).toContain(Number(e.date.slice(0, 4)));
      const key = `${e.country} ${e.date}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      for (const locale of HOLIDAY_LOCALES) expect(e.names[locale].trim(), `${key} ${locale}`).not.toBe('');
      for (const [locale, script] of Object.entries(scripts)) expect(e.names[locale as 'lo'], `${key} ${locale}`).toMatch(script);
    }
  });

  it('lists unverified dates that are in the data, except the Culture Day left out on purpose', () => {
    for (const u of HOLIDAYS_UNVERIFIED.filter((x) => x.date !== null)) {
      const listed = HOLIDAYS.some((e) => e.country === u.country && e.date === u.date);
      expect(listed, `${u.country} ${u.date}`).toBe(u.date !== '2026-11-24');
    }
  });

  it('puts every working day on a weekend and every compensatory or bridging day on a weekday', () => {
    const on = (e: HolidayEntry) => weekdayOf(e.date);
    for (const e of HOLIDAYS.filter((x) => x.kind === 'working')) expect([0, 6], e.date).toContain(on(e));
    for (const e of HOLIDAYS.filter((x) => x.kind === 'compensatory' || x.kind === 'bridge')) expect([1, 2, 3, 4, 5], e.date).toContain(on(e));
  });

  it("balances Vietnam's swaps: each year has as many bridging days off as worked weekend days", () => {
    for (const year of years) {
      const own = HOLIDAYS.filter((e) => e.country === 'VN' && e.date.startsWith(`${year}-`));
      expect(own.filter((e) => e.kind === 'bridge').length, String(year)).toBe(own.filter((e) => e.kind === 'working').length);
    }
  });

  it('counts the days off of each country in 2024 (weekdays the offices close)', () => {
    const daysOff = (country: Country) => {
      const cal = buildWorkingCalendar(calendarRules(HOLIDAYS, country));
      let closedWeekdays = 0;
      for (let d = '2024-01-01'; d <= '2024-12-31'; d = addDays(d, 1)) if (![0, 6].includes(weekdayOf(d)) && !isWorkingDay(cal, d)) closedWeekdays++;
      return closedWeekdays;
    };
    // VN: 1 Jan, Tết 8–14 Feb (5 weekdays), 18 Apr, 29 Apr–1 May (3), 2–3 Sep (2) = 12 (4 May worked is a Saturday, not counted here)
    expect(daysOff('VN')).toBe(12);
    // LA: 1 Jan, 15–17 Apr (3), 1 May, 2 Dec = 6 (8 March is for women only)
    expect(daysOff('LA')).toBe(6);
  });
});
