import { Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { isApiError } from '../../app/api/client.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useTargetsStatus } from './api.ts';
import { TargetsTable } from './TargetsTable.tsx';

/**
 * The targets of procedure time and cost of a unit and the units under it as of the page's
 * day, each with its baseline, line, value so far and status. Shown to readers of the unit's
 * reports: for others (no `dossiers.read` on it) the section is left out.
 */
export function TargetsSection({ unit, asOf }: { unit: string; asOf: string }) {
  const status = useTargetsStatus(unit, asOf);
  if (isApiError(status.error, 'forbidden')) return null;
  if (status.isError) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  return (
    <Stack gap="xs" data-testid="unit-targets" {...(status.isPending ? { 'data-loading': true } : {})}>
      <Title order={3}>
        <FormattedMessage id="targets.section.title" />
      </Title>
      <TargetsTable targets={status.data?.targets ?? []} loading={status.isPending} />
    </Stack>
  );
}
