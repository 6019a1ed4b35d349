import { Anchor, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { RoundStatus } from '../../../shared/contracts/reporting.ts';
import { useFormatIsoDate, useFormatTimestamp } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DonutChart } from '../../ui/charts/DonutChart.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ExportButton } from '../../ui/ExportButton.tsx';
import { useNameOf } from '../units/index.ts';
import { statusExportUrl, useRoundStatus } from './api.ts';
import { StateBadge, TimelinessBadge } from './badges.tsx';

const COLUMNS = ['reporting.export.unit', 'reporting.export.state', 'reporting.export.timeliness', 'reporting.export.lastSubmitted', 'reporting.export.returnReason'] as const;

/** Who submitted on time, late or not at all, and how many were accepted or returned: a ring and its legend. */
function StatusChart({ status }: { status: RoundStatus }) {
  const intl = useIntl();
  const c = status.counts;
  const series = [
    { key: 'onTime', label: intl.formatMessage({ id: 'reporting.onTime' }), color: 'var(--mantine-color-teal-6)' },
    { key: 'late', label: intl.formatMessage({ id: 'reporting.late' }), color: 'var(--mantine-color-red-6)' },
    { key: 'missing', label: intl.formatMessage({ id: 'reporting.missing' }), color: 'var(--mantine-color-gray-4)' },
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <DonutChart
          series={series}
          values={{ onTime: c.onTime, late: c.late, missing: c.missing }}
          formatValue={(v) => intl.formatNumber(v)}
          formatShare={(s) => intl.formatNumber(s, { style: 'percent', maximumFractionDigits: 1 })}
          center={intl.formatNumber(c.asked)}
          title={intl.formatMessage({ id: 'reporting.chartTitle' })}
          testId="reporting-chart"
        />
        <Text size="sm" c="dimmed" data-testid="reporting-reviewed">
          {intl.formatMessage({ id: 'reporting.reviewedLine' }, { accepted: c.accepted, returned: c.returned })}
        </Text>
      </Stack>
    </Paper>
  );
}

/** /reporting/rounds/{code}: the round's live status — a table of the asked units the reader may see, a chart, the Excel export. */
export function RoundStatusPage({ code }: { code: string }) {
  const status = useRoundStatus(code);
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const stamp = useFormatTimestamp();
  const locale = useLocale();
  if (status.isPending) return <Loader />;
  if (status.isError) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  const { round, units } = status.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Anchor size="sm" {...linkProps(paths.reporting())}>
            <FormattedMessage id="reporting.title" />
          </Anchor>
          <Title order={2}>{nameOf(round.names) || round.code}</Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="reporting.deadlineLine" values={{ deadline: day(round.deadline), from: day(round.period.from), to: day(round.period.to) }} />
          </Text>
        </div>
        <ExportButton href={statusExportUrl(code, locale)} testId="reporting-export" />
      </Group>
      <StatusChart status={status.data} />
      <DataTable columns={COLUMNS} minWidth={640} isEmpty={units.length === 0} emptyId="reporting.noUnits" data-testid="reporting-status-table">
        {units.map((u) => (
          <Table.Tr key={u.unit.code} data-testid={`reporting-row-${u.unit.code}`}>
            <Table.Td>
              <Anchor size="sm" {...linkProps(paths.reportingSubmission(code, u.unit.code))}>
                {nameOf(u.unit.names) || u.unit.code}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <StateBadge state={u.state} />
            </Table.Td>
            <Table.Td>
              <TimelinessBadge submitted={u.firstSubmittedAt !== null} late={u.late} />
            </Table.Td>
            <Table.Td>{u.submittedAt ? stamp(u.submittedAt) : ''}</Table.Td>
            <Table.Td>{u.returnReason ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
