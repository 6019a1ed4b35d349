import { describe, expect, it } from 'vitest';
import { effectivePreferences, switchLocale } from '../../src/shared/domain/preferences.ts';

describe('user preferences', () => {
  it('fills what was never chosen: Vietnamese, Latin digits, Buddhist era for Thai only', () => {
    expect(effectivePreferences({})).toEqual({ locale: 'vi', numerals: 'latn', calendar: 'gregory' });
    expect(effectivePreferences({ locale: 'th' })).toEqual({ locale: 'th', numerals: 'latn', calendar: 'buddhist' });
    expect(effectivePreferences({ locale: 'th', calendar: 'gregory', numerals: 'native' })).toEqual({ locale: 'th', numerals: 'native', calendar: 'gregory' });
  });

  it('switching language starts with its default calendar and keeps the digits; the same language changes nothing', () => {
    expect(switchLocale({ locale: 'lo', numerals: 'native', calendar: 'gregory' }, 'th')).toEqual({ locale: 'th', calendar: 'buddhist' });
    expect(switchLocale({ locale: 'th', numerals: 'latn', calendar: 'buddhist' }, 'km')).toEqual({ locale: 'km', calendar: 'gregory' });
    expect(switchLocale({ locale: 'th', numerals: 'latn', calendar: 'gregory' }, 'th')).toEqual({});
  });
});
