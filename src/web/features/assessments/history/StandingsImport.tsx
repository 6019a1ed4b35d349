import { Alert, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { STANDING_COLUMNS } from '../../../../shared/contracts/frameworks.ts';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { ImportErrorsTable } from '../../../ui/ImportErrorsTable.tsx';
import { SpreadsheetInput } from '../../../ui/SpreadsheetInput.tsx';
import { useChosenFile } from '../../dossiers/import/use-chosen-file.ts';
import { useExternalIndices, useImportStandings } from './api.ts';

/**
 * Upload a .csv or .xlsx of published standings, any units in the reader's scope. A file
 * with a bad row saves nothing: the rows are listed with their line, column and problem.
 */
export function StandingsImport({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const upload = useImportStandings();
  const chosen = useChosenFile(upload.reset);
  const indices = useExternalIndices().data ?? [];
  const rows = importRowErrors(upload.error);
  return (
    <FormModal opened onClose={onClose} titleId="assessments.standings.importTitle" submitId="import.submit" onSubmit={() => chosen.withFile((file) => upload.mutate(file))} pending={upload.isPending} error={upload.error} size="xl" testId="standings-import">
      <Text size="sm">
        <FormattedMessage id="assessments.standings.importHelp" values={{ columns: STANDING_COLUMNS.join(', ') }} />
      </Text>
      {indices.length > 0 && (
        <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {indices.map((i) => i.code).join(', ')}
        </Text>
      )}
      <SpreadsheetInput {...chosen.input} testId="standings-import-file" />
      {upload.isSuccess && (
        <Alert color="green" role="status" title={intl.formatMessage({ id: 'import.done' })} data-testid="standings-import-result">
          <FormattedMessage id="assessments.standings.importResult" values={{ saved: upload.data.saved }} />
        </Alert>
      )}
      {rows.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            <FormattedMessage id="import.rowErrors" values={{ count: rows.length }} />
          </Text>
          <ImportErrorsTable errors={rows} />
        </Stack>
      )}
    </FormModal>
  );
}
