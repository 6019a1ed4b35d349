import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../../shared/locales.ts';
import type { Preferences } from '../../../shared/contracts/auth.ts';
import { useSession } from '../api/session.ts';
import { useSavePreferences } from '../api/preferences.ts';
import { defaultCalendar, switchLocale } from '../../../shared/domain/preferences.ts';
import { forgetChoice, rememberChoice, storeLocale, storedLocale } from './locale-storage.ts';
import { IntlLoader } from './IntlLoader.tsx';

/**
 * Decides the language: the signed-in user's stored preference wins; before sign-in, the
 * choice kept in localStorage. A choice made before sign-in is sent with the sign-in and
 * saved to the account (see SignInPage), so it wins too. Switching into Thai turns on
 * Buddhist-era years, Thai's default.
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
      // Signed in: any choice from the sign-in page has been saved with the sign-in.
      forgetChoice();
      storeLocale(userLocale);
      setGuestLocale(userLocale);
    }
  }, [userLocale]);

  const setLocale = useCallback(
    (locale: Locale) => {
      storeLocale(locale);
      setGuestLocale(locale);
      if (!user) {
        rememberChoice(locale);
        return;
      }
      const patch = switchLocale(user.preferences, locale);
      if (Object.keys(patch).length > 0) mutate(patch);
    },
    [user, mutate],
  );

  return (
    <IntlLoader preferences={preferences} setLocale={setLocale}>
      {children}
    </IntlLoader>
  );
}
