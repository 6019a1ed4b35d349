import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { STANDING_COLUMNS } from '../../../../shared/contracts/standings.ts';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportDone, RowErrors } from '../../../ui/upload/ImportOutcome.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { useExternalIndices, useImportStandings } from './api.ts';

/**
 * Upload a .csv or .xlsx of published standings, any units in the reader's scope. A file
 * with a bad row saves nothing: the rows are listed with their line, column and problem.
 */
export function StandingsImport({ onClose }: { onClose: () => void }) {
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
      <FileField {...chosen.input} testId="standings-import-file" />
      {upload.isSuccess && (
        <ImportDone testId="standings-import-result">
          <FormattedMessage id="assessments.standings.importResult" values={{ saved: upload.data.saved }} />
        </ImportDone>
      )}
      <RowErrors rows={rows} />
    </FormModal>
  );
}
