import texts from 'virtual:public-form-texts';
import type en from '../locales/en.json';
import { LOCALES, type Locale } from '../../shared/locales.ts';

/**
 * The public form's texts: the `publicForm` section of each locale file and each language's
 * own name, all five bundled (a few kB) so a language change needs no request, even offline.
 */
// Every locale file has the same keys (checked by the locale tests), so English's shape is each one's.
export type FormTexts = (typeof en)['publicForm'];
export const LANGUAGE_NAMES = Object.fromEntries(LOCALES.map((l) => [l, texts[l].languageName])) as Record<Locale, string>;

export const textsOf = (locale: Locale): FormTexts => texts[locale].publicForm as FormTexts;

/** `{name}` placeholders filled in; the texts have no plurals or other ICU forms. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
