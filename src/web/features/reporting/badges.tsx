import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { SubmissionState } from '../../../shared/domain/reporting.ts';

/** Badges wrap rather than cut their words short: Lao and Khmer state names are longer than a phone's column. */
const WRAP = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center' } } as const;

export const STATE_COLOR: Record<SubmissionState, string> = { draft: 'gray', submitted: 'blue', accepted: 'green', returned: 'orange' };

export function StateBadge({ state }: { state: SubmissionState }) {
  return (
    <Badge size="sm" color={STATE_COLOR[state]} variant="light" styles={WRAP} data-testid="report-state" data-state={state}>
      <FormattedMessage id={`reporting.states.${state}`} />
    </Badge>
  );
}

/** On time, late (for good), or not submitted at all. */
export function TimelinessBadge({ submitted, late }: { submitted: boolean; late: boolean }) {
  const [id, color] = !submitted ? ['reporting.missing', 'gray'] : late ? ['reporting.late', 'red'] : ['reporting.onTime', 'teal'];
  return (
    <Badge size="sm" color={color} variant="outline" styles={WRAP} data-testid="report-timeliness" data-late={late}>
      <FormattedMessage id={id} />
    </Badge>
  );
}
