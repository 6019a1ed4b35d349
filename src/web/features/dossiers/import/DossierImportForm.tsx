import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { DOSSIER_FACT_COLUMNS, DOSSIER_FILE_COLUMNS, DOSSIER_STATUSES } from '../../../../shared/contracts/dossiers.ts';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { MONO_INPUT } from '../../../ui/mono-input.ts';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportErrorsTable } from '../../../ui/upload/ImportErrorsTable.tsx';
import { ImportDone } from '../../../ui/upload/ImportOutcome.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { useImportDossiers } from '../api.ts';
import { ImportCard } from './ImportCard.tsx';

/**
 * Dossiers from a one-stop system's export (CSV streamed, or XLSX), sent with a progress bar.
 * Rows are matched by source and code, so sending the same file again changes nothing. A file
 * with bad rows imports nothing unless the reader chooses to skip them.
 */
export function DossierImportForm() {
  const intl = useIntl();
  const [source, setSource] = useState('');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const upload = useImportDossiers();
  const chosen = useChosenFile(upload.reset);
  const rows = importRowErrors(upload.error);
  const canSkip = !skipInvalid && rows.length > 0 && rows.every((r) => r.line > 1);

  const send = (skip: boolean) => chosen.withFile((file) => upload.send(file, { source: source.trim(), skipInvalid: skip }));
  const result = upload.data;

  return (
    <ImportCard
      titleId="dossiers.import.dossiersTitle"
      onSubmit={() => send(skipInvalid)}
      pending={upload.isPending}
      state={upload.state}
      onCancel={upload.cancel}
      error={upload.error}
      testId="dossier-import"
      rowErrorsAction={
        canSkip && (
          <Group>
            <Button variant="light" color="orange" size="xs" onClick={() => send(true)} loading={upload.isPending} data-testid="dossier-import-skip">
              <FormattedMessage id="tasks.import.skipBad" />
            </Button>
          </Group>
        )
      }
      result={
        upload.isSuccess &&
        result && (
          <Stack gap={4}>
            <ImportDone testId="dossier-import-result" data-applied={result.applied} data-skipped={result.skipped}>
              <FormattedMessage id="dossiers.import.result" values={{ rows: result.rows, applied: result.applied, unchanged: result.unchanged, skipped: result.skipped }} />
            </ImportDone>
            {result.errors.length > 0 && <ImportErrorsTable errors={result.errors} />}
          </Stack>
        )
      }
    >
      <Text size="sm">
        <FormattedMessage id="dossiers.import.help" values={{ required: DOSSIER_FILE_COLUMNS.join(', '), optional: DOSSIER_FACT_COLUMNS.join(', ') }} />
      </Text>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="dossiers.import.values" values={{ statuses: DOSSIER_STATUSES.join(', ') }} />
      </Text>
      <FileField {...chosen.input} testId="dossier-import-file" />
      <TextInput
        label={intl.formatMessage({ id: 'dossiers.import.source' })}
        description={intl.formatMessage({ id: 'dossiers.import.sourceHint' })}
        placeholder="default"
        value={source}
        maxLength={64}
        onChange={(e) => setSource(e.currentTarget.value)}
        styles={MONO_INPUT}
        maw={360}
        data-testid="dossier-import-source"
      />
      <Checkbox label={intl.formatMessage({ id: 'dossiers.import.skipInvalid' })} checked={skipInvalid} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} data-testid="dossier-import-skip-invalid" />
    </ImportCard>
  );
}
