import { Code, List, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { PUBLISHED_TABLE_COLUMNS, PUBLISHED_TABLE_OPTIONAL, STANDING_COLUMNS } from '../../../../shared/contracts/standings.ts';
import { COMPARISON_SETS } from '../../../../shared/domain/standings.ts';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportDone, RowErrors } from '../../../ui/upload/ImportOutcome.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { useExternalIndices, useImportStandings } from './api.ts';
import { indexPosition } from '../../../../shared/domain/standings.ts';

/** A year's tables as published: the index's row of a unit, then its components' rows naming them. */
const EXAMPLE = [
  [...PUBLISHED_TABLE_COLUMNS, 'component', 'max'].join(','),
  'PAR_INDEX,2024,nation,H99,85.78,29,63,,',
  'PAR_INDEX,2024,nation,H99,8.50,10,63,A1,10',
  'GRDP_GROWTH,2024,region,H99,7.37,7,11,,',
].join('\n');

const mono = { ff: 'monospace', style: { overflowWrap: 'anywhere' } } as const;

/**
 * Upload a .csv or .xlsx of published standings, any units in the reader's scope: a year's
 * published tables (a row per unit and ranking, components on rows of their own) or the older
 * one-row-per-standing layout. A file with a bad row saves nothing: the rows are listed with
 * their line, column and problem.
 */
export function StandingsImport({ onClose }: { onClose: () => void }) {
  const upload = useImportStandings();
  const chosen = useChosenFile(upload.reset);
  const list = useExternalIndices().data ?? [];
  const position = indexPosition(list);
  const indices = [...list].sort((a, b) => position(a.code) - position(b.code));
  const rows = importRowErrors(upload.error);
  return (
    <FormModal opened onClose={onClose} titleId="assessments.standings.importTitle" submitId="import.submit" onSubmit={() => chosen.withFile((file) => upload.mutate(file))} pending={upload.isPending} error={upload.error} size="xl" testId="standings-import">
      <Stack gap="xs" data-testid="standings-import-help">
        <Text size="sm">
          <FormattedMessage
            id="assessments.standings.importTables"
            values={{ columns: <Code>{PUBLISHED_TABLE_COLUMNS.join(', ')}</Code>, optional: <Code>{PUBLISHED_TABLE_OPTIONAL.join(', ')}</Code>, sets: <Code>{COMPARISON_SETS.join(', ')}</Code> }}
          />
        </Text>
        <Code block fz="xs" data-testid="standings-import-example">
          {EXAMPLE}
        </Code>
        <Text size="sm">
          <FormattedMessage id="assessments.standings.importOlder" values={{ columns: <Code>{STANDING_COLUMNS.join(', ')}</Code> }} />
        </Text>
        <Text size="sm">
          <FormattedMessage id="assessments.standings.importRules" />
        </Text>
        {indices.length > 0 && (
          <>
            <Text size="sm">
              <FormattedMessage id="assessments.standings.importIndices" />
            </Text>
            <List size="xs" spacing={2} data-testid="standings-import-indices">
              {indices.map((i) => (
                <List.Item key={i.code}>
                  <Text span size="xs" fw={700} {...mono}>
                    {i.code}
                  </Text>
                  {i.components.length > 0 && (
                    <Text span size="xs" c="dimmed" {...mono}>
                      {`: ${i.components.map((c) => c.key).join(', ')}`}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
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
