import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ENTERED_INDICATORS, SERVICE_INDEX_COUNT_COLUMNS } from '../../../../shared/contracts/service-index.ts';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportDone } from '../../../ui/upload/ImportOutcome.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { useImportIndexCounts } from '../api.ts';
import { ImportCard } from './ImportCard.tsx';

/** Counts of the service index that no dossier gives (publication, petitions), per unit and period. */
export function CountsImportForm() {
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
          <ImportDone testId="counts-import-result">
            <FormattedMessage id="dossiers.import.countsResult" values={{ saved: upload.data.saved }} />
          </ImportDone>
        )
      }
    >
      <Text size="sm">
        <FormattedMessage id="dossiers.import.countsHelp" values={{ columns: SERVICE_INDEX_COUNT_COLUMNS.join(', ') }} />
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {ENTERED_INDICATORS.join(', ')}
      </Text>
      <FileField {...chosen.input} testId="counts-import-file" />
    </ImportCard>
  );
}
