import type { OpenDataSettings } from '../../../../shared/contracts/publication.ts';
import { pickName, type Locale, type LocalizedNames } from '../../../../shared/locales.ts';
import { readerFormats, type ReaderFormats } from '../../../platform/documents/reader-formats.ts';

/** The locale files' strings, as app.ts reads them for every text the server writes. */
export type PageText = (locale: Locale, key: string, values?: Record<string, string>) => string;

/** What every public page is written with: the reader's language, its strings, numbers and dates, the terms. */
export interface PageContext {
  locale: Locale;
  /** a string of the locale files' `publicPages` section */
  t(key: string, values?: Record<string, string>): string;
  /** any string of the locale files (the languages' names, the service index's bands) */
  text(key: string, values?: Record<string, string>): string;
  f: ReaderFormats;
  /** a name in the reader's language, with the project's fallback */
  name(names: LocalizedNames): string;
  /** the licence and the publisher (the administrator's open-data terms) */
  terms: OpenDataSettings;
  /** the province's day the figures are computed for */
  today: string;
  /** the page `rest` (`rounds/NB-DEMO-2`, already encoded) in `locale`, by default the reader's */
  href(rest: string, locale?: Locale): string;
  /** the same, absolute when the site's public address is known (canonical and alternate links) */
  absolute(rest: string, locale?: Locale): string;
}

export function pageContext(text: PageText, locale: Locale, terms: OpenDataSettings, today: string, publicUrl?: string): PageContext {
  const href = (rest: string, l: Locale = locale) => `/p/${l}/${rest}`;
  const origin = publicUrl?.replace(/\/+$/, '') ?? '';
  return {
    locale,
    t: (key, values) => text(locale, `publicPages.${key}`, values),
    text: (key, values) => text(locale, key, values),
    f: readerFormats(locale),
    name: (names) => pickName(names, locale),
    terms,
    today,
    href,
    absolute: (rest, l = locale) => `${origin}${href(rest, l)}`,
  };
}

/** A unit's code as it stands in an address. */
export const segment = (code: string): string => encodeURIComponent(code);
