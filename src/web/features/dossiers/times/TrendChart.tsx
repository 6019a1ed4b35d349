import { Loader, Paper, Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { LineChart, type ReferenceLine } from '../../../ui/charts/LineChart.tsx';
import { pickName } from '../../../../shared/locales.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { meanDaysLines, useTargetsStatus } from '../../targets/index.ts';
import { useProcedureTimes } from '../api.ts';
import { useFormatDays } from './format-days.ts';
import { monthlyMeans } from './times-rows.ts';

/**
 * Mean working days month by month over the trend's months (trendApiQuery), against the line
 * of each target the unit set on its mean working days (as of the trend's last day; none for a
 * reader who may not see the targets).
 */
export function TrendChart({ query, unit, asOf }: { query: string | null; unit: string | null; asOf: string }) {
  const intl = useIntl();
  const locale = useLocale();
  const { days } = useFormatDays();
  const trend = useProcedureTimes(query);
  const targets = useTargetsStatus(unit ?? '', asOf, unit !== null);
  const references: ReferenceLine[] = meanDaysLines(targets.data?.targets ?? [], unit ?? '').map((t) => ({
    value: t.target!,
    label: intl.formatMessage({ id: 'dossiers.times.chart.targetLine' }, { name: pickName(t.names, locale), to: intl.formatDate(`${t.to}T00:00:00Z`, { timeZone: 'UTC' }) }),
    color: 'var(--mantine-color-red-6)',
  }));
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
