import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Task } from '../../../../shared/contracts/tasks.ts';
import { TaskModal } from '../plans/TaskModal.tsx';
import { PostUpdateModal } from './PostUpdateModal.tsx';
import { ConfirmModal, ExtendModal, ReturnModal } from './ReviewModals.tsx';

type Action = 'progress' | 'report' | 'confirm' | 'return' | 'extend' | 'edit';

interface Props {
  task: Task;
  /** `tasks.report` on the task's owner unit. */
  canReport: boolean;
  /** `tasks.manage` on the plan's unit. */
  canManage: boolean;
}

/**
 * What the reader may do next, by permission and state: the unit posts progress and reports
 * completion; the secretariat confirms or returns a report, extends the deadline, edits.
 */
export function TaskActions({ task, canReport, canManage }: Props) {
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  const done = task.state === 'completed';
  const buttons: { action: Action; id: string; show: boolean; variant?: string; color?: string }[] = [
    // While a completion report awaits the secretariat, progress below 100 % would contradict it.
    { action: 'progress', id: 'tasks.action.progress', show: canReport && task.state === 'open' },
    { action: 'report', id: 'tasks.action.report', show: canReport && !done, variant: 'light' },
    { action: 'confirm', id: 'tasks.action.confirm', show: canManage && task.state === 'reported', color: 'green' },
    { action: 'return', id: 'tasks.action.return', show: canManage && task.state === 'reported', variant: 'light', color: 'orange' },
    { action: 'extend', id: 'tasks.action.extend', show: canManage && !done, variant: 'light' },
    { action: 'edit', id: 'tasks.action.edit', show: canManage, variant: 'default' },
  ];
  const shown = buttons.filter((b) => b.show);
  if (shown.length === 0) return null;
  return (
    <Group gap="xs" data-testid="task-actions">
      {shown.map((b) => (
        <Button key={b.action} size="sm" variant={b.variant ?? 'filled'} color={b.color} onClick={() => setOpen(b.action)} data-testid={`task-action-${b.action}`}>
          <FormattedMessage id={b.id} />
        </Button>
      ))}
      {(open === 'progress' || open === 'report') && <PostUpdateModal task={task} kind={open === 'progress' ? 'progress' : 'report_completion'} onClose={close} />}
      {open === 'confirm' && <ConfirmModal task={task} onClose={close} />}
      {open === 'return' && <ReturnModal task={task} onClose={close} />}
      {open === 'extend' && <ExtendModal task={task} onClose={close} />}
      {open === 'edit' && <TaskModal planCode={task.planCode} task={task} onClose={close} />}
    </Group>
  );
}
