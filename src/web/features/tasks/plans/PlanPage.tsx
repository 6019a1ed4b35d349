import { useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { isApiError } from '../../../app/api/client.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { todayLocal } from '../../units/index.ts';
import { usePlan, useTasks } from '../api.ts';
import { useCanOn } from '../scope.ts';
import { byDeadline } from '../standing.ts';
import { TasksTable } from '../TasksTable.tsx';
import { ImportTasksModal } from './ImportTasksModal.tsx';
import { PlanHeader } from './PlanHeader.tsx';
import { PlanModal } from './PlanModal.tsx';
import { TaskModal } from './TaskModal.tsx';

type Open = 'edit' | 'task' | 'import' | null;

/** /plans/:code — the plan, its tasks, and (for its secretariat) edit, new task and import. */
export function PlanPage({ code }: { code: string }) {
  const plan = usePlan(code);
  const tasks = useTasks({ plan: code });
  const canManage = useCanOn('tasks.manage', plan.data?.unitCode);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const today = todayLocal();

  if (plan.isPending) return <Loader />;
  if (isApiError(plan.error, 'not_found', 'forbidden')) return <NotFound messageId="plans.notFound" />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;

  return (
    <Stack gap="lg">
      <PlanHeader plan={plan.data} />
      {plan.data.incomplete && (
        <Alert color="orange" role="status">
          <FormattedMessage id="plans.incompleteHint" />
        </Alert>
      )}
      <Group gap="xs" data-testid="plan-actions">
        {canManage && (
          <>
            <Button size="sm" onClick={() => setOpen('task')} data-testid="plan-new-task">
              <FormattedMessage id="tasks.create" />
            </Button>
            <Button size="sm" variant="light" onClick={() => setOpen('import')} data-testid="plan-import">
              <FormattedMessage id="tasks.import.open" />
            </Button>
            <Button size="sm" variant="default" onClick={() => setOpen('edit')} data-testid="plan-edit">
              <FormattedMessage id="plans.edit" />
            </Button>
          </>
        )}
        <Button size="sm" variant="subtle" component="a" {...linkProps(`${paths.dashboard()}?plan=${encodeURIComponent(code)}`)}>
          <FormattedMessage id="plans.openDashboard" />
        </Button>
      </Group>
      <Stack gap="xs">
        <Title order={3}>
          <FormattedMessage id="plans.tasks" values={{ count: tasks.data?.length ?? plan.data.taskCount }} />
        </Title>
        {tasks.isPending ? <Loader size="sm" /> : tasks.isError ? <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} /> : <TasksTable tasks={byDeadline(tasks.data, today)} asOf={today} emptyId="plans.noTasks" testId="plan-tasks" />}
      </Stack>
      {open === 'edit' && <PlanModal plan={plan.data} onClose={close} />}
      {open === 'task' && <TaskModal planCode={code} onClose={close} />}
      {open === 'import' && <ImportTasksModal onClose={close} example={{ planCode: code, taskCode: `${code}-01`, ownerUnitCode: plan.data.unitCode }} />}
    </Stack>
  );
}
