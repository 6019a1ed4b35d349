import type { ReactNode } from 'react';
import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DossierReportResponse } from '../../../../shared/contracts/dossiers.ts';
import { rateColor } from '../../tasks/dashboard/HeadlineStats.tsx';
import { useFormatRate } from '../../tasks/format.ts';

type Report = DossierReportResponse['report'];

function Line({ labelId, value, testId, color }: { labelId: string; value: number; testId: string; color?: string | undefined }) {
  const intl = useIntl();
  return (
    <Group gap={6} wrap="nowrap" justify="space-between">
      <Text size="sm" c="dimmed">
        <FormattedMessage id={labelId} />
      </Text>
      <Text size="sm" fw={700} c={color} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {intl.formatNumber(value)}
      </Text>
    </Group>
  );
}

function Card({ labelId, children }: { labelId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          <FormattedMessage id={labelId} />
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

function Big({ children, testId, color }: { children: ReactNode; testId: string; color?: string }) {
  return (
    <Text fz={32} fw={700} lh={1.1} c={color} data-testid={testId}>
      {children}
    </Text>
  );
}

/**
 * The figures of the one-stop report: dossiers received (carried over + new, by channel),
 * resolved early / on time / late, pending within the deadline / overdue, withdrawn, and the
 * on-time and online rates (two decimals, as the report form writes them).
 */
export function ReportHeadline({ report }: { report: Report }) {
  const intl = useIntl();
  const formatRate = useFormatRate();
  const { received, resolved, pending } = report;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm" data-testid="dossier-headline">
      <Card labelId="dossiers.figure.received">
        <Big testId="dossier-received-total">{intl.formatNumber(received.total)}</Big>
        <Line labelId="dossiers.figure.carriedOver" value={received.carriedOver} testId="dossier-received-carried-over" />
        <Line labelId="dossiers.figure.online" value={received.online} testId="dossier-received-online" />
        <Line labelId="dossiers.figure.direct" value={received.direct} testId="dossier-received-direct" />
        <Line labelId="dossiers.figure.postal" value={received.postal} testId="dossier-received-postal" />
      </Card>
      <Card labelId="dossiers.figure.resolved">
        <Big testId="dossier-resolved-total" color="green.8">
          {intl.formatNumber(resolved.total)}
        </Big>
        <Line labelId="dossiers.figure.early" value={resolved.early} testId="dossier-resolved-early" />
        <Line labelId="dossiers.figure.onTime" value={resolved.onTime} testId="dossier-resolved-on-time" />
        <Line labelId="dossiers.figure.late" value={resolved.late} testId="dossier-resolved-late" color={resolved.late ? 'orange.8' : undefined} />
      </Card>
      <Card labelId="dossiers.figure.pending">
        <Big testId="dossier-pending-total">{intl.formatNumber(pending.total)}</Big>
        <Line labelId="dossiers.figure.inTime" value={pending.inTime} testId="dossier-pending-in-time" />
        <Line labelId="dossiers.figure.overdue" value={pending.overdue} testId="dossier-pending-overdue" color={pending.overdue ? 'red.8' : undefined} />
        <Line labelId="dossiers.figure.withdrawn" value={report.withdrawn} testId="dossier-withdrawn" />
      </Card>
      <Card labelId="dossiers.figure.onTimeRate">
        <Big testId="dossier-rate-on-time">{formatRate(report.rates.onTime)}</Big>
        <Progress value={report.rates.onTime} size="lg" color={rateColor(report.rates.onTime)} aria-label={intl.formatMessage({ id: 'dossiers.figure.onTimeRate' })} />
        <Group gap={6} wrap="nowrap" justify="space-between" mt={4}>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="dossiers.figure.onlineRate" />
          </Text>
          <Text size="sm" fw={700} data-testid="dossier-rate-online" style={{ whiteSpace: 'nowrap' }}>
            {formatRate(report.rates.online)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" mt={4} data-testid="dossier-rate-on-time-how">
          <FormattedMessage id="dossiers.figure.onTimeRateHow" />
        </Text>
      </Card>
    </SimpleGrid>
  );
}
