import { Alert, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ENTERED_INDICATORS, SERVICE_INDEX_COUNT_COLUMNS } from '../../../../shared/contracts/service-index.ts';
import { SpreadsheetInput } from '../../../ui/SpreadsheetInput.tsx';
import { useImportIndexCounts } from '../api.ts';
import { ImportCard } from './ImportCard.tsx';
import { useChosenFile } from './use-chosen-file.ts';

/** Counts of the service index that no dossier gives (publication, petitions), per unit and period. */
export function CountsImportForm() {
  const intl = useIntl();
  const upload = useImportIndexCounts();
  const chosen = useChosenFile(upload.reset);
  return (
    <ImportCard
      titleId="dossiers.import.countsTitle"
      onSubmit={() => chosen.withFile(upload.send)}
      pending={upload.isPending}
      state={upload.state}
      onCancel={upload.cancel}
      error={upload.error}
      testId="counts-import"
      result={
        upload.isSuccess && (
          <Alert color="green" role="status" title={intl.formatMessage({ id: 'import.done' })} data-testid="counts-import-result">
            <FormattedMessage id="dossiers.import.countsResult" values={{ saved: upload.data.saved }} />
          </Alert>
        )
      }
    >
      <Text size="sm">
        <FormattedMessage id="dossiers.import.countsHelp" values={{ columns: SERVICE_INDEX_COUNT_COLUMNS.join(', ') }} />
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {ENTERED_INDICATORS.join(', ')}
      </Text>
      <SpreadsheetInput {...chosen.input} testId="counts-import-file" />
    </ImportCard>
  );
}
