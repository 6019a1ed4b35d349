import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { Center, Loader } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import type { Locale } from '../../../shared/locales.ts';
import type { Preferences } from '../../../shared/contracts/auth.ts';
import { loadMessages, type Messages } from './messages.ts';
import { activateIntl, prepareIntl } from './polyfills.ts';
import { DAYJS_LOCALE } from './dayjs-locales.ts';
import { intlTag } from '../../../shared/intl-tag.ts';
import { LocaleContext, type LocaleSettings } from './locale-context.ts';

interface Loaded {
  preferences: Preferences;
  tag: string;
  messages: Messages;
}

function reportIntlError(error: { message: string }): void {
  // Missing translations are caught by the key-parity check; log them while developing only.
  if (import.meta.env.DEV) console.warn(error.message);
}

interface Props {
  preferences: Preferences;
  setLocale: (locale: Locale) => void;
  children: ReactNode;
}

/**
 * Fetches the language's messages (and, for Lao and Khmer, the Intl polyfills) before
 * rendering in it; until then the previous language stays on screen, consistently: names,
 * messages and formats all switch together.
 */
export function IntlLoader({ preferences, setLocale, children }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { locale, numerals, calendar } = preferences;

  useEffect(() => {
    let cancelled = false;
    Promise.all([loadMessages(locale), prepareIntl(locale)])
      .then(([messages]) => {
        const next: Preferences = { locale, numerals, calendar };
        if (!cancelled) setLoaded({ preferences: next, tag: intlTag(locale, next), messages });
      })
      .catch((error: unknown) => console.error('Could not load the language', locale, error));
    return () => {
      cancelled = true;
    };
  }, [locale, numerals, calendar]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.preferences.locale;
    document.title = loaded.messages['app.name'] ?? document.title;
  }, [loaded]);

  const context: LocaleSettings | null = useMemo(
    () => (loaded ? { preferences: loaded.preferences, tag: loaded.tag, setLocale } : null),
    [loaded, setLocale],
  );

  if (!loaded || !context) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  // Every render in this language formats with its constructors, whatever was loaded meanwhile.
  activateIntl(loaded.preferences.locale);
  return (
    <LocaleContext.Provider value={context}>
      <IntlProvider locale={loaded.tag} messages={loaded.messages} defaultLocale="en" onError={reportIntlError}>
        <DatesProvider settings={{ locale: DAYJS_LOCALE[loaded.preferences.locale] }}>{children}</DatesProvider>
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
