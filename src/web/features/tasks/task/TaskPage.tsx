import type { ReactNode } from 'react';
import { Anchor, Breadcrumbs, Loader, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { isApiError } from '../../../app/api/client.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { todayLocal, useNameOf } from '../../units/index.ts';
import { usePlan, useTask, useTaskUpdates } from '../api.ts';
import { useCanOn } from '../scope.ts';
import { Extensions } from './Extensions.tsx';
import { TaskActions } from './TaskActions.tsx';
import { TaskDetails } from './TaskDetails.tsx';
import { TaskHistory } from './TaskHistory.tsx';

/** /tasks/:id — a task's fields, deadline history, updates with evidence, and the actions the reader may take. */
/** `renderLinked`: what another feature links to the task (the follow-up item it came from), composed in app/App.tsx. */
export function TaskPage({ id, renderLinked }: { id: number; renderLinked?: (taskId: number) => ReactNode }) {
  const nameOf = useNameOf();
  const task = useTask(id);
  const updates = useTaskUpdates(id);
  const plan = usePlan(task.data?.planCode ?? '');
  const canReport = useCanOn('tasks.report', task.data?.ownerUnitCode);
  const canManage = useCanOn('tasks.manage', plan.data?.unitCode);
  const today = todayLocal();

  if (task.isPending) return <Loader />;
  if (isApiError(task.error, 'not_found', 'forbidden')) return <NotFound messageId="tasks.notFound" />;
  if (task.isError) return <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />;

  const t = task.data;
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Breadcrumbs separator="›" separatorMargin={4} style={{ flexWrap: 'wrap' }}>
          <Anchor size="sm" {...linkProps(paths.plans())}>
            <FormattedMessage id="nav.plans" />
          </Anchor>
          <Anchor size="sm" {...linkProps(paths.plan(t.planCode))}>
            {t.planCode}
          </Anchor>
          <Text size="sm">{t.code}</Text>
        </Breadcrumbs>
        <Title order={2} data-testid="task-title">
          {nameOf(t.title) || t.code}
        </Title>
        {renderLinked?.(t.id)}
      </Stack>
      <TaskActions task={t} canReport={canReport} canManage={canManage} />
      <TaskDetails task={t} today={today} />
      <Extensions task={t} />
      {updates.isPending ? <Loader size="sm" /> : updates.isError ? <ErrorAlert error={updates.error} onRetry={() => void updates.refetch()} /> : <TaskHistory updates={updates.data} />}
    </Stack>
  );
}
