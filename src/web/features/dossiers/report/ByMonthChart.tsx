import { Paper, Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DossierReportResponse } from '../../../../shared/contracts/dossiers.ts';
import { BarChart } from '../../../ui/charts/BarChart.tsx';

const COLORS = {
  carriedOver: 'var(--mantine-color-indigo-2)',
  fresh: 'var(--mantine-color-indigo-6)',
  early: 'var(--mantine-color-teal-7)',
  onTime: 'var(--mantine-color-green-5)',
  late: 'var(--mantine-color-orange-6)',
};

/** Month by month: dossiers received (carried over + new) beside those resolved (early, on time, late). */
export function ByMonthChart({ byMonth }: { byMonth: DossierReportResponse['byMonth'] }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const day = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);
  const series = [
    { key: 'carriedOver', label: t('dossiers.figure.carriedOver'), color: COLORS.carriedOver },
    { key: 'fresh', label: t('dossiers.chart.newlyReceived'), color: COLORS.fresh },
    { key: 'early', label: t('dossiers.figure.early'), color: COLORS.early },
    { key: 'onTime', label: t('dossiers.figure.onTime'), color: COLORS.onTime },
    { key: 'late', label: t('dossiers.figure.late'), color: COLORS.late },
  ];
  const categories = byMonth.map(({ month, report: r }) => ({
    key: month,
    label: intl.formatDate(day(month), { month: 'numeric', year: '2-digit', timeZone: 'UTC' }),
    title: intl.formatDate(day(month), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    bars: [
      { key: 'received', label: t('dossiers.figure.received'), segments: [{ series: 'carriedOver', value: r.received.carriedOver }, { series: 'fresh', value: r.received.total - r.received.carriedOver }] },
      { key: 'resolved', label: t('dossiers.figure.resolved'), segments: [{ series: 'early', value: r.resolved.early }, { series: 'onTime', value: r.resolved.onTime }, { series: 'late', value: r.resolved.late }] },
    ],
  }));
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Stack gap="xs">
        <Title order={3} size="h4">
          <FormattedMessage id="dossiers.chart.byMonth" />
        </Title>
        <BarChart categories={categories} series={series} formatValue={(v) => intl.formatNumber(v)} title={t('dossiers.chart.byMonthLong')} testId="dossier-month-chart" />
      </Stack>
    </Paper>
  );
}
