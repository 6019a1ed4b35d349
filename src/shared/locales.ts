/** The five interface languages. Vietnamese first: it is the default for a new user. */
export const LOCALES = ['vi', 'en', 'lo', 'km', 'th'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Names per language. A name may be missing in some languages; see `pickName`. */
export type LocalizedNames = Partial<Record<Locale, string>>;

/**
 * The fallback order when a name is missing in the reader's language: Vietnamese and
 * English cover every unit we ship, Lao data is entered in Lao first.
 */
const FALLBACK: Record<Locale, Locale[]> = {
  vi: ['vi', 'en', 'lo', 'km', 'th'],
  en: ['en', 'vi', 'lo', 'km', 'th'],
  lo: ['lo', 'en', 'vi', 'th', 'km'],
  km: ['km', 'en', 'vi', 'th', 'lo'],
  th: ['th', 'en', 'vi', 'lo', 'km'],
};

export function pickName(names: LocalizedNames, locale: Locale): string {
  for (const l of FALLBACK[locale]) {
    const n = names[l];
    if (n && n.trim() !== '') return n;
  }
  return '';
}

/**
 * Names from a file's columns: `<column>` holds the name in `locale` (the file's language),
 * `<column>_<locale>` (`name_lo`, `title_th`, …) the name in that language and wins over it.
 */
export function namesFromColumns(values: Readonly<Record<string, string | undefined>>, column: string, locale: Locale): LocalizedNames {
  const names: LocalizedNames = {};
  const plain = values[column]?.trim();
  if (plain) names[locale] = plain;
  for (const l of LOCALES) {
    const named = values[`${column}_${l}`]?.trim();
    if (named) names[l] = named;
  }
  return names;
}
