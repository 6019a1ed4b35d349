import { useEffect, useState } from 'react';
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { OpenDataSettings } from '../../../shared/contracts/publication.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useOpenDataSettings, useSaveOpenDataSettings } from './api.ts';

/** The administrator's terms of the open data: the licence, its address, the publisher in five languages. */
export function OpenDataTerms() {
  const intl = useIntl();
  const settings = useOpenDataSettings();
  const save = useSaveOpenDataSettings();
  const [draft, setDraft] = useState<OpenDataSettings | null>(null);
  useEffect(() => {
    if (settings.data && !draft) setDraft(settings.data);
  }, [settings.data, draft]);
  if (!draft) return settings.isError ? <ErrorAlert error={settings.error} /> : null;
  return (
    <Stack gap="xs" maw={640} data-testid="open-data-terms">
      <Title order={3}>
        <FormattedMessage id="publication.terms" />
      </Title>
      <TextInput label={intl.formatMessage({ id: 'publication.licence' })} value={draft.licence} onChange={(e) => setDraft({ ...draft, licence: e.currentTarget.value })} />
      <TextInput label={intl.formatMessage({ id: 'publication.licenceUrl' })} value={draft.licenceUrl} onChange={(e) => setDraft({ ...draft, licenceUrl: e.currentTarget.value })} />
      {LOCALES.map((l) => (
        <TextInput key={l} label={intl.formatMessage({ id: 'publication.publisher' }, { language: intl.formatMessage({ id: `languages.${l}` }) })} value={draft.publisher[l] ?? ''} onChange={(e) => setDraft({ ...draft, publisher: { ...draft.publisher, [l]: e.currentTarget.value } })} />
      ))}
      {save.isError && <ErrorAlert error={save.error} />}
      <Group>
        <Button onClick={() => save.mutate(draft)} loading={save.isPending} data-testid="terms-save">
          <FormattedMessage id="app.save" />
        </Button>
      </Group>
    </Stack>
  );
}
