import { useState } from 'react';
import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Preferences } from '../../../shared/contracts/auth.ts';
import { switchLocale } from '../../../shared/domain/preferences.ts';
import { useSavePreferences } from '../../app/api/preferences.ts';
import { useMe } from '../../app/api/session.ts';
import { hasCalendarChoice, hasNativeDigits, nativeDigitsSample } from '../../../shared/intl-tag.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { FormatPreview } from './FormatPreview.tsx';
import { GrantsList } from './GrantsList.tsx';

/** /settings: language, digits (Lao, Khmer, Thai) and calendar (Thai), kept in the user's account. */
export function SettingsPage() {
  const intl = useIntl();
  const me = useMe();
  const [draft, setDraft] = useState<Preferences>(me.preferences);
  const save = useSavePreferences();

  const setLanguage = (locale: Preferences['locale']) =>
    setDraft((d) => ({ ...d, ...switchLocale(d, locale) }));

  return (
    <Stack gap="md" maw={640}>
      <Title order={2}>
        <FormattedMessage id="settings.title" />
      </Title>
      <Paper withBorder p="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(draft);
          }}
        >
          <Stack gap="md">
            <LanguageSelect value={draft.locale} onChange={setLanguage} withLabel w={260} testId="settings-language" />
            {hasNativeDigits(draft.locale) && (
              <Radio.Group label={intl.formatMessage({ id: 'settings.numerals' })} value={draft.numerals} onChange={(v) => setDraft((d) => ({ ...d, numerals: v === 'native' ? 'native' : 'latn' }))}>
                <Group mt={4}>
                  <Radio value="latn" label={intl.formatMessage({ id: 'settings.numeralsWestern' })} />
                  <Radio value="native" label={intl.formatMessage({ id: 'settings.numeralsNative' }, { digits: nativeDigitsSample(draft.locale) })} />
                </Group>
              </Radio.Group>
            )}
            {hasCalendarChoice(draft.locale) && (
              <Radio.Group label={intl.formatMessage({ id: 'settings.calendar' })} value={draft.calendar} onChange={(v) => setDraft((d) => ({ ...d, calendar: v === 'buddhist' ? 'buddhist' : 'gregory' }))}>
                <Group mt={4}>
                  <Radio value="gregory" label={intl.formatMessage({ id: 'settings.calendarGregorian' })} />
                  <Radio value="buddhist" label={intl.formatMessage({ id: 'settings.calendarBuddhist' })} />
                </Group>
              </Radio.Group>
            )}
            <FormatPreview preferences={draft} />
            {save.isError && <ErrorAlert error={save.error} />}
            {save.isSuccess && !save.isPending && (
              <Alert color="green" role="status" py={6}>
                <FormattedMessage id="settings.saved" />
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                <FormattedMessage id="app.save" />
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text size="sm">
            <FormattedMessage id="settings.signedInAs" values={{ name: me.displayName, username: me.username }} />
          </Text>
          <GrantsList grants={me.grants} />
        </Stack>
      </Paper>
    </Stack>
  );
}
