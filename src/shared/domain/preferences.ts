import type { Preferences } from '../contracts/auth.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';

/** The calendar a user gets before choosing: Buddhist era for Thai, Gregorian elsewhere. */
export function defaultCalendar(locale: Locale): Preferences['calendar'] {
  return locale === 'th' ? 'buddhist' : 'gregory';
}

/** A user's preferences with the defaults filled in for what was never chosen. */
export function effectivePreferences(stored: Partial<Preferences>): Preferences {
  const locale = stored.locale ?? DEFAULT_LOCALE;
  return { locale, numerals: stored.numerals ?? 'latn', calendar: stored.calendar ?? defaultCalendar(locale) };
}

/**
 * The change that switching to `locale` makes: a language chosen anew starts with its own
 * default calendar (Thai readers count years in the Buddhist era), digits are kept. Used by
 * Settings, the language switcher and the sign-in page alike.
 */
export function switchLocale(current: Preferences, locale: Locale): Partial<Preferences> {
  if (current.locale === locale) return {};
  return { locale, calendar: defaultCalendar(locale) };
}
