import type { ReactNode } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';

interface DoneProps {
  children: ReactNode;
  testId?: string;
  /** figures a test or script may read off the page, e.g. `data-applied` */
  [data: `data-${string}`]: string | number | undefined;
}

/** What an accepted file did ("12 units created…"), under the title "Import done". */
export function ImportDone({ children, testId, ...data }: DoneProps) {
  const intl = useIntl();
  return (
    <Alert color="green" role="status" title={intl.formatMessage({ id: 'import.done' })} data-testid={testId} {...data}>
      {children}
    </Alert>
  );
}

/**
 * The bad rows of a refused file, counted and listed (line, column, problem, value); nothing
 * when there are none. `action` goes under the list, e.g. "import the good rows only".
 */
export function RowErrors({ rows, action }: { rows: ImportRowError[]; action?: ReactNode }) {
  if (rows.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700}>
        <FormattedMessage id="import.rowErrors" values={{ count: rows.length }} />
      </Text>
      <ImportErrorsTable errors={rows} />
      {action}
    </Stack>
  );
}
