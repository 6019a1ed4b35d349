import type { ReactNode } from 'react';
import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TaskStatistics } from '../../../../shared/contracts/tasks.ts';
import { useFormatRate } from '../format.ts';

function Figure({ labelId, value, testId, color }: { labelId: string; value: number; testId: string; color?: string }) {
  const intl = useIntl();
  return (
    <Group gap={6} wrap="nowrap" justify="space-between">
      <Text size="sm" c="dimmed">
        <FormattedMessage id={labelId} />
      </Text>
      <Text size="sm" fw={700} c={color} data-testid={testId}>
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

/**
 * The numbers leaders quote: total; completed early / on time / late; not completed within
 * the deadline / overdue; completion rate (completed ÷ total, two decimals).
 */
export function HeadlineStats({ statistics }: { statistics: TaskStatistics }) {
  const intl = useIntl();
  const formatRate = useFormatRate();
  const { completed, notCompleted } = statistics;
  const big = (value: number, testId: string, color?: string) => (
    <Text fz={32} fw={700} lh={1.1} c={color} data-testid={testId}>
      {intl.formatNumber(value)}
    </Text>
  );
  return (
    <Stack gap="sm">
      <Text size="md" data-testid="stat-summary">
        <FormattedMessage id="dashboard.summary" values={{ completed: completed.total, total: statistics.total, rate: formatRate(statistics.completionRate), b: (chunks: ReactNode) => <b>{chunks}</b> }} />
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm" data-testid="headline-stats">
        <Card labelId="dashboard.stat.total">{big(statistics.total, 'stat-total')}</Card>
        <Card labelId="dashboard.stat.completed">
          {big(completed.total, 'stat-completed', 'green.8')}
          <Figure labelId="dashboard.stat.early" value={completed.early} testId="stat-completed-early" />
          <Figure labelId="dashboard.stat.onTime" value={completed.onTime} testId="stat-completed-on-time" />
          <Figure labelId="dashboard.stat.late" value={completed.late} testId="stat-completed-late" color={completed.late ? 'orange.8' : undefined} />
        </Card>
        <Card labelId="dashboard.stat.notCompleted">
          {big(notCompleted.total, 'stat-not-completed')}
          <Figure labelId="dashboard.stat.inTime" value={notCompleted.inTime} testId="stat-in-time" />
          <Figure labelId="dashboard.stat.overdue" value={notCompleted.overdue} testId="stat-overdue" color={notCompleted.overdue ? 'red.8' : undefined} />
        </Card>
        <Card labelId="dashboard.stat.rate">
          <Text fz={32} fw={700} lh={1.1} data-testid="stat-completion-rate">
            {formatRate(statistics.completionRate)}
          </Text>
          <Progress value={statistics.completionRate} size="lg" color={rateColor(statistics.completionRate)} aria-label={intl.formatMessage({ id: 'dashboard.stat.rate' })} />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** The traffic light of a completion rate: green from 80 %, yellow from 50 %, red below. */
export function rateColor(rate: number): 'green' | 'yellow' | 'red' {
  return rate >= 80 ? 'green' : rate >= 50 ? 'yellow' : 'red';
}
