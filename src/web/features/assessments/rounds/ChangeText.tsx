import { Badge, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAssessmentFormat } from '../format.ts';

/** Places gained or lost since the compared round: ▲ 4, ▼ 3, =, or "new". */
export function RankChange({ change }: { change: number | 'new' }) {
  const intl = useIntl();
  if (change === 'new') {
    return (
      <Badge size="sm" variant="light" color="blue" data-testid="rank-change" data-change="new">
        <FormattedMessage id="assessments.change.new" />
      </Badge>
    );
  }
  const id = change > 0 ? 'assessments.change.up' : change < 0 ? 'assessments.change.down' : 'assessments.change.same';
  const color = change > 0 ? 'green.8' : change < 0 ? 'red.8' : 'dimmed';
  return (
    <Text span size="sm" c={color} fw={change === 0 ? 400 : 700} style={{ whiteSpace: 'nowrap' }} title={intl.formatMessage({ id: `${id}Long` }, { count: Math.abs(change) })} data-testid="rank-change" data-change={change}>
      <FormattedMessage id={id} values={{ count: Math.abs(change) }} />
    </Text>
  );
}

/** Points gained or lost since the compared round, with their sign; a dash without one. */
export function PointChange({ change }: { change: number | null }) {
  const format = useAssessmentFormat();
  if (change === null) return <Text span size="sm" c="dimmed">—</Text>;
  return (
    <Text span size="sm" c={change > 0 ? 'green.8' : change < 0 ? 'red.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }} data-testid="point-change">
      {format.signed(change)}
    </Text>
  );
}
