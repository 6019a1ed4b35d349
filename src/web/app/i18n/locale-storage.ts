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

/**
 * A language chosen on the sign-in page, kept until sign-in saves it to the account. It is
 * told apart from the language merely shown there (which may be the last user's): only a
 * choice overrides the account's own language.
 */
const CHOSEN_KEY = 'parmon.locale.chosen';

export function rememberChoice(locale: Locale): void {
  try {
    window.localStorage.setItem(CHOSEN_KEY, locale);
  } catch {
    // Not fatal: the account's language applies after sign-in.
  }
}

export function chosenLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(CHOSEN_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function forgetChoice(): void {
  try {
    window.localStorage.removeItem(CHOSEN_KEY);
  } catch {
    // Nothing was kept.
  }
}
