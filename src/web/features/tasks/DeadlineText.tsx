import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Task } from '../../../shared/contracts/tasks.ts';
import { useFormatDay } from './format.ts';

/**
 * The deadline in force, and the original one when it was extended: the baseline is
 * never lost. `labelled` gives the sentence "Deadline: 30/06/2025 (extended from 31/03/2025)".
 */
export function DeadlineText({ task, labelled = false, testId }: { task: Pick<Task, 'deadline' | 'originalDeadline'>; labelled?: boolean; testId?: string }) {
  const formatDay = useFormatDay();
  const values = { deadline: formatDay(task.deadline), original: formatDay(task.originalDeadline) };
  const extended = task.deadline !== task.originalDeadline;
  return (
    <Text component="div" size="sm" data-testid={testId}>
      {labelled ? <FormattedMessage id={extended ? 'tasks.deadlineExtendedLabelled' : 'tasks.deadlineLabelled'} values={values} /> : values.deadline}
      {!labelled && extended && (
        <Text size="xs" c="dimmed">
          <FormattedMessage id="tasks.extendedFrom" values={values} />
        </Text>
      )}
    </Text>
  );
}
