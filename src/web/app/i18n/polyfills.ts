import type { Locale } from '../../../shared/locales.ts';

/**
 * Chromium ships without Lao and Khmer locale data. For those two languages only, and only
 * when the native Intl lacks them, the FormatJS polyfills are loaded on demand. The native
 * constructors are kept and put back for the other languages: the DateTimeFormat polyfill
 * knows only the Gregorian calendar, and Thai needs the Buddhist one.
 */
type Swappable = 'PluralRules' | 'NumberFormat' | 'DateTimeFormat';
const SWAPPABLE: Swappable[] = ['PluralRules', 'NumberFormat', 'DateTimeFormat'];

const native = {
  PluralRules: Intl.PluralRules,
  NumberFormat: Intl.NumberFormat,
  DateTimeFormat: Intl.DateTimeFormat,
};
const polyfilled: Partial<Record<Swappable, unknown>> = {};
const installedFor = new Map<Locale, Partial<Record<Swappable, unknown>>>();

function install(name: Swappable, value: unknown): void {
  Object.defineProperty(Intl, name, { value, writable: true, configurable: true, enumerable: false });
}

function nativeSupports(name: Swappable, locale: string): boolean {
  const ctor = native[name] as { supportedLocalesOf(locales: string[]): string[] };
  return ctor.supportedLocalesOf([locale]).length > 0;
}

async function loadLocaleData(locale: 'lo' | 'km', name: Swappable): Promise<void> {
  // Literal import paths, so that Vite splits each into its own lazily fetched chunk.
  if (name === 'PluralRules') {
    if (locale === 'lo') await import('@formatjs/intl-pluralrules/locale-data/lo.js');
    else await import('@formatjs/intl-pluralrules/locale-data/km.js');
  } else if (name === 'NumberFormat') {
    if (locale === 'lo') await import('@formatjs/intl-numberformat/locale-data/lo.js');
    else await import('@formatjs/intl-numberformat/locale-data/km.js');
  } else if (locale === 'lo') await import('@formatjs/intl-datetimeformat/locale-data/lo.js');
  else await import('@formatjs/intl-datetimeformat/locale-data/km.js');
}

async function loadPolyfill(name: Swappable): Promise<void> {
  if (polyfilled[name]) {
    install(name, polyfilled[name]);
    return;
  }
  if (name === 'PluralRules') await import('@formatjs/intl-pluralrules/polyfill-force.js');
  else if (name === 'NumberFormat') await import('@formatjs/intl-numberformat/polyfill-force.js');
  else {
    await import('@formatjs/intl-datetimeformat/polyfill-force.js');
    await import('@formatjs/intl-datetimeformat/add-golden-tz.js');
    const zone = new native.DateTimeFormat().resolvedOptions().timeZone;
    const dtf = Intl.DateTimeFormat as unknown as { __setDefaultTimeZone?: (tz: string) => void };
    try {
      dtf.__setDefaultTimeZone?.(zone);
    } catch {
      // A zone outside the golden set: the polyfill stays on UTC.
    }
  }
  polyfilled[name] = Intl[name];
}

async function polyfillFor(locale: 'lo' | 'km'): Promise<Partial<Record<Swappable, unknown>>> {
  const needed = SWAPPABLE.filter((name) => !nativeSupports(name, locale));
  if (needed.length === 0) return {};
  // Prerequisites of the polyfills below; every current browser has them natively.
  if (typeof Intl.getCanonicalLocales !== 'function') await import('@formatjs/intl-getcanonicallocales/polyfill.js');
  if (typeof Intl.Locale !== 'function') await import('@formatjs/intl-locale/polyfill.js');
  const result: Partial<Record<Swappable, unknown>> = {};
  // Order matters: NumberFormat needs PluralRules, DateTimeFormat needs NumberFormat.
  for (const name of needed) {
    await loadPolyfill(name);
    await loadLocaleData(locale, name);
    result[name] = Intl[name];
  }
  return result;
}

/** The language whose Intl constructors are installed: the one on screen. */
let active: Locale | null = null;

/**
 * Loads what `locale` needs (for Lao and Khmer, the polyfills and their data). Loading
 * installs the polyfills for a moment (their locale data registers on the global Intl);
 * afterwards the language on screen gets its own constructors back, so that a language
 * being loaded in the background never changes how the current one is formatted.
 */
export async function prepareIntl(locale: Locale): Promise<void> {
  if ((locale === 'lo' || locale === 'km') && !installedFor.has(locale)) {
    installedFor.set(locale, await polyfillFor(locale));
  }
  if (active) activateIntl(active);
}

/** Installs the constructors for the language about to be rendered (after prepareIntl). */
export function activateIntl(locale: Locale): void {
  active = locale;
  const set = installedFor.get(locale) ?? {};
  for (const name of SWAPPABLE) install(name, set[name] ?? native[name]);
}
