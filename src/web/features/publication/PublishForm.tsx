import { useState } from 'react';
import { Button, Group, Select, Stack } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { PUBLICATION_KINDS, type PublicationKind } from '../../../shared/contracts/publication.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { todayLocal, UnitPicker, useNameOf } from '../units/index.ts';
import { usePublish, usePublishableSubjects } from './api.ts';

/** Publish one subject: a finalised round, a wave, or a unit for its service index, one-stop figures or standings. */
export function PublishForm() {
  const intl = useIntl();
  const nameOf = useNameOf();
  const [kind, setKind] = useState<PublicationKind>('round');
  const [subject, setSubject] = useState<string | null>(null);
  const subjects = usePublishableSubjects();
  const publish = usePublish();
  const options =
    kind === 'round'
      ? (subjects.data?.rounds ?? []).map((r) => ({ value: r.code, label: `${r.code} (${r.year})` }))
      : (subjects.data?.waves ?? []).map((w) => ({ value: w.code, label: `${nameOf(w.names) || w.code} (${w.code})` }));
  return (
    <Stack gap="xs" data-testid="publish-form">
      <Group align="flex-end" wrap="wrap" gap="sm">
        <Select
          label={intl.formatMessage({ id: 'publication.kind' })}
          data={PUBLICATION_KINDS.map((k) => ({ value: k, label: intl.formatMessage({ id: `publication.kinds.${k}` }) }))}
          value={kind}
          onChange={(k) => {
            setKind((k ?? 'round') as PublicationKind);
            setSubject(null);
          }}
          allowDeselect={false}
          w={260}
          data-testid="publish-kind"
        />
        {kind === 'round' || kind === 'survey_links' ? (
          <Select label={intl.formatMessage({ id: `publication.subject.${kind}` })} data={options} value={subject} onChange={setSubject} searchable w={300} data-testid="publish-subject" />
        ) : (
          <UnitPicker labelId="publication.subject.unit" asOf={todayLocal()} value={subject} onChange={setSubject} testId="publish-unit" />
        )}
        <Button onClick={() => subject && publish.mutate({ kind, subject }, { onSuccess: () => setSubject(null) })} disabled={!subject} loading={publish.isPending} data-testid="publish-submit">
          <FormattedMessage id="publication.publish" />
        </Button>
      </Group>
      {publish.isError && <ErrorAlert error={publish.error} />}
    </Stack>
  );
}
