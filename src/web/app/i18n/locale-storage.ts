import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/locales.ts';

/** Before sign-in the chosen language lives in the browser; after sign-in, in the user's preferences. */
const KEY = 'parmon.locale';

export function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(KEY);
    if (isLocale(value)) return value;
  } catch {
    // Storage may be disabled: use the default.
  }
  // Deliberately not the browser's language: Vietnamese is the product's default (see locales.ts).
  return DEFAULT_LOCALE;
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // Not fatal: the choice just is not remembered.
  }
}
