import { Loader, Paper, Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { LineChart, type ReferenceLine } from '../../../ui/charts/LineChart.tsx';
import { useProcedureTimes } from '../api.ts';
import { useFormatDays } from './format-days.ts';
import { monthlyMeans } from './times-rows.ts';

/**
 * Mean working days month by month over the trend's months (trendApiQuery). `references`
 * draws dashed horizontal lines, e.g. a target's line once targets are shown here.
 */
export function TrendChart({ query, references = [] }: { query: string | null; references?: ReferenceLine[] }) {
  const intl = useIntl();
  const { days } = useFormatDays();
  const trend = useProcedureTimes(query);
  const day = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);
  const means = trend.data ? monthlyMeans(trend.data) : [];
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Stack gap="xs">
        <Title order={3} size="h4">
          <FormattedMessage id="dossiers.times.chart.trend" />
        </Title>
        {trend.isError ? (
          <ErrorAlert error={trend.error} onRetry={() => void trend.refetch()} />
        ) : !trend.data ? (
          <Loader size="sm" />
        ) : (
          <LineChart
            points={means.map((m) => ({
              key: m.month,
              label: intl.formatDate(day(m.month), { month: 'numeric', year: '2-digit', timeZone: 'UTC' }),
              title: intl.formatDate(day(m.month), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
              value: m.meanWorkingDays,
              color: 'var(--mantine-color-indigo-6)',
            }))}
            max={Math.max(1, ...means.map((m) => m.meanWorkingDays ?? 0), ...references.map((r) => r.value))}
            references={references}
            formatValue={(v) => days(v)}
            title={intl.formatMessage({ id: 'dossiers.times.chart.trendLong' })}
            valueLabel={intl.formatMessage({ id: 'dossiers.times.column.mean' })}
            testId="times-trend-chart"
          />
        )}
      </Stack>
    </Paper>
  );
}
