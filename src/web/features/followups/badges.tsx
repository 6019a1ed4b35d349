import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FollowUpStatus } from '../../../shared/domain/follow-ups.ts';

const COLOR: Record<FollowUpStatus, string> = { open: 'blue', assigned: 'indigo', answered: 'teal', resolved: 'green', declined: 'gray', escalated: 'orange' };

export function StatusBadge({ status }: { status: FollowUpStatus }) {
  return (
    <Badge size="sm" color={COLOR[status]} variant="light" data-testid="follow-up-status" data-status={status}>
      <FormattedMessage id={`followUps.status.${status}`} />
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge size="sm" color="red" variant="filled" data-testid="follow-up-overdue">
      <FormattedMessage id="followUps.overdue" />
    </Badge>
  );
}
