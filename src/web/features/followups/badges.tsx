import { Badge, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FollowUpStatus } from '../../../shared/domain/follow-ups.ts';

const COLOR: Record<FollowUpStatus, string> = { open: 'blue', assigned: 'indigo', answered: 'teal', resolved: 'green', declined: 'gray', escalated: 'orange' };
/** Badges wrap rather than cut their words short: Lao and Khmer status names are long. */
const WRAP = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center' } } as const;

/** A follow-up item's status, wherever an item is listed (its page, the register, the meetings and inspections registers). */
export function StatusBadge({ status }: { status: FollowUpStatus }) {
  return (
    <Badge size="sm" color={COLOR[status]} variant="light" styles={WRAP} data-testid="follow-up-status" data-status={status}>
      <FormattedMessage id={`followUps.status.${status}`} />
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge size="sm" color="red" variant="filled" styles={WRAP} data-testid="follow-up-overdue">
      <FormattedMessage id="followUps.overdue" />
    </Badge>
  );
}

/** The status, and "overdue" beside it when the deadline in force has passed. */
export function FollowUpStatusBadge({ status, overdue }: { status: FollowUpStatus; overdue: boolean }) {
  return (
    <Group gap={4} wrap="nowrap">
      <StatusBadge status={status} />
      {overdue && <OverdueBadge />}
    </Group>
  );
}
