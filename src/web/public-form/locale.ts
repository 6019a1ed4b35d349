import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../shared/locales.ts';

/** The respondent's own choice, kept apart from the staff app's (`parmon.locale`): a counter tablet serves both. */
const KEY = 'parmon.survey.locale';

/** The language chosen on this device before, else the browser's first language we speak, else Vietnamese. */
export function initialLocale(browserLanguages: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
  try {
    const stored = localStorage.getItem(KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be disabled: fall through to the browser's languages.
  }
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    const found = LOCALES.find((l) => l === primary);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}

export function keepLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Not fatal: the choice is just not remembered.
  }
}
