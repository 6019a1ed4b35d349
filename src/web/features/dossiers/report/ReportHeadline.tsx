import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { DossierReportResponse } from '../../../../shared/contracts/dossiers.ts';
import { RateBar, StatCard, StatFigure, StatGrid, StatLine } from '../../../ui/StatCard.tsx';
import { useFormatRate } from '../../tasks/index.ts';

type Report = DossierReportResponse['report'];

/**
 * The figures of the one-stop report: dossiers received (carried over + new, by channel),
 * resolved early / on time / late, pending within the deadline / overdue, withdrawn, and the
 * on-time and online rates (two decimals, as the report form writes them).
 */
export function ReportHeadline({ report }: { report: Report }) {
  const formatRate = useFormatRate();
  const { received, resolved, pending } = report;
  return (
    <StatGrid testId="dossier-headline">
      <StatCard labelId="dossiers.figure.received">
        <StatFigure value={received.total} testId="dossier-received-total" />
        <StatLine labelId="dossiers.figure.carriedOver" value={received.carriedOver} testId="dossier-received-carried-over" />
        <StatLine labelId="dossiers.figure.online" value={received.online} testId="dossier-received-online" />
        <StatLine labelId="dossiers.figure.direct" value={received.direct} testId="dossier-received-direct" />
        <StatLine labelId="dossiers.figure.postal" value={received.postal} testId="dossier-received-postal" />
      </StatCard>
      <StatCard labelId="dossiers.figure.resolved">
        <StatFigure value={resolved.total} testId="dossier-resolved-total" color="green.8" />
        <StatLine labelId="dossiers.figure.early" value={resolved.early} testId="dossier-resolved-early" />
        <StatLine labelId="dossiers.figure.onTime" value={resolved.onTime} testId="dossier-resolved-on-time" />
        <StatLine labelId="dossiers.figure.late" value={resolved.late} testId="dossier-resolved-late" color={resolved.late ? 'orange.8' : undefined} />
      </StatCard>
      <StatCard labelId="dossiers.figure.pending">
        <StatFigure value={pending.total} testId="dossier-pending-total" />
        <StatLine labelId="dossiers.figure.inTime" value={pending.inTime} testId="dossier-pending-in-time" />
        <StatLine labelId="dossiers.figure.overdue" value={pending.overdue} testId="dossier-pending-overdue" color={pending.overdue ? 'red.8' : undefined} />
        <StatLine labelId="dossiers.figure.withdrawn" value={report.withdrawn} testId="dossier-withdrawn" />
      </StatCard>
      <StatCard labelId="dossiers.figure.onTimeRate">
        <StatFigure value={formatRate(report.rates.onTime)} testId="dossier-rate-on-time" />
        <RateBar rate={report.rates.onTime} labelId="dossiers.figure.onTimeRate" />
        <StatLine labelId="dossiers.figure.onlineRate" value={formatRate(report.rates.online)} testId="dossier-rate-online" mt={4} />
        {/* The service index counts on-time resolution otherwise (indicator 2.1): say how this one is computed. */}
        <Text size="xs" c="dimmed" mt={4} data-testid="dossier-rate-on-time-how">
          <FormattedMessage id="dossiers.figure.onTimeRateHow" />
        </Text>
      </StatCard>
    </StatGrid>
  );
}
