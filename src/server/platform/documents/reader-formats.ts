import { REGION_TAG } from '../../../shared/intl-tag.ts';
import type { Locale } from '../../../shared/locales.ts';

/**
 * Numbers and dates as a reader of `locale` writes them in a document: "91,5" and
 * "01/07/2026" in Vietnamese, "91.5" in English, Buddhist-era years in Thai (CLDR's default
 * for th-TH). Calendar days (YYYY-MM-DD) are formatted at UTC midnight in UTC, so no time zone
 * shifts them.
 */
export interface ReaderFormats {
  locale: Locale;
  /** a number with exactly `digits` decimals (0 by default) */
  number(value: number, digits?: number): string;
  /** a percentage given as 0–100, with `digits` decimals: "58,82%" */
  percent(value: number, digits?: number): string;
  /** a calendar day as dd/mm/yyyy in the reader's order */
  date(iso: string): string;
  /** a month (YYYY-MM) as mm/yyyy */
  month(yearMonth: string): string;
  /** a year as the reader counts it: 2025, or 2568 in the Buddhist era */
  year(value: number): string;
}

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function readerFormats(locale: Locale): ReaderFormats {
  const tag = REGION_TAG[locale];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) =>
    numbers.get(digits) ?? numbers.set(digits, new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })).get(digits)!;
  const day = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const part = (parts: Intl.DateTimeFormatPart[], type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    locale,
    number: (value, digits = 0) => numberFormat(digits).format(value),
    percent: (value, digits = 0) => `${numberFormat(digits).format(value)}%`,
    date: (iso) => (Number.isNaN(utc(iso)) ? iso : day.format(utc(iso))),
    year: (value) => part(day.formatToParts(utc(`${String(value).padStart(4, '0')}-07-01`)), 'year'),
    month: (yearMonth) => {
      const time = utc(`${yearMonth}-01`);
      if (Number.isNaN(time)) return yearMonth;
      const parts = day.formatToParts(time);
      return `${part(parts, 'month')}/${part(parts, 'year')}`;
    },
  };
}
