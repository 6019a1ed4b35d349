import type { Locale } from './locales.ts';
import type { Preferences } from './contracts/auth.ts';

/** The region each interface language formats for (en-GB: day before month, as in the region). */
export const REGION_TAG: Record<Locale, string> = {
  vi: 'vi-VN',
  en: 'en-GB',
  lo: 'lo-LA',
  km: 'km-KH',
  th: 'th-TH',
};

/** Languages that have their own digits, and the Unicode numbering system of each. */
export const NATIVE_NUMBERING: Partial<Record<Locale, string>> = { lo: 'laoo', km: 'khmr', th: 'thai' };

/** Zero of each native digit set (digits are consecutive code points). */
const NATIVE_ZERO: Partial<Record<Locale, number>> = { lo: 0x0ed0, km: 0x17e0, th: 0x0e50 };

/** "0123" in the language's own digits, to label the choice (not formatted through Intl, which may lack lo/km). */
export function nativeDigitsSample(locale: Locale): string {
  const zero = NATIVE_ZERO[locale];
  return zero === undefined ? '' : [0, 1, 2, 3].map((d) => String.fromCodePoint(zero + d)).join('');
}

/** `text` with its Latin digits written in the language's own (unchanged where it has none). */
export function toNativeDigits(text: string, locale: Locale): string {
  const zero = NATIVE_ZERO[locale];
  return zero === undefined ? text : text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

/** `text` with Lao, Khmer and Thai digits written as Latin ones, whatever the interface language. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0ed0-\u0ed9\u17e0-\u17e9\u0e50-\u0e59]/g, (d) => {
    const code = d.codePointAt(0)!;
    const zero = Object.values(NATIVE_ZERO).find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

export function hasNativeDigits(locale: Locale): boolean {
  return NATIVE_NUMBERING[locale] !== undefined;
}

/** Buddhist-era years are offered (and the default) in Thai only. */
export function hasCalendarChoice(locale: Locale): boolean {
  return locale === 'th';
}

export type FormatPreferences = Pick<Preferences, 'numerals' | 'calendar'>;

/**
 * The BCP 47 tag handed to react-intl and Intl, e.g. `th-TH-u-ca-buddhist-nu-thai` or
 * `lo-LA-u-nu-laoo`. Thai's CLDR default calendar is already Buddhist, so Gregorian is
 * spelled out too.
 */
export function intlTag(locale: Locale, prefs: FormatPreferences): string {
  const keywords: string[] = [];
  if (hasCalendarChoice(locale)) keywords.push('ca', prefs.calendar);
  const nu = NATIVE_NUMBERING[locale];
  if (nu && prefs.numerals === 'native') keywords.push('nu', nu);
  const base = REGION_TAG[locale];
  return keywords.length ? `${base}-u-${keywords.join('-')}` : base;
}
