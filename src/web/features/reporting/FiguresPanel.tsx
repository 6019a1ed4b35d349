import { Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { useSubmissionFigures } from './api.ts';

/** A label and its figure on one line. */
function Line({ labelId, value }: { labelId: string; value: string }) {
  return (
    <Text size="sm">
      <FormattedMessage id={labelId} />:{' '}
      <Text span fw={700}>
        {value}
      </Text>
    </Text>
  );
}

/**
 * The unit's figures as of the round's cut-off, read-only beside its text: its tasks (all
 * and by plan), its one-stop report for the period, its service index for the year.
 */
export function FiguresPanel({ round, unit }: { round: string; unit: string }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const figures = useSubmissionFigures(round, unit);
  const n = (v: number) => intl.formatNumber(v);
  const pct = (v: number) => `${intl.formatNumber(v, { maximumFractionDigits: 2 })}%`;
  if (figures.isPending) return <Loader size="sm" />;
  if (figures.isError) return <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />;
  const { tasks, dossiers, serviceIndex, asOf } = figures.data;
  return (
    <Paper withBorder p="md" radius="md" data-testid="reporting-figures">
      <Stack gap="xs">
        <Title order={4}>
          <FormattedMessage id="reporting.figures.title" />
        </Title>
        <Text size="xs" c="dimmed">
          <FormattedMessage id="reporting.figures.asOf" values={{ date: day(asOf) }} />
        </Text>
        <Line labelId="reporting.figures.tasks" value={intl.formatMessage({ id: 'reporting.figures.tasksValue' }, { completed: n(tasks.total.completed.total), total: n(tasks.total.total), rate: pct(tasks.total.completionRate) })} />
        <Line labelId="reporting.figures.overdue" value={n(tasks.total.notCompleted.overdue)} />
        {tasks.byPlan.length > 0 && (
          <Table fz="xs" striped>
            <Table.Tbody>
              {tasks.byPlan.map((p) => (
                <Table.Tr key={p.plan}>
                  <Table.Td>{nameOf(p.title) || p.plan}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {n(p.statistics.completed.total)}/{n(p.statistics.total)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Line labelId="reporting.figures.dossiers" value={intl.formatMessage({ id: 'reporting.figures.dossiersValue' }, { received: n(dossiers.received.total), resolved: n(dossiers.resolved.total), late: n(dossiers.resolved.late) })} />
        <Line labelId="reporting.figures.onTimeRate" value={pct(dossiers.rates.onTime)} />
        {serviceIndex && <Line labelId="reporting.figures.serviceIndex" value={`${intl.formatNumber(serviceIndex.total, { maximumFractionDigits: 2 })}/${n(serviceIndex.totalMax)} (${intl.formatMessage({ id: `serviceIndex.band.${serviceIndex.band}` })})`} />}
      </Stack>
    </Paper>
  );
}
