import { Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TargetStatusView } from '../../../shared/contracts/targets.ts';
import type { TargetStatus } from '../../../shared/domain/time-targets.ts';
import { pickName } from '../../../shared/locales.ts';
import { isApiError } from '../../app/api/client.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useTargetsStatus } from './api.ts';

// The status next to the name: what a reader on a phone sees before scrolling sideways.
const COLUMNS = ['targets.export.target', 'targets.export.status', 'targets.export.current', 'targets.export.line', 'targets.export.baseline', 'targets.export.rule', 'targets.export.measure'];
/** Written out, never cut to fit (a badge would cut "ຍັງບໍ່ມີຂໍ້ມູນ" on a phone). */
const STATUS_COLOR: Record<TargetStatus, string> = { met: 'green.8', on_track: 'teal.8', off_track: 'orange.8', missed: 'red.8', no_data: 'dimmed' };

/**
 * The targets of procedure time and cost of a unit and the units under it as of the page's
 * day, each with its baseline, line, value so far and status. Shown to readers of the unit's
 * reports: for others (no `dossiers.read` on it) the section is left out.
 */
export function TargetsSection({ unit, asOf }: { unit: string; asOf: string }) {
  const status = useTargetsStatus(unit, asOf);
  const locale = useLocale();
  const intl = useIntl();
  if (isApiError(status.error, 'forbidden')) return null;
  if (status.isError) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  const targets = status.data?.targets ?? [];
  const figure = (v: number | null) => (v === null ? '—' : intl.formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const rule = (t: TargetStatusView) => intl.formatMessage({ id: `targets.rule.${t.kind}` }, { value: intl.formatNumber(t.value, { maximumFractionDigits: 2 }) });
  return (
    <Stack gap="xs" data-testid="unit-targets" {...(status.isPending ? { 'data-loading': true } : {})}>
      <Title order={3}>
        <FormattedMessage id="targets.section.title" />
      </Title>
      <DataTable columns={COLUMNS} minWidth={640} isEmpty={!status.isPending && targets.length === 0} emptyId="targets.section.none" emptySize="sm">
        {targets.map((t) => (
          <Table.Tr key={t.id} data-testid="unit-target-row">
            <Table.Td>{pickName(t.names, locale)}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={600} c={STATUS_COLOR[t.status]} data-status={t.status}>
                <FormattedMessage id={`targets.status.${t.status}`} />
              </Text>
            </Table.Td>
            <Table.Td>{figure(t.current)}</Table.Td>
            <Table.Td>{figure(t.target)}</Table.Td>
            <Table.Td>{figure(t.baseline)}</Table.Td>
            <Table.Td>{rule(t)}</Table.Td>
            <Table.Td>
              <FormattedMessage id={`targets.measure.${t.measure}`} />
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
