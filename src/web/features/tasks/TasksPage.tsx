import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCan } from '../../app/api/session.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { navigate, useLocation } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { todayLocal } from '../units/index.ts';
import { exportUrl, useTasks } from './api.ts';
import { ExportButton } from '../../ui/ExportButton.tsx';
import { filtersQuery, readFilters, toTaskQuery, type TaskListFilters } from './filters.ts';
import { byDeadline } from './standing.ts';
import { TaskFilters } from './TaskFilters.tsx';
import { TasksTable } from './TasksTable.tsx';

/**
 * /tasks: the tasks the reader may see, filtered. The server scopes the list, so a unit
 * officer sees their unit's tasks (and those it co-operates on): the page says so.
 */
export function TasksPage() {
  const location = useLocation();
  const locale = useLocale();
  const filters = readFilters(location);
  const canRead = useCan('tasks.read');
  const canReport = useCan('tasks.report');
  const canManage = useCan('tasks.manage');
  const unitOnly = canReport && !canManage;
  const query = toTaskQuery(filters);
  const list = useTasks(query, canRead);
  const today = todayLocal();
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const change = (next: TaskListFilters) => navigate(paths.tasks(filtersQuery(next)), { replace: true });
  const tasks = byDeadline((list.data ?? []).filter((t) => !filters.state || t.state === filters.state), today);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id={unitOnly ? 'tasks.titleMine' : 'tasks.title'} />
        </Title>
        <Group gap="sm">
          {list.data && (
            <Text size="sm" c="dimmed" data-testid="tasks-count">
              <FormattedMessage id="tasks.count" values={{ count: tasks.length }} />
            </Text>
          )}
          {/* The state is filtered here, not by the server: the spreadsheet has every state. */}
          <ExportButton href={exportUrl('/api/tasks/export', query, locale)} testId="tasks-export" />
        </Group>
      </Group>
      <TaskFilters value={filters} onChange={change} />
      {list.isPending ? <Loader /> : list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : <TasksTable tasks={tasks} asOf={today} showPlan={!filters.plan} />}
    </Stack>
  );
}
