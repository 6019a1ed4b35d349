import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Preferences } from '../../../shared/contracts/auth.ts';
import { intlTag } from '../../../shared/intl-tag.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';

const SAMPLE_DATE = Date.UTC(2025, 6, 1);
const SAMPLE_NUMBER = 418039.5;

/**
 * How dates and numbers will look. Only previewed while the chosen language is the one
 * loaded: Lao and Khmer may need Intl data that loads when the language is switched.
 */
export function FormatPreview({ preferences }: { preferences: Preferences }) {
  const current = useLocale();
  if (preferences.locale !== current) return null;
  const tag = intlTag(preferences.locale, preferences);
  let date: string;
  let number: string;
  try {
    date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(SAMPLE_DATE);
    number = new Intl.NumberFormat(tag).format(SAMPLE_NUMBER);
  } catch {
    return null;
  }
  return (
    <Text size="sm" c="dimmed" data-testid="format-preview">
      <FormattedMessage id="settings.preview" values={{ date, number }} />
    </Text>
  );
}
