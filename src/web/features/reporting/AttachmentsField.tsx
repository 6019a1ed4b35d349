import { Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Submission } from '../../../shared/contracts/reporting.ts';
import { useFormatSize } from '../../app/i18n/format.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { attachmentUrl, useAttach } from './api.ts';

/** The files attached to a report (each downloadable), and attaching more while it may be edited. */
export function AttachmentsField({ submission, editable }: { submission: Submission; editable: boolean }) {
  const intl = useIntl();
  const size = useFormatSize();
  const attach = useAttach(submission.round.code, submission.unit.code);
  const [files, setFiles] = useState<File[]>([]);
  return (
    <Stack gap="xs" data-testid="reporting-attachments">
      <Text fw={600}>
        <FormattedMessage id="reporting.attachments.title" />
      </Text>
      {submission.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="reporting.attachments.none" />
        </Text>
      ) : (
        submission.attachments.map((a) => (
          <Anchor key={a.id} size="sm" href={attachmentUrl(submission.round.code, submission.unit.code, a.id)} download data-testid="reporting-attachment">
            {a.fileName} ({size(a.size)})
          </Anchor>
        ))
      )}
      {editable && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <FileInput
            multiple
            clearable
            label={intl.formatMessage({ id: 'reporting.attachments.choose' })}
            placeholder={intl.formatMessage({ id: 'reporting.attachments.placeholder' })}
            value={files}
            onChange={setFiles}
            style={{ flex: '1 1 220px' }}
            data-testid="reporting-attachment-input"
            clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'reporting.attachments.clear' }) }}
          />
          <Button size="sm" variant="light" disabled={files.length === 0} loading={attach.isPending} onClick={() => attach.mutate(files, { onSuccess: () => setFiles([]) })} data-testid="reporting-attachment-upload">
            <FormattedMessage id="reporting.attachments.upload" />
          </Button>
        </Group>
      )}
      {attach.error ? <ErrorAlert error={attach.error} /> : null}
    </Stack>
  );
}
