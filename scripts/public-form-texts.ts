import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LOCALES } from '../src/shared/locales.ts';

const ID = 'virtual:public-form-texts';
const localeFile = (locale: string) => fileURLToPath(new URL(`../src/web/locales/${locale}.json`, import.meta.url));

/**
 * The public survey form's texts as a module of their own: only the `publicForm` and
 * `languages` sections of the five locale files. Importing the JSON files themselves would
 * share them with the app as whole chunks (~180 kB each), five times the form's own size.
 */
export function publicFormTexts(): Plugin {
  return {
    name: 'public-form-texts',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const texts = Object.fromEntries(
        LOCALES.map((locale) => {
          const file = localeFile(locale);
          this.addWatchFile(file);
          const json = JSON.parse(readFileSync(file, 'utf8')) as { publicForm: unknown; languages: Record<string, string> };
          return [locale, { publicForm: json.publicForm, languageName: json.languages[locale] }];
        }),
      );
      return `export default ${JSON.stringify(texts)};`;
    },
  };
}
