import { createContext, useContext } from 'react';
import type { Locale } from '../../../shared/locales.ts';
import type { Preferences } from '../../../shared/contracts/auth.ts';

export interface LocaleSettings {
  /** The preferences the screen is rendered with (those of the loaded language). */
  preferences: Preferences;
  /** The tag Intl formats with, e.g. th-TH-u-ca-buddhist. */
  tag: string;
  /** Switches the interface language; remembered per user once signed in. */
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleSettings | null>(null);

export function useLocaleSettings(): LocaleSettings {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocaleSettings() outside <LocaleProvider>');
  return value;
}

export function useLocale(): Locale {
  return useLocaleSettings().preferences.locale;
}
