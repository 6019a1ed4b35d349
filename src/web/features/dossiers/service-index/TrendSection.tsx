import { Loader, Paper, Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { LineChart } from '../../../ui/charts/LineChart.tsx';
import { useServiceIndexTrend } from '../api.ts';
import { BAND_COLOR, BAND_FLOOR, useFormatScore } from './bands.ts';

/** The index month by month over the twelve months up to `until`, against the band thresholds. */
export function TrendSection({ unit, until }: { unit: string; until: string }) {
  const intl = useIntl();
  const formatScore = useFormatScore();
  const trend = useServiceIndexTrend(unit, until);
  const day = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);
  const color = (band: keyof typeof BAND_COLOR) => `var(--mantine-color-${BAND_COLOR[band]}-6)`;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          <FormattedMessage id="serviceIndex.trend" />
        </Title>
        {trend.isPending ? (
          <Loader size="sm" />
        ) : trend.isError ? (
          <ErrorAlert error={trend.error} onRetry={() => void trend.refetch()} />
        ) : (
          <LineChart
            points={trend.data.months.map((m) => ({
              key: m.period,
              label: intl.formatDate(day(m.period), { month: 'numeric', year: '2-digit', timeZone: 'UTC' }),
              title: intl.formatDate(day(m.period), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
              value: m.total,
              color: color(m.band),
            }))}
            max={100}
            references={(['excellent', 'good', 'fair'] as const).map((b) => ({ value: BAND_FLOOR[b], label: intl.formatMessage({ id: `serviceIndex.band.${b}` }), color: color(b) }))}
            formatValue={(v) => (Number.isInteger(v) ? intl.formatNumber(v) : formatScore(v))}
            title={intl.formatMessage({ id: 'serviceIndex.trend' })}
            valueLabel={intl.formatMessage({ id: 'serviceIndex.total' })}
            testId="service-index-trend"
          />
        )}
      </Stack>
    </Paper>
  );
}
