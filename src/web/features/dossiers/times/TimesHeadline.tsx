import { Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CostFigures, TimeFigures } from '../../../../shared/contracts/procedure-times.ts';
import { RateBar, StatCard, StatFigure, StatGrid, StatLine } from '../../../ui/StatCard.tsx';
import { useFormatRate } from '../../tasks/index.ts';
import { useFormatDays } from './format-days.ts';

/**
 * The headline of procedure time and cost: dossiers resolved, their working days (mean,
 * median, 90th percentile, and calendar days beside), the share within the statutory time
 * and what was paid — one card per currency, none when no payment was recorded.
 */
export function TimesHeadline({ total, costs }: { total: TimeFigures; costs: CostFigures[] }) {
  const intl = useIntl();
  const formatRate = useFormatRate();
  const { days, rank } = useFormatDays();
  const money = (value: number | null, currency: string) => (value === null ? '—' : intl.formatNumber(value, { style: 'currency', currency, maximumFractionDigits: 0 }));
  return (
    <StatGrid testId="times-headline">
      <StatCard labelId="dossiers.times.figure.resolved">
        <StatFigure value={total.resolved} testId="times-resolved" />
        <StatLine labelId="dossiers.times.figure.withinStatutory" value={total.withinStatutory} testId="times-within" />
        <StatLine labelId="dossiers.times.figure.supplementExcluded" value={total.supplementExcluded} testId="times-supplement" />
      </StatCard>
      <StatCard labelId="dossiers.times.figure.meanWorkingDays">
        <StatFigure value={days(total.meanWorkingDays)} testId="times-mean" color="indigo.8" />
        <StatLine labelId="dossiers.times.column.median" value={rank(total.medianWorkingDays, total.resolved)} testId="times-median" />
        <StatLine labelId="dossiers.times.column.p90" value={rank(total.p90WorkingDays, total.resolved)} testId="times-p90" />
        <StatLine labelId="dossiers.times.figure.meanCalendarDays" value={days(total.meanCalendarDays)} testId="times-calendar" />
      </StatCard>
      <StatCard labelId="dossiers.times.figure.withinStatutoryRate">
        <StatFigure value={total.withinStatutoryRate === null ? '—' : formatRate(total.withinStatutoryRate)} testId="times-within-rate" />
        {total.withinStatutoryRate !== null && <RateBar rate={total.withinStatutoryRate} labelId="dossiers.times.figure.withinStatutoryRate" />}
        <StatLine
          labelId="dossiers.times.figure.statutoryRatio"
          value={total.statutoryRatio === null ? '—' : intl.formatNumber(total.statutoryRatio, { style: 'percent', maximumFractionDigits: 0 })}
          testId="times-ratio"
          mt={4}
        />
      </StatCard>
      {costs.length === 0 ? (
        <StatCard labelId="dossiers.times.figure.totalPaid">
          <StatFigure value="—" testId="times-paid" />
          <Text size="sm" c="dimmed" data-testid="times-no-payment">
            <FormattedMessage id="dossiers.times.noPayment" />
          </Text>
        </StatCard>
      ) : (
        costs.map((c) => (
          <StatCard key={c.currency} labelId="dossiers.times.figure.totalPaid">
            <StatFigure value={money(c.totalPaid, c.currency)} testId="times-paid" color="green.8" />
            <StatLine labelId="dossiers.times.figure.paidDossiers" value={c.paidDossiers} testId="times-paid-dossiers" />
            <StatLine labelId="dossiers.times.figure.meanPaid" value={money(c.meanPaid, c.currency)} testId="times-mean-paid" />
            <StatLine labelId="dossiers.times.figure.onlineSaving" value={money(c.onlineSaving, c.currency)} testId="times-online-saving" color="teal.8" />
          </StatCard>
        ))
      )}
    </StatGrid>
  );
}
