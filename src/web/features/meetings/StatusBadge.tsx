import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FollowUpStatus } from '../../../shared/domain/follow-ups.ts';

const COLOR: Record<FollowUpStatus, string> = { open: 'gray', assigned: 'blue', answered: 'cyan', resolved: 'green', declined: 'dark', escalated: 'grape' };
/** Badges wrap rather than cut their words short: Lao and Khmer status names are long. */
const WRAP = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center' } } as const;

/** A follow-up item's status, and "overdue" beside it when its deadline has passed. */
export function StatusBadge({ status, overdue }: { status: FollowUpStatus; overdue: boolean }) {
  return (
    <>
      <Badge size="sm" variant="light" color={COLOR[status]} styles={WRAP} data-testid="item-status" data-status={status}>
        <FormattedMessage id={`meetings.status.${status}`} />
      </Badge>
      {overdue && (
        <Badge size="sm" variant="filled" color="red" styles={WRAP} ml={4} data-testid="item-overdue">
          <FormattedMessage id="meetings.overdue" />
        </Badge>
      )}
    </>
  );
}
