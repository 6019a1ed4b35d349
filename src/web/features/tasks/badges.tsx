import { Badge, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Task } from '../../../shared/contracts/tasks.ts';
import type { TaskStanding } from '../../../shared/domain/task-statistics.ts';
import { daysLeft, isDueSoon, standingOf } from './standing.ts';

/** Badges in narrow table cells keep their whole label instead of an ellipsis. */
const WHOLE = { minWidth: 'max-content' } as const;

const STATE_COLOR: Record<Task['state'], string> = { open: 'blue', reported: 'grape', completed: 'green' };

/** open / reported (awaiting the secretariat) / completed (confirmed). */
export function StateBadge({ state, testId }: { state: Task['state']; testId?: string }) {
  return (
    <Badge color={STATE_COLOR[state]} variant="light" data-testid={testId} data-state={state} style={WHOLE}>
      <FormattedMessage id={`tasks.state.${state}`} />
    </Badge>
  );
}

const STANDING_COLOR: Record<TaskStanding, string> = { early: 'teal', onTime: 'green', late: 'orange', inTime: 'gray', overdue: 'red' };

/**
 * Early / on time / late for a completed task, within deadline / overdue for the others, on
 * `asOf` by the rules the statistics count with. Within deadline and due in the next days
 * is highlighted, with the days left.
 */
export function StandingBadge({ task, asOf }: { task: Task; asOf: string }) {
  const intl = useIntl();
  const standing = standingOf(task, asOf);
  if (!standing) {
    return (
      <Badge color="gray" variant="outline" data-standing="notAssigned" style={WHOLE}>
        <FormattedMessage id="tasks.standing.notAssigned" />
      </Badge>
    );
  }
  const dueSoon = isDueSoon(task, asOf);
  const badge = (
    <Badge color={dueSoon ? 'yellow' : STANDING_COLOR[standing]} variant={dueSoon || standing === 'overdue' ? 'filled' : 'light'} data-standing={dueSoon ? 'dueSoon' : standing} style={WHOLE}>
      {dueSoon ? intl.formatMessage({ id: 'tasks.standing.dueIn' }, { days: daysLeft(task, asOf) }) : intl.formatMessage({ id: `tasks.standing.${standing}` })}
    </Badge>
  );
  return dueSoon ? <Tooltip label={intl.formatMessage({ id: 'tasks.standing.inTime' })}>{badge}</Tooltip> : badge;
}

export function KeyBadge() {
  return (
    <Badge color="red" variant="outline" size="sm" style={WHOLE}>
      <FormattedMessage id="tasks.key" />
    </Badge>
  );
}
