import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../../shared/locales.ts';
import type { Preferences } from '../../../shared/contracts/auth.ts';
import { useSession } from '../api/session.ts';
import { useSavePreferences } from '../api/preferences.ts';
import { defaultCalendar } from './intl-tag.ts';
import { storeLocale, storedLocale } from './locale-storage.ts';
import { IntlLoader } from './IntlLoader.tsx';

/**
 * Decides the language: the signed-in user's stored preference wins; before sign-in, the
 * choice kept in localStorage. Switching into Thai turns on Buddhist-era years, Thai's default.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { data: session } = useSession();
  const user = session?.user ?? null;
  const [guestLocale, setGuestLocale] = useState<Locale>(storedLocale);
  const { mutate } = useSavePreferences();

  const preferences: Preferences = useMemo(
    () => user?.preferences ?? { locale: guestLocale, numerals: 'latn', calendar: defaultCalendar(guestLocale) },
    [user, guestLocale],
  );

  // Keep the browser's choice in step with the account, so signing out keeps the language.
  const userLocale = user?.preferences.locale;
  useEffect(() => {
    if (userLocale) {
      storeLocale(userLocale);
      setGuestLocale(userLocale);
    }
  }, [userLocale]);

  const setLocale = useCallback(
    (locale: Locale) => {
      storeLocale(locale);
      setGuestLocale(locale);
      if (!user || user.preferences.locale === locale) return;
      const patch: Partial<Preferences> = { locale };
      if (locale === 'th') patch.calendar = defaultCalendar('th');
      mutate(patch);
    },
    [user, mutate],
  );

  return (
    <IntlLoader preferences={preferences} setLocale={setLocale}>
      {children}
    </IntlLoader>
  );
}
