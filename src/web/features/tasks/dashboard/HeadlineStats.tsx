import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { TaskStatistics } from '../../../../shared/contracts/tasks.ts';
import { RateBar, StatCard, StatFigure, StatGrid, StatLine } from '../../../ui/StatCard.tsx';
import { useFormatRate } from '../format.ts';

/**
 * The numbers leaders quote: total; completed early / on time / late; not completed within
 * the deadline / overdue; completion rate (completed ÷ total, two decimals).
 */
export function HeadlineStats({ statistics }: { statistics: TaskStatistics }) {
  const formatRate = useFormatRate();
  const { completed, notCompleted } = statistics;
  return (
    <Stack gap="sm">
      <Text size="md" data-testid="stat-summary">
        <FormattedMessage id="dashboard.summary" values={{ completed: completed.total, total: statistics.total, rate: formatRate(statistics.completionRate), b: (chunks: ReactNode) => <b>{chunks}</b> }} />
      </Text>
      <StatGrid testId="headline-stats">
        <StatCard labelId="dashboard.stat.total">
          <StatFigure value={statistics.total} testId="stat-total" />
        </StatCard>
        <StatCard labelId="dashboard.stat.completed">
          <StatFigure value={completed.total} testId="stat-completed" color="green.8" />
          <StatLine labelId="dashboard.stat.early" value={completed.early} testId="stat-completed-early" />
          <StatLine labelId="dashboard.stat.onTime" value={completed.onTime} testId="stat-completed-on-time" />
          <StatLine labelId="dashboard.stat.late" value={completed.late} testId="stat-completed-late" color={completed.late ? 'orange.8' : undefined} />
        </StatCard>
        <StatCard labelId="dashboard.stat.notCompleted">
          <StatFigure value={notCompleted.total} testId="stat-not-completed" />
          <StatLine labelId="dashboard.stat.inTime" value={notCompleted.inTime} testId="stat-in-time" />
          <StatLine labelId="dashboard.stat.overdue" value={notCompleted.overdue} testId="stat-overdue" color={notCompleted.overdue ? 'red.8' : undefined} />
        </StatCard>
        <StatCard labelId="dashboard.stat.rate">
          <StatFigure value={formatRate(statistics.completionRate)} testId="stat-completion-rate" />
          <RateBar rate={statistics.completionRate} labelId="dashboard.stat.rate" />
        </StatCard>
      </StatGrid>
    </Stack>
  );
}
