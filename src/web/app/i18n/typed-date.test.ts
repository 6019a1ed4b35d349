import { describe, expect, it } from 'vitest';
import type { Preferences } from '../../../shared/contracts/auth.ts';
import { formatTypedDate, parseTypedDate } from './typed-date.ts';

const vi: Preferences = { locale: 'vi', numerals: 'latn', calendar: 'gregory' };
const thBuddhist: Preferences = { locale: 'th', numerals: 'latn', calendar: 'buddhist' };
const thBuddhistThaiDigits: Preferences = { locale: 'th', numerals: 'native', calendar: 'buddhist' };
const thGregorian: Preferences = { locale: 'th', numerals: 'latn', calendar: 'gregory' };
const loLaoDigits: Preferences = { locale: 'lo', numerals: 'native', calendar: 'gregory' };
const kmKhmerDigits: Preferences = { locale: 'km', numerals: 'native', calendar: 'gregory' };

describe('dates typed day/month/year in the user’s digits and calendar', () => {
  it('shows day/month/year, padded', () => {
    expect(formatTypedDate('2026-03-05', vi)).toBe('05/03/2026');
  });

  it('shows Buddhist-era years to a Thai reader who counts in them, Gregorian ones otherwise', () => {
    expect(formatTypedDate('2026-12-25', thBuddhist)).toBe('25/12/2569');
    expect(formatTypedDate('2026-12-25', thGregorian)).toBe('25/12/2026');
  });

  it('writes native digits when chosen', () => {
    expect(formatTypedDate('2026-12-25', thBuddhistThaiDigits)).toBe('๒๕/๑๒/๒๕๖๙');
    expect(formatTypedDate('2026-12-25', loLaoDigits)).toBe('໒໕/໑໒/໒໐໒໖');
    expect(formatTypedDate('2026-12-25', kmKhmerDigits)).toBe('២៥/១២/២០២៦');
  });

  it('reads a Buddhist-era year back as the Common Era', () => {
    expect(parseTypedDate('25/12/2569', thBuddhist)).toBe('2026-12-25');
    expect(parseTypedDate('25/12/2026', thGregorian)).toBe('2026-12-25');
  });

  it('reads native or Latin digits, one-digit days and months, and ., - or spaces between', () => {
    expect(parseTypedDate('๒๕/๑๒/๒๕๖๙', thBuddhistThaiDigits)).toBe('2026-12-25');
    expect(parseTypedDate('25/12/2569', thBuddhistThaiDigits)).toBe('2026-12-25');
    expect(parseTypedDate('໕/໓/໒໐໒໖', loLaoDigits)).toBe('2026-03-05');
    expect(parseTypedDate('២៥-១២-២០២៦', kmKhmerDigits)).toBe('2026-12-25');
    expect(parseTypedDate(' 5.3.2026 ', vi)).toBe('2026-03-05');
    expect(parseTypedDate('5 3 2026', vi)).toBe('2026-03-05');
  });

  it('round-trips what it shows', () => {
    for (const prefs of [vi, thBuddhist, thBuddhistThaiDigits, loLaoDigits, kmKhmerDigits]) {
      expect(parseTypedDate(formatTypedDate('2024-02-29', prefs), prefs)).toBe('2024-02-29');
    }
  });

  it('refuses what is not a day of the calendar', () => {
    expect(parseTypedDate('31/02/2026', vi)).toBeNull();
    expect(parseTypedDate('29/02/2025', vi)).toBeNull();
    expect(parseTypedDate('12/25/2026', vi)).toBeNull();
    expect(parseTypedDate('25/12/26', vi)).toBeNull();
    expect(parseTypedDate('2026-12-25', vi)).toBeNull();
    expect(parseTypedDate('25/12/0500', thBuddhist)).toBeNull();
    expect(parseTypedDate('', vi)).toBeNull();
    expect(parseTypedDate('hôm nay', vi)).toBeNull();
  });
});
