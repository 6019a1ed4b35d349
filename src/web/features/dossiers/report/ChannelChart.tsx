import { Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DossierReportResponse } from '../../../../shared/contracts/dossiers.ts';
import { DonutChart } from '../../../ui/charts/DonutChart.tsx';

/** How the dossiers received in the period came in: online, in person, by post. */
export function ChannelChart({ report }: { report: DossierReportResponse['report'] }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { online, direct, postal } = report.received;
  const series = [
    { key: 'online', label: t('dossiers.column.online'), color: 'var(--mantine-color-indigo-6)' },
    { key: 'direct', label: t('dossiers.column.direct'), color: 'var(--mantine-color-cyan-5)' },
    { key: 'postal', label: t('dossiers.column.postal'), color: 'var(--mantine-color-grape-4)' },
  ];
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Stack gap="xs">
        <Title order={3} size="h4">
          <FormattedMessage id="dossiers.chart.channels" />
        </Title>
        <Text size="xs" c="dimmed">
          <FormattedMessage id="dossiers.chart.channelsHint" />
        </Text>
        <DonutChart
          series={series}
          values={{ online, direct, postal }}
          formatValue={(v) => intl.formatNumber(v)}
          formatShare={(s) => intl.formatNumber(s, { style: 'percent', maximumFractionDigits: 1 })}
          center={intl.formatNumber(online + direct + postal)}
          title={t('dossiers.chart.channels')}
          testId="dossier-channel-chart"
        />
      </Stack>
    </Paper>
  );
}
