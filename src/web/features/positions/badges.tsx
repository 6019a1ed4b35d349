import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { DepartmentStage, PositionListStatus } from '../../../shared/contracts/positions.ts';

/** Badges wrap rather than cut their words short: Lao and Khmer names are longer than a phone's column. */
const WRAP = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center' } } as const;

const STATUS_COLOR: Record<PositionListStatus, string> = { draft: 'gray', submitted: 'blue', commented: 'grape', in_review: 'cyan', approved: 'green', returned: 'orange' };

/** The hue of a department's stage, in its badge and in the progress chart. */
export const STAGE_HUE: Record<DepartmentStage, string> = { notStarted: 'gray', draft: 'yellow', submitted: 'blue', commented: 'grape', approved: 'green', returned: 'orange' };
export const stageChartColor = (stage: DepartmentStage) => `var(--mantine-color-${STAGE_HUE[stage]}-6)`;

export function StatusBadge({ status }: { status: PositionListStatus }) {
  return (
    <Badge size="sm" color={STATUS_COLOR[status]} variant="light" styles={WRAP} data-testid="position-list-status" data-status={status}>
      <FormattedMessage id={`positions.statuses.${status}`} />
    </Badge>
  );
}

export function StageBadge({ stage }: { stage: DepartmentStage }) {
  return (
    <Badge size="sm" color={STAGE_HUE[stage]} variant="outline" styles={WRAP} data-stage={stage}>
      <FormattedMessage id={`positions.stages.${stage}`} />
    </Badge>
  );
}
