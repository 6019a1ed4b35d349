import { Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ProcedureTimesResponse } from '../../../../shared/contracts/procedure-times.ts';
import { HorizontalBarChart } from '../../../ui/charts/HorizontalBarChart.tsx';
import { useNameOf } from '../../units/index.ts';
import { useFormatDays } from './format-days.ts';
import { statutoryBars } from './times-rows.ts';

/**
 * The procedures slowest against their statutory time: each one's mean working days as a bar
 * (orange beyond the statutory time), the statutory time as a tick across it.
 */
export function StatutoryChart({ data }: { data: ProcedureTimesResponse }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { days } = useFormatDays();
  const t = (id: string) => intl.formatMessage({ id });
  const bars = statutoryBars(data);
  const nameOrCode = (b: (typeof bars)[number]) => (b.names && nameOf(b.names)) || b.code;
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Stack gap="xs">
        <Title order={3} size="h4">
          <FormattedMessage id="dossiers.times.chart.statutory" />
        </Title>
        {bars.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="dossiers.times.chart.statutoryNone" />
          </Text>
        ) : (
          <HorizontalBarChart
            bars={bars.map((b) => ({
              key: b.code,
              label: nameOrCode(b),
              title: `${b.code} · ${nameOrCode(b)}`,
              value: b.meanWorkingDays,
              mark: b.statutoryDays,
              color: b.meanWorkingDays > b.statutoryDays ? 'var(--mantine-color-orange-6)' : 'var(--mantine-color-teal-6)',
            }))}
            max={Math.max(1, ...bars.flatMap((b) => [b.meanWorkingDays, b.statutoryDays]))}
            formatValue={(v) => days(v)}
            title={t('dossiers.times.chart.statutoryLong')}
            valueLabel={t('dossiers.times.column.mean')}
            markLabel={t('dossiers.times.column.statutory')}
            testId="times-statutory-chart"
          />
        )}
      </Stack>
    </Paper>
  );
}
