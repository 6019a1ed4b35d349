import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { Checkbox, Grid, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../../shared/domain/dates.ts';
import { useCan, useMe } from '../../../app/api/session.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { navigate, useLocation, withSearchParam } from '../../../app/router/router.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { todayLocal, useAsOfParam, useNameOf } from '../../units/index.ts';
import { exportUrl, useTasks, useTaskStatistics, type TaskQuery } from '../api.ts';
import { PlanSelect } from '../fields.tsx';
import { byDeadline, isDueSoon, isOverdue } from '../standing.ts';
import { AreaTable } from './AreaTable.tsx';
import { HeadlineStats } from './HeadlineStats.tsx';
import { LeagueTable } from './LeagueTable.tsx';
import { WatchList } from './WatchList.tsx';

/** The lists computed in the browser from the same tasks and rules as the server's counts. */
function WatchLists({ query, asOf }: { query: TaskQuery; asOf: string }) {
  const me = useMe();
  const nameOf = useNameOf();
  const tasks = useTasks({ plan: query.plan, keyOnly: query.keyOnly });
  // the server applies the supervision rule (a task's own supervisor, else its unit's followers)
  const mine = useTasks({ plan: query.plan, keyOnly: query.keyOnly, asOf, supervisedBy: me.username });
  if (tasks.isPending || mine.isPending) return <Loader size="sm" />;
  if (tasks.isError) return <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (mine.isError) return <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  const all = byDeadline(tasks.data, asOf);
  const supervised = byDeadline(mine.data, asOf);
  const isLeader = me.grants.some((g) => g.role === 'leader');
  const supervisedUnits = [...new Map(supervised.map((t) => [t.ownerUnitCode, nameOf(t.ownerUnitNames) || t.ownerUnitCode])).values()];
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <WatchList titleId="dashboard.dueSoon" tasks={all.filter((t) => isDueSoon(t, asOf))} asOf={asOf} emptyId="dashboard.noneDueSoon" testId="due-soon-list" />
        <WatchList titleId="dashboard.overdue" tasks={all.filter((t) => isOverdue(t, asOf))} asOf={asOf} emptyId="dashboard.noneOverdue" testId="overdue-list" />
      </SimpleGrid>
      {(isLeader || supervised.length > 0) && (
        <Stack gap={4}>
          <WatchList titleId="dashboard.supervised" tasks={supervised} asOf={asOf} emptyId="dashboard.noneSupervised" testId="supervised-list" />
          {supervisedUnits.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="supervised-units">
              <FormattedMessage id="dashboard.supervisedUnits" values={{ units: supervisedUnits.join('; ') }} />
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}

/**
 * /dashboard: the headline numbers as of a date, completion by unit (league table) and by
 * area, and the tasks to chase — due within 7 days, overdue, and those the reader supervises.
 */
/** `renderBelow`: what another feature shows on the dashboard (the reader's unit's follow-up items), composed in app/App.tsx. */
export function DashboardPage({ renderBelow }: { renderBelow?: () => ReactNode } = {}) {
  const intl = useIntl();
  const locale = useLocale();
  const location = useLocation();
  const canRead = useCan('tasks.read');
  const asOf = useAsOfParam() ?? todayLocal();
  const [dateInput, setDateInput] = useState(asOf);
  const plan = location.search.get('plan') || undefined;
  const keyOnly = location.search.get('key') === '1';
  const query: TaskQuery = { plan, keyOnly, asOf };
  const stats = useTaskStatistics(query);

  useEffect(() => setDateInput(asOf), [asOf]);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const setParam = (key: string, value: string | null) => navigate(withSearchParam(location, key, value), { replace: true });
  const changeDate = (value: string) => {
    setDateInput(value);
    if (isIsoDate(value)) setParam('asOf', value === todayLocal() ? null : value);
  };

  return (
    <Stack gap="lg">
      <Title order={2}>
        <FormattedMessage id="dashboard.title" />
      </Title>
      <Group align="flex-start" gap="sm" data-testid="dashboard-filters">
        <DateField labelId="dashboard.asOf" value={dateInput} onChange={changeDate} w={200} testId="dashboard-as-of" />
        <PlanSelect labelId="tasks.filter.plan" placeholderId="tasks.filter.allPlans" value={plan ?? null} onChange={(v) => setParam('plan', v)} testId="dashboard-plan" />
        <Checkbox mt={30} label={intl.formatMessage({ id: 'tasks.filter.keyOnly' })} checked={keyOnly} onChange={(e) => setParam('key', e.currentTarget.checked ? '1' : null)} data-testid="dashboard-key" />
      </Group>
      {stats.isPending ? (
        <Loader />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <HeadlineStats statistics={stats.data.statistics} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <LeagueTable byUnit={stats.data.byUnit} exportHref={exportUrl('/api/task-statistics/export', query, locale)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <AreaTable byArea={stats.data.byArea} />
            </Grid.Col>
          </Grid>
        </>
      )}
      <WatchLists query={query} asOf={asOf} />
      {renderBelow?.()}
    </Stack>
  );
}
